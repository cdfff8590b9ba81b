package conference

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"kofa/internal/textfold"
)

// CooperationAgreement is a Kooperationsvereinbarung: institutions agree
// in writing how they work together in child protection (a youth-welfare
// office with a Kita under § 8a Abs. 4 SGB VIII, with the police, with a
// clinic). Nobody looks at such an agreement until something goes wrong
// unless a date says when to: every agreement has a review date, and its
// review is recorded (Review). Agreements live in a register of their own
// (the store keeps it); a network meeting that creates or reviews one
// records it as the meeting left it (Conference.Cooperation).
type CooperationAgreement struct {
	// ID is opaque and random (NewID), as a conference's.
	ID       string             `json:"id"`
	Subject  string             `json:"subject"`
	Partners []AgreementPartner `json:"partners,omitempty"`
	SignedOn Date               `json:"signed_on,omitzero"`
	ReviewBy Date               `json:"review_by,omitzero"`
	// Status is one of AgreementStatuses.
	Status string `json:"status"`
	Note   string `json:"note,omitempty"`
	// Reviews are the agreement's reviews, oldest first.
	Reviews []AgreementReview `json:"reviews,omitempty"`
	// CreatedIn is the network meeting that made the agreement ("" when
	// it was made on its own screen or the command line).
	CreatedIn ID        `json:"created_in,omitempty"`
	CreatedAt time.Time `json:"created_at,omitzero"`
	// UpdatedAt is when it was last changed, wherever: of two versions
	// the later one wins (the store's register, the meeting's record).
	UpdatedAt time.Time `json:"updated_at,omitzero"`
}

// AgreementPartner is one party to an agreement and its contact person
// for it.
type AgreementPartner struct {
	Institution string `json:"institution"`
	Contact     string `json:"contact,omitempty"`
}

// AgreementReview is one review of an agreement: when, where, with what
// outcome, and the review date it set.
type AgreementReview struct {
	On Date `json:"on"`
	// In is the network meeting that reviewed it ("" elsewhere), Meeting
	// its topic, so the review reads on its own when the meeting is
	// deleted.
	In      ID     `json:"in,omitempty"`
	Meeting string `json:"meeting,omitempty"`
	// Outcome is one of ReviewOutcomes.
	Outcome  string `json:"outcome"`
	ReviewBy Date   `json:"review_by,omitzero"`
	Note     string `json:"note,omitempty"`
}

// Status of a cooperation agreement.
const (
	AgreementDraft    = "draft"
	AgreementInForce  = "in_force"
	AgreementRevising = "revising"
	AgreementEnded    = "ended"
)

// Outcomes of an agreement's review.
const (
	ReviewConfirmed = "confirmed" // stays in force as it is
	ReviewRevise    = "revise"    // to be revised
	ReviewEnd       = "end"       // ends
)

// AgreementStatuses and ReviewOutcomes list the codes in display order.
var (
	AgreementStatuses = []string{AgreementDraft, AgreementInForce, AgreementRevising, AgreementEnded}
	ReviewOutcomes    = []string{ReviewConfirmed, ReviewRevise, ReviewEnd}
)

// outcomeStatus is the status a review's outcome leaves an agreement in.
var outcomeStatus = map[string]string{
	ReviewConfirmed: AgreementInForce,
	ReviewRevise:    AgreementRevising,
	ReviewEnd:       AgreementEnded,
}

// Active reports whether the agreement still needs looking after: it has
// not ended.
func (a CooperationAgreement) Active() bool { return a.Status != AgreementEnded }

// ReviewDue reports whether the agreement's review is due on today: its
// review date has come and it has not ended.
func (a CooperationAgreement) ReviewDue(today Date) bool {
	return a.Active() && !a.ReviewBy.IsZero() && !a.ReviewBy.After(today)
}

// DaysOverdue is how many days the review is past its date on today (0
// or less when it is not, or none is due).
func (a CooperationAgreement) DaysOverdue(today Date) int {
	if !a.Active() {
		return 0
	}
	return DaysOverdue(a.ReviewBy, today)
}

// PartnerNames joins the partners' institutions with ", ".
func (a CooperationAgreement) PartnerNames() string {
	names := make([]string, 0, len(a.Partners))
	for _, p := range a.Partners {
		names = append(names, p.Institution)
	}
	return strings.Join(names, ", ")
}

