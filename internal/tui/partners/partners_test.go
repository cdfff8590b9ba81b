package partners

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/tuitest"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// network is the directory every test starts with, in the store's order.
func network() []store.DirectoryEntry {
	return []store.DirectoryEntry{
		{ID: "d1", Name: "Aylin Demir", Institution: "Kita Sonnenblume", Discipline: "Erzieherin"},
		{ID: "d2", Name: "Dr. Jonas Weber", Institution: "Praxis Dr. Weber", Discipline: "Kinderarzt", Phone: "0511 4711"},
		{ID: "d3", Name: "Jana Müller", Institution: "Kita Sonnenblume", Email: "mueller@kita.example"},
		{ID: "d4", Name: "Jürgen Müller", Institution: "Jugendamt Nord", Discipline: "ASD"},
		{ID: "d5", Name: "Nina Engel", Institution: "Grundschule Am Hang"},
	}
}

type harness struct {
	*tuitest.Driver
	t    *testing.T
	m    *Model
	repo *tuitest.Repo
}

func newHarness(t *testing.T, lang i18n.Lang, w, h int) *harness {
	t.Helper()
	repo := tuitest.NewRepo()
	repo.SetDirectory(network())
	st := theme.Default(false).Styles(true)
	clk := tuitest.NewClock(t0)
	m := New(Config{Repo: repo, Msgs: i18n.New(lang), Styles: &st})
	m.SetLayout(layout.Compute(w, h))
	hs := &harness{t: t, m: m, repo: repo}
	hs.Driver = tuitest.NewDriver(t, clk, m.Update)
	hs.Exec(m.Init())
	return hs
}

func (h *harness) keys(names ...string) {
	h.t.Helper()
	for _, n := range names {
		h.Key(n)
	}
}

func (h *harness) screen() string { return ansi.Strip(h.m.View()) }

func (h *harness) mustShow(parts ...string) {
	h.t.Helper()
	s := h.screen()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			h.t.Errorf("screen lacks %q:\n%s", p, s)
		}
	}
}

func (h *harness) names() string {
	var out []string
	for _, e := range h.m.Entries() {
		out = append(out, e.Name)
	}
	return strings.Join(out, ",")
}

// stored returns the stored entry with the name, or fails.
func (h *harness) stored(name string) store.DirectoryEntry {
	h.t.Helper()
	entries, _ := h.repo.Directory()
	for _, e := range entries {
		if e.Name == name {
			return e
		}
	}
	h.t.Fatalf("no stored entry %q in %+v", name, entries)
	return store.DirectoryEntry{}
}

func (h *harness) sent(msg tea.Msg) bool {
	for _, m := range h.Seen {
		if fmt.Sprintf("%T", m) == fmt.Sprintf("%T", msg) {
			return true
		}
	}
	return false
}

func TestListShowsEveryEntryWithItsFields(t *testing.T) {
	h := newHarness(t, i18n.DE, 140, 30)
	if got := h.names(); got != "Aylin Demir,Dr. Jonas Weber,Jana Müller,Jürgen Müller,Nina Engel" {
		t.Fatalf("entries %s", got)
	}
	h.mustShow("Partnerverzeichnis", "5 Einträge", "Name", "Einrichtung", "Profession", "Telefon", "E-Mail",
		"Praxis Dr. Weber", "0511 4711", "mueller@kita.example")
}

