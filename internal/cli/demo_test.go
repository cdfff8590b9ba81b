package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
)

func TestDemoWithDBWritesSampleThatListShows(t *testing.T) {
	app, call := testApp(t)
	path := dbPath(t)
	id := seedDemo(t, app, path)
	if call.called {
		t.Error("demo --db opened the terminal app")
	}
	sample := demo.Sample("en", fixedNow)
	if list := listStore(t, path); len(list) != 1 || list[0].Status != conference.StatusClosed {
		t.Fatalf("demo --db stored %+v, want the closed sample", list)
	}

	r := run(t, app, "", "--db", path, "list", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{`"id": "` + string(id) + `"`, `"kind": "` + string(sample.Kind) + `"`, `"case_code": "` + sample.CaseCode + `"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("list --json lacks %s:\n%s", want, r.stdout)
		}
	}
	wantPrivate(t, path)
}

// isolateUserFolders points every folder kofa could fall back to at empty
// temp folders, so a test can prove which files kofa touched.
func isolateUserFolders(t *testing.T) (realStore string) {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	t.Setenv("LOCALAPPDATA", filepath.Join(home, "local"))
	t.Setenv("APPDATA", filepath.Join(home, "roaming"))
	realStore = filepath.Join(home, "real", "kofa.db")
	t.Setenv("KOFA_DB", realStore)
	return realStore
}

func TestDemoWithoutDBRehearsesInThrowawayStore(t *testing.T) {
	realStore := isolateUserFolders(t)
	app, call := testApp(t)

	r := run(t, app, "", "--lang", "en", "demo")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !call.called || !call.demo {
		t.Fatalf("terminal app not opened as a rehearsal: %+v", call)
	}
	if len(call.summaries) != 1 || call.summaries[0].CaseCode != demo.Sample("en", fixedNow).CaseCode {
		t.Fatalf("rehearsal store holds %v, want only the sample", call.summaries)
	}
	if call.openID != call.summaries[0].ID {
		t.Errorf("the app opens %q, want the sample %q at once", call.openID, call.summaries[0].ID)
	}
	// A closed conference is read-only: the rehearsal runs, in phase 3.
	if got := call.summaries[0]; got.Status != conference.StatusRunning || got.Phase != conference.PhasePerspectives {
		t.Errorf("rehearsal sample is %q in phase %q, want running in perspectives", got.Status, got.Phase)
	}
	if call.path == realStore {
		t.Error("the rehearsal used the real store")
	}
	if _, err := os.Stat(filepath.Dir(call.path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("throwaway folder %s is still there (err %v)", filepath.Dir(call.path), err)
	}
	if _, err := os.Stat(filepath.Dir(realStore)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the real store's folder was created (err %v)", err)
	}
}

func TestDemoRemovesThrowawayStoreWhenTheAppFails(t *testing.T) {
	isolateUserFolders(t)
	app, _ := testApp(t)
	var used string
	app.RunTUI = func(_ context.Context, env *Env) error {
		used = env.Store.Path()
		return errors.New("terminal gone")
	}
	r := run(t, app, "", "--lang", "en", "demo")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	wantOneLine(t, r.stderr)
	if used == "" {
		t.Fatal("terminal app not started")
	}
	if _, err := os.Stat(filepath.Dir(used)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("throwaway folder still there (err %v)", err)
	}
}
