package store

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kofa/internal/conference"
)

// t0 is the fixed clock of the tests.
var t0 = time.Date(2026, 3, 14, 9, 30, 0, 0, time.FixedZone("CET", 3600))

// fixedClock returns a clock that advances one second per reading, so
// audit stamps are distinct and predictable.
func fixedClock() func() time.Time {
	n := 0
	return func() time.Time {
		n++
		return t0.Add(time.Duration(n) * time.Second)
	}
}

func testOptions() Options {
	return Options{Timeout: 200 * time.Millisecond, Now: fixedClock()}
}

// openTemp opens a new store in a fresh temporary folder.
func openTemp(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "kofa.db"), testOptions())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	return s
}

// richConference is a mid-size conference touching every part of the
// model: participants, a round of perspectives, worries, an agreed result,
// actions and a distribution list. marker lands in the facts.
func richConference(id conference.ID, marker string, day int) *conference.Conference {
	now := t0.AddDate(0, 0, day)
	c := conference.New(id, conference.KindCase, now)
	c.CaseCode = fmt.Sprintf("F-2026-%03d", day)
	c.Occasion = "Meldung der Kita über wiederholte Verletzungen"
	c.KeyQuestion = "Ist das Wohl von Kind A. gefährdet, und was braucht die Familie?"
	c.StartTime, c.Place = "14:00", "Jugendamt, Raum 2.14"
	release := conference.LegalBasis{Basis: conference.LegalConsent, ReleasedBy: "Mutter", Scope: "Kita, Schule", Date: conference.DateOf(now)}
	c.Family = conference.FamilyParticipation{Mode: conference.FamilyPartTime}
	c.ConfidentialityAt = now.Add(5 * time.Minute)
	c.Facts = "Sachverhalt: " + marker + ". Kind A. (5 J.) kam dreimal mit Hämatomen in die Kita."
	names := []string{"Frau Adler", "Herr Berger", "Frau Cetin", "Herr Dorn", "Frau Engel", "Herr Fuchs", "Frau Graf", "Herr Hahn"}
	for i, name := range names {
		p := c.AddParticipant(conference.Participant{
			Name: name, InstitutionType: "asd", Institution: "Institution " + name,
			Discipline: "Sozialpädagogik", Roles: []string{conference.RoleContributor},
			LegalBases: []conference.LegalBasis{release},
		})
		c.Join(p.ID, now.Add(time.Duration(i)*time.Minute))
	}
	c.Participants[0].Roles = []string{conference.RoleFacilitator}
	c.Start(now)
	c.SetOrder()
	for i := range 20 {
		c.AddContribution(conference.Contribution{
			SpeakerID:  c.Participants[i%len(names)].ID,
			Text:       fmt.Sprintf("Beobachtung %d: Das Kind wirkt müde, isst hastig, spricht wenig über zu Hause.", i),
			Provenance: conference.ProvenanceObserved, At: now.Add(time.Duration(10+i) * time.Minute),
		})
		c.NextSpeaker(now.Add(time.Duration(10+i) * time.Minute))
	}
	c.AddChronology(conference.ChronologyEntry{Date: conference.Date{Year: 2025, Month: 9, Day: 1}, Event: "Aufnahme in die Kita"})
	c.AddChronology(conference.ChronologyEntry{DateText: "Sommer 2025", Event: "Umzug der Familie"})
	for i := range 10 {
		c.AddRisk(conference.RiskEntry{Area: "care", Indicator: fmt.Sprintf("ind_%d", i), Intensity: conference.IntensityMarked,
			Provenance: conference.ProvenanceReported, ReportedBy: c.Participants[1].ID, Date: conference.DateOf(now)})
	}
	c.AddProtectiveFactor(conference.Strength{Factor: "trusted_adult", Text: "Großmutter kümmert sich verlässlich"})
	scale := 4
	c.Ratings = append(c.Ratings, conference.Rating{ParticipantID: c.Participants[2].ID, Category: conference.CategoryLatent, Scale: &scale, At: now})
	c.Assessment = conference.Assessment{Category: conference.CategoryLatent, HarmForms: []string{conference.HarmNeglect}, Note: "Einigkeit nach Diskussion"}
	for i := range 8 {
		a := c.AddAction(conference.Action{What: fmt.Sprintf("Hausbesuch Nr. %d durchführen", i), OwnerID: c.Participants[i%len(names)].ID,
			Due: conference.DateOf(now).AddDays(7 + i), ReportBack: "per Telefon an die Fallführung"})
		if i%3 == 0 {
			c.AddStatus(a.ID, conference.StatusEntry{Status: conference.FollowUpDone, On: conference.DateOf(now)})
		}
	}
	c.AddCrisisEntry(conference.CrisisEntry{If: "Der Hausbesuch ist nicht möglich", What: "Die Kita informiert den ASD", By: "sofort"})
	c.SetResponsibility(conference.RespCaseLead, c.Participants[1].ID, "")
	c.Park("Schulwechsel im Herbst", c.Participants[3].ID, now)
	c.NextReview = conference.DateOf(now).AddDays(42)
	c.Distribution = []conference.Distribution{{ParticipantID: c.Participants[1].ID, Variant: conference.MinutesFull}, {Recipient: "Familiengericht", Variant: conference.MinutesPseudonymised}}
	c.Touch(now.Add(90 * time.Minute))
	return c
}

// fileState is what a user (or a backup tool) would notice changing.
type fileState struct {
	data  []byte
	mtime time.Time
}

func readState(tb testing.TB, path string) fileState {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	return fileState{data: data, mtime: info.ModTime()}
}

func assertUnchanged(tb testing.TB, path string, before fileState) {
	tb.Helper()
	after := readState(tb, path)
	if !bytes.Equal(before.data, after.data) {
		tb.Errorf("%s: content changed", filepath.Base(path))
	}
	if !before.mtime.Equal(after.mtime) {
		tb.Errorf("%s: modification time changed from %v to %v", filepath.Base(path), before.mtime, after.mtime)
	}
}

func fileContains(tb testing.TB, path, text string) bool {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return bytes.Contains(data, []byte(text))
}
