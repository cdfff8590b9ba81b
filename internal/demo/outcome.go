package demo

import "kofa/internal/conference"

// assessment: 09:50-09:57:30. Own ratings first, then the agreed result and
// one dissent.
func (b *builder) assessment() {
	c := b.c
	c.GoTo(conference.PhaseAssessment, b.at(50))
	latent, help := conference.CategoryLatent, conference.CategoryNeedForHelp
	for i, r := range []struct {
		who      string
		category string
		scale    int
	}{
		{b.p.lead, latent, 4}, {b.p.colleague, latent, 4}, {b.p.kita, latent, 3}, {b.p.doctor, latent, 4},
		{b.p.school, latent, 5}, {b.p.support, help, 6}, {b.p.adviser, latent, 4},
	} {
		scale := r.scale
		c.SetRating(conference.Rating{ParticipantID: r.who, Category: r.category, Scale: &scale,
			At: b.at(51 + 0.5*float64(i))})
	}
	c.RatingsRevealed = true
	c.Assessment = conference.Assessment{
		Category:  latent,
		HarmForms: []string{conference.HarmNeglect, conference.HarmPsychological},
		Note: b.tr(
			"Die Grundversorgung ist an Tagen, an denen es der Mutter schlecht geht, nicht verlässlich gesichert; das Geschwisterkind übernimmt Verantwortung, die es überfordert. Die Mutter ist kooperativ, die Hilfe wirkt, reicht aber noch nicht aus.",
			"Basic care is not reliably secured on days when the mother is unwell; the sibling takes on responsibility beyond its age. The mother cooperates and the help works, but it is not yet enough."),
	}
	c.AddDissent(conference.Dissent{
		ParticipantID: b.p.support,
		Reason: b.tr(
			"Sieht keine latente Gefährdung, sondern Hilfebedarf: Die Mutter hält die meisten Absprachen ein und nimmt die Hilfe an; die Einstufung könne das Vertrauen in die Hilfe belasten.",
			"Sees a need for help rather than a latent risk: the mother keeps most agreements and accepts help; the rating could strain her trust in the help."),
		Resolution: conference.DissentOfficeDecides,
		Note: b.tr("Die fallverantwortliche Fachkraft des ASD hält an der Einschätzung fest; die Familienhilfe trägt die Vereinbarungen mit.",
			"The social service's case lead keeps to the assessment; family support goes along with the actions."),
	})
}

