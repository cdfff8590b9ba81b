package cli

import (
	"bytes"
	"errors"
	"io"

	"github.com/spf13/cobra"

	"kofa/internal/calendar"
	"kofa/internal/conference"
	"kofa/internal/store"
)

// icsFlags are the flags of `kofa actions --ics -o FILE.ics`.
type icsFlags struct {
	enabled, withText, force bool
	out                      string
}

func (f *icsFlags) register(inv *invocation, cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.enabled, "ics", false, inv.tr.T("calendarcli.flag.ics"))
	fl.StringVarP(&f.out, "output", "o", "", inv.tr.T("calendarcli.flag.output"))
	fl.BoolVar(&f.withText, "with-text", false, inv.tr.T("calendarcli.flag.with_text"))
	fl.BoolVar(&f.force, "force", false, inv.tr.T("calendarcli.flag.force"))
}

// check refuses flags that make sense only with --ics, and --ics without
// a file.
func (f *icsFlags) check(inv *invocation) error {
	switch {
	case f.enabled && f.out == "":
		return usagef(inv.tr.T("calendarcli.needs_output"))
	case !f.enabled && (f.out != "" || f.withText || f.force):
		return usagef(inv.tr.T("calendarcli.needs_ics"))
	}
	return nil
}

// writeICS writes the reminders: the due dates of the actions the query
// selects (and, so a calendar that imported an earlier file learns of it,
// those settled since as cancelled) and, without an owner or institution
// filter, the review dates not held yet (and those held since, cancelled). With --with-text the action's
// text goes in too, after a warning: calendars are often synced to a
// server.
func (inv *invocation) writeICS(s *store.Store, q store.ActionQuery, f icsFlags) error {
	tr := inv.tr
	if f.withText {
		_, _ = io.WriteString(inv.stderr, tr.T("calendarcli.warning_text")+"\n")
	}
	q.All = true
	actions, err := s.OpenActions(q)
	if err != nil {
		return err
	}
	var reviews []conference.Summary
	var held []store.HeldReview
	if q.Owner == "" && q.Institution == "" {
		if reviews, err = s.List(); err != nil {
			return err
		}
		if held, err = s.ReviewsHeld(); err != nil {
			return err
		}
	}
	entries := append(calendar.Reminders(tr, actions, reviews, f.withText), calendar.HeldReviews(tr, held)...)
	var buf bytes.Buffer
	if err := calendar.Write(&buf, entries, inv.app.Now()); err != nil {
		return err
	}
	switch err := writePrivateFile(f.out, buf.Bytes(), f.force); {
	case errors.Is(err, errTargetExists):
		return failf(tr.T("calendarcli.exists", f.out))
	case err != nil:
		return failf(tr.T("calendarcli.failed", f.out, err.Error()))
	}
	inv.printOut(tr.N("calendarcli.done", len(entries), len(entries), f.out))
	return nil
}
