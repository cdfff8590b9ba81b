package widget

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

func kit(lang i18n.Lang) (*i18n.Messages, *theme.Styles) {
	st := theme.Default(true).Styles(true)
	return i18n.New(lang), &st
}

func typeInto(in Input, s string) bool {
	changed := false
	for _, r := range s {
		_, c := in.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		changed = changed || c
	}
	return changed
}

func TestFieldStripsEscapeSequencesFromPastes(t *testing.T) {
	tr, st := kit(i18n.DE)
	f := NewField(tr, st, "Name")
	f.Focus()
	f.Update(tea.PasteMsg{Content: "Anna\x1b]0;evil\x07 \u202eMüller\x1b[2J\nX"})
	if got := f.Value(); got != "Anna Müller X" {
		t.Errorf("value %q, want the text without control sequences", got)
	}
}

func TestHugePasteIsCutWithANotice(t *testing.T) {
	tr, st := kit(i18n.DE)
	big := strings.Repeat("Die Mutter berichtet über Schlafprobleme. ", 1<<20/42+1) // > 1 MB
	area := NewTextArea(tr, st, "Fakten")
	area.Focus()
	_, changed := area.Update(tea.PasteMsg{Content: big})
	if !changed || len(area.Value()) > sanitize.MaxText || len(area.Value()) < sanitize.MaxText-64 {
		t.Fatalf("after a 1 MB paste the field holds %d bytes, want just under %d", len(area.Value()), sanitize.MaxText)
	}
	view := area.View(60)
	if !strings.Contains(ansi.Strip(view), "gekürzt") {
		t.Errorf("no notice that the paste was cut:\n%s", ansi.Strip(view))
	}
	field := NewField(tr, st, "Name")
	field.Focus()
	field.Update(tea.PasteMsg{Content: big})
	if len(field.Value()) > sanitize.MaxLine {
		t.Errorf("single-line field holds %d bytes after the paste", len(field.Value()))
	}
}

func TestTextAreaEnterDoesNotBreakTheLine(t *testing.T) {
	tr, st := kit(i18n.EN)
	a := NewTextArea(tr, st, "Notes")
	a.Focus()
	typeInto(a, "one")
	a.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	a.Update(tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt})
	typeInto(a, "two")
	if got := a.Value(); got != "one\ntwo" {
		t.Errorf("value %q, want one line break from alt+enter only", got)
	}
}

func TestDateFieldUnderstandsWhatIsTyped(t *testing.T) {
	tr, st := kit(i18n.DE)
	today := conference.Date{Year: 2026, Month: 11, Day: 22}
	d := NewDateField(tr, st, "Bis", func() conference.Date { return today })
	d.Focus()
	if !typeInto(d, "+2w") {
		t.Fatal("+2w reported no change")
	}
	if got, ok := d.Date(); !ok || got != (conference.Date{Year: 2026, Month: 12, Day: 6}) {
		t.Errorf("+2w = %v %v, want 2026-12-06", got, ok)
	}
	if !strings.Contains(ansi.Strip(d.View(40)), "06.12.2026") {
		t.Errorf("the resolved day is not shown while typing: %q", ansi.Strip(d.View(40)))
	}
	d.SetValue("")
	typeInto(d, "31.2.")
	d.Blur()
	if _, ok := d.Date(); ok {
		t.Error("31.2. accepted")
	}
	view := ansi.Strip(d.View(80))
	if !strings.Contains(view, "31.2.") || !strings.Contains(view, "gibt es nicht") {
		t.Errorf("want the typed text kept and the reason shown:\n%s", view)
	}
}

