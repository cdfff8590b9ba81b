package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"kofa/internal/conference"
)

// checkFileAt runs the pread checker on the closed bbolt file at path, as
// Open's background check does, and returns its result.
func checkFileAt(t *testing.T, path string) error {
	t.Helper()
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		return err
	}
	defer db.Close()
	return verifyFile(path, db, nil)
}

// busyStore is a store that has seen every kind of write kofa makes:
// conferences large enough for overflow pages, their audit buckets,
// edits that free pages, and deletes (which compact the file).
func busyStore(t *testing.T) string {
	t.Helper()
	s := openTemp(t)
	var ids []conference.ID
	for day := range 12 {
		c := richConference("", strings.Repeat("Wort ", 200*day), day)
		if err := s.Save(c, conference.Change{Op: conference.OpCreate}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	for i, id := range ids[:6] {
		c, err := s.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		c.Facts += strings.Repeat(" mehr", 50*i)
		if err := s.Save(c, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(ids[3]); err != nil {
		t.Fatal(err)
	}
	c, _ := s.Get(ids[4])
	c.Facts = "kurz"
	if err := errors.Join(s.Save(c), s.Close()); err != nil {
		t.Fatal(err)
	}
	return s.Path()
}

func TestPageCheckFindsNothingInSoundFiles(t *testing.T) {
	if err := checkFileAt(t, busyStore(t)); err != nil {
		t.Errorf("a sound kofa store: %v", err)
	}
	// A bbolt file written by random puts and deletes in nested buckets,
	// with values from a few bytes to several pages.
	path := filepath.Join(t.TempDir(), "random.db")
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 30 {
		err := db.Update(func(tx *bbolt.Tx) error {
			top, err := tx.CreateBucketIfNotExists([]byte(fmt.Sprintf("b%d", round%4)))
			if err != nil {
				return err
			}
			sub, err := top.CreateBucketIfNotExists([]byte(fmt.Sprintf("s%d", round%7)))
			if err != nil {
				return err
			}
			for range 200 {
				k := []byte(fmt.Sprintf("k%05d", r.IntN(3000)))
				if r.IntN(4) == 0 {
					_ = sub.Delete(k)
					continue
				}
				if err := sub.Put(k, bytes.Repeat([]byte{byte(r.Uint32())}, 1+r.IntN(9000)*r.IntN(2))); err != nil {
					return err
				}
			}
			if round%9 == 8 {
				return top.DeleteBucket([]byte(fmt.Sprintf("s%d", (round+3)%7)))
			}
			return nil
		})
		if err != nil && !errors.Is(err, berrors.ErrBucketNotFound) {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := checkFileAt(t, path); err != nil {
		t.Errorf("a sound bbolt file: %v", err)
	}
}

// TestPageCheckFindsWhatBboltFinds damages a sound store at random, a few
// bytes of one page at a time, and compares the pread checker with two
// oracles: reading every key and value of every bucket (which a damaged
// tree makes bbolt panic on), and bbolt's own consistency check. Whenever
// either finds damage, the checker must too. It may find more: bbolt does
// not check that elements lie inside their page.
func TestPageCheckFindsWhatBboltFinds(t *testing.T) {
	sound := readFile(t, busyStore(t))
	const pageSize = 4096
	// Damage where structure lives: the tree and freelist pages (not the
	// pages that only continue a long value), mostly their header and
	// element array.
	var pages []int
	for page := 2; page < len(sound)/pageSize; page++ {
		at := sound[page*pageSize:]
		if flags := order.Uint16(at[8:]); order.Uint64(at) == uint64(page) && (isTreePage(flags) || isFreelistPage(flags)) {
			pages = append(pages, page)
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	rounds := 120
	if testing.Short() {
		rounds = 30
	}
	// The damaged files are made in order (the seed decides them all), then
	// judged a few at a time: each verdict is a child process that mostly
	// starts up or waits out a hang, so judging them one by one took two
	// minutes under the race detector.
	type damaged struct {
		page, off int
		path      string
		data      []byte
		oracle    error
		ours      error
	}
	dir := t.TempDir()
	cases := make([]damaged, rounds)
	for round := range cases {
		data := bytes.Clone(sound)
		page := pages[r.IntN(len(pages))]
		off := page*pageSize + r.IntN(96+r.IntN(2)*(pageSize-96))
		for i := range 1 + r.IntN(8) {
			if off+i < len(data) {
				data[off+i] = byte(r.Uint32())
			}
		}
		path := filepath.Join(dir, fmt.Sprintf("d%d.db", round))
		writeFile(t, path, data)
		cases[round] = damaged{page: page, off: off, path: path, data: data}
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range 2 * runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for round := range work {
				c := &cases[round]
				c.oracle = bboltVerdict(t, c.path)
				c.ours = checkFileAt(t, c.path)
			}
		})
	}
	for round := range cases {
		work <- round
	}
	close(work)
	wg.Wait()
	// A child that was only slow beside the others looks like a hang: ask
	// bbolt once more, alone, where that verdict is all that disagrees.
	for i := range cases {
		if c := &cases[i]; c.ours == nil && c.oracle != nil && strings.Contains(c.oracle.Error(), "bbolt hangs") {
			c.oracle = bboltVerdict(t, c.path)
		}
	}
	var found, extra, fatal int
	for round, c := range cases {
		oracle, ours := c.oracle, c.ours
		switch {
		case oracle != nil && ours == nil:
			if keep := os.Getenv("KOFA_KEEP_DAMAGED"); keep != "" {
				_ = os.WriteFile(keep, c.data, 0o600)
			}
			t.Fatalf("round %d (page %d, offset %d): bbolt finds %v, the pread check nothing", round, c.page, c.off%pageSize, oracle)
		case oracle != nil:
			found++
			if strings.Contains(oracle.Error(), "bbolt hangs") || strings.Contains(oracle.Error(), "bbolt crashes") {
				fatal++
			}
		case ours != nil:
			extra++
		}
	}
	t.Logf("%d rounds: %d damaged as both agree (%d of them hang or crash bbolt), %d found by the pread check only", rounds, found, fatal, extra)
	if found == 0 {
		t.Fatal("no round damaged the structure: the test damages the wrong bytes")
	}
}

// bboltVerdict asks bbolt about the file at path, in a child process: a
// damaged tree can make bbolt fault (which a program cannot recover from),
// recurse without end or loop. The child reads every key and value of
// every bucket, nested ones too, and then runs bbolt's consistency check.
// It returns nil when the child found the file sound.
func bboltVerdict(t *testing.T, path string) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHelperBboltVerdict$", "-test.count=1")
	cmd.Env = append(os.Environ(), "KOFA_VERDICT_DB="+path)
	out, err := cmd.CombinedOutput()
	switch {
	case ctx.Err() != nil:
		return errors.New("bbolt hangs on it")
	case err != nil:
		return fmt.Errorf("bbolt crashes on it: %s", firstLine(string(out)))
	case bytes.Contains(out, []byte("VERDICT sound")):
		return nil
	}
	return fmt.Errorf("bbolt: %s", firstLine(string(out)))
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

// TestHelperBboltVerdict is not a test: bboltVerdict runs it in a child.
func TestHelperBboltVerdict(t *testing.T) {
	path := os.Getenv("KOFA_VERDICT_DB")
	if path == "" {
		t.Skip("helper process")
	}
	err := readEverything(path)
	if err == nil {
		err = bboltCheck(path)
	}
	if err != nil {
		fmt.Println("VERDICT damaged:", err)
		return
	}
	fmt.Println("VERDICT sound")
}

// readEverything reads every key and value of every bucket of the file,
// nested ones too, and returns the damage that made bbolt fail.
func readEverything(path string) error {
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		return err
	}
	defer db.Close()
	var walk func(b *bbolt.Bucket) error
	walk = func(b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				if sub := b.Bucket(k); sub != nil {
					return walk(sub)
				}
			}
			_ = bytes.Count(v, []byte{0}) // touch every byte
			return nil
		})
	}
	return guard(path, func() error {
		return db.View(func(tx *bbolt.Tx) error {
			return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
				if b == nil {
					return fmt.Errorf("top-level key %q is not a bucket", name)
				}
				return walk(b)
			})
		})
	})
}

