package cli

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/store"
)

// startHandover runs kofa handover on the demo case at path and returns
// the new handover's ID.
func startHandover(t *testing.T, app *App, path string, id conference.ID) conference.ID {
	t.Helper()
	r := run(t, app, "", "--lang", "de", "--db", path, "handover", string(id), "--to", "Jugendamt Süd",
		"--route", "office", "--receiver", "Frank Brandt")
	if r.code != 0 || !strings.Contains(r.stdout, "Übergabe angelegt") || !strings.Contains(r.stdout, "Jugendamt Süd") {
		t.Fatalf("handover: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, sum := range listStore(t, path) {
		if sum.Kind == conference.KindHandover {
			if !strings.Contains(r.stdout, string(sum.ID)) {
				t.Errorf("the output %q does not name the handover's ID %s", r.stdout, sum.ID)
			}
			return sum.ID
		}
	}
	t.Fatal("no handover in the store")
	return ""
}

// holdHandover holds and closes the handover as the terminal app would:
// every open action taken on by the receiving professional.
func holdHandover(t *testing.T, path string, id conference.ID) {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	h, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	h.Date = conference.DateOf(fixedNow)
	h.Handover.Mode = conference.HandoverInPerson
	for i := range h.Handover.Takeovers {
		h.Handover.Takeovers[i].Owner = "Frank Brandt"
	}
	h.Start(fixedNow)
	h.Close(fixedNow.Add(time.Hour))
	if err := s.Save(h); err != nil {
		t.Fatal(err)
	}
}

func TestHandoverFromTheCommandLine(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	hid := startHandover(t, app, path, id)
	de := []string{"--lang", "de", "--db", path}

	// Before it is held, nothing waits for a receipt and the sample's
	// actions are the office's own.
	before := run(t, app, "", append(de, "actions")...)
	if strings.Contains(before.stdout, "Empfangsbestätigung") || !strings.Contains(before.stdout, "home visit") {
		t.Fatalf("actions before the handover was held:\n%s", before.stdout)
	}
	holdHandover(t, path, hid)
	after := run(t, app, "", append(de, "actions")...)
	if !strings.Contains(after.stdout, "Übergabe ohne Empfangsbestätigung (1)") || !strings.Contains(after.stdout, string(hid)) {
		t.Errorf("the pending receipt is not in the follow-up list:\n%s", after.stdout)
	}
	if strings.Contains(after.stdout, "home visit") {
		t.Errorf("an action handed over is still the office's own:\n%s", after.stdout)
	}

	doc := run(t, app, "", append(de, "export", string(hid), "--variant", "handover")...)
	for _, want := range []string{"# Übergabe des Falls K-2026-117", "- **An:** Jugendamt Süd", "| Frank Brandt |",
		"Empfangen am:", "SHA-256"} {
		if doc.code != 0 || !strings.Contains(doc.stdout, want) {
			t.Errorf("the handover document lacks %q (exit %d, stderr %q)", want, doc.code, doc.stderr)
		}
	}

	r := run(t, app, "", append(de, "handover", string(hid), "--received-by", "Frank Brandt", "--on", "2026-11-22")...)
	if r.code != 0 || !strings.Contains(r.stdout, "Empfang bestätigt") {
		t.Fatalf("receipt: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if final := run(t, app, "", append(de, "actions")...); strings.Contains(final.stdout, "Empfangsbestätigung") {
		t.Errorf("the receipt is confirmed, still listed:\n%s", final.stdout)
	}
	if doc := run(t, app, "", append(de, "export", string(hid), "--variant", "handover")...); !strings.Contains(doc.stdout,
		"Der Empfang wurde von Frank Brandt am 22.11.2026 bestätigt.") {
		t.Errorf("the document does not say the receipt:\n%s", doc.stdout)
	}
}

func TestHandoverRefusesWhatItCannotDo(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	hid := startHandover(t, app, path, id)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"handover", string(id)}, "--to"},
		{[]string{"handover", string(id), "--to", "A", "--received-by", "B"}, "nicht beides"},
		{[]string{"handover", string(id), "--to", "A", "--route", "mars"}, "Unbekannter Weg „mars“"},
		{[]string{"handover", "nosuchid", "--to", "A"}, "Keine Konferenz mit der ID nosuchid"},
		{[]string{"handover", string(id), "--received-by", "B"}, "ist keine Übergabe"},
		{[]string{"handover", string(hid), "--received-by", "B"}, "noch nicht gehalten"},
		{[]string{"export", string(id), "--variant", "handover"}, "ist keine Übergabe"},
		{[]string{"followup", string(hid)}, "hat keine Folgekonferenz"},
		{[]string{"export", "--all", "--dir", t.TempDir(), "--variant", "handover"}, "statt --all"},
	} {
		r := run(t, app, "", append([]string{"--lang", "de", "--db", path}, tc.args...)...)
		if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

// TestHandoverArchiveKeepsTheHistoryOnTheReceivingLaptop: the archive of
// the case travels with the handover; imported into an empty store, it
// gives the same handover document.
func TestHandoverArchiveKeepsTheHistoryOnTheReceivingLaptop(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	sending, receiving := dbPath(t), dbPath(t)
	id := seedDemo(t, app, sending)
	hid := startHandover(t, app, sending, id)
	holdHandover(t, sending, hid)
	file := filepath.Join(t.TempDir(), "fall.json")
	if r := run(t, app, "", "--db", sending, "archive", "export", string(hid), "--case", "-o", file); r.code != 0 {
		t.Fatalf("archive export --case: exit %d, stderr %q", r.code, r.stderr)
	}
	want := run(t, app, "", "--lang", "de", "--db", sending, "export", string(hid), "--variant", "handover")
	if r := run(t, app, "", "--db", receiving, "archive", "import", file); r.code != 0 {
		t.Fatalf("archive import: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := len(listStore(t, receiving)); got != 2 {
		t.Fatalf("the receiving store holds %d conferences, want the case's 2", got)
	}
	got := run(t, app, "", "--lang", "de", "--db", receiving, "export", string(hid), "--variant", "handover")
	if got.code != 0 || got.stdout != want.stdout {
		t.Errorf("the document on the receiving laptop differs (exit %d, stderr %q):\n%s", got.code, got.stderr, got.stdout)
	}
	if !strings.Contains(got.stdout, "| 22.11.2026 | Fallkonferenz |") {
		t.Errorf("the history is not in the document:\n%s", got.stdout)
	}
}

// TestReportFromArchivesWritesNothingButTheReport: the report is built
// from archive files without a store (none is created), a conference in
// two archives counts once, and a file that is no archive is named on
// stderr only.
func TestReportFromArchivesWritesNothingButTheReport(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	var confs []*conference.Conference
	for i := range 40 {
		confs = append(confs, seed.Cooperation(i, fixedNow, rng)...)
	}
	write := func(name string, list []*conference.Conference) {
		items := make([]export.ArchivedConference, len(list))
		for i, c := range list {
			items[i] = export.ArchivedConference{Conference: c}
		}
		data, err := export.EncodeArchive(export.NewArchive(items...))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a.json", confs[:30])
	write("b.json", confs[20:])
	if err := os.WriteFile(filepath.Join(dir, "Notizen Familie Muster.txt"), []byte("nichts"), 0o600); err != nil {
		t.Fatal(err)
	}
	db := dbPath(t)
	out := filepath.Join(t.TempDir(), "bericht.md")
	r := run(t, app, "", "--lang", "de", "--db", db, "report", "--archives", dir, "--from", "2023-01-01", "-o", out)
	if r.code != 0 {
		t.Fatalf("report --archives: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a store was created at %s: %v", db, err)
	}
	if !strings.Contains(r.stderr, "Ausgelassen, kein kofa-Archiv") || !strings.Contains(r.stderr, "Notizen Familie Muster.txt") {
		t.Errorf("stderr %q does not name the file left out", r.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for _, want := range []string{"# Kooperation im Kinderschutz", "2 Archive", "10 Konferenzen lagen mehrfach vor"} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "Muster") || strings.Contains(md, "K-20") {
		t.Errorf("the report names a file or a case:\n%s", md)
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("report file mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
}

func TestReportFromTheStore(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	r := run(t, app, "", "--lang", "en", "--db", path, "report", "--from", "2026-01-01", "--to", "2026-12-31")
	for _, want := range []string{"# Cooperation in child protection", "closed case conferences: 1", "| **All institutions** | 7 |"} {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("report lacks %q (exit %d, stderr %q):\n%s", want, r.code, r.stderr, r.stdout)
		}
	}
	if bad := run(t, app, "", "--db", path, "report", "--from", "2026-12-31", "--to", "2026-01-01"); bad.code == 0 {
		t.Error("a period ending before it starts was taken")
	}
}
