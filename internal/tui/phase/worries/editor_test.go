package worries

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
)

func TestEmptyPhaseOpensTheRiskForm(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	if !h.ed.Typing() {
		t.Fatal("the form should be open for typing at once in an empty phase")
	}
	h.mustShow("Neue Sorge", "Anhaltspunkt")
}

func TestRiskFromCatalogueViaFilter(t *testing.T) {
	for _, q := range []string{"hunger", "Hunger", "hungrig", "unterernährt", "unterernaehrt", "UNTERERNAHRT"} {
		t.Run(q, func(t *testing.T) {
			c, ps := emptyConf()
			h := newHarness(t, c, i18n.DE)
			h.typ(q)
			h.mustShow("Kind wiederholt hungrig / unterernährt", "Grundversorgung und Schutz")
			h.key("tab")
			h.typ("stark") // severity: stark unzureichend
			h.key("tab", "space", "down", "space")
			h.key("tab")
			h.typ("berich") // provenance: berichtet
			h.key("tab")
			h.typ("Demir") // reported by: a participant
			h.key("tab")
			h.typ("Kita-Doku")
			h.key("tab")
			h.typ("12.11.2026")
			h.key("enter")

			if len(c.Risks) != 1 {
				t.Fatalf("risks = %d, want 1", len(c.Risks))
			}
			r := c.Risks[0]
			want := conference.RiskEntry{
				ID: r.ID, Area: "care", Indicator: "risk.care.food", Severity: conference.SeverityVeryPoor,
				Weighty: true, Acute: true, Provenance: conference.ProvenanceReported, ReportedBy: ps.demir,
				Source: "Kita-Doku", Date: conference.Date{Year: 2026, Month: 11, Day: 12},
			}
			if r != want {
				t.Errorf("risk =\n %+v\nwant\n %+v", r, want)
			}
			if len(h.changes) != 1 || h.changes[0].Change != (conference.Change{Op: conference.OpAdd, Path: "risks/" + r.ID}) || !h.changes[0].Immediate {
				t.Errorf("changes = %+v, want one immediate add of risks/%s", h.changes, r.ID)
			}
			// The form stays open, empty, for the next worry.
			if !h.ed.Typing() {
				t.Error("the form closed after adding; it should wait for the next worry")
			}
			h.mustShow("⚠ gewichtig", "‼ akut", "stark unzureichend")
		})
	}
}

func TestUmlautQueriesFindTheIndicator(t *testing.T) {
	for _, q := range []string{"Hämatome", "haematome", "hamatome", "HÄMATOME", "Verbrennungen"} {
		t.Run(q, func(t *testing.T) {
			c, _ := emptyConf()
			h := newHarness(t, c, i18n.DE)
			h.typ(q)
			h.key("enter")
			if len(c.Risks) != 1 || c.Risks[0].Indicator != "risk.appearance.injuries" || c.Risks[0].Area != "appearance" {
				t.Fatalf("risks = %+v, want the injuries indicator in area appearance", c.Risks)
			}
		})
	}
}

func TestEnglishFilterFindsTheIndicator(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.EN)
	h.typ("hunger")
	h.mustShow("child repeatedly hungry / undernourished")
	h.key("enter")
	if len(c.Risks) != 1 || c.Risks[0].Indicator != "risk.care.food" {
		t.Fatalf("risks = %+v, want the food indicator", c.Risks)
	}
}

func TestFreeTextRiskNeedsAnArea(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.typ("Oma kann nicht mehr helfen")
	h.mustShow("als Freitext: „Oma kann nicht mehr helfen“")
	h.key("enter")
	if len(c.Risks) != 0 {
		t.Fatalf("a free-text worry without area was saved: %+v", c.Risks)
	}
	h.mustShow("Bereich fehlt")
	// The focus moved to the area: pick one and save.
	h.typ("Belastungen")
	h.key("enter")
	if len(c.Risks) != 1 {
		t.Fatalf("risks = %d, want 1", len(c.Risks))
	}
	r := c.Risks[0]
	if r.Indicator != "" || r.Text != "Oma kann nicht mehr helfen" || r.Area != "stress" {
		t.Errorf("risk = %+v, want free text in area stress", r)
	}
	if !h.hasChange("add risks/" + r.ID) {
		t.Errorf("changes = %v", h.paths())
	}
}

func TestFreeTextEvenWhenTheCatalogueHasAMatch(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.typ("Schulden")
	h.mustShow("Armut, Schulden, drohender Wohnungsverlust")
	h.key("up") // the free-text option is the last one: up wraps to it
	h.key("tab")
	h.typ("Belastungen")
	h.key("enter")
	if len(c.Risks) != 1 || c.Risks[0].Text != "Schulden" || c.Risks[0].Indicator != "" {
		t.Fatalf("risks = %+v, want the free text Schulden", c.Risks)
	}
}

