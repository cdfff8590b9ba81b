// Package demo builds kofa's sample conference: a complete, entirely
// fictional child-protection case conference that fills every phase. It
// backs `kofa demo`, screenshots and tests of the export, so it must be
// realistic, deterministic and never look stale.
//
// Every person, institution and event in it is invented. The free text
// names the child only as "Kind (6)" / "child (6)"; the records of the
// children and their parents hold their (invented) names.
package demo

import (
	"fmt"
	"strings"
	"time"

	"kofa/internal/conference"
)

// ID is the fixed ID of the sample conference (a valid conference ID, so
// it can be stored and exported like any other).
const ID conference.ID = "demk2ra7"

// startHour is when the sample conference begins on the day of now.
const startHour = 9

// Sample returns the sample conference in German, or with its free texts in
// English when lang is "en" (or an English tag such as "en-GB"). It takes
// place on now's calendar day in now's time zone, with due dates one to
// four weeks later, so it never looks stale; the same lang and day always
// give the same conference.
func Sample(lang string, now time.Time) *conference.Conference {
	y, m, d := now.Date()
	b := &builder{
		en:    isEnglish(lang),
		start: time.Date(y, m, d, startHour, 0, 0, 0, now.Location()),
		day:   conference.DateOf(now),
	}
	b.c = conference.New(ID, conference.KindCase, b.start.AddDate(0, 0, -6))
	b.c.Date = b.day

	b.preparation()
	b.participants()
	b.opening()
	b.presentation()
	b.perspectives()
	b.worries()
	b.assessment()
	b.actions()
	b.closing()
	b.family() // last but one, so the IDs of everything else stay as they were
	b.distribute()

	b.c.Close(b.at(79))
	b.c.Touch(b.at(79))
	return b.c
}

// isEnglish reports whether lang asks for the English texts ("en",
// "en-GB").
func isEnglish(lang string) bool { return strings.HasPrefix(strings.ToLower(lang), "en") }

// builder carries the state of one sample run.
type builder struct {
	c     *conference.Conference
	en    bool
	start time.Time
	day   conference.Date
	p     people
}

// people are the participant IDs.
type people struct {
	lead, colleague, kita, doctor, school, support, adviser, police, mother string
}

// tr returns the German or the English text.
func (b *builder) tr(de, en string) string {
	if b.en {
		return en
	}
	return de
}

// at is the clock reading m minutes after the start.
func (b *builder) at(m float64) time.Time {
	return b.start.Add(time.Duration(m * float64(time.Minute)))
}

// days is the date n days after the conference.
func (b *builder) days(n int) conference.Date { return b.day.AddDays(n) }

func (b *builder) preparation() {
	c := b.c
	c.CaseCode = fmt.Sprintf("K-%d-117", b.day.Year)
	c.Occasion = b.tr(
		"Meldung der Kita Sonnenblume an den ASD: Kind (6) kommt seit Wochen ohne Frühstück und nicht wettergerecht gekleidet in die Kita und wirkt erschöpft; zwei Elterngespräche wurden abgesagt.",
		"Report by Kita Sonnenblume to the social service: for weeks child (6) has come to the Kita without breakfast and without weather-appropriate clothes and seems exhausted; two parent meetings were cancelled.")
	c.KeyQuestion = b.tr(
		"Ist die Versorgung von Kind (6) zu Hause verlässlich gesichert – auch an Tagen, an denen es der Mutter schlecht geht –, und welche Hilfen und Absprachen braucht es dafür?",
		"Is child (6) reliably cared for at home – also on days when the mother is unwell – and which help and agreements does that need?")
	c.StartTime = fmt.Sprintf("%02d:00", startHour)
	c.PlannedMinutes = 90
	c.Place = b.tr("Jugendamt Nord, Raum 2.14", "Youth-welfare office North (Jugendamt Nord), room 2.14")
	c.Family = conference.FamilyParticipation{Mode: conference.FamilyPartTime}
}

