// Command kofa facilitates and documents case conferences in child
// protection. Everything it does lives in internal/cli and internal/tui;
// main only wires the process and the two to each other.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"kofa/internal/cli"
	_ "kofa/internal/earlyenv" // before the libraries read the environment
)

// Set by release builds:
//
//	go build -trimpath -ldflags "-X main.version=v1.0.0 -X main.commit=$(git rev-parse HEAD)" ./cmd/kofa
//
// When empty, kofa reports what the go tool stamped into the binary.
var (
	version string
	commit  string
)

func main() {
	// A closed terminal window or a dropped SSH connection (SIGHUP), kill
	// (SIGTERM) and ctrl+c outside the app (SIGINT) all end kofa the same
	// way: what was typed is saved, the terminal restored and a
	// rehearsal's throwaway folder removed. Left to the runtime, SIGHUP
	// would end the process on the spot.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	app := cli.DefaultApp()
	// Run recovers every panic of a command; this catches the rest, with
	// the same crash note and one line.
	defer func() {
		if r := recover(); r != nil {
			stop()
			os.Exit(app.Crashed(r, os.Stderr))
		}
	}()
	app.RunTUI = runTUI
	if version != "" {
		app.Build.Version = version
	}
	if commit != "" {
		app.Build.Commit = commit
	}
	code := app.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop() // os.Exit skips deferred calls
	os.Exit(code)
}