func TestListKeysSetSeverityFlagsAndProvenance(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	if h.ed.Typing() {
		t.Fatal("with entries the list has the keyboard")
	}
	h.key("down") // second in display order: the food indicator
	r := &c.Risks[0]
	h.key("3")
	if r.Severity != conference.SeverityPoor {
		t.Fatalf("severity = %q", r.Severity)
	}
	h.key("2")
	if r.Severity != conference.SeveritySufficient {
		t.Errorf("severity after 2 = %q, want sufficient", r.Severity)
	}
	h.key("5")
	if r.Severity != conference.SeverityCannotAssess {
		t.Errorf("severity after 5 = %q, want cannot_assess (a real answer)", r.Severity)
	}
	h.mustShow("nicht einschätzbar")
	h.key("w", "a")
	if r.Weighty || !r.Acute {
		t.Errorf("weighty %v acute %v, want false true", r.Weighty, r.Acute)
	}
	h.key("p") // observed -> reported
	if r.Provenance != conference.ProvenanceReported {
		t.Errorf("provenance = %q, want reported", r.Provenance)
	}
	for _, want := range []string{"severity", "weighty", "acute", "provenance"} {
		if !h.hasChange("update risks/" + r.ID + "/" + want) {
			t.Errorf("no change for %s in %v", want, h.paths())
		}
	}
	for _, ch := range h.changes {
		if !ch.Immediate {
			t.Errorf("change %v not immediate", ch.Change)
		}
	}
}

func TestFlagsShowInWordsNotOnlyColour(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	line := h.line("nicht plausibel erklärte Verletzungen")
	for _, want := range []string{"stark unzureichend", "⚠ gewichtig", "‼ akut"} {
		if !strings.Contains(line, want) {
			t.Errorf("row %q lacks %q", line, want)
		}
	}
	h.resize(50, 20) // narrow: symbols stay
	line = h.line("nicht plausibel")
	if !strings.Contains(line, "⚠") || !strings.Contains(line, "‼") {
		t.Errorf("narrow row %q lost the flag symbols", line)
	}
}

func TestSexualViolenceAreaShowsSpecialistHint(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.mustShow("Sexualisierte Gewalt", "Fachverfahren nötig", "spezialisierte Fachberatung")

	c2, _ := emptyConf()
	h2 := newHarness(t, c2, i18n.EN)
	h2.typ("sexualised behaviour")
	h2.mustShow("Specialist procedure needed")
}

func TestEditAndDeleteRisk(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("down", "enter")
	h.mustShow("Sorge bearbeiten")
	h.key("tab")
	h.typ("gut")
	h.key("enter")
	if c.Risks[0].Severity != conference.SeverityGood || c.Risks[0].Indicator != "risk.care.food" || c.Risks[0].Source != "Kita-Dokumentation" {
		t.Fatalf("edited risk = %+v", c.Risks[0])
	}
	if h.ed.Typing() {
		t.Error("the form should close after an edit")
	}
	if !h.hasChange("update risks/" + c.Risks[0].ID) {
		t.Errorf("changes = %v", h.paths())
	}

	id := c.Risks[0].ID
	h.key("x")
	h.mustShow("Eintrag löschen?", "Kind wiederholt hungrig")
	h.key("n")
	if len(c.Risks) != 5 {
		t.Fatal("no deleted the entry")
	}
	h.key("x", "j")
	if len(c.Risks) != 4 || c.Risks[0].ID == id {
		t.Fatalf("risks after delete: %+v", c.Risks)
	}
	h.mustNotShow("Kind wiederholt hungrig")
	if !h.hasChange("remove risks/" + id) {
		t.Errorf("changes = %v", h.paths())
	}
}

