//go:build !linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"time"
)

// runProc runs bin with args (no terminal; stdout discarded) and reports
// its wall time; peak memory is only measured on Linux. It stops the
// program after limit.
func runProc(ctx context.Context, env []string, limit time.Duration, bin string, args ...string) (procResult, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	r := procResult{took: time.Since(start), stopped: ctx.Err() != nil}
	if err != nil && !r.stopped {
		return r, fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, oneLine(stderr.String()))
	}
	return r, nil
}

// measuredArg is only used on Linux.
const measuredArg = "__measured"

// runMeasured is only needed on Linux.
func runMeasured([]string) int { return 2 }

// settleDisk: see proc_linux.go; elsewhere the harness leaves it to the
// system.
func settleDisk() {}

// selfCPU is only measured on Linux.
func selfCPU() time.Duration { return 0 }
