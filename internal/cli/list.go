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
		Short: inv.cat.T("cli.list.short"),
		Long:  inv.cat.T("cli.list.long"),
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
	cmd.Flags().BoolVar(&asJSON, "json", false, inv.cat.T("cli.list.flag.json"))
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
	cat := inv.cat
	if len(list) == 0 {
		inv.printOut(cat.T("cli.list.empty"))
		return nil
	}
	header := []string{
		cat.T("cli.list.col.id"), cat.T("cli.list.col.date"), cat.T("cli.list.col.kind"),
		cat.T("cli.list.col.title"), cat.T("cli.list.col.status"), cat.T("cli.list.col.open_actions"),
	}
	rows := make([][]string, 0, len(list))
	for _, s := range list {
		rows = append(rows, []string{
			string(s.ID),
			orDash(s.Date.String()),
			kindLabel(cat, s.Kind),
			// Titles are typed by users: strip anything a terminal
			// would act on.
			orDash(sanitize.Line(s.Title())),
			statusLabel(cat, s.Status),
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

func kindLabel(cat *i18n.Catalog, k conference.Kind) string {
	switch k {
	case conference.KindCase:
		return cat.T("common.kind.case")
	case conference.KindNetwork:
		return cat.T("common.kind.network")
	}
	return orDash(sanitize.Line(string(k)))
}

func statusLabel(cat *i18n.Catalog, s conference.Status) string {
	switch s {
	case conference.StatusPreparing:
		return cat.T("common.status.preparing")
	case conference.StatusRunning:
		return cat.T("common.status.running")
	case conference.StatusClosed:
		return cat.T("common.status.closed")
	}
	return orDash(sanitize.Line(string(s)))
}
