package cli

import (
	"encoding/json"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newSearchCmd searches all conferences for case codes, topics, people and
// any text.
func (inv *invocation) newSearchCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: inv.tr.T("tracker.search.short"),
		Long:  inv.tr.T("tracker.search.long"),
		Args:  inv.rangeArgs(1, 1<<16, "QUERY"),
		RunE: func(_ *cobra.Command, args []string) error {
			query := strings.Join(args, " ")
			return inv.withStore(func(s *store.Store) error {
				hits, err := s.Search(query)
				if err != nil {
					return err
				}
				if asJSON {
					return inv.writeSearchJSON(hits)
				}
				return inv.writeSearch(hits)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, inv.tr.T("tracker.search.flag.json"))
	return cmd
}

// hitJSON is one line of `kofa search --json`: the summary, as `kofa list
// --json` prints it, and the field code of the match.
type hitJSON struct {
	conference.Summary
	Field string `json:"field"`
}

func (inv *invocation) writeSearchJSON(hits []store.SearchHit) error {
	out := make([]hitJSON, 0, len(hits))
	for _, h := range hits {
		out = append(out, hitJSON{Summary: h.Summary, Field: h.Field})
	}
	enc := json.NewEncoder(inv.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func (inv *invocation) writeSearch(hits []store.SearchHit) error {
	tr := inv.tr
	if len(hits) == 0 {
		inv.printOut(tr.T("tracker.search.none"))
		return nil
	}
	header := []string{
		tr.T("cli.list.col.id"), tr.T("cli.list.col.date"), tr.T("cli.list.col.kind"),
		tr.T("cli.list.col.title"), tr.T("cli.list.col.status"), tr.T("tracker.search.col.found_in"),
	}
	rows := make([][]string, 0, len(hits))
	for _, h := range hits {
		s := h.Summary
		rows = append(rows, []string{
			string(s.ID), orDash(s.Date.String()), kindLabel(tr, s.Kind),
			orDash(sanitize.Line(s.Title())), statusLabel(tr, s.Status), fieldLabel(inv, h.Field),
		})
	}
	return writeTable(inv.stdout, header, rows)
}

func fieldLabel(inv *invocation, field string) string {
	switch field {
	case store.SearchFieldCaseCode:
		return inv.tr.T("tracker.search.field.case_code")
	case store.SearchFieldTopic:
		return inv.tr.T("tracker.search.field.topic")
	case store.SearchFieldParticipant:
		return inv.tr.T("tracker.search.field.participant")
	case store.SearchFieldInstitution:
		return inv.tr.T("tracker.search.field.institution")
	}
	return inv.tr.T("tracker.search.field.text")
}
