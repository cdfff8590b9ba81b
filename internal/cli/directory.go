package cli

import (
	"bytes"
	"errors"
	"os"

	"github.com/spf13/cobra"

	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newDirectoryCmd is the partner directory: list it, or share it with a
// colleague as a CSV file.
func (inv *invocation) newDirectoryCmd() *cobra.Command {
	var ids bool
	cmd := &cobra.Command{
		Use:   "directory",
		Short: inv.tr.T("directory.cli.short"),
		Long:  inv.tr.T("directory.cli.long"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			return inv.withStore(func(s *store.Store) error {
				entries, err := s.Directory()
				if err != nil {
					return err
				}
				return inv.writeDirectory(entries, ids)
			})
		},
	}
	cmd.Flags().BoolVar(&ids, "ids", false, inv.tr.T("directory.cli.flag.ids"))
	cmd.AddCommand(inv.newDirectoryExportCmd(), inv.newDirectoryImportCmd(),
		inv.newDirectoryEditCmd(), inv.newDirectoryRemoveCmd())
	return cmd
}

// writeDirectory prints the entries as a table; with ids the first column
// is each entry's ID, for edit and remove.
func (inv *invocation) writeDirectory(entries []store.DirectoryEntry, ids bool) error {
	tr := inv.tr
	if len(entries) == 0 {
		inv.printOut(tr.T("directory.cli.empty"))
		return nil
	}
	header := []string{
		tr.T("directory.cli.col.name"), tr.T("directory.cli.col.institution"), tr.T("directory.cli.col.discipline"),
		tr.T("directory.cli.col.phone"), tr.T("directory.cli.col.email"),
	}
	if ids {
		header = append([]string{tr.T("directory.cli.col.id")}, header...)
	}
	rows := make([][]string, 0, len(entries))
	for _, e := range entries {
		row := []string{
			orDash(sanitize.Line(e.Name)), orDash(sanitize.Line(e.Institution)), orDash(sanitize.Line(e.Discipline)),
			orDash(sanitize.Line(e.Phone)), orDash(sanitize.Line(e.Email)),
		}
		if ids {
			row = append([]string{sanitize.Line(e.ID)}, row...)
		}
		rows = append(rows, row)
	}
	return writeTable(inv.stdout, header, rows)
}

func (inv *invocation) newDirectoryExportCmd() *cobra.Command {
	var (
		force, bom bool
		sep        string
	)
	cmd := &cobra.Command{
		Use:   "export FILE.csv",
		Short: inv.tr.T("directory.cli.export.short"),
		Long:  inv.tr.T("directory.cli.export.long"),
		Args:  inv.exactArgs(1, "FILE.csv"),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := args[0]
			format, err := inv.csvFormat(sep, bom, cmd.Flags().Changed("bom"))
			if err != nil {
				return err
			}
			return inv.withStore(func(s *store.Store) error {
				entries, err := s.Directory()
				if err != nil {
					return err
				}
				var buf bytes.Buffer
				if err := directory.WriteCSV(&buf, entries, format); err != nil {
					return err
				}
				err = writePrivateFile(target, buf.Bytes(), force)
				switch {
				case errors.Is(err, errTargetExists):
					return failf(inv.tr.T("directory.cli.export.exists", target))
				case err != nil:
					return failf(inv.tr.T("directory.cli.export.failed", target, err.Error()))
				}
				inv.printOut(inv.tr.N("directory.cli.export.done", len(entries), len(entries), target))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, inv.tr.T("directory.cli.export.flag.force"))
	cmd.Flags().StringVar(&sep, "separator", "", inv.tr.T("directorycsv.flag.separator"))
	cmd.Flags().BoolVar(&bom, "bom", false, inv.tr.T("directorycsv.flag.bom"))
	return cmd
}

// csvFormat is the format of a directory export: in German, as German
// Excel opens it (";", a byte-order mark, German column names), otherwise
// "," without a mark; --separator and --bom (when given) choose otherwise.
func (inv *invocation) csvFormat(sep string, bom, bomGiven bool) (directory.CSVFormat, error) {
	var f directory.CSVFormat
	if inv.lang == i18n.DE {
		f = directory.GermanCSV
	}
	switch sep {
	case "":
	case ",", ";":
		f.Comma = rune(sep[0])
	case "tab", "\\t", "\t":
		f.Comma = '\t'
	default:
		return f, usagef(inv.tr.T("directorycsv.bad_separator", sanitize.Line(sep)))
	}
	if bomGiven {
		f.BOM = bom
	}
	return f, nil
}

func (inv *invocation) newDirectoryImportCmd() *cobra.Command {
	var update bool
	cmd := &cobra.Command{
		Use:   "import FILE.csv",
		Short: inv.tr.T("directory.cli.import.short"),
		Long:  inv.tr.T("directory.cli.import.long"),
		Args:  inv.exactArgs(1, "FILE.csv"),
		RunE: func(_ *cobra.Command, args []string) error {
			source := args[0]
			f, err := os.Open(source)
			if err != nil {
				return failf(inv.tr.T("directory.cli.import.cannot_read", source, err.Error()))
			}
			incoming, err := directory.ReadCSV(f)
			_ = f.Close()
			if ce, ok := errors.AsType[*directory.CSVError](err); ok {
				return failf(inv.tr.T("directory.cli.import.refused", source, ce.Line, inv.tr.T(ce.Msg)))
			}
			if err != nil {
				return failf(inv.tr.T("directory.cli.import.cannot_read", source, err.Error()))
			}
			for i := range incoming {
				e := &incoming[i]
				for _, p := range []*string{&e.Name, &e.Institution, &e.Discipline, &e.Phone, &e.Email} {
					*p = sanitize.Line(*p)
				}
			}
			return inv.withStore(func(s *store.Store) error {
				existing, err := s.Directory()
				if err != nil {
					return err
				}
				merged, rep := directory.Merge(existing, incoming, update)
				if err := s.ReplaceDirectory(merged); err != nil {
					return err
				}
				inv.printImportReport(rep, source, update)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&update, "update", false, inv.tr.T("directorycsv.flag.update"))
	return cmd
}

// fieldLabelKey names the column of each field an import compares.
var fieldLabelKey = map[directory.Field]string{
	directory.FieldDiscipline: "directory.cli.col.discipline",
	directory.FieldPhone:      "directory.cli.col.phone",
	directory.FieldEmail:      "directory.cli.col.email",
}

// printImportReport lists each conflicting field (kept, or with update
// overwritten) and then the counts.
func (inv *invocation) printImportReport(rep directory.MergeReport, source string, update bool) {
	tr := inv.tr
	key := "directorycsv.conflict.kept"
	if update {
		key = "directorycsv.conflict.updated"
	}
	for _, c := range rep.Conflicts {
		for _, f := range c.Fields {
			inv.printOut(tr.T(key, sanitize.Line(c.Existing.Name), sanitize.Line(orDash(c.Existing.Institution)),
				tr.T(fieldLabelKey[f]), sanitize.Line(c.Existing.Value(f)), sanitize.Line(c.Incoming.Value(f))))
		}
	}
	inv.printOut(tr.T("directorycsv.import.summary", rep.Added, rep.Updated, rep.Unchanged, rep.Conflicting, source))
	if rep.Conflicting > 0 && !update {
		inv.printOut(tr.T("directorycsv.import.hint_update"))
	}
}
