package cli

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/crash"
	"kofa/internal/sanitize"
	"kofa/internal/store"
)

func (inv *invocation) newDeleteCmd() *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:   "delete ID",
		Short: inv.tr.T("cli.delete.short"),
		Long:  inv.tr.T("cli.delete.long"),
		Args:  inv.exactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := conference.ID(args[0])
			return inv.withConferenceOr("cli.delete.not_found", id, func(s *store.Store, c *conference.Conference) error {
				if !yes {
					followUps, err := s.FollowUpsOf(id)
					if err != nil {
						return err
					}
					ok, err := inv.confirmDelete(cmd.Context(), c, inv.whatGoes(s, c, followUps))
					if err != nil || !ok {
						return err
					}
				}
				if err := s.Delete(id); err != nil {
					return err
				}
				inv.printOut(inv.tr.T("cli.delete.done", id))
				inv.listCopies(s.Path(), store.RewriteDelete)
				return nil
			})
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, inv.tr.T("cli.delete.flag.yes"))
	return cmd
}

// confirmDelete asks on the terminal before anything is deleted. Without
// a terminal nobody can answer, so it refuses rather than guess.
func (inv *invocation) confirmDelete(ctx context.Context, c *conference.Conference, goes []string) (bool, error) {
	name := sanitize.Line(c.Title())
	if name == "" {
		name = string(c.ID)
	}
	if !inv.app.IsTerminal(inv.stdin) {
		return false, failf(inv.tr.T("cli.delete.needs_yes", name, c.ID))
	}
	for _, line := range goes {
		_, _ = io.WriteString(inv.stderr, line+"\n")
	}
	_, _ = io.WriteString(inv.stderr, inv.tr.T("cli.delete.confirm", name, orDash(c.Date.String()))+" ")
	answer, err := readLine(ctx, inv.stdin)
	if err != nil {
		_, _ = io.WriteString(inv.stderr, "\n") // end the question's line
		return false, err
	}
	if !isYes(answer) {
		inv.printOut(inv.tr.T("cli.delete.kept"))
		return false, nil
	}
	return true, nil
}

// whatGoes names, before the question, what goes with the conference:
// its open actions leave the follow-up list, a follow-up keeps only a
// readable reference, and the archive export keeps everything.
func (inv *invocation) whatGoes(s *store.Store, c *conference.Conference, followUps []conference.ID) []string {
	tr := inv.tr
	var out []string
	if n := c.OpenActions(); n > 0 {
		out = append(out, tr.N("homedelete.open_actions", n, n))
	}
	for _, id := range followUps {
		when := string(id)
		if f, err := s.Get(id); err == nil {
			when = orDash(f.Date.String())
		}
		out = append(out, tr.T("homedelete.follow_up", when))
	}
	return append(out, tr.T("homedelete.archive", c.ID))
}

// readLine reads one line, or up to the end of the input. It gives up when
// ctx ends: main catches Ctrl+C to shut down cleanly, so without this a
// user pressing Ctrl+C at the question would be left waiting.
func readLine(ctx context.Context, r io.Reader) (string, error) {
	type line struct {
		text string
		err  error
	}
	got := make(chan line, 1) // the reader may finish after we gave up
	go func() {
		defer func() {
			if v := recover(); v != nil {
				got <- line{err: crash.Capture(v)} // reported like main's own panics
			}
		}()
		text, err := bufio.NewReader(r).ReadString('\n')
		if errors.Is(err, io.EOF) {
			err = nil
		}
		got <- line{text, err}
	}()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case l := <-got:
		return l.text, l.err
	}
}

// isYes accepts y, yes, j and ja in either language, so a German habit
// works in the English UI and the other way round. Anything else, also an
// empty answer, means no.
func isYes(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes", "j", "ja":
		return true
	}
	return false
}
