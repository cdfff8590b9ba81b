package assessment

import (
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// categoryWords are every way a category can be shown, in both languages.
var categoryWords = []string{
	"akut", "latent", "Hilfebedarf", "kein Bedarf", "Kindeswohlgefährdung",
	"acute", "need for help", "no need",
}

func TestRatingsAreEnteredOneAfterAnotherAndHidden(t *testing.T) {
	c, ps := conf()
	h := newHarness(t, c, i18n.DE)
	if !h.Ed.Typing() {
		t.Fatal("the first rating should be asked for at once")
	}
	h.MustShow("Eigene Einschätzung: Petra Albers")
	h.Type("und kein") // keine Kindeswohlgefährdung und kein (weiterer) Hilfebedarf
	h.Key("enter")
	h.Type("9")
	h.Key("enter")
	// The next participant comes up, with an empty form.
	h.MustShow("Eigene Einschätzung: Dr. Jonas Weber")
	h.MustNotShow("●", "9")
	h.Type("akut")
	h.Key("enter")
	h.Type("8")
	h.Key("enter")
	h.MustShow("Eigene Einschätzung: Aylin Demir")
	h.Key("esc")

	if r, ok := c.RatingOf(ps.albers); !ok || r.Category != conference.CategoryNoNeed || r.Scale == nil || *r.Scale != 9 || !r.At.Equal(t0) {
		t.Errorf("rating of Albers = %+v", r)
	}
	if r, ok := c.RatingOf(ps.weber); !ok || r.Category != conference.CategoryAcute || r.Scale == nil || *r.Scale != 8 {
		t.Errorf("rating of Weber = %+v", r)
	}
	if !h.HasChange("add ratings/"+ps.albers) || !h.HasChange("add ratings/"+ps.weber) {
		t.Errorf("changes = %v", h.Paths())
	}

	// Hidden: who has given one shows, the values never do.
	h.MustShow("2 von 4 abgegeben · verdeckt", "✓ abgegeben", "· offen")
	h.MustNotShow(append(categoryWords, "9", "8", "▲", "▼", "Median")...)
	if l := h.Line("Petra Albers"); !strings.Contains(l, "✓ abgegeben") {
		t.Errorf("Albers row %q lacks ✓ abgegeben", l)
	}
	if l := h.Line("Aylin Demir"); !strings.Contains(l, "· offen") {
		t.Errorf("Demir row %q should be open", l)
	}
	h.Resize(200, 60)
	h.MustNotShow(append(categoryWords, "9", "8")...)
}

func TestReratingBeforeRevealShowsNoOldValue(t *testing.T) {
	c, ps := conf()
	c.SetRating(conference.Rating{ParticipantID: ps.albers, Category: conference.CategoryLatent, Scale: scale(9)})
	h := newHarness(t, c, i18n.DE)
	h.Key("enter") // Albers, rated already
	h.MustShow("Eigene Einschätzung: Petra Albers")
	h.MustNotShow("●", "9")
}

func TestRevealAsksWhenNotEveryoneHasRated(t *testing.T) {
	c, ps := conf()
	c.SetRating(conference.Rating{ParticipantID: ps.albers, Category: conference.CategoryLatent, Scale: scale(9)})
	c.SetRating(conference.Rating{ParticipantID: ps.weber, Category: conference.CategoryLatent, Scale: scale(8)})
	h := newHarness(t, c, i18n.DE)
	h.Key("r")
	h.MustShow("Einschätzungen aufdecken?", "2 von 4 haben noch nicht abgegeben", "Aylin Demir, Markus Brandt")
	h.Key("n")
	if c.RatingsRevealed {
		t.Fatal("no revealed the ratings")
	}
	h.MustNotShow("9", "8")
	h.Key("r", "j")
	if !c.RatingsRevealed {
		t.Fatal("j did not reveal")
	}
	if !h.HasChange("update ratings_revealed") {
		t.Errorf("changes = %v", h.Paths())
	}
	h.MustShow("aufgedeckt", "min 8 · Median 8,5 · max 9 (n = 2)")
}

func TestRevealAsksWhenNobodyHasRated(t *testing.T) {
	c, _ := conf()
	h := newHarness(t, c, i18n.EN)
	h.Key("esc", "r")
	h.MustShow("Reveal the ratings?", "Nobody has given a rating yet")
	h.Key("y")
	if !c.RatingsRevealed {
		t.Error("y did not reveal")
	}
}

func TestRevealWithoutQuestionWhenEveryoneHasRated(t *testing.T) {
	c, _ := rated()
	c.RatingsRevealed = false
	h := newHarness(t, c, i18n.DE)
	h.MustShow("4 von 4 abgegeben · verdeckt")
	h.Key("r")
	if !c.RatingsRevealed || h.Ed.Typing() {
		t.Fatalf("revealed %v, question open %v; want revealed without a question", c.RatingsRevealed, h.Ed.Typing())
	}
}

func TestRevealShowsTheSpread(t *testing.T) {
	c, _ := rated()
	h := newHarness(t, c, i18n.DE)
	h.MustShow("min 2 · Median 4 · max 7 (n = 4)", "akut 1 · latent 2 · Hilfebedarf 1 · kein Bedarf 0")
	weber := h.Line("Dr. Jonas Weber")
	for _, want := range []string{"akut", " 2", "▼ min"} {
		if !strings.Contains(weber, want) {
			t.Errorf("Weber row %q lacks %q", weber, want)
		}
	}
	if brandt := h.Line("Markus Brandt  "); !strings.Contains(brandt, "Hilfebedarf") || !strings.Contains(brandt, "▲ max") {
		t.Errorf("Brandt row %q", brandt)
	}
	// The dot plot: two dots stacked over 4, one over 2 and 7.
	lines := strings.Split(h.View(), "\n")
	axis := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "0  1  2  3  4  5  6  7  8  9 10") })
	if axis < 2 {
		t.Fatalf("no axis with two rows of dots above:\n%s", h.View())
	}
	col := func(v int) int { return strings.Index(lines[axis], " 0") + 1 + 3*v }
	dot := func(line string, v int) bool {
		r := []rune(line)
		return col(v) < len(r) && r[col(v)] == '●'
	}
	low, high := lines[axis-1], lines[axis-2]
	if !dot(low, 2) || !dot(low, 4) || !dot(low, 7) || dot(low, 5) {
		t.Errorf("lower dot row %q: want dots over 2, 4 and 7", low)
	}
	if !dot(high, 4) || dot(high, 2) {
		t.Errorf("upper dot row %q: want one dot over 4", high)
	}
}

