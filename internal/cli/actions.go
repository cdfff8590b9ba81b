package cli

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/history"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newActionsCmd is the action tracker ("Wiedervorlage"): open actions of
// every conference, overdue first, each with its status history; with
// --all the settled ones too; `actions done` records a status.
func (inv *invocation) newActionsCmd() *cobra.Command {
	var (
		q      store.ActionQuery
		asJSON bool
		ics    icsFlags
	)
	cmd := &cobra.Command{
		Use:   "actions",
		Short: inv.tr.T("tracker.cli.short"),
		Long:  inv.tr.T("tracker.cli.long"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			q.Today = conference.DateOf(inv.app.Now())
			if err := ics.check(inv); err != nil {
				return err
			}
			return inv.withStore(func(s *store.Store) error {
				if ics.enabled {
					return inv.writeICS(s, q, ics)
				}
				list, err := s.OpenActions(q)
				if err != nil {
					return err
				}
				duties, err := s.OpenDuties(q)
				if err != nil {
					return err
				}
				if asJSON {
					return inv.writeActionsJSON(list, duties, q.Today)
				}
				if err := inv.writeActions(list, duties, q); err != nil {
					return err
				}
				if err := inv.writeReviewsToFollow(s, q); err != nil {
					return err
				}
				return inv.writeReceiptsToFollow(s, q)
			})
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&q.Overdue, "overdue", false, inv.tr.T("tracker.cli.flag.overdue"))
	fl.StringVar(&q.Owner, "owner", "", inv.tr.T("tracker.cli.flag.owner"))
	fl.StringVar(&q.Institution, "institution", "", inv.tr.T("tracker.cli.flag.institution"))
	fl.BoolVar(&q.All, "all", false, inv.tr.T("trackerhistory.flag.all"))
	fl.BoolVar(&asJSON, "json", false, inv.tr.T("tracker.cli.flag.json"))
	ics.register(inv, cmd)
	cmd.AddCommand(inv.newActionsDoneCmd())
	return cmd
}

// trackedJSON is one line of `kofa actions --json`: codes and ISO dates,
// so scripts do not depend on the language. FollowUp is the current
// status, History every entry.
type trackedJSON struct {
	// Kind is "action", or for a duty besides the actions
	// conference.DutyFeedback or conference.DutyDistribution (ActionID is
	// then the reporting professional's or the distribution entry's ID,
	// What the document).
	Kind         string                   `json:"kind"`
	ConferenceID conference.ID            `json:"conference_id"`
	ActionID     string                   `json:"action_id"`
	Title        string                   `json:"title"`
	ConfDate     conference.Date          `json:"conference_date"`
	What         string                   `json:"what"`
	Owner        string                   `json:"owner"`
	Institution  string                   `json:"institution"`
	Due          conference.Date          `json:"due"`
	DaysOverdue  int                      `json:"days_overdue"`
	Open         bool                     `json:"open"`
	FollowUp     string                   `json:"follow_up"`
	History      []conference.StatusEntry `json:"history"`
	// Agreed: the owner said yes (at this conference or, for an action
	// carried forward, at an earlier one), as the minutes say.
	Agreed bool `json:"agreed"`
	// Recipient is who a duty is owed to (empty for an action).
	Recipient string `json:"recipient,omitempty"`
}

func (inv *invocation) writeActionsJSON(list []store.TrackedAction, duties []store.TrackedDuty, today conference.Date) error {
	out := make([]trackedJSON, 0, len(list)+len(duties))
	for _, a := range list {
		h := a.History
		if h == nil {
			h = []conference.StatusEntry{}
		}
		out = append(out, trackedJSON{
			Kind: "action", ConferenceID: a.ConferenceID, ActionID: a.ActionID, Title: a.Title, ConfDate: a.ConfDate,
			What: a.What, Owner: a.Owner, Institution: a.Institution, Due: a.Due,
			DaysOverdue: max(a.DaysOverdue(today), 0), Open: a.Open, FollowUp: a.Status(), History: h,
			Agreed: a.Agreement != conference.NotAgreed,
		})
	}
	out = append(out, dutiesJSON(duties, today)...)
	enc := json.NewEncoder(inv.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// Columns of the tracker table that give up room when the terminal is
// narrow: what, who, institution, case.
var actionsShrink = []int{3, 4, 5, 6}

func (inv *invocation) writeActions(list []store.TrackedAction, duties []store.TrackedDuty, q store.ActionQuery) error {
	tr := inv.tr
	if len(list) == 0 && len(duties) == 0 {
		if q.Overdue || q.Owner != "" || q.Institution != "" {
			inv.printOut(tr.T("tracker.cli.none_matching"))
		} else {
			inv.printOut(tr.T("tracker.cli.empty"))
		}
		return nil
	}
	header := []string{
		tr.T("tracker.cli.col.overdue"), tr.T("tracker.cli.col.due"), tr.T("trackerhistory.col.status"),
		tr.T("tracker.cli.col.what"), tr.T("tracker.cli.col.owner"), tr.T("tracker.cli.col.institution"),
		tr.T("tracker.cli.col.case"), tr.T("tracker.cli.col.id"),
	}
	rows := make([][]string, 0, len(list))
	notes := make([][]string, 0, len(list))
	for _, a := range list {
		overdue := ""
		if d := a.DaysOverdue(q.Today); d > 0 {
			overdue = strconv.Itoa(d)
		}
		rows = append(rows, []string{
			orDash(overdue),
			orDash(a.Due.String()),
			history.Status(tr, a.Status()),
			orDash(sanitize.Line(a.What)),
			orDash(sanitize.Line(a.Owner)),
			orDash(sanitize.Line(a.Institution)),
			orDash(sanitize.Line(a.Title)),
			string(a.ConferenceID) + "/" + sanitize.Line(a.ActionID),
		})
		var lines []string
		if a.Agreement == conference.NotAgreed {
			// What the minutes say of it: nobody agreed to this one.
			lines = append(lines, "└ "+tr.T(a.Agreement.MessageKey()))
		}
		for _, e := range a.History {
			lines = append(lines, "└ "+history.Line(tr, e))
		}
		notes = append(notes, lines)
	}
	rows, notes = inv.mergeDuties(list, rows, notes, duties, q.Today)
	width := 0
	if inv.app.Width != nil {
		width = inv.app.Width(inv.stdout)
	}
	return writeFitTable(inv.stdout, header, rows, notes, width, actionsShrink)
}

// newActionsDoneCmd records what became of an action: `kofa actions done
// ID ACTION` or, as the tracker prints it, `kofa actions done ID/ACTION`.
// The status is done unless --status says otherwise; every call adds an
// entry to the action's history, none replaces one.
func (inv *invocation) newActionsDoneCmd() *cobra.Command {
	var (
		date, note, by, status string
		force                  bool
	)
	cmd := &cobra.Command{
		Use:   "done ID ACTION",
		Short: inv.tr.T("tracker.cli.done.short"),
		Long:  inv.tr.T("tracker.cli.done.long"),
		Args:  inv.rangeArgs(1, 2, "ID ACTION"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, action, ok := splitActionRef(args)
			if !ok {
				return usagef(inv.tr.T("tracker.cli.done.bad_ref", sanitize.Line(strings.Join(args, " "))))
			}
			if status == conference.FollowUpOpen || !validStatus(status) {
				return usagef(inv.tr.T("trackerhistory.bad_status", sanitize.Line(status)))
			}
			today := conference.DateOf(inv.app.Now())
			on, err := inv.dayFlag(date, today, today, "tracker.cli.done.bad_date")
			if err != nil {
				return err
			}
			switch err := conference.CheckStatusDay(on, today, force); {
			case errors.Is(err, conference.ErrStatusInFuture):
				return usagef(inv.tr.T("trackerhistory.future", on.String()))
			case errors.Is(err, conference.ErrStatusLongAgo):
				return usagef(inv.tr.T("trackerhistory.long_ago", on.String()))
			}
			if !cmd.Flags().Changed("by") && inv.app.User != nil {
				by = inv.app.User()
			}
			e := conference.StatusEntry{Status: status, On: on, By: sanitize.Line(by), Note: sanitize.Text(note)}
			return inv.withExistingStore(
				func(string) error { return failf(inv.tr.T("cli.error.not_found")) },
				func(s *store.Store) error {
					err := s.RecordActionStatus(id, action, e, force)
					switch {
					case errors.Is(err, store.ErrActionNotFound):
						return failf(inv.tr.T("tracker.cli.done.no_action", sanitize.Line(action), id))
					case errors.Is(err, store.ErrNotFound):
						return failf(inv.tr.T("cli.error.not_found"))
					case err != nil:
						return err
					}
					inv.printOut(inv.tr.T("trackerhistory.recorded", sanitize.Line(action), id, history.Status(inv.tr, status), on.String()))
					return nil
				})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&date, "date", "", inv.tr.T("tracker.cli.done.flag.date"))
	fl.StringVar(&note, "note", "", inv.tr.T("tracker.cli.done.flag.note"))
	fl.StringVar(&by, "by", "", inv.tr.T("trackerhistory.flag.by"))
	fl.StringVar(&status, "status", conference.FollowUpDone, inv.tr.T("trackerhistory.flag.status"))
	fl.BoolVar(&force, "force", false, inv.tr.T("trackerhistory.flag.force"))
	return cmd
}

func validStatus(s string) bool {
	for _, f := range conference.FollowUps {
		if f == s {
			return true
		}
	}
	return false
}

// splitActionRef reads "ID ACTION" or "ID/ACTION".
func splitActionRef(args []string) (conference.ID, string, bool) {
	var id, action string
	if len(args) == 2 {
		id, action = args[0], args[1]
	} else {
		var ok bool
		if id, action, ok = strings.Cut(args[0], "/"); !ok {
			return "", "", false
		}
	}
	return conference.ID(id), action, id != "" && action != ""
}

// rangeArgs requires between lo and hi arguments; what names them for the
// message.
func (inv *invocation) rangeArgs(lo, hi int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < lo:
			return usagef(inv.tr.T("cli.usage.missing_arg", what, cmd.CommandPath()))
		case len(args) > hi:
			return usagef(inv.tr.T("cli.usage.extra_args", strings.Join(args[hi:], " "), cmd.CommandPath()))
		}
		return nil
	}
}
