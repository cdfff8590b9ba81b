package store

import (
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func TestZZTiming(t *testing.T) {
	path := seededStore(t, 10_000)
	for range 3 {
		t1 := time.Now()
		db, err := openDB(path, true, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		t2 := time.Now()
		var t3 time.Time
		db.View(func(tx *bbolt.Tx) error {
			readVersion(tx)
			t3 = time.Now()
			return checkPages(tx)
		})
		t4 := time.Now()
		db.Close()
		t5 := time.Now()
		db, err = openDB(path, false, time.Second)
		t6 := time.Now()
		s := &Store{path: path, db: db, opts: testOptions()}
		l, _ := s.List()
		t7 := time.Now()
		s.Close()
		t8 := time.Now()
		t.Logf("roopen %v version %v check %v roclose %v rwopen %v list(%d) %v close %v", t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4), t6.Sub(t5), len(l), t7.Sub(t6), t8.Sub(t7))
	}
}
