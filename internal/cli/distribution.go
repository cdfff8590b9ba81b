package cli

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
	"kofa/internal/textfold"
)

// newDistributionCmd lists who gets which document of a conference, how,
// and when it was given: `kofa distribution ID [--json]`; `kofa
// distribution mark ID RECIPIENT --given [--date D]` records that a
// recipient got theirs.
func (inv *invocation) newDistributionCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "distribution ID",
		Short: inv.tr.T("distribution.cli.short"),
		Long:  inv.tr.T("distribution.cli.long"),
		Args:  inv.exactArgs(1, "ID"),
		RunE: func(_ *cobra.Command, args []string) error {
			return inv.withConference(conference.ID(args[0]), func(_ *store.Store, c *conference.Conference) error {
				if asJSON {
					return inv.writeDistributionJSON(c)
				}
				return inv.writeDistribution(c)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, inv.tr.T("distribution.cli.flag.json"))
	cmd.AddCommand(inv.newDistributionMarkCmd())
	return cmd
}

// distributionJSON is one entry of `kofa distribution --json`: codes and
// ISO dates, so scripts do not depend on the language.
type distributionJSON struct {
	ID            string          `json:"id"`
	Recipient     string          `json:"recipient"`
	ParticipantID string          `json:"participant_id,omitempty"`
	PersonID      string          `json:"person_id,omitempty"`
	Document      string          `json:"document"`
	For           string          `json:"for,omitempty"`
	How           string          `json:"how,omitempty"`
	Given         conference.Date `json:"given,omitzero"`
	Open          bool            `json:"open"`
	// Problem is the message key of what is wrong with sending the
	// document to the recipient ("" when nothing is).
	Problem string `json:"problem,omitempty"`
}

func (inv *invocation) writeDistributionJSON(c *conference.Conference) error {
	out := make([]distributionJSON, 0, len(c.Distribution))
	for _, d := range c.Distribution {
		out = append(out, distributionJSON{
			ID: d.ID, Recipient: c.RecipientName(d), ParticipantID: d.ParticipantID, PersonID: d.PersonID,
			Document: d.Variant, For: c.DocumentFor(d), How: d.How, Given: d.Given, Open: d.Open(),
			Problem: c.RecipientProblem(d),
		})
	}
	enc := json.NewEncoder(inv.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// distributionShrink are the columns that give up room on a narrow
// terminal: the recipient and the warning.
var distributionShrink = []int{0, 4}

func (inv *invocation) writeDistribution(c *conference.Conference) error {
	tr := inv.tr
	if len(c.Distribution) == 0 {
		inv.printOut(tr.T("distribution.cli.empty", sanitize.Line(c.Title())))
		return nil
	}
	header := []string{tr.T("distribution.cli.col.recipient"), tr.T("distribution.cli.col.document"),
		tr.T("distribution.cli.col.how"), tr.T("distribution.cli.col.given"), tr.T("distribution.cli.col.warning"),
		tr.T("distribution.cli.col.id")}
	rows := make([][]string, 0, len(c.Distribution))
	for _, d := range c.Distribution {
		given := tr.T("distribution.cli.open")
		if !d.Given.IsZero() {
			given = d.Given.String()
		} else if d.ID == "" {
			given = tr.T("distribution.cli.untracked")
		}
		warning := ""
		if key := c.RecipientProblem(d); key != "" {
			warning = tr.T(key)
		}
		how := ""
		if d.How != "" {
			how = inv.code("distribution.how.", d.How)
		}
		rows = append(rows, []string{
			orDash(sanitize.Line(c.RecipientName(d))), inv.code("export.variant.", d.Variant), orDash(how), given,
			orDash(warning), orDash(d.ID),
		})
	}
	width := 0
	if inv.app.Width != nil {
		width = inv.app.Width(inv.stdout)
	}
	return writeFitTable(inv.stdout, header, rows, nil, width, distributionShrink)
}

// code labels a code through the message catalogue, or shows it as it is
// when kofa has no label for it (a newer kofa's code).
func (inv *invocation) code(prefix, code string) string {
	if key := prefix + code; inv.tr.Has(key) {
		return inv.tr.T(key)
	}
	return sanitize.Line(code)
}

// newDistributionMarkCmd records that a recipient was given their
// document: `kofa distribution mark ID RECIPIENT --given [--date D]
// [--how HOW]`. RECIPIENT is a name (any spelling), a participant's, carer's
// or child's ID, or an entry's ID; every open entry of that recipient is
// marked, and a reporting professional owed the feedback is marked too
// when there is no entry for it.
func (inv *invocation) newDistributionMarkCmd() *cobra.Command {
	var (
		given     bool
		date, how string
	)
	cmd := &cobra.Command{
		Use:   "mark ID RECIPIENT",
		Short: inv.tr.T("distribution.cli.mark.short"),
		Long:  inv.tr.T("distribution.cli.mark.long"),
		Args:  inv.exactArgs(2, "ID RECIPIENT"),
		RunE: func(_ *cobra.Command, args []string) error {
			tr := inv.tr
			if !given {
				return usagef(tr.T("distribution.cli.mark.no_given"))
			}
			if how != "" && !slices.Contains(conference.GivenWays, how) {
				return usagef(tr.T("distribution.cli.mark.bad_how", sanitize.Line(how)))
			}
			today := conference.DateOf(inv.app.Now())
			on, err := inv.dayFlag(date, today, today, "distribution.cli.mark.bad_date")
			if err != nil {
				return err
			}
			if on.After(today) {
				return usagef(tr.T("distribution.cli.mark.future", on.String()))
			}
			return inv.withConference(conference.ID(args[0]), func(s *store.Store, c *conference.Conference) error {
				return inv.markGiven(s, c, args[1], on, how)
			})
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&given, "given", false, inv.tr.T("distribution.cli.mark.flag.given"))
	fl.StringVar(&date, "date", "", inv.tr.T("distribution.cli.mark.flag.date"))
	fl.StringVar(&how, "how", "", inv.tr.T("distribution.cli.mark.flag.how"))
	return cmd
}

// markGiven marks the open entries of the recipient who names (all of its
// entries when none is open) and saves the conference with one audit entry
// each.
func (inv *invocation) markGiven(s *store.Store, c *conference.Conference, who string, on conference.Date, how string) error {
	tr := inv.tr
	ids := c.FindRecipient(strings.TrimSpace(who))
	var open []string
	for _, id := range ids {
		if c.DistributionEntry(id).Open() {
			open = append(open, id)
		}
	}
	if len(open) > 0 {
		ids = open
	}
	var changes []conference.Change
	var done []string
	for _, id := range ids {
		c.MarkGiven(id, on, how)
		d := c.DistributionEntry(id)
		changes = append(changes, conference.GivenChange(id, on))
		done = append(done, tr.T("distribution.cli.mark.done", sanitize.Line(c.RecipientName(*d)),
			inv.code("export.variant.", d.Variant), on.String()))
	}
	if len(ids) == 0 {
		p := reporterNamed(c, who)
		if p == nil {
			return failf(tr.T("distribution.cli.mark.unknown", sanitize.Line(who), inv.recipientNames(c)))
		}
		c.SettleFeedback(p.ID, on, "")
		changes = append(changes, conference.Change{Op: conference.OpUpdate, Path: "participants/" + p.ID + "/report/feedback_given", Arg: on.String()})
		done = append(done, tr.T("distribution.cli.mark.feedback", sanitize.Line(p.Name), on.String()))
	}
	if err := s.Save(c, changes...); err != nil {
		return err
	}
	for _, line := range done {
		inv.printOut(line)
	}
	return nil
}

// reporterNamed is the reporting professional owed the feedback whom who
// names, or nil.
func reporterNamed(c *conference.Conference, who string) *conference.Participant {
	for _, p := range c.Reporters() {
		if p.OwedFeedback() && (p.ID == who || textfold.Digraph(p.Name) == textfold.Digraph(who)) {
			return c.Participant(p.ID)
		}
	}
	return nil
}

// recipientNames lists the recipients of c's distribution (and the
// reporting professionals owed feedback) for a message.
func (inv *invocation) recipientNames(c *conference.Conference) string {
	var names []string
	add := func(n string) {
		n = sanitize.Line(n)
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	for _, d := range c.Distribution {
		if d.ID != "" {
			add(c.RecipientName(d))
		}
	}
	for _, p := range c.Reporters() {
		if p.OwedFeedback() {
			add(p.Name)
		}
	}
	if len(names) == 0 {
		return "–"
	}
	return strings.Join(names, ", ")
}
