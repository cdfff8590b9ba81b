package actions

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

func TestAgreeRefusedNamesTheMissingFields(t *testing.T) {
	c, _ := fixture()
	c.Actions[2].OwnerID = "" // Hausbesuch: no owner, no due date, no report-back
	h := newHarness(t, c, i18n.DE)
	h.key("down", "down", "y")

	if c.Actions[2].Agreed {
		t.Fatal("an action without owner and due date was marked agreed")
	}
	if len(h.changes) != 0 {
		t.Errorf("a refused agreement reported changes: %v", h.paths())
	}
	row := h.line("Hausbesuch")
	if !strings.Contains(row, "⚠ fehlt") || !strings.Contains(row, "·") {
		t.Errorf("row does not mark what is missing: %q", row)
	}
	h.mustShow(
		"⚠ fehlt: Zuständige:r, Frist, Rückmeldung",
		"Vereinbarung 3 kann noch nicht als zugesagt gelten",
		h.ctx.Cat.T(conference.KeyActionOwnerMissing)[:40],
		h.ctx.Cat.T(conference.KeyActionDueMissing)[:30],
	)
	h.mustNotShow("Was,") // "what" is there and must not be named

	// The explanation goes with the next key; the line on the row stays.
	h.key("up")
	h.mustNotShow("kann noch nicht als zugesagt gelten")
	h.key("down")
	h.mustShow("⚠ fehlt: Zuständige:r, Frist, Rückmeldung")
}

func TestAgreeRefusedInEnglish(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.EN)
	h.key("end", "space")
	if c.Actions[2].Agreed {
		t.Fatal("incomplete action agreed")
	}
	h.mustShow("⚠ missing: due date, report-back", "Action 3 cannot count as agreed yet")
}

func TestAgreeWorksWhenComplete(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("down", "y")
	if !c.Actions[1].Agreed {
		t.Fatal("complete action not agreed")
	}
	if got := h.paths(); !slices.Equal(got, []string{"update actions/" + c.Actions[1].ID + "/agreed"}) {
		t.Errorf("changes = %v", got)
	}
	if !h.changes[0].Immediate {
		t.Error("agreeing is not saved at once")
	}
	if row := h.line("Wöchentliche"); !strings.HasSuffix(strings.TrimRight(row, " "), "✓") {
		t.Errorf("agreed row lacks ✓: %q", row)
	}
	// Pressing again takes a mistaken mark back.
	h.key("y")
	if c.Actions[1].Agreed {
		t.Error("second y did not take the agreement back")
	}
	h.mustShow("Zusage zu Vereinbarung 2 zurückgenommen")
}

func TestConfirmedActionShowsTimeOfYes(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	if row := h.line("Kinderärztliche"); !strings.Contains(row, "✓ 13:32") {
		t.Errorf("row of a confirmed action = %q, want ✓ 13:32", row)
	}
}

// newAction opens the form and types what; the form then has focus on
// the owner pick.
func newAction(h *harness, what string) {
	h.key("n")
	h.typ(what)
	h.key("tab")
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
			h.key("tab", "tab") // owner, institution → due
			h.typ(tc.typed)
			h.key("enter")
			a := c.Actions[len(c.Actions)-1]
			if a.Due != tc.want {
				t.Errorf("due = %v, want %v", a.Due, tc.want)
			}
		})
	}
}

func TestInvalidDueDateIsKeptWithError(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	stored := c.Actions[0].Due
	h.key("enter", "tab", "tab", "tab") // action 1 → due, cursor after the date
	h.typ("x")
	h.key("tab")
	if got := c.Actions[0].Due; got != stored {
		t.Errorf("text that is no date changed the due date to %v", got)
	}
	h.mustShow("06.12.2026x", "⚠ "+h.ctx.Cat.T("date.invalid_format")[:20])
	h.key("esc", "esc")

	newAction(h, "Elterngespräch")
	h.key("tab", "tab")
	h.typ("31.2.")
	h.key("tab")
	if got := c.Actions[3].Due; !got.IsZero() {
		t.Errorf("an impossible date was stored as %v", got)
	}
	h.mustShow("31.2.", "⚠ "+h.ctx.Cat.T("date.impossible"))

	// Closing the form stops once at the bad date, then closes.
	h.key("esc")
	if !h.ed.Typing() {
		t.Fatal("the form closed over a due date that is no date")
	}
	h.mustShow("31.2.")
	h.key("esc")
	if h.ed.Typing() {
		t.Error("the second esc did not close the form")
	}
}

