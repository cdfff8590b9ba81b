package demo

import (
	"fmt"
	"strings"
	"time"

	"kofa/internal/conference"
)

// FilingID is the fixed ID of the second sample conference.
const FilingID conference.ID = "demf4k2g"

// Filing returns a second sample: a case conference typed up afterwards
// from handwritten notes, as a youth-welfare office files it. It shows what
// the first sample does not: two siblings each with a result of their
// own, two parents with different custody, each with a view and a stance
// of their own, a professional at the table without a legal basis (the
// police), actions the family owns, an action of the young person, a
// dissent on an action resolved by escalation, a crisis and protection
// plan up to the family court, a phase only passed through, corrected
// times, and released minutes. Like Sample, it is dated on now's day and
// entirely invented.
func Filing(lang string, now time.Time) *conference.Conference {
	y, m, d := now.Date()
	f := &filing{
		en:  strings.HasPrefix(strings.ToLower(lang), "en"),
		day: conference.DateOf(now),
		// Typed up in the afternoon: kofa's clock runs from 15:00, the
		// times of the meeting are corrected to 09:20.
		typed: time.Date(y, m, d, 15, 0, 0, 0, now.Location()),
	}
	f.c = conference.New(FilingID, conference.KindCase, f.typed.AddDate(0, 0, -3))
	f.c.Date = f.day
	f.frame()
	f.people()
	f.meeting()
	f.result()
	f.agreements()
	f.close()
	return f.c
}

// filing carries the state of the second sample.
type filing struct {
	c     *conference.Conference
	en    bool
	day   conference.Date
	typed time.Time
	p     struct{ lead, minutes, school, kita, police, mother, father string }
	k     struct{ emma, noah, mother, father string }
}

func (f *filing) tr(de, en string) string {
	if f.en {
		return en
	}
	return de
}

// at is the clock reading m minutes into typing it up.
func (f *filing) at(m float64) time.Time {
	return f.typed.Add(time.Duration(m * float64(time.Minute)))
}

// met is the time m minutes into the meeting itself (09:20), for what was
// recorded as it happened in the room: the confidentiality agreed, each
// owner's yes.
func (f *filing) met(m float64) time.Time {
	start := time.Date(f.day.Year, f.day.Month, f.day.Day, 9, 20, 0, 0, f.typed.Location())
	return start.Add(time.Duration(m * float64(time.Minute)))
}

// short writes a date as people jot it down, without the year ("3.11.").
func short(d conference.Date) string { return fmt.Sprintf("%d.%d.", d.Day, int(d.Month)) }

func (f *filing) days(n int) conference.Date { return f.day.AddDays(n) }

func (f *filing) frame() {
	c := f.c
	c.CaseCode = fmt.Sprintf("K-%d-204", f.day.Year)
	// Dates as they are typed, a short one and a full one: the
	// pseudonymised minutes turn both into a distance from the conference.
	reported, visit := short(f.days(-20)), conference.FormatDate(f.days(-16), "de")
	c.Occasion = f.tr(
		"Die Klassenlehrerin meldet am "+reported+" Hämatome am Oberarm von Kind (11); das Kind sagt, der Vater habe es gepackt. Beim Hausbesuch am "+visit+" war die Mutter allein mit beiden Kindern überfordert.",
		"The class teacher reports bruises on the upper arm of child (11) on "+reported+"; the child says the father grabbed it. At the home visit on "+visit+" the mother was overwhelmed alone with both children.")
	c.KeyQuestion = f.tr(
		"Sind beide Kinder zu Hause vor Gewalt geschützt, und wer sorgt verlässlich für Kind (4)?",
		"Are both children protected from violence at home, and who reliably looks after child (4)?")
	c.StartTime, c.PlannedMinutes = "09:00", 75
	c.Place = f.tr("Jugendamt Süd, Raum 1.07", "Youth-welfare office South, room 1.07")
	c.Family = conference.FamilyParticipation{Mode: conference.FamilyPartTime}
	// The facilitator chose the default: ratings as a spread, dissent by
	// name; the pseudonymised minutes say "Fall A".
}

