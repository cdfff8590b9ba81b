package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// validStore writes a store with a few conferences and returns its path,
// closed.
func validStore(t *testing.T) string {
	t.Helper()
	s := openTemp(t)
	for day := range 6 {
		if err := s.Save(richConference("", "x", day)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return s.Path()
}

func TestDamagedFilesAreRefusedAndLeftUntouched(t *testing.T) {
	cases := map[string]func(t *testing.T, path string){
		"empty file": func(t *testing.T, path string) {
			writeFile(t, path, nil)
		},
		"random bytes": func(t *testing.T, path string) {
			data := make([]byte, 64<<10)
			r := rand.New(rand.NewPCG(1, 2))
			for i := range data {
				data[i] = byte(r.Uint32())
			}
			writeFile(t, path, data)
		},
		"text file": func(t *testing.T, path string) {
			writeFile(t, path, []byte("Protokoll der Fallkonferenz\nTeilnehmende: ...\n"))
		},
		"truncated store": func(t *testing.T, path string) {
			data := readFile(t, validStore(t))
			writeFile(t, path, data[:len(data)/2])
		},
		"zeroed page": func(t *testing.T, path string) {
			src := validStore(t)
			root, page := bucketRootPage(t, src, bucketConferences)
			data := readFile(t, src)
			clear(data[root*page : (root+1)*page])
			writeFile(t, path, data)
		},
		"bbolt file of another program": func(t *testing.T, path string) {
			db, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = db.Update(func(tx *bbolt.Tx) error {
				_, err := tx.CreateBucket([]byte("settings"))
				return err
			})
			if err := errors.Join(err, db.Close()); err != nil {
				t.Fatal(err)
			}
		},
		"store without its conferences": func(t *testing.T, path string) {
			data := readFile(t, validStore(t))
			writeFile(t, path, data)
			db, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = db.Update(func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucketConferences) })
			if err := errors.Join(err, db.Close()); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, prepare := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kofa.db")
			prepare(t, path)
			before := readState(t, path)

			done := make(chan error, 1)
			go func() { done <- openAndTryToWrite(path) }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second): // a guard against hanging, not a wait
				t.Fatal("Open hangs on a damaged file")
			}
			var damaged *DamagedError
			if !errors.As(err, &damaged) {
				t.Fatalf("Open, then the check and a save: %v, want *DamagedError", err)
			}
			if damaged.Path != path {
				t.Errorf("DamagedError names %q, want %q", damaged.Path, path)
			}
			assertUnchanged(t, path, before)
		})
	}
}

// openAndTryToWrite opens the store at path and, when Open has nothing to
// object to, waits for the check of the file and tries to save a
// conference. It returns the first error; a damaged file must give a
// *DamagedError from Open or from the check, and the save the same.
func openAndTryToWrite(path string) error {
	s, err := Open(path, testOptions())
	if err != nil {
		return err
	}
	defer s.Close()
	checked := s.Verified()
	saved := s.Save(richConference("", "neu", 1))
	if checked == nil {
		return saved // nil when the file is sound
	}
	if _, ok := errors.AsType[*DamagedError](saved); !ok {
		return fmt.Errorf("the check found %v, yet Save returned %v", checked, saved)
	}
	return checked
}

// bucketRootPage is the page number of a top-level bucket's root, and the
// page size.
func bucketRootPage(t *testing.T, path string, name []byte) (root, pageSize int) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bbolt.Tx) error {
		root = int(tx.Bucket(name).Root())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if root == 0 {
		t.Fatal("bucket is inline; the store needs more data for this test")
	}
	return root, db.Info().PageSize
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