// TestTypingFiltersUmlautAware: what is typed filters at once, in any
// umlaut spelling, every word in any field; letters that are commands
// elsewhere (d, n, e) are only text here.
func TestTypingFiltersUmlautAware(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.Type("muller")
	if got := h.names(); got != "Jana Müller,Jürgen Müller" {
		t.Fatalf("muller: %s", got)
	}
	h.mustShow("Suche: muller", "2 von 5 Einträgen")
	h.Type(" kita")
	if got := h.names(); got != "Jana Müller" {
		t.Fatalf("muller kita: %s", got)
	}
	h.keys("esc")
	if got := h.names(); !strings.Contains(got, "Nina Engel") || h.sent(CloseMsg{}) {
		t.Fatalf("esc did not clear the search (or left the screen): %s", got)
	}
	h.Type("mueller")
	if got := h.names(); got != "Jana Müller,Jürgen Müller" {
		t.Errorf("mueller: %s", got)
	}
	h.keys("esc")
	h.Type("dene") // d, n and e are letters here
	if h.m.confirm != nil || h.m.zone != zoneList {
		t.Fatal("a letter acted as a command")
	}
	if got := h.names(); got != "" {
		t.Errorf("dene: %s", got)
	}
	h.mustShow("Kein Eintrag passt zur Suche.")
	h.keys("esc", "esc")
	if !h.sent(CloseMsg{}) {
		t.Error("esc without a search did not go back")
	}
}

// TestEditSavesEachFieldWhenItIsLeft: a corrected phone number is in the
// store as soon as the field is left, before the form is closed.
func TestEditSavesEachFieldWhenItIsLeft(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.Type("weber")
	h.keys("enter")
	if !h.m.Typing() {
		t.Fatal("enter did not open the form")
	}
	h.mustShow("Eintrag bearbeiten: Dr. Jonas Weber")
	h.keys("tab", "tab", "tab") // name, institution, discipline: to the phone
	h.keys("ctrl+u")
	h.Type("0511 9999")
	if got := h.stored("Dr. Jonas Weber").Phone; got != "0511 4711" {
		t.Fatalf("saved while still typing: %q", got)
	}
	h.keys("tab")
	if got := h.stored("Dr. Jonas Weber").Phone; got != "0511 9999" {
		t.Fatalf("phone %q after leaving the field, want it saved", got)
	}
	h.mustShow("✓ Gespeichert: Dr. Jonas Weber")
	h.Type("jonas.weber@praxis.example") // the e-mail field
	h.keys("esc")
	e := h.stored("Dr. Jonas Weber")
	if e.Email != "jonas.weber@praxis.example" || e.ID != "d2" || e.Institution != "Praxis Dr. Weber" {
		t.Errorf("after esc: %+v", e)
	}
	if h.m.Typing() {
		t.Fatal("esc did not close the form")
	}
	h.mustShow("0511 9999")
	if sel, _ := h.m.Selected(); sel.ID != "d2" {
		t.Errorf("selected %+v after editing, want the entry edited", sel)
	}
}

// TestEnterOnTheLastFieldSavesAndCloses: enter moves on, and on the last
// field closes the form, everything saved.
func TestEnterOnTheLastFieldSavesAndCloses(t *testing.T) {
	h := newHarness(t, i18n.EN, 120, 30)
	h.Type("engel")
	h.keys("enter", "enter", "enter")
	h.Type("Schulsozialarbeit")
	h.keys("enter", "enter", "enter")
	if h.m.Typing() {
		t.Fatal("enter on the last field did not close the form")
	}
	if got := h.stored("Nina Engel").Discipline; got != "Schulsozialarbeit" {
		t.Errorf("discipline %q", got)
	}
}

// TestNewEntryIsAddedOnce: ctrl+n adds an entry; the first field left
// saves it with a new ID, later fields change that same entry.
func TestNewEntryIsAddedOnce(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.keys("ctrl+n")
	h.mustShow("Neuer Eintrag")
	h.Type("Markus Brandt")
	h.keys("tab")
	h.Type("Polizei Nord")
	h.keys("tab")
	h.Type("Jugendsachbearbeitung")
	h.keys("esc")
	entries, _ := h.repo.Directory()
	if len(entries) != 6 {
		t.Fatalf("%d entries, want 6: %+v", len(entries), entries)
	}
	e := h.stored("Markus Brandt")
	if e.ID == "" || e.Institution != "Polizei Nord" || e.Discipline != "Jugendsachbearbeitung" {
		t.Errorf("new entry %+v", e)
	}
	if sel, _ := h.m.Selected(); sel.ID != e.ID {
		t.Errorf("selected %+v, want the new entry", sel)
	}
	h.mustShow("6 Einträge")
}

