package cli

import "github.com/spf13/cobra"

// newHelpCmd replaces cobra's help command, whose texts are English only.
func (inv *invocation) newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "help [command]",
		Short:   inv.tr.T("cli.help.short"),
		GroupID: groupCommands,
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil {
				return inv.noArgs(cmd.Root(), args)
			}
			if len(rest) > 0 {
				return inv.noArgs(target, rest)
			}
			return target.Help()
		},
	}
}
