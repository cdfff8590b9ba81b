package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// closeTrackerCase closes the tracker case at a time before fixedNow, as if
// it had been held then.
func closeTrackerCase(t *testing.T, path string, c *conference.Conference) {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	got, err := s.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.Status, got.ClosedAt = conference.StatusClosed, fixedNow.AddDate(0, 0, -30).Add(2*time.Hour)
	if err := s.Save(got); err != nil {
		t.Fatal(err)
	}
}

// Issue 18: marking an action done a second time replaced the earlier
// note, and the minutes of the closed conference changed with it. Both
// entries stay, --all lists them, the minutes keep the state at closing,
// and --with-status adds what happened since under "Stand heute".
func TestActionsDoneTwiceKeepsBothNotesAndTheMinutes(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	closeTrackerCase(t, path, c)
	ref := string(c.ID) + "/" + c.Actions[0].ID
	before := run(t, app, "", "--lang", "de", "--db", path, "export", string(c.ID))
	if before.code != 0 {
		t.Fatalf("export: %s", before.stderr)
	}
	for _, note := range []string{"Hausbesuch am Montag", "Bericht liegt vor"} {
		if r := run(t, app, "", "--lang", "de", "--db", path, "actions", "done", ref, "--note", note, "--by", "Petra Albers"); r.code != 0 {
			t.Fatalf("done: exit %d, %s", r.code, r.stderr)
		}
	}
	r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--all")
	if !strings.Contains(r.stdout, "Hausbesuch am Montag") || !strings.Contains(r.stdout, "Bericht liegt vor") ||
		!strings.Contains(r.stdout, "Petra Albers") {
		t.Errorf("kofa actions --all does not show the history:\n%s", r.stdout)
	}
	if r := run(t, app, "", "--lang", "de", "--db", path, "actions"); strings.Contains(r.stdout, "Hausbesuch am Montag") {
		t.Errorf("a done action is listed without --all:\n%s", r.stdout)
	}
	after := run(t, app, "", "--lang", "de", "--db", path, "export", string(c.ID))
	if body(after.stdout) != body(before.stdout) {
		t.Errorf("the minutes of the closed conference changed:\n%s", after.stdout)
	}
	with := run(t, app, "", "--lang", "de", "--db", path, "export", string(c.ID), "--with-status")
	_, today, ok := strings.Cut(with.stdout, "## Stand heute")
	if !ok || !strings.Contains(today, "Hausbesuch am Montag") || !strings.Contains(today, "Bericht liegt vor") {
		t.Errorf("--with-status lacks the history:\n%s", with.stdout)
	}
}

// body is the minutes without the footer (export time and hash).
func body(minutes string) string {
	b, _, _ := strings.Cut(minutes, "\n---\n\nExportiert")
	return b
}

func TestActionsDoneRefusesTheFutureAndAsksForForceLongAgo(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	ref := string(c.ID) + "/" + c.Actions[0].ID
	r := run(t, app, "", "--lang", "en", "--db", path, "actions", "done", ref, "--date", "2026-11-23")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "future") {
		t.Errorf("tomorrow: exit %d, %q", r.code, r.stderr)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "actions", "done", ref, "--date", "2025-10-01")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "--force") {
		t.Errorf("more than a year back: exit %d, %q", r.code, r.stderr)
	}
	if r = run(t, app, "", "--lang", "en", "--db", path, "actions", "done", ref, "--date", "2025-10-01", "--force"); r.code != 0 {
		t.Errorf("with --force: exit %d, %q", r.code, r.stderr)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "actions", "done", ref, "--status", "partly", "--note", "halb")
	if r.code != 0 {
		t.Errorf("--status partly: exit %d, %q", r.code, r.stderr)
	}
	if r = run(t, app, "", "--lang", "en", "--db", path, "actions", "done", ref, "--status", "vielleicht"); r.code != ExitUsage {
		t.Errorf("unknown status: exit %d", r.code)
	}
}

// Issue 18: kofa list showed 4 open actions for a conference where the
// follow-up list showed 1. A follow-up reviewed three of them.
func TestListAndActionsCountOpenActionsAlike(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	prev := saveTrackerCase(t, path)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	next := conference.NewFollowUp(prev, "", fixedNow)
	next.SetReview(prev.Actions[0].ID, conference.FollowUpDone, "")
	next.SetReview(prev.Actions[1].ID, conference.FollowUpObsolete, "")
	if err := s.Save(next); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	r := run(t, app, "", "--lang", "en", "--db", path, "list")
	var listed string
	for _, row := range tableRows(r.stdout) {
		if row[0] == string(prev.ID) {
			listed = row[len(row)-1]
		}
	}
	perConf := 0
	r = run(t, app, "", "--lang", "en", "--db", path, "actions")
	for _, row := range tableRows(r.stdout) {
		if strings.HasPrefix(row[len(row)-1], string(prev.ID)+"/") {
			perConf++
		}
	}
	if listed != "1" || perConf != 1 {
		t.Errorf("kofa list counts %s open actions, kofa actions lists %d; want 1 and 1", listed, perConf)
	}
}