// Review records a review of the agreement on r.On: the status follows
// the outcome, and a review date given becomes the agreement's. It
// refuses an unknown outcome.
func (a *CooperationAgreement) Review(r AgreementReview, now time.Time) bool {
	status, ok := outcomeStatus[r.Outcome]
	if !ok {
		return false
	}
	a.Status = status
	if !r.ReviewBy.IsZero() {
		a.ReviewBy = r.ReviewBy
	}
	a.Reviews = append(a.Reviews, r)
	a.UpdatedAt = now
	return true
}

// Copy returns a copy that shares no slice with a. (It is no Clone: that
// name is the deep copy of a conference, which the event loop must never
// reach; copying an agreement is cheap.)
func (a CooperationAgreement) Copy() CooperationAgreement {
	a.Partners = slices.Clone(a.Partners)
	a.Reviews = slices.Clone(a.Reviews)
	return a
}

// Equal reports whether two versions of an agreement say the same.
func (a CooperationAgreement) Equal(b CooperationAgreement) bool {
	return a.ID == b.ID && a.Subject == b.Subject && slices.Equal(a.Partners, b.Partners) &&
		a.SignedOn == b.SignedOn && a.ReviewBy == b.ReviewBy && a.Status == b.Status && a.Note == b.Note &&
		slices.Equal(a.Reviews, b.Reviews) && a.CreatedIn == b.CreatedIn &&
		a.CreatedAt.Equal(b.CreatedAt) && a.UpdatedAt.Equal(b.UpdatedAt)
}

// Message keys of an agreement's problems.
const (
	KeyAgreementSubjectMissing = "cooperation.problem.subject_missing"
	KeyAgreementPartners       = "cooperation.problem.partners"
	KeyAgreementPartnerName    = "cooperation.problem.partner_name"
	KeyAgreementStatus         = "cooperation.problem.status"
	KeyAgreementReviewMissing  = "cooperation.problem.review_missing"
	KeyAgreementReviewBefore   = "cooperation.problem.review_before_signed"
)

// Problems lists what is missing or wrong in the agreement, in the order
// of its fields (paths relative to the agreement): a subject, at least
// two partners each with an institution, a known status, and a review
// date, not before it was signed, while it has not ended.
func (a CooperationAgreement) Problems() []Problem {
	var out []Problem
	add := func(path, key string) { out = append(out, Problem{Path: path, Key: key}) }
	if strings.TrimSpace(a.Subject) == "" {
		add("subject", KeyAgreementSubjectMissing)
	}
	if len(a.Partners) < 2 {
		add("partners", KeyAgreementPartners)
	}
	for i, p := range a.Partners {
		if strings.TrimSpace(p.Institution) == "" {
			add("partners/"+strconv.Itoa(i)+"/institution", KeyAgreementPartnerName)
		}
	}
	if !contains(AgreementStatuses, a.Status) {
		add("status", KeyAgreementStatus)
	}
	switch {
	case a.ReviewBy.IsZero() && a.Active():
		add("review_by", KeyAgreementReviewMissing)
	case !a.ReviewBy.IsZero() && !a.SignedOn.IsZero() && a.ReviewBy.Before(a.SignedOn):
		add("review_by", KeyAgreementReviewBefore)
	}
	return out
}

