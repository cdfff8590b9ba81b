// Temporary stand-in: cmd/kofa with the TUI plugged in. Not delivered.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"kofa/internal/cli"
	"kofa/internal/theme"
	"kofa/internal/tui"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	app := cli.DefaultApp()
	app.RunTUI = func(ctx context.Context, env *cli.Env) error {
		th, err := theme.Load(env.Theme, env.ConfigDir)
		if err != nil {
			return err
		}
		return tui.Run(ctx, tui.Env{Repo: env.Store, Lang: env.Lang, Theme: th, OpenID: env.OpenID, In: env.Stdin, Out: env.Stdout})
	}
	code := app.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
