package conference

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// PhaseID names a phase of the conference.
type PhaseID string

// The phases, in order. Review (1a) applies only to a follow-up conference;
// safety (5a) only when the agreed result is an acute risk. A network
// meeting has phases of its own (reports, agenda, cooperation) between
// the opening (and review) and the closing it shares with a case
// conference.
const (
	PhasePreparation  PhaseID = "preparation"
	PhaseOpening      PhaseID = "opening"
	PhaseReview       PhaseID = "review"
	PhasePresentation PhaseID = "presentation"
	PhasePerspectives PhaseID = "perspectives"
	PhaseWorries      PhaseID = "worries"
	PhaseAssessment   PhaseID = "assessment"
	PhaseSafety       PhaseID = "safety"
	PhaseActions      PhaseID = "actions"
	PhaseReports      PhaseID = "reports"
	PhaseAgenda       PhaseID = "agenda"
	PhaseCooperation  PhaseID = "cooperation"
	PhaseClosing      PhaseID = "closing"

	// The phases of a handover (handover.go): what is handed over, the
	// family's view, the open actions and who takes each, the crisis and
	// protection plan, the contacts, the receiver's confirmation.
	PhaseHandover     PhaseID = "handover"
	PhaseFamily       PhaseID = "family"
	PhaseTakeover     PhaseID = "takeover"
	PhaseProtection   PhaseID = "protection"
	PhaseContacts     PhaseID = "contacts"
	PhaseConfirmation PhaseID = "confirmation"
)

// PhaseOrder lists every phase of a case conference in conference order.
var PhaseOrder = []PhaseID{
	PhasePreparation, PhaseOpening, PhaseReview, PhasePresentation, PhasePerspectives,
	PhaseWorries, PhaseAssessment, PhaseSafety, PhaseActions, PhaseClosing,
}

// NetworkPhaseOrder lists every phase of a network meeting in order:
// no case presentation, no risk assessment, no child; reports from each
// institution, the agenda items and the cooperation agreements instead.
var NetworkPhaseOrder = []PhaseID{
	PhasePreparation, PhaseOpening, PhaseReview, PhaseReports, PhaseAgenda, PhaseCooperation, PhaseClosing,
}

// HandoverPhaseOrder lists every phase of a handover in order.
var HandoverPhaseOrder = []PhaseID{
	PhasePreparation, PhaseOpening, PhaseHandover, PhaseFamily, PhaseTakeover,
	PhaseProtection, PhaseContacts, PhaseConfirmation, PhaseClosing,
}

// Phases lists the phases of a conference of kind k in order.
func (k Kind) Phases() []PhaseID {
	switch k {
	case KindNetwork:
		return NetworkPhaseOrder
	case KindHandover:
		return HandoverPhaseOrder
	}
	return PhaseOrder
}

// Order lists the phases of the conference's kind in order.
func (c *Conference) Order() []PhaseID { return c.Kind.Phases() }

// PhaseNumber is the number facilitators know a phase of a conference of
// kind k by: as PhaseNumber for a case conference; a network meeting
// counts its own phases (reports 2, agenda 3, cooperation 4, closing 5),
// a handover its own in the order of HandoverPhaseOrder.
func (k Kind) PhaseNumber(id PhaseID) string {
	if k == KindNetwork {
		switch id {
		case PhaseReports:
			return "2"
		case PhaseAgenda:
			return "3"
		case PhaseCooperation:
			return "4"
		case PhaseClosing:
			return "5"
		}
	}
	if k == KindHandover {
		if i := slices.Index(HandoverPhaseOrder, id); i >= 0 {
			return strconv.Itoa(i)
		}
	}
	return PhaseNumber(id)
}

// PhaseNumber returns the number of phase id in the conference.
func (c *Conference) PhaseNumber(id PhaseID) string { return c.Kind.PhaseNumber(id) }

// PhaseNumber is the number facilitators know a phase of a case
// conference by ("5a" for safety, "1a" for the review of a follow-up
// conference). Kind.PhaseNumber numbers a network meeting's.
func PhaseNumber(id PhaseID) string {
	switch id {
	case PhasePreparation:
		return "0"
	case PhaseOpening:
		return "1"
	case PhaseReview:
		return "1a"
	case PhasePresentation:
		return "2"
	case PhasePerspectives:
		return "3"
	case PhaseWorries:
		return "4"
	case PhaseAssessment:
		return "5"
	case PhaseSafety:
		return "5a"
	case PhaseActions:
		return "6"
	case PhaseClosing:
		return "7"
	case PhaseReports:
		return "2"
	case PhaseAgenda:
		return "3"
	case PhaseCooperation:
		return "4"
	}
	return "?"
}

