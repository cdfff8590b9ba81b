package cli

import "github.com/spf13/cobra"

// catchErrors keeps the errors of kofa's own commands away from fang.
//
// fang styles an error message for the terminal it goes to: before
// calling the error handler it asks the terminal for its background
// colour (raw mode, an OSC 11 query, up to two seconds of waiting for the
// reply on stdin). kofa prints its errors as one plain line and needs no
// colour; and after the terminal app ended on a signal, the query can
// lose the terminal's reply and wait for a key that never comes.
//
// So every argument check, flag error and command of the tree records its
// error in inv.err and reports success to cobra; execute prints inv.err
// itself. Once an error is recorded nothing further runs: cobra goes on
// after a flag error returned as nil, and the wrapped checks and commands
// then do nothing.
func (inv *invocation) catchErrors(cmd *cobra.Command) {
	if args := cmd.Args; args != nil {
		cmd.Args = func(c *cobra.Command, a []string) error {
			if inv.err == nil {
				inv.err = args(c, a)
			}
			return nil
		}
	}
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, a []string) error {
			if inv.err == nil {
				inv.err = run(c, a)
			}
			return nil
		}
	}
	if !cmd.HasParent() {
		flagErr := cmd.FlagErrorFunc()
		cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
			if inv.err == nil {
				inv.err = flagErr(c, err)
			}
			return nil
		})
	}
	for _, sub := range cmd.Commands() {
		inv.catchErrors(sub)
	}
}
