package cli

import (
	"errors"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/i18n"
	"kofa/internal/store"
)

// newRestoreCmd is `kofa restore BACKUP`: the way back from a damaged
// store. The file at the store's path is never deleted: it is renamed
// aside first (see store.Restore).
func (inv *invocation) newRestoreCmd() *cobra.Command {
	var opts store.RestoreOptions
	cmd := &cobra.Command{
		Use:   "restore BACKUP",
		Short: inv.tr.T("protect.restore.short"),
		Long:  inv.tr.T("protect.restore.long"),
		Args:  inv.exactArgs(1, "BACKUP"),
		RunE: func(_ *cobra.Command, args []string) error {
			backup := args[0]
			path, err := inv.storePath()
			if err != nil {
				return err
			}
			aside, err := store.Restore(backup, path, inv.app.Now(), opts)
			if errors.Is(err, store.ErrPlainOverEncrypted) {
				return failf(inv.tr.T("protect.restore.plain_over_encrypted", backup, path, shellQuote(backup)))
			}
			if err != nil {
				return inv.restoreError(backup, err)
			}
			if aside != "" {
				inv.printOut(inv.tr.T("protect.restore.done_aside", backup, path, aside))
			} else {
				inv.printOut(inv.tr.T("protect.restore.done", backup, path))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&opts.AllowPlain, "plain", false, inv.tr.T("protect.restore.flag.plain"))
	return cmd
}

// restoreError words what stopped a restore. Damage found by Restore is
// the backup's: a damaged store is moved aside, not refused.
func (inv *invocation) restoreError(backup string, err error) error {
	switch {
	case errors.As(err, new(*store.DamagedError)):
		return failf(inv.tr.T("protect.restore.bad_backup", backup))
	case errors.Is(err, store.ErrExists):
		return failf(inv.tr.T("protect.restore.raced"))
	}
	if _, known := storeMessage(inv.tr, err); known {
		return err
	}
	return failf(inv.tr.T("protect.restore.failed", backup, err.Error()))
}

// damagedMessage says that the store is damaged and, when there is one,
// offers the newest automatic backup: to open directly, or to put in
// place with kofa restore.
func damagedMessage(tr *i18n.Messages, e *store.DamagedError) string {
	b, err := store.NewestBackup(store.BackupDir(e.Path))
	if err != nil || b == e.Path {
		return tr.T("cli.error.damaged", e.Path)
	}
	q := shellQuote(b)
	return tr.T("protect.damaged.backup", e.Path, b, q, q)
}

// shellQuote quotes a path for a command the user copies into a shell,
// when it needs quoting.
func shellQuote(s string) string {
	if runtime.GOOS == "windows" {
		if strings.ContainsAny(s, " &()^;,") {
			return `"` + s + `"`
		}
		return s
	}
	if s != "" && !strings.ContainsAny(s, " \t'\"$`\\!*?[]{}()&;|<>#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
