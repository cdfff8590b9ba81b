package demo

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
)

// now is an afternoon; the sample must not care about the hour.
var now = time.Date(2026, 11, 22, 15, 4, 5, 0, time.FixedZone("CET", 3600))

var langs = []string{"de", "en"}

func TestSampleIsComplete(t *testing.T) {
	for _, lang := range langs {
		c := Sample(lang, now)
		if probs := conference.Validate(c); len(probs) > 0 {
			t.Errorf("%s: Validate found %v", lang, probs)
		}
		if len(c.OpenGaps) > 0 {
			t.Errorf("%s: closed with gaps %v", lang, c.OpenGaps)
		}
	}
}

func TestSampleHasAValidFixedID(t *testing.T) {
	c := Sample("de", now)
	if c.ID != ID || !conference.ValidID(string(c.ID)) {
		t.Errorf("ID %q is not a valid conference ID", c.ID)
	}
}

func TestSampleIsDeterministic(t *testing.T) {
	for _, lang := range langs {
		a, b := Sample(lang, now), Sample(lang, now)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two calls with the same inputs differ", lang)
		}
		// The hour of the call does not matter, only the day.
		morning := time.Date(now.Year(), now.Month(), now.Day(), 0, 1, 0, 0, now.Location())
		if !bytes.Equal(marshal(t, a), marshal(t, Sample(lang, morning))) {
			t.Errorf("%s: the sample changes within a day", lang)
		}
	}
}

func TestSampleJSONRoundTripIsLossless(t *testing.T) {
	for _, lang := range langs {
		first := marshal(t, Sample(lang, now))
		var back conference.Conference
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatal(err)
		}
		if second := marshal(t, &back); !bytes.Equal(first, second) {
			t.Errorf("%s: marshal → unmarshal → marshal differs", lang)
		}
	}
}

func TestSampleNeverLooksStale(t *testing.T) {
	c := Sample("de", now)
	today := conference.DateOf(now)
	if c.Date != today {
		t.Errorf("conference on %v, want today %v", c.Date, today)
	}
	for _, a := range c.Actions {
		if d := today.DaysUntil(a.Due); d < 7 || d > 28 {
			t.Errorf("action %s due in %d days, want 1-4 weeks", a.ID, d)
		}
	}
	if d := today.DaysUntil(c.NextReview); d < 7 || d > 35 {
		t.Errorf("next review in %d days", d)
	}
	if !c.ClosedAt.After(c.StartedAt) || c.ClosedAt.Location() != now.Location() {
		t.Errorf("started %v closed %v", c.StartedAt, c.ClosedAt)
	}
	if later := Sample("de", now.AddDate(0, 3, 0)); later.Date != conference.DateOf(now.AddDate(0, 3, 0)) {
		t.Errorf("sample three months later is dated %v", later.Date)
	}
}

func TestSampleEnglishTranslatesTheFreeTexts(t *testing.T) {
	de, en := Sample("de", now), Sample("en", now)
	pairs := [][2]string{
		{de.Occasion, en.Occasion}, {de.KeyQuestion, en.KeyQuestion}, {de.Place, en.Place},
		{de.Participants[2].LegalBases[0].Scope, en.Participants[2].LegalBases[0].Scope}, {de.Facts, en.Facts},
		{de.HelpInPlace, en.HelpInPlace}, {de.ChildView.Said, en.ChildView.Said},
		{de.Carers[0].View.Said, en.Carers[0].View.Said}, {de.Carers[1].View.MissingReason, en.Carers[1].View.MissingReason}, {de.Assessment.Note, en.Assessment.Note},
		{de.Assessment.Dissent[0].Reason, en.Assessment.Dissent[0].Reason}, {de.CrisisPlan[0].What, en.CrisisPlan[0].What},
	}
	for i := range de.Contributions {
		pairs = append(pairs, [2]string{de.Contributions[i].Text, en.Contributions[i].Text})
	}
	for i := range de.Chronology {
		pairs = append(pairs, [2]string{de.Chronology[i].Event, en.Chronology[i].Event})
	}
	for i := range de.Actions {
		pairs = append(pairs, [2]string{de.Actions[i].What, en.Actions[i].What})
	}
	for _, p := range pairs {
		if p[0] == "" || p[0] == p[1] {
			t.Errorf("free text not translated: %q", p[0])
		}
	}
	if Sample("en-GB", now).Facts != en.Facts {
		t.Error("en-GB does not get the English sample")
	}
	// The structure is the same in both languages: only texts differ.
	if len(de.Participants) != len(en.Participants) || de.Seq != en.Seq || de.Elapsed != en.Elapsed {
		t.Error("the English sample differs in structure")
	}
}

func marshal(t *testing.T, c *conference.Conference) []byte {
	t.Helper()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// professionals returns the participants present who are not family.
func professionals(c *conference.Conference) []conference.Participant {
	var out []conference.Participant
	for _, p := range c.Participants {
		if p.Attendance == conference.AttendancePresent && !p.Family {
			out = append(out, p)
		}
	}
	return out
}

func hasSpoken(c *conference.Conference, id string) bool {
	return slices.ContainsFunc(c.Contributions, func(x conference.Contribution) bool {
		return x.SpeakerID == id && x.Provenance != "" && x.Source != ""
	})
}
