package tui

import (
	"strings"
	"testing"

	"kofa/internal/i18n"
	"kofa/internal/store"
)

// betweenScreens are the screens outside a conference and the quit
// question, for the sweep and the storm (see screens): from the
// workspace back home, the export preview (e), the search (/), the
// tracker (a) with its form, the partner directory (p) with its search,
// form, refusal, help and question, and last, on a new conference whose
// saves fail, the quit question and its second question. Their names
// start with "home" while no conference is open.
func betweenScreens(h *harness) []screenState {
	home := func() {
		for range 5 {
			if h.app.workspace() == nil && h.app.preview() == nil && !h.app.showHelp {
				return
			}
			h.Key("esc")
		}
	}
	network := func() {
		// The fake store does not collect the directory as the real one
		// does: it gets the sample's professionals, and one long entry.
		var entries []store.DirectoryEntry
		if list, _ := h.repo.List(); len(list) > 0 {
			if c, err := h.repo.Get(list[0].ID); err == nil {
				for _, p := range c.Participants {
					if !p.Family {
						entries = append(entries, store.DirectoryEntry{ID: "d" + p.ID, Name: p.Name, Institution: p.Institution, Discipline: p.Discipline})
					}
				}
			}
		}
		entries = append(entries, store.DirectoryEntry{ID: "dlong", Name: "Dr. q\u0307 Müller-Lüdenscheidt 日本語 👩‍👩‍👧",
			Institution: "Kita Sonnenblume und Familienzentrum am Stadtpark, Außenstelle Nord", Discipline: "Heilpädagogik",
			Phone: "+49 511 123456789", Email: "sehr.lange.adresse@familienzentrum-stadtpark.example"})
		h.repo.SetDirectory(entries)
		home()
	}
	return []screenState{
		{"home again", network, true},
		{"home export preview", func() { h.Key("e") }, true},
		{"home export preview help", func() { h.Key("?") }, true},
		{"home export preview back", func() { h.Key("esc"); h.Key("esc") }, false},
		{"home search", func() { h.Key("/"); h.Type("frühstück") }, true},
		{"home search back", func() { h.Key("esc") }, false},
		{"home tracker", func() { h.Key("a") }, true},
		{"home tracker help", func() { h.Key("?") }, true},
		{"home tracker marking", func() { h.Key("esc"); h.Key("d") }, true},
		{"home tracker back", func() { h.Key("esc"); h.Key("esc") }, false},
		{"home directory", func() { h.Key("p") }, true},
		{"home directory search", func() { h.Type("kita") }, true},
		{"home directory form", func() { h.Key("enter") }, true},
		{"home directory refused", func() { h.Key("ctrl+u"); h.Key("tab") }, true},
		{"home directory help", func() { h.Key("f1") }, true},
		{"home directory question", func() { h.Key("esc"); h.Key("esc"); h.Key("ctrl+d") }, true},
		{"home directory back", func() { h.Key("n"); h.Key("esc"); h.Key("esc") }, false},
		{"home report", func() { h.Key("b") }, true},
		{"home report help", func() { h.Key("?") }, true},
		{"home report back", func() { h.Key("esc"); h.Key("esc") }, false},
		{"home agreements", func() { h.Key("k") }, true},
		{"home agreements form", func() {
			h.Key("n")
			h.Type("Kooperationsvereinbarung mit der Kita Sonnenblume und dem Familienzentrum")
		}, true},
		{"home agreements help", func() { h.Key("f1") }, true},
		{"home agreements back", func() { h.Key("esc"); h.Key("esc"); h.Key("esc") }, false},
		{"home new conference asks first", func() { h.Key("n") }, true},
		{"new conference", func() {
			h.Key("enter")
			h.repo.FailNextSaves(1 << 30)
			h.Type("K-2026-999")
		}, false},
		{"quit question", func() { h.Key("ctrl+c") }, true},
		{"quit question sure", func() { h.Key("Q") }, true},
	}
}

// TestBetweenScreensAreReached pins that the sweep draws what the names
// say, so a screen cannot drop out of it unnoticed.
func TestBetweenScreensAreReached(t *testing.T) {
	h := realApp(t, i18n.DE)
	want := map[string]func() bool{
		"home again":           func() bool { return h.app.workspace() == nil && h.app.preview() == nil },
		"home export preview":  func() bool { return h.app.preview() != nil && strings.Contains(h.screen(), "Protokoll · ") },
		"home search":          func() bool { return h.app.home.Typing() && strings.Contains(h.screen(), "frühstück") },
		"home tracker":         func() bool { return h.app.actionTracker() != nil },
		"home tracker marking": func() bool { return h.app.actionTracker() != nil && h.app.actionTracker().Typing() },
		"home directory":       func() bool { return h.app.partnerDir() != nil && strings.Contains(h.screen(), "Partnerverzeichnis") },
		"home directory search": func() bool {
			return len(h.app.partnerDir().Entries()) > 0 && strings.Contains(h.screen(), "Suche: kita")
		},
		"home directory form":     func() bool { return h.app.partnerDir().Typing() },
		"home directory refused":  func() bool { return strings.Contains(h.screen(), "NICHT GESPEICHERT") },
		"home directory help":     func() bool { return h.app.showHelp && h.app.partnerDir() != nil },
		"home directory question": func() bool { return strings.Contains(h.screen(), "Eintrag löschen?") },
		"home directory back":     func() bool { return h.app.partnerDir() == nil },
		"home report":             func() bool { _, ok := h.app.top().s.(reportScreen); return ok && !h.app.showHelp },
		"home report help":        func() bool { _, ok := h.app.top().s.(reportScreen); return ok && h.app.showHelp },
		"home report back":        func() bool { _, ok := h.app.top().s.(reportScreen); return !ok },
		"home agreements":         func() bool { _, ok := h.app.top().s.(agreementsScreen); return ok },
		"home agreements form": func() bool {
			s, ok := h.app.top().s.(agreementsScreen)
			return ok && s.Typing() && strings.Contains(h.screen(), "Kooperationsvereinbarung")
		},
		"home agreements help":     func() bool { _, ok := h.app.top().s.(agreementsScreen); return ok && h.app.showHelp },
		"home agreements back":     func() bool { return h.app.workspace() == nil && !h.app.showHelp && !isAgreements(h) },
		"quit question":            func() bool { return h.app.quitAsk != nil && !h.Quit },
		"quit question sure":       func() bool { return h.app.quitAsk != nil && h.app.quitAsk.sure != nil },
		"home export preview help": func() bool { return h.app.showHelp && h.app.preview() != nil },
	}
	seen := 0
	for _, s := range screens(h) {
		s.goTo()
		if ok, named := want[s.name]; named {
			seen++
			if !ok() {
				t.Errorf("screen %q is not what it says:\n%s", s.name, h.screen())
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d screens reached", seen, len(want))
	}
}

func isAgreements(h *harness) bool { _, ok := h.app.top().s.(agreementsScreen); return ok }
