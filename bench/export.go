package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/store"
)

// exportBudget is the budget for one conference's minutes.
const exportBudget = 5 * time.Millisecond

// measureExportOne times export.Markdown of one conference: a typical one
// from the store and the large one.
func measureExportOne(s *store.Store, id conference.ID, runs int) []Row {
	typical, err := s.Get(id)
	if err != nil {
		return []Row{errorRow("export one conference", "≤ 5 ms", err)}
	}
	var rows []Row
	for _, x := range []struct {
		name string
		c    *conference.Conference
	}{
		{"export one conference (typical, median)", typical},
		{"export one conference (large, median)", seed.Large(time.Now(), conference.PhaseActions)},
	} {
		opt := export.Options{Lang: i18n.DE, ExportedAt: time.Now()}
		_ = export.Markdown(x.c, opt)
		var times sample
		size := 0
		for range runs {
			t := time.Now()
			size = len(export.Markdown(x.c, opt))
			times = append(times, time.Since(t))
		}
		m := times.median()
		rows = append(rows, Row{Target: x.name, Budget: "≤ 5 ms", Measured: ms(m),
			Ratio: ratio(float64(m), float64(exportBudget)), Status: verdict(m <= exportBudget),
			Note: fmt.Sprintf("%d KB of Markdown; p99 %s over %d runs", size/1024, ms(times.p99()), runs)})
	}
	return rows
}

// measureExportStream exports every conference in the store the way a
// streaming `export --all` would: list, then get, render and write one
// conference at a time. It samples the heap every 10 conferences; memory
// counts as flat when the peak over the whole run is at most 1.5x the
// peak over the first tenth plus 8 MB (the garbage collector lets the heap
// swing by that much whatever the number of conferences).
// keptOutput: the exported files stay in the work folder until the whole
// run ends. Deleting thousands of files just before the next timed export
// would time the file system rather than kofa: ext4 without a journal
// (as on this CI machine) skips inodes freed in the last minutes, scanning
// them for every file it creates (a third of the CPU of the next export
// went into the kernel's recently_deleted).
func measureExportStream(s *store.Store, dir string) Row {
	target := "export all, streamed in process (library)"
	budget := "≤ 5 s, flat memory"
	// The files stay until the work folder is removed at the end (see
	// keptOutput).
	out, err := os.MkdirTemp(dir, "export-")
	if err != nil {
		return errorRow(target, budget, err)
	}
	runtime.GC()
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	list, err := s.List()
	if err != nil {
		return errorRow(target, budget, err)
	}
	target = fmt.Sprintf("export all %s, streamed in process (library)", count(len(list)))
	var peak, early uint64
	opt := export.Options{Lang: i18n.DE, ExportedAt: time.Now()}
	for i, sum := range list {
		c, err := s.Get(sum.ID)
		if err != nil {
			return errorRow(target, budget, err)
		}
		name := filepath.Join(out, string(c.ID)+"_"+export.FileName(c, export.VariantFull))
		if err := os.WriteFile(name, export.Markdown(c, opt), 0o600); err != nil {
			return errorRow(target, budget, err)
		}
		if i%10 == 0 || i == len(list)-1 {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
			if i < max(len(list)/10, 1) {
				early = peak
			}
		}
	}
	took := time.Since(start)
	flat := float64(peak) <= 1.5*float64(early)+8<<20
	return Row{Target: target, Budget: budget, Measured: fmt.Sprintf("%s, heap peak %s", ms(took), mib(int64(peak))),
		Ratio: ratio(float64(took), float64(5*time.Second)), Status: verdict(took <= 5*time.Second && flat),
		Note: fmt.Sprintf("heap peak over the first tenth %s: %s; files written one by one, no audit entries",
			mib(int64(early)), flatWord(flat))}
}

func flatWord(flat bool) string {
	if flat {
		return "flat"
	}
	return "NOT flat"
}

// measureExportCLI runs `kofa export --all` on the big store and on the
// small one (a tenth of the conferences): the time on the big one against
// the budget, and peak RSS of both to see whether memory grows with the
// number of conferences (flat: at most 1.5x).
func measureExportCLI(ctx context.Context, env []string, limit time.Duration, kofa, dir, bigDB string, big int, smallDB string, small int) Row {
	target := fmt.Sprintf("kofa export --all, %s conferences", count(big))
	budget := "≤ 5 s, flat memory"
	run := func(db string) (procResult, error) {
		out, err := os.MkdirTemp(dir, "export-cli-") // kept: see keptOutput
		if err != nil {
			return procResult{}, err
		}
		return runProc(ctx, env, limit, kofa, "export", "--all", "--dir", filepath.Join(out, "minutes"), "--db", db)
	}
	rs, err := run(smallDB)
	if err != nil {
		return errorRow(target, budget, err)
	}
	rb, err := run(bigDB)
	if err != nil {
		return errorRow(target, budget, err)
	}
	measured := ms(rb.took)
	if rb.stopped {
		measured = fmt.Sprintf("> %s (stopped)", ms(limit))
	}
	ok := !rb.stopped && rb.took <= 5*time.Second
	note := fmt.Sprintf("%s conferences took %s", count(small), ms(rs.took))
	if rb.rssOK && rs.rssOK {
		flat := float64(rb.rss) <= 1.5*float64(rs.rss)
		ok = ok && flat
		measured += ", peak RSS " + rssText(rb.rss, rb.rssAtMost)
		note += fmt.Sprintf(", peak RSS %s; memory %s", rssText(rs.rss, rs.rssAtMost), flatWord(flat))
	}
	return Row{Target: target, Budget: budget, Measured: measured,
		Ratio: ratio(float64(rb.took), float64(5*time.Second)), Status: verdict(ok), Note: note}
}