func (f *filing) people() {
	c := f.c
	office := []conference.LegalBasis{{Basis: conference.LegalSGB8Para8a}}
	add := func(p conference.Participant) string { return c.AddParticipant(p).ID }
	f.p.lead = add(conference.Participant{Name: "Frank Otto", InstitutionType: "asd",
		Institution: f.tr("Jugendamt Süd, ASD", "Youth-welfare office South, ASD"),
		Discipline:  f.tr("Sozialarbeiter", "Social worker"),
		Roles:       []string{conference.RoleCaseLead, conference.RoleFacilitator}, LegalBases: office})
	f.p.minutes = add(conference.Participant{Name: "Meike Brand", InstitutionType: "asd",
		Institution: f.tr("Jugendamt Süd, ASD", "Youth-welfare office South, ASD"),
		Discipline:  f.tr("Sozialpädagogin", "Social pedagogue"),
		Roles:       []string{conference.RoleMinuteTaker, conference.RoleContributor}, LegalBases: office})
	f.p.school = add(conference.Participant{Name: "Ines Wolf", InstitutionType: "school_teacher",
		Institution: "Gesamtschule Lindenhof", Discipline: f.tr("Klassenlehrerin", "Class teacher"),
		Roles:      []string{conference.RoleReporter},
		LegalBases: []conference.LegalBasis{{Basis: conference.LegalKKG4Para3}},
		// A teacher is bound by secrecy (§ 4 Abs. 1 Nr. 7 KKG): the
		// feedback of § 4 Abs. 4 KKG is owed her.
		Report: conference.Report{Profession: conference.ProfessionTeacher, Involved: conference.InvolvedYes}})
	f.p.kita = add(conference.Participant{Name: "Yusuf Arslan", InstitutionType: "kita",
		Institution: "Kita Regenbogen", Discipline: f.tr("Erzieher", "Nursery teacher"),
		Roles: []string{conference.RoleContributor},
		LegalBases: []conference.LegalBasis{{Basis: conference.LegalConsent,
			ReleasedBy: f.tr("Mutter", "Mother"), Released: "Kita Regenbogen",
			Scope: f.tr("Austausch über die Betreuung von Kind (4)", "Exchange about the care of child (4)"),
			Form:  conference.ReleaseWritten, Date: f.days(-6)}}})
	// The police came at the office's invitation: no basis was recorded
	// for sharing the case with them, which the minutes show.
	f.p.police = add(conference.Participant{Name: "Kai Roth", InstitutionType: "police",
		Institution: f.tr("Polizeirevier Süd", "Police station South"), Roles: []string{conference.RoleContributor}})
	f.p.mother = add(conference.Participant{Name: "Sandra K.", InstitutionType: "parent", Family: true,
		Relationship: f.tr("Mutter", "mother"), Roles: []string{conference.RoleFamilyMember}})
	f.p.father = add(conference.Participant{Name: "Marco K.", InstitutionType: "parent", Family: true,
		Relationship: f.tr("Vater", "father"), Roles: []string{conference.RoleFamilyMember}})

	f.k.emma = c.AddChild(conference.Child{FirstName: "Emma", Initials: "E. K.", BirthYear: f.day.Year - 4,
		SeenOn: f.days(-2), SeenBy: f.p.lead}).ID
	f.k.noah = c.AddChild(conference.Child{FirstName: "Noah", Initials: "N. K.", BirthYear: f.day.Year - 11,
		SeenOn: f.days(-6), SeenBy: f.p.school}).ID
	f.k.mother = c.AddCarer(conference.Carer{Name: "Sandra K.", Relationship: conference.RelationshipMother,
		Custody: conference.CustodySole}).ID
	f.k.father = c.AddCarer(conference.Carer{Name: "Marco K.", Relationship: conference.RelationshipFather,
		Custody: conference.CustodyPartly}).ID
}

