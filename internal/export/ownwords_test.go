package export

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
)

// ownPrefixes are the areas of the message catalogue the minutes print
// from.
var ownPrefixes = []string{"export.", "exportstatus.", "family.", "agreement.", "filing.", "pseudonym.", "cooperation."}

// ownWords are the words kofa itself prints in minutes, in both languages:
// every word of the minutes' message texts (ownPrefixes) and of every
// catalogue label.
func ownWords(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	add := func(text string) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if letters(w) >= minTermLetters {
				seen[w] = true
			}
		}
	}
	for _, lang := range i18n.Langs() {
		files, err := filepath.Glob(filepath.Join("..", "i18n", "locales", string(lang), "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no locale files: %v", err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var texts map[string]string
			if err := json.Unmarshal(data, &texts); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for key, text := range texts {
				for _, prefix := range ownPrefixes {
					if strings.HasPrefix(key, prefix) && !strings.HasPrefix(key, "export.cli.") {
						add(text)
					}
				}
			}
		}
		cat := catalogue.Builtin()
		for _, list := range [][]catalogue.Entry{cat.Institutions, cat.Roles, cat.RiskAreas, cat.ProtectiveFactors,
			cat.Severities, cat.Categories, cat.HarmForms, cat.LegalBases, cat.FamilyParticipation, cat.Provenance,
			cat.Responsibilities} {
			for _, e := range list {
				add(e.LabelIn(string(lang)))
				for _, ind := range e.Indicators {
					add(ind.LabelIn(string(lang)))
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// labelsOnlyConference is a closed case conference in which no user text
// is typed but the participants' names: every heading, label, table
// header and catalogue label the minutes can show, and nothing else. The
// pseudonymised minutes of it therefore do not depend on the names at all.
func labelsOnlyConference(surnames []string) *conference.Conference {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	cat := catalogue.Builtin()
	c := conference.New("k7m2qxa9", conference.KindCase, at)
	c.CaseCode = "K-1"
	c.Family.Mode = conference.FamilyPartTime
	var ids []string
	for i, s := range surnames {
		inst := cat.Institutions[i%len(cat.Institutions)]
		p := conference.Participant{Name: "Anna " + s, InstitutionType: inst.Code, Family: inst.Family,
			Roles:      []string{cat.Roles[i%len(cat.Roles)].Code},
			Attendance: conference.Attendances[i%len(conference.Attendances)],
			LegalBases: []conference.LegalBasis{{Basis: conference.LegalBases[i%len(conference.LegalBases)],
				Form: conference.ReleaseForms[i%len(conference.ReleaseForms)]}}}
		ids = append(ids, c.AddParticipant(p).ID)
	}
	c.AddChild(conference.Child{FirstName: "Mia", BirthYear: 2020, SeenOn: conference.DateOf(at), SeenBy: ids[0]})
	c.AddCarer(conference.Carer{Name: "Jana Quist", Relationship: conference.RelationshipMother, Custody: conference.CustodySole})
	c.Start(at)
	c.Skip(conference.PhasePresentation, "", at)
	for i, a := range cat.RiskAreas {
		c.SetAreaRating(a.Code, conference.Severities[i%len(conference.Severities)])
		r := conference.RiskEntry{Area: a.Code, Intensity: conference.Intensities[i%len(conference.Intensities)],
			Provenance: conference.ProvenanceReported, ReportedBy: ids[i%len(ids)], Weighty: i%2 == 0, Acute: i%3 == 0}
		if len(a.Indicators) > 0 {
			r.Indicator = a.Indicators[0].Code
		}
		c.AddRisk(r)
	}
	for _, f := range cat.ProtectiveFactors {
		c.AddProtectiveFactor(conference.Strength{Factor: f.Code, Provenance: conference.ProvenanceObserved})
	}
	for i, id := range ids {
		v := i % (conference.SafetyScaleMax + 1)
		c.SetRating(conference.Rating{ParticipantID: id, Category: conference.Categories[i%len(conference.Categories)], Scale: &v, At: at})
	}
	c.RatingsRevealed = true
	c.Assessment = conference.Assessment{Category: conference.CategoryLatent, HarmForms: conference.HarmForms}
	c.AddDissent(conference.Dissent{ParticipantID: ids[0]})
	for i, r := range conference.DissentResolutions {
		c.AddDissent(conference.Dissent{ParticipantID: ids[i%len(ids)], Resolution: r})
	}
	for i, id := range ids[:min(3, len(ids))] {
		a := c.AddAction(conference.Action{OwnerID: id, Due: conference.DateOf(at).AddDays(7 + i)})
		a.Agreed, a.AgreedAt = i > 0, at.Add(time.Duration(i)*time.Minute)
	}
	for _, code := range conference.Responsibilities {
		c.SetResponsibility(code, ids[len(ids)-1], "")
	}
	c.Park("", ids[0], at)
	plan := c.AddCrisisEntry(conference.CrisisEntry{WhoID: ids[0], FamilyCourt: true, ActionID: c.Actions[0].ID}).ID
	c.SetAnswered(plan, []string{c.Risks[0].ID})
	c.TeamLeadInformed = conference.DateOf(at)
	c.NextReview = conference.DateOf(at).AddDays(42)
	for i, v := range conference.MinutesVariants {
		c.Distribution = append(c.Distribution, conference.Distribution{ParticipantID: ids[i%len(ids)], Variant: v})
	}
	c.Close(at.Add(90 * time.Minute))
	return c
}

// TestScrubberNeverRewritesKofasOwnWords pins the bug where a participant
// whose surname equals a word of the minutes' own templates turned that
// label into a pseudonym (garbling the minutes and telling the reader
// which pseudonym carries that name). For every such word in both
// languages, a participant with it as surname leaves the pseudonymised
// minutes exactly as they are with a made-up surname.
func TestScrubberNeverRewritesKofasOwnWords(t *testing.T) {
	t.Parallel()
	words := ownWords(t)
	if len(words) < 300 {
		t.Fatalf("only %d words of kofa's own: are the locale files read?", len(words))
	}
	t.Logf("%d words of kofa's own", len(words))
	const batch = 40 // words per conference, each a participant's surname
	for from := 0; from < len(words); from += batch {
		surnames := words[from:min(from+batch, len(words))]
		neutral := make([]string, len(surnames))
		for i := range neutral {
			neutral[i] = fmt.Sprintf("Qxv%c%c", 'a'+i/26, 'a'+i%26)
		}
		for _, lang := range i18n.Langs() {
			opt := Options{Lang: lang, Variant: VariantPseudonymised, ExportedAt: exportedAt}
			want := string(Markdown(labelsOnlyConference(neutral), opt))
			got := string(Markdown(labelsOnlyConference(surnames), opt))
			if got == want {
				continue
			}
			t.Errorf("%s: with the surnames %q the minutes' own words change:\n%s", lang, surnames,
				firstDifference([]byte(got), []byte(want)))
		}
	}
}