// bboltCheck runs bbolt's consistency check on a file whose every bucket
// could be read (readEverything).
func bboltCheck(path string) error {
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.View(func(tx *bbolt.Tx) error { return firstError(tx.Check()) })
}

func TestPageCheckStopsWhenAsked(t *testing.T) {
	path := busyStore(t)
	db, err := openDB(path, true, DefaultTimeout)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := verifyFile(path, db, func() bool { return true }); !errors.Is(err, errCheckStopped) {
		t.Errorf("stopped at once: %v, want errCheckStopped", err)
	}
}

// TestPageCheckFindsATopLevelValueThatIsNoBucket pins a case the random
// damage found: a flipped flag made a top-level bucket a plain value,
// which bbolt writes nowhere and which made reading it crash.
func TestPageCheckFindsATopLevelValueThatIsNoBucket(t *testing.T) {
	data := readFile(t, busyStore(t))
	var meta boltMeta // the newer of the two meta pages: the one in use
	for id := range uint64(2) {
		m, err := readMetaPage(bytes.NewReader(data), 4096, id)
		if err != nil {
			t.Fatal(err)
		}
		if m.txid >= meta.txid {
			meta = m
		}
	}
	root := data[meta.root*4096:]
	if order.Uint16(root[8:]) != flagLeaf {
		t.Fatal("the top-level buckets need to fit one leaf page for this test")
	}
	clear(root[pageHeaderSize : pageHeaderSize+4]) // element 0's flags
	path := filepath.Join(t.TempDir(), "kofa.db")
	writeFile(t, path, data)
	if err := checkFileAt(t, path); err == nil || !strings.Contains(err.Error(), "is not a bucket") {
		t.Errorf("check: %v, want a top-level key that is not a bucket", err)
	}
}
