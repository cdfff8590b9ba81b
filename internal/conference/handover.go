package conference

import (
	"cmp"
	"errors"
	"slices"
	"time"
)

// A handover (Fallübergabe, KindHandover) moves a case to someone else:
// another youth-welfare office (§ 86c Abs. 2 SGB VIII: a handover meeting
// with the family taking part; § 8a Abs. 6: the risk information passed
// on), the foster-care service, or a child from the Kita to school. It is
// a conference of the case (same case code, same family) with phases of
// its own (HandoverPhaseOrder): what is handed over, the family's view,
// the open actions and who takes each, the crisis and protection plan,
// the contacts, and the confirmation. Lost handovers are a recurring
// finding of case reviews, so a handover stays an open item of the
// sending office until the receiver confirms receipt (Receipt).
//
// NewHandover starts one from the conferences of the case: every action
// still open becomes a takeover, the latest crisis and protection plan is
// carried over. When the handover is closed, the store records in each
// source conference that the action was handed over
// (FollowUpHandedOver), so the sending office's follow-up list no longer
// shows it as its own.

// Handover is what a handover conference records beyond a conference.
type Handover struct {
	// From is the conference of the case the handover started from (the
	// newest one); FromDate its date, so it reads on its own.
	From     ID   `json:"from,omitempty"`
	FromDate Date `json:"from_date,omitzero"`
	// Route is where the case goes and on which ground (Route* codes).
	Route string `json:"route,omitempty"`
	// To is the receiving institution as named ("Jugendamt Musterstadt");
	// ToType its catalogue code, when known.
	To     string `json:"to"`
	ToType string `json:"to_type,omitempty"`
	// Receiver is the receiving professional.
	Receiver string `json:"receiver,omitempty"`
	// Mode is how the handover happened (HandoverMode* codes).
	Mode string `json:"mode,omitempty"`
	// What says what is handed over (the case lead, the files, the
	// help plan, ...).
	What string `json:"what,omitempty"`
	// FamilyTold is what the family was told about the handover.
	FamilyTold string `json:"family_told,omitempty"`
	// Takeovers are the actions still open, each with who takes it on.
	Takeovers []Takeover `json:"takeovers,omitempty"`
	// Contacts are the people to reach about the case after the handover.
	Contacts []Contact `json:"contacts,omitempty"`
	// Receipt is the receiver's confirmation; zero until it is given.
	Receipt Receipt `json:"receipt,omitzero"`
}

// Routes of a handover.
const (
	// RouteOffice: to another youth-welfare office (§ 86c Abs. 2 SGB VIII,
	// a change of local responsibility), the risk information passed on
	// (§ 8a Abs. 6).
	RouteOffice = "office"
	// RouteFosterCare: to the foster-care service.
	RouteFosterCare = "foster_care"
	// RouteSchool: a child moving from the Kita to school.
	RouteSchool = "school"
	// RouteOther: any other handover (another provider, a clinic).
	RouteOther = "other"
)

// How a handover happened.
const (
	HandoverInPerson = "in_person"
	HandoverByPhone  = "phone"
	HandoverWriting  = "writing"
)

// Code lists of a handover, in display order.
var (
	Routes        = []string{RouteOffice, RouteFosterCare, RouteSchool, RouteOther}
	HandoverModes = []string{HandoverInPerson, HandoverByPhone, HandoverWriting}
)

// Takeover is an action still open when the case is handed over, and who
// takes it on. It copies what the action said, so the handover reads on
// its own on the receiving laptop.
type Takeover struct {
	ID string `json:"id"`
	// From and ActionID name the action in the conference it was agreed
	// in; FromDate is that conference's date.
	From     ID     `json:"from"`
	FromDate Date   `json:"from_date"`
	ActionID string `json:"action_id"`
	What     string `json:"what"`
	Due      Date   `json:"due"`
	// Status is where the action stood (open or partly done).
	Status string `json:"status,omitempty"`
	// PreviousOwner and PreviousInstitution held it until now.
	PreviousOwner       string `json:"previous_owner,omitempty"`
	PreviousInstitution string `json:"previous_institution,omitempty"`
	// Owner and Institution take it on: a name, or a function where no
	// name is known yet ("the new case lead").
	Owner       string `json:"owner,omitempty"`
	Institution string `json:"institution,omitempty"`
	Note        string `json:"note,omitempty"`
}

