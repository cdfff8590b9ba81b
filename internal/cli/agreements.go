package cli

import (
	"encoding/json"
	"strconv"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newAgreementsCmd lists the register of cooperation agreements
// (Kooperationsvereinbarungen): reviews due first; with --due only those;
// `agreements export` writes it as Markdown.
func (inv *invocation) newAgreementsCmd() *cobra.Command {
	var due, asJSON bool
	cmd := &cobra.Command{
		Use:   "agreements",
		Short: inv.tr.T("cooperation.cli.short"),
		Long:  inv.tr.T("cooperation.cli.long"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			today := conference.DateOf(inv.app.Now())
			return inv.withStore(func(s *store.Store) error {
				list, err := s.Agreements()
				if err != nil {
					return err
				}
				if due {
					list = dueAgreements(list, today)
				}
				if asJSON {
					return inv.writeAgreementsJSON(list, today)
				}
				return inv.writeAgreements(list, today, due)
			})
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&due, "due", false, inv.tr.T("cooperation.cli.flag.due"))
	fl.BoolVar(&asJSON, "json", false, inv.tr.T("cooperation.cli.flag.json"))
	cmd.AddCommand(inv.newAgreementsExportCmd())
	return cmd
}

// dueAgreements keeps the agreements whose review is due on today.
func dueAgreements(list []conference.CooperationAgreement, today conference.Date) []conference.CooperationAgreement {
	out := list[:0:0]
	for _, a := range list {
		if a.ReviewDue(today) {
			out = append(out, a)
		}
	}
	return out
}

// agreementJSON is one agreement of `kofa agreements --json`: codes and
// ISO dates, so scripts do not depend on the language; what is due is
// worked out for the day of the call.
type agreementJSON struct {
	ID          string                        `json:"id"`
	Subject     string                        `json:"subject"`
	Partners    []conference.AgreementPartner `json:"partners"`
	SignedOn    conference.Date               `json:"signed_on"`
	ReviewBy    conference.Date               `json:"review_by"`
	Status      string                        `json:"status"`
	ReviewDue   bool                          `json:"review_due"`
	DaysOverdue int                           `json:"days_overdue"`
	Note        string                        `json:"note"`
	Reviews     []conference.AgreementReview  `json:"reviews"`
	CreatedIn   conference.ID                 `json:"created_in,omitempty"`
}

func (inv *invocation) writeAgreementsJSON(list []conference.CooperationAgreement, today conference.Date) error {
	out := make([]agreementJSON, 0, len(list))
	for _, a := range list {
		j := agreementJSON{
			ID: a.ID, Subject: a.Subject, Partners: a.Partners, SignedOn: a.SignedOn, ReviewBy: a.ReviewBy,
			Status: a.Status, ReviewDue: a.ReviewDue(today), DaysOverdue: max(a.DaysOverdue(today), 0),
			Note: a.Note, Reviews: a.Reviews, CreatedIn: a.CreatedIn,
		}
		if j.Partners == nil {
			j.Partners = []conference.AgreementPartner{}
		}
		if j.Reviews == nil {
			j.Reviews = []conference.AgreementReview{}
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(inv.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// Columns of the register's table that give up room when the terminal is
// narrow: subject, partners.
var agreementsShrink = []int{1, 2}

func (inv *invocation) writeAgreements(list []conference.CooperationAgreement, today conference.Date, due bool) error {
	tr := inv.tr
	if len(list) == 0 {
		if due {
			inv.printOut(tr.T("cooperation.cli.none_due"))
		} else {
			inv.printOut(tr.T("cooperation.cli.empty"))
		}
		return nil
	}
	header := []string{
		tr.T("cooperation.cli.col.id"), tr.T("cooperation.col.subject"), tr.T("cooperation.col.partners"),
		tr.T("cooperation.col.signed_on"), tr.T("cooperation.col.review_by"), tr.T("cooperation.cli.col.overdue"),
		tr.T("cooperation.col.status"),
	}
	rows := make([][]string, 0, len(list))
	notes := make([][]string, 0, len(list))
	for _, a := range list {
		overdue := ""
		if d := a.DaysOverdue(today); a.ReviewDue(today) && d > 0 {
			overdue = strconv.Itoa(d)
		}
		rows = append(rows, []string{
			sanitize.Line(a.ID),
			orDash(sanitize.Line(a.Subject)),
			orDash(sanitize.Line(a.PartnerNames())),
			orDash(a.SignedOn.String()),
			orDash(a.ReviewBy.String()),
			orDash(overdue),
			agreementStatusLabel(tr, a.Status),
		})
		var lines []string
		for _, p := range a.Partners {
			if p.Contact != "" {
				lines = append(lines, "└ "+sanitize.Line(p.Institution)+": "+sanitize.Line(p.Contact))
			}
		}
		notes = append(notes, lines)
	}
	width := 0
	if inv.app.Width != nil {
		width = inv.app.Width(inv.stdout)
	}
	return writeFitTable(inv.stdout, header, rows, notes, width, agreementsShrink)
}

// agreementStatusLabel names an agreement's status in the user's
// language (an unknown code as it is).
func agreementStatusLabel(tr *i18n.Messages, status string) string {
	if key := "cooperation.status." + status; status != "" && tr.Has(key) {
		return tr.T(key)
	}
	return orDash(sanitize.Line(status))
}

// newAgreementsExportCmd writes the register as Markdown, with the
// SHA-256 footer of the minutes.
func (inv *invocation) newAgreementsExportCmd() *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: inv.tr.T("cooperation.cli.export.short"),
		Long:  inv.tr.T("cooperation.cli.export.long"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			now := inv.app.Now()
			return inv.withStore(func(s *store.Store) error {
				list, err := s.Agreements()
				if err != nil {
					return err
				}
				opt := export.AgreementsOptions{Lang: inv.lang, Today: conference.DateOf(now), ExportedAt: now}
				body := export.AgreementsBody(list, opt)
				hash := export.Hash(body)
				data := append(body, export.AgreementsFooter(hash, opt)...)
				if out == "" {
					_, err := inv.stdout.Write(data)
					return err
				}
				if err := inv.writeExportFile(out, data, force); err != nil {
					return err
				}
				inv.printOut(inv.tr.N("cooperation.cli.export.written", len(list), len(list), out, hash))
				return nil
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", inv.tr.T("cooperation.cli.export.flag.output"))
	cmd.Flags().BoolVar(&force, "force", false, inv.tr.T("export.cli.flag.force"))
	return cmd
}

// writeReviewsToFollow adds to the follow-up list (kofa actions) the
// reviews of cooperation agreements due within conference.ReviewHorizon
// days, overdue first, under a heading of their own; --overdue,
// --institution and --owner choose among them as among the actions (the
// partners, their contact persons).
func (inv *invocation) writeReviewsToFollow(s *store.Store, q store.ActionQuery) error {
	list, err := s.Agreements()
	if err != nil {
		return err
	}
	due := conference.ReviewsToFollow(list, conference.ReviewFilter{
		Today: q.Today, Overdue: q.Overdue, Institution: q.Institution, Person: q.Owner,
	})
	if len(due) == 0 {
		return nil
	}
	tr := inv.tr
	inv.printOut("")
	inv.printOut(tr.N("cooperation.cli.reviews", len(due), len(due)))
	header := []string{
		tr.T("tracker.cli.col.overdue"), tr.T("cooperation.col.review_by"), tr.T("cooperation.col.subject"),
		tr.T("cooperation.col.partners"), tr.T("cooperation.cli.col.id"),
	}
	rows := make([][]string, 0, len(due))
	for _, a := range due {
		overdue := ""
		if d := a.DaysOverdue(q.Today); d > 0 {
			overdue = strconv.Itoa(d)
		}
		rows = append(rows, []string{orDash(overdue), a.ReviewBy.String(), orDash(sanitize.Line(a.Subject)),
			orDash(sanitize.Line(a.PartnerNames())), sanitize.Line(a.ID)})
	}
	width := 0
	if inv.app.Width != nil {
		width = inv.app.Width(inv.stdout)
	}
	return writeFitTable(inv.stdout, header, rows, nil, width, []int{2, 3})
}
