package assessment

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/i18n"
)

// siblings is conf with two children, Mia and Leon: each is rated on
// their own (issue 13).
func siblings() (*conference.Conference, people) {
	c, ps := conf()
	c.AddChild(conference.Child{FirstName: "Mia", BirthYear: 2020})
	c.AddChild(conference.Child{FirstName: "Leon", BirthYear: 2017})
	return c, ps
}

// siblingsRated has everyone's ratings of both children, revealed.
func siblingsRated() (*conference.Conference, people) {
	c, ps := siblings()
	for i, id := range []string{ps.albers, ps.weber, ps.demir, ps.brandt} {
		for j, ch := range c.Children {
			r := conference.ChildResult{ChildID: ch.ID}
			if old := c.ChildResult(ch.ID); old != nil {
				r = *old
			}
			r.SetRating(conference.Rating{ParticipantID: id, Category: conference.CategoryLatent, Scale: scale(2 + i + 3*j), At: t0})
			c.SetChildResult(r)
		}
	}
	c.RatingsRevealed = true
	return c, ps
}

// childBlock is the minutes' result block of the child named.
func childBlock(t *testing.T, minutes, heading string) string {
	t.Helper()
	_, block, ok := strings.Cut(minutes, heading)
	if !ok {
		t.Fatalf("no %q in the minutes:\n%s", heading, minutes)
	}
	if end := strings.Index(block, "\n#"); end >= 0 {
		block = block[:end]
	}
	return block
}

// With siblings the facilitator rates each child on their own: c goes to
// the second child, whose ratings land in that child's result (never the
// case's or the first child's), whose spread the screen shows once
// revealed and the minutes print in that child's block.
func TestRatingTheSecondChildLandsInTheirResult(t *testing.T) {
	t.Parallel()
	c, ps := siblings()
	mia, leon := c.Children[0].ID, c.Children[1].ID
	h := newHarness(t, c, i18n.DE)
	// The round begins with the first child.
	h.MustShow("Eigene Einschätzung: Petra Albers für Mia (noch 4 offen)")
	h.Key("esc")
	h.MustShow("Eigene Einschätzungen für Mia", "▸ Mia · Leon", "c: nächstes Kind")

	h.Key("c")
	h.MustShow("Eigene Einschätzungen für Leon", "Mia · ▸ Leon", "0 von 4 abgegeben · verdeckt")
	h.Key("enter")
	h.MustShow("Eigene Einschätzung: Petra Albers für Leon (noch 4 offen)")
	h.Type("latent")
	h.Key("enter")
	h.Type("3")
	h.Key("enter")
	h.MustShow("Eigene Einschätzung: Dr. Jonas Weber für Leon (noch 3 offen)")
	h.Type("akut")
	h.Key("enter")
	h.Type("6")
	h.Key("enter", "esc")

	r := c.ChildResult(leon)
	if r == nil {
		t.Fatal("Leon has no result")
	}
	if got, ok := r.RatingOf(ps.albers); !ok || got.Category != conference.CategoryLatent || got.Scale == nil || *got.Scale != 3 {
		t.Errorf("Albers' rating of Leon = %+v, %v", got, ok)
	}
	if got, ok := r.RatingOf(ps.weber); !ok || got.Category != conference.CategoryAcute || got.Scale == nil || *got.Scale != 6 {
		t.Errorf("Weber's rating of Leon = %+v, %v", got, ok)
	}
	if m := c.ChildResult(mia); m != nil && len(m.Ratings) > 0 {
		t.Errorf("Mia got ratings %+v", m.Ratings)
	}
	if len(c.Ratings) > 0 {
		t.Errorf("the case got ratings %+v", c.Ratings)
	}
	if !h.HasChange("add child_results/" + leon + "/ratings/" + ps.albers) {
		t.Errorf("changes = %v", h.Paths())
	}
	h.MustShow("2 von 4 abgegeben · verdeckt")
	h.MustNotShow("●", "Median")

	// The reveal names who has not rated a child yet: everyone has Mia open.
	h.Key("r")
	h.MustShow("4 von 4 haben noch nicht für jedes Kind abgegeben", "Petra Albers", "Markus Brandt")
	h.Key("j")
	h.MustShow("min 3 · Median 4,5 · max 6 (n = 2)", "akut 1 · latent 1")
	h.Key("c")
	h.MustShow("Eigene Einschätzungen für Mia", "0 von 4 abgegeben · aufgedeckt")
	h.MustNotShow("Median")

	minutes := string(export.Markdown(c, export.Options{Lang: i18n.DE}))
	if b := childBlock(t, minutes, "Ergebnis für Leon"); !strings.Contains(b, "3 bis 6, Median 4,5 (2 Angaben)") {
		t.Errorf("Leon's block lacks the spread of his ratings:\n%s", b)
	}
	if b := childBlock(t, minutes, "Ergebnis für Mia"); strings.Contains(b, "Median") {
		t.Errorf("Mia's block shows a spread nobody gave:\n%s", b)
	}
}

