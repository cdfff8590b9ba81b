package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/export"
)

// reportBudget is issue 15's budget for `kofa report --archives` over
// 10,000 conferences.
const reportBudget = 3 * time.Second

// reportArchiveFiles is how many archive files the conferences are spread
// over: a network coordinator collects one from each facilitator.
const reportArchiveFiles = 10

// writeReportArchives writes n seeded conferences (seed.Cooperation, with
// the handovers of some of their cases) as reportArchiveFiles archive
// files into dir, as `kofa archive export` writes them, and returns how
// many conferences the files hold. A tenth of the conferences of the
// second half are in two files (a facilitator's archive exported twice),
// so the report folds duplicates as it would in the field.
func writeReportArchives(dir string, n int, now time.Time) (int, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, err
	}
	rng := rand.New(rand.NewPCG(15, 10_000))
	per := max(1, (n+reportArchiveFiles-1)/reportArchiveFiles)
	total, made := 0, 0
	for file := 0; made < n; file++ {
		var items []export.ArchivedConference
		for end := min(n, made+per); made < end; made++ {
			for _, c := range seed.Cooperation(made, now, rng) {
				items = append(items, export.ArchivedConference{Conference: c})
			}
		}
		if file > 0 && file%2 == 0 {
			// The last tenth of the previous file's share once more.
			items = append(items, reportDuplicates(dir, file-1, per/10)...)
		}
		data, err := export.EncodeArchive(export.NewArchive(items...))
		if err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("archive-%02d.json", file)), data, 0o600); err != nil {
			return 0, err
		}
		total += len(items)
	}
	return total, nil
}

// reportDuplicates reads back the first k conferences of archive file i
// written before.
func reportDuplicates(dir string, i, k int) []export.ArchivedConference {
	f, err := os.Open(filepath.Join(dir, fmt.Sprintf("archive-%02d.json", i)))
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []export.ArchivedConference
	_ = export.ScanArchive(f, nil, func(c *conference.Conference) error {
		if len(out) < k {
			out = append(out, export.ArchivedConference{Conference: c})
		}
		return nil
	})
	return out
}

// measureReportCLI runs `kofa report --archives` on archives of n
// conferences and of a tenth of them: the time on n against the budget,
// peak RSS of both to see that memory does not grow with the number of
// conferences (flat: at most 1.5x).
func measureReportCLI(ctx context.Context, env []string, limit time.Duration, kofa, dir string, n int, now time.Time) Row {
	target := fmt.Sprintf("kofa report --archives, %s conferences", count(n))
	budget := "≤ 3 s, flat memory"
	small := max(n/10, 1)
	run := func(k int) (procResult, int, error) {
		in := filepath.Join(dir, fmt.Sprintf("report-archives-%d", k))
		held, err := writeReportArchives(in, k, now)
		if err != nil {
			return procResult{}, 0, err
		}
		settleDisk()
		r, err := runProc(ctx, env, limit, kofa, "report", "--archives", in, "-o", filepath.Join(dir, fmt.Sprintf("report-%d.md", k)), "--force")
		return r, held, err
	}
	rs, _, err := run(small)
	if err != nil {
		return errorRow(target, budget, err)
	}
	rb, held, err := run(n)
	if err != nil {
		return errorRow(target, budget, err)
	}
	measured := ms(rb.took)
	if rb.stopped {
		measured = fmt.Sprintf("> %s (stopped)", ms(limit))
	}
	ok := !rb.stopped && rb.took <= reportBudget
	note := fmt.Sprintf("%s entries in %d archive files (handovers and duplicates included); %s conferences took %s",
		count(held), reportArchiveFiles, count(small), ms(rs.took))
	if rb.rssOK && rs.rssOK {
		flat := float64(rb.rss) <= 1.5*float64(rs.rss)
		ok = ok && flat
		measured += ", peak RSS " + rssText(rb.rss, rb.rssAtMost)
		note += fmt.Sprintf(", peak RSS %s; memory %s", rssText(rs.rss, rs.rssAtMost), flatWord(flat))
	}
	return Row{Target: target, Budget: budget, Measured: measured,
		Ratio: ratio(float64(rb.took), float64(reportBudget)), Status: verdict(ok), Note: note}
}
