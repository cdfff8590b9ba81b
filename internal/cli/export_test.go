package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/store"
)

// auditOf reads the audit log of a conference and closes the store again.
func auditOf(t *testing.T, path string, id conference.ID) []conference.AuditEntry {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	audit, err := s.Audit(id)
	if err != nil {
		t.Fatal(err)
	}
	return audit
}

// lastExport returns the Arg of the newest export entry in the audit log.
func lastExport(t *testing.T, path string, id conference.ID) conference.AuditEntry {
	t.Helper()
	var last conference.AuditEntry
	for _, e := range auditOf(t, path, id) {
		if e.Op == conference.OpExport {
			last = e
		}
	}
	return last
}

func TestExportWritesTheMinutesToStdoutAndRecordsTheHash(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id))
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	// The same bytes the export package makes of the sample conference.
	want := export.Markdown(demo.Sample("en", fixedNow), export.Options{Lang: i18n.EN, ExportedAt: fixedNow})
	if r.stdout != string(want) {
		t.Errorf("stdout is not the minutes of the sample conference:\n%.400s", r.stdout)
	}
	body := export.Body(demo.Sample("en", fixedNow), export.Options{Lang: i18n.EN})
	entry := lastExport(t, path, id)
	if entry.Path != "minutes/full" || entry.Arg != "sha256:"+export.Hash(body) {
		t.Errorf("audit entry %+v, want minutes/full with the body's hash", entry)
	}
}

func TestExportToFileIsPrivateAndNeverOverwritesWithoutForce(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	out := filepath.Join(t.TempDir(), "minutes.md")

	r := run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "-o", out, "--variant", "pseudonymised")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	wantPrivateFile(t, out)
	first, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(first, []byte("# Pseudonymised minutes: Case A – draft")) {
		t.Errorf("file starts %.60q", first)
	}
	if !strings.Contains(r.stdout, out) || !strings.Contains(r.stdout, lastExport(t, path, id).Arg[len("sha256:"):]) {
		t.Errorf("stdout %q should name the file and the hash", r.stdout)
	}

	if err := os.WriteFile(out, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "-o", out)
	if r.code != ExitFailure {
		t.Errorf("exit %d, want %d", r.code, ExitFailure)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "already exists") || !strings.Contains(r.stderr, "--force") {
		t.Errorf("stderr %q should refuse and name --force", r.stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != "precious" {
		t.Error("the existing file was changed")
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".kofa-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}

	r = run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "-o", out, "--force")
	if r.code != 0 {
		t.Fatalf("--force: exit %d, stderr %q", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(out); !bytes.HasPrefix(got, []byte("# Minutes: K-2026-117 – draft")) {
		t.Errorf("--force did not replace the file: %.60q", got)
	}
	wantPrivateFile(t, out)
}

func TestExportUnknownIDFailsWithOneLine(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	seedDemo(t, app, path)
	for _, args := range [][]string{{"export", "nosuchid"}, {"archive", "export", "nosuchid", "-o", filepath.Join(t.TempDir(), "a.json")}} {
		r := run(t, app, "", append([]string{"--lang", "en", "--db", path}, args...)...)
		if r.code != ExitFailure {
			t.Errorf("%v: exit %d, want %d", args, r.code, ExitFailure)
		}
		wantOneLine(t, r.stderr)
		if !strings.Contains(r.stderr, "There is no conference with the ID nosuchid") {
			t.Errorf("%v: stderr %q", args, r.stderr)
		}
	}
	// Without a store there is nothing to export, and none is created.
	missing := dbPath(t)
	r := run(t, app, "", "--lang", "en", "--db", missing, "export", "demk2ra7")
	if r.code != ExitFailure || !strings.Contains(r.stderr, "no conference with the ID") {
		t.Errorf("missing store: exit %d, stderr %q", r.code, r.stderr)
	}
	wantNoFile(t, missing)
}

func TestExportWrongUsageExitsTwoAndTouchesNothing(t *testing.T) {
	isolateUserFolders(t)
	dir := t.TempDir()
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "ID is missing"},
		{[]string{"export", "a", "b"}, "Too many arguments: b"},
		{[]string{"export", "demk2ra7", "--variant", "nope"}, `Unknown document "nope"`},
		{[]string{"export", "demk2ra7", "--variant", "tasks"}, "--variant tasks needs --for"},
		{[]string{"export", "demk2ra7", "--variant", "notice"}, "--variant notice needs --for"},
		{[]string{"export", "demk2ra7", "--for", "kita"}, "--for does not go with --variant full"},
		{[]string{"export", "--all", "-d", dir, "--variant", "family"}, "--variant family is for one person and one conference"},
		{[]string{"export", "demk2ra7", "--all", "-d", dir}, "either an ID or --all"},
		{[]string{"export", "--all"}, "--all needs a target folder"},
		{[]string{"export", "--all", "-d", dir, "-o", "x.md"}, "with --all use -d"},
		{[]string{"export", "demk2ra7", "-d", dir}, "-d only goes with --all"},
		{[]string{"export", "demk2ra7", "--nope"}, "Unknown option --nope"},
		{[]string{"archive", "export", "demk2ra7"}, "Name the archive file with -o"},
		{[]string{"archive", "export", "--all", "demk2ra7", "-o", "a.json"}, "either an ID or --all"},
		{[]string{"archive", "import"}, "FILE is missing"},
		{[]string{"archive", "import", "a.json", "--replace", "--skip"}, "either --replace or --skip"},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			app, _ := testApp(t)
			path := dbPath(t)
			r := run(t, app, "", append([]string{"--lang", "en", "--db", path}, tc.args...)...)
			if r.code != ExitUsage {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, ExitUsage, r.stderr)
			}
			wantOneLine(t, r.stderr)
			if !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr %q, want it to contain %q", r.stderr, tc.want)
			}
			wantNoFile(t, path)
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("wrong usage wrote into %s: %v", dir, entries)
	}
}

