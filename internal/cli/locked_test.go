package cli

import (
	"strings"
	"testing"

	"kofa/internal/demo"
	"kofa/internal/store"
)

// holdStore opens the store at path like a running kofa would and keeps
// it open for the rest of the test.
func holdStore(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestStoreInUseGivesOneGermanLineAndLeavesTheOtherKofaWorking(t *testing.T) {
	app, call := testApp(t)
	path := dbPath(t)
	held := holdStore(t, path)

	for _, args := range [][]string{{"list"}, {}, {"delete", "zzzzzzzz", "--yes"}} {
		r := run(t, app, "", append([]string{"--lang", "de", "--db", path}, args...)...)
		if r.code != 1 {
			t.Errorf("%v: exit %d, want 1", args, r.code)
		}
		wantOneLine(t, r.stderr)
		want := "Die Datei " + path + " wird gerade von einem anderen kofa benutzt. Schließen Sie das andere Fenster und versuchen Sie es erneut."
		if strings.TrimSpace(r.stderr) != want {
			t.Errorf("%v: stderr = %q, want %q", args, r.stderr, want)
		}
	}
	if call.called {
		t.Error("the terminal app was opened on a store in use")
	}
	if err := held.Save(demo.Sample("de", fixedNow)); err != nil {
		t.Errorf("the kofa holding the store can no longer save: %v", err)
	}
}
