package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/export"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// exportFlags are the options of `kofa export`.
type exportFlags struct {
	out, dir      string
	all, force    bool
	variant, inst string
	// withStatus adds "status today" after the minutes (export.Options).
	withStatus bool
}

func (inv *invocation) newExportCmd() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export ID",
		Short: inv.tr.T("export.cli.short"),
		Long:  inv.tr.T("export.cli.long"),
		// Flags are parsed before the arguments are checked, so every
		// usage mistake is found here, before a store is opened.
		Args: func(cmd *cobra.Command, args []string) error { return inv.checkExportUsage(cmd, args, f) },
		RunE: func(_ *cobra.Command, args []string) error {
			if f.all {
				return inv.exportAll(f)
			}
			return inv.exportOne(conference.ID(args[0]), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "", inv.tr.T("export.cli.flag.output"))
	fl.StringVarP(&f.dir, "dir", "d", "", inv.tr.T("export.cli.flag.dir"))
	fl.BoolVar(&f.all, "all", false, inv.tr.T("export.cli.flag.all"))
	fl.BoolVar(&f.force, "force", false, inv.tr.T("export.cli.flag.force"))
	fl.StringVar(&f.variant, "variant", export.VariantFull, inv.tr.T("export.cli.flag.variant"))
	fl.StringVar(&f.inst, "for", "", inv.tr.T("export.cli.flag.for"))
	fl.BoolVar(&f.withStatus, "with-status", false, inv.tr.T("exportstatus.flag"))
	return cmd
}

func (inv *invocation) checkExportUsage(cmd *cobra.Command, args []string, f exportFlags) error {
	cat, path := inv.tr, cmd.CommandPath()
	switch {
	case len(args) > 1:
		return usagef(cat.T("cli.usage.extra_args", strings.Join(args[1:], " "), path))
	case f.all && len(args) == 1:
		return usagef(cat.T("export.cli.usage.id_and_all", path))
	case !f.all && len(args) == 0:
		return usagef(cat.T("cli.usage.missing_arg", "ID", path))
	case f.all && f.dir == "":
		return usagef(cat.T("export.cli.usage.all_needs_dir", path))
	case f.all && f.out != "":
		return usagef(cat.T("export.cli.usage.output_with_all", path))
	case !f.all && f.dir != "":
		return usagef(cat.T("export.cli.usage.dir_needs_all", path))
	case !export.ValidExport(f.variant):
		return usagef(cat.T("export.cli.usage.variant", sanitize.Line(f.variant), path))
	case f.all && f.variant == export.VariantHandover:
		return usagef(cat.T("handover.cli.usage.all", path))
	case f.all && f.variant != export.VariantTasks && export.TakesRecipient(f.variant):
		return usagef(cat.T("exportfor.usage.not_with_all", f.variant, path))
	case export.NeedsRecipient(f.variant) && strings.TrimSpace(f.inst) == "":
		return usagef(cat.T("exportfor.usage.needs_for", f.variant, path))
	case !export.TakesRecipient(f.variant) && f.inst != "":
		return usagef(cat.T("exportfor.usage.for_not_taken", f.variant, path))
	}
	return nil
}

// renderMinutes renders the minutes of c as the flags ask, in the run's
// language; contacts is the partner directory (the documents beyond the
// room give the case lead's phone and e-mail from it).
func (inv *invocation) renderMinutes(c *conference.Conference, f exportFlags, cat *catalogue.Catalogue, contacts []directory.Entry) (data []byte, hash string) {
	opt := export.Options{Lang: inv.lang, Variant: f.variant, For: f.inst, ExportedAt: inv.app.Now(), Catalogue: cat,
		WithStatus: f.withStatus, Contacts: contacts}
	body := export.Body(c, opt)
	hash = export.Hash(body)
	return append(body, export.Footer(hash, opt)...), hash
}

// recordExport writes the hash of the minutes (or of a document for one
// recipient) to the conference's audit log, so the case file copy can
// later be matched to the conference.
func recordExport(s *store.Store, c *conference.Conference, variant string, to export.Recipient, hash string) error {
	return s.Save(c, export.AuditChange(c, variant, to, hash))
}

// exportChange is the audit entry of minutes written with the hash.
func exportChange(variant, hash string) conference.Change {
	return export.AuditChange(nil, variant, export.Recipient{}, hash)
}

func (inv *invocation) exportOne(id conference.ID, f exportFlags) error {
	return inv.withConferenceOr("export.cli.not_found", id, func(s *store.Store, c *conference.Conference) error {
		cat := inv.exportCatalogue()
		to, err := inv.recipientFor(c, &f, cat)
		if err != nil {
			return err
		}
		var data []byte
		var hash string
		if f.variant == export.VariantHandover {
			if data, hash, err = inv.renderHandover(s, c, cat); err != nil {
				return err
			}
		} else {
			var contacts []directory.Entry
			if !export.MinutesVariant(f.variant) {
				// A directory that cannot be read costs the contact's
				// phone and e-mail, not the document.
				contacts, _ = s.Directory()
			}
			data, hash = inv.renderMinutes(c, f, cat, contacts)
		}
		if f.out == "" {
			if _, err := inv.stdout.Write(data); err != nil {
				return err
			}
			return recordExport(s, c, f.variant, to, hash)
		}
		if err := inv.writeExportFile(f.out, data, f.force); err != nil {
			return err
		}
		if err := recordExport(s, c, f.variant, to, hash); err != nil {
			return err
		}
		inv.printOut(inv.tr.T("export.cli.written", f.out, hash))
		return nil
	})
}

// minutesFileName is the file name of c's minutes in an --all folder: date,
// case code or topic (export.FileName, no personal names), then always the
// conference's random ID, e.g. 2026-11-23_K-2026-117_k7m2qxa9.md. The ID
// makes the name unique without looking at other conferences, so a
// conference keeps its file name when others with the same date and case
// code are added later.
func minutesFileName(c *conference.Conference, variant string) string {
	name := strings.TrimSuffix(export.FileName(c, variant), ".md")
	if !strings.Contains(name, string(c.ID)) { // without a title, FileName uses the ID
		name += "_" + string(c.ID)
	}
	return name + ".md"
}

// writeExportFile writes data through a temporary file in the target's
// folder, mode 0600, and refuses to replace an existing file unless force.
func (inv *invocation) writeExportFile(path string, data []byte, force bool) error {
	err := writePrivateFile(path, data, force)
	switch {
	case errors.Is(err, errTargetExists):
		return failf(inv.tr.T("export.cli.exists", path))
	case err != nil:
		return failf(inv.tr.T("export.cli.write_failed", path, err.Error()))
	}
	return nil
}

// exportCatalogue is the built-in catalogue with the user's catalogue file, if
// any. A broken user file is reported and the built-in lists are used, as
// in the terminal app.
func (inv *invocation) exportCatalogue() *catalogue.Catalogue {
	return inv.userCatalogue(configDir())
}
