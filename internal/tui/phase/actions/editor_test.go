package actions

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/widget"
)

func TestAgreeRefusedNamesTheMissingFields(t *testing.T) {
	c, _ := fixture()
	c.Actions[2].OwnerID = "" // Hausbesuch: no owner, no due date, no report-back
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "down", "y")

	if c.Actions[2].Agreed {
		t.Fatal("an action without owner and due date was marked agreed")
	}
	if len(h.Changes) != 0 {
		t.Errorf("a refused agreement reported changes: %v", h.Paths())
	}
	row := h.Line("Hausbesuch")
	if !strings.Contains(row, "⚠ fehlt") || !strings.Contains(row, "·") {
		t.Errorf("row does not mark what is missing: %q", row)
	}
	h.MustShow(
		"⚠ fehlt: Zuständige:r, Frist, Rückmeldung",
		"Vereinbarung 3 kann noch nicht als zugesagt gelten",
		h.Ctx.Msgs.T(conference.KeyActionOwnerMissing)[:40],
		h.Ctx.Msgs.T(conference.KeyActionDueMissing)[:30],
	)
	h.MustNotShow("Was,") // "what" is there and must not be named

	// The explanation goes with the next key; the line on the row stays.
	h.Key("up")
	h.MustNotShow("kann noch nicht als zugesagt gelten")
	h.Key("down")
	h.MustShow("⚠ fehlt: Zuständige:r, Frist, Rückmeldung")
}

func TestAgreeRefusedInEnglish(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.EN)
	h.Key("end", "space")
	if c.Actions[2].Agreed {
		t.Fatal("incomplete action agreed")
	}
	h.MustShow("⚠ missing: due date, report-back", "Action 3 cannot count as agreed yet")
}

func TestAgreeWorksWhenComplete(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "y")
	if !c.Actions[1].Agreed {
		t.Fatal("complete action not agreed")
	}
	if got := h.Paths(); !slices.Equal(got, []string{"update actions/" + c.Actions[1].ID + "/agreed"}) {
		t.Errorf("changes = %v", got)
	}
	if !h.Changes[0].Immediate {
		t.Error("agreeing is not saved at once")
	}
	if row := h.Line("Wöchentliche"); !strings.HasSuffix(strings.TrimRight(row, " "), "✓ 14:00") { // the time of the yes
		t.Errorf("agreed row lacks ✓: %q", row)
	}
	// Pressing again takes a mistaken mark back.
	h.Key("y")
	if c.Actions[1].Agreed {
		t.Error("second y did not take the agreement back")
	}
	h.MustShow("Zusage zu Vereinbarung 2 zurückgenommen")
}

func TestConfirmedActionShowsTimeOfYes(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	if row := h.Line("Kinderärztliche"); !strings.Contains(row, "✓ 13:32") {
		t.Errorf("row of a confirmed action = %q, want ✓ 13:32", row)
	}
}

// newAction opens the form and types what; the form then has focus on
// the owner pick.
func newAction(h *harness, what string) {
	h.Key("n")
	h.Type(what)
	h.Key("tab")
}

func TestDueDateForms(t *testing.T) {
	today := conference.DateOf(t0)
	cases := []struct {
		typed string
		want  conference.Date
	}{
		{"+14d", today.AddDays(14)},
		{"+2w", today.AddDays(14)},
		{"1.12.", conference.Date{Year: 2026, Month: 12, Day: 1}},
		{"1.12.2026", conference.Date{Year: 2026, Month: 12, Day: 1}},
		{"2026-12-01", conference.Date{Year: 2026, Month: 12, Day: 1}},
	}
	for _, tc := range cases {
		t.Run(tc.typed, func(t *testing.T) {
			c, _ := fixture()
			h := newHarness(t, c, i18n.DE)
			newAction(h, "Elterngespräch")
			h.Key("tab", "tab") // owner, institution → due
			h.Type(tc.typed)
			h.Key("ctrl+s")
			a := c.Actions[len(c.Actions)-1]
			if a.What != "Elterngespräch" || a.Due != tc.want {
				t.Errorf("action %q due %v, want %v", a.What, a.Due, tc.want)
			}
		})
	}
}