// release is the mother's release from confidentiality, given in writing
// before the conference.
func (b *builder) release() conference.LegalBasis {
	return conference.LegalBasis{
		Basis:      conference.LegalConsent,
		ReleasedBy: b.tr("Mutter (alleinige Sorgeberechtigte)", "Mother (sole parental responsibility)"),
		Released: b.tr(
			"ASD, Kita Sonnenblume, Kinderarztpraxis Dr. Weber, Schulsozialarbeit der Grundschule Am Hang, Familienhilfe Lichtblick",
			"the social service, Kita Sonnenblume, Dr Weber's paediatric practice, the school social work of Grundschule Am Hang, Familienhilfe Lichtblick"),
		Scope: b.tr("Austausch über die Versorgung von Kind (6)", "Exchange about the care of child (6)"),
		Form:  conference.ReleaseWritten,
		Date:  b.days(-5),
		Note:  b.tr("liegt in der ASD-Akte", "kept in the social service's file"),
	}
}

func (b *builder) participants() {
	c := b.c
	add := func(p conference.Participant) string { return c.AddParticipant(p).ID }
	released := func(more ...conference.LegalBasis) []conference.LegalBasis {
		return append([]conference.LegalBasis{b.release()}, more...)
	}
	b.p.lead = add(conference.Participant{
		Name: "Petra Albers", InstitutionType: "asd",
		Institution: b.tr("Jugendamt Nord, ASD", "Youth-welfare office North, ASD"),
		Discipline:  b.tr("Sozialarbeiterin", "Social worker"),
		Roles:       []string{conference.RoleCaseLead, conference.RoleFacilitator},
		LegalBases:  []conference.LegalBasis{{Basis: conference.LegalSGB8Para8a}},
	})
	// A second professional of the office: § 8a Abs. 1 asks for several
	// (the four-eyes principle), and one person should not lead,
	// facilitate and take the minutes at once.
	b.p.colleague = add(conference.Participant{
		Name: "Tobias Lang", InstitutionType: "asd",
		Institution: b.tr("Jugendamt Nord, ASD", "Youth-welfare office North, ASD"),
		Discipline:  b.tr("Sozialarbeiter", "Social worker"),
		Roles:       []string{conference.RoleMinuteTaker, conference.RoleContributor},
		LegalBases:  []conference.LegalBasis{{Basis: conference.LegalSGB8Para8a}},
	})
	b.p.kita = add(conference.Participant{
		Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume",
		Discipline: b.tr("Erzieherin, Bezugserzieherin", "Nursery teacher, key person"),
		Roles:      []string{conference.RoleReporter, conference.RoleContributor},
		LegalBases: released(),
		// The Kita reported under its § 8a Abs. 4 agreement: it sits at
		// the table (involved in the risk assessment) and is owed no § 4
		// feedback, but the result notice.
		Report: conference.Report{Profession: conference.ProfessionProvider, Involved: conference.InvolvedYes},
	})
	b.p.doctor = add(conference.Participant{
		Name: "Dr. Jonas Weber", InstitutionType: "paediatrician",
		Institution: b.tr("Kinderarztpraxis Dr. Weber", "Dr Weber's paediatric practice"),
		Discipline:  b.tr("Kinder- und Jugendarzt", "Paediatrician"),
		Roles:       []string{conference.RoleReporter, conference.RoleContributor},
		LegalBases:  released(conference.LegalBasis{Basis: conference.LegalKKG4Para3}),
		// The practice informed the office too (§ 4 Abs. 3 KKG): a doctor
		// is bound by secrecy, so the feedback of § 4 Abs. 4 KKG is owed.
		Report: conference.Report{Profession: conference.ProfessionDoctor, Involved: conference.InvolvedYes},
	})
	b.p.school = add(conference.Participant{
		Name: "Lena Hartmann", InstitutionType: "school_social_work",
		Institution: b.tr("Grundschule Am Hang, Schulsozialarbeit", "Grundschule Am Hang, school social work"),
		Discipline:  b.tr("Schulsozialarbeiterin", "School social worker"),
		Roles:       []string{conference.RoleContributor},
		LegalBases:  released(),
	})
	b.p.support = add(conference.Participant{
		Name: "Sabine Krüger", InstitutionType: "provider_family_support",
		Institution: "Familienhilfe Lichtblick e. V.",
		Discipline:  b.tr("Sozialpädagogin, Familienhilfe", "Social pedagogue, family support"),
		Roles:       []string{conference.RoleContributor},
		LegalBases:  released(),
	})
	b.p.adviser = add(conference.Participant{
		Name: "Claudia Neumann", InstitutionType: "insofa",
		Institution: b.tr("Kinderschutzzentrum Nordstadt", "Nordstadt child-protection centre"),
		Discipline:  b.tr("Insoweit erfahrene Fachkraft", "Child-protection specialist adviser"),
		Roles:       []string{conference.RoleAdviser},
		LegalBases:  []conference.LegalBasis{{Basis: conference.LegalPseudonymised}},
	})
	b.p.police = add(conference.Participant{
		Name: "Markus Brandt", InstitutionType: "police",
		Institution: b.tr("Polizeiinspektion Nord, Opferschutz", "Police station North, victim protection"),
		Roles:       []string{conference.RoleContributor},
		Attendance:  conference.AttendanceExcused,
	})
	b.p.mother = add(conference.Participant{
		Name: "Jana S.", InstitutionType: "parent", Family: true,
		Relationship: b.tr("Mutter", "mother"),
		Roles:        []string{conference.RoleFamilyMember},
	})
}

