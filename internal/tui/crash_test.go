package tui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/crash"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/tui/phase"
)

// Markers that must never reach an error, a stack or a crash note: one in
// the stored conference, one typed just before the panic, one in the panic
// value.
const (
	storedMarker = "Sachverhalt-Marker-4711"
	typedMarker  = "Raum-Marker-0815"
	panicMarker  = "Panikwert-Marker-2342"
)

// exploding is an editor that panics where the test says once it is shown.
// Before that it writes typedMarker into the conference, as if typed.
type exploding struct {
	ctx   *phase.Context
	where string
	shown bool
}

func (e *exploding) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	if _, ok := msg.(phase.EnterMsg); !ok {
		return e, nil
	}
	e.shown = true
	e.ctx.Conf.Place = typedMarker // typed a moment ago, not yet saved
	switch e.where {
	case "update":
		panic(errors.New(panicMarker))
	case "command":
		return e, func() tea.Msg { panic(panicMarker) }
	case "batched command":
		return e, tea.Batch(nil, func() tea.Msg { panic([]string{panicMarker}) })
	case "sequenced command":
		return e, tea.Sequence(func() tea.Msg { return nil }, func() tea.Msg { panic(panicMarker) })
	}
	return e, nil
}

func (e *exploding) View(int, int) string {
	if e.where == "view" && e.shown {
		var names map[string][]string
		return names[panicMarker][3] // a runtime error: index out of range
	}
	return ""
}
func (*exploding) KeyMap() help.KeyMap { return noKeys{} }
func (*exploding) Typing() bool        { return false }

type noKeys struct{}

func (noKeys) ShortHelp() []key.Binding  { return nil }
func (noKeys) FullHelp() [][]key.Binding { return nil }

// TestRunRecoversAPanicAnywhere runs the real program on a real store with
// an editor that panics in Update, in View or in a command. Every time the
// terminal is restored, what was typed is saved, and Run returns a
// *PanicError that holds none of the markers.
func TestRunRecoversAPanicAnywhere(t *testing.T) {
	for _, where := range []string{"update", "view", "command", "batched command", "sequenced command"} {
		t.Run(where, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kofa.db")
			s, err := store.Open(path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			c := conference.New(conference.NewID(), conference.KindCase, start)
			c.Facts = storedMarker
			if err := s.Save(c); err != nil {
				t.Fatal(err)
			}

			in, keep := io.Pipe() // a terminal that sends nothing
			defer keep.Close()
			var out bytes.Buffer
			env := Env{Repo: s, Lang: i18n.DE, OpenID: c.ID, In: in, Out: &out, size: [2]int{100, 30},
				editors: map[conference.PhaseID]phase.Factory{
					conference.PhasePreparation: func(ctx *phase.Context) phase.Editor { return &exploding{ctx: ctx, where: where} },
				}}
			done := make(chan error, 1)
			go func() { done <- Run(context.Background(), env) }()
			select {
			case err = <-done:
			case <-time.After(20 * time.Second): // a guard against hanging, not a wait
				t.Fatal("the program did not end after the panic")
			}

			p, ok := errors.AsType[*crash.Panic](err)
			if !ok || !errors.Is(err, ErrPanic) {
				t.Fatalf("Run returned %v, want a *PanicError", err)
			}
			for _, m := range []string{storedMarker, typedMarker, panicMarker} {
				if strings.Contains(p.What, m) || bytes.Contains(p.Stack, []byte(m)) || strings.Contains(out.String(), m) {
					t.Errorf("%s reached the error, its stack or the terminal", m)
				}
			}
			if where == "view" && !strings.Contains(p.What, "index out of range") {
				t.Errorf("What = %q, want the runtime error", p.What)
			}
			if !bytes.Contains(p.Stack, []byte("kofa/internal/tui.(*exploding).")) {
				t.Errorf("the stack does not name the editor that panicked:\n%s", p.Stack)
			}
			// The terminal is left as it was found: main screen, cursor.
			if o := out.String(); !strings.Contains(o, "\x1b[?1049l") || !strings.Contains(o, "\x1b[?25h") {
				t.Errorf("terminal not restored:\n%q", o[max(0, len(o)-200):])
			}
			got, err := s.Get(c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Facts != storedMarker || got.Place != typedMarker {
				t.Errorf("stored facts %q place %q: what was saved or typed before the panic is lost", got.Facts, got.Place)
			}
		})
	}
}
