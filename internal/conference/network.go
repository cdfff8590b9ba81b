package conference

import (
	"slices"
	"time"
)

// A network meeting (KindNetwork) is case-overarching: institutions meet
// (a round table, the yearly meeting with the police) to agree how they
// work together. It has no case code, no risk assessment and no child.
// Its phases (NetworkPhaseOrder) are the opening, reports from each
// institution (contributions in PhaseReports), the agenda items, the
// cooperation agreements and the closing. A recurring meeting's next
// meeting is its follow-up (NewFollowUp): the items still open and the
// actions not done are carried forward.

// AgendaItem is one item of a network meeting's agenda (Tagesordnungs-
// punkt): what it is about, who leads it, what was discussed and decided.
// Its actions are the conference's actions whose Item is the item's ID,
// so they are tracked, reviewed and read back like every other action.
type AgendaItem struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// LeadID is the participant who leads the item ("" when nobody was
	// named).
	LeadID     string `json:"lead_id,omitempty"`
	Discussion string `json:"discussion,omitempty"`
	// Decisions are what was decided, one decision a line.
	Decisions string `json:"decisions,omitempty"`
	// Status is ItemOpen (not dealt with yet), ItemDone or ItemParked.
	Status string `json:"status,omitempty"`
	// CarriedFrom links an item carried forward from an earlier meeting
	// ("<conference id>/<item or parked topic id>"); CarriedDate is that
	// meeting's date, so the link reads on its own.
	CarriedFrom string `json:"carried_from,omitempty"`
	CarriedDate Date   `json:"carried_date,omitzero"`
}

// Status of an agenda item.
const (
	ItemOpen   = ""
	ItemDone   = "done"
	ItemParked = "parked"
)

// ItemStatuses lists the statuses of an agenda item in display order.
var ItemStatuses = []string{ItemOpen, ItemDone, ItemParked}

// Pending reports whether the item is still to be dealt with: not dealt
// with yet, or parked for a later meeting. The next meeting carries such
// items forward.
func (it AgendaItem) Pending() bool { return it.Status != ItemDone }

// AddAgendaItem appends an agenda item.
func (c *Conference) AddAgendaItem(it AgendaItem) *AgendaItem {
	it.ID = c.NextID("g")
	c.Agenda = append(c.Agenda, it)
	return &c.Agenda[len(c.Agenda)-1]
}

// AgendaItem returns the agenda item with the ID, or nil.
func (c *Conference) AgendaItem(id string) *AgendaItem {
	for i := range c.Agenda {
		if c.Agenda[i].ID == id {
			return &c.Agenda[i]
		}
	}
	return nil
}

// RemoveAgendaItem removes the agenda item. Its actions stay, as actions
// of no item: an agreed action is never lost with its heading. It reports
// whether there was such an item, and how many actions it had.
func (c *Conference) RemoveAgendaItem(id string) (ok bool, actions int) {
	i := slices.IndexFunc(c.Agenda, func(it AgendaItem) bool { return it.ID == id })
	if i < 0 {
		return false, 0
	}
	c.Agenda = slices.Delete(c.Agenda, i, i+1)
	for j := range c.Actions {
		if c.Actions[j].Item == id {
			c.Actions[j].Item = ""
			actions++
		}
	}
	return true, actions
}

// ItemActions returns the actions of the agenda item, in order; for ""
// the actions of no item (those of an item that is gone among them).
func (c *Conference) ItemActions(itemID string) []Action {
	var out []Action
	for _, a := range c.Actions {
		if c.actionItem(a) == itemID {
			out = append(out, a)
		}
	}
	return out
}

// actionItem is the agenda item an action belongs to: "" when it names
// none or one that is gone.
func (c *Conference) actionItem(a Action) string {
	if a.Item == "" || c.AgendaItem(a.Item) == nil {
		return ""
	}
	return a.Item
}

// Reports returns the reports from the institutions: the contributions
// of the reports phase, in order.
func (c *Conference) Reports() []Contribution {
	var out []Contribution
	for _, x := range c.Contributions {
		if x.Phase == PhaseReports {
			out = append(out, x)
		}
	}
	return out
}

// nextMeeting makes c the next meeting of network meeting prev: on the
// date prev agreed for it unless that is past, with what prev left open
// on the agenda (carryAgenda).
func (c *Conference) nextMeeting(prev *Conference, now time.Time) {
	if !prev.NextReview.IsZero() && !prev.NextReview.Before(DateOf(now)) {
		c.Date, c.StartTime = prev.NextReview, prev.NextReviewTime
	}
	c.carryAgenda(prev)
}

// carryAgenda puts into the next meeting c what prev left open: every
// agenda item not dealt with or parked (with its ID, so the actions
// carried forward in the review find their item again), and every topic
// parked during prev as a new item, led by the topic's owner.
func (c *Conference) carryAgenda(prev *Conference) {
	for _, it := range prev.Agenda {
		if !it.Pending() {
			continue
		}
		c.Agenda = append(c.Agenda, AgendaItem{
			ID: it.ID, Title: it.Title, LeadID: it.LeadID,
			CarriedFrom: string(prev.ID) + "/" + it.ID, CarriedDate: prev.Date,
		})
	}
	for _, t := range prev.Parked {
		it := c.AddAgendaItem(AgendaItem{Title: t.Text, LeadID: t.OwnerID})
		it.CarriedFrom, it.CarriedDate = string(prev.ID)+"/"+t.ID, prev.Date
	}
}

// SetKind changes the kind of a conference still in preparation, with
// the phases of the new kind (each phase both kinds have keeps its time
// box; a follow-up keeps its review). Once the conference has started,
// its phases are history: SetKind refuses and reports false.
func (c *Conference) SetKind(kind Kind) bool {
	if kind == c.Kind {
		return true
	}
	if c.Status != StatusPreparing || !contains(Kinds, kind) {
		return false
	}
	old := c.Phases
	c.Kind = kind
	c.Phases = nil
	for _, id := range kind.Phases() {
		if i := phaseIndex(old, id); i >= 0 {
			c.Phases = append(c.Phases, old[i])
		} else if id != PhaseReview {
			c.Phases = append(c.Phases, defaultPhase(id))
		}
	}
	return true
}

// Message keys of a network meeting's problems.
const (
	KeyItemTitleMissing   = "network.validation.agenda.title_missing"
	KeyItemStatusUnknown  = "network.validation.agenda.status_unknown"
	KeyItemLeadUnknown    = "network.validation.agenda.lead_unknown"
	KeyNextMeetingMissing = "network.validation.next_meeting_missing"
	KeyNextMeetingBefore  = "network.validation.next_meeting_before_meeting"
)

// agenda checks the agenda items: each has a title and a known status,
// and a lead who takes part.
func (v *validator) agenda() {
	for _, it := range v.c.Agenda {
		path := "agenda/" + it.ID
		if it.Title == "" {
			v.add(path+"/title", KeyItemTitleMissing)
		}
		if !contains(ItemStatuses, it.Status) {
			v.add(path+"/status", KeyItemStatusUnknown)
		}
		if it.LeadID != "" && v.c.Participant(it.LeadID) == nil {
			v.add(path+"/lead_id", KeyItemLeadUnknown)
		}
	}
}
