package cli

// Crash safety of the real binary: kofa is killed (SIGKILL on Unix,
// TerminateProcess on Windows: no chance to clean up) at random moments
// while it saves, and the store must come back whole every time.

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"kofa/internal/store"
)

// envRounds reads a round count from the environment: CI runs the default,
// a longer local run sets for example KOFA_KILL_ROUNDS=200.
func envRounds(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", name, v)
	}
	return n
}

// testSeed is random per run, logged so that a failure can be repeated
// with KOFA_TEST_SEED.
func testSeed(t *testing.T) uint64 {
	t.Helper()
	if v := os.Getenv("KOFA_TEST_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("KOFA_TEST_SEED=%q", v)
		}
		return s
	}
	return rand.Uint64()
}

// stressRun is one kofa _stress process, killed after delay (or left to
// finish when delay is negative).
type stressRun struct {
	saved, deleted []string // tokens kofa reported before it died
	exited         bool     // it ended on its own, not by the kill
	stderr         string
}

func runStress(t *testing.T, bin string, env []string, delay time.Duration, args ...string) stressRun {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := make(chan struct{})
	var timer *time.Timer
	if delay >= 0 {
		timer = time.AfterFunc(delay, func() {
			_ = cmd.Process.Kill()
			close(killed)
		})
	}
	guard := time.AfterFunc(time.Minute, func() { _ = cmd.Process.Kill() }) // never hang the test
	defer guard.Stop()

	var r stressRun
	sc := bufio.NewScanner(out)
	for sc.Scan() { // a line counts only once its newline is read
		switch verb, token, _ := strings.Cut(sc.Text(), " "); verb {
		case "saved":
			r.saved = append(r.saved, token)
		case "deleted":
			r.deleted = append(r.deleted, token)
		default:
			t.Fatalf("unexpected output %q", sc.Text())
		}
	}
	_ = cmd.Wait()
	if timer == nil || timer.Stop() {
		r.exited = true // the kill never came
	} else {
		<-killed // it came: let it finish
	}
	r.stderr = errOut.String()
	return r
}

var tokenRE = regexp.MustCompile(`\b(r\d+-\d+)\b`)

// storedTokens checks the store the way the next start of kofa does and
// returns the tokens in its conferences: every contribution and action
// text, and the facts (where the short-lived conferences keep theirs).
func storedTokens(t *testing.T, path string) map[string]bool {
	t.Helper()
	if !assertNoHalfStore(t, path) { // runs the consistency check
		return nil // killed before the store was made
	}
	s, err := store.Open(path, store.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("the store does not open: %v", err)
	}
	defer s.Close()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, sum := range list {
		c, err := s.Get(sum.ID)
		if err != nil {
			t.Fatalf("conference %s: %v", sum.ID, err)
		}
		texts := []string{c.Facts}
		for _, x := range c.Contributions {
			texts = append(texts, x.Text)
		}
		for _, a := range c.Actions {
			texts = append(texts, a.What)
		}
		for _, text := range texts {
			for _, m := range tokenRE.FindAllStringSubmatch(text, -1) {
				found[m[1]] = true
			}
		}
	}
	return found
}

// TestKillAtAnyMomentLosesNoSavedChange runs kofa _stress, which saves a
// stream of changes (and now and then saves and deletes a conference,
// which rewrites the whole file), and kills it with SIGKILL after a random
// time. After every kill the store passes bbolt's consistency check and
// opens, every change kofa had reported as saved is in it, and every
// conference it had reported as deleted is gone.
func TestKillAtAnyMomentLosesNoSavedChange(t *testing.T) {
	rounds := envRounds(t, "KOFA_KILL_ROUNDS", 60)
	seed := testSeed(t)
	t.Logf("%d rounds, KOFA_TEST_SEED=%d", rounds, seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	bin := kofaBinary(t)
	root := t.TempDir()
	env := freshMachine(root)
	db := filepath.Join(root, "data", "kofa.db")

	saved, deleted := map[string]bool{}, map[string]bool{}
	total := 0
	for round := range rounds {
		// Mostly mid-stream; one round in eight early, while kofa opens.
		delay := time.Duration(rng.IntN(250)) * time.Millisecond
		if rng.IntN(8) == 0 {
			delay = time.Duration(rng.IntN(30)) * time.Millisecond
		}
		r := runStress(t, bin, env, delay, "--db", db, stressCommand, "--run", fmt.Sprintf("r%d", round))
		if r.exited {
			t.Fatalf("round %d: kofa ended before the kill: %s", round, r.stderr)
		}
		for _, tok := range r.saved {
			saved[tok] = true
		}
		for _, tok := range r.deleted {
			deleted[tok] = true
		}
		total += len(r.saved)
		found := storedTokens(t, db)
		for tok := range saved {
			if !found[tok] {
				t.Fatalf("round %d (killed after %v): change %s was reported saved but is not in the store", round, delay, tok)
			}
		}
		for tok := range deleted {
			if found[tok] {
				t.Fatalf("round %d: conference %s was reported deleted but is in the store", round, tok)
			}
		}
	}
	t.Logf("%d changes reported saved, %d deletions, all there after %d kills", total, len(deleted), rounds)
	if total == 0 {
		t.Error("no change was ever saved: the kills came too early to test anything")
	}
}
