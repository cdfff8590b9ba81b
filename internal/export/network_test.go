package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// networkMeeting is the third meeting of a round table, closed and
// released: it reviews the actions of the last meeting (one done, one
// carried forward back under its item, which was parked), takes the
// reports of three institutions, deals with three agenda items (one
// carried, one with decisions and two actions, one parked), makes one
// cooperation agreement and reviews another, parks a topic and agrees the
// next meeting.
func networkMeeting() *conference.Conference {
	at := time.Date(2026, 11, 23, 14, 0, 0, 0, cet)
	prev := conference.New("n1a2b3c4", conference.KindNetwork, at.AddDate(0, -3, 0))
	prev.Topic = "Runder Tisch Kinderschutz Nord"
	albers := prev.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord",
		Roles: []string{conference.RoleFacilitator, conference.RoleMinuteTaker}}).ID
	brandt := prev.AddParticipant(conference.Participant{Name: "Markus Brandt", InstitutionType: "police", Institution: "Polizeiinspektion Nord"}).ID
	hartmann := prev.AddParticipant(conference.Participant{Name: "Lena Hartmann", InstitutionType: "school_social_work", Institution: "Grundschule Am Hang"}).ID
	weber := prev.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician", Institution: "Praxis Dr. Weber"}).ID
	fachtag := prev.AddAgendaItem(conference.AgendaItem{Title: "Fachtag Kinderschutz 2027", LeadID: brandt, Status: conference.ItemParked}).ID
	meldewege := prev.AddAgendaItem(conference.AgendaItem{Title: "Meldewege", LeadID: albers, Status: conference.ItemDone}).ID
	raum := prev.AddAction(conference.Action{What: "Raum in der Stadthalle anfragen", OwnerID: brandt, Due: conference.DateOf(at).AddDays(-30), Item: fachtag}).ID
	bogen := prev.AddAction(conference.Action{What: "Meldebogen an die Schulen schicken", OwnerID: albers, Due: conference.DateOf(at).AddDays(-60), Item: meldewege}).ID
	prev.NextReview, prev.NextReviewTime = conference.DateOf(at), "14:00"

	c := conference.NewFollowUp(prev, "n4t7w2kq", at.AddDate(0, 0, -7))
	c.Place = "Rathaus, Raum 3"
	c.PlannedMinutes = 120
	c.Start(at)
	for _, id := range []string{albers, brandt, hartmann} {
		c.Join(id, at)
	}
	c.Participant(weber).Attendance = conference.AttendanceExcused
	c.GoTo(conference.PhaseReview, at.Add(5*time.Minute))
	c.SetReview(bogen, conference.FollowUpDone, "an alle zwölf Schulen")
	c.CarryForward(raum, conference.DateOf(at).AddDays(60))

	c.GoTo(conference.PhaseReports, at.Add(15*time.Minute))
	c.AddContribution(conference.Contribution{SpeakerID: albers, Text: "Neue Ansprechperson im ASD für die Schulen: Frau Graf"})
	c.AddContribution(conference.Contribution{SpeakerID: brandt, Text: "Mehr Einsätze wegen häuslicher Gewalt,\nMeldungen kommen schneller beim ASD an"})
	c.AddContribution(conference.Contribution{SpeakerID: hartmann, Text: "Schulsozialarbeit an zwei weiteren Schulen"})

	c.GoTo(conference.PhaseAgenda, at.Add(35*time.Minute))
	c.AgendaItem(fachtag).Discussion = "Termin im Mai ist schwierig wegen der Prüfungszeit."
	c.AgendaItem(fachtag).Decisions = "Fachtag im September\nPolizei lädt ein, ASD stellt den Raum"
	c.AgendaItem(fachtag).Status = conference.ItemDone
	c.AddAction(conference.Action{What: "Einladung an alle Schulen", OwnerID: brandt, Due: conference.DateOf(at).AddDays(45), Item: fachtag})
	leitfaden := c.AddAgendaItem(conference.AgendaItem{Title: "Leitfaden *Schule* → ASD", LeadID: hartmann,
		Discussion: "Entwurf liegt vor", Status: conference.ItemParked}).ID
	c.AddAction(conference.Action{What: "Entwurf an alle schicken", OwnerID: hartmann, Due: conference.DateOf(at).AddDays(14), Item: leitfaden})
	for _, a := range c.Actions {
		c.Agree(a.ID, at.Add(80*time.Minute))
	}

	c.GoTo(conference.PhaseCooperation, at.Add(70*time.Minute))
	day := conference.DateOf(at)
	c.RecordAgreement(conference.CooperationAgreement{
		ID: "k9m3p7qa", Subject: "Häusliche Gewalt: Polizei informiert das Jugendamt",
		Partners: []conference.AgreementPartner{{Institution: "Polizeiinspektion Nord", Contact: "Markus Brandt"}, {Institution: "Jugendamt Nord", Contact: "Petra Albers"}},
		SignedOn: day, ReviewBy: day.AddDays(365), Status: conference.AgreementInForce, CreatedIn: c.ID, CreatedAt: at, UpdatedAt: at,
	})
	kita := conference.CooperationAgreement{
		ID: "k2v8m4qa", Subject: "Meldewege nach § 8a Abs. 4",
		Partners: []conference.AgreementPartner{{Institution: "Jugendamt Nord"}, {Institution: "Kita Sonnenblume", Contact: "Aylin Demir"}},
		SignedOn: day.AddDays(-700), ReviewBy: day.AddDays(-12), Status: conference.AgreementInForce,
	}
	kita.Review(conference.AgreementReview{On: day, In: c.ID, Meeting: c.Topic, Outcome: conference.ReviewRevise,
		ReviewBy: day.AddDays(90), Note: "Ansprechpersonen fehlen"}, at)
	c.RecordAgreement(kita)

	c.GoTo(conference.PhaseClosing, at.Add(85*time.Minute))
	c.Park("Datenschutz bei Fallberatungen", hartmann, at.Add(86*time.Minute))
	c.NextReview, c.NextReviewTime = day.AddDays(91), "14:00"
	c.Distribution = []conference.Distribution{{ParticipantID: brandt, Variant: conference.MinutesFull},
		{Recipient: "Netzwerkkoordination Frühe Hilfen", Variant: conference.MinutesPseudonymised}}
	c.Close(at.Add(95 * time.Minute))
	if err := c.ReleaseMinutes("Petra Albers", "Netzwerkkoordination", day.AddDays(14), at.Add(2*time.Hour)); err != nil {
		panic(err)
	}
	return c
}