// Issue 18: kofa actions ran past the terminal's edge.
func TestActionsFitTheTerminalWidth(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	app.Width = func(io.Writer) int { return 90 }
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	s, _ := store.Open(path, store.Options{})
	got, _ := s.Get(c.ID)
	got.Actions[0].What = strings.Repeat("Hausbesuch mit Gespräch über die Schlafsituation ", 3)
	_ = s.Save(got)
	_ = s.Close()
	r := run(t, app, "", "--lang", "de", "--db", path, "actions")
	for _, line := range strings.Split(strings.TrimRight(r.stdout, "\n"), "\n") {
		if w := ansi.StringWidth(line); w > 90 {
			t.Errorf("line of %d cells:\n%s", w, line)
		}
	}
	if !strings.Contains(r.stdout, "…") || !strings.Contains(r.stdout, string(c.ID)+"/"+c.Actions[0].ID) {
		t.Errorf("cut cells do not end in … or the ID was cut:\n%s", r.stdout)
	}
}

// Issue 18: a second follow-up of the same conference was started
// without a word. kofa followup refuses, naming the existing one.
func TestFollowUpRefusesASecondOneUnlessAgain(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	prev := saveTrackerCase(t, path)
	if r := run(t, app, "", "--lang", "en", "--db", path, "followup", string(prev.ID)); r.code != 0 {
		t.Fatalf("first: exit %d, %s", r.code, r.stderr)
	}
	s, _ := store.Open(path, store.Options{})
	ids, _ := s.FollowUpsOf(prev.ID)
	_ = s.Close()
	if len(ids) != 1 {
		t.Fatalf("follow-ups %v", ids)
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "followup", string(prev.ID))
	if r.code != ExitFailure || !strings.Contains(r.stderr, string(ids[0])) || !strings.Contains(r.stderr, "--again") {
		t.Errorf("second: exit %d, %q", r.code, r.stderr)
	}
	if r = run(t, app, "", "--lang", "en", "--db", path, "followup", string(prev.ID), "--again"); r.code != 0 {
		t.Errorf("--again: exit %d, %q", r.code, r.stderr)
	}
}

// Issue 18: reminders where people already look. The calendar file has
// one event per open action with a due date and per review date, stable
// UIDs, and no personal data unless --with-text (after a warning).
func TestActionsICSWritesRemindersWithoutPersonalData(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	c := saveTrackerCase(t, path)
	s, _ := store.Open(path, store.Options{})
	got, _ := s.Get(c.ID)
	got.NextReview = conference.DateOf(fixedNow).AddDays(14)
	_ = s.Save(got)
	_ = s.Close()
	file := filepath.Join(t.TempDir(), "wv.ics")
	r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--ics", "-o", file)
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(file)
	ics := string(data)
	for _, want := range []string{"BEGIN:VCALENDAR", "VERSION:2.0", "UID:kofa-" + string(c.ID) + "/" + c.Actions[0].ID + "@kofa.invalid",
		"DTSTART;VALUE=DATE:20261119", "K-2026-117 · Vereinbarung #1 fällig · Jugendamt Nord", "UID:kofa-" + string(c.ID) + "/review@kofa.invalid",
		"K-2026-117 · Folgekonferenz", "STATUS:CANCELLED"} {
		if !strings.Contains(ics, want) {
			t.Errorf("calendar lacks %q:\n%s", want, ics)
		}
	}
	for _, personal := range []string{"Hausbesuch", "Jürgen", "Müller", "Aylin"} {
		if strings.Contains(ics, personal) {
			t.Errorf("calendar holds %q without --with-text", personal)
		}
	}
	if r := run(t, app, "", "--lang", "de", "--db", path, "actions", "--ics", "-o", file); r.code != ExitFailure {
		t.Errorf("overwrote without --force: exit %d", r.code)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "actions", "--ics", "-o", file, "--force", "--with-text", "--owner", "demir")
	if r.code != 0 || !strings.Contains(r.stderr, "Warning") {
		t.Fatalf("--with-text: exit %d, stderr %q", r.code, r.stderr)
	}
	data, _ = os.ReadFile(file)
	if ics := string(data); !strings.Contains(ics, "Kinderarzt anrufen") || strings.Contains(ics, "review conference") ||
		strings.Contains(ics, "UID:kofa-"+string(c.ID)+"/"+c.Actions[0].ID+"@") {
		t.Errorf("--with-text --owner demir:\n%s", ics)
	}
	if r := run(t, app, "", "--lang", "en", "--db", path, "actions", "--ics"); r.code != ExitUsage {
		t.Errorf("--ics without -o: exit %d", r.code)
	}
}

// Issue 18: deleting a conference removed its open actions without a word.
// The question names them, the follow-up that keeps only a reference, and
// the archive export that keeps everything.
func TestDeleteNamesWhatGoesWithTheConference(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	app.IsTerminal = func(io.Reader) bool { return true }
	path := dbPath(t)
	prev := saveTrackerCase(t, path)
	if r := run(t, app, "", "--db", path, "followup", string(prev.ID)); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := run(t, app, "n\n", "--lang", "en", "--db", path, "delete", string(prev.ID))
	for _, want := range []string{"3 open actions go with it", "the review conference of 2026-11-22", "kofa archive export " + string(prev.ID)} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the question lacks %q:\n%s", want, r.stderr)
		}
	}
}