// meeting runs the round as it was typed up: the case presentation only
// passed through (everyone knew the facts), the round of perspectives, the
// worries; times corrected to the meeting's.
func (f *filing) meeting() {
	c := f.c
	c.Start(f.at(0))
	for _, id := range []string{f.p.lead, f.p.minutes, f.p.school, f.p.kita, f.p.police, f.p.mother, f.p.father} {
		c.Join(id, f.at(0))
	}
	c.ConfidentialityAt = f.met(1)
	c.AgreedEnd = "10:35"
	c.GoTo(conference.PhasePresentation, f.at(3))
	// Passed through in half a minute, nothing recorded: not covered.
	c.GoTo(conference.PhasePerspectives, f.at(3.5))
	c.SetOrder()
	obs, rep := conference.ProvenanceObserved, conference.ProvenanceReported
	for i, x := range []struct {
		who, de, en, prov string
	}{
		{f.p.school, "Kind (11) kam am " + short(f.days(-20)) + " mit Hämatomen am Oberarm; es sagte, der Vater habe es gepackt, als es nicht aufräumen wollte.",
			"Child (11) came on " + short(f.days(-20)) + " with bruises on the upper arm; it said the father had grabbed it when it would not tidy up.", obs},
		{f.p.kita, "Kind (4) wird oft erst gegen 10 Uhr gebracht und wirkt dann hungrig; seit dem " + f.days(-26).String() + " fehlt es häufig.",
			"Child (4) is often brought only around 10 and seems hungry then; since " + f.days(-26).String() + " it has often been absent.", obs},
		{f.p.police, "Ein Einsatz wegen Streits in der Wohnung im Oktober; keine Anzeige.",
			"One call-out for a quarrel in the flat in October; no charge.", rep},
		{f.p.lead, "Die Mutter ist allein mit beiden Kindern, der Vater wohnt seit dem Sommer getrennt, sieht die Kinder aber am Wochenende.",
			"The mother is alone with both children; the father has lived apart since the summer but sees the children at weekends.", obs},
	} {
		c.AddContribution(conference.Contribution{SpeakerID: x.who, Text: f.tr(x.de, x.en), Provenance: x.prov,
			At: f.at(4 + 3*float64(i))})
		c.NextSpeaker(f.at(4 + 3*float64(i+1)))
	}
	c.ChildView = conference.View{
		HowObtained: f.tr("Gespräch der Klassenlehrerin mit Kind (11)", "Conversation of the class teacher with child (11)"),
		Said:        f.tr("„Ich will nicht, dass Papa am Wochenende allein mit uns ist.“", "“I don't want dad to be alone with us at the weekend.”"),
	}
	mother, father := c.Carer(f.k.mother), c.Carer(f.k.father)
	mother.View = conference.View{HowObtained: f.tr("in der Konferenz", "in the conference"),
		Said: f.tr("Ich schaffe die Morgen mit beiden nicht allein. Ich will Hilfe.", "I can't manage the mornings with both alone. I want help.")}
	father.View = conference.View{HowObtained: f.tr("in der Konferenz, bis 09:48", "in the conference, until 09:48"),
		Said: f.tr("Ich habe ihn nur festgehalten. Die Wochenenden lasse ich mir nicht nehmen.", "I only held him. Nobody takes the weekends from me.")}
	c.Leave(f.p.father, f.at(28))

	c.GoTo(conference.PhaseWorries, f.at(17))
	for _, r := range []conference.RiskEntry{
		{Area: "appearance", Indicator: "risk.appearance.injuries", Intensity: conference.IntensityMarked, Weighty: true,
			Text:       f.tr("Hämatome am Oberarm von Kind (11)", "bruises on the upper arm of child (11)"),
			Provenance: obs, ReportedBy: f.p.school, Date: f.days(-20)},
		{Area: "care", Indicator: "risk.care.food", Intensity: conference.IntensityMarked, Weighty: true,
			Text: f.tr("Kind (4) kommt spät und hungrig", "child (4) arrives late and hungry"), Provenance: obs, ReportedBy: f.p.kita},
		{Area: "stress", Indicator: "risk.stress.domestic_violence", Intensity: conference.IntensityCannotAssess,
			Provenance: conference.ProvenanceReported, ReportedBy: f.p.police},
	} {
		c.AddRisk(r)
	}
	c.SetAreaRating("care", conference.SeverityPoor)
	c.AddProtectiveFactor(conference.Strength{Factor: "accepts_help",
		Text: f.tr("Mutter bittet selbst um Hilfe", "mother asks for help herself"), Provenance: obs})
}

