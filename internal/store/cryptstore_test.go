package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

const passphrase = "Korrekt Pferd Batterie Heftklammer"

// cryptOptions are testOptions with a cheap KDF and a KeyFunc that
// answers pass and counts how often it was asked.
func cryptOptions(pass string, asked *int) Options {
	o := testOptions()
	o.KDF = testKDF
	o.KeyFunc = func() ([]byte, error) {
		if asked != nil {
			*asked++
		}
		return []byte(pass), nil
	}
	return o
}

// openEncrypted opens a new store and encrypts it with passphrase.
func openEncrypted(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "kofa.db"), cryptOptions(passphrase, nil))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		t.Fatal(err)
	}
	return s
}

// personalTexts are strings of richConference(_, marker, _) that must
// never be readable in an encrypted file: free text, a name, the case code
// (which the summary holds too) and the passphrase itself.
func personalTexts(c *conference.Conference) []string {
	return []string{marker, "Frau Adler", "Hämatomen", c.CaseCode, "Hausbesuch Nr. 3", passphrase}
}

func assertNoneInFile(t *testing.T, path string, texts []string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		if bytes.Contains(data, []byte(text)) {
			t.Errorf("%s holds %q", filepath.Base(path), text)
		}
	}
}

func TestEncryptSealsOldAndNewValuesAndLeavesNoPlaintext(t *testing.T) {
	s := openTemp(t)
	s.opts.KDF = testKDF
	c := richConference("", marker, 0)
	// Several saves leave old plaintext versions in free pages.
	for i := range 5 {
		c.Place = "Raum " + string(rune('A'+i))
		if err := s.Save(c, conference.Change{Op: conference.OpUpdate, Path: "place"}); err != nil {
			t.Fatal(err)
		}
	}
	if !fileContains(t, s.Path(), marker) {
		t.Fatal("marker not in the plain file: the test proves nothing")
	}
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, s.Path(), personalTexts(c))

	later := richConference("", "Nachtrag-Marker-0815", 1)
	if err := s.Save(later, conference.Change{Op: conference.OpCreate}); err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, s.Path(), append(personalTexts(later), "Nachtrag-Marker-0815"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	asked := 0
	s2, err := Open(s.Path(), cryptOptions(passphrase, &asked))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if asked != 1 || !s2.Encrypted() {
		t.Errorf("asked for the passphrase %d times, encrypted %v", asked, s2.Encrypted())
	}
	got, err := s2.Get(c.ID)
	if err != nil || got.Facts != c.Facts || got.Place != "Raum E" {
		t.Fatalf("Get after reopening: %v", err)
	}
	list, err := s2.List()
	if err != nil || len(list) != 2 || list[0].CaseCode != later.CaseCode {
		t.Errorf("List after reopening: %+v, %v", list, err)
	}
	audit, err := s2.Audit(c.ID)
	if err != nil || len(audit) != 5 {
		t.Errorf("Audit after reopening: %d entries, %v", len(audit), err)
	}
	// The indexes were sealed by the generic walk and are read by their
	// own decoders: both must use the same bucket paths.
	if hits, err := s2.Search(marker); err != nil || len(hits) != 1 {
		t.Errorf("Search after encrypting: %d hits, %v", len(hits), err)
	}
	if acts, err := s2.OpenActions(ActionQuery{Today: conference.DateOf(t0)}); err != nil || len(acts) == 0 {
		t.Errorf("OpenActions after encrypting: %d, %v", len(acts), err)
	}
	if dir, err := s2.Directory(); err != nil || len(dir) == 0 {
		t.Errorf("Directory after encrypting: %d entries, %v", len(dir), err)
	}
}

