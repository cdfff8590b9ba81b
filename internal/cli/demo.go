package cli

import (
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/store"
)

func (inv *invocation) newDemoCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: inv.tr.T("cli.demo.short"),
		Long:  inv.tr.T("cli.demo.long"),
		Args:  inv.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("db") {
				return inv.withStore(func(s *store.Store) error {
					id, err := inv.saveSample(s, demo.Sample)
					if err != nil {
						return err
					}
					inv.printOut(inv.tr.T("cli.demo.saved", id, s.Path()))
					return nil
				})
			}
			return inv.rehearse(cmd)
		},
	}
}

// rehearse opens the terminal app on a throwaway store holding only the
// sample conference. The real store (--db, $KOFA_DB, the default path) is
// never opened, and the throwaway folder is removed when the app ends.
func (inv *invocation) rehearse(cmd *cobra.Command) error {
	dir := configDir()
	if err := inv.loadTheme(dir); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "kofa-demo-") // created 0700
	if err != nil {
		return failf(inv.tr.T("cli.demo.no_temp", err.Error()))
	}
	defer func() { _ = os.RemoveAll(tmp) }()

	s, err := inv.openStoreAt(filepath.Join(tmp, "kofa.db"))
	if err != nil {
		return err
	}
	// Close before the folder is removed: Windows cannot remove open files.
	defer func() { _ = s.Close() }()
	// Running in phase 3, not closed: a closed conference is read-only,
	// and the rehearsal is for practice.
	id, err := inv.saveSample(s, demo.Rehearsal)
	if err != nil {
		return err
	}
	env := inv.env(s, dir)
	env.Demo, env.OpenID = true, id
	return inv.app.RunTUI(cmd.Context(), env)
}

// saveSample stores the fictional sample conference that build makes
// (demo.Sample or demo.Rehearsal) in the run's language.
func (inv *invocation) saveSample(s *store.Store, build func(lang string, now time.Time) *conference.Conference) (conference.ID, error) {
	c := build(string(inv.lang), inv.app.Now())
	if err := s.Save(c, conference.Change{Op: conference.OpCreate}); err != nil {
		return "", err
	}
	return c.ID, nil
}