// TestAChangeMadeWhileSavingIsSavedAfterwards: the second field is left
// while the store has not answered the first save: nothing is added
// twice, and the second change is saved when the first returns.
func TestAChangeMadeWhileSavingIsSavedAfterwards(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.keys("ctrl+n")
	h.Type("Markus Brandt")
	first := h.m.Update(tuitest.KeyPress("tab")) // not run yet: the store is slow
	h.Type("Polizei Nord")
	if second := h.m.Update(tuitest.KeyPress("tab")); second != nil {
		h.Exec(second) // moving the focus, nothing saved
	}
	if entries, _ := h.repo.Directory(); len(entries) != 5 {
		t.Fatalf("saved before the first save ran: %d entries", len(entries))
	}
	h.Exec(first)
	entries, _ := h.repo.Directory()
	if len(entries) != 6 {
		t.Fatalf("%d entries, want one added: %+v", len(entries), entries)
	}
	if e := h.stored("Markus Brandt"); e.Institution != "Polizei Nord" {
		t.Errorf("the change made while saving was lost: %+v", e)
	}
}

// TestRefusedChangeSaysNotSavedAndEscDiscardsIt: a name emptied or taken
// by someone else at the same institution is refused in words; the store
// keeps the entry as it was, and esc drops the change.
func TestRefusedChangeSaysNotSavedAndEscDiscardsIt(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.Type("jana")
	h.keys("enter", "ctrl+u", "tab")
	h.mustShow("NICHT GESPEICHERT: Ein Eintrag braucht einen Namen.", "esc verwirft")
	if h.stored("Jana Müller").ID != "d3" {
		t.Fatal("the stored entry changed")
	}
	h.keys("shift+tab")
	h.Type("Aylin Demir") // at Kita Sonnenblume too
	h.keys("tab")
	h.mustShow("NICHT GESPEICHERT: Diese Person gibt es bei dieser Einrichtung schon")
	h.keys("esc")
	if h.m.Typing() {
		t.Fatal("esc after a refusal did not close the form")
	}
	h.mustShow("Änderung verworfen.")
	entries, _ := h.repo.Directory()
	if len(entries) != 5 || h.stored("Jana Müller").Institution != "Kita Sonnenblume" {
		t.Errorf("directory after discarding: %+v", entries)
	}
}

