package main

import (
	"context"

	"kofa/internal/cli"
	"kofa/internal/theme"
	"kofa/internal/tui"
)

// runTUI is the seam between the command line and the terminal app
// (cli.RunTUI): it loads the theme and the user's catalogue named by env
// and starts the app. It lives here, in main, because neither package
// imports the other: the command line is built and tested without the
// terminal app, and the terminal app knows nothing of cobra or flags.
func runTUI(ctx context.Context, env *cli.Env) error {
	th, err := theme.Load(env.Theme, env.ConfigDir)
	if err != nil {
		return err
	}
	// The command line has loaded the user's catalogue and reported a
	// broken file (Load then falls back to the built-in lists); nil means
	// the built-in one, which the app parses when it first needs it.
	return tui.Run(ctx, tui.Env{
		Repo: env.Store, Lang: env.Lang, Theme: th, Catalogue: env.Catalogue, OpenID: env.OpenID,
		Demo: env.Demo, In: env.Stdin, Out: env.Stdout, Verified: env.Store.Verified,
	})
}

var _ cli.RunTUI = runTUI
