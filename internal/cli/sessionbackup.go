package cli

import (
	"errors"
	"time"

	"kofa/internal/store"
)

// startSessionBackup copies the store into its backup folder at the start
// of an interactive session and keeps the newest few copies, so that a
// store damaged later can be restored from this morning's state. The copy
// of a large store takes a noticeable moment, so it runs beside the app
// (bbolt lets a read transaction run while the app writes) instead of
// delaying the first frame. The returned function waits for the copy and
// reports a failure; it must be called before the store is closed. A
// failed copy never keeps the user from working.
func (inv *invocation) startSessionBackup(s *store.Store) (wait func()) {
	now := time.Now
	if inv.app.Now != nil {
		now = inv.app.Now
	}
	at := now()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- errors.New("backup crashed")
			}
		}()
		_, err := store.RollingBackup(s, store.BackupDir(s.Path()), store.DefaultKeepBackups, at)
		done <- err
	}()
	return func() {
		if err := <-done; err != nil {
			inv.printErr(inv.cat.T("crypt.backup.failed", err.Error()))
		}
	}
}
