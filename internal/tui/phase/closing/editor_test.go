package closing

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// TestReadbackShowsTheYesOfPhaseSix pins the bug where `y` in phase 6
// showed ✓ while the read-back said "0 agreed": the read-back shows the
// same yes, with its time.
func TestReadbackShowsTheYesOfPhaseSix(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.MustShow("Vereinbarung 1 von 3 · 1 zugesagt", "Kinderärztliche Nachuntersuchung", "✓ zugesagt 13:35")
	h.MustNotShow("noch nicht zugesagt")
	h.Key("y") // repeating the yes moves on and keeps its time
	if got := c.Actions[0].AgreedAt; !got.Equal(t0.Add(-25 * time.Minute)) {
		t.Errorf("the read-back moved the yes of phase 6 to %v", got)
	}
	h.MustShow("Vereinbarung 2 von 3 · 1 zugesagt")
}

func TestReadbackYesStampsTimeAndMovesOn(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("right")
	h.MustShow("Vereinbarung 2 von 3", "Wöchentliche Beobachtung dokumentieren", "Aylin Demir (Kita Sonnenblume)",
		"15.12.2026 (in 23 Tagen)", "E-Mail an ASD", "noch nicht zugesagt")
	h.Drv.Advance(32 * time.Minute)
	h.Key("y")
	want := t0.Add(32 * time.Minute)
	if got := c.Actions[1].AgreedAt; !got.Equal(want) {
		t.Fatalf("AgreedAt = %v, want the clock's %v", got, want)
	}
	if got := h.Paths(); !slices.Equal(got, []string{"update actions/" + c.Actions[1].ID + "/agreed"}) {
		t.Errorf("changes = %v", got)
	}
	h.MustShow("Vereinbarung 3 von 3 · 2 zugesagt", "Hausbesuch")
	h.Key("left")
	h.MustShow("✓ zugesagt 14:32")
	h.MustNotShow("noch nicht zugesagt")
}

func TestReadbackYesAgreesACompleteAction(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.EN)
	h.Key("right", "y")
	a := c.Actions[1]
	if !a.Agreed || a.AgreedAt.IsZero() {
		t.Errorf("agreed=%v at=%v", a.Agreed, a.AgreedAt)
	}
	h.MustShow("Action 3 of 3 · 2 agreed")
}

func TestReadbackRefusesIncompleteAction(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("right", "right")
	h.MustShow("Hausbesuch", "⚠ fehlt: Frist, Rückmeldung")
	h.Key("y")
	if a := c.Actions[2]; !a.AgreedAt.IsZero() || a.Agreed {
		t.Fatalf("incomplete action confirmed: %+v", a)
	}
	if len(h.Changes) != 0 {
		t.Errorf("refusal reported changes %v", h.Paths())
	}
	h.MustShow("Vereinbarung 3 kann noch nicht zugesagt werden",
		h.Ctx.Msgs.T(conference.KeyActionDueMissing)[:30], "Vereinbarung 3 von 3")
}

func TestReadbackLastYesSaysWhatIsLeft(t *testing.T) {
	c, _ := fixture()
	c.Actions = c.Actions[:2]
	c.Withdraw(c.Actions[0].ID)
	h := newHarness(t, c, i18n.DE)
	h.Key("right", "y")
	h.MustShow("Noch ohne Zusage: 1")
	h.Key("u")
	if !c.Actions[1].AgreedAt.IsZero() {
		t.Error("u did not take the yes back")
	}
	h.MustShow("Zusage zu Vereinbarung 2 zurückgenommen")
	h.Key("left", "y", "y")
	h.MustShow("Alle Vereinbarungen sind zugesagt.", "▸1 Vorlesen ✓")
}

