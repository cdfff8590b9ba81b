package cli

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/store"
)

func (inv *invocation) newBackupCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "backup PATH",
		Short: inv.tr.T("cli.backup.short"),
		Long:  inv.tr.T("cli.backup.long"),
		Args:  inv.exactArgs(1, "PATH"),
		RunE: func(_ *cobra.Command, args []string) error {
			target := args[0]
			return inv.withExistingStore(
				func(path string) error { return failf(inv.tr.T("cli.backup.no_store", path)) },
				func(s *store.Store) error {
					err := s.Backup(target)
					if errors.Is(err, store.ErrExists) {
						return failf(inv.tr.T("cli.backup.exists", target, freeName(target, inv.app.Now().Format("2006-01-02"))))
					}
					if err != nil {
						return err
					}
					inv.printOut(inv.tr.T("cli.backup.done", target))
					return nil
				})
		},
	}
}

// freeName proposes a name next to path that does not exist yet: the day
// is added before the extension, then a counter if needed.
func freeName(path, day string) string {
	ext := filepath.Ext(path)
	base := strings.TrimSuffix(path, ext) + "-" + day
	name := base + ext
	for n := 2; n < 100 && exists(name); n++ {
		name = base + "-" + strconv.Itoa(n) + ext
	}
	return name
}