// CompareAgreements orders agreements for a register: the active ones
// first, by review date (earliest, so most overdue, first; undated last),
// then by subject and ID, so the order is total.
func CompareAgreements(a, b CooperationAgreement) int {
	if c := cmp.Compare(boolRank(!a.Active()), boolRank(!b.Active())); c != 0 {
		return c
	}
	if c := cmp.Compare(boolRank(a.ReviewBy.IsZero()), boolRank(b.ReviewBy.IsZero())); c != 0 {
		return c
	}
	if c := a.ReviewBy.Compare(b.ReviewBy); c != 0 {
		return c
	}
	if c := strings.Compare(strings.ToLower(a.Subject), strings.ToLower(b.Subject)); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CooperationAgreement returns the agreement this meeting recorded with
// the ID, or nil.
func (c *Conference) CooperationAgreement(id string) *CooperationAgreement {
	for i := range c.Cooperation {
		if c.Cooperation[i].ID == id {
			return &c.Cooperation[i]
		}
	}
	return nil
}

// RecordAgreement records a in this meeting as the meeting leaves it (a
// copy): it replaces the meeting's record of the same agreement, or is
// added to them.
func (c *Conference) RecordAgreement(a CooperationAgreement) *CooperationAgreement {
	a = a.Copy()
	if x := c.CooperationAgreement(a.ID); x != nil {
		*x = a
		return x
	}
	c.Cooperation = append(c.Cooperation, a)
	return &c.Cooperation[len(c.Cooperation)-1]
}

// Register merges the register of agreements with what this meeting
// recorded: the later version of each agreement wins (the meeting's when
// it changed the agreement since the register was read), and an agreement
// made in the meeting joins the list. The result is sorted as
// CompareAgreements, and shares no slice with either.
func (c *Conference) Register(register []CooperationAgreement) []CooperationAgreement {
	out := make([]CooperationAgreement, 0, len(register)+len(c.Cooperation))
	for _, a := range register {
		if x := c.CooperationAgreement(a.ID); x != nil && !x.UpdatedAt.Before(a.UpdatedAt) {
			a = *x
		}
		out = append(out, a.Copy())
	}
	for _, x := range c.Cooperation {
		if !slices.ContainsFunc(register, func(a CooperationAgreement) bool { return a.ID == x.ID }) {
			out = append(out, x.Copy())
		}
	}
	slices.SortFunc(out, CompareAgreements)
	return out
}

// AgreementChange says what this meeting did to an agreement it recorded,
// for the minutes: made it, reviewed it (the reviews it recorded), or
// otherwise changed it.
func (c *Conference) AgreementChange(a CooperationAgreement) (created bool, reviews []AgreementReview) {
	for _, r := range a.Reviews {
		if r.In == c.ID && c.ID != "" {
			reviews = append(reviews, r)
		}
	}
	return a.CreatedIn == c.ID && c.ID != "", reviews
}

// cooperation checks the agreements the meeting made or reviewed.
func (v *validator) cooperation() {
	for _, a := range v.c.Cooperation {
		for _, p := range a.Problems() {
			v.add("cooperation/"+a.ID+"/"+p.Path, p.Key)
		}
	}
}

// CleanText cleans every text of the agreement as typed text is cleaned
// (text.go) and returns how many it changed. The store calls it on every
// agreement it reads, so no output (the screen, --json, the export)
// passes on a terminal control from an edited file or an import.
func (a *CooperationAgreement) CleanText() int {
	v := &texts{}
	a.texts(v)
	return v.changed
}

func (a *CooperationAgreement) texts(v *texts) {
	text(v, &a.ID, textCode)
	text(v, &a.Subject, textLine)
	for i := range a.Partners {
		text(v, &a.Partners[i].Institution, textLine)
		text(v, &a.Partners[i].Contact, textLine)
	}
	text(v, &a.Status, textCode)
	text(v, &a.Note, textFree)
	for i := range a.Reviews {
		r := &a.Reviews[i]
		text(v, &r.In, textCode)
		text(v, &r.Meeting, textLine)
		text(v, &r.Outcome, textCode)
		text(v, &r.Note, textFree)
	}
	text(v, &a.CreatedIn, textCode)
}

// ReviewHorizon is how many days ahead the follow-up list shows the
// reviews of cooperation agreements (the overdue ones always).
const ReviewHorizon = 30

// ReviewFilter chooses the reviews of cooperation agreements the
// follow-up list shows: due within ReviewHorizon days of Today (only the
// overdue ones with Overdue), of an agreement whose partners match
// Institution and whose contact persons match Person (a part of the name,
// ignoring case, accents and umlaut spelling; empty matches all).
type ReviewFilter struct {
	Today               Date
	Overdue             bool
	Institution, Person string
}

// ReviewsToFollow returns the agreements whose review the follow-up list
// shows (see ReviewFilter), the most overdue first.
func ReviewsToFollow(list []CooperationAgreement, f ReviewFilter) []CooperationAgreement {
	var out []CooperationAgreement
	for _, a := range list {
		switch {
		case !a.Active() || a.ReviewBy.IsZero():
		case f.Overdue && !a.ReviewBy.Before(f.Today):
		case a.ReviewBy.After(f.Today.AddDays(ReviewHorizon)):
		case !a.partnerMatches(f.Institution, func(p AgreementPartner) string { return p.Institution }):
		case !a.partnerMatches(f.Person, func(p AgreementPartner) string { return p.Contact }):
		default:
			out = append(out, a)
		}
	}
	slices.SortFunc(out, CompareAgreements)
	return out
}

// partnerMatches reports whether a partner's field (of) matches query.
func (a CooperationAgreement) partnerMatches(query string, of func(AgreementPartner) string) bool {
	if strings.TrimSpace(query) == "" {
		return true
	}
	return slices.ContainsFunc(a.Partners, func(p AgreementPartner) bool { return textfold.Contains(of(p), query) })
}
