package presentation

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

func TestFactsAreWrittenAsTypedAndCommittedWhenLeft(t *testing.T) {
	h := newHarness(t, i18n.DE, emptyConference())
	if !h.Ed.Typing() {
		t.Fatal("the facts should have the keyboard on first entry")
	}
	h.Drv.Type("Kind 6 J.")
	if got := h.Ctx.Conf.Facts; got != "Kind 6 J." {
		t.Fatalf("facts = %q", got)
	}
	ch := h.TakeChanges()
	if len(ch) == 0 || ch[len(ch)-1].Immediate || ch[0].Change.Path != "facts" {
		t.Fatalf("typing should report debounced changes of facts, got %+v", ch)
	}
	h.Drv.Key("esc")
	if h.Ed.Typing() {
		t.Error("esc should leave the field")
	}
	ch = h.TakeChanges()
	if len(ch) != 1 || !ch[0].Immediate || ch[0].Change.Path != "facts" {
		t.Errorf("leaving the field should commit at once, got %+v", ch)
	}
	h.Drv.Key("esc") // not typing: nothing to commit twice
	if ch := h.TakeChanges(); len(ch) != 0 {
		t.Errorf("no change expected, got %+v", ch)
	}
}

func TestLineBreakInFactsAndTabToHelp(t *testing.T) {
	h := newHarness(t, i18n.DE, emptyConference())
	h.Drv.Type("a")
	h.Drv.Key("alt+enter")
	h.Drv.Type("b")
	if got := h.Ctx.Conf.Facts; got != "a\nb" {
		t.Fatalf("facts = %q", got)
	}
	h.Drv.Key("tab") // to the chronology, not typing
	if h.Ed.Typing() {
		t.Fatal("the chronology list takes letters as commands")
	}
	h.Drv.Key("tab") // to help in place, written at once
	h.Drv.Type("SPFH")
	if got := h.Ctx.Conf.HelpInPlace; got != "SPFH" {
		t.Errorf("help in place = %q", got)
	}
}

