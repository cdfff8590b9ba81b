package cli

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newRetentionCmd shows or sets the retention period and lists the
// conferences kept longer than it.
func (inv *invocation) newRetentionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "retention [DAYS|off]",
		Short: inv.tr.T("tracker.retention.short"),
		Long:  inv.tr.T("tracker.retention.long"),
		Args:  inv.rangeArgs(0, 1, "DAYS"),
		RunE: func(_ *cobra.Command, args []string) error {
			set, days := false, 0
			if len(args) == 1 {
				var ok bool
				if days, ok = parseRetention(args[0]); !ok {
					return usagef(inv.tr.T("tracker.retention.bad_value", sanitize.Line(args[0])))
				}
				set = true
			}
			return inv.withStore(func(s *store.Store) error {
				if set {
					if err := s.SetRetentionDays(days); err != nil {
						return err
					}
				}
				days, err := s.RetentionDays()
				if err != nil {
					return err
				}
				if days == 0 {
					inv.printOut(inv.tr.T("tracker.retention.none"))
					return nil
				}
				inv.printOut(inv.tr.N("tracker.retention.days", days, days))
				list, err := s.List()
				if err != nil {
					return err
				}
				past := conference.PastRetention(list, days, conference.DateOf(inv.app.Now()))
				if len(past) == 0 {
					inv.printOut(inv.tr.T("tracker.retention.nothing_past"))
					return nil
				}
				inv.printOut(inv.tr.N("tracker.retention.past", len(past), len(past)))
				return inv.writeList(past)
			})
		},
	}
}

// parseRetention reads a number of days (0 or more) or "off" ("aus").
func parseRetention(s string) (int, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "aus", "none", "keine":
		return 0, true
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || !conference.ValidRetention(n) {
		return 0, false
	}
	return n, true
}
