package demo

import (
	"time"

	"kofa/internal/conference"
)

// presentation: 09:03:30-09:13. Facts, chronology, help in place.
func (b *builder) presentation() {
	c := b.c
	c.GoTo(conference.PhasePresentation, b.at(3.5))
	c.Facts = b.tr(
		"Kind (6) ist Vorschulkind in der Kita Sonnenblume (ganztags) und lebt mit der Mutter, die die alleinige Sorge hat, und einem Geschwisterkind (9) in einer Zweizimmerwohnung. Die Eltern leben seit dem Frühjahr getrennt; der Vater hat kaum Kontakt. Die Mutter berichtet von einer depressiven Episode und ist hausärztlich in Behandlung, bisher ohne Psychotherapie. Die Großmutter mütterlicherseits wohnt im Stadtteil und hilft zweimal pro Woche.",
		"Child (6) is in the pre-school year at Kita Sonnenblume (full day) and lives with the mother, who has sole parental responsibility, and a sibling (9) in a two-room flat. The parents separated in spring; the father has little contact. The mother reports a depressive episode and is treated by her GP, so far without psychotherapy. The maternal grandmother lives nearby and helps twice a week.")
	for _, e := range []conference.ChronologyEntry{
		{Date: b.days(-180),
			Event:  b.tr("Trennung der Eltern; der Vater zieht aus, seitdem kaum Kontakt zu den Kindern", "Parents separate; the father moves out and has had little contact with the children since"),
			Source: b.tr("Mutter, Erstgespräch im ASD", "Mother, first interview at the social service")},
		{Date: b.days(-70),
			Event:  b.tr("Vorsorgeuntersuchung U9 nicht wahrgenommen; zwei Erinnerungen der Praxis bleiben ohne Antwort", "U9 check-up missed; two reminders from the practice go unanswered"),
			Source: b.tr("Kinderarztpraxis Dr. Weber", "Dr Weber's practice")},
		{Date: b.days(-42),
			Event:  b.tr("Beginn der Sozialpädagogischen Familienhilfe (2 × 4 Std./Woche) auf Wunsch der Mutter", "Family support starts (2 × 4 hours a week) at the mother's request"),
			Source: b.tr("ASD, Hilfeplan", "Social service, help plan")},
		{Date: b.days(-21),
			Event:  b.tr("Kita dokumentiert an 9 von 15 Tagen: kein Frühstück, Kleidung nicht wettergerecht; zwei Elterngespräche abgesagt", "Kita records on 9 of 15 days: no breakfast, clothes not suited to the weather; two parent meetings cancelled"),
			Source: b.tr("Kita, Beobachtungsbogen", "Kita, observation sheet")},
		{Date: b.days(-12),
			Event:  b.tr("Meldung der Kita an den ASD nach Beratung durch die insoweit erfahrene Fachkraft", "Kita reports to the social service after consulting the specialist adviser"),
			Source: b.tr("Kita Sonnenblume / ASD", "Kita Sonnenblume / social service")},
	} {
		c.AddChronology(e)
	}
	c.HelpInPlace = b.tr(
		"Sozialpädagogische Familienhilfe (Familienhilfe Lichtblick e. V.) seit sechs Wochen, 2 × 4 Stunden pro Woche; Ganztagsplatz in der Kita; das Geschwisterkind besucht den offenen Ganztag der Grundschule Am Hang.",
		"Socio-educational family support (Familienhilfe Lichtblick e. V.) for six weeks, 2 × 4 hours a week; full-day Kita place; the sibling attends the after-school programme of Grundschule Am Hang.")
}

// turn is one speaker's part of the round of perspectives.
type turn struct {
	speaker  string
	minutes  float64 // length of the turn
	provs    []string
	sources  []string
	de, en   []string
	extended bool // the facilitator adds five minutes during this turn
}

