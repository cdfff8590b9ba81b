package cli

import (
	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

// newFollowUpCmd starts the next conference of a case: participants
// invited again, responsibilities kept (to confirm), open actions up for
// review. A second follow-up of the same conference is usually a slip:
// it is refused, naming the existing one, unless --again is given.
func (inv *invocation) newFollowUpCmd() *cobra.Command {
	var again bool
	cmd := &cobra.Command{
		Use:   "followup ID",
		Short: inv.tr.T("tracker.followup.short"),
		Long:  inv.tr.T("tracker.followup.long"),
		Args:  inv.exactArgs(1, "ID"),
		RunE: func(_ *cobra.Command, args []string) error {
			id := conference.ID(args[0])
			return inv.withConference(id, func(s *store.Store, prev *conference.Conference) error {
				if prev.Kind == conference.KindHandover {
					return failf(inv.tr.T("handover.cli.no_followup", sanitize.Line(prev.CaseCode)))
				}
				if !again {
					if err := inv.refuseSecondFollowUp(s, prev); err != nil {
						return err
					}
				}
				c := conference.NewFollowUp(prev, "", inv.app.Now())
				if err := s.Save(c, conference.Change{Op: conference.OpCreate, Arg: string(prev.ID)}); err != nil {
					return err
				}
				if c.Kind == conference.KindNetwork {
					inv.printOut(inv.tr.N("network.cli.next_meeting", len(c.Agenda), c.ID, sanitize.Line(prev.Title()),
						orDash(c.Date.String()), len(c.Agenda), len(c.Reviews)))
					return nil
				}
				inv.printOut(inv.tr.N("tracker.followup.done", len(c.Reviews), c.ID, sanitize.Line(prev.Title()), len(c.Reviews)))
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&again, "again", false, inv.tr.T("followupagain.flag"))
	return cmd
}

// refuseSecondFollowUp fails, naming the follow-up that exists, when prev
// has one already.
func (inv *invocation) refuseSecondFollowUp(s *store.Store, prev *conference.Conference) error {
	ids, err := s.FollowUpsOf(prev.ID)
	if err != nil || len(ids) == 0 {
		return err
	}
	existing, err := s.Get(ids[0])
	if err != nil {
		return err
	}
	return failf(inv.tr.T("followupagain.exists", sanitize.Line(prev.Title()), existing.ID, orDash(existing.Date.String())))
}
