package cli

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kofa/internal/store"
)

// assertNoHalfStore fails unless path holds nothing or a whole store.
func assertNoHalfStore(t *testing.T, path string) (exists bool) {
	t.Helper()
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return false
	}
	if err := store.Check(path); err != nil {
		t.Fatalf("a half-made store is at the real path: %v", err)
	}
	return true
}

func tempLeft(t *testing.T, dir string) bool {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".kofa-new-*"))
	if err != nil {
		t.Fatal(err)
	}
	return len(m) > 0
}

// TestFirstStartKilledAtRandomMoments kills kofa while it creates a new
// store, at random moments from its start until its first save: the real
// path then holds nothing or a whole store, never a half-made one, and the
// next start works. The rounds where the kill left the builder's
// temporary file behind are the ones that hit the creation itself.
func TestFirstStartKilledAtRandomMoments(t *testing.T) {
	rounds := envRounds(t, "KOFA_FIRSTSTART_ROUNDS", 40)
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 2))
	bin := kofaBinary(t)
	root := t.TempDir()
	env := freshMachine(root)

	// How long a whole first start with one save takes here: the kills
	// are spread over that time.
	begin := time.Now()
	full := runStress(t, bin, env, -1, "--db", filepath.Join(root, "calibrate", "kofa.db"), stressCommand, "--changes", "1")
	span := time.Since(begin)
	if len(full.saved) != 1 {
		t.Fatalf("an uninterrupted first start did not save: %s", full.stderr)
	}
	t.Logf("%d rounds over %v, KOFA_TEST_SEED=%d", rounds, span, seed)

	midCreation, whole := 0, 0
	for round := range rounds {
		dir := filepath.Join(root, "r"+strconv.Itoa(round), "data")
		db := filepath.Join(dir, "kofa.db")
		delay := time.Duration(rng.Int64N(int64(span) + 1))
		runStress(t, bin, env, delay, "--db", db, stressCommand, "--changes", "1")
		if assertNoHalfStore(t, db) {
			whole++
		}
		if tempLeft(t, dir) {
			midCreation++
		}
		r := runKofa(t, env, "--db", db, "--lang", "en", "list")
		if r.code != 0 {
			t.Fatalf("round %d (killed after %v): the next start failed: %s", round, delay, r.stderr)
		}
		assertNoHalfStore(t, db)
	}
	t.Logf("%d kills left a whole store, %d left the builder's temporary file", whole, midCreation)
}

// TestFirstStartAfterEveryStateACrashCanLeave builds, by hand, each state
// an interrupted creation can leave in the data folder, and starts kofa
// on it: each time it starts, and the store at the real path is whole.
func TestFirstStartAfterEveryStateACrashCanLeave(t *testing.T) {
	root := t.TempDir()
	env := freshMachine(root)
	whole := filepath.Join(root, "template", "kofa.db")
	s, err := store.Open(whole, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(whole)
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]func(dir string){
		"only the folder":        func(string) {},
		"empty temporary file":   func(dir string) { write(t, filepath.Join(dir, ".kofa-new-1.db"), nil) },
		"half-written temporary": func(dir string) { write(t, filepath.Join(dir, ".kofa-new-2.db"), data[:len(data)/2]) },
		"whole temporary file":   func(dir string) { write(t, filepath.Join(dir, ".kofa-new-3.db"), data) },
		"placed, temporary name left": func(dir string) {
			write(t, filepath.Join(dir, ".kofa-new-4.db"), data)
			if err := os.Link(filepath.Join(dir, ".kofa-new-4.db"), filepath.Join(dir, "kofa.db")); err != nil {
				t.Skip("no hard links here:", err)
			}
		},
	}
	for name, leave := range states {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "data")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			leave(dir)
			db := filepath.Join(dir, "kofa.db")
			r := runKofa(t, env, "--db", db, "--lang", "en", "list")
			if r.code != 0 || !strings.HasPrefix(r.stdout, "No conferences yet.") {
				t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			if !assertNoHalfStore(t, db) {
				t.Fatal("no store after the start")
			}
		})
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
