package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// procResult is one finished (or stopped) run of a program.
type procResult struct {
	took    time.Duration
	rss     int64 // peak resident set in bytes; 0 when unknown
	rssOK   bool
	stopped bool // ran into the time limit and was killed
}

// runProc runs bin with args (no terminal; stdout discarded) and reports
// its wall time and peak memory. It stops the program after limit.
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
	if cmd.ProcessState != nil {
		r.rss, r.rssOK = maxRSS(cmd.ProcessState)
	}
	if err != nil && !r.stopped {
		return r, fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, oneLine(stderr.String()))
	}
	return r, nil
}

// childEnv is the environment of the programs measured: this one's, with
// a terminal type and with home, config and data folders inside the work
// folder, so no user setting (theme, catalogue) changes what is measured
// and nothing is written outside it.
func childEnv(dir string) []string {
	home := filepath.Join(dir, "home")
	_ = os.MkdirAll(home, 0o700)
	env := []string{}
	for _, kv := range os.Environ() {
		switch key(kv) {
		case "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "KOFA_DB", "TERM", "COLORTERM", "NO_COLOR":
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XDG_DATA_HOME="+filepath.Join(home, "data"),
		"TERM=xterm-256color",
	)
}

func key(kv string) string {
	for i := range len(kv) {
		if kv[i] == '=' {
			return kv[:i]
		}
	}
	return kv
}
