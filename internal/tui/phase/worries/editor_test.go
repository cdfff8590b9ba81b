package worries

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

func TestEmptyPhaseOpensTheRiskForm(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	if !h.Ed.Typing() {
		t.Fatal("the form should be open for typing at once in an empty phase")
	}
	h.MustShow("Neue Sorge", "Anhaltspunkt")
}

func TestRiskFromCatalogueViaFilter(t *testing.T) {
	for _, q := range []string{"hunger", "Hunger", "hungrig", "unterernährt", "unterernaehrt", "UNTERERNAHRT"} {
		t.Run(q, func(t *testing.T) {
			c, ps := emptyConf()
			h := newHarness(t, c, i18n.DE)
			h.Type(q)
			h.MustShow("Kind wiederholt hungrig / unterernährt", "Grundversorgung und Schutz")
			h.Key("tab")
			h.Type("stark") // intensity: stark
			h.Key("tab", "down", "enter", "down", "enter")
			h.Key("tab")
			h.Type("berich") // provenance: berichtet
			h.Key("tab")
			h.Type("Demir") // reported by: a participant
			h.Key("tab")
			h.Type("Kita-Doku")
			h.Key("tab")
			h.Type("12.11.2026")
			h.Key("enter")

			if len(c.Risks) != 1 {
				t.Fatalf("risks = %d, want 1", len(c.Risks))
			}
			r := c.Risks[0]
			want := conference.RiskEntry{
				ID: r.ID, Area: "care", Indicator: "risk.care.food", Intensity: conference.IntensitySevere,
				Weighty: true, Acute: true, Provenance: conference.ProvenanceReported, ReportedBy: ps.demir,
				Source: "Kita-Doku", Date: conference.Date{Year: 2026, Month: 11, Day: 12},
			}
			if r != want {
				t.Errorf("risk =\n %+v\nwant\n %+v", r, want)
			}
			if len(h.Changes) != 1 || h.Changes[0].Change != (conference.Change{Op: conference.OpAdd, Path: "risks/" + r.ID}) || !h.Changes[0].Immediate {
				t.Errorf("changes = %+v, want one immediate add of risks/%s", h.Changes, r.ID)
			}
			// The form stays open, empty, for the next worry.
			if !h.Ed.Typing() {
				t.Error("the form closed after adding; it should wait for the next worry")
			}
			h.MustShow("⚠ gewichtig", "‼ akut", "▸ stark ")
		})
	}
}

func TestUmlautQueriesFindTheIndicator(t *testing.T) {
	for _, q := range []string{"Hämatome", "haematome", "hamatome", "HÄMATOME", "Verbrennungen"} {
		t.Run(q, func(t *testing.T) {
			c, _ := emptyConf()
			h := newHarness(t, c, i18n.DE)
			h.Type(q)
			h.Key("enter", "ctrl+s")
			if len(c.Risks) != 1 || c.Risks[0].Indicator != "risk.appearance.injuries" || c.Risks[0].Area != "appearance" {
				t.Fatalf("risks = %+v, want the injuries indicator in area appearance", c.Risks)
			}
		})
	}
}

func TestEnglishFilterFindsTheIndicator(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.EN)
	h.Type("hunger")
	h.MustShow("child repeatedly hungry / undernourished")
	h.Key("enter", "ctrl+s")
	if len(c.Risks) != 1 || c.Risks[0].Indicator != "risk.care.food" {
		t.Fatalf("risks = %+v, want the food indicator", c.Risks)
	}
}

func TestFreeTextRiskNeedsAnArea(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.Type("Oma kann nicht mehr helfen")
	h.MustShow("„Oma kann nicht mehr helfen“ als freie Angabe")
	h.Key("enter", "ctrl+s")
	if len(c.Risks) != 0 {
		t.Fatalf("a free-text worry without area was saved: %+v", c.Risks)
	}
	h.MustShow("Bereich fehlt")
	// The focus moved to the area: pick one and save.
	h.Type("Belastungen")
	h.Key("enter", "ctrl+s")
	if len(c.Risks) != 1 {
		t.Fatalf("risks = %d, want 1", len(c.Risks))
	}
	r := c.Risks[0]
	if r.Indicator != "" || r.Text != "Oma kann nicht mehr helfen" || r.Area != "stress" {
		t.Errorf("risk = %+v, want free text in area stress", r)
	}
	if !h.HasChange("add risks/" + r.ID) {
		t.Errorf("changes = %v", h.Paths())
	}
}

func TestFreeTextEvenWhenTheCatalogueHasAMatch(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.Type("Schulden")
	h.MustShow("Armut, Schulden, drohender Wohnungsverlust")
	h.Key("up") // the free-text option is the last one: up wraps to it
	h.Key("tab")
	h.Type("Belastungen")
	h.Key("enter", "ctrl+s")
	if len(c.Risks) != 1 || c.Risks[0].Text != "Schulden" || c.Risks[0].Indicator != "" {
		t.Fatalf("risks = %+v, want the free text Schulden", c.Risks)
	}
}

