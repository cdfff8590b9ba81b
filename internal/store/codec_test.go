package store

import (
	"testing"
	"time"

	"kofa/internal/conference"
)

// plain is the codec of an unencrypted store.
var plain *codec

func TestSummaryEncodingRoundTrips(t *testing.T) {
	cases := []conference.Summary{
		{},
		richConference("k7m2qxa9", "x", 3).Summary(),
		{
			ID: "p3r8tuvw", Kind: "future_kind", CaseCode: "Fall ä/ß 🙂", Topic: "Netzwerk",
			Date: conference.Date{Year: -1, Month: 12, Day: 31}, Status: "archived", Phase: "later",
			OpenActions: 1 << 20, NextDue: conference.Date{Year: 10000, Month: 1, Day: 1},
			UpdatedAt: time.Date(2026, 6, 1, 12, 0, 0, 123, time.FixedZone("", 5*3600+30*60+15)),
		},
	}
	for _, want := range cases {
		data, err := plain.encode(bucketSummaries, []byte(want.ID), want)
		if err != nil {
			t.Fatal(err)
		}
		var got conference.Summary
		if err := plain.decode(bucketSummaries, []byte(want.ID), data, &got); err != nil {
			t.Fatalf("%+v: %v", want, err)
		}
		if !got.UpdatedAt.Equal(want.UpdatedAt) {
			t.Errorf("UpdatedAt %v, want %v", got.UpdatedAt, want.UpdatedAt)
		}
		_, wantOff := want.UpdatedAt.Zone()
		if _, off := got.UpdatedAt.Zone(); off != wantOff {
			t.Errorf("zone offset %d, want %d", off, wantOff)
		}
		got.UpdatedAt, want.UpdatedAt = time.Time{}, time.Time{}
		if got != want {
			t.Errorf("round trip\n got %+v\nwant %+v", got, want)
		}
	}
}

func TestBrokenSummariesAreErrors(t *testing.T) {
	good := appendSummary(nil, richConference("k7m2qxa9", "x", 0).Summary())
	for n := range len(good) {
		if _, err := parseSummary(good[:n]); err == nil {
			t.Errorf("summary cut to %d of %d bytes decoded without error", n, len(good))
		}
	}
	if _, err := parseSummary(append(good[:len(good):len(good)], 0)); err == nil {
		t.Error("trailing byte accepted")
	}
	bad := append([]byte{summaryFormat + 1}, good[1:]...)
	if _, err := parseSummary(bad); err == nil {
		t.Error("unknown format accepted")
	}
}

func FuzzParseSummary(f *testing.F) {
	f.Add(appendSummary(nil, richConference("k7m2qxa9", "x", 0).Summary()))
	f.Add([]byte{summaryFormat})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := parseSummary(data) // must not panic
		if err != nil {
			return
		}
		again, err := parseSummary(appendSummary(nil, s))
		if err != nil {
			t.Fatalf("re-encoded summary does not decode: %v", err)
		}
		if !again.UpdatedAt.Equal(s.UpdatedAt) {
			t.Fatalf("UpdatedAt changed: %v → %v", s.UpdatedAt, again.UpdatedAt)
		}
		again.UpdatedAt, s.UpdatedAt = time.Time{}, time.Time{}
		if again != s {
			t.Fatalf("re-encoding changed the summary: %+v → %+v", s, again)
		}
	})
}

func TestConferenceValuesMustHoldAKnownFormat(t *testing.T) {
	for _, data := range []string{`{"v":2,"c":{}}`, `{"c":{}}`, `{"v":1,"c":null}`, `{"v":1`, ``} {
		var c conference.Conference
		if err := plain.decode(bucketConferences, []byte("k"), []byte(data), &c); err == nil {
			t.Errorf("%q decoded without error", data)
		}
	}
}