func TestInvalidDueDateIsKeptWithError(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	stored := c.Actions[0].Due
	h.Key("enter", "tab", "tab", "tab") // action 1 → due, cursor after the date
	h.Type("x")
	h.Key("tab")
	if got := c.Actions[0].Due; got != stored {
		t.Errorf("text that is no date changed the due date to %v", got)
	}
	h.MustShow("06.12.2026x", "⚠ "+h.Ctx.Msgs.T("date.invalid_format")[:20])
	// Leaving the edit stops once at the bad date, then leaves it stored
	// as it was, saying so.
	h.Key("esc")
	if !h.Ed.Typing() {
		t.Fatal("the form closed over a due date that is no date")
	}
	h.Key("esc")
	if h.Ed.Typing() {
		t.Fatal("the second esc did not close the form")
	}
	h.MustShow("Nicht übernommen")
	if got := c.Actions[0].Due; got != stored {
		t.Errorf("due %v after leaving, want the stored %v", got, stored)
	}

	// A new action is not added with a date that is none.
	newAction(h, "Elterngespräch")
	h.Key("tab", "tab")
	h.Type("31.2.")
	h.Key("ctrl+s")
	if len(c.Actions) != 3 {
		t.Fatalf("an action with an impossible date was added: %+v", c.Actions[3:])
	}
	h.MustShow("31.2.", "⚠ "+h.Ctx.Msgs.T("date.impossible"))
}

// TestOwnerPickSetsInstitutionDefault: choosing the owner fills the
// institution with the owner's, and the cursor passes that field (it sat
// in it before).
func TestOwnerPickSetsInstitutionDefault(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	a := c.Actions[2] // Hausbesuch, Petra Albers of Jugendamt Nord
	h.Key("down", "down", "enter", "tab")
	h.Type("Weber")
	h.Key("enter")
	if a := c.Action(a.ID); a.OwnerID != ps.weber || a.Institution != "Praxis Dr. Weber" {
		t.Fatalf("owner %q, institution %q; want Weber of his practice", a.OwnerID, a.Institution)
	}
	f := h.Ed.(*Editor).af
	if f.form.Current() != widget.Input(f.due) {
		t.Errorf("after the owner the cursor is in %q, want the due date (the institution is filled)", f.form.Current().Label())
	}
	// Another owner: the default follows.
	h.Key("shift+tab", "shift+tab")
	h.Type("Aylin")
	h.Key("tab")
	if a := c.Action(a.ID); a.OwnerID != ps.demir || a.Institution != "Kita Sonnenblume" {
		t.Errorf("after picking Demir: owner %q, institution %q", a.OwnerID, a.Institution)
	}
	// A typed institution is the facilitator's: a new owner keeps it.
	h.Key("shift+tab", "ctrl+u")
	h.Type("Familienzentrum")
	h.Key("shift+tab")
	h.Type("Petra")
	h.Key("tab")
	if a := c.Action(a.ID); a.OwnerID != ps.albers || a.Institution != "Familienzentrum" {
		t.Errorf("after a typed institution: owner %q, institution %q", a.OwnerID, a.Institution)
	}
	h.Key("esc")
	h.Resize(160, 30)
	if row := h.Line("Hausbesuch"); !strings.Contains(row, "Petra Albers (Familienzentrum)") {
		t.Errorf("row = %q", row)
	}
}

// TestTheNextActionIsTypedIntoAFreshForm: the help line said "enter
// done" while enter moved to the next field, so the next action typed
// spilled into five fields. The help line says what the keys do, and
// after an action is added the form waits, empty, for the next.
func TestTheNextActionIsTypedIntoAFreshForm(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("n")
	var keys []string
	for _, b := range h.Ed.KeyMap().ShortHelp() {
		keys = append(keys, b.Help().Key+" "+b.Help().Desc)
	}
	if got := strings.Join(keys, " · "); !strings.Contains(got, "enter/tab nächstes Feld") || !strings.Contains(got, "ctrl+s speichern") ||
		!strings.Contains(got, "ctrl+u Feld leeren") {
		t.Errorf("help line in the first field: %s", got)
	}
	h.Type("Hilfeplan")
	if len(c.Actions) != 3 {
		t.Fatal("an action was added before it was saved")
	}
	h.Key("ctrl+s")
	if len(c.Actions) != 4 || c.Actions[3].What != "Hilfeplan" {
		t.Fatalf("actions = %+v", c.Actions)
	}
	if got := h.Paths(); !slices.Equal(got, []string{"add actions/" + c.Actions[3].ID}) {
		t.Errorf("changes = %v", got)
	}
	h.Type("Hausbesuch mit SPFH")
	h.Key("tab")
	h.Type("Albers")
	h.Key("enter") // the owner; the institution is filled, the due date next
	h.Type("+14d")
	h.Key("enter")
	h.Type("Bericht")
	h.Key("enter", "enter") // the last field: saved
	a := c.Actions[4]
	if a.What != "Hausbesuch mit SPFH" || a.Institution != "Jugendamt Nord" || a.Due != conference.DateOf(t0).AddDays(14) || a.ReportBack != "Bericht" {
		t.Errorf("second action %+v", a)
	}
	// Leaving the phase keeps an action typed and not saved yet a draft,
	// stored with the conference.
	h.Type("Elternbrief")
	h.Drv.Send(phaseLeave())
	if len(c.Actions) != 5 {
		t.Errorf("leaving added the action typed: %+v", c.Actions[5:])
	}
	if d, ok := h.Ctx.Draft("actions/new"); !ok || len(d.Texts) == 0 || d.Texts[0] != "Elternbrief" {
		t.Errorf("the draft stored is %+v, %v", d, ok)
	}
}

