package conference

import "slices"

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
	// Item is the agenda item of a network meeting the action was agreed
	// under; an agenda item carried forward keeps its ID, so the action
	// carried forward goes back under it.
	Item string `json:"item,omitempty"`

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

// CarryForward turns a reviewed action that was not (fully) done into a
// new draft action of this conference with a new due date, linked to its
// origin ("<previous conference>/<action>"). Every status but done can be
// carried forward: partly done stays partly done, an action not reviewed
// yet becomes not done; the review records the new action, which closes
// the old one ("fortgeführt als #N"). Carrying the same action again only
// moves the due date of the action already carried. It returns nil for an
// unknown action and for one reviewed as done.
func (c *Conference) CarryForward(actionID string, due Date) *Action {
	r := c.Review(actionID)
	if r == nil || !CanCarry(r.Status) {
		return nil
	}
	if r.Status == FollowUpOpen {
		r.Status = FollowUpNotDone
	}
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
	if c.AgendaItem(r.Item) != nil {
		a.Item = r.Item
	}
	// AddAction may grow the slice of actions, never the reviews: r is
	// still valid.
	r.CarriedTo = a.ID
	return a
}

// CanCarry reports whether an action reviewed with status can be carried
// forward: anything but done.
func CanCarry(status string) bool { return status != FollowUpDone }

// ActionNumber is the 1-based position of the action in the list of
// actions (as the minutes number them), 0 when there is none with the ID.
func (c *Conference) ActionNumber(id string) int {
	for i, a := range c.Actions {
		if a.ID == id {
			return i + 1
		}
	}
	return 0
}

// ReviewEntry is what the review of r says, as an entry of the reviewed
// action's history (without the conference, which ApplyReview adds).
func (c *Conference) ReviewEntry(r ActionReview) StatusEntry {
	e := StatusEntry{Status: r.Status, Note: r.Note, On: c.Date, CarriedTo: c.ActionNumber(r.CarriedTo)}
	if r.CarriedTo != "" && e.CarriedTo == 0 {
		e.CarriedTo = -1 // carried, and the new action removed since
	}
	return e
}

// ReviewOutcome is what the review of a follow-up conference says about
// one action of the previous conference.
type ReviewOutcome struct {
	ActionID string
	Entry    StatusEntry
}

// ReviewOutcomes lists what this follow-up's review says of each action of
// the previous conference, in the order of the reviews.
func (c *Conference) ReviewOutcomes() []ReviewOutcome {
	out := make([]ReviewOutcome, 0, len(c.Reviews))
	for _, r := range c.Reviews {
		out = append(out, ReviewOutcome{ActionID: r.ActionID, Entry: c.ReviewEntry(r)})
	}
	return out
}

// ConfirmResponsibility marks a responsibility copied from the previous
// conference as confirmed in this one.
func (c *Conference) ConfirmResponsibility(code string) bool {
	for i := range c.Responsibilities {
		if c.Responsibilities[i].Code == code {
			c.Responsibilities[i].Copied = false
			return true
		}
	}
	return false
}

// UnconfirmedResponsibilities returns the responsibilities copied from the
// previous conference that the review has neither confirmed nor removed,
// in the order of the catalogue: the review counts them, and closing
// names each as a gap.
func (c *Conference) UnconfirmedResponsibilities() []Responsibility {
	var out []Responsibility
	for _, code := range Responsibilities {
		if r, ok := c.Responsible(code); ok && r.Copied {
			out = append(out, r)
		}
	}
	return out
}

// Lists of the previous conference that items can be taken over from.
const (
	PrevChronology = "chronology"
	PrevRisks      = "risks"
	PrevProtective = "protective_factors"
	PrevSafety     = "existing_safety"
)

// TakeOver copies an item of what the previous conference knew (list is
// a Prev* name, id the item's ID there) into this conference's own list,
// with a new ID, and remembers it was taken so it is not taken twice. It
// reports whether it copied anything.
func (c *Conference) TakeOver(list, id string) bool {
	p := c.Previous
	if p == nil || c.Taken(list, id) {
		return false
	}
	switch list {
	case PrevChronology:
		i := slices.IndexFunc(p.Chronology, func(e ChronologyEntry) bool { return e.ID == id })
		if i < 0 {
			return false
		}
		e := p.Chronology[i]
		e.ID = c.NextID("h")
		c.Chronology = append(c.Chronology, e)
	case PrevRisks:
		i := slices.IndexFunc(p.Risks, func(e RiskEntry) bool { return e.ID == id })
		if i < 0 {
			return false
		}
		e := p.Risks[i]
		e.ID = c.NextID("r")
		c.Risks = append(c.Risks, e)
	case PrevProtective, PrevSafety:
		src, dst := &p.ProtectiveFactors, &c.ProtectiveFactors
		if list == PrevSafety {
			src, dst = &p.ExistingSafety, &c.ExistingSafety
		}
		i := slices.IndexFunc(*src, func(e Strength) bool { return e.ID == id })
		if i < 0 {
			return false
		}
		e := (*src)[i]
		e.ID = c.NextID("s")
		*dst = append(*dst, e)
	default:
		return false
	}
	p.Taken = append(p.Taken, list+"/"+id)
	return true
}

// Taken reports whether the item of the previous conference was taken
// over.
func (c *Conference) Taken(list, id string) bool {
	return c.Previous != nil && slices.Contains(c.Previous.Taken, list+"/"+id)
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
	// KeyResponsibilityUnconfirmed: copied from the previous conference
	// and neither confirmed nor removed in the review (Args: its code).
	KeyResponsibilityUnconfirmed = "review.responsibility_unconfirmed"
)

// reviews asks for a status of every reviewed action once the review phase
// is behind the conference.
func (v *validator) reviews() {
	passed := v.c.PhaseApplies(PhaseReview) && v.passed(PhaseReview)
	for _, r := range v.c.Reviews {
		path := "reviews/" + r.ActionID + "/status"
		switch {
		case !KnownStatus(r.Status):
			v.add(path, KeyReviewStatusUnknown)
		case r.Status == FollowUpOpen && passed:
			v.add(path, KeyReviewStatusMissing)
		}
	}
}