// Sealing makes every value larger, so pages split while Encrypt walks
// them: every value must still be sealed exactly once.
func TestEncryptSealsEveryValueOfALargeStore(t *testing.T) {
	s := openTemp(t)
	s.opts.KDF = testKDF
	const n = 200
	err := s.update(func(tx *bbolt.Tx) error {
		for i := range n {
			c := richConference(conference.ID(fmt.Sprintf("s%07d", i)), marker, i%900)
			changes := []conference.Change{{Op: conference.OpCreate}, {Op: conference.OpPhase, Path: "phase"}}
			if err := putConference(tx, s.cd, c, changes, t0); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		t.Fatal(err)
	}
	assertNoneInFile(t, s.Path(), []string{marker, "Frau Adler"})
	list, err := s.List()
	if err != nil || len(list) != n {
		t.Fatalf("List: %d, %v", len(list), err)
	}
	for _, sum := range list {
		if _, err := s.Get(sum.ID); err != nil {
			t.Fatalf("Get %s: %v", sum.ID, err)
		}
		if audit, err := s.Audit(sum.ID); err != nil || len(audit) != 2 {
			t.Fatalf("Audit %s: %d, %v", sum.ID, len(audit), err)
		}
	}
}

func TestWrongPassphraseChangesNothing(t *testing.T) {
	s := openEncrypted(t)
	if err := s.Save(richConference("", marker, 0)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := readState(t, s.Path())
	for _, wrong := range []string{"korrekt Pferd Batterie Heftklammer", ""} {
		_, err := Open(s.Path(), cryptOptions(wrong, nil))
		if !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("passphrase %q: %v, want ErrWrongPassphrase", wrong, err)
		}
	}
	if _, err := Open(s.Path(), testOptions()); !errors.Is(err, ErrPassphraseRequired) {
		t.Errorf("without KeyFunc: %v, want ErrPassphraseRequired", err)
	}
	cancelled := errors.New("cancelled")
	o := testOptions()
	o.KeyFunc = func() ([]byte, error) { return nil, cancelled }
	if _, err := Open(s.Path(), o); !errors.Is(err, cancelled) {
		t.Errorf("KeyFunc failing: %v, want its error", err)
	}
	assertUnchanged(t, s.Path(), before)
}

func TestPlainStoreNeverAsksForAPassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	asked := 0
	for range 2 { // create, then reopen
		s, err := Open(path, cryptOptions(passphrase, &asked))
		if err != nil {
			t.Fatal(err)
		}
		if s.Encrypted() {
			t.Error("a new store is encrypted")
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if asked != 0 {
		t.Errorf("asked %d times", asked)
	}
}

func TestChangePassphrase(t *testing.T) {
	s := openEncrypted(t)
	c := richConference("", marker, 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(s.Path(), cryptOptions(passphrase, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := readState(t, s.Path())
	if _, err := s.ChangePassphrase([]byte("falsch"), []byte("neu und lang")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong old passphrase: %v", err)
	}
	if _, err := s.ChangePassphrase([]byte(passphrase), nil); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("empty new passphrase: %v", err)
	}
	assertUnchanged(t, s.Path(), before)

	if _, err := s.ChangePassphrase([]byte(passphrase), []byte("neu und lang")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(c.ID); err != nil {
		t.Fatalf("Get right after the change: %v", err)
	}
	// The old wrapping is gone from the file, not only from the header.
	assertNoneInFile(t, s.Path(), []string{string(before.data[bytes.Index(before.data, []byte(`"key":"`)):][:40])})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(s.Path(), cryptOptions(passphrase, nil)); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("old passphrase after the change: %v", err)
	}
	s2, err := Open(s.Path(), cryptOptions("neu und lang", nil))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, err := s2.Get(c.ID); err != nil || got.Facts != c.Facts {
		t.Errorf("Get with the new passphrase: %v", err)
	}
}

func TestEncryptAndChangeRefuseTheWrongState(t *testing.T) {
	plainStore := openTemp(t)
	if _, err := plainStore.ChangePassphrase([]byte("a"), []byte("b")); !errors.Is(err, ErrNotEncrypted) {
		t.Errorf("ChangePassphrase on a plain store: %v", err)
	}
	if _, err := plainStore.Encrypt(nil); !errors.Is(err, ErrEmptyPassphrase) {
		t.Errorf("Encrypt with an empty passphrase: %v", err)
	}
	if plainStore.Encrypted() {
		t.Error("a failed Encrypt left the store encrypted")
	}
	s := openEncrypted(t)
	if _, err := s.Encrypt([]byte("noch einmal")); !errors.Is(err, ErrEncrypted) {
		t.Errorf("Encrypt twice: %v", err)
	}
}

func TestIsEncrypted(t *testing.T) {
	plainStore := openTemp(t)
	enc := openEncrypted(t)
	for _, s := range []*Store{plainStore, enc} {
		want := s.Encrypted()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := IsEncrypted(s.Path())
		if err != nil || got != want {
			t.Errorf("IsEncrypted = %v, %v; want %v", got, err, want)
		}
	}
	dir := t.TempDir()
	if _, err := IsEncrypted(filepath.Join(dir, "missing.db")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("kein kofa "), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := IsEncrypted(junk); !isDamaged(err) {
		t.Errorf("junk file: %v, want a DamagedError", err)
	}
}

// A value copied to another conference's key (by someone with the file
// but not the passphrase) is refused, not shown as that conference.
func TestSwappedValuesDoNotOpen(t *testing.T) {
	s := openEncrypted(t)
	a, b := richConference("", "a", 0), richConference("", "b", 1)
	for _, c := range []*conference.Conference{a, b} {
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bbolt.Open(s.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		confs := tx.Bucket(bucketConferences)
		return confs.Put([]byte(b.ID), bytes.Clone(confs.Get([]byte(a.ID))))
	})
	if err := errors.Join(err, db.Close()); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(s.Path(), cryptOptions(passphrase, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, err := s2.Get(b.ID); !isDamaged(err) {
		t.Errorf("Get of a swapped value: %v, want a DamagedError", err)
	}
	if _, err := s2.Get(a.ID); err != nil {
		t.Errorf("the original value: %v", err)
	}
}

// BenchmarkSaveEncrypted is BenchmarkSave on an encrypted store: the cost
// of sealing one edit.
func BenchmarkSaveEncrypted(b *testing.B) {
	s := openTemp(b)
	s.opts.KDF = testKDF
	if _, err := s.Encrypt([]byte(passphrase)); err != nil {
		b.Fatal(err)
	}
	c := richConference("", "x", 0)
	if err := s.Save(c); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		c.Facts = "Sachverhalt, Fassung " + string(rune('a'+i%26))
		if err := s.Save(c, conference.Change{Op: conference.OpUpdate, Path: "facts"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeConference is the CPU side of a save without the disk:
// marshalling a mid-size conference, plain and sealed. The difference is
// what encryption adds to each edit.
func BenchmarkEncodeConference(b *testing.B) {
	c := richConference("k7m2qxa9", "x", 0)
	sl, err := newSealer(randomBytes(keySize))
	if err != nil {
		b.Fatal(err)
	}
	sealed := &codec{sealer: sl}
	for name, cd := range map[string]*codec{"plain": plain, "sealed": sealed} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := cd.encode(bucketConferences, []byte(c.ID), c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
