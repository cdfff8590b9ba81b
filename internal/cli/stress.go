//go:build kofa_stress

package cli

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/store"
)

// The stress command (stressCommand) is the hidden command the
// crash-safety tests run: it opens
// the store the way the terminal app does and makes a stream of realistic
// changes through store.Save and store.Delete, printing one line after
// each has returned, so a test that kills kofa at a random moment knows
// what kofa had reported as saved:
//
//	saved <token>     a change holding <token> in its text is committed
//	deleted <token>   the conference with <token> in its facts is gone
//
// It is not part of the documented command line and not translated: its
// output is a protocol for tests, not text for people. It writes to the
// real store until it is killed, or panics on purpose, so it is built only
// with the build tag kofa_stress, which the tests that run the real binary
// set (binary_test.go); a release build does not have it.
func init() { testCommands = append(testCommands, (*invocation).newStressCmd) }

type stressOptions struct {
	run     string // prefix of the tokens, so that rounds differ
	changes int    // stop after this many changes; 0: until killed
	facts   string // the conference's facts (a marker for leak tests)
	panic   bool   // panic after the changes, with the facts in the value
}

func (inv *invocation) newStressCmd() *cobra.Command {
	var o stressOptions
	cmd := &cobra.Command{
		Use:    stressCommand,
		Hidden: true,
		Args:   inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			return inv.withStore(func(s *store.Store) error { return inv.stress(s, o) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.run, "run", "r", "")
	f.IntVar(&o.changes, "changes", 0, "")
	f.StringVar(&o.facts, "facts", "", "")
	f.BoolVar(&o.panic, "panic", false, "")
	return cmd
}

// stressPanic is what --panic panics with: a value that holds conference
// text, as a careless panic(fmt.Sprint(...)) would.
type stressPanic struct{ Facts string }

func (inv *invocation) stress(s *store.Store, o stressOptions) error {
	now := inv.app.Now()
	c := demo.Sample(string(inv.lang), now)
	c.ID = ""
	if o.facts != "" {
		c.Facts = o.facts
	}
	if err := s.Save(c, conference.Change{Op: conference.OpCreate, Path: "conference"}); err != nil {
		return err
	}
	speakers := c.Participants
	for n := 1; o.changes == 0 || n <= o.changes; n++ {
		token := o.run + "-" + strconv.Itoa(n)
		if n%10 == 0 {
			if err := inv.stressScratch(s, token); err != nil {
				return err
			}
			continue
		}
		var change conference.Change
		if n%5 == 0 {
			a := c.AddAction(conference.Action{
				What:    "Maßnahme " + token + ": Hausbesuch gemeinsam mit der Kita vorbereiten",
				OwnerID: speakers[n%len(speakers)].ID, Due: conference.DateOf(now).AddDays(7 + n%21),
			})
			change = conference.Change{Op: conference.OpAdd, Path: "actions/" + a.ID}
		} else {
			x := c.AddContribution(conference.Contribution{
				SpeakerID:  speakers[n%len(speakers)].ID,
				Text:       "Beitrag " + token + ": Das Kind wirkt müde, isst hastig und spricht wenig über zu Hause. 😟",
				Provenance: conference.ProvenanceObserved, At: now,
			})
			change = conference.Change{Op: conference.OpAdd, Path: "contributions/" + x.ID}
		}
		c.Touch(inv.app.Now())
		if err := s.Save(c, change); err != nil {
			return err
		}
		inv.printOut("saved " + token)
	}
	if o.panic {
		panic(stressPanic{Facts: c.Facts})
	}
	return nil
}

// stressScratch saves a short-lived conference and deletes it again: the
// deletion rewrites the whole file, the riskiest moment for a kill.
func (inv *invocation) stressScratch(s *store.Store, token string) error {
	c := conference.New("", conference.KindCase, inv.app.Now())
	c.Facts = "Entwurf " + token
	if err := s.Save(c, conference.Change{Op: conference.OpCreate, Path: "conference"}); err != nil {
		return err
	}
	if err := s.Delete(c.ID); err != nil && !errors.Is(err, store.ErrNotCompacted) {
		return fmt.Errorf("deleting %s: %w", token, err)
	}
	inv.printOut("deleted " + token)
	return nil
}
