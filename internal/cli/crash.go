package cli

import (
	"errors"
	"fmt"
	"io"
	"time"

	"kofa/internal/crash"
	"kofa/internal/i18n"
	"kofa/internal/store"
)

// Crashed reports a panic that escaped Run (main recovers it): it writes a
// crash note, prints one line to stderr and returns the exit code. Call it
// in the deferred function that recovered r.
func (a *App) Crashed(r any, stderr io.Writer) int {
	line := a.crashLine(i18n.New(i18n.FromEnv()), crash.Capture(r))
	_, _ = fmt.Fprintln(stderr, line)
	return ExitFailure
}

// crashLine writes a crash note for p into the data folder and returns the
// one line that tells the user: saved work is safe, where the note is.
// The note holds no personal data (see package crash); the line names
// only its path.
func (a *App) crashLine(tr *i18n.Messages, p *crash.Panic) string {
	dir := a.CrashDir
	if dir == "" {
		var err error
		if dir, err = store.DataDir(); err != nil {
			return tr.T("cli.error.crash")
		}
	}
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	path, err := crash.WriteNote(dir, p, crash.Build{Version: a.Build.Version, Commit: a.Build.Commit}, now())
	if err != nil {
		return tr.T("cli.error.crash")
	}
	return tr.T("protect.crash.note", path)
}

// noteCrash turns a recovered panic that a command returned as its error
// (the terminal app does) into a failure whose one line names the crash
// note. Other errors pass unchanged.
func (inv *invocation) noteCrash(err error) error {
	if p, ok := errors.AsType[*crash.Panic](err); ok {
		return failf(inv.app.crashLine(inv.tr, p))
	}
	return err
}
