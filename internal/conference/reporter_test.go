package conference

import "testing"

func TestFeedbackIsOwedOnlyToProfessionalsBoundBySecrecy(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		profession string
		owed       bool
	}{
		{ProfessionDoctor, true}, {ProfessionMidwife, true}, {ProfessionPsychologist, true}, {ProfessionCounsellor, true},
		{ProfessionSocialWorker, true}, {ProfessionTeacher, true},
		{ProfessionProvider, false}, {ProfessionPolice, false}, {ProfessionOther, false}, {"", false},
	} {
		p := Participant{Roles: []string{RoleReporter}, Report: Report{Profession: tc.profession}}
		if got := p.OwedFeedback(); got != tc.owed {
			t.Errorf("%q: OwedFeedback = %v, want %v", tc.profession, got, tc.owed)
		}
		p.Roles = nil
		if p.OwedFeedback() {
			t.Errorf("%q: someone who did not report is owed feedback", tc.profession)
		}
	}
}

func TestFeedbackIsDueTwoWeeksAfterTheConferenceUnlessSet(t *testing.T) {
	t.Parallel()
	c := newCase()
	p := c.AddParticipant(Participant{Name: "Dr. Weber", Roles: []string{RoleReporter}, Report: Report{Profession: ProfessionDoctor}})
	if got, want := c.FeedbackDue(*p), c.Date.AddDays(14); got != want {
		t.Errorf("due %v, want %v", got, want)
	}
	p.Report.FeedbackDue = c.Date.AddDays(3)
	if got := c.FeedbackDue(*p); got != c.Date.AddDays(3) {
		t.Errorf("due %v, want the day set", got)
	}
}

func TestFeedbackStaysOpenUntilGivenOrAReasonIsRecorded(t *testing.T) {
	t.Parallel()
	p := Participant{Roles: []string{RoleReporter}, Report: Report{Profession: ProfessionTeacher}}
	if !p.FeedbackOpen() {
		t.Fatal("feedback owed and not given is not open")
	}
	given := p
	given.Report.FeedbackGiven = Date{2026, 12, 10}
	reason := p
	reason.Report.NoFeedbackReason = "Die Lehrerin hat die Schule verlassen"
	for name, q := range map[string]Participant{"given": given, "reason": reason} {
		if q.FeedbackOpen() {
			t.Errorf("%s: still open", name)
		}
	}
}

func TestProfessionIsSuggestedFromTheInstitution(t *testing.T) {
	t.Parallel()
	for inst, want := range map[string]string{
		"paediatrician": ProfessionDoctor, "school_teacher": ProfessionTeacher, "kita": ProfessionProvider,
		"school_social_work": ProfessionSocialWorker, "police": ProfessionPolice, "asd": "",
	} {
		if got := ProfessionOf(inst); got != want {
			t.Errorf("%s: %q, want %q", inst, got, want)
		}
	}
}

func TestTheFeedbackSaysWhatTheResultAndTheOpenWorkSay(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		category          string
		review            bool
		confirmed, acting bool
	}{
		{CategoryAcute, false, true, true},
		{CategoryLatent, false, true, true},
		{CategoryNeedForHelp, false, false, true},
		{CategoryNoNeed, false, false, false},
		{CategoryNoNeed, true, false, true},
	} {
		c := newCase()
		c.Assessment.Category = tc.category
		if tc.review {
			c.NextReview = c.Date.AddDays(30)
		}
		if got := c.IndicationsConfirmed(); got != tc.confirmed {
			t.Errorf("%s: confirmed %v, want %v", tc.category, got, tc.confirmed)
		}
		if got := c.OfficeActing(); got != tc.acting {
			t.Errorf("%s (review %v): acting %v, want %v", tc.category, tc.review, got, tc.acting)
		}
	}
	c := newCase()
	c.Assessment.Category = CategoryNoNeed
	c.AddAction(Action{What: "Gespräch"})
	if !c.OfficeActing() {
		t.Error("an open action is no acting")
	}
}

func TestValidateAsksWhatTheOpeningRecordsAboutTheReporter(t *testing.T) {
	t.Parallel()
	c := newCase()
	p := c.AddParticipant(Participant{Name: "A", Roles: []string{RoleReporter}})
	c.Status = StatusClosed
	has := func(key string) bool {
		for _, pr := range Validate(c) {
			if pr.Key == key && pr.Path != "" {
				return true
			}
		}
		return false
	}
	if !has(KeyReporterProfession) || !has(KeyReporterInvolved) {
		t.Error("a closed conference does not ask for the reporter's profession and involvement")
	}
	c.Participants[0].Report = Report{Profession: ProfessionTeacher, Involved: InvolvedNo}
	if has(KeyReporterProfession) || has(KeyReporterInvolved) || !has(KeyReporterReason) {
		t.Error("not involved without a reason is not named")
	}
	c.Participants[0].Report.NotInvolvedReason = "nicht erreichbar"
	if has(KeyReporterReason) {
		t.Error("a reason given is still asked for")
	}
	_ = p
}
