package cli

import (
	"context"
	"errors"
	"time"

	"kofa/internal/crash"
	"kofa/internal/store"
)

// rollingBackup makes the session's copy. It is a variable so that a test
// can make the copy panic.
var rollingBackup = store.RollingBackup

// startSessionBackup copies the store into its backup folder at the start
// of an interactive session and keeps the newest few copies, so that a
// store damaged later can be restored from this morning's state. The copy
// of a large store takes a noticeable moment, so it runs beside the app
// (bbolt lets a read transaction run while the app writes) instead of
// delaying the first frame. A failed copy never keeps the user from
// working: wait reports it on stderr.
//
// A panic in the copy is handled like any other panic: the goroutine
// recovers it without its value (package crash) and calls stop, which ends
// the app the way a signal does (what was typed is committed); wait then
// returns the panic, which the command returns so that kofa writes the
// crash note and exits 1. wait must be called before the store is closed.
func (inv *invocation) startSessionBackup(s *store.Store, stop context.CancelFunc) (wait func() *crash.Panic) {
	now := time.Now
	if inv.app.Now != nil {
		now = inv.app.Now
	}
	at := now()
	type outcome struct {
		err   error
		panic *crash.Panic
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{panic: crash.Capture(r)}
				stop()
			}
		}()
		// After the check, which the app starts once its first screen
		// is read: the copy does not compete with the first frame.
		if err := s.AfterCheck(); err != nil {
			done <- outcome{err: err}
			return
		}
		_, err := rollingBackup(s, store.BackupDir(s.Path()), store.DefaultKeepBackups, at)
		done <- outcome{err: err}
	}()
	return func() *crash.Panic {
		o := <-done
		if _, damaged := errors.AsType[*store.DamagedError](o.err); o.err != nil && !damaged { // damage is reported on its own
			inv.printErr(inv.tr.T("crypt.backup.failed", o.err.Error()))
		}
		return o.panic
	}
}

// runTUIWithBackup runs the terminal app on s beside the session backup.
// A panic of the terminal app wins over one of the backup: it happened
// first or in the code the user was working in.
func (inv *invocation) runTUIWithBackup(ctx context.Context, s *store.Store, env *Env) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	wait := inv.startSessionBackup(s, stop)
	err := inv.app.RunTUI(ctx, env)
	verr := s.Verified() // starts the check if the app ended before it did
	if p := wait(); p != nil {
		if _, ok := errors.AsType[*crash.Panic](err); !ok {
			return p
		}
	}
	if _, ok := errors.AsType[*crash.Panic](err); !ok {
		// The check of the file ran beside the app: damage it found
		// wins over whatever ended the app.
		if verr != nil {
			return verr
		}
	}
	return err
}