func TestSectionsSwitchWithTabAndNumbers(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	ed := h.Ed.(*Editor)
	steps := []struct {
		key  string
		want section
		show string
	}{
		{"tab", secParked, "Schulwechsel im Sommer ansprechen"},
		{"tab", secResp, "Fallverantwortung"},
		{"tab", secReview, "Folgekonferenz"},
		{"tab", secClose, "Noch offen"},
		{"tab", secReadback, "Vereinbarung 1 von 3"},
		{"shift+tab", secClose, "Konferenz abschließen"},
		{"3", secResp, "Lädt zur Folgekonferenz ein"},
		{"1", secReadback, "Kinderärztliche"},
		{"5", secClose, "Status: läuft"},
	}
	for _, s := range steps {
		h.Key(s.key)
		if ed.sec != s.want {
			t.Fatalf("after %s: section %d, want %d", s.key, ed.sec, s.want)
		}
		h.MustShow(s.show)
		if h.Ed.Typing() {
			t.Errorf("section %d claims typing", s.want)
		}
	}
	h.MustShow("▸5 Abschluss ·")
}

func TestParkedTopicGetsAnOwner(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("2")
	if row := h.Line("Schulwechsel"); !strings.Contains(row, "⚠ fehlt") || !strings.Contains(row, "Phase 6") {
		t.Errorf("row = %q", row)
	}
	h.Key("enter")
	if !h.Ed.Typing() {
		t.Fatal("enter did not open the owner pick")
	}
	h.MustShow("Wer kümmert sich um „Schulwechsel im Sommer ansprechen“?")
	h.Type("Demir")
	h.Key("enter")
	if got := c.Parked[0].OwnerID; got != ps.demir {
		t.Fatalf("owner = %q, want Demir", got)
	}
	if h.Ed.Typing() {
		t.Error("enter did not close the pick")
	}
	if row := h.Line("Schulwechsel"); !strings.Contains(row, "Aylin Demir") {
		t.Errorf("row = %q", row)
	}
	for _, ch := range h.Changes {
		if ch.Change.Path != "parked/"+c.Parked[0].ID+"/owner_id" || !ch.Immediate {
			t.Errorf("change %+v", ch)
		}
	}
	h.Key("x")
	if c.Parked[0].OwnerID != "" {
		t.Error("x did not clear the owner")
	}
}

