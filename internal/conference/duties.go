package conference

// A duty is what a conference leaves someone to do besides its actions:
// the feedback owed to a reporting professional (§ 4 Abs. 4 KKG) and each
// document of the distribution not given yet. The follow-up list shows
// open duties next to the actions; this file is the one rule for when a
// duty is open.

// Kinds of duty.
const (
	DutyFeedback     = "feedback"
	DutyDistribution = "distribution"
)

// Duty is one open duty of a conference.
type Duty struct {
	Kind string
	// ID is the reporting professional's participant ID (feedback) or the
	// distribution entry's ID.
	ID string
	// Recipient names who is owed it; Document is the variant given.
	Recipient string
	Document  string
	// OwnerID is the participant who owes it: the case lead for the
	// feedback, whoever distributes the minutes for a document (the case
	// lead when nobody does).
	OwnerID string
	// Due is when it is due; zero for a document without a date.
	Due Date
}

// OpenDuties lists the conference's open duties: the feedback owed and not
// given nor declined once the conference has started, and every tracked
// document not given once it is closed. A feedback entry of the
// distribution is the feedback duty itself, so it is listed once.
func (c *Conference) OpenDuties() []Duty {
	if c.Kind != KindCase || c.Status == StatusPreparing {
		return nil
	}
	lead := ""
	if r, ok := c.Responsible(RespCaseLead); ok {
		lead = r.ParticipantID
	}
	var out []Duty
	owed := map[string]bool{}
	for _, p := range c.Reporters() {
		if p.FeedbackOpen() {
			owed[p.ID] = true
			out = append(out, Duty{Kind: DutyFeedback, ID: p.ID, Recipient: p.Name, Document: MinutesFeedback,
				OwnerID: lead, Due: c.FeedbackDue(p)})
		} else if p.OwedFeedback() {
			owed[p.ID] = true // settled: its distribution entry is no duty either
		}
	}
	if c.Status != StatusClosed {
		return out
	}
	sender := lead
	if r, ok := c.Responsible(RespReceivesMinutes); ok && r.ParticipantID != "" {
		sender = r.ParticipantID
	}
	for _, d := range c.Distribution {
		if !d.Open() || d.Variant == MinutesFeedback && owed[d.ParticipantID] {
			continue
		}
		out = append(out, Duty{Kind: DutyDistribution, ID: d.ID, Recipient: c.RecipientName(d), Document: d.Variant,
			OwnerID: sender})
	}
	return out
}

// SettleFeedback records that the feedback owed to the reporting
// professional was given on day, or, with a reason, why it is not given.
// A distribution entry of the feedback is marked given with it.
func (c *Conference) SettleFeedback(participantID string, day Date, reason string) bool {
	p := c.Participant(participantID)
	if p == nil || !p.OwedFeedback() {
		return false
	}
	if reason != "" {
		p.Report.NoFeedbackReason = reason
		return true
	}
	p.Report.FeedbackGiven = day
	for i := range c.Distribution {
		if d := &c.Distribution[i]; d.Variant == MinutesFeedback && d.ParticipantID == participantID && d.Open() {
			d.Given = day
		}
	}
	return true
}