// TestScreenShowsTheSpreadOfTheConference: the figures on the screen are
// conference.RatingSpread's (see its table test), the ones the minutes
// print: 2, 4, 5, 7 have the median 4.5 in both (the minutes once said 5).
func TestScreenShowsTheSpreadOfTheConference(t *testing.T) {
	for lang, want := range map[i18n.Lang]string{
		i18n.DE: "min 2 · Median 4,5 · max 7 (n = 4)",
		i18n.EN: "min 2 · median 4.5 · max 7 (n = 4)",
	} {
		c, ps := rated()
		c.SetRating(conference.Rating{ParticipantID: ps.demir, Category: conference.CategoryLatent, Scale: scale(5), At: t0})
		h := newHarness(t, c, lang)
		h.MustShow(want)
	}
}

func TestAgreedAcuteOpensImmediateSafety(t *testing.T) {
	c, _ := rated()
	h := newHarness(t, c, i18n.DE)
	h.Key("e")
	h.Type("akut")
	h.Key("enter")
	if c.Assessment.Category != conference.CategoryAcute {
		t.Fatalf("category = %q", c.Assessment.Category)
	}
	visible := false
	for _, r := range c.VisiblePhases() {
		visible = visible || r.ID == conference.PhaseSafety
	}
	if !visible {
		t.Error("phase 5a does not appear after an acute result")
	}
	if len(h.Changes) == 0 || h.Changes[len(h.Changes)-1].Change.Path != "assessment/category" || !h.Changes[len(h.Changes)-1].Immediate {
		t.Errorf("changes = %+v, want an immediate assessment/category", h.Changes)
	}
	// Forms of harm: add psychological abuse; then a note; enter closes.
	h.Key("down", "down", "down", "enter", "tab")
	h.Type("Einigung nach Diskussion")
	h.Key("enter")
	if h.Ed.Typing() {
		t.Error("enter on the last field should close the result form")
	}
	if want := []string{conference.HarmNeglect, conference.HarmPhysical, conference.HarmPsychological}; !slices.Equal(c.Assessment.HarmForms, want) {
		t.Errorf("harm forms = %v, want %v", c.Assessment.HarmForms, want)
	}
	if c.Assessment.Note != "Einigung nach Diskussion" {
		t.Errorf("note = %q", c.Assessment.Note)
	}
	h.MustShow("akute Kindeswohlgefährdung", "Phase 5a Sofortschutz", "Krisen- und Schutzplan")
}

func TestContingencyWarningInWords(t *testing.T) {
	c, _ := rated()
	h := newHarness(t, c, i18n.DE)
	h.MustShow("⚠ Ergebnis „latente Kindeswohlgefährdung“: Ein Krisen- und Schutzplan")
	id := c.AddCrisisEntry(conference.CrisisEntry{What: "Bei erneuten Hämatomen sofort ASD informieren"}).ID
	h.MustNotShow("Krisen- und Schutzplan")
	c.Remove(id)
	c.Assessment.Category = conference.CategoryNeedForHelp
	h.MustNotShow("Krisen- und Schutzplan")
}

