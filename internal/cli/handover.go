package cli

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/export"
	"kofa/internal/sanitize"
	"kofa/internal/store"
	"kofa/internal/textfold"
)

// handoverFlags are the options of `kofa handover`.
type handoverFlags struct {
	to, route, receiver string
	receivedBy, on      string
}

// newHandoverCmd hands a case over (Fallübergabe): `kofa handover ID --to
// INSTITUTION` starts the handover of the case conference ID belongs to;
// `kofa handover ID --received-by NAME [--on DATE]` records the receiver's
// confirmation of handover ID.
func (inv *invocation) newHandoverCmd() *cobra.Command {
	var f handoverFlags
	cmd := &cobra.Command{
		Use:   "handover ID",
		Short: inv.tr.T("handover.cli.short"),
		Long:  inv.tr.T("handover.cli.long"),
		Args: func(cmd *cobra.Command, args []string) error {
			if err := inv.exactArgs(1, "ID")(cmd, args); err != nil {
				return err
			}
			path := cmd.CommandPath()
			start, receipt := f.to != "" || f.route != "" || f.receiver != "", f.receivedBy != "" || f.on != ""
			switch {
			case start && receipt:
				return usagef(inv.tr.T("handover.cli.usage.both", path))
			case !start && !receipt:
				return usagef(inv.tr.T("handover.cli.usage.neither", path))
			case start && strings.TrimSpace(f.to) == "":
				return usagef(inv.tr.T("handover.cli.usage.to", path))
			case f.route != "" && !slices.Contains(conference.Routes, f.route):
				return usagef(inv.tr.T("handover.cli.usage.route", sanitize.Line(f.route), strings.Join(conference.Routes, ", ")))
			case receipt && strings.TrimSpace(f.receivedBy) == "":
				return usagef(inv.tr.T("handover.cli.usage.received_by", path))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			id := conference.ID(args[0])
			if f.receivedBy != "" {
				return inv.confirmReceipt(id, f)
			}
			return inv.startHandover(id, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.to, "to", "", inv.tr.T("handover.cli.flag.to"))
	fl.StringVar(&f.route, "route", "", inv.tr.T("handover.cli.flag.route"))
	fl.StringVar(&f.receiver, "receiver", "", inv.tr.T("handover.cli.flag.receiver"))
	fl.StringVar(&f.receivedBy, "received-by", "", inv.tr.T("handover.cli.flag.received_by"))
	fl.StringVar(&f.on, "on", "", inv.tr.T("handover.cli.flag.on"))
	return cmd
}

// startHandover starts the handover of the case of conference id.
func (inv *invocation) startHandover(id conference.ID, f handoverFlags) error {
	return inv.withConference(id, func(s *store.Store, c *conference.Conference) error {
		if !c.Kind.AboutCase() || c.CaseCode == "" {
			return failf(inv.tr.T("handover.cli.no_case", sanitize.Line(c.Title())))
		}
		history, err := s.CaseConferences(c.CaseCode)
		if err != nil {
			return err
		}
		from := conference.LatestHeld(history, c.CaseCode)
		if from == nil {
			return failf(inv.tr.T("handover.cli.not_held", sanitize.Line(c.CaseCode)))
		}
		h := conference.NewHandover(from, history, "", sanitize.Line(strings.TrimSpace(f.to)), inv.app.Now())
		h.Handover.Route = f.route
		h.Handover.Receiver = sanitize.Line(strings.TrimSpace(f.receiver))
		if err := s.Save(h, conference.Change{Op: conference.OpCreate, Arg: string(from.ID)}); err != nil {
			return err
		}
		inv.printOut(inv.tr.T("handover.cli.created", h.ID, sanitize.Line(h.CaseCode), h.Handover.To, len(h.Takeovers())))
		return nil
	})
}

// confirmReceipt records the receiver's confirmation of handover id.
func (inv *invocation) confirmReceipt(id conference.ID, f handoverFlags) error {
	now := inv.app.Now()
	today := conference.DateOf(now)
	on, err := inv.dayFlag(f.on, today, today, "handover.cli.bad_date")
	if err != nil {
		return err
	}
	return inv.withConference(id, func(s *store.Store, c *conference.Conference) error {
		by := sanitize.Line(strings.TrimSpace(f.receivedBy))
		switch err := c.ConfirmReceipt(by, on, now); {
		case errors.Is(err, conference.ErrNoHandover):
			return failf(inv.tr.T("handover.cli.not_handover", sanitize.Line(c.Title())))
		case errors.Is(err, conference.ErrHandoverNotHeld):
			return failf(inv.tr.T("handover.cli.receipt_not_held"))
		case errors.Is(err, conference.ErrStatusInFuture):
			return usagef(inv.tr.T("handover.cli.receipt_future", on.String()))
		case errors.Is(err, conference.ErrReceiptBeforeHandover):
			return usagef(inv.tr.T("handover.cli.receipt_early", on.String(), c.Date.String()))
		case err != nil:
			return err
		}
		if err := s.Save(c, conference.Change{Op: conference.OpUpdate, Path: "handover/receipt", Arg: on.String()}); err != nil {
			return err
		}
		inv.printOut(inv.tr.T("handover.cli.received", sanitize.Line(c.CaseCode), c.Handover.To, by, on.String()))
		return nil
	})
}

// renderHandover renders the handover document of handover c from its
// case's conferences in the store.
func (inv *invocation) renderHandover(s *store.Store, c *conference.Conference, cat *catalogue.Catalogue) (data []byte, hash string, err error) {
	if !c.IsHandover() {
		return nil, "", failf(inv.tr.T("handover.cli.export_not_handover", sanitize.Line(c.Title()), c.ID))
	}
	history, err := s.CaseConferences(c.CaseCode)
	if err != nil {
		return nil, "", err
	}
	opt := export.Options{Lang: inv.lang, ExportedAt: inv.app.Now(), Catalogue: cat}
	body := export.HandoverBody(c, history, opt)
	hash = export.Hash(body)
	return append(body, export.Footer(hash, opt)...), hash, nil
}

// writeReceiptsToFollow adds to the follow-up list (kofa actions) the
// handovers whose receipt is still to be confirmed, under a heading of
// their own: overdue two weeks after the handover; --overdue keeps those,
// --institution and --owner choose by the receiving institution and
// professional.
func (inv *invocation) writeReceiptsToFollow(s *store.Store, q store.ActionQuery) error {
	list, err := s.PendingReceipts()
	if err != nil {
		return err
	}
	list = slices.DeleteFunc(list, func(p conference.PendingReceipt) bool {
		switch {
		case q.Overdue && p.DaysOverdue(q.Today) <= 0:
			return true
		case q.Institution != "" && !textfold.Contains(p.To, q.Institution) && p.ToType != q.Institution:
			return true
		case q.Owner != "" && !textfold.Contains(p.Receiver, q.Owner):
			return true
		}
		return false
	})
	if len(list) == 0 {
		return nil
	}
	tr := inv.tr
	inv.printOut("")
	inv.printOut(tr.N("handover.cli.receipts", len(list), len(list)))
	header := []string{
		tr.T("tracker.cli.col.overdue"), tr.T("handover.cli.col.handed_over"), tr.T("tracker.cli.col.case"),
		tr.T("handover.cli.col.to"), tr.T("handover.cli.col.receiver"), tr.T("tracker.cli.col.id"),
	}
	rows := make([][]string, 0, len(list))
	for _, p := range list {
		overdue := ""
		if d := p.DaysOverdue(q.Today); d > 0 {
			overdue = strconv.Itoa(d)
		}
		rows = append(rows, []string{orDash(overdue), orDash(p.Date.String()), orDash(sanitize.Line(p.CaseCode)),
			orDash(sanitize.Line(p.To)), orDash(sanitize.Line(p.Receiver)), string(p.ID)})
	}
	width := 0
	if inv.app.Width != nil {
		width = inv.app.Width(inv.stdout)
	}
	if err := writeFitTable(inv.stdout, header, rows, nil, width, []int{3, 4}); err != nil {
		return err
	}
	inv.printOut(tr.T("handover.cli.receipts_hint"))
	return nil
}