// PhaseState is where a phase stands.
type PhaseState string

const (
	PhaseNotStarted PhaseState = "not_started"
	PhaseCurrent    PhaseState = "current"
	PhaseDone       PhaseState = "done"
	PhaseSkipped    PhaseState = "skipped"
	PhaseNotCovered PhaseState = "not_covered"
)

// PhaseRecord is one phase's plan and what happened.
type PhaseRecord struct {
	ID    PhaseID    `json:"id"`
	State PhaseState `json:"state"`
	// Planned is the time box; Extended what was added in the room.
	Planned  time.Duration `json:"planned"`
	Extended time.Duration `json:"extended,omitempty"`
	// Elapsed is the time spent in the phase, over all visits.
	Elapsed    time.Duration `json:"elapsed"`
	SkipReason string        `json:"skip_reason,omitempty"`
}

// TimeBox is the phase's planned time including extensions.
func (r PhaseRecord) TimeBox() time.Duration { return r.Planned + r.Extended }

// TimeLevel grades elapsed time against the time box.
type TimeLevel int

const (
	TimeOK   TimeLevel = iota // below 80 %
	TimeWarn                  // from 80 % of the time box
	TimeOver                  // past the time box
)

// Level grades elapsed against the time box: a warning from 80 %, over time
// past 100 %. A phase without a time box is never over time.
func (r PhaseRecord) Level() TimeLevel {
	box := r.TimeBox()
	switch {
	case box <= 0:
		return TimeOK
	case r.Elapsed > box:
		return TimeOver
	case r.Elapsed*5 >= box*4:
		return TimeWarn
	}
	return TimeOK
}

// defaultMinutes are the default time boxes of the phases.
var defaultMinutes = map[PhaseID]int{
	PhaseOpening: 5, PhaseReview: 10, PhasePresentation: 10, PhasePerspectives: 15,
	PhaseWorries: 15, PhaseAssessment: 10, PhaseSafety: 10,
	PhaseActions: 15, PhaseClosing: 10,
	PhaseReports: 20, PhaseAgenda: 45, PhaseCooperation: 10,
	PhaseHandover: 10, PhaseFamily: 10, PhaseTakeover: 15, PhaseProtection: 10,
	PhaseContacts: 5, PhaseConfirmation: 5,
}

// DefaultPhases returns the phases with their default time boxes. The
// review phase is left out: only NewFollowUp adds it, so a first
// conference (and every one stored before reviews existed) has the same
// phases.
func DefaultPhases(kind Kind) []PhaseRecord {
	order := kind.Phases()
	out := make([]PhaseRecord, 0, len(order))
	for _, id := range order {
		if id == PhaseReview {
			continue
		}
		out = append(out, defaultPhase(id))
	}
	if len(out) > 0 {
		out[0].State = PhaseCurrent
	}
	return out
}

func defaultPhase(id PhaseID) PhaseRecord {
	return PhaseRecord{ID: id, State: PhaseNotStarted, Planned: time.Duration(defaultMinutes[id]) * time.Minute}
}

// Phase returns the record of a phase, or nil.
func (c *Conference) Phase(id PhaseID) *PhaseRecord {
	for i := range c.Phases {
		if c.Phases[i].ID == id {
			return &c.Phases[i]
		}
	}
	return nil
}

// PhaseApplies reports whether the phase belongs to this conference:
// only a phase it has, the review only in a follow-up conference,
// immediate safety only after an acute result.
func (c *Conference) PhaseApplies(id PhaseID) bool {
	if c.Phase(id) == nil {
		return false
	}
	switch id {
	case PhaseReview:
		return c.FollowUpOf != ""
	case PhaseSafety:
		return c.Assessment.Category == CategoryAcute
	}
	return true
}

