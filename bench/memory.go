package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

const (
	rssBudget    = 60 << 20
	binaryBudget = 25 << 20
)

// measureListRSS runs `kofa list` on the seeded store and reports its
// peak resident set size.
func measureListRSS(ctx context.Context, env []string, kofa, db string, n int) Row {
	target := fmt.Sprintf("peak RSS, kofa list, %s conferences", count(n))
	r, err := runProc(ctx, env, time.Minute, kofa, "list", "--db", db)
	if err != nil {
		return errorRow(target, "≤ 60 MB", err)
	}
	return rssRow(target, r.rss, r.rssOK, r.rssAtMost, fmt.Sprintf("took %s", ms(r.took)))
}

// tuiRSSRow reports kofa's peak resident set up to its first frame (the
// home screen), from the first-frame runs.
func tuiRSSRow(ff firstFrames, n int) Row {
	target := fmt.Sprintf("peak RSS, kofa home screen, %s conferences", count(n))
	if ff.err != nil || len(ff.kofa) == 0 {
		return Row{Target: target, Budget: "≤ 60 MB", Measured: "–", Status: Skipped, Note: "no first-frame runs"}
	}
	return rssRow(target, ff.kofaRSS, ff.kofaRSS > 0, false, "highest VmHWM over the first-frame runs, read when the first frame appeared")
}

func rssRow(target string, rss int64, ok, atMost bool, note string) Row {
	if !ok {
		return Row{Target: target, Budget: "≤ 60 MB", Measured: "–", Status: Skipped, Note: "skipped (not linux)"}
	}
	return Row{Target: target, Budget: "≤ 60 MB", Measured: rssText(rss, atMost), Ratio: ratio(float64(rss), rssBudget),
		Status: verdict(rss <= rssBudget), Note: note}
}

// binaryRow reports the size of the release-built kofa binary.
func binaryRow(kofa string) Row {
	const target = "binary size (CGO_ENABLED=0, -trimpath -s -w)"
	fi, err := os.Stat(kofa)
	if err != nil {
		return errorRow(target, "≤ 25 MB", err)
	}
	return Row{Target: target, Budget: "≤ 25 MB", Measured: mib(fi.Size()), Ratio: ratio(float64(fi.Size()), binaryBudget),
		Status: verdict(fi.Size() <= binaryBudget)}
}

// rssText formats a peak RSS, marking an upper bound.
func rssText(rss int64, atMost bool) string {
	if atMost {
		return "≤ " + mib(rss)
	}
	return mib(rss)
}
