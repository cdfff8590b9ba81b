package tui

import (
	"reflect"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/home"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/partners"
	"kofa/internal/tui/preview"
	"kofa/internal/tui/tracker"
	"kofa/internal/tui/workspace"
)

// The root holds its screens in a stack. Home is always at the bottom;
// the workspace, the action tracker, the partner directory and the export
// preview each open on top of the screen that showed, and closing one
// shows the screen under it again (a conference opened from the tracker
// goes back to the tracker). The top screen gets the keys, the mouse and
// pastes, and it alone is drawn.
//
// What a screen's commands produce comes back addressed to that screen
// (addressedMsg), so a result reaches the screen that asked for it even
// when another one is on top by then: the home list read while the
// tracker opened, a save of the workspace while the preview shows.

// screen is one screen of the stack.
type screen interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	KeyMap() help.KeyMap
	Typing() bool
	SetLayout(l layout.Layout) tea.Cmd
}

// wanter is a screen that recognises messages meant for it that come
// without an address (timers of a fake clock in tests).
type wanter interface {
	Wants(msg tea.Msg) bool
}

// The screens whose SetLayout returns nothing.
type (
	homeScreen     struct{ *home.Model }
	trackerScreen  struct{ *tracker.Model }
	partnersScreen struct{ *partners.Model }
)

func (s homeScreen) SetLayout(l layout.Layout) tea.Cmd     { s.Model.SetLayout(l); return nil }
func (s trackerScreen) SetLayout(l layout.Layout) tea.Cmd  { s.Model.SetLayout(l); return nil }
func (s partnersScreen) SetLayout(l layout.Layout) tea.Cmd { s.Model.SetLayout(l); return nil }

// stacked is a screen in the stack with its address.
type stacked struct {
	id uint64
	s  screen
}

// addressedMsg is what a command of screen to produced.
type addressedMsg struct {
	to  uint64
	msg tea.Msg
}

// push opens s on top, laid out, and returns its address and the commands
// of its layout and of init (both addressed to it).
func (a *App) push(s screen, init func() tea.Cmd) tea.Cmd {
	a.lastScreen++
	id := a.lastScreen
	a.stack = append(a.stack, stacked{id: id, s: s})
	layoutCmd := s.SetLayout(a.layout)
	var initCmd tea.Cmd
	if init != nil {
		initCmd = init()
	}
	return address(id, tea.Batch(layoutCmd, initCmd))
}

// top is the screen on top.
func (a *App) top() stacked { return a.stack[len(a.stack)-1] }

// remove takes the screen id out of the stack (home stays) and reports
// whether it was there.
func (a *App) remove(id uint64) bool {
	for i := len(a.stack) - 1; i > 0; i-- {
		if a.stack[i].id == id {
			a.stack = append(a.stack[:i], a.stack[i+1:]...)
			return true
		}
	}
	return false
}

// screenOf returns the screen with address id.
func (a *App) screenOf(id uint64) (screen, bool) {
	for _, e := range a.stack {
		if e.id == id {
			return e.s, true
		}
	}
	return nil, false
}

// idOf returns the address of the topmost screen of which is true.
func (a *App) idOf(which func(screen) bool) (uint64, bool) {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if which(a.stack[i].s) {
			return a.stack[i].id, true
		}
	}
	return 0, false
}

// close takes the screen from out of the stack, or when from is 0 the
// topmost screen of which is true.
func (a *App) close(from uint64, which func(screen) bool) {
	if from == 0 {
		from, _ = a.idOf(which)
	}
	a.remove(from)
}

// reloadHome reads the home list anew; the list comes back to home
// whatever shows by then.
func (a *App) reloadHome() tea.Cmd { return address(a.stack[0].id, a.home.Reload()) }

// shownAgain reads anew what the screens under a closed conference show:
// the home list, and the tracker's actions when the conference was opened
// from it.
func (a *App) shownAgain() tea.Cmd {
	cmds := []tea.Cmd{a.reloadHome()}
	if t, ok := a.top().s.(trackerScreen); ok {
		cmds = append(cmds, address(a.top().id, t.Init()))
	}
	return tea.Batch(cmds...)
}

// update gives msg to the screen e and addresses what it returns to it.
func (a *App) update(e stacked, msg tea.Msg) tea.Cmd { return address(e.id, e.s.Update(msg)) }

// deliver gives a message that came without an address to the topmost
// screen that wants it, else to the top.
func (a *App) deliver(msg tea.Msg) tea.Cmd {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if w, ok := a.stack[i].s.(wanter); ok && w.Wants(msg) {
			return a.update(a.stack[i], msg)
		}
	}
	return a.update(a.top(), msg)
}

// The screens by kind; nil when none is open.

func (a *App) workspace() *workspace.Model {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if ws, ok := a.stack[i].s.(*workspace.Model); ok {
			return ws
		}
	}
	return nil
}

func (a *App) preview() *preview.Model {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if pv, ok := a.stack[i].s.(*preview.Model); ok {
			return pv
		}
	}
	return nil
}

func (a *App) actionTracker() *tracker.Model {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if t, ok := a.stack[i].s.(trackerScreen); ok {
			return t.Model
		}
	}
	return nil
}

func (a *App) partnerDir() *partners.Model {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if p, ok := a.stack[i].s.(partnersScreen); ok {
			return p.Model
		}
	}
	return nil
}

// address makes what cmd produces come back addressed to screen to:
// every message of its batches and sequences but Bubble Tea's own (quit,
// window title, ...), which are the program's.
func address(to uint64, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := cmd()
		if msg == nil {
			return nil
		}
		if inner, ok := mapCmds(msg, func(c tea.Cmd) tea.Cmd { return address(to, c) }); ok {
			return inner
		}
		if t := reflect.TypeOf(msg); t.PkgPath() == teaPkg || (t.Kind() == reflect.Pointer && t.Elem().PkgPath() == teaPkg) {
			return msg
		}
		return addressedMsg{to: to, msg: msg}
	}
}

// teaPkg is Bubble Tea's package path.
var teaPkg = reflect.TypeFor[tea.BatchMsg]().PkgPath()
