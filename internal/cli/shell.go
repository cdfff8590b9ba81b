package cli

import (
	"io"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// shells are the shells `kofa completion` writes a script for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

// newCompletionCmd writes the completion script of a shell, in place of
// cobra's own command, whose help is English only. The scripts ask kofa
// for the completions (cobra's hidden __complete command), so commands,
// flags and their descriptions come in the user's language.
func (inv *invocation) newCompletionCmd() *cobra.Command {
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Short:     inv.tr.T("shell.completion.short"),
		Long:      inv.tr.T("shell.completion.long"),
		Args:      inv.exactArgs(1, "SHELL"),
		ValidArgs: shells,
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(inv.stdout, true)
			case "zsh":
				return root.GenZshCompletion(inv.stdout)
			case "fish":
				return root.GenFishCompletion(inv.stdout, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(inv.stdout)
			}
			return usagef(inv.tr.T("shell.completion.unknown", args[0]))
		},
	}
}

// newManCmd writes kofa's manual page (roff, section 1) in the run's
// language, for packagers: `kofa man > kofa.1`.
func (inv *invocation) newManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: inv.tr.T("shell.man.short"),
		Long:  inv.tr.T("shell.man.long"),
		Args:  inv.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			_, err = io.WriteString(inv.stdout, page.Build(roff.NewDocument()))
			return err
		},
	}
}

// completeFlagValues offers the values of the global flags that have a
// fixed set.
func completeFlagValues(root *cobra.Command) {
	fixed := func(values []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return values, cobra.ShellCompDirectiveNoFileComp
		}
	}
	var langs []string
	for _, l := range i18n.Langs() {
		langs = append(langs, string(l))
	}
	_ = root.RegisterFlagCompletionFunc("lang", fixed(langs))
	_ = root.RegisterFlagCompletionFunc("theme", fixed(theme.Names()))
	_ = root.RegisterFlagCompletionFunc("db", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"db"}, cobra.ShellCompDirectiveFilterFileExt
	})
}