func TestGoldenNetworkMinutes(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"network_de", Options{Lang: i18n.DE}},
		{"network_en", Options{Lang: i18n.EN}},
		{"network_pseudonymised_de", Options{Lang: i18n.DE, Variant: VariantPseudonymised}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.ExportedAt = exportedAt
			got := Markdown(networkMeeting(), opt)
			matchGolden(t, tc.name, got)
			for _, broken := range []string{"!network.", "!export.", "!cooperation.", "%!"} {
				if bytes.Contains(got, []byte(broken)) {
					t.Errorf("a message is missing or malformed (%s)", broken)
				}
			}
		})
	}
}

// TestTheNetworkMinutesHaveTheirShape parses the minutes with goldmark:
// a section per phase, a heading per agenda item, the decisions as a list,
// a table of actions per item with actions, the agreements as a table;
// no case phase, and no markup from user text.
func TestTheNetworkMinutesHaveTheirShape(t *testing.T) {
	t.Parallel()
	got := Markdown(networkMeeting(), Options{Lang: i18n.DE, ExportedAt: exportedAt})
	s := parseShape(t, got)
	for _, h := range []string{"## Berichte aus den Institutionen", "## Tagesordnungspunkte", "### TOP 1: Fachtag Kinderschutz 2027",
		"### TOP 2: Leitfaden \\*Schule\\* → ASD", "## Kooperationsvereinbarungen", "## Nächstes Treffen", "**Beschlüsse:**"} {
		if !bytes.Contains(got, []byte(h)) {
			t.Errorf("minutes lack %q", h)
		}
	}
	for _, never := range []string{"Fallvorstellung", "Gefährdungseinschätzung", "Sicht des Kindes", "Folgekonferenz", "Fallkennung",
		"Vereinbarungen erfasst", "Konferenz"} {
		if bytes.Contains(got, []byte(never)) {
			t.Errorf("the network minutes show %q", never)
		}
	}
	// Tables: participants, review of the last meeting's actions, the
	// actions of item 1 (two: carried and new) and of item 2, the
	// agreements, the distribution, the course.
	want := []string{"5 rows: 5,5,5,5,5", "3 rows: 8,8,8", "3 rows: 6,6,6", "2 rows: 6,6", "3 rows: 5,5,5", "3 rows: 3,3,3"} // distribution: recipient, document, how
	if len(s.tables) < len(want)+1 || strings.Join(s.tables[:len(want)], ";") != strings.Join(want, ";") {
		t.Errorf("tables %v, want %v then the course", s.tables, want)
	}
	for _, k := range forbidden {
		if s.kinds[k.String()] > 0 {
			t.Errorf("user text made a %s", k)
		}
	}
	if bytes.Contains(got, []byte("<em>")) || bytes.Contains(got, []byte("*Schule*")) {
		t.Error("the asterisks of a title reached the Markdown unescaped")
	}
}

// TestPseudonymisedNetworkMinutesNameNoContactPerson: the contact persons
// of the agreements stay out of the pseudonymised minutes, as the names
// of the participants do.
func TestPseudonymisedNetworkMinutesNameNoContactPerson(t *testing.T) {
	t.Parallel()
	got := Markdown(networkMeeting(), Options{Lang: i18n.EN, Variant: VariantPseudonymised, ExportedAt: exportedAt})
	for _, name := range []string{"Aylin Demir", "Markus Brandt", "Petra Albers", "Lena Hartmann"} {
		if i := bytes.Index(got, []byte(name)); i >= 0 && !strings.Contains(string(got[max(0, i-300):i]), "Released by") {
			t.Errorf("the pseudonymised minutes name %s:\n%s", name, got[max(0, i-200):min(len(got), i+100)])
		}
	}
}