func TestResponsibilitiesAreSet(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("3")
	// Petra Albers was chosen as case lead in phase 1: the closing once
	// said "⚠ fehlt" here.
	if row := h.Line("Fallverantwortung"); !strings.Contains(row, "Petra Albers") || strings.Contains(row, "fehlt") {
		t.Errorf("case lead row = %q, want the case lead of phase 1", row)
	}
	h.Key("enter")
	h.Type("Weber")
	h.Key("enter", "down", "enter")
	h.Type("Albers")
	h.Key("enter")
	if r, ok := c.Responsible(conference.RespCaseLead); !ok || r.ParticipantID != ps.weber {
		t.Errorf("case lead = %+v, %v", r, ok)
	}
	if c.Participant(ps.albers).HasRole(conference.RoleCaseLead) || !c.Participant(ps.weber).HasRole(conference.RoleCaseLead) {
		t.Error("the meeting role did not move with the case lead")
	}
	if r, ok := c.Responsible(conference.RespInformsFamily); !ok || r.ParticipantID != ps.albers {
		t.Errorf("informs family = %+v, %v", r, ok)
	}
	if row := h.Line("Fallverantwortung"); !strings.Contains(row, "Dr. Jonas Weber") {
		t.Errorf("case lead row = %q", row)
	}
	h.Key("up", "x")
	if _, ok := c.Responsible(conference.RespCaseLead); ok {
		t.Error("x did not clear the case lead")
	}
	want := []string{"update responsibilities/case_lead", "update responsibilities/informs_family", "remove responsibilities/case_lead"}
	var got []string
	for _, p := range h.Paths() {
		if !slices.Contains(got, p) {
			got = append(got, p)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes = %v, want %v", got, want)
	}
}

func TestReviewDateAndTime(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("4")
	if row := h.Line("Folgekonferenz"); !strings.Contains(row, "⚠ fehlt") {
		t.Errorf("review row = %q", row)
	}
	h.Key("enter")
	h.Type("+6w")
	h.Key("tab")
	h.Type("25:00")
	h.Key("enter")
	if want := conference.DateOf(t0).AddDays(42); c.NextReview != want {
		t.Errorf("review = %v, want %v", c.NextReview, want)
	}
	if c.NextReviewTime != "" {
		t.Errorf("an impossible time was stored: %q", c.NextReviewTime)
	}
	if !h.Ed.Typing() {
		t.Fatal("the form closed over a time that is no time")
	}
	h.MustShow("25:00", h.Ctx.Msgs.T("validation.time_invalid")[:20])
	for range 5 {
		h.Key("backspace")
	}
	h.Type("9:30")
	h.Key("enter")
	if c.NextReviewTime != "09:30" || h.Ed.Typing() {
		t.Errorf("time = %q, typing %v", c.NextReviewTime, h.Ed.Typing())
	}
	h.MustShow("Folgekonferenz  03.01.2027, 09:30 Uhr")
}

func TestDistributionList(t *testing.T) {
	c, ps := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("4")
	if row := h.Line("Verteiler  "); !strings.Contains(row, "⚠ fehlt") {
		t.Errorf("distribution row = %q", row)
	}
	h.Key("n")
	h.Type("Weber")
	h.Key("tab", "down", "enter", "enter") // no legal basis at the table: asked, none picked
	want := []conference.Distribution{{ID: c.Distribution[0].ID, ParticipantID: ps.weber, Variant: conference.MinutesPseudonymised}}
	if !reflect.DeepEqual(c.Distribution, want) || want[0].ID == "" {
		t.Fatalf("distribution = %+v", c.Distribution)
	}
	h.Key("n")
	h.Type("Familiengericht")
	h.Key("enter", "enter", "enter")
	if len(c.Distribution) != 2 || c.Distribution[1].Recipient != "Familiengericht" || c.Distribution[1].Variant != conference.MinutesFull {
		t.Fatalf("distribution = %+v", c.Distribution)
	}
	h.MustShow("Dr. Jonas Weber — pseudonymisiertes Protokoll", "Familiengericht — vollständiges Protokoll")
	h.Key("v")
	if c.Distribution[1].Variant != conference.MinutesPseudonymised {
		t.Errorf("v gave %q", c.Distribution[1].Variant)
	}
	h.Key("d")
	if len(c.Distribution) != 1 || c.Distribution[0].ParticipantID != ps.weber {
		t.Errorf("after d: %+v", c.Distribution)
	}
	h.MustShow("„Familiengericht“ entfernt · ctrl+z macht rückgängig")
}

func TestCloseListsGapsAndClosesAnyway(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Drv.Advance(14 * time.Minute)
	h.Key("5")
	gaps := gapsAtClose(c)
	if len(gaps) == 0 {
		t.Fatal("fixture has no gaps")
	}
	h.Resize(120, 60)
	h.MustShow("Noch offen: ", "Vereinbarung 3: "+h.Ctx.Msgs.T(conference.KeyActionDueMissing)[:20],
		"Geparktes Thema 1: "+h.Ctx.Msgs.T(conference.KeyParkedOwnerMissing)[:20],
		h.Ctx.Msgs.T(conference.KeyChildViewMissing)[:30])
	h.Key("enter")
	h.MustShow("Trotzdem abschließen?")
	h.Key("n")
	if c.Status == conference.StatusClosed {
		t.Fatal("closed although the facilitator said no")
	}
	h.Key("enter", "j")
	if c.Status != conference.StatusClosed {
		t.Fatalf("status = %q after closing anyway", c.Status)
	}
	if !slices.EqualFunc(c.OpenGaps, gaps, func(a, b conference.Problem) bool { return a.Path == b.Path && a.Key == b.Key }) {
		t.Errorf("open gaps = %v, want %v", c.OpenGaps, gaps)
	}
	if !c.ClosedAt.Equal(t0.Add(14 * time.Minute)) {
		t.Errorf("closed at %v", c.ClosedAt)
	}
	for _, id := range []conference.PhaseID{conference.PhasePresentation, conference.PhasePerspectives,
		conference.PhaseWorries, conference.PhaseAssessment} {
		if st := c.Phase(id).State; st != conference.PhaseNotCovered {
			t.Errorf("phase %s is %s, want not covered", id, st)
		}
	}
	if st := c.Phase(conference.PhaseSafety).State; st == conference.PhaseNotCovered {
		t.Error("safety, which does not apply, was marked not covered")
	}
	if got := h.Paths(); !slices.Equal(got, []string{"close status"}) {
		t.Errorf("changes = %v", got)
	}
	h.MustShow("✓ Konferenz abgeschlossen am 22.11.2026 um 14:14 Uhr", "Im Protokoll als Lücken vermerkt:",
		"Nicht behandelte Phasen: 2, 3, 4, 5", "kofa export k7m2qxa9")

	// Reopening undoes the close.
	h.Key("r", "j")
	if c.Status != conference.StatusRunning || c.OpenGaps != nil {
		t.Errorf("after reopen: status %q, gaps %d", c.Status, len(c.OpenGaps))
	}
}

func TestCloseWithoutGapsAsksPlainly(t *testing.T) {
	c, ps := fixture()
	c.Actions = c.Actions[:1]
	c.Actions[0].AgreedAt = t0
	c.Parked[0].OwnerID = ps.albers
	c.SetResponsibility(conference.RespCaseLead, ps.albers, "")
	c.NextReview = conference.DateOf(t0).AddDays(42)
	c.Distribution = []conference.Distribution{{ParticipantID: ps.albers, Variant: conference.MinutesFull}}
	c.ChildView.MissingReason = "Kind zu jung"
	c.ParentsView.MissingReason = "nicht erreicht"
	c.Assessment.Category = conference.CategoryNeedForHelp
	for i := range c.Participants {
		c.Participants[i].LegalBases = []conference.LegalBasis{{Basis: conference.LegalSGB8Para8a}}
	}
	c.AddParticipant(conference.Participant{Name: "Tobias Lang", InstitutionType: conference.InstitutionOffice,
		Attendance: conference.AttendancePresent, LegalBases: []conference.LegalBasis{{Basis: conference.LegalSGB8Para8a}}})
	if gaps := gapsAtClose(c); len(gaps) > 0 {
		t.Fatalf("fixture still has gaps: %v", gaps)
	}
	h := newHarness(t, c, i18n.DE)
	h.Key("5")
	h.MustShow("✓ Alles Nötige ist erfasst.")
	h.Key("enter")
	h.MustShow("Konferenz abschließen?")
	h.MustNotShow("Trotzdem")
	h.Key("y")
	if c.Status != conference.StatusClosed || len(c.OpenGaps) != 0 {
		t.Errorf("status %q, gaps %v", c.Status, c.OpenGaps)
	}
	h.MustShow("ohne offene Punkte")
}

func TestClosedConferenceOpensOnCloseSection(t *testing.T) {
	c, _ := fixture()
	c.Close(t0)
	h := newHarness(t, c, i18n.EN)
	h.MustShow("✓ Conference closed on 2026-11-22 at 14:00", "kofa export k7m2qxa9")
	km := h.Ed.KeyMap().(KeyMap)
	if km.Close.Enabled() || !km.Reopen.Enabled() {
		t.Error("closed conference: close enabled or reopen disabled")
	}
}

// TestClosedConferenceSectionsAreReadOnly: once closed, the sections can
// still be looked at, but only reopening changes anything.
func TestClosedConferenceSectionsAreReadOnly(t *testing.T) {
	c, _ := fixture()
	c.Close(t0)
	h := newHarness(t, c, i18n.EN)
	for _, sec := range []string{"1", "2", "3", "4"} {
		h.Key(sec)
		km := h.Ed.KeyMap().(KeyMap)
		for name, b := range map[string]bool{"yes": km.Yes.Enabled(), "withdraw": km.Withdraw.Enabled(),
			"assign": km.Assign.Enabled(), "clear": km.Clear.Enabled(), "edit": km.Edit.Enabled(),
			"new": km.New.Enabled(), "variant": km.Variant.Enabled(), "remove": km.Remove.Enabled()} {
			if b {
				t.Errorf("section %s of a closed conference: %s enabled", sec, name)
			}
		}
		h.Key("y", "u", "enter", "x", "n", "down", "v", "d")
		if h.Ed.Typing() {
			t.Fatalf("section %s of a closed conference opened a field", sec)
		}
	}
	h.Key("1", "right")
	if len(h.Changes) != 0 || c.Action(c.Actions[1].ID).AgreedAt != (time.Time{}) {
		t.Errorf("a closed conference changed: %v", h.Paths())
	}
	if km := h.Ed.KeyMap().(KeyMap); !km.Browse.Enabled() {
		t.Error("the read-back of a closed conference cannot be browsed")
	}
}

func TestKeyMapTellsTheTruth(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	km := h.Ed.KeyMap().(KeyMap)
	if !km.Yes.Enabled() || km.Assign.Enabled() || km.Close.Enabled() {
		t.Error("read-back: wrong keys enabled")
	}
	h.Key("4")
	km = h.Ed.KeyMap().(KeyMap)
	if km.Yes.Enabled() || !km.Edit.Enabled() || !km.New.Enabled() || km.Remove.Enabled() {
		t.Error("review on the date row: wrong keys enabled")
	}
	h.Key("enter")
	keys := map[string]bool{}
	for _, b := range h.Ed.KeyMap().ShortHelp() {
		keys[b.Help().Key] = b.Enabled()
	}
	if !h.Ed.Typing() || keys["1…5/tab"] || !keys["esc"] || !keys["ctrl+s"] {
		t.Errorf("editing: keys %v", keys)
	}
	for _, s := range []string{"1", "2", "3", "4", "5"} {
		h.Key("esc", s)
		if n := len(h.Ed.KeyMap().ShortHelp()); n > 5 || n == 0 {
			t.Errorf("section %s: %d short keys", s, n)
		}
	}
}

// TestChangesCarryNoText pins that change paths name fields, never text.
func TestChangesCarryNoText(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("y", "2", "enter")
	h.Type("Weber")
	h.Key("enter", "3", "enter")
	h.Type("Albers")
	h.Key("enter", "4", "enter")
	h.Type("1.2.2027")
	h.Key("tab")
	h.Type("10:00")
	h.Key("enter", "n")
	h.Type("Jugendamt Süd")
	h.Key("enter", "enter", "enter", "5", "enter", "j")
	ok := regexp.MustCompile(`^(add|update|remove|close) ([a-z_]+/[a-z0-9_]+(/[a-z_]+)?|next_review(_time)?|status)$`)
	for _, p := range h.Paths() {
		if !ok.MatchString(p) {
			t.Errorf("change %q", p)
		}
	}
	if c.Status != conference.StatusClosed {
		t.Error("not closed")
	}
}

func TestClickOnTabSwitchesSection(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.View()
	ed := h.Ed.(*Editor)
	h.Drv.Send(click(ed.tabs[3].from+1, 0))
	if ed.sec != secReview {
		t.Errorf("section %d after clicking tab 4", ed.sec)
	}
}

func TestLeaveCommitsOpenField(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("4", "enter")
	h.Type("1.2.2027")
	h.Changes = nil
	h.Drv.Send(phaseLeave())
	if len(h.Changes) != 1 || h.Changes[0].Change.Path != "next_review" || !h.Changes[0].Immediate {
		t.Errorf("leave reported %+v", h.Changes)
	}
	if !h.Ed.Typing() {
		t.Error("leaving the phase closed the form")
	}
}
