package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// exportCopyRuns is how many times kofa export --all and the copy run,
// alternately.
const exportCopyRuns = 3

// measureExportVsCopy compares `kofa export --all` of the big store with
// copying the folder it writes: `cp -r` of that folder followed by `sync`,
// which is what writing the same files durably costs at the least. They
// run alternately, exportCopyRuns times each, every run into a new folder,
// and the row shows the ratio of the medians. Each timed run starts after
// the disk has settled (settleDisk), so that no run is billed for the
// write-back of the one before. The first export writes the folder that
// is copied; it is not timed. The folders stay until the work folder is
// removed (see keptOutput).
func measureExportVsCopy(ctx context.Context, env []string, limit time.Duration, kofa, dir, db string, n int) Row {
	target := fmt.Sprintf("kofa export --all, %s conferences, against cp -r and sync of its folder", count(n))
	budget := "≤ 2x copy"
	if _, err := exec.LookPath("cp"); err != nil {
		return Row{Target: target, Budget: budget, Measured: "–", Status: Skipped, Note: "no cp on this system"}
	}
	export := func() (time.Duration, string, error) {
		out, err := os.MkdirTemp(dir, "export-vs-copy-")
		if err != nil {
			return 0, "", err
		}
		minutes := filepath.Join(out, "minutes")
		settleDisk()
		r, err := runProc(ctx, env, limit, kofa, "export", "--all", "--dir", minutes, "--db", db)
		switch {
		case err != nil:
			return 0, "", err
		case r.stopped:
			return 0, "", fmt.Errorf("kofa export --all took more than %s", limit)
		}
		return r.took, minutes, nil
	}
	_, folder, err := export()
	if err != nil {
		return errorRow(target, budget, err)
	}
	var kofaTimes, copyTimes sample
	for range exportCopyRuns {
		took, _, err := export()
		if err != nil {
			return errorRow(target, budget, err)
		}
		kofaTimes = append(kofaTimes, took)
		if took, err = copyAndSync(ctx, folder, dir); err != nil {
			return errorRow(target, budget, err)
		}
		copyTimes = append(copyTimes, took)
	}
	k, c := kofaTimes.median(), copyTimes.median()
	return Row{Target: target, Budget: budget, Measured: ms(k), Ratio: ratio(float64(k), float64(c)),
		Status: verdict(float64(k) <= 2*float64(c)),
		Note: fmt.Sprintf("cp -r and sync of the same folder %s; medians of %d alternating runs (kofa %s to %s, copy %s to %s)",
			ms(c), exportCopyRuns, ms(kofaTimes.quantile(0)), ms(kofaTimes.quantile(1)), ms(copyTimes.quantile(0)), ms(copyTimes.quantile(1)))}
}

// copyAndSync copies folder into a new folder in dir with `cp -r` and then
// runs `sync`, and returns how long both took.
func copyAndSync(ctx context.Context, folder, dir string) (time.Duration, error) {
	out, err := os.MkdirTemp(dir, "copy-")
	if err != nil {
		return 0, err
	}
	settleDisk()
	start := time.Now()
	cp := exec.CommandContext(ctx, "cp", "-r", folder, filepath.Join(out, "minutes"))
	if msg, err := cp.CombinedOutput(); err != nil {
		return 0, errors.Join(err, errors.New(string(msg)))
	}
	if err := exec.CommandContext(ctx, "sync").Run(); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}