func TestProtectiveFactorAndExistingSafety(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.key("esc", "tab")
	h.mustShow("▸ Stärken (0)", "Schutzfaktoren (0)", "Bestehende Sicherheit (0)")
	h.key("n")
	h.typ("verlässlich")
	h.key("tab")
	h.typ("beob")
	h.key("tab")
	h.typ("Hausbesuch")
	h.key("enter")
	if len(c.ProtectiveFactors) != 1 {
		t.Fatalf("protective factors = %+v", c.ProtectiveFactors)
	}
	s := c.ProtectiveFactors[0]
	if s.Factor != "protective_adult" || s.Provenance != conference.ProvenanceObserved || s.Source != "Hausbesuch" {
		t.Errorf("factor = %+v", s)
	}
	if !h.hasChange("add protective_factors/" + s.ID) {
		t.Errorf("changes = %v", h.paths())
	}
	// A free-text factor, then existing safety with its own key.
	h.typ("Nachbarin passt auf")
	h.key("enter", "esc", "s")
	h.typ("Vater hat Alkohol aus der Wohnung entfernt")
	h.key("enter")
	if len(c.ProtectiveFactors) != 2 || c.ProtectiveFactors[1].Text != "Nachbarin passt auf" || c.ProtectiveFactors[1].Factor != "" {
		t.Errorf("protective factors = %+v", c.ProtectiveFactors)
	}
	if len(c.ExistingSafety) != 1 || c.ExistingSafety[0].Text != "Vater hat Alkohol aus der Wohnung entfernt" {
		t.Errorf("existing safety = %+v", c.ExistingSafety)
	}
	h.key("esc")
	h.mustShow("Verlässliche schützende Bezugsperson", "✎ Nachbarin passt auf", "Vater hat Alkohol")
}

func TestStrengthMovesBetweenLists(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("tab", "down", "enter") // the free-text protective factor
	h.key("tab", "tab", "tab")    // to the list row
	h.typ("Bestehende")
	h.key("enter")
	if len(c.ProtectiveFactors) != 1 || len(c.ExistingSafety) != 2 {
		t.Fatalf("protective %d, safety %d; want 1 and 2", len(c.ProtectiveFactors), len(c.ExistingSafety))
	}
	moved := c.ExistingSafety[1]
	if moved.Text != "Großmutter holt das Kind zweimal die Woche ab" {
		t.Errorf("moved entry = %+v", moved)
	}
	if !h.hasChange("remove protective_factors/"+moved.ID) || !h.hasChange("add existing_safety/"+moved.ID) {
		t.Errorf("changes = %v", h.paths())
	}
}

func TestLeavingThePhaseKeepsACompleteForm(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	h.typ("Hämatome")
	h.drv.Send(phase.LeaveMsg{})
	if len(c.Risks) != 1 {
		t.Fatalf("risks = %d: the worry half typed when the phase was left is lost", len(c.Risks))
	}
	if h.ed.Typing() {
		t.Error("the form should close when its entry was saved on leave")
	}

	c2, _ := emptyConf()
	h2 := newHarness(t, c2, i18n.DE)
	h2.drv.Send(phase.LeaveMsg{})
	if len(c2.Risks) != 0 || !h2.ed.Typing() {
		t.Error("an empty form must neither save nor close on leave")
	}
}

func TestTypingAndKeyMapTellTheTruth(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	enabled := func() map[string]bool {
		out := map[string]bool{}
		for _, g := range h.ed.KeyMap().FullHelp() {
			for _, b := range g {
				if b.Enabled() {
					out[b.Help().Key] = true
				}
			}
		}
		return out
	}
	keys := enabled()
	for _, k := range []string{"n", "1–5", "w", "a", "tab", "x"} {
		if !keys[k] {
			t.Errorf("list: key %s not enabled", k)
		}
	}
	if keys["esc"] || keys["s"] {
		t.Error("list: esc/s enabled on the worries tab")
	}
	h.key("tab")
	keys = enabled()
	if keys["1–5"] || keys["w"] || !keys["s"] {
		t.Errorf("strengths tab: severity/weighty must be off, s on: %v", keys)
	}
	h.key("n")
	if !h.ed.Typing() {
		t.Fatal("form open but Typing false")
	}
	keys = enabled()
	if keys["n"] || !keys["esc"] || !keys["enter"] {
		t.Errorf("form: %v", keys)
	}
	h.key("esc")
	if h.ed.Typing() {
		t.Error("esc should close the form")
	}
	h.key("x")
	if !h.ed.Typing() {
		t.Error("the remove question takes j/n: Typing must be true")
	}
}

func TestChangesCarryNoText(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.key("n")
	h.typ("Kind erzählt von Schlägen zu Hause")
	h.key("tab")
	h.typ("Verhalten")
	h.key("enter")
	for _, ch := range h.changes {
		if strings.Contains(ch.Change.Path, "Schl") || ch.Change.Arg != "" {
			t.Errorf("change carries text: %+v", ch.Change)
		}
	}
	if len(h.changes) == 0 {
		t.Fatal("no change reported")
	}
}

func TestClickSelectsTabAndRow(t *testing.T) {
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.view()
	h.drv.Send(click(2, 5)) // the third risk row (medical care)
	h.key("3")
	if c.Risks[1].Severity != conference.SeverityPoor {
		t.Errorf("click did not select the medical-care row: %+v", c.Risks[1])
	}
	h.drv.Send(click(40, 0))
	h.mustShow("▸ Stärken")
}
