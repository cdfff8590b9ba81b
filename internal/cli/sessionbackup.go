package cli

import (
	"time"

	"kofa/internal/store"
)

// sessionBackup copies the store into its backup folder at the start of an
// interactive session and keeps the newest few copies, so that a store
// damaged later can be restored from this morning's state. A failed copy
// is reported but does not keep the user from working.
func (inv *invocation) sessionBackup(s *store.Store) {
	now := time.Now
	if inv.app.Now != nil {
		now = inv.app.Now
	}
	_, err := store.RollingBackup(s, store.BackupDir(s.Path()), store.DefaultKeepBackups, now())
	if err != nil {
		inv.printErr(inv.cat.T("crypt.backup.failed", err.Error()))
	}
}