// VisiblePhases are the phases that apply, in order.
func (c *Conference) VisiblePhases() []PhaseRecord {
	out := make([]PhaseRecord, 0, len(c.Phases))
	for _, r := range c.Phases {
		if c.PhaseApplies(r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// GoTo makes id the current phase at now. Time so far is booked to the
// phase being left, which counts as done unless it was skipped. Nothing
// recorded in any phase is touched. Entering a phase other than preparation
// starts the conference.
func (c *Conference) GoTo(id PhaseID, now time.Time) bool {
	next := c.Phase(id)
	if next == nil {
		return false
	}
	c.Tick(now)
	if cur := c.Phase(c.CurrentPhase); cur != nil && cur.ID != id && cur.State == PhaseCurrent {
		cur.State = PhaseDone
	}
	next.State = PhaseCurrent
	next.SkipReason = ""
	c.CurrentPhase = id
	if id != PhasePreparation && c.Status == StatusPreparing {
		c.Status = StatusRunning
		c.StartedAt = now
	}
	return true
}

// NextPhase returns the phase after the current one that applies, or "".
func (c *Conference) NextPhase() PhaseID { return c.stepPhase(+1) }

// PrevPhase returns the phase before the current one that applies, or "".
func (c *Conference) PrevPhase() PhaseID { return c.stepPhase(-1) }

func (c *Conference) stepPhase(dir int) PhaseID {
	return c.Neighbour(c.CurrentPhase, dir)
}

// Neighbour returns the phase after (dir +1) or before (-1) from, in the
// order of the conference's kind, that applies; "" when there is none.
func (c *Conference) Neighbour(from PhaseID, dir int) PhaseID {
	order := c.Order()
	idx := slices.Index(order, from)
	for i := idx + dir; idx >= 0 && i >= 0 && i < len(order); i += dir {
		if c.PhaseApplies(order[i]) {
			return order[i]
		}
	}
	return ""
}

// Before reports whether phase a comes before phase b in the order of
// the conference's kind.
func (c *Conference) Before(a, b PhaseID) bool {
	order := c.Order()
	return slices.Index(order, a) < slices.Index(order, b)
}

// Skip marks a phase as skipped with a reason; a blank reason is refused,
// since the minutes must say why. Skipping the current phase moves on to
// the next one that applies.
func (c *Conference) Skip(id PhaseID, reason string, now time.Time) bool {
	r := c.Phase(id)
	if r == nil || strings.TrimSpace(reason) == "" {
		return false
	}
	if id == c.CurrentPhase {
		if next := c.NextPhase(); next != "" {
			c.GoTo(next, now)
		}
	}
	r.State = PhaseSkipped
	r.SkipReason = reason
	return true
}

// Extend adds time to a phase's time box.
func (c *Conference) Extend(id PhaseID, d time.Duration) {
	if r := c.Phase(id); r != nil {
		r.Extended += d
	}
}

// Tick books the time since the last tick to the running conference, the
// current phase and the current speaker. The clock is the caller's; the
// last tick is kept outside the stored data so that time while kofa was
// closed never counts. Call Resume after loading.
func (c *Conference) Tick(now time.Time) {
	last := c.lastTick
	c.lastTick = now
	if last.IsZero() || c.Status != StatusRunning || !now.After(last) {
		return
	}
	d := now.Sub(last)
	c.Elapsed += d
	if r := c.Phase(c.CurrentPhase); r != nil {
		r.Elapsed += d
	}
	if c.CurrentPhase == PhasePerspectives {
		c.Speaking.book(d)
	}
}

// Resume starts counting time from now, without booking the time since the
// conference was last saved.
func (c *Conference) Resume(now time.Time) { c.lastTick = now }

// Start begins the conference at now and opens the first live phase.
func (c *Conference) Start(now time.Time) {
	c.Resume(now)
	c.GoTo(PhaseOpening, now)
}

// Close ends the conference. Phases never reached, and phases only passed
// through (HonestState), become "not covered"; the problems still open are
// kept as accepted gaps.
func (c *Conference) Close(now time.Time) {
	c.Tick(now)
	for i := range c.Phases {
		r := &c.Phases[i]
		switch {
		case r.State == PhaseCurrent:
			r.State = PhaseDone
		case r.State == PhaseNotStarted && c.PhaseApplies(r.ID):
			r.State = PhaseNotCovered
		}
		r.State = c.HonestState(*r)
	}
	c.OpenGaps = Validate(c)
	c.Status = StatusClosed
	c.ClosedAt = now
}

// Reopen returns a closed conference to running, e.g. to correct it.
func (c *Conference) Reopen(now time.Time) {
	if c.Status != StatusClosed {
		return
	}
	c.Status = StatusRunning
	c.ClosedAt = time.Time{}
	c.OpenGaps = nil
	// Minutes released before no longer describe what will be changed.
	c.Release = Release{}
	c.Resume(now)
}
