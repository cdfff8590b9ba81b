package tui

// runConference types a complete case conference, from the home screen of
// an empty store through every phase to closing it, as a facilitator
// would; checkConference knows what it must leave behind. Keys arrive in
// order, so the script waits for the screen only where a command runs in
// between (opening the workspace) and to check that each step showed what
// the facilitator expects.
func runConference(p *program) {
	p.see("Fallkonferenzen")
	p.key("n", "enter")
	p.see("0 Vorbereitung", "Fallkennung")
	typePreparation(p)
	p.key("f4")
	p.see("K-2026-117 · 1 Eröffnung")
	typeOpening(p)
	p.key("f4")
	p.see("K-2026-117 · 2 Fallvorstellung")
	typePresentation(p)
	p.key("f4")
	p.see("K-2026-117 · 3 Perspektiven")
	typePerspectives(p)
	p.key("f4")
	p.see("K-2026-117 · 4 Sorgen & Stärken")
	typeWorries(p)
	p.key("f4")
	p.see("K-2026-117 · 5 Einschätzung")
	typeAssessment(p)
	p.key("f4")
	p.see("K-2026-117 · 6 Vereinbarungen")
	typeActions(p)
	p.key("f4")
	p.see("K-2026-117 · 7 Abschluss")
	typeClosing(p)
}

// typePreparation: the case code has the keyboard first; a topic is
// parked from here for the closing.
func typePreparation(p *program) {
	p.typ("K-2026-117")
	p.key("tab")
	p.typ("Hämatome an beiden Oberarmen")
	p.key("tab")
	p.typ("Ist Mia zu Hause ausreichend geschützt?")
	p.key("tab", "tab") // the date stays today's
	p.typ("930")
	p.key("tab")
	p.typ("Jugendamt, Raum 2.14")
	p.key("tab", "tab") // 90 minutes is the default
	p.typ("eingebracht")
	p.key("enter")
	p.see("je Person", "Sichtweise der Familie wird eingebracht", "11:00")
	p.key("f6")
	p.typ("Schulweg klären")
	p.key("enter")
	p.see("Parkplatz (1)")
}

// typeOpening: the opening asks first who facilitates and who takes the
// minutes (a new store knows nobody at the keyboard); left for later, the
// quick-add form follows. Three people fast, one marked excused, the
// confidentiality agreement; then the question again (m): Petra Albers
// facilitates and takes the minutes.
func typeOpening(p *program) {
	p.see("Wer moderiert, wer schreibt das Protokoll?")
	p.key("ctrl+s")
	p.typ("Petra Albers")
	p.key("tab")
	p.typ("asd")
	p.key("tab")
	p.typ("ASD Nord")
	p.key("tab", "tab")
	p.typ("fall") // role: case lead, ticked; ctrl+s adds
	p.key("enter", "ctrl+s")
	p.typ("Dr. Jonas Weber")
	p.key("tab")
	p.typ("Jugendarzt")
	p.key("tab")
	p.typ("Praxis Dr. Weber")
	p.key("tab")
	p.typ("Kinderheilkunde")
	p.key("tab")
	p.typ("beteiligte") // role: contributing participant
	p.key("enter", "ctrl+s")
	p.typ("Aylin Demir")
	p.key("tab")
	p.typ("kita")
	p.key("ctrl+s", "esc", "e", "c")
	p.see("Vertraulichkeit vereinbart", "anwesend 2 · entschuldigt 1")
	p.key("m")
	p.typ("Albers")
	p.key("enter")
	p.typ("Albers")
	p.key("enter")
	p.see("Moderation: Petra Albers · Protokoll: Petra Albers")
}

func typePresentation(p *program) {
	p.typ("Mia (6) kam mit Hämatomen an beiden Oberarmen in die Kita.")
	p.key("tab", "n")
	p.typ("12.11.2026")
	p.key("tab")
	p.typ("U-Untersuchung ohne Befund")
	p.key("tab")
	p.typ("Praxis Dr. Weber")
	p.key("enter", "esc")
	p.see("U-Untersuchung ohne Befund")
}

// typePerspectives: a contribution for each of the two present, with
// provenance and source, the word passed in between; then the child's
// and the parents' views.
func typePerspectives(p *program) {
	p.see("neuer Beitrag: Petra Albers")
	p.typ("Mutter wirkte beim Hausbesuch erschöpft")
	p.key("enter")
	p.typ("beob") // kind: eigene Beobachtung
	p.key("enter")
	p.typ("eigener Hausbesuch am 14.11.")
	p.key("enter")
	p.see("[beob.] Mutter wirkte beim Hausbesuch erschöpft")
	p.key("ctrl+n")
	p.see("neuer Beitrag: Dr. Jonas Weber")
	p.typ("Verletzungsmuster spricht gegen einen Sturz")
	p.key("enter")
	p.typ("einsch") // kind: Einschätzung
	p.key("enter")
	p.typ("U-Untersuchung")
	p.key("enter")
	p.see("Verletzungsmuster spricht gegen einen Sturz", "Quelle: U-Untersuchung")
	p.key("esc", "v")
	p.typ("Gespräch in der Kita")
	p.key("tab")
	p.typ("Mama ist oft traurig.")
	p.key("tab")
	p.typ("Hausbesuch")
	p.key("tab")
	p.typ("Wir schaffen das.")
	p.key("esc")
	p.see("Sicht des Kindes  ✓ eingebracht", "Sicht der Eltern  ✓ eingebracht")
}