// family: the two children and their parents, as records. The free text
// still calls the children "Kind (6)" and "Geschwisterkind (9)", as careful
// facilitators do; the records give kofa the names to find wherever they
// were typed anyway.
func (b *builder) family() {
	c := b.c
	c.AddChild(conference.Child{FirstName: "Mia", Initials: "M. S.", BirthYear: b.day.Year - 6,
		SeenOn: b.days(-3), SeenBy: b.p.lead})
	c.AddChild(conference.Child{FirstName: "Leon", Initials: "L. S.", BirthYear: b.day.Year - 9})
	// Each parent's own view: the mother's is the one she gave at the
	// table; the father could not be reached.
	c.AddCarer(conference.Carer{Name: "Jana S.", Relationship: conference.RelationshipMother, Custody: conference.CustodySole,
		View: c.ParentsView, Stance: conference.StanceAgrees})
	c.ParentsView = conference.View{}
	father := c.AddCarer(conference.Carer{Name: "Thomas S.", Relationship: conference.RelationshipFather, Custody: conference.CustodyNone,
		View:   conference.View{MissingReason: b.tr("vor der Konferenz nicht erreicht", "could not be reached before the conference")},
		Stance: conference.StanceNotInformed}).ID
	inform := c.AddAction(conference.Action{OwnerID: b.p.lead, Due: b.days(7), Informs: father,
		What:       b.tr("Vater über das Ergebnis informieren", "Inform the father of the result"),
		ReportBack: b.tr("Vermerk in der ASD-Akte", "Note in the social service's file"),
		IfNotDone:  b.tr("Frau Albers schreibt dem Vater", "Ms Albers writes to the father")})
	c.Agree(inform.ID, b.at(72))
	// The siblings are assessed each on their own.
	mia, leon := c.Children[0].ID, c.Children[1].ID
	c.SetChildResult(conference.ChildResult{ChildID: mia, Category: conference.CategoryLatent,
		HarmForms: []string{conference.HarmNeglect, conference.HarmPsychological}})
	c.SetChildResult(conference.ChildResult{ChildID: leon, Category: conference.CategoryNeedForHelp,
		Note: b.tr("Übernimmt morgens die Versorgung des jüngeren Kindes; Entlastung über die Schulsozialarbeit.",
			"Looks after the younger child in the morning; relief through school social work.")})
}

// opening: 09:00-09:03:30. Dr. Weber comes late from his practice.
func (b *builder) opening() {
	c := b.c
	c.Start(b.at(0))
	for _, id := range []string{b.p.lead, b.p.colleague, b.p.kita, b.p.school, b.p.support, b.p.adviser, b.p.mother} {
		c.Join(id, b.at(0))
	}
	c.Join(b.p.doctor, b.at(3))
	c.ConfidentialityAt = b.at(2)
	c.AgreedEnd = fmt.Sprintf("%02d:30", startHour+1)
}
