package conference

import (
	"maps"
	"slices"
	"testing"
)

func scale(n int) *int { return &n }

func TestRatingSpread(t *testing.T) {
	c := newCase()
	c.SetRating(Rating{ParticipantID: "p1", Category: CategoryLatent, Scale: scale(3)})
	c.SetRating(Rating{ParticipantID: "p2", Category: CategoryNeedForHelp, Scale: scale(7)})
	c.SetRating(Rating{ParticipantID: "p3", Category: CategoryLatent, Scale: scale(5)})
	c.SetRating(Rating{ParticipantID: "p4", Category: CategoryAcute}) // no number given
	c.SetRating(Rating{ParticipantID: "p5", Scale: scale(4)})         // no category given

	s := c.RatingSpread()
	if s.Count != 5 || s.Scaled != 4 {
		t.Errorf("count %d scaled %d, want 5 and 4", s.Count, s.Scaled)
	}
	if s.Min != 3 || s.Max != 7 {
		t.Errorf("min %d max %d, want 3 and 7", s.Min, s.Max)
	}
	// 3 4 5 7: an even count takes the upper of the two middle values.
	if s.Median != 5 {
		t.Errorf("median %d, want 5", s.Median)
	}
	want := map[string]int{CategoryLatent: 2, CategoryNeedForHelp: 1, CategoryAcute: 1}
	if !maps.Equal(s.ByCategory, want) {
		t.Errorf("by category %v, want %v", s.ByCategory, want)
	}
}

func TestRatingSpreadOddCountMedian(t *testing.T) {
	c := newCase()
	for i, v := range []int{8, 2, 6} {
		c.SetRating(Rating{ParticipantID: string(rune('a' + i)), Scale: scale(v)})
	}
	if s := c.RatingSpread(); s.Median != 6 || s.Min != 2 || s.Max != 8 {
		t.Errorf("spread %+v, want median 6, min 2, max 8", s)
	}
}

func TestRatingSpreadWithoutRatings(t *testing.T) {
	s := newCase().RatingSpread()
	if s.Count != 0 || s.Scaled != 0 || len(s.ByCategory) != 0 {
		t.Errorf("spread %+v", s)
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
