package cli

import (
	"encoding/json"
	"strconv"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

func (inv *invocation) newListCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: inv.tr.T("cli.list.short"),
		Long:  inv.tr.T("cli.list.long"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			return inv.withStore(func(s *store.Store) error {
				list, err := s.List()
				if err != nil {
					return err
				}
				if asJSON {
					return inv.writeJSON(list)
				}
				return inv.writeList(list)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, inv.tr.T("cli.list.flag.json"))
	return cmd
}

// writeJSON prints the summaries as a JSON array, [] when there are none,
// with codes (not labels) so scripts do not depend on the language.
func (inv *invocation) writeJSON(list []conference.Summary) error {
	if list == nil {
		list = []conference.Summary{}
	}
	enc := json.NewEncoder(inv.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(list)
}

// writeList prints the summaries as a table in the user's language.
func (inv *invocation) writeList(list []conference.Summary) error {
	tr := inv.tr
	if len(list) == 0 {
		inv.printOut(tr.T("cli.list.empty"))
		return nil
	}
	header := []string{
		tr.T("cli.list.col.id"), tr.T("cli.list.col.date"), tr.T("cli.list.col.kind"),
		tr.T("cli.list.col.title"), tr.T("cli.list.col.status"), tr.T("cli.list.col.open_actions"),
	}
	rows := make([][]string, 0, len(list))
	for _, s := range list {
		rows = append(rows, []string{
			string(s.ID),
			orDash(s.Date.String()),
			kindLabel(tr, s.Kind),
			// Titles are typed by users: strip anything a terminal
			// would act on.
			orDash(sanitize.Line(s.Title())),
			statusLabel(tr, s.Status),
			strconv.Itoa(s.OpenActions),
		})
	}
	return writeTable(inv.stdout, header, rows)
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func kindLabel(tr *i18n.Messages, k conference.Kind) string {
	if key := k.MessageKey(); key != "" {
		return tr.T(key)
	}
	return orDash(sanitize.Line(string(k)))
}

func statusLabel(tr *i18n.Messages, s conference.Status) string {
	if key := s.MessageKey(); key != "" {
		return tr.T(key)
	}
	return orDash(sanitize.Line(string(s)))
}
