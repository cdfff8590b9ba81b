package seed

import (
	"fmt"
	"time"

	"kofa/internal/conference"
	"kofa/internal/demo"
)

// The size of the large conference the issue names: far beyond a real
// meeting (4 to 12 people), so that a keystroke or a save that is fast
// here is fast everywhere.
const (
	LargeParticipants  = 30
	LargeContributions = 500
	LargeRisks         = 150
	LargeActions       = 200
)

// Large returns a running conference of LargeParticipants participants,
// LargeContributions contributions, LargeRisks risk entries and
// LargeActions actions, standing in phase at now. It grows the sample
// conference by repeating its entries under new IDs (and numbered names),
// so every field is filled as in a real conference.
func Large(now time.Time, phase conference.PhaseID) *conference.Conference {
	c := demo.Sample("de", now)
	c.ID = conference.NewID()

	base := append([]conference.Participant(nil), c.Participants...)
	for i := len(c.Participants); i < LargeParticipants; i++ {
		p := base[i%len(base)]
		p.Name = fmt.Sprintf("%s %d", p.Name, i+1)
		p.Family = false // more family members would be unrealistic
		p.Relationship = ""
		p.Attendance = conference.AttendancePresent
		p.JoinedAt = c.StartedAt
		c.AddParticipant(p)
	}

	contribs := append([]conference.Contribution(nil), c.Contributions...)
	speakers := presentIDs(c)
	for i := len(c.Contributions); i < LargeContributions; i++ {
		x := contribs[i%len(contribs)]
		x.SpeakerID = speakers[i%len(speakers)]
		c.AddContribution(x)
	}

	risks := append([]conference.RiskEntry(nil), c.Risks...)
	for i := len(c.Risks); i < LargeRisks; i++ {
		r := risks[i%len(risks)]
		r.ReportedBy = speakers[i%len(speakers)]
		c.AddRisk(r)
	}

	actions := append([]conference.Action(nil), c.Actions...)
	for i := len(c.Actions); i < LargeActions; i++ {
		a := actions[i%len(actions)]
		a.OwnerID = speakers[i%len(speakers)]
		a.Institution = ""
		a.Due = a.Due.AddDays(i % 60)
		a.AgreedAt = time.Time{}
		c.AddAction(a)
	}

	c.Reopen(now)
	c.GoTo(phase, now)
	c.SetOrder()
	c.Touch(now)
	return c
}

// presentIDs are the participants in the room who are not family.
func presentIDs(c *conference.Conference) []string {
	var ids []string
	for _, p := range c.Participants {
		if p.Present() && !p.Family {
			ids = append(ids, p.ID)
		}
	}
	return ids
}