func TestPickFiltersWithUmlautsAndTakesFreeText(t *testing.T) {
	tr, st := kit(i18n.DE)
	p := PickFrom(tr, st, "Institution", catalogue.Builtin().Institutions, i18n.DE)
	p.SetAllowFree(true)
	p.Focus()
	typeInto(p, "kita")
	if !p.Choose() || p.Value() != "kita" || p.Free() {
		t.Errorf("kita chose %q free=%v", p.Value(), p.Free())
	}
	for range 4 {
		p.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	typeInto(p, "Jobcenter Mitte")
	if !strings.Contains(ansi.Strip(p.View(60)), "„Jobcenter Mitte“ als freie Angabe") {
		t.Errorf("the free text is not offered:\n%s", ansi.Strip(p.View(60)))
	}
	p.Choose()
	if p.Value() != "Jobcenter Mitte" || !p.Free() {
		t.Errorf("free text: value %q free=%v", p.Value(), p.Free())
	}
	p.Blur()
	if got := ansi.Strip(p.View(40)); got != "Jobcenter Mitte" {
		t.Errorf("blurred view %q", got)
	}
}

// TestPickMovingTheHighlightChangesNothingYet: the value is what enter or
// tab chose, not wherever the highlight passed by.
func TestPickMovingTheHighlightChangesNothingYet(t *testing.T) {
	tr, st := kit(i18n.EN)
	p := PickFrom(tr, st, "Basis", catalogue.Builtin().LegalBases, i18n.EN)
	p.Focus()
	if strings.Contains(ansi.Strip(p.View(60)), "▸") {
		t.Errorf("something is highlighted in a list opened on an empty field:\n%s", ansi.Strip(p.View(60)))
	}
	p.Update(tuitest.KeyPress("down"))
	p.Update(tuitest.KeyPress("down"))
	if p.Value() != "" {
		t.Fatalf("moving the highlight chose %q", p.Value())
	}
	second := catalogue.Builtin().LegalBases[1].Code
	if !p.Choose() || p.Value() != second {
		t.Errorf("choose took %q, want the highlighted %q", p.Value(), second)
	}
}

// TestPickSpaceDoesNotMoveTheHighlight: in the legal-basis list a space
// went into the filter and the highlight jumped back to the first entry.
func TestPickSpaceDoesNotMoveTheHighlight(t *testing.T) {
	tr, st := kit(i18n.EN)
	p := PickFrom(tr, st, "Basis", catalogue.Builtin().LegalBases, i18n.EN)
	p.Focus()
	p.Update(tuitest.KeyPress("down"))
	p.Update(tuitest.KeyPress("down"))
	p.Update(tuitest.KeyPress("space"))
	p.Choose()
	if want := catalogue.Builtin().LegalBases[1].Code; p.Value() != want {
		t.Errorf("after a space the choice is %q, want the highlighted %q", p.Value(), want)
	}
}

func TestMultiPickTicksWithEnterAndSpaceIsText(t *testing.T) {
	tr, st := kit(i18n.EN)
	p := PickFrom(tr, st, "Roles", catalogue.Builtin().Roles, i18n.EN)
	p.SetMulti(true)
	p.Focus()
	enter := tuitest.KeyPress("enter")
	if p.Claims(enter) {
		t.Error("enter ticks with nothing highlighted")
	}
	p.Update(tuitest.KeyPress("down"))
	p.Update(enter)
	p.Update(tuitest.KeyPress("down"))
	p.Update(enter)
	p.Update(enter) // off again
	typeInto(p, "case lead")
	p.Update(enter)
	got := p.Values()
	if len(got) != 2 || got[0] != conference.RoleFacilitator || got[1] != conference.RoleCaseLead {
		t.Errorf("values %v, want facilitator and case lead", got)
	}
	if !strings.Contains(ansi.Strip(p.View(60)), "☑") {
		t.Errorf("no tick shown:\n%s", ansi.Strip(p.View(60)))
	}
}

func TestFormTabsAndSubmits(t *testing.T) {
	tr, st := kit(i18n.EN)
	a, b := NewField(tr, st, "A"), NewField(tr, st, "B")
	f := NewForm(tr, st, Row{Input: a}, Row{Label: "info", Info: func() string { return "x" }}, Row{Input: b})
	f.Focus()
	ev, _ := f.Update(tuitest.KeyPress("x"))
	if ev.Changed != a {
		t.Fatal("typing did not report a change of A")
	}
	ev, _ = f.Update(tuitest.KeyPress("tab"))
	if ev.Left != a || f.Current() != b {
		t.Fatalf("tab: left %v current %v; want A left, B focused (info rows are skipped)", ev.Left, f.Current())
	}
	ev, _ = f.Update(tuitest.KeyPress("shift+tab"))
	if f.Current() != a || ev.Left != b {
		t.Fatal("shift+tab did not go back")
	}
	f.Update(tuitest.KeyPress("enter"))
	ev, _ = f.Update(tuitest.KeyPress("enter"))
	if !ev.Submitted {
		t.Error("enter on the last row did not submit")
	}
	f.FocusInput(a)
	if ev, _ = f.Update(tuitest.KeyPress("ctrl+s")); !ev.Submitted {
		t.Error("ctrl+s in the first row did not submit")
	}
	if ev, _ = f.Update(tuitest.KeyPress("esc")); !ev.Leave {
		t.Error("esc did not ask to leave")
	}
	if ev, _ = f.Update(tuitest.KeyPress("ctrl+u")); ev.Changed != a || a.Value() != "" {
		t.Error("ctrl+u did not clear the field")
	}
	for w := 1; w < 50; w += 7 {
		checkLines(t, f.View(w, 3), w, 3)
	}
}

func TestListScrollsToKeepTheCursorVisible(t *testing.T) {
	l := NewList(DefaultListKeyMap("move"))
	l.SetLen(100)
	row := func(i int, sel bool, w int) string {
		if sel {
			return ">" + strings.Repeat("x", i%7)
		}
		return " row"
	}
	l.View(20, 5, row)
	for range 12 {
		l.Update(tuitest.KeyPress("down"))
	}
	view := l.View(20, 5, row)
	if !strings.Contains(view, ">") {
		t.Fatalf("cursor row 12 not visible:\n%s", view)
	}
	l.Update(tuitest.KeyPress("end"))
	if i, ok := l.RowAt(4); !ok || i != 99 || !strings.Contains(l.View(20, 5, row), ">") {
		t.Errorf("after end: last row %d, view\n%s", i, l.View(20, 5, row))
	}
	l.SetLen(3)
	if l.Cursor() != 2 {
		t.Errorf("cursor %d after shrinking to 3 rows", l.Cursor())
	}
}

func TestConfirmNeedsAnExplicitYes(t *testing.T) {
	tr, st := kit(i18n.DE)
	c := NewConfirm(tr, st, "Löschen?", "K-1 vom 01.12.2026")
	for key, want := range map[string]Answer{"enter": Undecided, "x": Undecided, "j": Yes, "y": Yes, "n": No, "esc": No} {
		if got := c.Update(tuitest.KeyPress(key)); got != want {
			t.Errorf("%s: %v, want %v", key, got, want)
		}
	}
	checkLines(t, c.View(30), 30, 20)
}

func checkLines(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, want at most %d", len(lines), h)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %q wider than %d", ansi.Strip(l), w)
		}
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string]string{"9:30": "09:30", "09:30": "09:30", "930": "09:30", "9.30": "09:30", "9": "09:00", "2359": "23:59"} {
		if got, ok := ParseClock(in); !ok || got != want {
			t.Errorf("ParseClock(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"24:00", "9:3", "9:60", "abc", "12345"} {
		if _, ok := ParseClock(in); ok {
			t.Errorf("ParseClock(%q) accepted", in)
		}
	}
}

// TestUnfocusedFieldsShowTheStart: a field left after typing a long text
// showed its end ("2022). The mother seemed ...").
func TestUnfocusedFieldsShowTheStart(t *testing.T) {
	tr, st := kit(i18n.EN)
	text := "In March 2022 the family moved. The mother seemed tired and the child came late every day."
	f := NewField(tr, st, "Facts")
	f.Focus()
	typeInto(f, text)
	f.Blur()
	if got := ansi.Strip(f.View(30)); !strings.HasPrefix(got, "In March 2022") || !strings.HasSuffix(got, "…") {
		t.Errorf("field shows %q", got)
	}
	a := NewTextArea(tr, st, "Facts")
	a.SetRows(2)
	a.Focus()
	typeInto(a, text)
	a.Blur()
	got := ansi.Strip(a.View(30))
	if !strings.HasPrefix(got, "In March 2022") || !strings.HasSuffix(strings.TrimRight(got, " "), "…") {
		t.Errorf("text area shows %q", got)
	}
}

func TestTruncateWordsEndsLabelsAtAWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{
		{"Datum der Einwilligung", 14, "Datum der…"},
		{"Datum", 14, "Datum"},
		{"Beteiligungsform", 8, "Beteili…"},
	} {
		if got := TruncateWords(c.in, c.w); got != c.want {
			t.Errorf("TruncateWords(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
}

// An option typed in another spelling is that option: the free text is
// not offered beside it.
func TestPickOffersNoFreeTextForAnOptionSpelledOtherwise(t *testing.T) {
	t.Parallel()
	tr, st := kit(i18n.DE)
	p := NewPick(tr, st, "Wer", []Option{{Code: "gm", Label: "Großmutter"}, {Code: "mue", Label: "Mütter-Café"}})
	p.SetAllowFree(true)
	for _, typed := range []string{"grossmutter", "GROSSMUTTER", "Muetter-Cafe"} {
		p.SetValue("")
		p.Focus()
		typeInto(p, typed)
		if v := ansi.Strip(p.View(60)); strings.Contains(v, "freie Angabe") {
			t.Errorf("%q is an option, yet offered as free text:\n%s", typed, v)
		}
		p.Blur()
	}
}
