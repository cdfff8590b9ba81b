package cli

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/archiving"
	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// maxArchiveSize bounds what `archive import` reads into memory. A year of
// conferences is a few megabytes; anything near this is not an archive.
const maxArchiveSize = 256 << 20

func (inv *invocation) newArchiveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "archive",
		Short: inv.tr.T("export.archive.cli.short"),
		Long:  inv.tr.T("export.archive.cli.long"),
		Args:  inv.noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(inv.newArchiveExportCmd(), inv.newArchiveImportCmd())
	return cmd
}

func (inv *invocation) newArchiveExportCmd() *cobra.Command {
	var (
		out                   string
		all, force, wholeCase bool
	)
	cmd := &cobra.Command{
		Use:   "export ID",
		Short: inv.tr.T("export.archive.cli.export.short"),
		Long:  inv.tr.T("export.archive.cli.export.long"),
		Args: func(cmd *cobra.Command, args []string) error {
			path := cmd.CommandPath()
			switch {
			case len(args) > 1:
				return usagef(inv.tr.T("cli.usage.extra_args", strings.Join(args[1:], " "), path))
			case all && len(args) == 1:
				return usagef(inv.tr.T("export.cli.usage.id_and_all", path))
			case !all && len(args) == 0:
				return usagef(inv.tr.T("cli.usage.missing_arg", "ID", path))
			case out == "":
				return usagef(inv.tr.T("export.archive.cli.usage.needs_output", path))
			case wholeCase && all:
				return usagef(inv.tr.T("handover.cli.usage.case_and_all", path))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			var id conference.ID
			if len(args) == 1 {
				id = conference.ID(args[0])
			}
			return inv.archiveExport(id, out, force, wholeCase)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&out, "output", "o", "", inv.tr.T("export.archive.cli.flag.output"))
	fl.BoolVar(&all, "all", false, inv.tr.T("export.archive.cli.flag.all"))
	fl.BoolVar(&force, "force", false, inv.tr.T("export.cli.flag.force"))
	fl.BoolVar(&wholeCase, "case", false, inv.tr.T("handover.cli.flag.case"))
	return cmd
}

// archiveExport writes one conference (id), every conference of its case
// (wholeCase: what travels with a handover) or all (id empty) with their
// audit logs to out.
func (inv *invocation) archiveExport(id conference.ID, out string, force, wholeCase bool) error {
	notFound := failf(inv.tr.T("export.cli.not_found", sanitize.Line(string(id))))
	missing := func(string) error {
		if id != "" {
			return notFound
		}
		return failf(inv.tr.T("export.cli.no_store"))
	}
	return inv.withExistingStore(missing, func(s *store.Store) error {
		ids := []conference.ID{id}
		if wholeCase {
			var err error
			if ids, err = caseIDs(s, id); err != nil {
				if errors.Is(err, store.ErrNotFound) {
					return notFound
				}
				return err
			}
		}
		if id == "" {
			list, err := s.List()
			if err != nil {
				return err
			}
			ids = ids[:0]
			for _, sum := range list {
				ids = append(ids, sum.ID)
			}
		}
		a, err := archiving.Make(s, ids)
		if errors.Is(err, store.ErrNotFound) {
			return notFound
		}
		if err != nil {
			return err
		}
		if err := inv.writeExportFile(out, a.Data, force); err != nil {
			return err
		}
		if err := a.Record(s); err != nil {
			return err
		}
		inv.printOut(inv.tr.N("export.archive.cli.written", a.Len(), a.Len(), out))
		return nil
	})
}

func (inv *invocation) newArchiveImportCmd() *cobra.Command {
	var replace, skip bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: inv.tr.T("export.archive.cli.import.short"),
		Long:  inv.tr.T("export.archive.cli.import.long"),
		Args: func(cmd *cobra.Command, args []string) error {
			if replace && skip {
				return usagef(inv.tr.T("export.archive.cli.usage.replace_and_skip", cmd.CommandPath()))
			}
			return inv.exactArgs(1, "FILE")(cmd, args)
		},
		RunE: func(_ *cobra.Command, args []string) error {
			return inv.archiveImport(args[0], replace, skip)
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, inv.tr.T("export.archive.cli.flag.replace"))
	cmd.Flags().BoolVar(&skip, "skip", false, inv.tr.T("export.archive.cli.flag.skip"))
	return cmd
}

// archiveImport reads and checks the whole archive before the store is
// even opened, then checks every conference against the store, and only
// then writes: a malformed file or an unresolved conflict writes nothing.
func (inv *invocation) archiveImport(file string, replace, skip bool) error {
	a, err := inv.readArchive(file)
	if err != nil {
		return err
	}
	return inv.withStore(func(s *store.Store) error {
		var conflicts []string
		exists := map[conference.ID]bool{}
		for _, item := range a.Conferences {
			_, err := s.Get(item.Conference.ID)
			switch {
			case err == nil:
				exists[item.Conference.ID] = true
				conflicts = append(conflicts, string(item.Conference.ID))
			case !errors.Is(err, store.ErrNotFound):
				return err
			}
		}
		if len(conflicts) > 0 && !replace && !skip {
			return failf(inv.tr.N("export.archive.cli.conflict", len(conflicts), len(conflicts), strings.Join(conflicts, ", ")))
		}
		var added, replaced, skipped int
		var items []store.Imported
		for _, item := range a.Conferences {
			switch {
			case exists[item.Conference.ID] && skip:
				skipped++
				continue
			case exists[item.Conference.ID]:
				replaced++
			default:
				added++
			}
			items = append(items, store.Imported{Conference: item.Conference, Audit: item.Audit})
		}
		// One transaction: a failure part-way (a full disk) imports nothing.
		if err := s.ImportAll(items, replace); err != nil {
			return err
		}
		inv.printOut(inv.tr.T("export.archive.cli.imported", added, replaced, skipped))
		if a.Cleaned > 0 {
			inv.printOut(inv.tr.N("archiveimport.cleaned", a.Cleaned, a.Cleaned))
		}
		return nil
	})
}

// readArchive reads and decodes the file, turning every problem into one
// translated line that names the file and, where known, the position.
func (inv *invocation) readArchive(file string) (*export.Archive, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, failf(inv.tr.T("export.archive.cli.read_failed", file, err.Error()))
	}
	defer func() { _ = f.Close() }()
	data, err := io.ReadAll(io.LimitReader(f, maxArchiveSize+1))
	if err != nil {
		return nil, failf(inv.tr.T("export.archive.cli.read_failed", file, err.Error()))
	}
	if len(data) > maxArchiveSize {
		return nil, failf(inv.tr.T("export.archive.cli.too_large", file, maxArchiveSize>>20))
	}
	a, err := export.DecodeArchive(data)
	if err == nil {
		return a, nil
	}
	msg := err.Error()
	if e, ok := errors.AsType[*export.ArchiveError](err); ok {
		msg = e.Message(inv.tr)
	} else if e, ok := errors.AsType[*export.VersionError](err); ok {
		msg = e.Message(inv.tr)
	}
	return nil, failf(inv.tr.T("export.archive.cli.refused", file, msg))
}

// caseIDs are the IDs of every conference of the case conference id
// belongs to, oldest first (only id for a network meeting).
func caseIDs(s *store.Store, id conference.ID) ([]conference.ID, error) {
	c, err := s.Get(id)
	if err != nil {
		return nil, err
	}
	if !c.Kind.AboutCase() || c.CaseCode == "" {
		return []conference.ID{id}, nil
	}
	list, err := s.CaseConferences(c.CaseCode)
	if err != nil {
		return nil, err
	}
	ids := make([]conference.ID, len(list))
	for i, x := range list {
		ids[i] = x.ID
	}
	return ids, nil
}