func TestOwnerPickSetsInstitutionDefault(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	newAction(h, "Schulbegleitung klären")
	h.typ("Weber")
	a := c.Actions[len(c.Actions)-1]
	if a.OwnerID != ps.weber {
		t.Fatalf("owner = %q, want %q (Weber)", a.OwnerID, ps.weber)
	}
	if a.Institution != "Praxis Dr. Weber" {
		t.Errorf("institution = %q, want the owner's", a.Institution)
	}
	// Another owner: the default follows.
	for range 5 {
		h.key("backspace")
	}
	h.typ("Aylin")
	if a := c.Action(a.ID); a.OwnerID != ps.demir || a.Institution != "Kita Sonnenblume" {
		t.Errorf("after picking Demir: owner %q, institution %q", a.OwnerID, a.Institution)
	}
	// A typed institution is the facilitator's: a new owner keeps it.
	h.key("tab")
	for range 20 {
		h.key("backspace")
	}
	h.typ("Familienzentrum")
	h.key("shift+tab")
	h.typ("x") // filter "x" matches nobody: owner unchanged
	for range 6 {
		h.key("backspace")
	}
	h.typ("Petra")
	if a := c.Action(a.ID); a.OwnerID != ps.albers || a.Institution != "Familienzentrum" {
		t.Errorf("after a typed institution: owner %q, institution %q", a.OwnerID, a.Institution)
	}
	h.key("esc")
	h.resize(160, 30)
	if row := h.line("Schulbegleitung"); !strings.Contains(row, "Petra Albers (Familienzentrum)") {
		t.Errorf("row = %q", row)
	}
}

func TestNewActionIsSavedFromTheFirstKeystroke(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("n")
	if len(c.Actions) != 3 {
		t.Fatal("opening the form created an action")
	}
	h.typ("Hilfeplan")
	if len(c.Actions) != 4 || c.Actions[3].What != "Hilfeplan" {
		t.Fatalf("actions = %+v", c.Actions)
	}
	id := c.Actions[3].ID
	want := []string{"add actions/" + id}
	for range len("Hilfeplan") - 1 {
		want = append(want, "update actions/"+id+"/what")
	}
	if got := h.paths(); !slices.Equal(got, want) {
		t.Errorf("changes = %v", got)
	}
	for _, ch := range h.changes[1:] {
		if ch.Immediate {
			t.Error("typing is committed at once instead of debounced")
		}
	}
	// Leaving the phase commits the field at once; the form stays open.
	h.changes = nil
	h.drv.Send(phaseLeave())
	if len(h.changes) != 1 || !h.changes[0].Immediate {
		t.Errorf("leave reported %v", h.changes)
	}
	if !h.ed.Typing() {
		t.Error("leaving the phase closed the form")
	}
}

func TestEmptyNewFormCreatesNothing(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("n", "tab", "tab", "esc")
	if len(c.Actions) != 3 || len(h.changes) != 0 {
		t.Errorf("an empty form created %d actions, changes %v", len(c.Actions)-3, h.paths())
	}
}

func TestEditLeavingActionIncompleteTakesAgreementBack(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("enter", "tab", "tab", "tab", "tab") // action 1 → report-back
	for range 20 {
		h.key("backspace")
	}
	h.key("esc")
	a := c.Actions[0]
	if a.Agreed || !a.ConfirmedAt.IsZero() {
		t.Errorf("incomplete action still agreed=%v confirmed=%v", a.Agreed, a.ConfirmedAt)
	}
	h.mustShow("die Zusage ist aufgehoben", "⚠ fehlt: Rückmeldung")
}

