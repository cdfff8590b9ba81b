package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/crash"
	"kofa/internal/export"
	"kofa/internal/store"
)

// exportedFiles reads the minutes in dir: conference ID (the last part
// of the name) -> content. It fails the test on anything else in dir,
// such as a temporary file left behind.
func exportedFiles(t *testing.T, dir string) map[conference.ID]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[conference.ID]string{}
	for _, e := range entries {
		name := e.Name()
		base, ok := strings.CutSuffix(name, ".md")
		if !ok || strings.HasPrefix(name, ".") {
			t.Errorf("%s in the export folder", name)
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		wantPrivateFile(t, filepath.Join(dir, name))
		out[conference.ID(base[strings.LastIndexByte(base, '_')+1:])] = string(data)
	}
	return out
}

// bodyHash is the hash the footer of the minutes names, computed from the
// body above the footer.
func bodyHash(t *testing.T, minutes string) string {
	t.Helper()
	i := strings.LastIndex(minutes, "\n---\n\n")
	if i < 0 {
		t.Fatalf("no footer in %.80q", minutes)
	}
	hash := export.Hash([]byte(minutes[:i]))
	if !strings.Contains(minutes[i:], hash) {
		t.Fatalf("the footer does not name the hash of the body %s", hash)
	}
	return hash
}

// TestExportAllRecordsEachFileInItsConferencesAuditLog: with more
// conferences than one audit transaction takes, every conference gets
// exactly one export entry with the hash of its own file.
func TestExportAllRecordsEachFileInItsConferencesAuditLog(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 150 {
		c := conference.New("", conference.KindCase, fixedNow.Add(-time.Duration(i)*time.Hour))
		c.CaseCode = fmt.Sprintf("K-2026-%03d", i)
		c.Facts = fmt.Sprintf("Sachverhalt Nr. %d", i)
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := map[conference.ID]int{}
	for _, sum := range list {
		before[sum.ID] = len(auditOf(t, path, sum.ID))
	}

	dir := filepath.Join(t.TempDir(), "minutes")
	r := run(t, app, "", "--lang", "en", "--db", path, "export", "--all", "-d", dir)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	files := exportedFiles(t, dir)
	if len(files) != len(list) {
		t.Fatalf("%d files for %d conferences", len(files), len(list))
	}
	for _, sum := range list {
		minutes, ok := files[sum.ID]
		if !ok {
			t.Errorf("no file for %s", sum.ID)
			continue
		}
		audit := auditOf(t, path, sum.ID)
		if len(audit) != before[sum.ID]+1 {
			t.Errorf("%s: %d audit entries, want %d", sum.ID, len(audit), before[sum.ID]+1)
			continue
		}
		e := audit[len(audit)-1]
		if e.Op != conference.OpExport || e.Path != "minutes/full" || e.Arg != "sha256:"+bodyHash(t, minutes) {
			t.Errorf("%s: audit entry %+v does not record its file", sum.ID, e)
		}
	}
}

func TestExportAllTasksWritesOnlyConferencesWithTasks(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	older, newer := saveConferences(t, path) // no actions
	dir := filepath.Join(t.TempDir(), "tasks")

	r := run(t, app, "", "--lang", "de", "--db", path, "export", "--all", "-d", dir, "--variant", "tasks", "--for", "kita")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	files := exportedFiles(t, dir)
	if len(files) != 1 || files[id] == "" {
		t.Fatalf("files for %v, want only the sample conference %s", mapKeys(files), id)
	}
	if !strings.HasPrefix(files[id], "# Aufgaben für Kita / Kindertagespflege") {
		t.Errorf("file starts %.60q", files[id])
	}
	if e := lastExport(t, path, id); e.Path != "minutes/tasks" || e.Arg != "sha256:"+bodyHash(t, files[id]) {
		t.Errorf("audit entry %+v", e)
	}
	for _, c := range []*conference.Conference{older, newer} {
		if e := lastExport(t, path, c.ID); e.Op != "" {
			t.Errorf("%s has no tasks but an export entry %+v", c.ID, e)
		}
	}
}

// TestExportAllRefusesBeforeWritingAnything: one file in the way stops
// the export before any minutes are written, and nothing is recorded.
func TestExportAllRefusesBeforeWritingAnything(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	older, _ := saveConferences(t, path)
	dir := filepath.Join(t.TempDir(), "minutes")
	if err := mkdirPrivateAll(dir); err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(dir, minutesFileName(older, export.VariantFull))
	if err := os.WriteFile(victim, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", path, "export", "--all", "-d", dir)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "already exists") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want only the file in the way", len(entries))
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Error("the file in the way was changed")
	}
	if e := lastExport(t, path, id); e.Op != "" {
		t.Errorf("an export was recorded: %+v", e)
	}
}

func mapKeys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestAPanicWhileRenderingIsDescribedWhereItHappened: a panic on a worker
// goroutine reaches the command as a crash.Panic without the panic's
// value (it may be conference text), captured before the store raises it
// again elsewhere.
func TestAPanicWhileRenderingIsDescribedWhereItHappened(t *testing.T) {
	defer func() {
		p, ok := recover().(*crash.Panic)
		if !ok {
			t.Fatalf("recovered %T, want *crash.Panic", p)
		}
		if strings.Contains(p.What, "Frau Adler") || !strings.Contains(string(p.Stack), "renderThatPanics") {
			t.Errorf("panic %q with stack\n%s", p.What, p.Stack)
		}
	}()
	renderThatPanics()
}

func renderThatPanics() {
	defer recapture()
	panic("Frau Adler")
}
