package tui

import (
	"context"
	"path/filepath"

	"kofa/internal/cli"
	"kofa/internal/conference/catalogue"
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
	// broken file (Load then falls back to the built-in lists).
	cat := env.Catalogue
	if cat == nil {
		cat = catalogue.Builtin()
		if env.ConfigDir != "" {
			cat, _ = catalogue.Load(filepath.Join(env.ConfigDir, catalogue.FileName))
		}
	}
	return Run(ctx, Env{
		Repo: env.Store, Lang: env.Lang, Theme: th, Catalogue: cat, OpenID: env.OpenID,
		Demo: env.Demo, In: env.Stdin, Out: env.Stdout, Verified: env.Store.Verified,
	})
}

var _ cli.RunTUI = RunCLI
