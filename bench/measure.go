package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/store"
)

// measureAll builds, seeds and measures everything, in an order where the
// measurements that write to the store (export's audit entries, saves)
// come last, and returns the rows in the order of the targets.
func measureAll(ctx context.Context, cfg config, log io.Writer) ([]Row, error) {
	dir := cfg.dir
	if dir == "" {
		d, err := os.MkdirTemp("", "kofa-bench-")
		if err != nil {
			return nil, err
		}
		dir = d
		if !cfg.keep {
			defer os.RemoveAll(dir)
		}
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	step := func(format string, args ...any) { fmt.Fprintf(log, format+"\n", args...) }

	step("building kofa and the reference program")
	bins, err := buildAll(dir, cfg.kofaPkg)
	if err != nil {
		return nil, err
	}
	env := childEnv(dir)

	now := time.Now()
	bigDB := filepath.Join(dir, "big", "kofa.db")
	smallDB := filepath.Join(dir, "small", "kofa.db")
	small := max(cfg.conferences/10, 1)
	for _, s := range []struct {
		db string
		n  int
	}{{bigDB, cfg.conferences}, {smallDB, small}} {
		if err := os.RemoveAll(filepath.Dir(s.db)); err != nil {
			return nil, err
		}
		st, err := seedStore(s.db, s.n, cfg.seed, now, cfg.stage, func(done int) {
			fmt.Fprintf(log, "\rseeding %d/%d", done, s.n)
		})
		fmt.Fprintln(log)
		if err != nil {
			return nil, fmt.Errorf("seeding: %w", err)
		}
		if s.db == bigDB {
			step("seeded %d conferences in %s", st.Conferences, st.Took.Round(time.Millisecond))
		}
	}
	seedInfo := measureSeedRate(dir, now)

	s, err := store.Open(bigDB, store.Options{})
	if err != nil {
		return nil, err
	}
	list, err := s.List()
	if err != nil || len(list) == 0 {
		_ = s.Close()
		return nil, errors.Join(errors.New("the seeded store lists nothing"), err)
	}
	newest := list[0]
	step("in-process measurements: search, tracker, home filter, export")
	searchRow := measureSearch(s, list, max(cfg.runs, 5))
	trackerRow := measureTracker(s, len(list), max(cfg.runs, 5))
	homeRow := measureHomeKeys(s, len(list), cfg.keys)
	exportOne := measureExportOne(s, newest.ID, cfg.keys/10)
	exportStream := measureExportStream(s, dir)
	if err := s.Close(); err != nil {
		return nil, err
	}

	step("first frame: reference and kofa under a pseudo-terminal")
	ff := measureFirstFrames(ctx, cfg.runs, env, bins, bigDB, newest.Title(), log)
	step("peak RSS of kofa list")
	listRSS := measureListRSS(ctx, env, bins.kofa, bigDB, cfg.conferences)

	step("keystrokes in the large conference")
	keys := measureKeystrokes(cfg.keys)

	step("kofa export --all (stops after %s)", cfg.exportCap)
	exportCLI := measureExportCLI(ctx, env, cfg.exportCap, bins.kofa, dir, bigDB, cfg.conferences, smallDB, small)

	step("saving: store.Save against a bare bbolt Update")
	if s, err = store.Open(bigDB, store.Options{}); err != nil {
		return nil, err
	}
	save := measureSave(s, cfg.saves)
	if err := s.Close(); err != nil {
		return nil, err
	}

	var rows []Row
	rows = append(rows, ff.rows(cfg.conferences)...)
	rows = append(rows, keys...)
	rows = append(rows, homeRow, save)
	rows = append(rows, exportOne...)
	rows = append(rows, exportCLI, exportStream)
	rows = append(rows, searchRow, trackerRow)
	rows = append(rows, tuiRSSRow(ff, cfg.conferences), listRSS, binaryRow(bins.kofa), seedInfo)
	return rows, nil
}

// measureSeedRate saves conferences one by one into a new store on the
// measured disk, as seeding in place would: one durable transaction each.
func measureSeedRate(dir string, now time.Time) Row {
	const n = 100
	target := "seeding in place: store.Save per conference (info)"
	path := filepath.Join(dir, "rate", "kofa.db")
	defer os.RemoveAll(filepath.Dir(path))
	s, err := store.Open(path, store.Options{})
	if err != nil {
		return errorRow(target, "", err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(7, 7))
	confs := make([]*conference.Conference, n)
	for i := range confs {
		confs[i] = seed.Varied(i, now, rng)
	}
	start := time.Now()
	for _, c := range confs {
		if err := s.Save(c); err != nil {
			return errorRow(target, "", err)
		}
	}
	per := time.Since(start) / n
	return Row{Target: target, Measured: ms(per) + " per conference", Status: Info,
		Note: fmt.Sprintf("10,000 would take %s on this disk, so the harness builds the store in memory and copies it; a (*Store).SaveBatch would avoid that",
			ms(per*10000))}
}
