package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
)

func TestListOrderIsConferenceNewer(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	zones := []*time.Location{time.UTC, time.FixedZone("", 3600), time.FixedZone("", -5*3600)}
	list := make([]conference.Summary, 2000)
	for i := range list {
		var d conference.Date
		if r.IntN(10) > 0 { // some without a date
			d = conference.Date{Year: 2020 + r.IntN(3) - 2030*r.IntN(2)*r.IntN(2), Month: time.Month(1 + r.IntN(12)), Day: 1 + r.IntN(28)}
		}
		at := time.Unix(1.7e9+int64(r.IntN(50)), int64(r.IntN(3))).In(zones[r.IntN(len(zones))])
		list[i] = conference.Summary{ID: conference.ID(fmt.Sprintf("id%04d", r.IntN(1500))), Date: d, UpdatedAt: at}
	}
	want := slices.Clone(list)
	slices.SortStableFunc(want, conference.Newer)
	got := sortNewestFirst(list)
	for i := range want {
		if conference.Newer(got[i], want[i]) != 0 {
			t.Fatalf("position %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
