//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// measuredArg makes the bench binary run a program and report its peak
// memory (see runMeasured).
const measuredArg = "__measured"

// runProc runs bin with args (no terminal; stdout discarded) and reports
// its wall time and peak resident set size. It stops the program (and its
// process group) after limit.
//
// The program is started through a copy of this binary (runMeasured).
// Linux counts into a child's ru_maxrss the peak memory of the process it
// was forked from, and Go forks with the parent's whole address space
// shared: started directly, every program would "use" as much memory as
// the harness. Through the small go-between the figure is the program's
// own whenever it is above the go-between's (about 7 MB); below that it
// is only known to be at most that (procResult.rssAtMost).
func runProc(ctx context.Context, env []string, limit time.Duration, bin string, args ...string) (procResult, error) {
	self, err := os.Executable()
	if err != nil {
		return procResult{}, err
	}
	report, w, err := os.Pipe()
	if err != nil {
		return procResult{}, err
	}
	defer report.Close()
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, self, append([]string{measuredArg, bin}, args...)...)
	cmd.Env = env
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.ExtraFiles = []*os.File{w}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// Stop the go-between and the program it started, both ours.
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	start := time.Now()
	err = cmd.Start()
	_ = w.Close()
	if err != nil {
		return procResult{}, err
	}
	line, _ := io.ReadAll(report)
	err = cmd.Wait()
	r := procResult{took: time.Since(start), stopped: ctx.Err() != nil}
	if f := strings.Fields(string(line)); len(f) == 3 {
		rss, err1 := strconv.ParseInt(f[0], 10, 64)
		took, err2 := strconv.ParseInt(f[1], 10, 64)
		floor, err3 := strconv.ParseInt(f[2], 10, 64)
		if err1 == nil && err2 == nil && err3 == nil {
			r.rss, r.rssOK, r.took = rss, true, time.Duration(took)
			r.rssAtMost = rss <= floor+floor/8 // starting the program costs the go-between a little
		}
	}
	if err != nil && !r.stopped {
		return r, fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, oneLine(stderr.String()))
	}
	return r, nil
}

// runMeasured is the go-between of runProc: it runs args[0] with the
// remaining arguments on its own streams, then writes the program's peak
// RSS in bytes (ru_maxrss), its wall time in nanoseconds and its own peak
// RSS before it started the program (the floor under ru_maxrss) to file
// descriptor 3, and exits with the program's exit code.
func runMeasured(args []string) int {
	if len(args) == 0 {
		return 2
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	floor := selfPeakRSS()
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		report := os.NewFile(3, "report")
		fmt.Fprintf(report, "%d %d %d\n", ru.Maxrss*1024, took.Nanoseconds(), floor) // ru_maxrss is in KB on Linux
		_ = report.Close()
	}
	return cmd.ProcessState.ExitCode()
}

// selfPeakRSS is this process's peak resident set size in bytes (VmHWM).
func selfPeakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// settleDisk writes out what the harness itself left unwritten (the
// seeded stores it copied, the files of the in-process export), so that
// a timed run that syncs (kofa export --all makes its files durable with
// syncfs) does not pay for the harness's data.
func settleDisk() { syscall.Sync() }

// selfCPU is the CPU time this process has used so far, user and system.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