// Source is "<conference>/<action>", as Action.CarriedFrom links.
func (t Takeover) Source() string { return string(t.From) + "/" + t.ActionID }

// Contact is someone to reach about the case after the handover.
type Contact struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Function is what they are for the case ("case lead, receiving").
	Function    string `json:"function,omitempty"`
	Institution string `json:"institution,omitempty"`
	// Reach is how to reach them (telephone, e-mail, hours).
	Reach string `json:"reach,omitempty"`
}

// Receipt is the receiver's confirmation that the handover arrived.
type Receipt struct {
	// By is who confirmed; On the day they did; At when kofa recorded it.
	By string    `json:"by,omitempty"`
	On Date      `json:"on,omitzero"`
	At time.Time `json:"at,omitzero"`
}

// Given reports whether the receipt was confirmed.
func (r Receipt) Given() bool { return !r.On.IsZero() }

// AboutCase reports whether conferences of kind k are about one case:
// they have a case code, a family and children. A network meeting is not.
func (k Kind) AboutCase() bool { return k == KindCase || k == KindHandover }

// IsHandover reports whether c is a handover.
func (c *Conference) IsHandover() bool { return c.Kind == KindHandover && c.Handover != nil }

// ReceiptPending reports whether c is a handover whose receipt the
// receiver has not confirmed yet: an open item of the sending office
// from the day the handover was held.
func (c *Conference) ReceiptPending() bool {
	return c.IsHandover() && c.Status != StatusPreparing && !c.Handover.Receipt.Given()
}

// Errors of ConfirmReceipt.
var (
	ErrNoHandover       = errors.New("conference: not a handover")
	ErrHandoverNotHeld  = errors.New("conference: the handover was not held yet")
	ErrReceiptWhoNeeded = errors.New("conference: the receipt needs who confirmed it")
	// ErrReceiptBeforeHandover: a receipt cannot be dated before the
	// handover.
	ErrReceiptBeforeHandover = errors.New("conference: receipt dated before the handover")
)

// ConfirmReceipt records the receiver's confirmation: who, on which day
// (never after today, never before the handover), recorded at now. A
// receipt already given is replaced (a correction).
func (c *Conference) ConfirmReceipt(by string, on Date, now time.Time) error {
	switch {
	case !c.IsHandover():
		return ErrNoHandover
	case c.Status == StatusPreparing:
		return ErrHandoverNotHeld
	case by == "":
		return ErrReceiptWhoNeeded
	case on.After(DateOf(now)):
		return ErrStatusInFuture
	case !c.Date.IsZero() && on.Before(c.Date):
		return ErrReceiptBeforeHandover
	}
	c.Handover.Receipt = Receipt{By: by, On: on, At: now}
	return nil
}

// ReceiptDays is how many days the receipt took after the handover; ok
// is false while it is pending.
func (c *Conference) ReceiptDays() (days int, ok bool) {
	if !c.IsHandover() || !c.Handover.Receipt.Given() || c.Date.IsZero() {
		return 0, false
	}
	return c.Date.DaysUntil(c.Handover.Receipt.On), true
}

