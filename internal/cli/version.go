package cli

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

func (inv *invocation) newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: inv.tr.T("cli.version.short"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			inv.printOut(inv.app.Build.versionLine(inv.tr))
			return nil
		},
	}
}

// buildFromBinary reads what the go tool stamped into the binary: the
// module version when installed with `go install`, the VCS revision when
// built from a checkout. Release builds override both with -ldflags.
func buildFromBinary() Build {
	var b Build
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := info.Main.Version; v != "(devel)" {
		b.Version = v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			b.Commit = s.Value
		}
	}
	return b
}
