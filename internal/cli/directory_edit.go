package cli

import (
	"errors"
	"slices"

	"github.com/spf13/cobra"

	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// findEntry returns the directory entry with the ID, or a failure that
// says how to find IDs.
func (inv *invocation) findEntry(s *store.Store, id string) (store.DirectoryEntry, error) {
	entries, err := s.Directory()
	if err != nil {
		return store.DirectoryEntry{}, err
	}
	i := slices.IndexFunc(entries, func(e store.DirectoryEntry) bool { return e.ID == id })
	if i < 0 {
		return store.DirectoryEntry{}, inv.noEntry(id)
	}
	return entries[i], nil
}

func (inv *invocation) noEntry(id string) error {
	return failf(inv.tr.T("directory.cli.not_found", sanitize.Line(id)))
}

// describeEntry is "Name (Institution)" for output, or the name alone.
func describeEntry(e store.DirectoryEntry) string {
	if e.Institution == "" {
		return sanitize.Line(e.Name)
	}
	return sanitize.Line(e.Name) + " (" + sanitize.Line(e.Institution) + ")"
}

// newDirectoryEditCmd corrects an entry: only the fields given change; an
// empty value clears a field (the name cannot be cleared).
func (inv *invocation) newDirectoryEditCmd() *cobra.Command {
	var v store.DirectoryEntry
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: inv.tr.T("directory.cli.edit.short"),
		Long:  inv.tr.T("directory.cli.edit.long"),
		Args:  inv.exactArgs(1, "ID"),
	}
	tr := inv.tr
	fields := []struct {
		flag string
		dst  *string
		help string
	}{
		{"name", &v.Name, tr.T("directory.cli.edit.flag.name")},
		{"institution", &v.Institution, tr.T("directory.cli.edit.flag.institution")},
		{"discipline", &v.Discipline, tr.T("directory.cli.edit.flag.discipline")},
		{"phone", &v.Phone, tr.T("directory.cli.edit.flag.phone")},
		{"email", &v.Email, tr.T("directory.cli.edit.flag.email")},
	}
	for _, f := range fields {
		cmd.Flags().StringVar(f.dst, f.flag, "", f.help)
	}
	cmd.RunE = func(c *cobra.Command, args []string) error {
		changed := false
		for _, f := range fields {
			changed = changed || c.Flags().Changed(f.flag)
		}
		if !changed {
			return usagef(inv.tr.T("directory.cli.edit.nothing", c.CommandPath()))
		}
		id := args[0]
		return inv.withExistingStore(
			func(string) error { return inv.noEntry(id) },
			func(s *store.Store) error {
				e, err := inv.findEntry(s, id)
				if err != nil {
					return err
				}
				target := map[string]*string{
					"name": &e.Name, "institution": &e.Institution, "discipline": &e.Discipline,
					"phone": &e.Phone, "email": &e.Email,
				}
				for _, f := range fields {
					if c.Flags().Changed(f.flag) {
						*target[f.flag] = sanitize.Line(*f.dst)
					}
				}
				switch err := s.SaveDirectoryEntry(&e); {
				case errors.Is(err, store.ErrNameMissing):
					return failf(inv.tr.T("directory.cli.edit.name_missing"))
				case errors.Is(err, store.ErrDuplicateEntry):
					return failf(inv.tr.T("directory.cli.edit.duplicate", describeEntry(e)))
				case errors.Is(err, store.ErrEntryNotFound):
					return inv.noEntry(id)
				case err != nil:
					return err
				}
				inv.printOut(inv.tr.T("directory.cli.edit.done", sanitize.Line(e.ID), describeEntry(e)))
				return nil
			})
	}
	return cmd
}

// newDirectoryRemoveCmd deletes an entry. Conferences keep their
// participants; a person added to a conference again comes back.
func (inv *invocation) newDirectoryRemoveCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: inv.tr.T("directory.cli.remove.short"),
		Long:  inv.tr.T("directory.cli.remove.long"),
		Args:  inv.exactArgs(1, "ID"),
		RunE: func(_ *cobra.Command, args []string) error {
			id := args[0]
			return inv.withExistingStore(
				func(string) error { return inv.noEntry(id) },
				func(s *store.Store) error {
					e, err := inv.findEntry(s, id)
					if err != nil {
						return err
					}
					switch err := s.DeleteDirectoryEntry(id); {
					case errors.Is(err, store.ErrEntryNotFound):
						return inv.noEntry(id)
					case err != nil:
						return err
					}
					inv.printOut(inv.tr.T("directory.cli.remove.done", sanitize.Line(e.ID), describeEntry(e)))
					return nil
				})
		},
	}
}
