package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/store"
)

// The bench is a measuring tool, not part of kofa: it opens bbolt itself
// for the reference transaction and to count the bytes a save writes.
// kofa's own code keeps bbolt inside internal/store.

// oneChange edits one contribution, as a debounced save of typing does.
func oneChange(c *conference.Conference, i int) conference.Change {
	x := &c.Contributions[i%len(c.Contributions)]
	x.Text = fmt.Sprintf("%s (%d)", x.Text[:min(len(x.Text), 200)], i)
	c.Touch(time.Now())
	return conference.Change{Op: conference.OpUpdate, Path: "contributions/" + x.ID}
}

// savedBytes is how many value bytes store.Save writes for c and one
// change: the conference, its summary and one audit entry. It saves into
// a scratch store next to the real one and reads the values back.
func savedBytes(dir string, c *conference.Conference) (int, error) {
	path := filepath.Join(dir, "count.db")
	defer os.Remove(path)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		return 0, err
	}
	c = c.Clone()
	err = s.Save(c, oneChange(c, 0))
	if err = errors.Join(err, s.Close()); err != nil {
		return 0, err
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return 0, err
	}
	defer db.Close()
	n := 0
	err = db.View(func(tx *bbolt.Tx) error {
		// Bucket names as in internal/store/schema.go.
		for _, name := range []string{"conferences", "summaries"} {
			if b := tx.Bucket([]byte(name)); b != nil {
				n += len(b.Get([]byte(c.ID)))
			}
		}
		if a := tx.Bucket([]byte("audit")); a != nil {
			if log := a.Bucket([]byte(c.ID)); log != nil {
				_ = log.ForEach(func(_, v []byte) error { n += len(v); return nil })
			}
		}
		return nil
	})
	if err == nil && n == 0 {
		err = errors.New("no values found: store layout changed?")
	}
	return n, err
}

// measureSave times saving one change to the large conference in the
// seeded store, as the TUI commits it (encoded by a store.Encoder, written
// by SaveEncoded: both are timed), against a bare bbolt Update that puts
// as many bytes into a file in the same folder, alternating the two, and
// compares the p99s.
func measureSave(s *store.Store, n int) Row {
	const target = "save one change, large conference (p99)"
	const budget = "≤ 2x bare bbolt Update"
	dir := filepath.Dir(s.Path())
	c := seed.Large(time.Now(), conference.PhasePerspectives)
	c.ID = ""
	if err := s.Save(c); err != nil {
		return errorRow(target, budget, err)
	}
	size, err := savedBytes(dir, c)
	if err != nil {
		return errorRow(target, budget, err)
	}
	barePath := filepath.Join(dir, "bare.db")
	defer os.Remove(barePath)
	db, err := bbolt.Open(barePath, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		return errorRow(target, budget, err)
	}
	defer db.Close()
	value := bytes.Repeat([]byte("x"), size)
	bare := func(i int) error {
		value[i%size]++ // a different value each time, as after an edit
		return db.Update(func(tx *bbolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("b"))
			if err != nil {
				return err
			}
			return b.Put([]byte(c.ID), value)
		})
	}

	var kofa, ref sample
	enc := store.NewEncoder()
	for i := range n + n/10 {
		change := oneChange(c, i)
		t := time.Now()
		e, err := enc.Encode(c)
		if err == nil {
			err = s.SaveEncoded(e, change)
		}
		if err != nil {
			return errorRow(target, budget, err)
		}
		dk := time.Since(t)
		t = time.Now()
		if err := bare(i); err != nil {
			return errorRow(target, budget, err)
		}
		dr := time.Since(t)
		if i >= n/10 { // the first tenth warms up both files
			kofa, ref = append(kofa, dk), append(ref, dr)
		}
	}
	k, r := kofa.p99(), ref.p99()
	return Row{Target: target, Budget: budget, Measured: ms(k), Ratio: ratio(float64(k), float64(r)),
		Status: verdict(float64(k) <= 2*float64(r)),
		Note: fmt.Sprintf("bare bbolt Update of %d bytes p99 %s; medians %s vs %s; %d saves each, interleaved",
			size, ms(r), ms(kofa.median()), ms(ref.median()), len(kofa))}
}