// actions: 09:57:30-10:11:30. Six binding actions and the crisis and
// protection plan, each naming the worries it answers.
func (b *builder) actions() {
	c := b.c
	c.GoTo(conference.PhaseActions, b.at(57.5))
	for _, a := range []conference.Action{
		{OwnerID: b.p.lead, Due: b.days(7),
			What:       b.tr("Gemeinsamer Hausbesuch mit der Familienhilfe; Wochenplan für Frühstück und Kleidung mit der Mutter vereinbaren", "Joint home visit with family support; agree a weekly plan for breakfast and clothes with the mother"),
			ReportBack: b.tr("Kurzbericht per E-Mail an alle Beteiligten", "Short report by e-mail to everyone involved"),
			IfNotDone:  b.tr("Frau Albers lädt innerhalb einer Woche zu einer Krisenkonferenz ein", "Ms Albers calls a crisis conference within a week"),
			Plain:      b.tr("Frau Albers und Frau Krüger kommen zur Familie nach Hause. Zusammen planen alle Frühstück und Kleidung für jeden Tag.", "Ms Albers and Ms Krüger visit the family at home. Together they all plan breakfast and clothes for each day.")},
		{OwnerID: b.p.doctor, Due: b.days(14),
			What:       b.tr("U9 nachholen mit Gewichtskontrolle und Überweisung zur Zahnärztin; Termin mit der Mutter direkt vereinbaren", "Catch up the U9 check-up with a weight check and referral to a dentist; book the appointment directly with the mother"),
			ReportBack: b.tr("Telefonat mit Frau Albers nach dem Termin", "Phone call to Ms Albers after the appointment"),
			IfNotDone:  b.tr("Praxis meldet einen versäumten Termin am selben Tag dem ASD", "The practice tells the social service the same day if the appointment is missed"),
			Plain:      b.tr("Dr. Weber macht mit Mia die nächste Vorsorge. Er prüft Gewicht und Zähne.", "Dr Weber gives Mia her next check-up. He looks at her weight and teeth.")},
		{OwnerID: b.p.kita, Due: b.days(28),
			What:       b.tr("Frühstück, Kleidung und Befinden täglich im Beobachtungsbogen festhalten", "Record breakfast, clothes and well-being daily on the observation sheet"),
			ReportBack: b.tr("Wöchentlich per E-Mail an Frau Albers; Bogen zur Folgekonferenz mitbringen", "Weekly e-mail to Ms Albers; bring the sheet to the review conference"),
			IfNotDone:  b.tr("Kita-Leitung übernimmt die Dokumentation", "The Kita head takes over the record"),
			Plain:      b.tr("Die Kita schreibt jeden Tag auf, wie es Mia geht.", "The Kita writes down every day how Mia is doing.")},
		{OwnerID: b.p.support, Due: b.days(21),
			What:       b.tr("Morgenroutine mit der Mutter einüben (Einkaufsliste, Wecker, vorbereitete Kleidung); zusätzlicher Termin montags früh", "Practise a morning routine with the mother (shopping list, alarm, clothes laid out); extra appointment early on Mondays"),
			ReportBack: b.tr("Verlaufsbericht an den ASD", "Progress report to the social service"),
			IfNotDone:  b.tr("Hilfeplangespräch wird vorgezogen", "The help-plan meeting is brought forward"),
			Plain:      b.tr("Frau Krüger übt mit der Familie einen guten Start in den Tag. Sie kommt jetzt auch montags früh.", "Ms Krüger practises a good start to the day with the family. She now also comes early on Mondays.")},
		{OwnerID: b.p.school, Due: b.days(14),
			What:       b.tr("Entlastungsgespräch mit dem Geschwisterkind (9); Platz in der Frühbetreuung der Grundschule klären", "Relief conversation with the sibling (9); find out about a place in the school's early-morning care"),
			ReportBack: b.tr("Telefonat mit Frau Albers", "Phone call to Ms Albers"),
			IfNotDone:  b.tr("Frau Albers spricht die Schulleitung an", "Ms Albers contacts the head teacher"),
			Plain:      b.tr("Frau Hartmann spricht mit Leon. Sie fragt, ob er morgens früher in die Schule kann.", "Ms Hartmann talks with Leon. She asks whether he can come to school earlier in the morning.")},
		{OwnerID: b.p.adviser, Due: b.days(10),
			What:       b.tr("Fachberatung der Kita zur Gesprächsführung mit dem Kind und zur Dokumentation", "Advise the Kita on talking with the child and on keeping records"),
			ReportBack: b.tr("Kurze Rückmeldung an Kita und ASD (pseudonymisiert)", "Brief feedback to the Kita and the social service (pseudonymised)"),
			IfNotDone:  b.tr("Kita fragt beim Kinderschutzzentrum einen neuen Termin an", "The Kita asks the child-protection centre for a new date"),
			Plain:      b.tr("Frau Neumann berät die Kita, wie sie gut mit Mia reden kann.", "Ms Neumann advises the Kita on how to talk well with Mia.")},
	} {
		// Each owner says yes as their action is agreed, two minutes
		// apart; the read-back at the closing repeats the yes.
		id := c.AddAction(a).ID
		c.Agree(id, b.at(59+2*float64(len(c.Actions)-1)))
	}
	b.crisisPlan()
	c.Park(b.tr(
		"Schulanmeldung und Schuleingangsuntersuchung für das kommende Schuljahr",
		"School registration and school-entry health check for the coming school year"),
		b.p.school, b.at(69))
}

// closing: 10:11:30-10:19. Read-back with each owner's yes, responsibilities,
// review date and distribution.
func (b *builder) closing() {
	c := b.c
	c.GoTo(conference.PhaseClosing, b.at(71.5))
	c.SetResponsibility(conference.RespCaseLead, b.p.lead, "")
	c.SetResponsibility(conference.RespCaseLeadStandIn, "",
		b.tr("ASD-Team, Telefon 030 23125 402", "Social service team, phone 030 23125 402"))
	c.SetResponsibility(conference.RespInformsFamily, b.p.lead,
		b.tr("Telefonat mit der Mutter heute Nachmittag", "Phone call to the mother this afternoon"))
	c.SetResponsibility(conference.RespInformsChild, b.p.kita,
		b.tr("kindgerecht, gemeinsam mit der Mutter", "in words the child understands, together with the mother"))
	c.SetResponsibility(conference.RespInformsAbsentees, b.p.lead,
		b.tr("Polizei: nur das Ergebnis, keine Einzelheiten", "Police: the result only, no details"))
	c.SetResponsibility(conference.RespConvenesReview, b.p.lead, "")
	c.SetResponsibility(conference.RespReceivesMinutes, b.p.colleague,
		b.tr("verschickt das Protokoll laut Verteiler", "sends the minutes as listed"))
	c.TeamLeadInformed = b.day
	c.NextReview = b.days(28)
	c.NextReviewTime = c.StartTime
}

