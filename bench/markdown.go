package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// writeMarkdown writes the table with the date, the machine and how it
// was run, for BENCHMARKS.md.
func writeMarkdown(cfg config, info runInfo, rows []Row) error {
	var b bytes.Buffer
	fmt.Fprintln(&b, "# Benchmarks")
	fmt.Fprintln(&b)
	fmt.Fprintln(&b, "The latest table from `go run ./bench`; how each figure is measured is in")
	fmt.Fprintln(&b, "[bench/README.md](bench/README.md). Regenerate with `go run ./bench --markdown BENCHMARKS.md`.")
	fmt.Fprintln(&b)
	fmt.Fprintf(&b, "- Date: %s\n", info.start.UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(&b, "- Machine: %s\n", machine())
	fmt.Fprintf(&b, "- Go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	mode := "full"
	if cfg.quick {
		mode = "quick"
	}
	fmt.Fprintf(&b, "- Run: %s, %d conferences, %d first-frame runs each, %d keystrokes per scenario, %d saves each\n",
		mode, cfg.conferences, cfg.runs, cfg.keys, cfg.saves)
	fmt.Fprintf(&b, "- %s; the whole run took %s\n", info.load(), info.took.Round(time.Second))
	fmt.Fprintln(&b)
	markdownTable(&b, rows)
	b.Write(measuredApart(cfg.markdown))
	return os.WriteFile(cfg.markdown, b.Bytes(), 0o644)
}

// measuredApartHeading starts the part of BENCHMARKS.md that holds figures
// of Go benchmarks run on their own (go test -bench), not by this harness.
// A new table keeps that part as it is.
const measuredApartHeading = "## Measured apart"

// measuredApart is that part of the file at path, with a blank line
// before it, or nothing.
func measuredApart(path string) []byte {
	old, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	i := bytes.Index(old, []byte("\n"+measuredApartHeading))
	if i < 0 {
		return nil
	}
	return append([]byte("\n"), old[i+1:]...)
}

// machine names the CPU and the number of logical CPUs.
func machine() string {
	cpu := runtime.GOARCH
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d logical CPUs (nproc)", cpu, runtime.NumCPU())
}

// runInfo describes the run as a whole.
type runInfo struct {
	start                 time.Time
	took                  time.Duration
	loadBefore, loadAfter string
}

// load names the machine's load around the run: other work on the machine
// shows in the tails (p99) first.
func (i runInfo) load() string {
	if i.loadBefore == "" {
		return "Load average unknown"
	}
	return fmt.Sprintf("Load average (1, 5, 15 min) %s before, %s after", i.loadBefore, i.loadAfter)
}

// loadAvg is the system's load average, or "" where /proc/loadavg does
// not exist.
func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