func TestListKeysSetIntensityFlagsAndProvenance(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	if h.Ed.Typing() {
		t.Fatal("with entries the list has the keyboard")
	}
	h.Key("down") // second in display order: the food indicator
	r := &c.Risks[0]
	h.Key("3")
	if r.Intensity != conference.IntensitySevere {
		t.Fatalf("intensity = %q", r.Intensity)
	}
	h.Key("1")
	if r.Intensity != conference.IntensitySlight {
		t.Errorf("intensity after 1 = %q, want slight", r.Intensity)
	}
	h.Key("4")
	if r.Intensity != conference.IntensityCannotAssess {
		t.Errorf("intensity after 4 = %q, want cannot_assess (a real answer)", r.Intensity)
	}
	h.Key("5") // there is no fifth intensity: a worry is never "good"
	if r.Intensity != conference.IntensityCannotAssess {
		t.Errorf("intensity after 5 = %q", r.Intensity)
	}
	h.MustShow("nicht einschätzbar")
	h.Key("w", "a")
	if r.Weighty || !r.Acute {
		t.Errorf("weighty %v acute %v, want false true", r.Weighty, r.Acute)
	}
	h.Key("p") // observed -> reported
	if r.Provenance != conference.ProvenanceReported {
		t.Errorf("provenance = %q, want reported", r.Provenance)
	}
	for _, want := range []string{"intensity", "weighty", "acute", "provenance"} {
		if !h.HasChange("update risks/" + r.ID + "/" + want) {
			t.Errorf("no change for %s in %v", want, h.Paths())
		}
	}
	for _, ch := range h.Changes {
		if !ch.Immediate {
			t.Errorf("change %v not immediate", ch.Change)
		}
	}
}

func TestFlagsShowInWordsNotOnlyColour(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	line := h.Line("nicht plausibel erklärte Verletzungen")
	for _, want := range []string{"stark ", "⚠ gewichtig", "‼ akut"} {
		if !strings.Contains(line, want) {
			t.Errorf("row %q lacks %q", line, want)
		}
	}
	h.Resize(50, 20) // narrow: symbols stay
	line = h.Line("nicht plausibel")
	if !strings.Contains(line, "⚠") || !strings.Contains(line, "‼") {
		t.Errorf("narrow row %q lost the flag symbols", line)
	}
}

func TestSexualViolenceAreaShowsSpecialistHint(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.MustShow("Sexuelle Gewalt", "Fachverfahren nötig", "spezialisierte Fachberatung")

	c2, _ := emptyConf()
	h2 := newHarness(t, c2, i18n.EN)
	h2.Type("sexualised behaviour")
	h2.Key("enter")
	h2.MustShow("Specialist procedure needed")
}

func TestEditAndDeleteRisk(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("down", "enter")
	h.MustShow("Sorge bearbeiten")
	h.Key("tab")
	h.Type("gering")
	h.Key("enter", "ctrl+s")
	if c.Risks[0].Intensity != conference.IntensitySlight || c.Risks[0].Indicator != "risk.care.food" || c.Risks[0].Source != "Kita-Dokumentation" {
		t.Fatalf("edited risk = %+v", c.Risks[0])
	}
	if h.Ed.Typing() {
		t.Error("the form should close after an edit")
	}
	if !h.HasChange("update risks/" + c.Risks[0].ID + "/intensity") {
		t.Errorf("changes = %v", h.Paths())
	}

	id := c.Risks[0].ID
	h.Key("d")
	if len(c.Risks) != 4 || c.Risks[0].ID == id {
		t.Fatalf("risks after d: %+v", c.Risks)
	}
	h.MustShow("„Kind wiederholt hungrig / unterernährt“ entfernt · ctrl+z macht rückgängig")
	if !h.HasChange("remove risks/" + id) {
		t.Errorf("changes = %v", h.Paths())
	}
}

