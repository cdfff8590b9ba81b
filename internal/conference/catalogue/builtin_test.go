package catalogue

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// allLists returns every list of c by its file name, indicators included.
func allLists(c *Catalogue) map[string][]Entry {
	lists := map[string][]Entry{}
	for _, s := range listSpecs {
		lists[s.name] = *s.slot(c)
	}
	for _, a := range c.RiskAreas {
		lists["risk_areas/"+a.Code] = a.Indicators
	}
	return lists
}

func TestBuiltinEveryEntryHasGermanAndEnglish(t *testing.T) {
	for name, list := range allLists(Builtin()) {
		for _, e := range list {
			if e.Label.DE == "" || e.Label.EN == "" {
				t.Errorf("%s/%s: label de=%q en=%q", name, e.Code, e.Label.DE, e.Label.EN)
			}
			if (e.Hint.DE == "") != (e.Hint.EN == "") {
				t.Errorf("%s/%s: hint only in one language: de=%q en=%q", name, e.Code, e.Hint.DE, e.Hint.EN)
			}
		}
	}
	for _, a := range Builtin().SafetyScale.Anchors {
		if a.Label.DE == "" || a.Label.EN == "" {
			t.Errorf("safety anchor %d: label de=%q en=%q", a.Value, a.Label.DE, a.Label.EN)
		}
	}
}

func TestBuiltinCodesAreValidAndUnique(t *testing.T) {
	c := Builtin()
	for name, list := range allLists(c) {
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, e := range list {
			if !validCode(e.Code) {
				t.Errorf("%s: invalid code %q", name, e.Code)
			}
			if seen[e.Code] {
				t.Errorf("%s: duplicate code %q", name, e.Code)
			}
			seen[e.Code] = true
		}
	}
	indicators := map[string]string{}
	for _, a := range c.RiskAreas {
		for _, ind := range a.Indicators {
			if other, dup := indicators[ind.Code]; dup {
				t.Errorf("indicator %q in both %s and %s", ind.Code, other, a.Code)
			}
			indicators[ind.Code] = a.Code
		}
	}
}

// The program interprets these codes; renaming one in the data file would
// silently break stored conferences and phase rules.
func TestBuiltinHasTheCodesTheProgramRelies(t *testing.T) {
	c := Builtin()
	want := map[string][]string{
		"severities":           {"good", "sufficient", "poor", "very_poor", "cannot_assess"},
		"categories":           {"acute", "latent", "need_for_help", "no_need"},
		"harm_forms":           {"neglect", "physical", "psychological", "sexual"},
		"intensities":          {"slight", "marked", "severe", "cannot_assess"},
		"legal_bases":          {"consent", "kkg_4_2", "kkg_4_3", "sgb8_8a", "sgb8_65", "pseudonymised", "kkg_4"},
		"family_participation": {"present", "part_time", "views_brought_in", "not_informed"},
		"provenance":           {"observed", "reported", "assessed", "presumed"},
		"responsibilities":     {"case_lead", "informs_family", "informs_child", "informs_absentees", "convenes_review", "receives_minutes", "case_lead_stand_in"},
		"roles":                {"facilitator", "case_lead", "minute_taker", "time_keeper", "specialist_adviser", "reporting_institution", "contributor", "family"},
	}
	lists := allLists(c)
	for name, codes := range want {
		if got := codesOf(lists[name]); !slices.Equal(got, codes) {
			t.Errorf("%s codes = %v, want %v (in this order)", name, got, codes)
		}
	}
	for _, code := range []string{"asd", "insofa", "kita", "police", "family_court"} {
		if _, ok := Find(c.Institutions, code); !ok {
			t.Errorf("institution %q missing", code)
		}
	}
	if _, ok := Find(c.ProtectiveFactors, "existing_safety"); !ok {
		t.Error("protective factor existing_safety missing")
	}
}

// An interpreter is neutral, a group of their own, never family
// (DOMAIN.md); the InsoFa is a role, so no institution is named after her.
func TestBuiltinFamilyInstitutionsAreFlagged(t *testing.T) {
	var family []string
	for _, e := range Builtin().Institutions {
		if e.Family {
			family = append(family, e.Code)
		}
	}
	want := []string{"parent", "child", "trusted_person"}
	if !slices.Equal(family, want) {
		t.Errorf("family institutions = %v, want %v", family, want)
	}
	for _, e := range Builtin().Institutions {
		for _, l := range []string{e.LabelIn("de"), e.LabelIn("en")} {
			if strings.Contains(l, "InsoFa") || strings.Contains(l, "insoweit erfahrene") || strings.Contains(l, "Insoweit erfahrene") {
				t.Errorf("institution %s is labelled %q: the InsoFa is a role, not an institution", e.Code, l)
			}
		}
	}
	if _, ok := Find(Builtin().Roles, "specialist_adviser"); !ok {
		t.Error("the role specialist_adviser (InsoFa) is missing")
	}
}