// result: own ratings, the result for the case and for each child, the
// father's dissent that stands.
func (f *filing) result() {
	c := f.c
	c.GoTo(conference.PhaseAssessment, f.at(32))
	latent := conference.CategoryLatent
	for i, r := range []struct {
		who   string
		scale int
	}{{f.p.lead, 4}, {f.p.minutes, 4}, {f.p.school, 3}, {f.p.kita, 5}, {f.p.police, 4}} {
		scale := r.scale
		c.SetRating(conference.Rating{ParticipantID: r.who, Category: latent, Scale: &scale, At: f.at(33 + float64(i))})
	}
	c.RatingsRevealed = true
	c.Assessment = conference.Assessment{Category: latent,
		HarmForms: []string{conference.HarmPhysical, conference.HarmNeglect}}
	c.SetChildResult(conference.ChildResult{ChildID: f.k.noah, Category: latent, HarmForms: []string{conference.HarmPhysical}})
	c.SetChildResult(conference.ChildResult{ChildID: f.k.emma, Category: latent, HarmForms: []string{conference.HarmNeglect}})
	c.AddDissent(conference.Dissent{ParticipantID: f.k.father,
		Reason:     f.tr("Sieht keine Gefährdung: Er habe Kind (11) nur festgehalten.", "Sees no risk: he only held child (11)."),
		Resolution: conference.DissentStands})
	c.TeamLeadInformed = f.day
}

