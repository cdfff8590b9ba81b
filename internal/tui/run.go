// Package tui is kofa's terminal user interface: the root model, the
// screen routing, the layout and the global keys. The screens and
// components live in sub-packages (home, workspace, phase editors,
// widgets, the save pipeline).
package tui

import (
	"context"
	"errors"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/phase"
)

// Env is what the TUI needs from the command line.
type Env struct {
	Repo      Repository
	Lang      i18n.Lang
	Theme     *theme.Theme // nil: the default theme
	Catalogue *catalogue.Catalogue
	// OpenID opens this conference at once (kofa demo, kofa open <id>).
	OpenID conference.ID
	// Demo marks a rehearsal on a throwaway store: the screens say that
	// nothing is kept.
	Demo bool
	// Verified waits for the check of the store file that runs beside
	// the app and returns its result (nil: nothing to wait for). When it
	// finds damage the app ends at once and Run returns that error:
	// nothing was written, because the store writes only after the check.
	Verified func() error
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// In and Out are the terminal (nil: stdin and stdout).
	In  io.Reader
	Out io.Writer

	// folder is where files for the user go (the calendar file of the
	// follow-up list); nil: preview.DocumentsFolder. Tests set it.
	folder func() string
	// editors overrides the phase editors in tests.
	editors map[conference.PhaseID]phase.Factory
	// size is the window size in tests that run without a terminal.
	size [2]int
}

// Run starts the program and returns when the user quits. Whatever is not
// saved when the program ends for another reason (a signal, the context)
// is committed before Run returns. A panic in the program is recovered:
// the terminal is restored, what was typed is committed, and Run returns a
// *PanicError.
func Run(ctx context.Context, env Env) error {
	if env.Repo == nil {
		return errors.New("tui: no repository")
	}
	env = withDefaults(env)
	app := newApp(env, clock.Real(env.Now))
	// The first frame shows the newest conferences. Read here, before the
	// program starts, they are in the very first view; read by Init's
	// command, they had to come back through the event loop before Bubble
	// Tea's first frame tick, and on a busy machine they came a tick or
	// two later (bench/README.md).
	app.home.ReadFirstPage()
	// Signals are the caller's: main turns SIGINT, SIGTERM and SIGHUP into
	// the end of ctx, so that every signal ends the app the same way.
	// Bubble Tea's own handler would race it, quitting gracefully on some
	// signals and being killed on others.
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler()}
	if env.In != nil {
		opts = append(opts, tea.WithInput(env.In))
	}
	if env.Out != nil {
		opts = append(opts, tea.WithOutput(env.Out))
	}
	if env.size != [2]int{} {
		opts = append(opts, tea.WithWindowSize(env.size[0], env.size[1]))
	}
	p := tea.NewProgram(app, opts...)
	// Send blocks until the event loop takes the message; View runs on
	// that loop, so it must not wait for it. Send itself cannot panic.
	app.notify = func(msg tea.Msg) { go p.Send(msg) }
	final, err := p.Run()
	return finish(ctx, app, final, err)
}

// finish commits synchronously whatever the program could not (it was
// killed by a signal or the context; the event loop has stopped), and
// picks the error Run returns.
func finish(ctx context.Context, app *App, final tea.Model, err error) error {
	if a, ok := final.(*App); ok && a.workspace() != nil {
		if serr := a.workspace().SaveNow(); serr != nil && err == nil {
			err = serr
		}
	}
	if app.crash != nil {
		return app.crash
	}
	if app.damaged != nil {
		return app.damaged
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		// Bubble Tea recovered a panic in its own code; it restored the
		// terminal, and what was typed was saved above.
		return &PanicError{What: "panic recovered by the terminal library"}
	}
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err() // ended from outside; what was typed is saved
	}
	return err
}

func withDefaults(env Env) Env {
	if env.Theme == nil {
		env.Theme = theme.Default(false)
	}
	if env.Lang == "" {
		env.Lang = i18n.DE
	}
	if env.Now == nil {
		env.Now = time.Now
	}
	return env
}
