package conference

import (
	"slices"
	"strings"
	"testing"
)

// kitaAgreement is an agreement in force between the youth-welfare office
// and a Kita, due for review on review.
func kitaAgreement(review Date) CooperationAgreement {
	return CooperationAgreement{
		ID: "k2v8m4qa", Subject: "Meldewege nach § 8a Abs. 4",
		Partners: []AgreementPartner{{Institution: "Jugendamt Nord", Contact: "Petra Albers"}, {Institution: "Kita Sonnenblume", Contact: "Aylin Demir"}},
		SignedOn: DateOf(t0).AddDays(-700), ReviewBy: review, Status: AgreementInForce, UpdatedAt: t0.AddDate(0, 0, -30),
	}
}

func TestAReviewSetsTheStatusAndTheNextReviewDate(t *testing.T) {
	t.Parallel()
	today := DateOf(t0)
	tests := []struct {
		outcome, status string
	}{
		{ReviewConfirmed, AgreementInForce},
		{ReviewRevise, AgreementRevising},
		{ReviewEnd, AgreementEnded},
	}
	for _, tt := range tests {
		a := kitaAgreement(today.AddDays(-3))
		r := AgreementReview{On: today, In: "n4t7w2kq", Meeting: "Runder Tisch", Outcome: tt.outcome, ReviewBy: today.AddDays(365), Note: "x"}
		if !a.Review(r, at(5)) {
			t.Fatalf("%s refused", tt.outcome)
		}
		if a.Status != tt.status || a.ReviewBy != today.AddDays(365) || len(a.Reviews) != 1 || !a.UpdatedAt.Equal(at(5)) {
			t.Errorf("%s: %+v", tt.outcome, a)
		}
	}
	a := kitaAgreement(today)
	if a.Review(AgreementReview{On: today, Outcome: "maybe"}, at(5)) || len(a.Reviews) != 0 {
		t.Error("an unknown outcome was taken")
	}
	if !a.Review(AgreementReview{On: today, Outcome: ReviewRevise}, at(5)) || a.ReviewBy != today {
		t.Errorf("a review without a new date moved the old one: %v", a.ReviewBy)
	}
}

func TestAReviewIsDueFromItsDateUntilTheAgreementEnds(t *testing.T) {
	t.Parallel()
	today := DateOf(t0)
	tests := []struct {
		review Date
		status string
		due    bool
		days   int
	}{
		{today.AddDays(-10), AgreementInForce, true, 10},
		{today, AgreementRevising, true, 0},
		{today.AddDays(1), AgreementInForce, false, -1},
		{today.AddDays(-10), AgreementEnded, false, 0},
		{Date{}, AgreementDraft, false, 0},
	}
	for _, tt := range tests {
		a := kitaAgreement(tt.review)
		a.Status = tt.status
		if got := a.ReviewDue(today); got != tt.due {
			t.Errorf("%v %s: due %v, want %v", tt.review, tt.status, got, tt.due)
		}
		if got := a.DaysOverdue(today); got != tt.days {
			t.Errorf("%v %s: %d days overdue, want %d", tt.review, tt.status, got, tt.days)
		}
	}
}

