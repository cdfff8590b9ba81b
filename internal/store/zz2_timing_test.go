package store

import (
	"testing"
	"time"
)

func BenchmarkZZCheck(b *testing.B) {
	path := seededStore(b, 10_000)
	db, err := openDB(path, true, time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	tx, _ := db.Begin(false)
	defer tx.Rollback()
	b.Logf("size %d MiB", tx.Size()>>20)
	for b.Loop() {
		checkPages(tx)
	}
}
