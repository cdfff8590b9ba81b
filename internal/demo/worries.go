package demo

import "kofa/internal/conference"

// worries: 09:32-09:50, three minutes over its time box (the one phase
// that runs late, as they do).
func (b *builder) worries() {
	c := b.c
	c.GoTo(conference.PhaseWorries, b.at(32))
	obs, rep, pre := conference.ProvenanceObserved, conference.ProvenanceReported, conference.ProvenancePresumed
	marked, severe := conference.IntensityMarked, conference.IntensitySevere
	slight, unknown := conference.IntensitySlight, conference.IntensityCannotAssess
	kitaSheet := b.tr("Beobachtungsbogen Kita", "Kita observation sheet")
	records := b.tr("Patientenakte der Praxis", "Practice records")

	for _, r := range []conference.RiskEntry{
		{Area: "care", Indicator: "risk.care.food", Intensity: severe, Weighty: true,
			Text:       b.tr("an 9 von 15 Kita-Tagen ohne Frühstück", "no breakfast on 9 of 15 Kita days"),
			Provenance: obs, ReportedBy: b.p.kita, Source: kitaSheet, Date: b.days(-3)},
		{Area: "care", Indicator: "risk.care.clothing", Intensity: marked,
			Provenance: obs, ReportedBy: b.p.kita, Source: kitaSheet, Date: b.days(-10)},
		{Area: "care", Indicator: "risk.care.medical", Intensity: marked, Weighty: true,
			Text:       b.tr("U9 versäumt, Erinnerungen unbeantwortet", "U9 missed, reminders unanswered"),
			Provenance: obs, ReportedBy: b.p.doctor, Source: records, Date: b.days(-70)},
		{Area: "appearance", Indicator: "risk.appearance.teeth", Intensity: marked,
			Provenance: obs, ReportedBy: b.p.doctor, Source: records, Date: b.days(-240)},
		{Area: "appearance", Indicator: "risk.appearance.weight", Intensity: unknown,
			Text:       b.tr("aktuelles Gewicht unbekannt; zuletzt an der 10. Perzentile", "current weight unknown; last at the 10th percentile"),
			Provenance: pre, ReportedBy: b.p.doctor, Source: records},
		{Area: "behaviour", Indicator: "risk.behaviour.fearful", Intensity: marked,
			Text:       b.tr("zieht sich im Spiel zurück, mittags sehr erschöpft", "withdraws from play, very tired at midday"),
			Provenance: obs, ReportedBy: b.p.kita, Source: b.tr("Gruppenalltag", "Daily group routine"), Date: b.days(-4)},
		{Area: "interaction", Indicator: "risk.interaction.parentification", Intensity: marked,
			Text:       b.tr("Geschwisterkind (9) versorgt morgens das jüngere Kind", "sibling (9) looks after the younger child in the morning"),
			Provenance: rep, ReportedBy: b.p.school, Source: b.tr("Geschwisterkind, Klassenlehrerin", "Sibling, class teacher"), Date: b.days(-9)},
		// The mother told the conference of her illness herself; it stays
		// out of the letter to the father (confidential to the family).
		{Area: "stress", Indicator: "risk.stress.mental_illness", Intensity: marked, Weighty: true, Confidential: true,
			Text:       b.tr("depressive Episode seit der Trennung, hausärztlich behandelt", "depressive episode since the separation, treated by the GP"),
			Provenance: rep, ReportedBy: b.p.mother, Source: b.tr("Mutter in der Konferenz", "Mother in the conference"), Date: b.day},
		{Area: "stress", Indicator: "risk.stress.isolation", Intensity: slight,
			Text:       b.tr("außer der Großmutter kaum Kontakte", "hardly any contacts apart from the grandmother"),
			Provenance: rep, ReportedBy: b.p.support, Source: b.tr("Familienhilfe", "Family support"), Date: b.days(-7)},
		{Area: "acceptance", Indicator: "risk.acceptance.avoids_contact", Intensity: slight,
			Text:       b.tr("zwei Elterngespräche abgesagt, ein Drittel der Hilfetermine ausgefallen – Hilfe wird aber angenommen", "two parent meetings cancelled, a third of support appointments missed – but help is accepted"),
			Provenance: obs, ReportedBy: b.p.support, Source: b.tr("Verlaufsdokumentation Familienhilfe", "Family support case notes"), Date: b.days(-2)},
	} {
		c.AddRisk(r)
	}
	c.SetAreaRating("care", conference.SeverityPoor)
	c.SetAreaRating("stress", conference.SeveritySufficient)

	for _, s := range []conference.Strength{
		{Factor: "protective_adult", Text: b.tr("Großmutter mütterlicherseits, wohnt im Stadtteil", "Maternal grandmother, lives nearby"),
			Provenance: rep, Source: b.tr("Mutter", "Mother")},
		{Factor: "accepts_help", Text: b.tr("Mutter hat die Familienhilfe selbst angefragt", "Mother asked for family support herself"),
			Provenance: obs, Source: b.tr("ASD", "Social service")},
		{Factor: "regular_contact", Text: b.tr("täglich ganztags in der Kita; Geschwisterkind an die Schulsozialarbeit angebunden", "full day at the Kita every day; sibling in touch with school social work"),
			Provenance: obs, Source: "Kita"},
		{Factor: "child_competences", Text: b.tr("äußert Hunger und Wünsche deutlich, sucht Hilfe bei der Bezugserzieherin", "says clearly when hungry or wanting something, seeks help from the key person"),
			Provenance: obs, Source: "Kita"},
	} {
		c.AddProtectiveFactor(s)
	}
	for _, s := range []conference.Strength{
		{Factor: "existing_safety", Text: b.tr("Großmutter holt das Kind dienstags und donnerstags ab und kocht für beide Kinder", "Grandmother collects the child on Tuesdays and Thursdays and cooks for both children"),
			Provenance: rep, Source: b.tr("Mutter, bestätigt durch die Familienhilfe", "Mother, confirmed by family support")},
		{Text: b.tr("Kita gibt seit zwei Wochen ein zusätzliches Frühstück", "The Kita has been giving an extra breakfast for two weeks"),
			Provenance: obs, Source: "Kita"},
	} {
		c.AddExistingSafety(s)
	}
	c.Park(b.tr(
		"Finanzielle Lage: Mietrückstände und Antrag auf Leistungen für Bildung und Teilhabe",
		"Money: rent arrears and an application for education and participation benefits"),
		b.p.support, b.at(46))
}