func TestAgreementProblems(t *testing.T) {
	t.Parallel()
	keys := func(a CooperationAgreement) []string {
		var out []string
		for _, p := range a.Problems() {
			out = append(out, p.Path+" "+p.Key)
		}
		return out
	}
	if got := keys(kitaAgreement(DateOf(t0))); len(got) != 0 {
		t.Errorf("a complete agreement has problems: %v", got)
	}
	a := CooperationAgreement{Partners: []AgreementPartner{{Contact: "Frau A."}}, Status: "signed"}
	want := []string{"subject " + KeyAgreementSubjectMissing, "partners " + KeyAgreementPartners,
		"partners/0/institution " + KeyAgreementPartnerName, "status " + KeyAgreementStatus, "review_by " + KeyAgreementReviewMissing}
	if got := keys(a); !slices.Equal(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	b := kitaAgreement(DateOf(t0).AddDays(-800))
	if got := keys(b); !slices.Equal(got, []string{"review_by " + KeyAgreementReviewBefore}) {
		t.Errorf("review before signing: %v", got)
	}
	b.ReviewBy, b.Status = Date{}, AgreementEnded
	if got := keys(b); len(got) != 0 {
		t.Errorf("an ended agreement needs no review date: %v", got)
	}
}

func TestTheRegisterListsDueReviewsFirstAndEndedLast(t *testing.T) {
	t.Parallel()
	today := DateOf(t0)
	mk := func(id, subject string, review Date, status string) CooperationAgreement {
		a := kitaAgreement(review)
		a.ID, a.Subject, a.Status = id, subject, status
		return a
	}
	list := []CooperationAgreement{
		mk("e", "Polizei", today.AddDays(-400), AgreementEnded),
		mk("u", "Schule", Date{}, AgreementDraft),
		mk("l", "Klinik", today.AddDays(200), AgreementInForce),
		mk("o", "Kita", today.AddDays(-5), AgreementInForce),
		mk("b", "Beratung", today.AddDays(200), AgreementInForce),
	}
	slices.SortFunc(list, CompareAgreements)
	var got []string
	for _, a := range list {
		got = append(got, a.ID)
	}
	if want := []string{"o", "b", "l", "u", "e"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestAMeetingsRecordOfAnAgreementWinsWhileItIsTheLater(t *testing.T) {
	t.Parallel()
	c, _, _ := newNetwork()
	today := DateOf(t0)
	register := []CooperationAgreement{kitaAgreement(today), {ID: "p9", Subject: "Polizei", Status: AgreementInForce, UpdatedAt: t0}}
	reviewed := register[0].Copy()
	reviewed.Review(AgreementReview{On: today, In: c.ID, Meeting: c.Topic, Outcome: ReviewConfirmed, ReviewBy: today.AddDays(365)}, at(10))
	c.RecordAgreement(reviewed)
	made := c.RecordAgreement(CooperationAgreement{ID: "n1", Subject: "Klinik", Status: AgreementDraft, CreatedIn: c.ID, UpdatedAt: at(12)})
	made.Subject = "Kinderklinik"
	if c.CooperationAgreement("n1").Subject != "Kinderklinik" || len(c.Cooperation) != 2 {
		t.Fatalf("records %+v", c.Cooperation)
	}
	merged := c.Register(register)
	byID := map[string]CooperationAgreement{}
	for _, a := range merged {
		byID[a.ID] = a
	}
	if len(merged) != 3 || byID["k2v8m4qa"].ReviewBy != today.AddDays(365) || byID["n1"].Subject != "Kinderklinik" || byID["p9"].Subject != "Polizei" {
		t.Fatalf("merged %+v", merged)
	}
	if created, reviews := c.AgreementChange(byID["k2v8m4qa"]); created || len(reviews) != 1 {
		t.Errorf("the reviewed agreement: created %v, %d reviews", created, len(reviews))
	}
	if created, _ := c.AgreementChange(byID["n1"]); !created {
		t.Error("the agreement made here is not said to be made here")
	}
	// Changed in the register since (on its own screen): that version is
	// the later one and wins.
	register[0].Subject, register[0].UpdatedAt = "Meldewege (neu)", at(20)
	if got := c.Register(register); got[slices.IndexFunc(got, func(a CooperationAgreement) bool { return a.ID == "k2v8m4qa" })].Subject != "Meldewege (neu)" {
		t.Error("the meeting's older record won over the register's later change")
	}
	merged[0].Partners[0].Contact = "changed"
	if register[0].Partners[0].Contact == "changed" || c.Cooperation[0].Partners[0].Contact == "changed" {
		t.Error("the merged list shares partners with its sources")
	}
}

func TestAMeetingIsToldWhatItsAgreementsLack(t *testing.T) {
	t.Parallel()
	c, _, _ := newNetwork()
	c.RecordAgreement(CooperationAgreement{ID: "n1", Subject: "Klinik", Status: AgreementDraft})
	var got []string
	for _, p := range Validate(c) {
		if strings.HasPrefix(p.Path, "cooperation/") {
			got = append(got, p.Path)
		}
	}
	if want := []string{"cooperation/n1/partners", "cooperation/n1/review_by"}; !slices.Equal(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
}

func TestTheFollowUpListShowsReviewsDueWithinItsHorizon(t *testing.T) {
	t.Parallel()
	today := DateOf(t0)
	mk := func(id string, review Date, status string, partner, contact string) CooperationAgreement {
		return CooperationAgreement{ID: id, Subject: id, ReviewBy: review, Status: status,
			Partners: []AgreementPartner{{Institution: "Jugendamt Nord"}, {Institution: partner, Contact: contact}}}
	}
	list := []CooperationAgreement{
		mk("soon", today.AddDays(ReviewHorizon), AgreementInForce, "Polizeiinspektion Nord", "Markus Brandt"),
		mk("later", today.AddDays(ReviewHorizon+1), AgreementInForce, "Kita", ""),
		mk("late", today.AddDays(-3), AgreementRevising, "Grundschule Müllerstraße", "Frau Groß"),
		mk("ended", today.AddDays(-3), AgreementEnded, "Klinik", ""),
		mk("undated", Date{}, AgreementDraft, "Schule", ""),
	}
	ids := func(f ReviewFilter) []string {
		var out []string
		for _, a := range ReviewsToFollow(list, f) {
			out = append(out, a.ID)
		}
		return out
	}
	tests := []struct {
		f    ReviewFilter
		want []string
	}{
		{ReviewFilter{Today: today}, []string{"late", "soon"}},
		{ReviewFilter{Today: today, Overdue: true}, []string{"late"}},
		{ReviewFilter{Today: today, Institution: "mueller"}, []string{"late"}},
		{ReviewFilter{Today: today, Institution: "jugendamt"}, []string{"late", "soon"}},
		{ReviewFilter{Today: today, Person: "gross"}, []string{"late"}},
		{ReviewFilter{Today: today, Person: "Albers"}, nil},
	}
	for _, tt := range tests {
		if got := ids(tt.f); !slices.Equal(got, tt.want) {
			t.Errorf("%+v: %v, want %v", tt.f, got, tt.want)
		}
	}
}
