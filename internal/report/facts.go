// Package report looks across cases at where cooperation sticks: for a
// period, per institution and in total, how many agreed actions were done
// on time and how many are overdue, how many conferences went without the
// child's view, how often there was dissent, how long handovers waited
// for their receipt, and what the cooperation checks said.
//
// The report is anonymous by construction. Each conference is first
// reduced to its Facts (Digest): codes, dates and counts, never a name, a
// case code or anything a person typed. Everything after that step (Build,
// Markdown, the screen) sees only Facts, so nothing personal can reach the
// report, however it is drawn. The same Facts come from a store or
// straight from archive files (FromArchives, which keeps no conference
// once counted), which a network coordinator collects from several
// facilitators without importing them.
package report

import (
	"time"

	"kofa/internal/conference"
)

// Facts is what the report needs to know of one conference.
type Facts struct {
	// ID and UpdatedAt tell the same conference in two archives apart
	// (the newer one counts); neither appears in the report.
	ID        conference.ID
	UpdatedAt time.Time
	Kind      conference.Kind
	Status    conference.Status
	Date      conference.Date
	// ChildView: the child's view was recorded.
	ChildView bool
	// Dissent counts the dissenting views recorded.
	Dissent int
	// Feedback is one entry per reporting professional owed the feedback
	// of § 4 Abs. 4 KKG.
	Feedback []FeedbackFacts
	Actions  []ActionFacts
	// Handover is set for a handover.
	Handover *HandoverFacts
	// Check holds the cooperation check's answer per seam, in the order
	// of conference.Seams ("" not answered; nil when none was);
	// CheckSkipped that it was passed over.
	Check        []string
	CheckSkipped bool
}

// ActionFacts is one agreed action.
type ActionFacts struct {
	// Institution is the catalogue code of the owner's institution ("":
	// not recorded).
	Institution string
	Due         conference.Date
	// Status is the latest status code; Done the day it was done (for
	// done).
	Status string
	Done   conference.Date
}

// FeedbackFacts is the feedback owed to one reporting professional: when
// it is due, and whether it is still to be given (neither given nor
// declined with a reason).
type FeedbackFacts struct {
	Due  conference.Date
	Open bool
}

// HandoverFacts is what the report counts of a handover.
type HandoverFacts struct {
	Route    string
	Received bool
	// Days is how long the receipt took (when Received).
	Days int
}

// Fields are the fields of a conference (JSON names) that Digest reads:
// AddArchive and FromArchives decode only these of each archived
// conference. A test proves Digest gives the same Facts from a
// conference cut down to them.
var Fields = []string{
	"id", "kind", "status", "date", "updated_at", "participants", "actions", "status_log",
	"child_view", "assessment", "handover", "cooperation_check",
}

// Digest reduces a conference to its Facts.
func Digest(c *conference.Conference) Facts {
	f := Facts{
		ID: c.ID, UpdatedAt: c.UpdatedAt, Kind: c.Kind, Status: c.Status, Date: c.Date,
		ChildView: !c.ChildView.Empty(), Dissent: len(c.Assessment.Dissent),
		CheckSkipped: c.CooperationCheck.Skipped,
	}
	inst := make(map[string]string, len(c.Participants))
	for _, p := range c.Participants {
		inst[p.ID] = p.InstitutionType
	}
	for _, a := range c.Actions {
		x := ActionFacts{Institution: inst[a.OwnerID], Due: a.Due}
		if e, ok := c.Latest(a.ID); ok {
			x.Status = e.Status
			if e.Status == conference.FollowUpDone {
				x.Done = e.On
				if x.Done.IsZero() && !e.At.IsZero() {
					x.Done = conference.DateOf(e.At)
				}
			}
			if e.CarriedTo != 0 && e.Status != conference.FollowUpHandedOver {
				// Carried forward: it goes on as an action of the
				// follow-up conference, which counts it there.
				x.Status = carried
			}
		}
		f.Actions = append(f.Actions, x)
	}
	for _, p := range c.Reporters() {
		if p.OwedFeedback() {
			f.Feedback = append(f.Feedback, FeedbackFacts{Due: c.FeedbackDue(p), Open: p.FeedbackOpen()})
		}
	}
	if h := c.Handover; c.Kind == conference.KindHandover && h != nil {
		f.Handover = &HandoverFacts{Route: h.Route}
		f.Handover.Days, f.Handover.Received = c.ReceiptDays()
	}
	if c.CooperationCheck.Answered() {
		f.Check = make([]string, len(conference.Seams))
		for i, seam := range conference.Seams {
			if a, ok := c.CooperationCheck.Answer(seam); ok {
				f.Check[i] = a.Answer
			}
		}
	}
	return f
}

// carried marks an action carried forward into a follow-up conference.
const carried = "carried"