// agreements: actions of the professionals, of the mother and of the
// young person; a dissent of the police on one action, escalated; the
// crisis and protection plan, up to the family court; every weighty
// indication answered.
func (f *filing) agreements() {
	c := f.c
	c.GoTo(conference.PhaseActions, f.at(45))
	add := func(a conference.Action) string {
		id := c.AddAction(a).ID
		c.Agree(id, f.met(62)) // the yes at the read-back, 10:22
		return id
	}
	visits := add(conference.Action{OwnerID: f.p.lead, Due: f.days(7),
		What:       f.tr("Wochenendkontakte des Vaters nur begleitet; Gespräch mit beiden Eltern", "Father's weekend contact accompanied only; talk with both parents"),
		ReportBack: f.tr("Vermerk an alle Beteiligten", "Note to everyone involved"),
		IfNotDone:  f.tr("Prüfung einer Anrufung des Familiengerichts", "Consider calling in the family court")})
	morning := add(conference.Action{OwnerID: f.k.mother, Due: f.days(3),
		What:       f.tr("Kind (4) jeden Morgen bis 8:30 in die Kita bringen", "Bring child (4) to the Kita by 8:30 every morning"),
		ReportBack: f.tr("Kita meldet Fehltage an den ASD", "The Kita tells the social service of days absent")})
	add(conference.Action{OwnerID: f.k.noah, Due: f.days(14),
		What:       f.tr("Sich bei der Vertrauenslehrerin melden, wenn etwas zu Hause passiert", "Go to the trusted teacher if anything happens at home"),
		ReportBack: f.tr("Vertrauenslehrerin informiert den ASD", "The trusted teacher informs the social service")})
	add(conference.Action{OwnerID: f.p.kita, Due: f.days(14),
		What:       f.tr("Ankunftszeit und Frühstück von Kind (4) täglich notieren", "Note child (4)'s arrival and breakfast daily"),
		ReportBack: f.tr("wöchentlich an Herrn Otto", "weekly to Mr Otto")})
	add(conference.Action{OwnerID: f.p.lead, Due: f.days(5), Informs: f.k.father,
		What:       f.tr("Vater schriftlich über das Ergebnis und die begleiteten Kontakte informieren", "Inform the father in writing of the result and the accompanied contact"),
		ReportBack: f.tr("Kopie in der Akte", "Copy in the file")})
	c.AddDissent(conference.Dissent{ParticipantID: f.p.police, ActionID: visits,
		Reason:     f.tr("Begleitete Kontakte reichen nicht; Kontaktverbot prüfen.", "Accompanied contact is not enough; consider a no-contact order."),
		Resolution: conference.DissentEscalation,
		Note:       f.tr("Teamleitung ASD entscheidet bis Freitag.", "The team lead of the social service decides by Friday.")})
	injuries, food := c.Risks[0].ID, c.Risks[1].ID
	c.SetAnswered(visits, []string{injuries})
	c.SetAnswered(morning, []string{food})
	for _, e := range []struct {
		entry   conference.CrisisEntry
		answers []string
	}{
		{conference.CrisisEntry{WhoID: f.p.school,
			If:   f.tr("Kind (11) kommt erneut mit Verletzungen", "Child (11) comes with injuries again"),
			What: f.tr("Schule informiert sofort den ASD", "The school informs the social service at once"),
			By:   f.tr("am selben Tag", "the same day")}, []string{injuries}},
		{conference.CrisisEntry{WhoID: f.p.lead, FamilyCourt: true,
			If:   f.tr("Der Vater hält sich nicht an die begleiteten Kontakte", "The father does not keep to the accompanied contact"),
			What: f.tr("ASD ruft das Familiengericht an", "The social service calls in the family court"),
			By:   f.tr("innerhalb von 2 Tagen", "within 2 days")}, []string{injuries}},
	} {
		id := c.AddCrisisEntry(e.entry).ID
		c.SetAnswered(id, e.answers)
	}
	c.AddCrisisEntry(conference.CrisisEntry{ActionID: morning, WhoID: f.p.kita,
		If:   f.tr("Kind (4) ist bis 9 Uhr nicht da", "Child (4) is not there by 9"),
		What: f.tr("Kita ruft die Mutter an", "The Kita calls the mother"), By: f.tr("am selben Morgen", "the same morning")})
}

// close: stances, responsibilities, distribution, corrected times, the
// release.
func (f *filing) close() {
	c := f.c
	c.GoTo(conference.PhaseClosing, f.at(60))
	c.Carer(f.k.mother).Stance = conference.StanceAgrees
	c.Carer(f.k.father).Stance = conference.StanceNotInformed
	c.SetResponsibility(conference.RespCaseLead, f.p.lead, "")
	c.SetResponsibility(conference.RespInformsFamily, f.p.lead, "")
	c.SetResponsibility(conference.RespReceivesMinutes, f.p.minutes, "")
	c.NextReview, c.NextReviewTime = f.days(28), "09:00"
	for _, id := range []string{f.p.lead, f.p.minutes, f.p.school, f.p.kita} {
		c.Distribution = append(c.Distribution, conference.Distribution{ParticipantID: id, Variant: conference.MinutesFull})
	}
	c.Distribution = append(c.Distribution, conference.Distribution{ParticipantID: f.p.police, Variant: conference.MinutesTasks})
	c.Close(f.at(70))
	// Typed up afterwards: the times of the meeting, not of the typing.
	_ = c.CorrectStart("9:20")
	_ = c.CorrectEnd("10:35")
	for _, id := range []string{f.p.lead, f.p.minutes, f.p.school, f.p.kita, f.p.police, f.p.mother, f.p.father} {
		_ = c.CorrectJoin(id, "9:20")
	}
	_ = c.CorrectLeave(f.p.father, "9:48")
	_ = c.ReleaseMinutes(f.tr("Dr. Anna Lenz", "Dr Anna Lenz"), f.tr("Teamleitung ASD", "Team lead, social service"),
		f.days(14), f.at(90))
	c.Touch(f.at(90))
}
