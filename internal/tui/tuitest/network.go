package tuitest

import (
	"time"

	"kofa/internal/conference"
)

// NetworkPeople are the participant IDs of NetworkMeeting.
type NetworkPeople struct {
	Albers, Brandt, Hartmann, Weber string
}

// NetworkMeeting is a running network meeting ("Runder Tisch Kinderschutz
// Nord") started at start-70min and now in phase id: the youth-welfare
// office facilitates, the police, school social work and a
// paediatrician take part; the paediatrician sent apologies.
func NetworkMeeting(start time.Time, id conference.PhaseID) (*conference.Conference, NetworkPeople) {
	c := conference.New("n4t7w2kq", conference.KindNetwork, start.Add(-72*time.Hour))
	c.Date = conference.DateOf(start)
	c.Topic = "Runder Tisch Kinderschutz Nord"
	var ps NetworkPeople
	add := func(p conference.Participant) string {
		if p.Attendance == "" {
			p.Attendance = conference.AttendancePresent
		}
		return c.AddParticipant(p).ID
	}
	ps.Albers = add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord",
		Roles: []string{conference.RoleFacilitator}})
	ps.Brandt = add(conference.Participant{Name: "Markus Brandt", InstitutionType: "police", Institution: "Polizeiinspektion Nord"})
	ps.Hartmann = add(conference.Participant{Name: "Lena Hartmann", InstitutionType: "school_social_work", Institution: "Grundschule Am Hang"})
	ps.Weber = add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician",
		Attendance: conference.AttendanceExcused})
	c.Start(start.Add(-70 * time.Minute))
	c.GoTo(id, start)
	return c, ps
}
