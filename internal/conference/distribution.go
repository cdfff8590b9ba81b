package conference

import (
	"slices"
	"strconv"

	"kofa/internal/textfold"
)

// Who got what. The distribution lists every recipient of a document of
// the conference (the minutes, a task list, a notice, the family letter,
// the child's page, the feedback to a reporting professional), how it is
// given and when it was. kofa proposes the list from the roles and the
// legal bases; an entry not given yet is open in the follow-up list.

// Ways a document is given.
const (
	GivenHanded  = "handed"
	GivenEmail   = "email"
	GivenPost    = "post"
	GivenReadOut = "read_out"
)

// GivenWays are the ways offered, in display order.
var GivenWays = []string{GivenHanded, GivenEmail, GivenPost, GivenReadOut}

// AddDistribution appends a recipient with a new ID and returns it.
func (c *Conference) AddDistribution(d Distribution) *Distribution {
	d.ID = c.NextID("v")
	c.Distribution = append(c.Distribution, d)
	return &c.Distribution[len(c.Distribution)-1]
}

// DistributionEntry returns the entry with the ID, or nil.
func (c *Conference) DistributionEntry(id string) *Distribution {
	if id == "" {
		return nil
	}
	for i := range c.Distribution {
		if c.Distribution[i].ID == id {
			return &c.Distribution[i]
		}
	}
	return nil
}

// RemoveDistribution deletes the entry with the ID.
func (c *Conference) RemoveDistribution(id string) bool {
	n := len(c.Distribution)
	c.Distribution = slices.DeleteFunc(c.Distribution, func(d Distribution) bool { return d.ID == id && id != "" })
	return len(c.Distribution) < n
}

// RecipientName names the recipient of an entry: the participant, the
// carer or child, or the name typed.
func (c *Conference) RecipientName(d Distribution) string {
	if p := c.Participant(d.ParticipantID); p != nil {
		return p.Name
	}
	if ca := c.Carer(d.PersonID); ca != nil {
		return ca.Name
	}
	if ch := c.Child(d.PersonID); ch != nil {
		if ch.FirstName != "" {
			return ch.FirstName
		}
		return ch.Initials
	}
	return d.Recipient
}

// DocumentFor is whom the entry's document is for, as export.Options.For
// and `kofa export --for` take it: the carer or child of a family
// document, the reporting professional of a feedback, the person of a
// notice, the institution of a task list; "" for the minutes.
func (c *Conference) DocumentFor(d Distribution) string {
	if d.For != "" {
		return d.For
	}
	switch d.Variant {
	case MinutesFamily, MinutesChild:
		return d.PersonID
	case MinutesFeedback, MinutesNotice:
		if d.ParticipantID != "" {
			return d.ParticipantID
		}
		return d.Recipient
	case MinutesTasks:
		if p := c.Participant(d.ParticipantID); p != nil {
			if p.InstitutionType != "" {
				return p.InstitutionType
			}
			return p.Institution
		}
		return d.Recipient
	}
	return ""
}

// Open reports whether the entry is still to be given: kofa tracks it (it
// has an ID; entries from before the tracking have none) and no day is
// recorded.
func (d Distribution) Open() bool { return d.ID != "" && d.Given.IsZero() }

// MarkGiven records that the entry's document was given on day (and how,
// when how is not empty). A feedback given settles the feedback owed to
// the reporting professional too, so the two never disagree.
func (c *Conference) MarkGiven(id string, day Date, how string) bool {
	d := c.DistributionEntry(id)
	if d == nil {
		return false
	}
	d.Given = day
	if how != "" {
		d.How = how
	}
	if d.Variant == MinutesFeedback {
		if p := c.Participant(d.ParticipantID); p != nil && p.OwedFeedback() && p.Report.FeedbackGiven.IsZero() {
			p.Report.FeedbackGiven = day
		}
	}
	return true
}

// FindRecipient returns the IDs of the entries whose recipient who names:
// the entry's ID, the participant's, carer's or child's ID, or the name in
// any spelling. Several entries of one recipient are all returned.
func (c *Conference) FindRecipient(who string) []string {
	var out []string
	key := textfold.Digraph(who)
	for _, d := range c.Distribution {
		if d.ID == "" {
			continue
		}
		if d.ID == who || d.ParticipantID != "" && d.ParticipantID == who || d.PersonID != "" && d.PersonID == who ||
			key != "" && textfold.Digraph(c.RecipientName(d)) == key {
			out = append(out, d.ID)
		}
	}
	return out
}