func TestProtectiveFactorAndExistingSafety(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.Key("esc", "tab")
	h.MustShow("▸ Stärken (0)", "Schutzfaktoren (0)", "Vorhandene Schutzvorkehrungen (0)")
	h.Key("n")
	h.Type("verlässlich")
	h.Key("tab")
	h.Type("beob")
	h.Key("tab")
	h.Type("Hausbesuch")
	h.Key("ctrl+s")
	if len(c.ProtectiveFactors) != 1 {
		t.Fatalf("protective factors = %+v", c.ProtectiveFactors)
	}
	s := c.ProtectiveFactors[0]
	if s.Factor != "protective_adult" || s.Provenance != conference.ProvenanceObserved || s.Source != "Hausbesuch" {
		t.Errorf("factor = %+v", s)
	}
	if !h.HasChange("add protective_factors/" + s.ID) {
		t.Errorf("changes = %v", h.Paths())
	}
	// A free-text factor, then existing safety with its own key.
	h.Type("Nachbarin passt auf")
	h.Key("enter", "ctrl+s", "esc", "s")
	h.Type("Vater hat Alkohol aus der Wohnung entfernt")
	h.Key("ctrl+s")
	if len(c.ProtectiveFactors) != 2 || c.ProtectiveFactors[1].Text != "Nachbarin passt auf" || c.ProtectiveFactors[1].Factor != "" {
		t.Errorf("protective factors = %+v", c.ProtectiveFactors)
	}
	if len(c.ExistingSafety) != 1 || c.ExistingSafety[0].Text != "Vater hat Alkohol aus der Wohnung entfernt" {
		t.Errorf("existing safety = %+v", c.ExistingSafety)
	}
	h.Key("esc")
	h.MustShow("Verlässliche schützende Bezugsperson", "✎ Nachbarin passt auf", "Vater hat Alkohol")
}

// TestNewStrengthKeepsItsWordsInTheOtherList: a free-text factor moved
// to existing safety while it is typed keeps its words.
func TestNewStrengthKeepsItsWordsInTheOtherList(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.Key("esc", "tab", "n")
	h.Type("Großmutter holt das Kind ab")
	h.Key("enter", "tab", "tab") // the free text, past provenance and source, to the list row
	h.Type("Vorhandene")
	h.Key("enter") // the last field: saved
	if len(c.ProtectiveFactors) != 0 || len(c.ExistingSafety) != 1 || c.ExistingSafety[0].Text != "Großmutter holt das Kind ab" {
		t.Fatalf("protective %+v, safety %+v", c.ProtectiveFactors, c.ExistingSafety)
	}
	if !h.HasChange("add existing_safety/" + c.ExistingSafety[0].ID) {
		t.Errorf("changes = %v", h.Paths())
	}
}

// TestLeavingThePhaseKeepsTheFormADraft: a worry half typed when the
// phase is left stays a draft, stored with the conference.
func TestLeavingThePhaseKeepsTheFormADraft(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.Type("Hämatome")
	h.Key("enter")
	h.Drv.Send(phase.LeaveMsg{})
	if len(c.Risks) != 0 {
		t.Fatalf("risks = %+v: leaving the phase saved a form not submitted", c.Risks)
	}
	if _, ok := h.Ctx.Draft("risks/new"); !ok {
		t.Error("the draft was not stored")
	}
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	enabled := func() map[string]bool {
		out := map[string]bool{}
		for _, g := range h.Ed.KeyMap().FullHelp() {
			for _, b := range g {
				if b.Enabled() {
					out[b.Help().Key] = true
				}
			}
		}
		return out
	}
	keys := enabled()
	for _, k := range []string{"n", "1–4", "w", "a", "tab", "d"} {
		if !keys[k] {
			t.Errorf("list: key %s not enabled", k)
		}
	}
	if keys["esc"] || keys["s"] {
		t.Error("list: esc/s enabled on the worries tab")
	}
	h.Key("tab")
	keys = enabled()
	if keys["1–4"] || keys["w"] || !keys["s"] {
		t.Errorf("strengths tab: severity/weighty must be off, s on: %v", keys)
	}
	h.Key("n")
	if !h.Ed.Typing() {
		t.Fatal("form open but Typing false")
	}
	keys = enabled()
	if keys["n"] || !keys["esc"] || !keys["ctrl+s"] {
		t.Errorf("form: %v", keys)
	}
	h.Key("esc")
	if h.Ed.Typing() {
		t.Error("esc should close the form")
	}
}

func TestChangesCarryNoText(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("n")
	h.Type("Kind erzählt von Schlägen zu Hause")
	h.Key("tab")
	h.Type("Verhalten")
	h.Key("enter", "ctrl+s")
	for _, ch := range h.Changes {
		if strings.Contains(ch.Change.Path, "Schl") || ch.Change.Arg != "" {
			t.Errorf("change carries text: %+v", ch.Change)
		}
	}
	if len(h.Changes) == 0 {
		t.Fatal("no change reported")
	}
}

func TestClickSelectsTabAndRow(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.View()
	h.Drv.Send(tuitest.Click(2, 5)) // the third risk row (medical care)
	h.Key("2")
	if c.Risks[1].Intensity != conference.IntensityMarked {
		t.Errorf("click did not select the medical-care row: %+v", c.Risks[1])
	}
	h.Drv.Send(tuitest.Click(40, 0))
	h.MustShow("▸ Stärken")
}