// The round of ratings goes on to the next child once everyone has rated
// the first, and ends when every child is rated.
func TestTheRoundGoesOnToTheNextChild(t *testing.T) {
	t.Parallel()
	c, ps := siblings()
	h := newHarness(t, c, i18n.EN)
	for range 4 {
		h.Type("latent")
		h.Key("enter")
		h.Type("5")
		h.Key("enter")
	}
	h.MustShow("Own rating: Petra Albers for Leon (4 still open)")
	for range 4 {
		h.Type("latent")
		h.Key("enter")
		h.Type("7")
		h.Key("enter")
	}
	if h.Ed.Typing() {
		t.Fatalf("the form is still open:\n%s", h.View())
	}
	h.MustShow("Everyone has given a rating")
	for i, want := range []int{5, 7} {
		r := c.ChildResult(c.Children[i].ID)
		if got, ok := r.RatingOf(ps.brandt); r == nil || !ok || got.Scale == nil || *got.Scale != want {
			t.Errorf("Brandt's rating of child %d = %+v", i, got)
		}
	}
	h.Key("r")
	if !c.RatingsRevealed {
		t.Error("r did not reveal at once after everyone rated every child")
	}
}

// The case's ratings with one child are the case's, and the screen has
// no child to choose.
func TestOneChildIsRatedAsTheCase(t *testing.T) {
	t.Parallel()
	c, ps := conf()
	c.AddChild(conference.Child{FirstName: "Mia", BirthYear: 2020})
	h := newHarness(t, c, i18n.EN)
	h.MustShow("Own rating: Petra Albers (4 still open)")
	h.Type("latent")
	h.Key("enter")
	h.Type("5")
	h.Key("enter", "esc", "c")
	h.MustNotShow("next child", "for Mia")
	if _, ok := c.RatingOf(ps.albers); !ok || len(c.ChildResults) > 0 {
		t.Errorf("ratings %+v, child results %+v", c.Ratings, c.ChildResults)
	}
}

// On a narrow terminal the child being rated still shows, in the title of
// the list and of the form.
func TestTheRatedChildShowsWhenNarrow(t *testing.T) {
	t.Parallel()
	c, _ := siblingsRated()
	h := newHarness(t, c, i18n.EN)
	h.Resize(40, 16)
	h.Key("c")
	h.MustShow("Own ratings for Leon", "▸ Leon", "min 5 · median 6.5", "8 ▲ max")
}

// Ratings of the case as a whole given before the siblings were recorded
// are not lost from sight: they are one more choice after the children.
func TestCaseRatingsStayAChoiceBesideTheChildren(t *testing.T) {
	t.Parallel()
	c, ps := siblings()
	c.SetRating(conference.Rating{ParticipantID: ps.albers, Category: conference.CategoryLatent, Scale: scale(4), At: t0})
	h := newHarness(t, c, i18n.EN)
	// They show first while no child has a rating.
	h.MustShow("Own ratings for the case as a whole", "Mia · Leon · ▸ whole case", "1 of 4 given · hidden")
	if l := h.Line("Petra Albers"); !strings.Contains(l, "✓ given") {
		t.Errorf("Albers row %q lacks her rating of the case", l)
	}
	h.Key("c")
	h.MustShow("Own ratings for Mia", "▸ Mia · Leon · whole case")
	h.Key("c", "c")
	h.MustShow("Own ratings for the case as a whole")
}
