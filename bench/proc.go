package main

import (
	"os"
	"path/filepath"
	"time"
)

// procResult is one finished (or stopped) run of a program.
type procResult struct {
	took  time.Duration
	rss   int64 // peak resident set in bytes; 0 when unknown
	rssOK bool
	// rssAtMost marks rss as an upper bound only: the program stayed
	// below the measuring go-between's own memory (see runProc).
	rssAtMost bool
	stopped   bool // ran into the time limit and was killed
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
