package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/store"
)

// measureAll builds, seeds and measures everything (or the groups of
// --only), in an order where the measurements that write to the store
// (export's audit entries, saves) come last, and returns the rows in the
// order of the targets.
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
	var rows []Row
	add := func(group string, measure func() []Row) {
		if cfg.wants(group) {
			rows = append(rows, measure()...)
		}
	}
	one := func(r Row) []Row { return []Row{r} }
	step("in-process measurements: search, tracker, home filter, export")
	add("search", func() []Row {
		return []Row{measureSearch(s, list, max(cfg.runs, 5)), measureTracker(s, len(list), max(cfg.runs, 5))}
	})
	add("keys", func() []Row { return one(measureHomeKeys(s, len(list), cfg.keys)) })
	add("export", func() []Row {
		return append(measureExportOne(s, newest.ID, cfg.keys/10), measureExportStream(s, dir))
	})
	add("preview", func() []Row { return measurePreview(max(cfg.keys/30, 10)) })
	if err := s.Close(); err != nil {
		return nil, err
	}

	var ff firstFrames
	if cfg.wants("firstframe") || cfg.wants("memory") {
		step("first frame: reference and kofa under a pseudo-terminal")
		ff = measureFirstFrames(ctx, cfg.runs, env, bins, bigDB, newest.Title(), log)
	}
	add("firstframe", func() []Row { return ff.rows(cfg.conferences) })
	add("memory", func() []Row {
		step("peak RSS of kofa list")
		return []Row{tuiRSSRow(ff, cfg.conferences),
			measureListRSS(ctx, env, bins.kofa, bigDB, cfg.conferences), binaryRow(bins.kofa)}
	})
	add("keys", func() []Row {
		step("keystrokes in the large conference")
		return measureKeystrokes(cfg.keys)
	})
	add("export", func() []Row {
		step("kofa export --all (stops after %s)", cfg.exportCap)
		settleDisk()
		rows := one(measureExportCLI(ctx, env, cfg.exportCap, bins.kofa, dir, bigDB, cfg.conferences, smallDB, small))
		step("kofa export --all against cp -r and sync, %d times each", exportCopyRuns)
		return append(rows, measureExportVsCopy(ctx, env, cfg.exportCap, bins.kofa, dir, bigDB, cfg.conferences))
	})
	add("report", func() []Row {
		step("kofa report --archives (stops after %s)", cfg.exportCap)
		return one(measureReportCLI(ctx, env, cfg.exportCap, bins.kofa, dir, cfg.conferences, now))
	})
	if cfg.wants("save") {
		step("saving: store.Save against a bare bbolt Update")
		settleDisk()
		if s, err = store.Open(bigDB, store.Options{}); err != nil {
			return nil, err
		}
		rows = append(rows, measureSave(s, cfg.saves))
		if err := s.Close(); err != nil {
			return nil, err
		}
		step("commits from the event loop")
		rows = append(rows, measureCommit(cfg.saves))
	}
	rows = append(rows, seedInfo)
	sortRows(rows)
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

// rowOrder is the order of the targets; rows are measured in
// another order (writers last) and shown in this one.
var rowOrder = []string{"time to first frame", "keystroke (Update+View)", "keystroke in home filter", "save one change", "commit of the large",
	"export one conference", "preview of the minutes", "kofa export --all", "export all", "kofa report --archives", "search over", "action tracker", "peak RSS, kofa home",
	"peak RSS, kofa list", "binary size", "seeding in place"}

func sortRows(rows []Row) {
	rank := func(r Row) int {
		for i, prefix := range rowOrder {
			if strings.HasPrefix(r.Target, prefix) {
				return i
			}
		}
		return len(rowOrder)
	}
	slices.SortStableFunc(rows, func(a, b Row) int { return rank(a) - rank(b) })
}
