package export

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// unknownToFamilies are terms a family is not expected to know: the law,
// the office's procedure and its categories. The family letter may use one
// only in a sentence that explains it ("…, das heißt …").
var unknownToFamilies = map[i18n.Lang][]string{
	i18n.DE: {
		"Kindeswohlgefährdung", "Kindeswohl", "Gefährdungseinschätzung", "Gefährdung", "latent", "akut",
		"InsoFa", "insoweit erfahren", "ASD", "Allgemeiner Sozialer Dienst", "§", "SGB", "KKG", "BGB",
		"gewichtige Anhaltspunkte", "Anhaltspunkt", "Sozialdaten", "pseudonymisiert", "Fallkennung",
		"Schweigepflichtentbindung", "Inobhutnahme", "Familiengericht", "Fallverantwortung", "fallverantwortlich",
		"Schutzfaktor", "Ressource", "Dissens", "Wiedervorlage", "Hilfeplan", "Krisen- und Schutzplan", "Ausprägung",
		"Parentifizierung", "Indikator", "Kategorie", "Sicherheitsskala", "Fallkonferenz", "Helferkonferenz",
		"Ombudsstelle",
	},
	i18n.EN: {
		"risk to the child's welfare", "child's welfare", "risk assessment", "latent", "acute", "InsoFa",
		"specialist adviser", "ASD", "social service", "§", "SGB", "KKG", "BGB", "weighty indication",
		"social data", "pseudonymised", "case code", "release from confidentiality", "emergency protective custody",
		"family court", "case lead", "protective factor", "dissent", "follow-up", "help plan",
		"crisis and protection plan", "intensity", "parentification", "indicator", "category", "safety scale",
		"case conference", "helpers' conference", "ombudsperson",
	},
}

// explained says a sentence explains a term in it.
var explained = regexp.MustCompile(`(?i)\b(das heißt|das bedeutet|that is|which means|this means)\b`)

// unexplainedTerms returns the sentences of a letter's prose that use a
// term of the list without explaining it.
func unexplainedTerms(doc string, terms []string) []string {
	var out []string
	body, _, _ := strings.Cut(doc, "\n---\n")
	for _, line := range strings.Split(body, "\n") {
		line = strings.NewReplacer("**", "", "\\", "").Replace(strings.TrimLeft(line, "#- "))
		for _, s := range sentences(line) {
			for _, term := range terms {
				if usesTerm(s, term) && !explained.MatchString(s) {
					out = append(out, term+": "+s)
				}
			}
		}
	}
	return out
}

// usesTerm reports whether term occurs in s as a word of its own or
// the start of one ("Gefährdung" in "Gefährdungen", not in
// "Kindeswohlgefährdung"; "§" anywhere).
func usesTerm(s, term string) bool {
	if term == "§" {
		return strings.Contains(s, term)
	}
	re, ok := termPatterns.Load(term)
	if !ok {
		re, _ = termPatterns.LoadOrStore(term, regexp.MustCompile(`(?i)(^|[^\pL])`+regexp.QuoteMeta(term)))
	}
	return re.(*regexp.Regexp).MatchString(s)
}

// termPatterns are the compiled patterns of usesTerm, by term.
var termPatterns sync.Map

// TestFamilyLetterExplainsEveryTermAFamilyMayNotKnow reads every family
// letter of the demo conferences in both languages for the terms of the
// list; a sentence may use one only where it explains it.
func TestFamilyLetterExplainsEveryTermAFamilyMayNotKnow(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Langs() {
		for _, c := range demoConferences(lang) {
			letters, pages := familyDocuments(c, lang)
			for who, doc := range letters {
				for _, bad := range unexplainedTerms(doc, unknownToFamilies[lang]) {
					t.Errorf("%s %s, letter for %s: %s", c.Title(), lang, who, bad)
				}
			}
			for who, doc := range pages {
				for _, bad := range unexplainedTerms(doc, unknownToFamilies[lang]) {
					t.Errorf("%s %s, child's page for %s: %s", c.Title(), lang, who, bad)
				}
			}
		}
	}
}

// TestUnexplainedTermsAreFound pins the check on sentences built to pass
// and to fail, so the test above can fail.
func TestUnexplainedTermsAreFound(t *testing.T) {
	t.Parallel()
	terms := unknownToFamilies[i18n.DE]
	bad := "Die Fachleute sehen eine latente Kindeswohlgefährdung nach § 8a SGB VIII.\n"
	if got := unexplainedTerms(bad, terms); len(got) < 3 {
		t.Errorf("found %q, want the category, the paragraph and the code", got)
	}
	good := "Sie können sich an eine Ombudsstelle wenden, das heißt an eine unabhängige Stelle.\n"
	if got := unexplainedTerms(good, terms); len(got) != 0 {
		t.Errorf("an explained term was reported: %q", got)
	}
	if got := unexplainedTerms("Die Gefährdungen sind klar.\n", terms); len(got) != 1 {
		t.Errorf("a form of a listed word went unnoticed: %q", got)
	}
}

// TestFamilyLetterLeavesOutWhatIsConfidentialToTheFamily: a statement of
// one parent marked confidential stays out of the letter to the other
// parent and to all carers, and reaches the letter to the parent who made
// it; the professionals' minutes keep it.
func TestFamilyLetterLeavesOutWhatIsConfidentialToTheFamily(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Langs() {
		c := demoConferences(lang)[0]
		father := c.AddParticipant(conference.Participant{Name: c.Carers[1].Name, Family: true,
			Roles: []string{conference.RoleFamilyMember}, Attendance: conference.AttendancePresent})
		secret := "Ich trinke seit dem Sommer wieder"
		x := c.AddContribution(conference.Contribution{SpeakerID: father.ID, Text: secret})
		open := "Ich möchte die Kinder öfter sehen"
		c.AddContribution(conference.Contribution{SpeakerID: father.ID, Text: open})
		c.SetConfidential(x.ID, true)
		var depression string
		for _, r := range c.Risks {
			if r.Confidential {
				depression = r.Text
			}
		}
		if depression == "" {
			t.Fatal("the demo marks no worry confidential; the test needs one")
		}
		letter := func(who string) string {
			return string(Markdown(c, Options{Lang: lang, Variant: VariantFamily, For: who, ExportedAt: exportedAt}))
		}
		mother, fathersLetter, all := letter(c.Carers[0].ID), letter(c.Carers[1].ID), letter("")
		for name, doc := range map[string]string{"mother": mother, "all carers": all} {
			if strings.Contains(doc, secret) {
				t.Errorf("%s: the father's confidential statement is in the letter to the %s", lang, name)
			}
			if !strings.Contains(doc, open) {
				t.Errorf("%s: the father's open statement is missing from the letter to the %s", lang, name)
			}
		}
		if !strings.Contains(fathersLetter, secret) {
			t.Errorf("%s: the father's own statement is missing from his letter", lang)
		}
		for name, doc := range map[string]string{"father": fathersLetter, "all carers": all} {
			if strings.Contains(doc, depression) {
				t.Errorf("%s: the mother's confidential worry is in the letter to the %s", lang, name)
			}
		}
		if !strings.Contains(mother, depression) {
			t.Errorf("%s: the mother's own worry is missing from her letter", lang)
		}
		if full := string(Markdown(c, Options{Lang: lang})); !strings.Contains(full, secret) {
			t.Errorf("%s: the professionals' minutes lost the confidential statement", lang)
		}
	}
}
