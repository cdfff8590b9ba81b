// Package cli is kofa's command line: the root command that opens the
// terminal app and the subcommands (list, demo, backup, delete, version).
// It wires the store, the message catalogue and the terminal app together;
// the commands themselves hold no domain logic.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/charmbracelet/x/term"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/crash"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// Exit codes of the kofa command.
const (
	ExitOK      = 0 // success
	ExitFailure = 1 // the command ran and failed
	ExitUsage   = 2 // wrong usage: unknown command or flag, wrong arguments
)

// RunTUI starts the interactive terminal app on an open store and returns
// when the user quits or ctx is cancelled.
//
// It is the seam between the command line and the terminal app: package
// cli never imports the TUI, so the two can be built and tested apart. The
// program's entry point plugs the real app in (DefaultApp); tests plug in a
// fake that records the Env it was given.
type RunTUI func(ctx context.Context, env *Env) error

// Env is everything the terminal app gets from the command line.
type Env struct {
	// Store is open and owned by the caller, which closes it after RunTUI
	// returns.
	Store *store.Store
	Lang  i18n.Lang
	// Theme is the name of a theme that loads without problems from the
	// built-in themes or ConfigDir.
	Theme string
	// ConfigDir is the user's kofa config folder (user themes and
	// catalogues); it may not exist. Empty when the system has none.
	ConfigDir string
	// Catalogue is the built-in catalogue changed by the user's file in
	// ConfigDir, or the built-in one when that file is broken (the command
	// line has reported it on stderr). Nil: there is no user file, and the
	// app uses the built-in catalogue.
	Catalogue *catalogue.Catalogue
	// Demo is true when Store is a throwaway rehearsal store that is
	// removed when the app ends, so the app can say that nothing is kept.
	Demo bool
	// OpenID, when set, is the conference to open at once (the rehearsal
	// opens the sample conference).
	OpenID conference.ID
	Stdin  io.Reader
	Stdout io.Writer
}

// Build describes the running binary.
type Build struct {
	Version string // e.g. "v1.2.0"; empty: unknown
	Commit  string // VCS revision; empty: unknown
}

// App holds what differs between the real program and a test run. It is
// configuration only: every Run builds its commands afresh, so one App can
// run many times, also concurrently.
type App struct {
	RunTUI RunTUI
	Build  Build
	// Now is the clock for new data such as the sample conference.
	Now func() time.Time
	// IsTerminal reports whether the reader is an interactive terminal;
	// delete asks for confirmation only there.
	IsTerminal func(r io.Reader) bool
	// StoreOptions are passed to store.Open (lock timeout, audit clock).
	StoreOptions store.Options
	// CrashDir is where crash notes go; empty means the data folder.
	CrashDir string
	// Width is the width of the terminal w writes to, 0 when w is no
	// terminal (a table then keeps its cells whole); nil means 0.
	Width func(w io.Writer) int
	// User names who is at the keyboard, for the status history of an
	// action ("recorded by"); nil means no one in particular.
	User func() string
}

// DefaultApp returns the App of the kofa binary.
func DefaultApp() *App {
	return &App{
		RunTUI:     tuiUnavailable,
		Build:      buildFromBinary(),
		Now:        time.Now,
		IsTerminal: isTerminal,
		Width:      terminalWidth,
		User:       accountName,
	}
}

// terminalWidth is the width of the terminal w writes to, or 0.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0
	}
	return width
}

// accountName is the name of the account kofa runs under, from the
// environment (no lookup that could reach a directory service).
func accountName() string {
	for _, v := range []string{"USER", "USERNAME", "LOGNAME"} {
		if name := sanitize.Line(os.Getenv(v)); name != "" {
			return name
		}
	}
	return ""
}

// tuiUnavailable stands in until the terminal app is plugged in.
func tuiUnavailable(_ context.Context, env *Env) error {
	return failf(i18n.New(env.Lang).T("cli.error.tui_unavailable"))
}

// Main runs kofa with the given arguments (without the program name) and
// returns the exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return DefaultApp().Run(ctx, args, stdin, stdout, stderr)
}

// Run runs kofa with the given arguments (without the program name) and
// returns the exit code. Errors are printed to stderr as exactly one line
// that says what happened and what to do; a panic is caught and reported
// the same way, never as a stack trace. Before anything else it removes
// the libraries' debug switches and KOFA_PASSPHRASE from the process's
// environment (environ.go): the passphrase is kept for this run only.
func (a *App) Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	scrubEnvironment()
	envPass, hasEnvPass := takeSecretEnv(passphraseEnv)
	defer clear(envPass)
	lang, langErr := preparseLang(args)
	tr := i18n.New(lang)
	defer func() {
		if r := recover(); r != nil {
			// The value may hold user data; the one line names no details,
			// only the crash note, which holds none (package crash).
			_, _ = fmt.Fprintln(stderr, a.crashLine(tr, crash.Capture(r)))
			code = ExitFailure
		}
	}()
	if langErr != nil {
		printError(stderr, tr, langErr)
		return exitCode(langErr)
	}
	inv := &invocation{app: a, tr: tr, lang: lang, stdin: stdin, stdout: stdout, stderr: stderr,
		envPass: envPass, hasEnvPass: hasEnvPass}
	return exitCode(inv.execute(ctx, args))
}

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var f *failure
	if errors.As(err, &f) && f.usage {
		return ExitUsage
	}
	return ExitFailure
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// versionLine is what `kofa version` and `kofa --version` print first.
func (b Build) versionLine(tr *i18n.Messages) string {
	v := b.Version
	if v == "" {
		v = tr.T("cli.version.unknown")
	}
	c := b.Commit
	if c == "" {
		c = tr.T("cli.version.unknown")
	}
	return tr.T("cli.version.line", v, c, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