// typeWorries: a catalogue indicator found by typing, very poor and
// weighty, observed, with source and date; then a protective factor.
func typeWorries(p *program) {
	p.see("Neue Sorge")
	p.typ("Hämatome")
	p.key("tab")
	p.typ("stark")
	p.key("tab", "down", "enter", "tab") // flags: weighty
	p.typ("beob")
	p.key("tab")
	p.typ("Kita-Dokumentation")
	p.key("tab")
	p.typ("12.11.2026")
	p.key("enter", "esc")
	p.see("Sorgen (1)", "⚠ gewichtig", "▸ stark ")
	p.key("tab", "n")
	p.typ("verlässlich")
	p.key("tab")
	p.typ("beob")
	p.key("tab")
	p.typ("Hausbesuch")
	p.key("ctrl+s", "esc")
	p.see("Verlässliche schützende Bezugsperson")
}

// typeAssessment: each present participant's hidden rating, the reveal,
// the agreed result and one dissent.
func typeAssessment(p *program) {
	p.see("Eigene Einschätzung: Petra Albers")
	p.typ("latent")
	p.key("enter")
	p.typ("4")
	p.key("enter")
	p.see("Eigene Einschätzung: Dr. Jonas Weber")
	p.typ("akut")
	p.key("enter")
	p.typ("2")
	p.key("enter")
	p.see("2 von 2 abgegeben · verdeckt")
	p.key("r")
	p.see("2 von 2 abgegeben · aufgedeckt", "min 2 · Median 3 · max 4")
	p.key("e")
	p.typ("latent")
	p.key("enter")
	p.typ("körper")
	p.key("enter", "tab")
	p.typ("Einigung nach Diskussion")
	p.key("enter")
	p.see("Kategorie: latente Kindeswohlgefährdung", "körperliche Misshandlung")
	p.key("n") // a dissent
	p.typ("Weber")
	p.key("enter")
	p.typ("Hält die Verletzungen für akut gefährdend")
	p.key("ctrl+s") // what it concerns and how it was resolved can follow later
	p.see("Dr. Jonas Weber: Hält die Verletzungen")
}

// typeActions: two complete actions, each marked agreed, and the
// contingency plan a latent result asks for.
func typeActions(p *program) {
	p.see("Noch keine Vereinbarungen")
	p.key("n")
	p.typ("Nachuntersuchung")
	p.key("enter")
	p.typ("Weber")
	p.key("enter") // the institution follows the owner: the cursor passes it
	p.typ("+14d")
	p.key("enter")
	p.typ("Telefon an ASD")
	p.key("enter")
	p.typ("ASD lädt die Mutter zum Gespräch ein")
	p.key("enter") // on to the worries it answers
	p.key("enter") // none picked, the last field: saved; the form waits for the next
	p.typ("Hausbesuch mit SPFH")
	p.key("enter")
	p.typ("Albers")
	p.key("enter")
	p.typ("+14d")
	p.key("enter")
	p.typ("Bericht in der Folgekonferenz")
	p.key("ctrl+s", "esc", "up", "y", "down", "y")
	p.see("Nachuntersuchung", "Hausbesuch mit SPFH", "06.12.2026")
	p.key("w")
	p.typ("Bei erneuten Hämatomen sofort ASD-Bereitschaft anrufen.")
	p.key("ctrl+s", "esc") // the plan's first entry, back to the actions
	p.see("Krisen- und Schutzplan: Bei erneuten Hämatomen")
}

// typeClosing: the read-back repeating each owner's yes of phase 6, an owner for
// the parked topic, responsibilities, the review date; then close anyway
// (nobody has the facilitator role, nobody receives the minutes).
func typeClosing(p *program) {
	p.see("Vereinbarung 1 von 2 · 2 zugesagt", "✓ zugesagt")
	p.key("y")
	p.see("Vereinbarung 2 von 2 · 2 zugesagt")
	p.key("y")
	p.key("2")
	p.see("Schulweg klären")
	p.key("enter")
	p.typ("Albers")
	p.key("enter")
	p.key("3", "enter") // case lead
	p.typ("Albers")
	p.key("enter", "down", "enter") // informs the family
	p.typ("Albers")
	p.key("enter", "down", "down", "down", "enter") // convenes the review
	p.typ("Weber")
	p.key("enter")
	p.key("4", "enter")
	p.typ("+6w")
	p.key("tab")
	p.typ("9:30")
	p.key("enter")
	p.see("03.01.2027, 09:30")
	p.key("5", "enter")
	p.see("Trotzdem abschließen?")
	p.key("j")
	p.see("Konferenz abgeschlossen am 22.11.2026")
}
