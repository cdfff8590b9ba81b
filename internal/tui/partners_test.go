package tui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/tui/tuitest"
)

// storeWithNetwork is a real store whose directory knows the professionals
// of one conference (the store adds them when it is saved).
func storeWithNetwork(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "kofa.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	c := conference.New("netw0000", conference.KindCase, start.AddDate(0, 0, -14))
	c.CaseCode = "K-2026-117"
	c.AddParticipant(conference.Participant{Name: "Jana Müller", Institution: "Kita Sonnenblume"})
	c.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", Institution: "Praxis Dr. Weber"})
	c.AddParticipant(conference.Participant{Name: "Petra Albers", Institution: "Jugendamt Nord"})
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	return s
}

func stored(t *testing.T, s *store.Store, name string) (store.DirectoryEntry, bool) {
	t.Helper()
	entries, err := s.Directory()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name == name {
			return e, true
		}
	}
	return store.DirectoryEntry{}, false
}

// TestHomePOpensThePartnerDirectoryWhoseChangesReachTheStore: p on home
// (named in the full help) opens the directory of a real store; a
// corrected entry and a deleted one are in the store at once; esc goes
// back home.
func TestHomePOpensThePartnerDirectoryWhoseChangesReachTheStore(t *testing.T) {
	s := storeWithNetwork(t)
	h := harnessOn(t, s, i18n.DE, 120, 30)
	h.Key("?")
	if f := strings.Fields(lineOf(h.screen(), "Partnerverzeichnis")); len(f) != 2 || f[0] != "p" {
		t.Fatalf("the help does not name p for the directory:\n%s", h.screen())
	}
	h.Key("esc")
	h.Key("p")
	if h.app.partnerDir() == nil {
		t.Fatalf("p opened no directory:\n%s", h.screen())
	}
	h.contains(t, "Partnerverzeichnis")
	h.contains(t, "3 Einträge")
	h.Key("?") // the directory's own keys; letters are the search there
	h.contains(t, "ctrl+n")
	h.contains(t, "tippen sucht")
	h.Key("esc")

	h.Type("weber")
	h.Key("enter")
	h.Key("tab")
	h.Key("tab")
	h.Type("Kinderarzt")
	h.Key("tab")
	if e, ok := stored(t, s, "Dr. Jonas Weber"); !ok || e.Discipline != "Kinderarzt" {
		t.Fatalf("the store has %+v after leaving the field", e)
	}
	h.Key("esc") // closes the form
	h.Key("esc") // clears the search
	h.Type("albers")
	h.Key("ctrl+d")
	h.contains(t, "Eintrag löschen?")
	h.Key("j")
	if _, ok := stored(t, s, "Petra Albers"); ok {
		t.Fatal("the deleted entry is still in the store")
	}
	if c, err := s.Get("netw0000"); err != nil || len(c.Participants) != 3 {
		t.Errorf("the conference lost its participants: %v", err)
	}
	h.Key("esc")
	h.Key("esc")
	if h.app.partnerDir() != nil {
		t.Fatalf("esc did not go home:\n%s", h.screen())
	}
	h.contains(t, "K-2026-117")
}

// TestQuitInThePartnerDirectorySavesTheOpenEntry: ctrl+c while an entry is
// being edited saves the field being typed, then quits.
func TestQuitInThePartnerDirectorySavesTheOpenEntry(t *testing.T) {
	s := storeWithNetwork(t)
	h := harnessOn(t, s, i18n.DE, 120, 30)
	h.Key("p")
	h.Type("jana")
	h.Key("enter")
	h.Key("tab")
	h.Key("tab")
	h.Key("tab")
	h.Type("0511 123")
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatalf("ctrl+c did not quit:\n%s", h.screen())
	}
	if e, _ := stored(t, s, "Jana Müller"); e.Phone != "0511 123" {
		t.Errorf("the phone typed before quitting is not stored: %+v", e)
	}
}

// TestQuitWithARefusedEntryStaysAndSaysWhy: an entry the store refuses
// (no name) keeps kofa open with the reason; esc drops the change, and
// then ctrl+c quits.
func TestQuitWithARefusedEntryStaysAndSaysWhy(t *testing.T) {
	repo := tuitest.NewRepo()
	repo.SetDirectory([]store.DirectoryEntry{{ID: "d1", Name: "Jana Müller", Institution: "Kita Sonnenblume"}})
	h := harnessOn(t, repo, i18n.EN, 120, 30)
	h.Key("p")
	h.Key("enter")
	h.Key("ctrl+u")
	h.Key("ctrl+c")
	if h.Quit {
		t.Fatal("quit although the change could not be saved")
	}
	h.contains(t, "NOT SAVED: An entry needs a name.")
	h.Key("esc")
	h.contains(t, "Change discarded.")
	h.Key("ctrl+c")
	if !h.Quit {
		t.Fatalf("ctrl+c after discarding did not quit:\n%s", h.screen())
	}
	if entries, _ := repo.Directory(); len(entries) != 1 || entries[0].Name != "Jana Müller" {
		t.Errorf("directory %+v", entries)
	}
}

func TestPartnerDirectoryFitsEverySize(t *testing.T) {
	for name, keys := range map[string][]string{
		"list": {"p"}, "search": {"p", "m", "ü"}, "form": {"p", "enter"}, "refused": {"p", "enter", "ctrl+u", "tab"},
		"question": {"p", "ctrl+d"}, "help": {"p", "?"},
	} {
		t.Run(name, func(t *testing.T) {
			s := storeWithNetwork(t)
			h := harnessOn(t, s, i18n.DE, 120, 40)
			for _, k := range keys {
				h.Key(k)
			}
			for _, w := range []int{1, 2, 10, 59, 60, 61, 79, 80, 100, 120, 300} {
				for _, ht := range []int{1, 2, 10, 19, 20, 24, 30, 100} {
					h.Send(tea.WindowSizeMsg{Width: w, Height: ht})
					checkWidth(t, h.app.View().Content, w, ht)
				}
			}
		})
	}
}
