package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// noArgs rejects stray words after a command. After kofa itself they are
// usually a misspelt command, so it suggests the one probably meant.
func (inv *invocation) noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasParent() {
		return usagef(inv.tr.T("cli.usage.extra_args", strings.Join(args, " "), cmd.CommandPath()))
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return usagef(inv.tr.T("cli.usage.unknown_command_suggest", args[0], s[0]))
	}
	return usagef(inv.tr.T("cli.usage.unknown_command", args[0]))
}

// exactArgs requires n arguments; what names them for the message.
func (inv *invocation) exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n {
			return nil
		}
		if len(args) < n {
			return usagef(inv.tr.T("cli.usage.missing_arg", what, cmd.CommandPath()))
		}
		return usagef(inv.tr.T("cli.usage.extra_args", strings.Join(args[n:], " "), cmd.CommandPath()))
	}
}

// flagError translates pflag's parse errors into one line that names the
// flag and points to the command's help.
func (inv *invocation) flagError(cmd *cobra.Command, err error) error {
	tr, path := inv.tr, cmd.CommandPath()
	if e, ok := errors.AsType[*pflag.NotExistError](err); ok {
		name := "--" + e.GetSpecifiedName()
		if e.GetSpecifiedShortnames() != "" {
			name = "-" + e.GetSpecifiedName()
		}
		return usagef(tr.T("cli.usage.unknown_flag", name, path))
	}
	if e, ok := errors.AsType[*pflag.ValueRequiredError](err); ok {
		return usagef(tr.T("cli.usage.flag_needs_value", "--"+e.GetFlag().Name, path))
	}
	if e, ok := errors.AsType[*pflag.InvalidValueError](err); ok {
		return usagef(tr.T("cli.usage.flag_bad_value", e.GetValue(), "--"+e.GetFlag().Name, path))
	}
	if e, ok := errors.AsType[*pflag.InvalidSyntaxError](err); ok {
		return usagef(tr.T("cli.usage.flag_bad_syntax", e.GetSpecifiedFlag(), path))
	}
	return usagef(tr.T("cli.usage.other", err.Error(), path))
}
