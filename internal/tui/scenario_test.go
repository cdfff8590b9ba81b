package tui

type facilitator interface {
	key(names ...string)
	typ(text string)
	see(texts ...string)
}

func runConference(f facilitator) {
	f.see("Fallkonferenzen")
	f.key("n")
	f.see("Vorbereitung", "Fallcode")
	f.typ("K-2026-117")
	f.key("tab")
	f.typ("Hämatome an beiden Oberarmen")
	f.key("tab")
	f.typ("Ist Mia zu Hause ausreichend geschützt?")
	f.key("tab", "tab", "tab")
}
