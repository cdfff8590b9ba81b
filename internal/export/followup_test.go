package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// followUpSample is the review conference six weeks after the sample
// conference: each reviewed action with a different status, one carried
// forward, one not reviewed yet, and two the tracker had already marked
// obsolete and done before the meeting.
func followUpSample(t *testing.T, lang string) *conference.Conference {
	t.Helper()
	note := func(de, en string) string {
		if lang == "en" {
			return en
		}
		return de
	}
	prev := demo.Sample(lang, sampleDay)
	if len(prev.Actions) < 6 {
		t.Fatalf("the sample has %d actions, the test needs 6", len(prev.Actions))
	}
	prev.AddStatus(prev.Actions[4].ID, conference.StatusEntry{Status: conference.FollowUpObsolete, Note: note("Platz ist schon vergeben.", "The place was already taken.")})
	prev.AddStatus(prev.Actions[5].ID, conference.StatusEntry{Status: conference.FollowUpDone, Note: note("Beratung am 01.12. erfolgt.", "Advice given on 1 Dec.")})
	day := sampleDay.AddDate(0, 0, 42)
	c := conference.NewFollowUp(prev, "f3wup7ka", day)
	if len(c.Reviews) != len(prev.Actions) {
		t.Fatalf("%d reviews of %d actions", len(c.Reviews), len(prev.Actions))
	}
	r := c.Reviews
	c.SetReview(r[0].ActionID, conference.FollowUpDone, note("Termin hat stattgefunden.", "The appointment took place."))
	c.SetReview(r[1].ActionID, conference.FollowUpPartly, note("Antrag gestellt, Bescheid fehlt.", "Applied; no decision yet."))
	if c.CarryForward(r[2].ActionID, conference.DateOf(day).AddDays(14)) == nil {
		t.Fatal("carry forward refused")
	}
	c.SetReview(r[2].ActionID, conference.FollowUpNotDone, note("Erkrankt | neu vereinbart", "Ill | agreed again"))
	c.Start(day.Add(60 * 60 * 1e9))
	c.GoTo(conference.PhaseReview, day.Add(61*60*1e9))
	return c
}

func TestGoldenMinutesOfAFollowUpConference(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"followup_full_de", Options{Lang: i18n.DE, Variant: VariantFull}},
		{"followup_pseudonymised_en", Options{Lang: i18n.EN, Variant: VariantPseudonymised}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.ExportedAt = exportedAt
			got := Markdown(followUpSample(t, string(opt.Lang)), opt)
			path := filepath.Join("testdata", tc.name+".golden.md")
			if *update {
				if err := os.WriteFile(path, got, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/export -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("minutes differ from %s (go test ./internal/export -update rewrites it):\n%s", path, firstDifference(got, want))
			}
			if bytes.Contains(got, []byte("!export.")) || bytes.Contains(got, []byte("%!")) {
				t.Errorf("a message is missing or malformed")
			}
		})
	}
}

func TestMinutesShowTheReviewOfEachAction(t *testing.T) {
	c := followUpSample(t, "de")
	got := string(Body(c, Options{Lang: i18n.DE}))
	section, _, ok := strings.Cut(got[strings.Index(got, "## Überprüfung der Vereinbarungen"):], "\n## ")
	if !ok {
		t.Fatalf("no review section in:\n%s", got)
	}
	carried := c.Review(c.Reviews[2].ActionID).CarriedTo
	number := 0
	for i, a := range c.Actions {
		if a.ID == carried {
			number = i + 1
		}
	}
	for _, want := range []string{
		"| erledigt | Termin hat stattgefunden. |",
		"| teilweise erledigt | Antrag gestellt, Bescheid fehlt. |",
		`| nicht erledigt | Erkrankt \| neu vereinbart | Vereinbarung ` + itoa(number) + " |",
		"| nicht überprüft |",
		"| entfallen | Platz ist schon vergeben. | – |",
		"| erledigt | Beratung am 01.12. erfolgt. | – |",
		c.Reviews[0].What,
		c.Reviews[5].What,
	} {
		if !strings.Contains(section, want) {
			t.Errorf("review section lacks %q:\n%s", want, section)
		}
	}
	// In the order of the conference: after who took part and on what
	// legal basis, before the presentation of the case.
	if i, j := strings.Index(got, "## Rechtsgrundlagen"), strings.Index(got, "## Überprüfung"); i > j {
		t.Error("review comes before the legal bases")
	}
	if i, j := strings.Index(got, "## Überprüfung"), strings.Index(got, "## Fallvorstellung"); i > j {
		t.Error("review comes after the case presentation")
	}
}

func TestMinutesOfAFirstConferenceHaveNoReview(t *testing.T) {
	got := string(Body(demo.Sample("de", sampleDay), Options{Lang: i18n.DE}))
	if strings.Contains(got, "Überprüfung der Vereinbarungen") {
		t.Error("a first conference shows a review section")
	}
}