func TestEmptyNewFormCreatesNothing(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("n", "tab", "tab", "esc")
	if len(c.Actions) != 3 || len(h.Changes) != 0 {
		t.Errorf("an empty form created %d actions, changes %v", len(c.Actions)-3, h.Paths())
	}
}

func TestEditLeavingActionIncompleteTakesAgreementBack(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("enter", "tab", "tab", "tab", "tab", "ctrl+u") // action 1 → report-back, emptied
	h.Key("esc")
	a := c.Actions[0]
	if a.Agreed || !a.AgreedAt.IsZero() {
		t.Errorf("incomplete action still agreed=%v confirmed=%v", a.Agreed, a.AgreedAt)
	}
	h.MustShow("die Zusage ist aufgehoben", "⚠ fehlt: Rückmeldung")
}

func TestContingencyWarningUntilAPlanIsTyped(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.MustShow("⚠ Ergebnis „latente Kindeswohlgefährdung“: ein Krisen- und Schutzplan fehlt noch")
	h.Key("w")
	if !h.Ed.Typing() {
		t.Fatal("w did not open the first entry of the plan")
	}
	h.Type("Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen.")
	h.Key("ctrl+s")
	if !c.HasCrisisPlan() {
		t.Fatal("typed plan not stored")
	}
	h.MustShow("K1  Bei erneuten Hämatomen")
	h.Key("esc") // back to the actions
	h.MustNotShow("fehlt noch")
	h.MustShow("Krisen- und Schutzplan: Bei erneuten Hämatomen")
	if len(c.CrisisPlan) != 1 || c.CrisisPlan[0].What != "Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen." {
		t.Errorf("plan = %+v", c.CrisisPlan)
	}
	last := h.Changes[len(h.Changes)-1]
	if last.Change.Op != conference.OpAdd || last.Change.Path != "crisis_plan/"+c.CrisisPlan[0].ID || !last.Immediate {
		t.Errorf("adding the entry reported %+v", last)
	}
	// Removing the entry: the warning is back.
	h.Key("w", "d", "esc")
	if c.HasCrisisPlan() {
		t.Errorf("removed plan kept %+v", c.CrisisPlan)
	}
	h.MustShow("fehlt noch")
}

// The plan has entries: if this happens, what happens, who, by when, up to
// calling in the family court; an entry can belong to one action and
// answer weighty worries (issue 13).
func TestThePlanHasEntriesUpToTheFamilyCourt(t *testing.T) {
	c, ps := fixture()
	bruise := c.AddRisk(conference.RiskEntry{Area: "appearance", Text: "Hämatome am Oberarm", Weighty: true}).ID
	clk := tuitest.NewClock(t0)
	h := tuitest.NewEditor(t, clk, tuitest.PhaseContext(c, i18n.DE, clk.Now), New, 120, 50)
	h.Key("w")
	for _, label := range []string{"Was geschieht", "Wenn …", "Wer", "Bis", "Familiengericht", "Gehört zu", "Antwort auf"} {
		h.MustShow(label)
	}
	h.Type("ASD ruft das Familiengericht an")
	h.Key("tab")
	h.Type("Die Mutter verweigert den Hausbesuch")
	h.Key("tab")
	h.Type("Albers")
	h.Key("enter")
	h.Type("innerhalb von 2 Tagen")
	h.Key("tab")
	h.Type("Familiengericht")
	h.Key("enter")
	h.Type("Hausbesuch")
	h.Key("enter")
	h.Type("Hämatome")
	h.Key("enter", "ctrl+s")
	if len(c.CrisisPlan) != 1 {
		t.Fatalf("plan %+v", c.CrisisPlan)
	}
	got := c.CrisisPlan[0]
	want := conference.CrisisEntry{ID: got.ID, If: "Die Mutter verweigert den Hausbesuch", What: "ASD ruft das Familiengericht an",
		WhoID: ps.albers, By: "innerhalb von 2 Tagen", FamilyCourt: true, ActionID: c.Actions[2].ID}
	if got != want {
		t.Errorf("entry %+v, want %+v", got, want)
	}
	if a := c.AnswersTo(bruise); len(a) != 1 || a[0].CrisisID != got.ID {
		t.Errorf("answers to the bruises %+v", a)
	}
	h.MustShow("K1  Die Mutter verweigert den Hausbesuch → ASD ruft das Familiengericht an – bis zur Anrufung des Familiengerichts")
	h.MustShow("Petra Albers · innerhalb von 2 Tagen · zu Vereinbarung 3")

	// Someone not at the table is typed.
	h.Key("n")
	h.Type("Bereitschaftsdienst anrufen")
	h.Key("tab", "tab")
	h.Type("ASD-Bereitschaft")
	h.Key("ctrl+s")
	if len(c.CrisisPlan) != 2 || c.CrisisPlan[1].Who != "ASD-Bereitschaft" || c.CrisisPlan[1].WhoID != "" {
		t.Errorf("second entry %+v", c.CrisisPlan[len(c.CrisisPlan)-1])
	}
	h.Key("esc")
	h.MustShow("Krisen- und Schutzplan: 2 Einträge")
}