func TestContingencyWarningUntilAPlanIsTyped(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.mustShow("⚠ Einschätzung „latente Kindeswohlgefährdung“: ein Notfallplan fehlt noch")
	h.key("w")
	if !h.ed.Typing() {
		t.Fatal("w did not open the contingency plan")
	}
	h.typ("Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen.")
	if c.ContingencyPlan == "" {
		t.Fatal("typed plan not stored")
	}
	h.key("enter")
	h.mustNotShow("fehlt noch")
	h.mustShow("Notfallplan: Bei erneuten Hämatomen")
	if c.ContingencyPlan != "Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen." {
		t.Errorf("plan = %q", c.ContingencyPlan)
	}
	last := h.changes[len(h.changes)-1]
	if last.Change.Path != "contingency_plan" || !last.Immediate {
		t.Errorf("leaving the plan reported %+v", last)
	}
}

func TestNoContingencyWarningWithoutRisk(t *testing.T) {
	c, _ := fixture()
	c.Assessment.Category = conference.CategoryNeedForHelp
	h := newHarness(t, c, i18n.DE)
	h.mustNotShow("Notfallplan")
}

func TestDeleteAsksFirst(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("down", "d")
	h.mustShow("Vereinbarung löschen?", "Wöchentliche Beobachtung dokumentieren")
	h.key("n")
	if len(c.Actions) != 3 {
		t.Fatal("no deleted anyway")
	}
	id := c.Actions[1].ID
	h.key("d", "j")
	if len(c.Actions) != 2 || c.Action(id) != nil {
		t.Fatalf("not deleted: %d actions", len(c.Actions))
	}
	if got := h.paths(); !slices.Equal(got, []string{"remove actions/" + id}) {
		t.Errorf("changes = %v", got)
	}
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c := conference.New("x", conference.KindCase, t0)
	h := newHarness(t, c, i18n.DE)
	km := h.ed.KeyMap().(KeyMap)
	if h.ed.Typing() || km.Agree.Enabled() || km.Remove.Enabled() || !km.New.Enabled() {
		t.Errorf("empty table: typing=%v agree=%v remove=%v new=%v", h.ed.Typing(), km.Agree.Enabled(), km.Remove.Enabled(), km.New.Enabled())
	}
	h.mustShow("Noch keine Vereinbarungen – n legt eine neue an.")
	h.key("n")
	km = h.ed.KeyMap().(KeyMap)
	if !h.ed.Typing() || km.New.Enabled() || !km.Cancel.Enabled() || !km.Form.Submit.Enabled() {
		t.Error("form open: keys do not match")
	}
	if len(km.ShortHelp()) > 5 {
		t.Errorf("short help has %d keys", len(km.ShortHelp()))
	}
	h.key("esc")
	if h.ed.Typing() {
		t.Error("esc did not leave the form")
	}
}

// TestChangesCarryNoText pins that change paths name fields, never the
// text typed: they end up in the audit log.
func TestChangesCarryNoText(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	newAction(h, "Geheim")
	h.typ("Weber")
	h.key("tab", "tab")
	h.typ("+3d")
	h.key("tab")
	h.typ("Anruf")
	h.key("tab")
	h.typ("Meldung")
	h.key("enter", "end", "y", "w")
	h.typ("Plan")
	h.key("enter")
	ok := regexp.MustCompile(`^(add|update|remove) (actions/a\d+(/[a-z_]+)?|contingency_plan)$`)
	for _, p := range h.paths() {
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
	h.view()
	h.drv.Send(click(5, tableTop+1))
	if got := h.ed.(*Editor).selectedID(); got != c.Actions[1].ID {
		t.Errorf("selected %q after clicking row 2", got)
	}
}
