// Command bench measures kofa against the speed and size budgets of the
// issue "As fast as the terminal allows" and prints one table: target,
// budget, measured, ratio, pass/fail.
//
//	go run ./bench                  # the full run: 10,000 conferences
//	go run ./bench --quick          # fewer repetitions, 1,000 conferences (CI)
//	go run ./bench --markdown BENCHMARKS.md   # also write the table there
//	go run ./bench seed --db PATH --conferences N
//
// Each figure is measured side by side with its reference in the same run
// (kofa's first frame against a bare Bubble Tea program, a save against a
// bare bbolt transaction), so ratios hold on any machine. See README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"
)

// config is what the run measures and how often.
type config struct {
	quick       bool
	conferences int
	runs        int // first-frame runs of each program
	keys        int // keystrokes per scenario
	saves       int // saves of each kind
	exportCap   time.Duration
	dir         string // work folder; "" = a new temporary one
	keep        bool
	markdown    string
	seed        uint64
	stage       string
	kofaPkg     string // the package built as kofa
	strict      bool   // exit 1 when a row fails
	only        string // comma-separated measurement groups; "" = all
}

// groups are the names --only takes, each a set of rows.
var groups = []string{"firstframe", "keys", "save", "export", "preview", "search", "memory", "report"}

// wants reports whether the run measures the group.
func (c config) wants(group string) bool {
	if c.only == "" {
		return true
	}
	for g := range strings.SplitSeq(c.only, ",") {
		if strings.TrimSpace(g) == group {
			return true
		}
	}
	return false
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "seed" {
		return runSeed(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == measuredArg {
		return runMeasured(args[1:])
	}
	var cfg config
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&cfg.quick, "quick", false, "fewer repetitions and 1,000 conferences (for CI)")
	fs.IntVar(&cfg.conferences, "conferences", 0, "conferences in the store (default 10000, quick 1000)")
	fs.IntVar(&cfg.runs, "runs", 0, "first-frame runs of kofa and of the reference (default 15, quick 5)")
	fs.IntVar(&cfg.keys, "keys", 0, "keystrokes per scenario (default 3000, quick 500)")
	fs.IntVar(&cfg.saves, "saves", 0, "saves of each kind (default 300, quick 60)")
	fs.DurationVar(&cfg.exportCap, "export-cap", 0, "stop `kofa export --all` after this long (default 60s, quick 30s)")
	fs.StringVar(&cfg.dir, "dir", "", "work folder on the disk to measure (default: a new temporary folder)")
	fs.BoolVar(&cfg.keep, "keep", false, "keep the work folder")
	fs.StringVar(&cfg.markdown, "markdown", "", "also write the table with date and machine to this file")
	fs.Uint64Var(&cfg.seed, "seed", 1, "seed of the store's shape")
	fs.BoolVar(&cfg.strict, "strict", false, "exit with status 1 when a budget is missed or a measurement fails")
	fs.StringVar(&cfg.kofaPkg, "kofa-pkg", "./cmd/kofa", "the package to build and measure as kofa")
	fs.StringVar(&cfg.only, "only", "", "measure only these groups, comma-separated: "+strings.Join(groups, ", "))
	fs.StringVar(&cfg.stage, "stage", defaultStage(), "build the seeded store in this folder, then copy it (\"\" = in place)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./bench [flags]\n       go run ./bench seed --db PATH --conferences N")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	for g := range strings.SplitSeq(cfg.only, ",") {
		if g = strings.TrimSpace(g); cfg.only != "" && !slices.Contains(groups, g) {
			fmt.Fprintf(stderr, "bench: unknown group %q in --only (known: %s)\n", g, strings.Join(groups, ", "))
			return 2
		}
	}
	cfg.defaults()
	info := runInfo{start: time.Now(), loadBefore: loadAvg()}
	rows, err := measureAll(ctx, cfg, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "bench:", err)
		return 1
	}
	info.took, info.loadAfter = time.Since(info.start), loadAvg()
	fmt.Fprintln(stdout)
	printTable(stdout, rows)
	fmt.Fprintf(stdout, "\n%s; took %s\n", info.load(), info.took.Round(time.Second))
	if cfg.markdown != "" {
		if err := writeMarkdown(cfg, info, rows); err != nil {
			fmt.Fprintln(stderr, "bench:", err)
			return 1
		}
		fmt.Fprintln(stdout, "\nwritten:", cfg.markdown)
	}
	if cfg.strict && failed(rows) {
		return 1
	}
	return 0
}

// failed reports whether a row missed its budget or could not be measured.
func failed(rows []Row) bool {
	for _, r := range rows {
		if r.Status == Fail || r.Status == Error {
			return true
		}
	}
	return false
}

func (c *config) defaults() {
	pick := func(v *int, full, quick int) {
		if *v > 0 {
			return
		}
		*v = full
		if c.quick {
			*v = quick
		}
	}
	pick(&c.conferences, 10000, 1000)
	pick(&c.runs, 15, 5)
	pick(&c.keys, 3000, 500)
	pick(&c.saves, 300, 60)
	if c.exportCap <= 0 {
		c.exportCap = 60 * time.Second // keeps the full run within about 5 minutes
		if c.quick {
			c.exportCap = 30 * time.Second
		}
	}
}