// TestCorrectingARefusedChangeSavesIt: after a refusal, fixing the field
// saves it, and esc closes as usual.
func TestCorrectingARefusedChangeSavesIt(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.Type("jana")
	h.keys("enter", "ctrl+u", "tab")
	h.keys("shift+tab")
	h.Type("Jana Müller-Schmidt")
	h.keys("tab")
	if h.stored("Jana Müller-Schmidt").ID != "d3" {
		t.Fatal("the corrected name was not saved to the same entry")
	}
	if strings.Contains(h.screen(), "NICHT GESPEICHERT") {
		t.Error("the refusal is still shown after the save")
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.Type("jürgen")
	h.keys("ctrl+d")
	h.mustShow("Eintrag löschen?", "Jürgen Müller (Jugendamt Nord) wird aus dem Partnerverzeichnis gelöscht")
	h.keys("n")
	if entries, _ := h.repo.Directory(); len(entries) != 5 {
		t.Fatal("deleted without a yes")
	}
	h.keys("ctrl+d", "enter") // enter is no answer
	if entries, _ := h.repo.Directory(); len(entries) != 5 || h.m.confirm == nil {
		t.Fatal("enter answered the question")
	}
	h.keys("j")
	entries, _ := h.repo.Directory()
	if len(entries) != 4 {
		t.Fatalf("%d entries after yes", len(entries))
	}
	for _, e := range entries {
		if e.Name == "Jürgen Müller" {
			t.Error("the entry is still stored")
		}
	}
	h.mustShow("✓ Gelöscht: Jürgen Müller")
}

// TestKeysTellTheTruth: the help names what works now, in each state.
func TestKeysTellTheTruth(t *testing.T) {
	h := newHarness(t, i18n.EN, 120, 30)
	enabled := func() string {
		var out []string
		for _, b := range h.m.activeKeys().ShortHelp() {
			if b.Enabled() {
				out = append(out, b.Help().Key)
			}
		}
		return strings.Join(out, " ")
	}
	if got := enabled(); got != "enter ctrl+n ctrl+d esc" {
		t.Errorf("list keys %q", got)
	}
	h.Type("zzz")
	if got := enabled(); got != "ctrl+n esc" {
		t.Errorf("keys with nothing found %q", got)
	}
	h.keys("esc", "enter")
	if got := enabled(); got != "tab ctrl+s esc" || !h.m.Typing() {
		t.Errorf("form keys %q", got)
	}
	h.keys("ctrl+u", "tab")
	if got := enabled(); got != "tab ctrl+s esc" || h.m.activeKeys().Discard.Help().Desc != "discard change" ||
		!h.m.activeKeys().Discard.Enabled() {
		t.Errorf("keys after a refusal %q", got)
	}
	h.keys("esc", "ctrl+d")
	if got := enabled(); got != "j/y n/esc" {
		t.Errorf("question keys %q", got)
	}
}

func TestViewFitsEverySize(t *testing.T) {
	for _, state := range [][]string{{}, {"m", "u"}, {"enter"}, {"enter", "ctrl+u", "tab"}, {"ctrl+d"}, {"z", "z"}} {
		h := newHarness(t, i18n.DE, 120, 30)
		h.keys(state...)
		for _, w := range []int{1, 2, 20, 59, 60, 61, 79, 80, 100, 140, 300} {
			for _, ht := range []int{1, 2, 10, 19, 20, 23, 24, 30, 100} {
				h.m.SetLayout(layout.Compute(w, ht))
				tuitest.CheckFits(t, h.m.View(), w, ht)
			}
		}
	}
}

// Issue 18: a new entry that turned out to be a duplicate said "Änderung
// verworfen." on esc but left an entry without institution behind (its
// name had been saved when the name field was left).
func TestDiscardingANewEntryLeavesNothingBehind(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.keys("ctrl+n")
	h.Type("Aylin Demir")
	h.keys("tab")
	h.Type("Kita Sonnenblume")
	h.keys("tab")
	h.mustShow("NICHT GESPEICHERT: Diese Person gibt es bei dieser Einrichtung schon")
	h.keys("esc")
	h.mustShow("Änderung verworfen.")
	entries, _ := h.repo.Directory()
	if len(entries) != 5 {
		t.Errorf("directory after discarding a new entry: %+v", entries)
	}
	if names := h.names(); strings.Count(names, "Aylin Demir") != 1 {
		t.Errorf("list after discarding: %s", names)
	}
}

// TestDiscardingAnEditPutsTheEntryBack: fields saved while the form was
// open are taken back with the refused change.
func TestDiscardingAnEditPutsTheEntryBack(t *testing.T) {
	h := newHarness(t, i18n.DE, 120, 30)
	h.Type("jana")
	h.keys("enter", "tab", "tab", "tab")
	h.Type("0511 99")
	h.keys("tab") // phone saved
	if h.stored("Jana Müller").Phone != "0511 99" {
		t.Fatal("the phone was not saved when its field was left")
	}
	h.keys("shift+tab", "shift+tab", "shift+tab", "shift+tab", "ctrl+u")
	h.Type("Aylin Demir")
	h.keys("tab")
	h.mustShow("NICHT GESPEICHERT")
	h.keys("esc")
	if e := h.stored("Jana Müller"); e.Phone != "" || e.ID != "d3" {
		t.Errorf("after discarding the entry is %+v, want it as it was", e)
	}
}