// distribute takes the distribution kofa proposes from the roles and the
// legal bases: the minutes for everyone at the table (pseudonymised for
// the specialist adviser), the notice for the police, who sent apologies,
// the feedback for the reporting doctor, the letter for each parent and a
// page for each child. Nothing is given yet: the conference has just
// ended. Added after the family records, whose IDs stay as they were.
func (b *builder) distribute() {
	for _, d := range b.c.ProposeDistribution() {
		e := b.c.AddDistribution(d)
		if e.ParticipantID == b.p.police {
			// The police learn the result only, on the mother's word in
			// the conference: a basis of its own for this recipient.
			e.LegalBases = []conference.LegalBasis{{
				Basis:      conference.LegalConsent,
				ReleasedBy: b.tr("Mutter (alleinige Sorgeberechtigte)", "Mother (sole parental responsibility)"),
				Released:   b.tr("Polizeiinspektion Nord", "Police station North"),
				Scope:      b.tr("nur das Ergebnis, keine Einzelheiten", "the result only, no details"),
				Form:       conference.ReleaseOral,
				Date:       b.day,
			}}
		}
	}
}

// crisisPlan writes the crisis and protection plan and links every
// weighty indication to what answers it. Entries are added after the
// actions, so the actions keep the IDs they always had.
func (b *builder) crisisPlan() {
	c := b.c
	risk := func(indicator string) string {
		for _, r := range c.Risks {
			if r.Indicator == indicator {
				return r.ID
			}
		}
		return ""
	}
	food, medical, illness := risk("risk.care.food"), risk("risk.care.medical"), risk("risk.stress.mental_illness")
	c.SetAnswered(c.Actions[0].ID, []string{food, illness})
	c.SetAnswered(c.Actions[1].ID, []string{medical})
	c.SetAnswered(c.Actions[2].ID, []string{food})
	c.SetAnswered(c.Actions[3].ID, []string{food, illness})
	for _, e := range []struct {
		entry   conference.CrisisEntry
		answers []string
	}{
		{conference.CrisisEntry{WhoID: b.p.kita,
			If:   b.tr("Kind (6) kommt an zwei aufeinanderfolgenden Tagen hungrig oder nicht wettergerecht gekleidet oder fehlt unentschuldigt", "Child (6) arrives hungry or without weather-appropriate clothes on two days in a row, or is absent without excuse"),
			What: b.tr("Kita informiert Frau Albers (ASD), bei Abwesenheit den Bereitschaftsdienst des ASD", "The Kita informs Ms Albers (social service), or the social service's duty team in her absence"),
			By:   b.tr("am selben Tag", "the same day")}, []string{food}},
		{conference.CrisisEntry{WhoID: b.p.lead,
			If:   b.tr("Meldung der Kita nach Eintrag 1", "The Kita reports under entry 1"),
			What: b.tr("ASD nimmt Kontakt zur Mutter auf und macht einen Hausbesuch; die Großmutter ist als Betreuung angefragt", "The social service contacts the mother and makes a home visit; the grandmother has been asked to step in"),
			By:   b.tr("innerhalb von 24 Stunden", "within 24 hours")}, []string{food, illness}},
		{conference.CrisisEntry{WhoID: b.p.lead, FamilyCourt: true,
			If:   b.tr("Hinweise auf eine akute Gefährdung", "Any sign of acute risk"),
			What: b.tr("ASD beruft sofort eine Krisenkonferenz ein und ruft, wenn die Mutter nicht mitwirken kann, das Familiengericht an", "The social service calls a crisis conference at once and calls in the family court if the mother cannot work with it"),
			By:   b.tr("sofort", "at once")}, []string{illness}},
	} {
		id := c.AddCrisisEntry(e.entry).ID
		c.SetAnswered(id, e.answers)
	}
	b.c.AddCrisisEntry(conference.CrisisEntry{WhoID: b.p.doctor, ActionID: c.Actions[1].ID,
		If:   b.tr("U9-Termin versäumt", "U9 appointment missed"),
		What: b.tr("Praxis meldet den versäumten Termin dem ASD", "The practice tells the social service"),
		By:   b.tr("am selben Tag", "the same day")})
}
