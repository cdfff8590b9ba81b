package store

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

func TestCheckPassesASoundStoreAndLeavesItAlone(t *testing.T) {
	path := validStore(t)
	before := readState(t, path)
	if err := Check(path); err != nil {
		t.Fatalf("Check of a sound store: %v", err)
	}
	assertUnchanged(t, path, before)
}

func TestCheckFindsDamageWithoutChangingTheFile(t *testing.T) {
	cases := map[string]func(path string){
		"empty file": func(path string) { writeFile(t, path, nil) },
		"random bytes": func(path string) {
			data := make([]byte, 32<<10)
			r := rand.New(rand.NewPCG(3, 4))
			for i := range data {
				data[i] = byte(r.Uint32())
			}
			writeFile(t, path, data)
		},
		"truncated store": func(path string) {
			data := readFile(t, validStore(t))
			writeFile(t, path, data[:len(data)/3])
		},
		"zeroed page": func(path string) {
			src := validStore(t)
			root, page := bucketRootPage(t, src, bucketConferences)
			data := readFile(t, src)
			clear(data[root*page : (root+1)*page])
			writeFile(t, path, data)
		},
	}
	for name, prepare := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kofa.db")
			prepare(path)
			before := readState(t, path)
			err := Check(path)
			if _, ok := errors.AsType[*DamagedError](err); !ok {
				t.Errorf("Check: %v, want *DamagedError", err)
			}
			assertUnchanged(t, path, before)
		})
	}
}