// Names of categories and forms of harm are lower case in running text,
// and sexual violence has one name as an area and as a form of harm.
func TestBuiltinCategoryAndHarmNamesReadInRunningText(t *testing.T) {
	c := Builtin()
	for _, list := range [][]Entry{c.Categories, c.HarmForms} {
		for _, e := range list {
			for _, lang := range []string{"de", "en"} {
				l := e.LabelIn(lang)
				if lang == "de" && e.Code == "neglect" {
					continue // a German noun
				}
				if first, _ := utf8.DecodeRuneInString(l); unicode.IsUpper(first) {
					t.Errorf("%s %s: %q starts upper case", lang, e.Code, l)
				}
			}
		}
	}
	area, _ := Find(c.RiskAreas, "sexual")
	form, _ := Find(c.HarmForms, "sexual")
	for _, lang := range []string{"de", "en"} {
		if a, f := area.LabelIn(lang), form.LabelIn(lang); !strings.EqualFold(a, f) {
			t.Errorf("%s: area %q and form of harm %q differ", lang, a, f)
		}
	}
}

func TestBuiltinRiskAreas(t *testing.T) {
	c := Builtin()
	if n := len(c.RiskAreas); n != 10 {
		t.Errorf("%d risk areas, want the 10 of the domain", n)
	}
	for _, a := range c.RiskAreas {
		if n := len(a.Indicators); n < 3 || n > 8 {
			t.Errorf("risk area %s has %d indicators, want 3–8", a.Code, n)
		}
		if a.Specialist != (a.Code == "sexual") {
			t.Errorf("risk area %s: specialist = %v", a.Code, a.Specialist)
		}
	}
	area, ind, ok := c.Indicator("risk.care.food")
	if !ok || area.Code != "care" || ind.LabelIn(LangDE) != "Kind wiederholt hungrig / unterernährt" {
		t.Errorf("Indicator(risk.care.food) = %q, %q, %v", area.Code, ind.LabelIn(LangDE), ok)
	}
	if _, _, ok := c.Indicator("care"); ok {
		t.Error("an area code must not be found as an indicator")
	}
}

func TestBuiltinSafetyScaleAnchorsBothEnds(t *testing.T) {
	s := Builtin().SafetyScale
	if s.Min != 0 || s.Max != 10 {
		t.Errorf("scale %d..%d, want 0..10", s.Min, s.Max)
	}
	if l, ok := s.AnchorLabel(0, LangEN); !ok || l != "The child cannot stay at home." {
		t.Errorf("anchor 0 = %q, %v", l, ok)
	}
	if _, ok := s.AnchorLabel(10, LangDE); !ok {
		t.Error("anchor 10 missing")
	}
	if _, ok := s.AnchorLabel(5, LangDE); ok {
		t.Error("5 is not an anchor")
	}
}

func TestProvenanceFor(t *testing.T) {
	c := Builtin()
	if got := codesOf(c.ProvenanceFor(ProvenanceRisk)); !slices.Equal(got, []string{"observed", "reported", "presumed"}) {
		t.Errorf("risk provenance = %v", got)
	}
	if got := codesOf(c.ProvenanceFor(ProvenanceContribution)); !slices.Equal(got, []string{"observed", "reported", "assessed"}) {
		t.Errorf("contribution provenance = %v", got)
	}
}

func TestLabelFallsBackToOtherLanguageThenCode(t *testing.T) {
	e := Entry{Code: "x", Label: Text{DE: "Nur Deutsch"}}
	if got := e.LabelIn(LangEN); got != "Nur Deutsch" {
		t.Errorf("LabelIn(en) = %q, want the German label", got)
	}
	if got := e.LabelIn("en-GB"); got != "Nur Deutsch" {
		t.Errorf("LabelIn(en-GB) = %q", got)
	}
	if got := (Entry{Code: "x"}).LabelIn(LangDE); got != "x" {
		t.Errorf("LabelIn without labels = %q, want the code", got)
	}
	c := Builtin()
	if got := Label(c.Categories, "acute", LangDE); got != "akute Kindeswohlgefährdung" {
		t.Errorf("Label(acute, de) = %q", got)
	}
	if got := Label(c.Categories, "acute", LangEN); got != "acute risk to the child's welfare" {
		t.Errorf("Label(acute, en) = %q", got)
	}
	if got := Label(c.Institutions, "gone_from_catalogue", LangDE); got != "gone_from_catalogue" {
		t.Errorf("Label of an unknown code = %q, want the code", got)
	}
}

func TestBuiltinIsParsedOnce(t *testing.T) {
	first, second := Builtin(), Builtin()
	if first != second {
		t.Error("Builtin returns a new catalogue on every call")
	}
}

func BenchmarkBuiltin(b *testing.B) {
	for b.Loop() {
		_ = Builtin()
	}
}