func TestNoContingencyWarningWithoutRisk(t *testing.T) {
	c, _ := fixture()
	c.Assessment.Category = conference.CategoryNeedForHelp
	h := newHarness(t, c, i18n.DE)
	h.MustNotShow("Krisen- und Schutzplan")
}

func TestRemoveSaysHowToUndo(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	id := c.Actions[1].ID
	h.Key("down", "d")
	if len(c.Actions) != 2 || c.Action(id) != nil {
		t.Fatalf("not removed: %d actions", len(c.Actions))
	}
	if got := h.Paths(); !slices.Equal(got, []string{"remove actions/" + id}) {
		t.Errorf("changes = %v", got)
	}
	h.MustShow("„Wöchentliche Beobachtung dokumentieren“ entfernt · ctrl+z macht rückgängig")
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c := conference.New("x", conference.KindCase, t0)
	h := newHarness(t, c, i18n.DE)
	keys := func() map[string]bool {
		out := map[string]bool{}
		for _, b := range h.Ed.KeyMap().ShortHelp() {
			out[b.Help().Key] = b.Enabled()
		}
		return out
	}
	if k := keys(); h.Ed.Typing() || k["y"] || k["d"] || !k["n"] {
		t.Errorf("empty table: typing=%v keys %v", h.Ed.Typing(), k)
	}
	h.MustShow("Noch keine Vereinbarungen – n legt eine neue an.")
	h.Key("n")
	if k := keys(); !h.Ed.Typing() || k["n"] || !k["esc"] || !k["ctrl+s"] || !k["enter/tab"] {
		t.Errorf("form open: keys %v", k)
	}
	if len(h.Ed.KeyMap().ShortHelp()) > 5 {
		t.Errorf("short help has %d keys", len(h.Ed.KeyMap().ShortHelp()))
	}
	h.Key("esc")
	if h.Ed.Typing() {
		t.Error("esc did not leave the form")
	}
}

// TestChangesCarryNoText pins that change paths name fields, never the
// text typed: they end up in the audit log.
func TestChangesCarryNoText(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	newAction(h, "Geheim")
	h.Type("Weber")
	h.Key("tab") // the owner; the institution is filled and passed
	h.Type("+3d")
	h.Key("tab")
	h.Type("Anruf")
	h.Key("tab")
	h.Type("Meldung")
	h.Key("enter", "esc", "end", "y", "w")
	h.Type("Plan")
	h.Key("ctrl+s", "esc")
	ok := regexp.MustCompile(`^(add|update|remove) (actions/a\d+(/[a-z_]+)?|crisis_plan(/k\d+)?)$`)
	for _, p := range h.Paths() {
		if !ok.MatchString(p) {
			t.Errorf("change %q", p)
		}
	}
	if !c.Actions[3].Agreed {
		t.Error("completed action could not be agreed")
	}
}

func TestClickSelectsRow(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.View()
	h.Drv.Send(tuitest.Click(5, tableTop+1))
	if got := h.Ed.(*Editor).selectedID(); got != c.Actions[1].ID {
		t.Errorf("selected %q after clicking row 2", got)
	}
}