// CaseConferences returns the conferences of the case code among all,
// oldest first (by date, then by creation): the case's history. Network
// meetings never belong to a case.
func CaseConferences(all []*Conference, caseCode string) []*Conference {
	var out []*Conference
	for _, c := range all {
		if c.Kind.AboutCase() && caseCode != "" && c.CaseCode == caseCode {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b *Conference) int {
		if x := a.Date.Compare(b.Date); x != 0 {
			return x
		}
		return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// NewHandover starts the handover of the case whose conferences history
// holds (any order; conferences of other cases are ignored) to the
// receiving institution to. It starts from the newest conference of the
// case that was held (from), which must not itself be a handover
// in preparation:
//   - the case code, the children and carers, and everyone invited again
//     (planned, not yet present), as for a follow-up conference;
//   - one takeover per action of the case still open, oldest first, with
//     who held it; who takes it on is decided in the handover;
//   - the newest crisis and protection plan of the case (a review
//     conference that kept the plan makes none of its own), to be checked
//     and passed on (an entry that belonged to an action still open now
//     belongs to its takeover);
//   - the case lead of from as the first contact.
//
// The family's participation is left to be recorded: whether the family
// takes part in the handover is a fact of the handover.
func NewHandover(from *Conference, history []*Conference, id ID, to string, now time.Time) *Conference {
	c := New(id, KindHandover, now)
	c.CaseCode = from.CaseCode
	c.Seq = from.Seq
	c.Predecessor = Predecessor{Date: from.Date, Title: from.Title()}
	h := &Handover{From: from.ID, FromDate: from.Date, To: to}
	c.Handover = h
	for _, p := range from.Participants {
		p.Roles = slices.Clone(p.Roles)
		p.LegalBases = slices.Clone(p.LegalBases)
		p.Attendance = AttendancePlanned
		p.JoinedAt, p.LeftAt = time.Time{}, time.Time{}
		c.Participants = append(c.Participants, p)
	}
	c.Children, c.Carers = slices.Clone(from.Children), slices.Clone(from.Carers)

	taken := map[string]string{} // "<conference>/<action>" -> takeover ID
	for _, src := range CaseConferences(history, from.CaseCode) {
		if src.Kind != KindCase || src.Status == StatusPreparing {
			continue
		}
		for _, a := range src.OpenActionList() {
			t := Takeover{
				ID: c.NextID("h"), From: src.ID, FromDate: src.Date, ActionID: a.ID,
				What: a.What, Due: a.Due, Status: src.ActionStatus(a.ID), PreviousInstitution: a.Institution,
			}
			if p := src.Participant(a.OwnerID); p != nil {
				t.PreviousOwner = p.Name
				if t.PreviousInstitution == "" {
					t.PreviousInstitution = src.OwnerInstitution(a.OwnerID)
				}
			}
			h.Takeovers = append(h.Takeovers, t)
			taken[t.Source()] = t.ID
		}
	}
	if plan := latestPlan(history, from); plan != nil {
		for _, e := range plan.CrisisPlan {
			if e.ActionID != "" {
				e.ActionID = taken[string(plan.ID)+"/"+e.ActionID]
			}
			c.CrisisPlan = append(c.CrisisPlan, e)
		}
	}
	if r, ok := from.Responsible(RespCaseLead); ok {
		if p := from.Participant(r.ParticipantID); p != nil {
			h.Contacts = append(h.Contacts, Contact{ID: c.NextID("h"), Name: p.Name, Institution: p.Institution})
		}
	}
	return c
}

// latestPlan is the newest case conference of from's case, up to from,
// that has a crisis and protection plan, or nil.
func latestPlan(history []*Conference, from *Conference) *Conference {
	var out *Conference
	for _, c := range CaseConferences(history, from.CaseCode) {
		if c.Kind == KindCase && c.Status != StatusPreparing && len(c.CrisisPlan) > 0 && !from.Date.Before(c.Date) {
			out = c
		}
	}
	if len(from.CrisisPlan) > 0 {
		out = from
	}
	return out
}

// LatestHeld returns the newest conference of the case among history
// that was held (started) and is no handover, or nil: where a handover
// starts from.
func LatestHeld(history []*Conference, caseCode string) *Conference {
	var out *Conference
	for _, c := range CaseConferences(history, caseCode) {
		if c.Kind == KindCase && c.Status != StatusPreparing {
			out = c
		}
	}
	return out
}

// Takeover returns the takeover with the ID, or nil.
func (c *Conference) Takeover(id string) *Takeover {
	if c.Handover == nil {
		return nil
	}
	for i := range c.Handover.Takeovers {
		if c.Handover.Takeovers[i].ID == id {
			return &c.Handover.Takeovers[i]
		}
	}
	return nil
}

// Takeovers returns the takeovers (nil for a conference that is no
// handover).
func (c *Conference) Takeovers() []Takeover {
	if c.Handover == nil {
		return nil
	}
	return c.Handover.Takeovers
}

// RemoveTakeover removes a takeover: the action stays with the sending
// office. An entry of the crisis and protection plan that belonged to it
// then belongs to the plan as a whole.
func (c *Conference) RemoveTakeover(id string) bool {
	if c.Handover == nil || !removeByID(&c.Handover.Takeovers, id, func(t Takeover) string { return t.ID }) {
		return false
	}
	for i := range c.CrisisPlan {
		if c.CrisisPlan[i].ActionID == id {
			c.CrisisPlan[i].ActionID = ""
		}
	}
	return true
}

// Contacts returns the contacts (nil for a conference that is no
// handover).
func (c *Conference) Contacts() []Contact {
	if c.Handover == nil {
		return nil
	}
	return c.Handover.Contacts
}

// Contact returns the contact with the ID, or nil.
func (c *Conference) Contact(id string) *Contact {
	if c.Handover == nil {
		return nil
	}
	for i := range c.Handover.Contacts {
		if c.Handover.Contacts[i].ID == id {
			return &c.Handover.Contacts[i]
		}
	}
	return nil
}

// AddContact appends a contact.
func (c *Conference) AddContact(x Contact) *Contact {
	if c.Handover == nil {
		c.Handover = &Handover{}
	}
	x.ID = c.NextID("h")
	c.Handover.Contacts = append(c.Handover.Contacts, x)
	return &c.Handover.Contacts[len(c.Handover.Contacts)-1]
}

// RemoveContact removes a contact.
func (c *Conference) RemoveContact(id string) bool {
	return c.Handover != nil && removeByID(&c.Handover.Contacts, id, func(x Contact) string { return x.ID })
}

// HandedOver returns, for closed handover c, the status entries it
// records in the conferences its actions came from: one per takeover,
// keyed by the source conference. The store writes them when the
// handover is saved (store/propagate.go).
func (c *Conference) HandedOver() map[ID][]ActionStatus {
	if !c.IsHandover() || c.Status != StatusClosed {
		return nil
	}
	out := map[ID][]ActionStatus{}
	for i, t := range c.Handover.Takeovers {
		if t.From == "" || t.ActionID == "" {
			continue
		}
		out[t.From] = append(out[t.From], ActionStatus{ActionID: t.ActionID, StatusEntry: StatusEntry{
			Status: FollowUpHandedOver, On: c.Date, In: c.ID, InDate: c.Date, CarriedTo: i + 1,
		}})
	}
	return out
}

// ApplyHandover records in c (a conference the handover took actions
// from) that those actions were handed over, unless an entry of that
// handover is there already or the action was settled meanwhile. It
// reports whether anything changed.
func (c *Conference) ApplyHandover(entries []ActionStatus, now time.Time) bool {
	changed := false
	for _, s := range entries {
		if c.Action(s.ActionID) == nil || !c.ActionOpen(s.ActionID) {
			continue
		}
		if slices.ContainsFunc(c.StatusLog, func(x ActionStatus) bool {
			return x.ActionID == s.ActionID && x.In == s.In && x.Status == FollowUpHandedOver
		}) {
			continue
		}
		s.At = now
		c.StatusLog = append(c.StatusLog, s)
		changed = true
	}
	return changed
}

// ReceiptExpectedDays is how long a receipt may take before the follow-up
// list calls it overdue: two weeks after the handover.
const ReceiptExpectedDays = 14

// PendingReceipt is a handover whose receipt is still to be confirmed:
// an item of the sending office's follow-up list.
type PendingReceipt struct {
	ID       ID
	CaseCode string
	To       string
	ToType   string
	Receiver string
	Date     Date
}

// PendingReceipt returns c's pending receipt; ok is false when c is no
// handover waiting for its receipt (ReceiptPending).
func (c *Conference) PendingReceipt() (PendingReceipt, bool) {
	if !c.ReceiptPending() {
		return PendingReceipt{}, false
	}
	h := c.Handover
	return PendingReceipt{ID: c.ID, CaseCode: c.CaseCode, To: h.To, ToType: h.ToType, Receiver: h.Receiver, Date: c.Date}, true
}

// Due is the day the receipt is expected by.
func (p PendingReceipt) Due() Date { return p.Date.AddDays(ReceiptExpectedDays) }

// DaysOverdue is how many days the receipt is past Due on today (0 or
// less when it is not).
func (p PendingReceipt) DaysOverdue(today Date) int { return p.Due().DaysUntil(today) }
