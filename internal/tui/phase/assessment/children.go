package assessment

import (
	"slices"

	"kofa/internal/conference"
)

// For a case with siblings each child is rated on their own (issue 13):
// the ratings above the result are those of one child at a time, chosen
// with c (the first child to begin with), and they go into that child's
// result. With one child or none the ratings are the case's, as always.
// Ratings of the case as a whole given before (a conference begun before
// the children were recorded) stay one more choice after the children,
// the first shown while no child has a rating.

// ratedChild is the child whose ratings are shown and typed: "" when the
// ratings are the case's as a whole.
func (e *Editor) ratedChild() string {
	children := e.children()
	if e.chosen && slices.Contains(children, e.child) {
		return e.child
	}
	// A conference whose ratings are all the case's opens with them.
	if last := len(children) - 1; children[last] == "" && !e.anyChildRating() {
		return ""
	}
	return children[0]
}

// anyChildRating reports whether any child has a rating of their own.
func (e *Editor) anyChildRating() bool {
	for _, r := range e.ctx.Conf.ChildResults {
		if len(r.Ratings) > 0 {
			return true
		}
	}
	return false
}

// choose shows the ratings of the child ("": of the case).
func (e *Editor) choose(child string) { e.child, e.chosen = child, true }

// nextChild shows the ratings of the next child, round to the first.
func (e *Editor) nextChild() {
	children, cur := e.children(), e.ratedChild()
	for i, ch := range children {
		if ch == cur {
			e.choose(children[(i+1)%len(children)])
			return
		}
	}
}

// ratingsOf are the own ratings of the child ("": of the case).
func (e *Editor) ratingsOf(child string) []conference.Rating {
	c := e.ctx.Conf
	if child == "" {
		return c.Ratings
	}
	if r := c.ChildResult(child); r != nil {
		return r.Ratings
	}
	return nil
}

// ratingOf is the participant's own rating of the child ("": of the case).
func (e *Editor) ratingOf(child, participant string) (conference.Rating, bool) {
	if child == "" {
		return e.ctx.Conf.RatingOf(participant)
	}
	return conference.ChildResult{Ratings: e.ratingsOf(child)}.RatingOf(participant)
}

// setRating records r as the rating of the child ("": of the case) and
// returns the path of the change.
func (e *Editor) setRating(child string, r conference.Rating) string {
	c := e.ctx.Conf
	if child == "" {
		c.SetRating(r)
		return "ratings/" + r.ParticipantID
	}
	if c.ChildResult(child) == nil {
		c.SetChildResult(conference.ChildResult{ChildID: child})
	}
	c.ChildResult(child).SetRating(r)
	return "child_results/" + child + "/ratings/" + r.ParticipantID
}

// children are the children rated one by one, then "" for the case as a
// whole when it holds ratings ("" alone: the case).
func (e *Editor) children() []string {
	c := e.ctx.Conf
	if !c.ResultPerChild() {
		return []string{""}
	}
	out := make([]string, 0, len(c.Children)+1)
	for _, ch := range c.Children {
		out = append(out, ch.ID)
	}
	if len(c.Ratings) > 0 {
		out = append(out, "")
	}
	return out
}

// perChild reports whether the screen rates each child on their own.
func (e *Editor) perChild() bool { return e.ctx.Conf.ResultPerChild() }

// anyRating reports whether any rating is given, of the case or a child.
func (e *Editor) anyRating() bool {
	for _, ch := range e.children() {
		if len(e.ratingsOf(ch)) > 0 {
			return true
		}
	}
	return false
}

// childName names a child for the screen ("": the case as a whole).
func (e *Editor) childName(id string) string {
	if id == "" {
		return e.ctx.Msgs.T("childrating.case")
	}
	name, _ := e.ctx.Conf.OwnerName(id)
	return name
}