// ProposeDistribution returns the entries kofa proposes from the roles
// and the legal bases that the list does not hold yet: the minutes for
// every professional at the table but whoever takes or sends them (the
// pseudonymised minutes for one whose only basis is a pseudonymised
// consultation), a notice for those who
// sent apologies or stayed away, the feedback for a reporting
// professional owed it, the family letter for each carer and young
// person, and the child's page for each younger child of school age.
// The entries have no ID yet (AddDistribution gives one).
func (c *Conference) ProposeDistribution() []Distribution {
	var out []Distribution
	add := func(d Distribution) {
		if !c.hasDistribution(d) && !slices.ContainsFunc(out, func(x Distribution) bool { return sameRecipient(x, d) }) {
			out = append(out, d)
		}
	}
	sender, _ := c.Responsible(RespReceivesMinutes)
	for _, p := range c.Participants {
		if p.Family {
			continue
		}
		// Who takes or sends the minutes has them; they may owe a
		// feedback all the same.
		writes := p.HasRole(RoleMinuteTaker) || sender.ParticipantID == p.ID
		switch {
		case writes:
		case p.Attendance == AttendanceExcused || p.Attendance == AttendanceAbsent:
			add(Distribution{ParticipantID: p.ID, Variant: MinutesNotice, How: GivenEmail})
		case len(p.LegalBases) > 0 && !slices.ContainsFunc(p.LegalBases, LegalBasis.Identifying):
			add(Distribution{ParticipantID: p.ID, Variant: MinutesPseudonymised, How: GivenEmail})
		default:
			add(Distribution{ParticipantID: p.ID, Variant: MinutesFull, How: GivenEmail})
		}
		if p.OwedFeedback() {
			add(Distribution{ParticipantID: p.ID, Variant: MinutesFeedback, How: GivenPost})
		}
	}
	if c.Kind != KindCase {
		return out
	}
	for _, ca := range c.Carers {
		add(Distribution{PersonID: ca.ID, Variant: MinutesFamily, How: GivenPost})
	}
	for _, ch := range c.Children {
		age, ok := ch.AgeIn(c.Date.Year)
		switch {
		case ok && age >= YoungPersonAge:
			add(Distribution{PersonID: ch.ID, Variant: MinutesFamily, How: GivenPost})
		case ok && age >= childPageAge:
			add(Distribution{PersonID: ch.ID, Variant: MinutesChild, How: GivenHanded})
		}
	}
	return out
}

// YoungPersonAge is the age from which a child is a young person
// (Jugendliche:r, § 7 SGB VIII) who gets the family letter of their own.
const YoungPersonAge = 14

// childPageAge is the age from which kofa proposes a child's page: a
// child who reads, or has it read out.
const childPageAge = 6

// hasDistribution reports whether the list holds the entry's recipient
// with the same document already.
func (c *Conference) hasDistribution(d Distribution) bool {
	return slices.ContainsFunc(c.Distribution, func(x Distribution) bool { return sameRecipient(x, d) })
}

func sameRecipient(a, b Distribution) bool {
	return a.Variant == b.Variant && a.ParticipantID == b.ParticipantID && a.PersonID == b.PersonID &&
		textfold.Digraph(a.Recipient) == textfold.Digraph(b.Recipient)
}

// RecipientProblem says what is wrong with sending an entry's document to
// its recipient, as a message key ("" when nothing is): a professional
// without a legal basis for more than the pseudonymised minutes, a
// feedback to someone it is not owed to, a family document for someone
// outside the family.
func (c *Conference) RecipientProblem(d Distribution) string {
	switch d.Variant {
	case MinutesFamily, MinutesChild:
		if c.Carer(d.PersonID) == nil && c.Child(d.PersonID) == nil {
			if p := c.Participant(d.ParticipantID); p == nil || !p.Family {
				return KeyDistributionNotFamily
			}
		}
		if d.Variant == MinutesChild && c.Child(d.PersonID) == nil {
			return KeyDistributionNotChild
		}
		return ""
	case MinutesFeedback:
		if p := c.Participant(d.ParticipantID); p == nil || !p.OwedFeedback() {
			return KeyDistributionNotEntitled
		}
		return ""
	}
	if c.RecipientNeedsLegalBasis(d) && !hasBasis(c.RecipientBases(d)) {
		return KeyRecipientNoBasis
	}
	return ""
}

// Message keys of the distribution's problems.
const (
	KeyDistributionNotFamily   = "distribution.problem.not_family"
	KeyDistributionNotChild    = "distribution.problem.not_child"
	KeyDistributionNotEntitled = "distribution.problem.not_entitled"
	KeyDistributionHowUnknown  = "distribution.problem.how_unknown"
)

// distribution checks each entry: how it is given, and whether its
// recipient may get the document (RecipientProblem; a missing legal basis
// is validate_legal's).
func (v *validator) distribution() {
	c := v.c
	for i, d := range c.Distribution {
		path := "distribution/" + distributionKey(d, i)
		if d.How != "" && !slices.Contains(GivenWays, d.How) {
			v.add(path+"/how", KeyDistributionHowUnknown)
		}
		if key := c.RecipientProblem(d); key != "" && key != KeyRecipientNoBasis {
			v.add(path+"/variant", key)
		}
	}
}

// distributionKey names an entry in a problem's path: its ID, or its place
// in the list for an entry from before the IDs.
func distributionKey(d Distribution, i int) string {
	if d.ID != "" {
		return d.ID
	}
	return strconv.Itoa(i + 1)
}
