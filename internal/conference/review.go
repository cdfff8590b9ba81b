package conference

// ActionReview is the review, in a follow-up conference, of one action the
// previous conference agreed. It copies what the action said
// so the review reads on its own (and the minutes show it) even when the
// previous conference is deleted later.
type ActionReview struct {
	// ActionID is the action's ID in the previous conference (FollowUpOf).
	ActionID string `json:"action_id"`
	What     string `json:"what"`
	// OwnerID is the owner's participant ID; participants keep their IDs
	// in a follow-up, so it names the same person here. OwnerName is the
	// name at the time of the previous conference.
	OwnerID     string `json:"owner_id,omitempty"`
	OwnerName   string `json:"owner_name,omitempty"`
	Institution string `json:"institution,omitempty"`
	Due         Date   `json:"due"`
	ReportBack  string `json:"report_back,omitempty"`
	IfNotDone   string `json:"if_not_done,omitempty"`

	// Status is a FollowUp* code; FollowUpOpen ("") means not reviewed yet.
	Status string `json:"status,omitempty"`
	Note   string `json:"note,omitempty"`
	// CarriedTo is the ID of the new action in this conference that
	// carries a not-done action forward.
	CarriedTo string `json:"carried_to,omitempty"`
}

// Review returns the review of the previous conference's action, or nil.
func (c *Conference) Review(actionID string) *ActionReview {
	for i := range c.Reviews {
		if c.Reviews[i].ActionID == actionID {
			return &c.Reviews[i]
		}
	}
	return nil
}

// SetReview records how far the action got. It refuses an unknown action
// or status code.
func (c *Conference) SetReview(actionID, status, note string) bool {
	r := c.Review(actionID)
	if r == nil || !contains(FollowUps, status) {
		return false
	}
	r.Status, r.Note = status, note
	return true
}

// CarryForward turns a reviewed action that was not done into a new draft
// action of this conference with a new due date, linked to its origin
// ("<previous conference>/<action>"). The review is marked not done and
// records the new action. Carrying the same action again only moves the
// due date of the action already carried. It returns nil for an unknown
// action.
func (c *Conference) CarryForward(actionID string, due Date) *Action {
	r := c.Review(actionID)
	if r == nil {
		return nil
	}
	r.Status = FollowUpNotDone
	if r.CarriedTo != "" {
		if a := c.Action(r.CarriedTo); a != nil {
			a.Due = due
			return a
		}
	}
	a := c.AddAction(Action{
		What: r.What, OwnerID: r.OwnerID, Institution: r.Institution, Due: due,
		ReportBack: r.ReportBack, IfNotDone: r.IfNotDone,
		CarriedFrom: string(c.FollowUpOf) + "/" + r.ActionID,
	})
	// AddAction may grow the slice of actions, never the reviews: r is
	// still valid.
	r.CarriedTo = a.ID
	return a
}

// Origin splits an action's CarriedFrom link into the conference and the
// action it came from; ok is false when the action was not carried.
func (a Action) Origin() (conf ID, actionID string, ok bool) {
	for i := len(a.CarriedFrom) - 1; i >= 0; i-- {
		if a.CarriedFrom[i] == '/' {
			return ID(a.CarriedFrom[:i]), a.CarriedFrom[i+1:], i > 0 && i < len(a.CarriedFrom)-1
		}
	}
	return "", "", false
}

// Message keys of review problems.
const (
	KeyReviewStatusMissing = "validation.review.status_missing"
	KeyReviewStatusUnknown = "validation.review.status_unknown"
)

// reviews asks for a status of every reviewed action once the review phase
// is behind the conference.
func (v *validator) reviews() {
	passed := v.c.PhaseApplies(PhaseReview) && v.passed(PhaseReview)
	for _, r := range v.c.Reviews {
		path := "reviews/" + r.ActionID + "/status"
		switch {
		case !contains(FollowUps, r.Status):
			v.add(path, KeyReviewStatusUnknown)
		case r.Status == FollowUpOpen && passed:
			v.add(path, KeyReviewStatusMissing)
		}
	}
}
