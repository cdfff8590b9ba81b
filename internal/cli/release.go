package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newReleaseCmd releases the minutes of a closed conference: `kofa release
// ID --by NAME [--function FUNCTION] [--objections-until DATE]`. Until
// then the minutes say draft. The release is recorded in the audit log
// (without the name).
func (inv *invocation) newReleaseCmd() *cobra.Command {
	var by, function, objections string
	cmd := &cobra.Command{
		Use:   "release ID",
		Short: inv.tr.T("filing.cli.release.short"),
		Long:  inv.tr.T("filing.cli.release.long"),
		Args:  inv.exactArgs(1, "ID"),
		RunE: func(_ *cobra.Command, args []string) error {
			by, function = sanitize.Line(strings.TrimSpace(by)), sanitize.Line(strings.TrimSpace(function))
			if by == "" {
				return usagef(inv.tr.T("filing.cli.release.no_by"))
			}
			today := conference.DateOf(inv.app.Now())
			until, err := inv.dayFlag(objections, today, conference.Date{}, "filing.cli.release.bad_date")
			if err != nil {
				return err
			}
			id := conference.ID(args[0])
			return inv.withConference(id, func(s *store.Store, c *conference.Conference) error {
				switch err := c.ReleaseMinutes(by, function, until, inv.app.Now()); {
				case errors.Is(err, conference.ErrReleaseNotClosed):
					return failf(inv.tr.T("filing.cli.release.not_closed", sanitize.Line(c.Title())))
				case errors.Is(err, conference.ErrReleaseObjectionsDay):
					return usagef(inv.tr.T("filing.cli.release.objections_early", until.String(), c.Date.String()))
				case err != nil:
					return err
				}
				if err := s.Save(c, conference.Change{Op: conference.OpRelease, Path: "release", Arg: until.String()}); err != nil {
					return err
				}
				if until.IsZero() {
					inv.printOut(inv.tr.T("filing.cli.release.done", sanitize.Line(c.Title()), by))
				} else {
					inv.printOut(inv.tr.T("filing.cli.release.done_until", sanitize.Line(c.Title()), by, until.String()))
				}
				return nil
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&by, "by", "", inv.tr.T("filing.cli.release.flag.by"))
	fl.StringVar(&function, "function", "", inv.tr.T("filing.cli.release.flag.function"))
	fl.StringVar(&objections, "objections-until", "", inv.tr.T("filing.cli.release.flag.objections"))
	return cmd
}
