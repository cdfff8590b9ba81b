package report

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// The report counts the feedback owed to reporting professionals (§ 4
// Abs. 4 KKG): only those entitled to it, open until given or declined,
// overdue once its day has passed.
func TestFeedbackDutiesOverdueAreCounted(t *testing.T) {
	t.Parallel()
	day := func(n int) conference.Date { return conference.Date{Year: 2026, Month: 6, Day: 1}.AddDays(n) }
	today := day(29)
	reporter := func(profession string) conference.Participant {
		return conference.Participant{Roles: []string{conference.RoleReporter},
			Report: conference.Report{Profession: profession}}
	}
	c := &conference.Conference{ID: "a", Kind: conference.KindCase, Status: conference.StatusClosed, Date: day(0)}
	overdue := reporter(conference.ProfessionTeacher) // due day 14, open
	given := reporter(conference.ProfessionDoctor)
	given.Report.FeedbackGiven = day(3)
	declined := reporter(conference.ProfessionMidwife)
	declined.Report.NoFeedbackReason = "reason"
	notYetDue := reporter(conference.ProfessionCounsellor)
	notYetDue.Report.FeedbackDue = day(40)
	neighbour := reporter(conference.ProfessionOther) // owed nothing
	c.Participants = []conference.Participant{overdue, given, declined, notYetDue, neighbour}

	f := Digest(c)
	if len(f.Feedback) != 4 {
		t.Fatalf("facts hold %d feedback duties, want the 4 entitled reporters: %+v", len(f.Feedback), f.Feedback)
	}
	col := NewCollector()
	col.Add(f)
	r := col.Build(Period{From: day(0), To: today}, today)
	if r.FeedbackOwed != 4 || r.FeedbackOpen != 2 || r.FeedbackOverdue != 1 {
		t.Errorf("owed %d, open %d, overdue %d; want 4, 2, 1", r.FeedbackOwed, r.FeedbackOpen, r.FeedbackOverdue)
	}
	for lang, want := range map[i18n.Lang]string{
		i18n.DE: "geschuldet (§ 4 Abs. 4 KKG): 4; noch offen: 2, davon überfällig: 1",
		i18n.EN: "(§ 4 Abs. 4 KKG): 4; still open: 2, of them overdue: 1",
	} {
		if md := string(Markdown(r, NewWords(lang, nil))); !strings.Contains(md, want) {
			t.Errorf("%s: the report does not say %q:\n%s", lang, want, md)
		}
	}
}
