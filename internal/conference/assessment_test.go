package conference

import (
	"maps"
	"slices"
	"strconv"
	"testing"
)

func scale(n int) *int { return &n }

// TestRatingSpread is the one table of the figures the screen and the
// minutes show of the ratings (the ratings 3, 4, 5, 6 have the median 4.5
// on both; the minutes once said 5).
func TestRatingSpread(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		values   []int // nil entry: no value given ("cannot be assessed")
		noValue  int   // ratings without a value
		scaled   int
		min, max int
		de, en   string // the median as written
		median   float64
	}{
		{name: "even count", values: []int{6, 3, 5, 4}, scaled: 4, min: 3, max: 6, de: "4,5", en: "4.5", median: 4.5},
		{name: "even count, whole median", values: []int{2, 4, 4, 7}, scaled: 4, min: 2, max: 7, de: "4", en: "4", median: 4},
		{name: "two far apart", values: []int{0, 10}, scaled: 2, min: 0, max: 10, de: "5", en: "5", median: 5},
		{name: "odd count", values: []int{8, 2, 6}, scaled: 3, min: 2, max: 8, de: "6", en: "6", median: 6},
		{name: "one rating", values: []int{7}, scaled: 1, min: 7, max: 7, de: "7", en: "7", median: 7},
		{name: "none", scaled: 0, de: "0", en: "0"},
		{name: "cannot be assessed is left out", values: []int{3, 4, 5, 6}, noValue: 2, scaled: 4, min: 3, max: 6,
			de: "4,5", en: "4.5", median: 4.5},
		{name: "only cannot be assessed", noValue: 3, scaled: 0, de: "0", en: "0"},
		{name: "off the scale is left out", values: []int{-1, 2, 4, 11}, scaled: 2, min: 2, max: 4, de: "3", en: "3", median: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCase()
			for i, v := range tt.values {
				c.SetRating(Rating{ParticipantID: "v" + strconv.Itoa(i), Scale: scale(v)})
			}
			for i := range tt.noValue {
				c.SetRating(Rating{ParticipantID: "n" + strconv.Itoa(i), Category: CategoryLatent})
			}
			s := c.RatingSpread()
			if s.Count != len(tt.values)+tt.noValue || s.Scaled != tt.scaled || len(s.Values) != tt.scaled {
				t.Errorf("count %d scaled %d values %v, want %d and %d", s.Count, s.Scaled, s.Values,
					len(tt.values)+tt.noValue, tt.scaled)
			}
			if s.Min != tt.min || s.Max != tt.max {
				t.Errorf("min %d max %d, want %d and %d", s.Min, s.Max, tt.min, tt.max)
			}
			if got := s.Median.Format("de"); got != tt.de {
				t.Errorf("median (de) %q, want %q", got, tt.de)
			}
			if got := s.Median.Format("en"); got != tt.en {
				t.Errorf("median (en) %q, want %q", got, tt.en)
			}
			if got := s.Median.Float(); got != tt.median {
				t.Errorf("median %v, want %v", got, tt.median)
			}
			n := 0
			for _, k := range s.PerValue {
				n += k
			}
			if n != tt.scaled {
				t.Errorf("per value %v counts %d ratings, want %d", s.PerValue, n, tt.scaled)
			}
		})
	}
}

func TestRatingSpreadCountsCategories(t *testing.T) {
	t.Parallel()
	c := newCase()
	c.SetRating(Rating{ParticipantID: "p1", Category: CategoryLatent, Scale: scale(3)})
	c.SetRating(Rating{ParticipantID: "p2", Category: CategoryNeedForHelp, Scale: scale(7)})
	c.SetRating(Rating{ParticipantID: "p3", Category: CategoryLatent, Scale: scale(5)})
	c.SetRating(Rating{ParticipantID: "p4", Category: CategoryAcute}) // no number given
	c.SetRating(Rating{ParticipantID: "p5", Scale: scale(4)})         // no category given
	want := map[string]int{CategoryLatent: 2, CategoryNeedForHelp: 1, CategoryAcute: 1}
	if got := c.RatingSpread().ByCategory; !maps.Equal(got, want) {
		t.Errorf("by category %v, want %v", got, want)
	}
	if got := newCase().RatingSpread().ByCategory; len(got) != 0 {
		t.Errorf("no ratings: by category %v", got)
	}
}

func TestSetRatingReplacesTheParticipantsOwn(t *testing.T) {
	c := newCase()
	c.SetRating(Rating{ParticipantID: "p1", Category: CategoryLatent, Scale: scale(3)})
	c.SetRating(Rating{ParticipantID: "p2", Category: CategoryLatent})
	c.SetRating(Rating{ParticipantID: "p1", Category: CategoryAcute, Scale: scale(1)})
	if len(c.Ratings) != 2 {
		t.Fatalf("ratings %v, want one per participant", c.Ratings)
	}
	r, ok := c.RatingOf("p1")
	if !ok || r.Category != CategoryAcute || *r.Scale != 1 {
		t.Errorf("p1's rating %+v", r)
	}
	if _, ok := c.RatingOf("p9"); ok {
		t.Error("rating found for someone who gave none")
	}
}

func TestNeedsContingency(t *testing.T) {
	for tr, want := range map[string]bool{
		CategoryAcute: true, CategoryLatent: true, CategoryNeedForHelp: false, CategoryNoNeed: false, "": false,
	} {
		c := newCase()
		c.Assessment.Category = tr
		if got := c.NeedsContingency(); got != want {
			t.Errorf("%q: NeedsContingency = %v, want %v", tr, got, want)
		}
	}
}

func TestDissentAndSafetyStepsGetIDs(t *testing.T) {
	c := newCase()
	d := c.AddDissent(Dissent{ParticipantID: "p3", Reason: "sieht Hilfebedarf"})
	s := c.AddSafetyStep(SafetyStep{What: "Kind bleibt heute bei der Oma"})
	if d.ID == "" || s.ID == "" || d.ID == s.ID {
		t.Errorf("IDs %q and %q", d.ID, s.ID)
	}
}

func TestRisksByAreaKeepsFirstSeenOrder(t *testing.T) {
	c := newCase()
	for _, area := range []string{"care", "stress", "care", "behaviour", "stress"} {
		c.AddRisk(RiskEntry{Area: area, Text: "x"})
	}
	areas, by := c.RisksByArea()
	if want := []string{"care", "stress", "behaviour"}; !slices.Equal(areas, want) {
		t.Errorf("areas %v, want %v", areas, want)
	}
	if len(by["care"]) != 2 || len(by["stress"]) != 2 || len(by["behaviour"]) != 1 {
		t.Errorf("grouping %v", by)
	}
}