func TestExportTasksForAnInstitution(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)

	r := run(t, app, "", "--lang", "de", "--db", path, "export", string(id), "--variant", "tasks", "--for", "kita")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "# Aufgaben für Kita / Kindertagespflege: K-2026-117 – Entwurf") {
		t.Errorf("stdout starts %.80q", r.stdout)
	}
	if e := lastExport(t, path, id); e.Path != "minutes/tasks/inst:kita" {
		t.Errorf("audit path %q, want minutes/tasks/inst:kita (the variant and for whom)", e.Path)
	}

	r = run(t, app, "", "--lang", "en", "--db", path, "export", string(id), "--variant", "tasks", "--for", "kitta")
	if r.code != ExitFailure || r.stdout != "" {
		t.Errorf("unknown institution: exit %d, stdout %.40q", r.code, r.stdout)
	}
	wantOneLine(t, r.stderr)
	if !strings.Contains(r.stderr, `"kitta" is not known for --variant tasks`) || !strings.Contains(r.stderr, "Kita Sonnenblume") {
		t.Errorf("stderr %q should name the institutions that exist", r.stderr)
	}
}

func TestExportAllWritesOneStableFilePerConference(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	older, newer := saveConferences(t, path)
	dir := filepath.Join(t.TempDir(), "minutes")

	r := run(t, app, "", "--lang", "en", "--db", path, "export", "--all", "-d", dir)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		wantPrivateFile(t, filepath.Join(dir, e.Name()))
	}
	// Date, case code or topic, and always the conference's ID.
	want := "2026-11-22_K-2026-117_" + string(id) + ".md"
	wantAll := []string{
		want,
		"2026-11-21_K-2026-117_" + string(older.ID) + ".md",
		"2026-11-22_Uebergaenge-Kita-Schule_" + string(newer.ID) + ".md",
	}
	slices.Sort(names)
	slices.Sort(wantAll)
	if !slices.Equal(names, wantAll) {
		t.Errorf("files %v, want %v", names, wantAll)
	}
	wantPrivate(t, filepath.Join(dir, want))

	// A second run refuses before writing anything.
	victim := filepath.Join(dir, want)
	if err := os.WriteFile(victim, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "export", "--all", "-d", dir)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Error("an existing file was overwritten")
	}
}

// TestExportAllFileNameDoesNotDependOnOtherConferences pins a bug: the ID
// was added to a name only when two conferences collided, so the minutes
// of a conference were written under a new name once a second conference
// with the same date and case code existed, and a folder exported before
// no longer matched.
func TestExportAllFileNameDoesNotDependOnOtherConferences(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	exportAll := func() []string {
		t.Helper()
		dir := filepath.Join(t.TempDir(), "minutes")
		r := run(t, app, "", "--lang", "en", "--db", path, "export", "--all", "-d", dir)
		if r.code != 0 {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	alone := exportAll()
	if len(alone) != 1 {
		t.Fatalf("files %v, want one", alone)
	}

	// A second conference on the same day with the same case code.
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	twin := conference.New("", conference.KindCase, fixedNow)
	twin.CaseCode = "K-2026-117"
	err = s.Save(twin)
	if err := errors.Join(err, s.Close()); err != nil {
		t.Fatal(err)
	}
	both := exportAll()
	if len(both) != 2 || !slices.Contains(both, alone[0]) {
		t.Errorf("with a second K-2026-117 on the same day the files are %v; the first must stay %s", both, alone[0])
	}
	if !strings.HasPrefix(alone[0], "2026-11-22_K-2026-117_") || !strings.Contains(alone[0], string(id)) {
		t.Errorf("file name %s, want date, case code and ID", alone[0])
	}
}