func TestChronologyAddKeepsDateOrderAndFreeText(t *testing.T) {
	h := newHarness(t, i18n.DE, emptyConference())
	h.Drv.Key("esc")
	h.TakeChanges()
	add := func(date, event, source string) {
		h.Drv.Type(date)
		h.Drv.Key("tab")
		h.Drv.Type(event)
		h.Drv.Key("tab")
		h.Drv.Type(source)
		h.Drv.Key("enter")
	}
	h.Drv.Key("n")
	if !h.Ed.Typing() {
		t.Fatal("n should open the form")
	}
	add("12.11.2026", "U-Untersuchung", "Praxis")
	add("1.3.2025", "Beginn SPFH", "")
	add("Sommer 2025", "Umzug", "")
	c := h.Ctx.Conf
	if len(c.Chronology) != 3 {
		t.Fatalf("chronology = %+v", c.Chronology)
	}
	if c.Chronology[0].Event != "Beginn SPFH" || c.Chronology[1].Event != "U-Untersuchung" {
		t.Errorf("not in date order: %+v", c.Chronology)
	}
	last := c.Chronology[2]
	if !last.Date.IsZero() || last.DateText != "Sommer 2025" {
		t.Errorf("free-text date = %+v", last)
	}
	ch := h.TakeChanges()
	if len(ch) != 3 || ch[0].Change.Op != conference.OpAdd || !strings.HasPrefix(ch[0].Change.Path, "chronology/h") || !ch[0].Immediate {
		t.Errorf("changes = %+v", ch)
	}
	if !h.Ed.Typing() {
		t.Error("the form should stay open for the next entry")
	}
	view := h.plain(80, 20)
	for _, want := range []string{"01.03.2025", "Sommer 2025", "Quelle: Praxis"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
}

func TestChronologyInvalidDateShowsErrorAndKeepsText(t *testing.T) {
	h := newHarness(t, i18n.DE, emptyConference())
	h.Drv.Key("esc")
	h.Drv.Key("n")
	h.Drv.Type("31.02.2025")
	h.Drv.Key("tab")
	h.Drv.Type("Meldung")
	h.Drv.Key("ctrl+s")
	if n := len(h.Ctx.Conf.Chronology); n != 0 {
		t.Fatalf("an entry with an impossible date was added: %+v", h.Ctx.Conf.Chronology)
	}
	view := h.plain(80, 20)
	if !strings.Contains(view, "31.02.2025") {
		t.Errorf("the typed text should stay:\n%s", view)
	}
	if !strings.Contains(view, "⚠ "+h.Ctx.Msgs.T("date.impossible")) {
		t.Errorf("the reason should show below the field:\n%s", view)
	}
	// Correcting the date adds the entry.
	for range len("31.02.2025") {
		h.Drv.Key("backspace")
	}
	h.Drv.Type("28.02.2025")
	h.Drv.Key("ctrl+s")
	c := h.Ctx.Conf
	if len(c.Chronology) != 1 || c.Chronology[0].Date != (conference.Date{Year: 2025, Month: 2, Day: 28}) || c.Chronology[0].Event != "Meldung" {
		t.Errorf("chronology = %+v", c.Chronology)
	}
	if strings.Contains(h.plain(80, 20), "⚠") {
		t.Error("the error should be gone after the correction")
	}
}

func TestChronologyEventRequired(t *testing.T) {
	h := newHarness(t, i18n.EN, emptyConference())
	h.Drv.Key("esc")
	h.Drv.Key("n")
	h.Drv.Type("2025-03-01")
	h.Drv.Key("ctrl+s")
	if len(h.Ctx.Conf.Chronology) != 0 {
		t.Fatal("an entry without event was added")
	}
	if !strings.Contains(h.plain(80, 20), "Please enter the event.") {
		t.Errorf("missing-event message not shown:\n%s", h.plain(80, 20))
	}
}

func TestChronologyEditMovesEntryAndDelete(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("down") // to the chronology
	h.TakeChanges()
	// Select the first entry (1.3.2025) and move it to 2027.
	h.Drv.Key("enter")
	if !h.Ed.Typing() {
		t.Fatal("enter should open the entry for editing")
	}
	for range 12 {
		h.Drv.Key("backspace")
	}
	h.Drv.Type("1.1.2027")
	h.Drv.Key("ctrl+s")
	c := h.Ctx.Conf
	if c.Chronology[len(c.Chronology)-1].Event != "Beginn der Familienhilfe" {
		t.Errorf("edited entry should move to the end: %+v", c.Chronology)
	}
	ch := h.TakeChanges()
	if len(ch) != 1 || ch[0].Change.Op != conference.OpUpdate || ch[0].Change.Path != "chronology/h1/date" {
		t.Errorf("changes = %+v", ch)
	}
	if h.Ed.Typing() {
		t.Error("saving an edit should close the form")
	}
	// The moved entry stays selected; remove it.
	h.Drv.Key("d")
	if len(c.Chronology) != 2 || c.Chronology[0].Event == "Beginn der Familienhilfe" || c.Chronology[1].Event == "Beginn der Familienhilfe" {
		t.Errorf("delete removed the wrong entry: %+v", c.Chronology)
	}
	ch = h.TakeChanges()
	if len(ch) != 1 || ch[0].Change.Op != conference.OpRemove || ch[0].Change.Path != "chronology/h1" {
		t.Errorf("changes = %+v", ch)
	}
}

func TestRemoveSaysHowToUndo(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("down")
	h.Drv.Key("d")
	if len(h.Ctx.Conf.Chronology) != 2 || h.Ed.Typing() {
		t.Errorf("%d entries after d, typing %v", len(h.Ctx.Conf.Chronology), h.Ed.Typing())
	}
	if !strings.Contains(h.plain(80, 20), "entfernt · ctrl+z macht rückgängig") {
		t.Errorf("no notice:\n%s", h.plain(80, 20))
	}
}

func TestLeaveCommitsTheTextAndKeepsTheEntryADraft(t *testing.T) {
	h := newHarness(t, i18n.DE, emptyConference())
	h.Drv.Type("Fakten")
	h.TakeChanges()
	h.Drv.Send(leave())
	if ch := h.TakeChanges(); len(ch) != 1 || !ch[0].Immediate || ch[0].Change.Path != "facts" {
		t.Errorf("leave should commit the facts at once: %+v", ch)
	}
	h.Drv.Key("n")
	h.Drv.Type("heute")
	h.Drv.Key("tab")
	h.Drv.Type("Konferenz")
	h.Drv.Send(leave())
	if c := h.Ctx.Conf; len(c.Chronology) != 0 {
		t.Errorf("an entry not saved was added when the phase was left: %+v", c.Chronology)
	}
	if d, ok := h.Ctx.Draft("chronology/new"); !ok || d.Texts[0] != "heute" || d.Texts[1] != "Konferenz" {
		t.Errorf("the draft stored is %+v, %v", d, ok)
	}
	// Back in the phase the form is open again with it.
	h.Drv.Send(enter())
	if !h.Ed.Typing() || !strings.Contains(h.plain(80, 20), "Konferenz") {
		t.Errorf("the draft's form is not open again:\n%s", h.plain(80, 20))
	}
}

func TestEscKeepsDraftOfNewEntry(t *testing.T) {
	h := newHarness(t, i18n.DE, emptyConference())
	h.Drv.Key("esc")
	h.Drv.Key("n")
	h.Drv.Type("Sommer")
	h.Drv.Key("esc")
	if h.Ed.Typing() {
		t.Fatal("esc should close the form")
	}
	h.Drv.Key("n")
	if !strings.Contains(h.plain(80, 20), "Sommer") {
		t.Error("the draft should come back")
	}
}

func TestShortHelpShowsAtMostFiveKeys(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	check := func(state string) {
		t.Helper()
		keys := h.Ed.KeyMap().ShortHelp()
		if len(keys) == 0 || len(keys) > 5 {
			t.Errorf("%s: %d keys in the short help", state, len(keys))
		}
		for _, k := range keys {
			if !k.Enabled() {
				t.Errorf("%s: disabled key %q in the short help", state, k.Help().Key)
			}
		}
	}
	check("writing")
	h.Drv.Key("esc")
	check("browse")
	h.Drv.Key("n")
	check("form")
}

func TestClickSelectsAChronologyEntry(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	view := h.plain(80, 20)
	y := -1
	for i, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "Sommer 2025") {
			y = i
		}
	}
	h.Drv.Send(tea.MouseClickMsg{X: 5, Y: y, Button: tea.MouseLeft})
	h.Drv.Key("enter")
	if !strings.Contains(h.plain(80, 20), "Eintrag bearbeiten") || !strings.Contains(h.plain(80, 20), "Umzug in die neue Wohnung") {
		t.Errorf("the clicked entry should be opened by enter:\n%s", h.plain(80, 20))
	}
}