// perspectives: 09:13-09:32, time box extended by five minutes.
func (b *builder) perspectives() {
	c := b.c
	c.GoTo(conference.PhasePerspectives, b.at(13))
	c.SetOrder()
	obs, rep, ass := conference.ProvenanceObserved, conference.ProvenanceReported, conference.ProvenanceAssessed
	turns := []turn{
		{speaker: b.p.lead, minutes: 2.5, provs: []string{obs, ass},
			sources: []string{b.tr("Hausbesuch ASD", "Home visit, social service"), b.tr("Hilfeplanung ASD", "Social service help planning")},
			de: []string{
				"Beim Hausbesuch vor zwei Wochen war die Wohnung aufgeräumt, der Kühlschrank aber fast leer. Die Mutter wirkte erschöpft und sagte, sie komme morgens kaum aus dem Bett.",
				"Die Mutter ist kooperativ und hat die Familienhilfe selbst angefragt. Offen ist, ob das an schlechten Tagen reicht.",
			},
			en: []string{
				"At the home visit two weeks ago the flat was tidy but the fridge almost empty. The mother seemed exhausted and said she can hardly get out of bed in the morning.",
				"The mother cooperates and asked for family support herself. It is open whether that is enough on bad days.",
			}},
		{speaker: b.p.colleague, minutes: 1.5, provs: []string{obs},
			sources: []string{b.tr("Erstgespräch im ASD", "First interview at the social service")},
			de:      []string{"Beim Erstgespräch im Mai war die Versorgung noch gesichert; die Großmutter half damals fast täglich."},
			en:      []string{"At the first interview in May care was still secured; the grandmother helped almost every day then."}},
		{speaker: b.p.kita, minutes: 3.5, provs: []string{obs, obs},
			sources: []string{b.tr("Beobachtungsbogen Kita, letzte drei Wochen", "Kita observation sheet, last three weeks"), b.tr("Gruppenalltag", "Daily group routine")},
			de: []string{
				"Kind (6) kommt an den meisten Tagen ohne Frühstück, isst in der Kita sehr hastig und fragt nach Nachschlag. Im November kam es zweimal ohne Jacke.",
				"Im Spiel zieht es sich zurück und schläft mittags sofort ein; das war im Frühjahr noch nicht so.",
			},
			en: []string{
				"Child (6) arrives without breakfast on most days, eats very hastily at the Kita and asks for more. In November it came twice without a coat.",
				"It withdraws from play and falls asleep at once at nap time; that was not so in spring.",
			}},
		{speaker: b.p.doctor, minutes: 3, provs: []string{obs, ass},
			sources: []string{b.tr("Patientenakte der Praxis", "Practice records"), b.tr("ärztliche Einschätzung nach Aktenlage", "Medical opinion based on the records")},
			de: []string{
				"Letzte Vorstellung vor acht Monaten; die U9 wurde nicht wahrgenommen. Das Gewicht lag damals an der 10. Perzentile, an zwei Zähnen ist unbehandelte Karies vermerkt.",
				"Gewichtskontrolle und Zahnstatus sind dringend. Medizinisch gibt es keinen Hinweis auf Misshandlung.",
			},
			en: []string{
				"Last seen eight months ago; the U9 check-up was missed. Weight was then at the 10th percentile; untreated caries on two teeth is noted.",
				"A weight check and dental status are urgent. Medically there is no sign of abuse.",
			}},
		{speaker: b.p.school, minutes: 2.5, provs: []string{rep},
			sources: []string{b.tr("Gespräch mit dem Geschwisterkind und der Klassenlehrerin", "Conversation with the sibling and the class teacher")},
			de:      []string{"Das Geschwisterkind (9) kommt oft zu spät und erzählt, Mama schlafe viel. Morgens mache es dem kleinen Geschwister manchmal das Frühstück."},
			en:      []string{"The sibling (9) is often late and says mum sleeps a lot. In the morning it sometimes makes breakfast for the younger one."}},
		{speaker: b.p.support, minutes: 3, provs: []string{obs, ass}, extended: true,
			sources: []string{b.tr("Verlaufsdokumentation Familienhilfe", "Family support case notes"), b.tr("Hausbesuche der Familienhilfe", "Family support home visits")},
			de: []string{
				"Etwa zwei Drittel der Termine finden statt. Die Mutter nimmt Hilfe beim Einkaufen und beim Wochenplan an; an schlechten Tagen öffnet sie nicht.",
				"Die Mutter ist motiviert. Die Tagesstruktur bricht weg, wenn es ihr schlecht geht.",
			},
			en: []string{
				"About two thirds of the appointments take place. The mother accepts help with shopping and a weekly plan; on bad days she does not open the door.",
				"The mother is motivated. The daily routine collapses when she is unwell.",
			}},
		{speaker: b.p.adviser, minutes: 2, provs: []string{ass},
			sources: []string{b.tr("Fachberatung auf Grundlage der pseudonymisierten Falldarstellung", "Consultation based on the pseudonymised case summary")},
			de:      []string{"Wiederkehrende Unterversorgung bei einer belasteten, aber kooperativen Mutter. Entscheidend ist, ob die Versorgung an schlechten Tagen abgesichert ist."},
			en:      []string{"Recurrent lack of care by a burdened but cooperative mother. What matters is whether care is secured on bad days."}},
	}
	clock := 13.0
	for _, t := range turns {
		for i := range t.de {
			c.AddContribution(conference.Contribution{
				SpeakerID: t.speaker, Text: b.tr(t.de[i], t.en[i]),
				Provenance: t.provs[i], Source: t.sources[i],
				At: b.at(clock + float64(i+1)*t.minutes/float64(len(t.de)+1)),
			})
		}
		if t.extended {
			c.Extend(conference.PhasePerspectives, 5*time.Minute)
		}
		clock += t.minutes
		c.NextSpeaker(b.at(clock))
	}
	c.ChildView = conference.View{
		HowObtained: b.tr(
			"Gespräch der Bezugserzieherin mit dem Kind in der Kita vor acht Tagen, mit Bildkarten zu Tagesablauf und Gefühlen",
			"Conversation of the key person with the child at the Kita eight days ago, using picture cards about the day and feelings"),
		Said: b.tr(
			"„Mama ist oft müde. Dann mache ich mir Cornflakes, aber manchmal ist keine Milch da.“ Bei Oma sei es schön, da gebe es Nudeln. Es wünscht sich, dass Mama wieder mit ihm auf den Spielplatz geht.",
			"“Mum is often tired. Then I make myself cornflakes, but sometimes there is no milk.” It is nice at grandma's, there are noodles. It wishes mum would go to the playground with it again."),
	}
	c.ParentsView = conference.View{
		HowObtained: b.tr("Die Mutter selbst, in der ersten Hälfte der Konferenz", "The mother herself, in the first half of the conference"),
		Said: b.tr(
			"Seit der Trennung schaffe ich morgens vieles nicht. Ich will, dass die Kinder gut versorgt sind, und nehme die Familienhilfe gern an. Ich habe Angst, dass man mir die Kinder wegnimmt.",
			"Since the separation I can't manage much in the mornings. I want the children to be well looked after and I am glad of the family support. I am afraid the children will be taken away from me."),
	}
	// The mother leaves before the professionals weigh the worries, as
	// agreed with her beforehand (family mode part_time).
	c.Leave(b.p.mother, b.at(32))
}