func TestDissentWhoAndWhy(t *testing.T) {
	c, ps := rated()
	h := newHarness(t, c, i18n.DE)
	h.Key("n")
	h.Type("Weber")
	h.Key("enter", "ctrl+s")
	h.MustShow("Bitte die Begründung des Dissenses festhalten.")
	if len(c.Assessment.Dissent) != 1 {
		t.Fatal("a dissent without reason was saved")
	}
	h.Type("Hält die Verletzungen für akut gefährdend")
	h.Key("ctrl+s")
	if len(c.Assessment.Dissent) != 2 {
		t.Fatalf("dissent = %+v", c.Assessment.Dissent)
	}
	d := c.Assessment.Dissent[1]
	if d.ParticipantID != ps.weber || d.Reason != "Hält die Verletzungen für akut gefährdend" {
		t.Errorf("dissent = %+v", d)
	}
	if !h.HasChange("add assessment/dissent/" + d.ID) {
		t.Errorf("changes = %v", h.Paths())
	}
	h.MustShow("Dr. Jonas Weber: Hält die Verletzungen")

	// The new dissent is selected: d removes it, saying how to undo.
	h.Key("d")
	if len(c.Assessment.Dissent) != 1 || !h.HasChange("remove assessment/dissent/"+d.ID) {
		t.Errorf("dissent after d = %+v, changes %v", c.Assessment.Dissent, h.Paths())
	}
	h.MustShow("„Dr. Jonas Weber“ entfernt · ctrl+z macht rückgängig")
}

func TestInvalidScaleIsExplained(t *testing.T) {
	c, ps := conf()
	h := newHarness(t, c, i18n.DE)
	h.Key("tab")
	h.Type("11")
	h.Key("enter")
	h.MustShow("Die Skala ist eine Zahl von 0 bis 10.")
	if _, ok := c.RatingOf(ps.albers); ok {
		t.Error("an invalid scale was saved")
	}
	h.Key("backspace", "backspace")
	h.Type("0")
	h.Key("enter")
	if r, ok := c.RatingOf(ps.albers); !ok || r.Scale == nil || *r.Scale != 0 || r.Category != "" {
		t.Errorf("rating = %+v; want scale 0 alone", r)
	}
}

func TestLeavingThePhaseKeepsATypedRating(t *testing.T) {
	c, ps := conf()
	h := newHarness(t, c, i18n.DE)
	h.Type("latent")
	h.Drv.Send(phase.LeaveMsg{})
	if r, ok := c.RatingOf(ps.albers); !ok || r.Category != conference.CategoryLatent {
		t.Errorf("rating = %+v, want latent kept on leave", r)
	}
	if h.Ed.Typing() {
		t.Error("the form should close once its rating is saved")
	}
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c, _ := rated()
	h := newHarness(t, c, i18n.DE)
	enabled := func() map[string]bool {
		out := map[string]bool{}
		for _, g := range h.Ed.KeyMap().FullHelp() {
			for _, b := range g {
				if b.Enabled() {
					out[b.Help().Key+" "+b.Help().Desc] = true
				}
			}
		}
		return out
	}
	keys := enabled()
	if !keys["enter Einschätzung eingeben"] || keys["enter bearbeiten"] || keys["r aufdecken"] || keys["d entfernen"] {
		t.Errorf("on a participant after reveal: %v", keys)
	}
	h.Key("end")
	keys = enabled()
	if keys["enter Einschätzung eingeben"] || !keys["enter bearbeiten"] || !keys["d entfernen"] {
		t.Errorf("on a dissent: %v", keys)
	}
	h.Key("e")
	if !h.Ed.Typing() || !enabled()["esc verlassen, gespeichert"] {
		t.Error("result form: Typing and esc")
	}
	h.Key("esc")
	if h.Ed.Typing() {
		t.Error("esc should close the form")
	}
}

func TestClickSelectsRow(t *testing.T) {
	c, _ := rated()
	h := newHarness(t, c, i18n.DE)
	h.View()
	h.Drv.Send(tuitest.Click(3, 3)) // Aylin Demir
	h.Key("enter")
	h.MustShow("Eigene Einschätzung: Aylin Demir")
}

// A dissent says how it was worked through, can concern one action, and a
// parent can dissent too.
func TestDissentOfAParentOnAnActionResolved(t *testing.T) {
	c, _ := rated()
	mother := c.AddCarer(conference.Carer{Name: "Jana Schulz", Relationship: conference.RelationshipMother}).ID
	act := c.AddAction(conference.Action{What: "Hausbesuch"}).ID
	h := newHarness(t, c, i18n.DE)
	h.Key("n")
	h.Type("Jana")
	h.Key("enter")
	h.Type("Ich will keine Kontrolle")
	h.Key("enter")
	h.Type("Hausbesuch")
	h.Key("enter")
	h.Type("bleibt")
	h.Key("enter")
	h.Type("ASD bleibt im Gespräch")
	h.Key("ctrl+s")
	d := c.Assessment.Dissent[len(c.Assessment.Dissent)-1]
	if d.ParticipantID != mother || d.ActionID != act || d.Resolution != conference.DissentStands || d.Note != "ASD bleibt im Gespräch" {
		t.Errorf("dissent = %+v", d)
	}
}
