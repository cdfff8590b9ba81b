package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"kofa/bench/pty"
)

// refMarker is what bench/ref draws (its Marker constant; a main package
// cannot be imported).
const refMarker = "kofa-bench-reference-ready"

// firstFrames holds the side-by-side first-frame runs.
type firstFrames struct {
	kofa, ref sample
	kofaRSS   int64 // highest peak RSS of kofa over the runs
	err       error
}

// measureFirstFrames starts the reference program and kofa alternately
// under a pseudo-terminal of 120x40, runs times each, and records how long
// each takes from exec to its first frame: the styled line for the
// reference, the newest conference's title on the home screen for kofa.
// Alternating keeps both under the same machine load.
func measureFirstFrames(ctx context.Context, runs int, env []string, bins binaries, db, newest string, log io.Writer) firstFrames {
	var ff firstFrames
	kofa := pty.Spec{Path: bins.kofa, Args: []string{"--db", db}, Env: env, Marker: newest, Timeout: 30 * time.Second}
	ref := pty.Spec{Path: bins.ref, Env: env, Marker: refMarker, Timeout: 30 * time.Second}
	// One untimed run each: the first start after a build pays for
	// reading the binary from disk.
	for _, s := range []pty.Spec{ref, kofa} {
		if _, err := pty.Run(ctx, s); err != nil {
			ff.err = err
			return ff
		}
	}
	for i := range runs {
		fmt.Fprintf(log, "\rfirst frame: run %d/%d", i+1, runs)
		r, err := pty.Run(ctx, ref)
		if err != nil {
			ff.err = err
			return ff
		}
		ff.ref = append(ff.ref, r.FirstFrame)
		if r, err = pty.Run(ctx, kofa); err != nil {
			ff.err = err
			return ff
		}
		ff.kofa = append(ff.kofa, r.FirstFrame)
		ff.kofaRSS = max(ff.kofaRSS, r.MaxRSS)
	}
	fmt.Fprintln(log)
	return ff
}

// rows turns the runs into the table's rows.
func (ff firstFrames) rows(n int) []Row {
	target := fmt.Sprintf("time to first frame, %s conferences (pty, median)", count(n))
	budget := "≤ 1.25x reference"
	if !pty.Supported {
		return []Row{{Target: target, Budget: budget, Measured: "–", Status: Skipped, Note: "skipped (not linux)"}}
	}
	if ff.err != nil {
		return []Row{errorRow(target, budget, ff.err)}
	}
	k, r := ff.kofa.median(), ff.ref.median()
	q := float64(k) / float64(r)
	return []Row{
		{Target: target, Budget: budget, Measured: ms(k), Ratio: ratio(float64(k), float64(r)), Status: verdict(q <= 1.25),
			Note: fmt.Sprintf("reference (bare Bubble Tea v2, one styled line) %s; %d runs each, interleaved; kofa p90 %s",
				ms(r), len(ff.kofa), ms(ff.kofa.quantile(0.9)))},
	}
}

// count formats 10000 as "10,000".
func count(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
