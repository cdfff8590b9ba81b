package opening

import (
	"strings"
	"testing"

	"kofa/internal/conference"
)

// The opening records the reporting professional (issue 14): with the
// role, the form asks for the profession and whether they were involved in
// the risk assessment (and why not); a profession bound by secrecy is owed
// the feedback of § 4 Abs. 4 KKG, which is then a duty on the follow-up
// list until it is given or a reason is recorded.
func TestTheReportingProfessionalIsRecordedInTheOpening(t *testing.T) {
	r := newRig(t)
	r.Type("Dr. Jonas Weber")
	r.Key("tab", "tab", "tab", "tab") // type, institution, profession: to the roles
	if strings.Contains(r.View(), "Beruf der Meldenden") {
		t.Fatalf("the form asks for the reporter's profession before the role is chosen:\n%s", r.View())
	}
	r.Type("meldend")
	r.Key("enter")
	if !strings.Contains(r.View(), "Beruf der Meldenden") {
		t.Fatalf("the reporting role is chosen, but the profession is not asked:\n%s", r.View())
	}
	r.Key("tab", "tab") // past the legal basis to the profession
	r.Type("Arzt")
	r.Key("enter")
	if !strings.Contains(r.View(), "Rückmeldung fällig am") {
		t.Fatalf("a doctor is owed feedback, but its due date is not asked:\n%s", r.View())
	}
	r.Type("nicht")
	r.Key("enter")
	if !strings.Contains(r.View(), "Warum nicht beteiligt") {
		t.Fatalf("not involved, but the reason is not asked:\n%s", r.View())
	}
	r.Type("Praxis im Urlaub")
	r.Key("ctrl+s")

	ps := r.Ctx.Conf.Participants
	if len(ps) != 1 || !ps[0].IsReporter() {
		t.Fatalf("participants %+v", ps)
	}
	got := ps[0].Report
	if got.Profession != conference.ProfessionDoctor || got.Involved != conference.InvolvedNo || got.NotInvolvedReason != "Praxis im Urlaub" {
		t.Fatalf("report %+v", got)
	}
	duties := r.Ctx.Conf.OpenDuties()
	if len(duties) != 1 || duties[0].Kind != conference.DutyFeedback {
		t.Fatalf("open duties %+v, want the feedback owed to the doctor", duties)
	}
}
