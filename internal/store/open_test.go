package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

func TestOpenCreatesPrivateFolderAndFile(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "a", "b", "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	if runtime.GOOS == "windows" {
		return // Windows has no Unix permission bits
	}
	for _, dir := range []string{filepath.Join(root, "a"), filepath.Join(root, "a", "b")} {
		if mode := mustStat(t, dir).Mode().Perm(); mode != 0o700 {
			t.Errorf("folder %s has mode %o, want 700", dir, mode)
		}
	}
	if mode := mustStat(t, path).Mode().Perm(); mode != 0o600 {
		t.Errorf("store file has mode %o, want 600", mode)
	}
}

func TestOpenLeavesAnExistingFolderAlone(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(filepath.Join(dir, "kofa.db"), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if mode := mustStat(t, dir).Mode().Perm(); mode != 0o755 {
		t.Errorf("existing folder changed to mode %o", mode)
	}
}

func TestOpenLeavesNoTemporaryFilesAndRemovesStaleOnes(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".kofa-new-123.db")
	fresh := filepath.Join(dir, ".kofa-new-456.db")
	other := filepath.Join(dir, "notes.db")
	for _, name := range []string{stale, fresh, other} {
		if err := os.WriteFile(name, []byte("half-made"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	s, err := Open(filepath.Join(dir, "kofa.db"), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale temporary file survived Open: %v", err)
	}
	// A temporary file younger than a minute may belong to a kofa that is
	// starting right now; other files are never touched.
	for _, keep := range []string{fresh, other} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(keep), err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, ".kofa-new-") && n != filepath.Base(fresh) {
			t.Errorf("Open left %s behind", n)
		}
	}
}

func TestSecondOpenIsLockedAndFirstKeepsWorking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	first, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	type result struct {
		s   *Store
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := Open(path, Options{Timeout: 200 * time.Millisecond})
		done <- result{s, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(2 * time.Second): // a guard against hanging, not a wait
		t.Fatal("second Open still waiting after 2 s")
	}
	if r.err == nil {
		_ = r.s.Close()
		t.Fatal("second Open succeeded while the first holds the store")
	}
	var locked *LockedError
	if !errors.As(r.err, &locked) {
		t.Fatalf("second Open: %v, want *LockedError", r.err)
	}
	if locked.Path != path || !strings.Contains(locked.Error(), path) {
		t.Errorf("LockedError names %q (%q), want %q", locked.Path, locked.Error(), path)
	}
	if err := first.Save(richConference("", "x", 0)); err != nil {
		t.Errorf("first handle cannot save after the refused Open: %v", err)
	}
}

func TestOpenAfterCloseSucceeds(t *testing.T) {
	s := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(s.Path(), testOptions())
	if err != nil {
		t.Fatalf("reopening a closed store: %v", err)
	}
	_ = s2.Close()
}

func TestMigrationsCoverEveryVersion(t *testing.T) {
	for i, m := range migrations {
		if m.from != i+1 {
			t.Errorf("migration %d starts at schema %d, want %d", i, m.from, i+1)
		}
	}
	if got := len(migrations) + 1; got != SchemaVersion {
		t.Errorf("migrations reach schema %d, SchemaVersion is %d", got, SchemaVersion)
	}
}

func TestNewStoreHasCurrentSchemaAndCreationTime(t *testing.T) {
	s := openTemp(t)
	err := s.view(func(tx *bbolt.Tx) error {
		v, err := readVersion(tx)
		if err != nil {
			return err
		}
		if v != SchemaVersion {
			t.Errorf("new store has schema %d, want %d", v, SchemaVersion)
		}
		if created := tx.Bucket(bucketMeta).Get(keyCreated); string(created) != t0.Add(time.Second).UTC().Format(time.RFC3339) {
			t.Errorf("created = %q", created)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestResolvePathPrefersFlagThenEnvironment(t *testing.T) {
	t.Setenv("KOFA_DB", filepath.Join("env", "kofa.db"))
	if got, _ := ResolvePath(filepath.Join("flag", "kofa.db")); got != filepath.Join("flag", "kofa.db") {
		t.Errorf("with a flag: %q", got)
	}
	if got, _ := ResolvePath(""); got != filepath.Join("env", "kofa.db") {
		t.Errorf("with $KOFA_DB: %q", got)
	}
	t.Setenv("KOFA_DB", "")
	want, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := ResolvePath(""); got != want {
		t.Errorf("default: %q, want %q", got, want)
	}
}

func TestDataDirFollowsThePlatform(t *testing.T) {
	base := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(base, "xdg"))
	t.Setenv("LOCALAPPDATA", filepath.Join(base, "local"))
	got, err := DataDir()
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(base, "xdg", "kofa")
	if runtime.GOOS == "windows" {
		want = filepath.Join(base, "local", "kofa")
	}
	if got != want {
		t.Errorf("DataDir() = %q, want %q", got, want)
	}
	if p, _ := DefaultPath(); p != filepath.Join(want, "kofa.db") {
		t.Errorf("DefaultPath() = %q", p)
	}
	if runtime.GOOS == "windows" {
		return
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	got, _ = DataDir()
	want = filepath.Join(home, ".local", "share", "kofa")
	if runtime.GOOS == "darwin" {
		want = filepath.Join(home, "Library", "Application Support", "kofa")
	}
	if got != want {
		t.Errorf("without XDG_DATA_HOME: %q, want %q", got, want)
	}
}

// A conference just made by conference.New (no participants, no dates set
// beyond today) saves and lists without any preparation.
func TestSaveOfAFreshConference(t *testing.T) {
	s := openTemp(t)
	c := conference.New("", conference.KindNetwork, t0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0].Kind != conference.KindNetwork {
		t.Errorf("List() = %+v, %v", list, err)
	}
}

func mustStat(t *testing.T, path string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info
}
