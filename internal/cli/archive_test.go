package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func archiveExport(t *testing.T, app *App, db, out string, args ...string) {
	t.Helper()
	r := run(t, app, "", append([]string{"--lang", "en", "--db", db, "archive", "export", "-o", out}, args...)...)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("archive export: exit %d, stderr %q", r.code, r.stderr)
	}
	wantPrivateFile(t, out)
}

func TestArchiveExportImportExportIsByteIdentical(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	first, second := dbPath(t), dbPath(t)
	seedDemo(t, app, first)
	saveConferences(t, first)
	dir := t.TempDir()
	a1, a2 := filepath.Join(dir, "a1.json"), filepath.Join(dir, "a2.json")
	// In real use the second export is minutes or days later: every call
	// of the clock is an hour on from the one before.
	var ticks int
	clock := func() time.Time {
		ticks++
		return fixedNow.Add(time.Duration(ticks) * time.Hour)
	}
	app.Now, app.StoreOptions.Now = clock, clock

	archiveExport(t, app, first, a1, "--all")
	r := run(t, app, "", "--lang", "en", "--db", second, "archive", "import", a1)
	if r.code != 0 || !strings.Contains(r.stdout, "3 new") {
		t.Fatalf("import: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	archiveExport(t, app, second, a2, "--all")

	b1, _ := os.ReadFile(a1)
	b2, _ := os.ReadFile(a2)
	if ticks == 0 {
		t.Fatal("the clock was never read; the test proves nothing about time")
	}
	if !bytes.Equal(b1, b2) {
		t.Errorf("the archive exported after the import differs from the one imported:\n%s", firstLineDiff(b1, b2))
	}
}

// firstLineDiff shows the first line where a and b differ.
func firstLineDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d: %q vs %q", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d vs %d lines", len(la), len(lb))
}

func TestArchiveImportRefusesBrokenFilesAndWritesNothing(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	source := dbPath(t)
	id := seedDemo(t, app, source)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	archiveExport(t, app, source, good, string(id))
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name, content, want string
	}{
		{"truncated", string(data[:len(data)/2]), "truncated"},
		{"malformed", strings.Replace(string(data), `"case_code": "K-2026-117"`, `"case_code": K-2026-117`, 1), "Not valid JSON at line"},
		{"newer version", strings.Replace(string(data), `"version": 2`, `"version": 3`, 1), "newer kofa"},
		{"unknown field", strings.Replace(string(data), `"case_code"`, `"case_kode"`, 1), "Unknown field at line"},
		{"empty", "", "empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, tc.name+".json")
			if err := os.WriteFile(file, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			target := dbPath(t)
			r := run(t, app, "", "--lang", "en", "--db", target, "archive", "import", file)
			if r.code != ExitFailure {
				t.Errorf("exit %d, want %d", r.code, ExitFailure)
			}
			wantOneLine(t, r.stderr)
			if !strings.Contains(r.stderr, "nothing was written") || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr %q, want it to say %q and that nothing was written", r.stderr, tc.want)
			}
			wantNoFile(t, target)
		})
	}
}

func TestArchiveImportOfAnExistingConferenceNeedsReplaceOrSkip(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	db := dbPath(t)
	id := seedDemo(t, app, db)
	file := filepath.Join(t.TempDir(), "a.json")
	archiveExport(t, app, db, file, string(id))
	before := auditOf(t, db, id)

	r := run(t, app, "", "--lang", "en", "--db", db, "archive", "import", file)
	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, string(id)) || !strings.Contains(r.stderr, "--replace") || !strings.Contains(r.stderr, "nothing was written") {
		t.Errorf("stderr %q", r.stderr)
	}
	if after := auditOf(t, db, id); len(after) != len(before) {
		t.Errorf("the refused import changed the audit log: %d entries, then %d", len(before), len(after))
	}

	r = run(t, app, "", "--lang", "en", "--db", db, "archive", "import", file, "--skip")
	if r.code != 0 || !strings.Contains(r.stdout, "0 new, 0 replaced, 1 skipped") {
		t.Errorf("--skip: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = run(t, app, "", "--lang", "en", "--db", db, "archive", "import", file, "--replace")
	if r.code != 0 || !strings.Contains(r.stdout, "0 new, 1 replaced, 0 skipped") {
		t.Errorf("--replace: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if list := listStore(t, db); len(list) != 1 || list[0].ID != id {
		t.Errorf("after --replace the store lists %v", list)
	}
}

func TestArchiveExportRefusesToOverwrite(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	db := dbPath(t)
	id := seedDemo(t, app, db)
	file := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(file, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", db, "archive", "export", string(id), "-o", file)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(file); string(got) != "precious" {
		t.Error("the existing file was changed")
	}
}

// TestArchiveWithExportTimeFromAnOlderKofaImports: archives written before
// the archive stopped carrying its export time still import.
func TestArchiveWithExportTimeFromAnOlderKofaImports(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	source := dbPath(t)
	id := seedDemo(t, app, source)
	dir := t.TempDir()
	file := filepath.Join(dir, "older.json")
	archiveExport(t, app, source, file, string(id))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	older := strings.Replace(string(data), "\"version\": 2,\n", "\"version\": 2,\n  \"exported_at\": \"2026-11-23T11:05:00+01:00\",\n", 1)
	if older == string(data) {
		t.Fatal("could not build the older archive")
	}
	if err := os.WriteFile(file, []byte(older), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, app, "", "--lang", "en", "--db", dbPath(t), "archive", "import", file)
	if r.code != 0 || !strings.Contains(r.stdout, "1 new") {
		t.Errorf("import: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
