package tui

import (
	"context"

	"kofa/internal/cli"
	"kofa/internal/theme"
)

// RunCLI is Run behind the command line's seam (cli.RunTUI): it loads the
// theme and the user's catalogue named by env and starts the program.
// Wire it in main with app.RunTUI = tui.RunCLI.
func RunCLI(ctx context.Context, env *cli.Env) error {
	th, err := theme.Load(env.Theme, env.ConfigDir)
	if err != nil {
		return err
	}
	// The command line has loaded the user's catalogue and reported a
	// broken file (Load then falls back to the built-in lists); nil means
	// the built-in one, which the app parses when it first needs it.
	return Run(ctx, Env{
		Repo: env.Store, Lang: env.Lang, Theme: th, Catalogue: env.Catalogue, OpenID: env.OpenID,
		Demo: env.Demo, In: env.Stdin, Out: env.Stdout, Verified: env.Store.Verified,
	})
}

var _ cli.RunTUI = RunCLI
