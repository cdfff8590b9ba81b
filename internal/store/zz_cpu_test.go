package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestZZDelete10k(t *testing.T) {
	src := seededStore(t, 10_000)
	data, _ := os.ReadFile(src)
	path := filepath.Join(t.TempDir(), "k.db")
	os.WriteFile(path, data, 0o600)
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t1 := time.Now()
	if err := s.Delete("s0000005"); err != nil {
		t.Fatal(err)
	}
	t.Logf("delete+compact of 10k: %v", time.Since(t1))
}
