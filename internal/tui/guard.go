package tui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/crash"
)

// crashMsg reports a panic recovered outside Update: in a command, or in
// View (which cannot return a command, so Run's notify sends it).
type crashMsg struct{ p *crash.Panic }

// guard wraps cmd so that a panic in it, or in any command of the batches
// and sequences it returns, comes back as a crashMsg. Bubble Tea would
// recover it too, but it prints the panic value (which may hold what the
// user typed) and ends without the last save.
func guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{crash.Capture(r)}
			}
		}()
		return guardMsg(cmd())
	}
}

var cmdType = reflect.TypeFor[tea.Cmd]()

// guardMsg guards the commands inside a batch or a sequence.
func guardMsg(msg tea.Msg) tea.Msg {
	if out, ok := mapCmds(msg, guard); ok {
		return out
	}
	return msg
}

// mapCmds applies f to each command of a batch or a sequence and returns
// the batch or sequence of the results; ok is false for any other
// message. The sequence's message type is not exported: it is recognised
// as a slice of commands and rebuilt with the same type.
func mapCmds(msg tea.Msg, f func(tea.Cmd) tea.Cmd) (tea.Msg, bool) {
	if batch, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(batch))
		for i, c := range batch {
			out[i] = f(c)
		}
		return out, true
	}
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg, false
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(f(c)))
	}
	return out.Interface(), true
}

// onCrash handles a panic reported by a crashMsg: the first one ends the
// program after the last commit; one during that commit ends it at once.
func (a *App) onCrash(msg crashMsg) tea.Cmd {
	if a.crash == nil {
		a.crash = msg.p
	}
	if a.crashEnd {
		return tea.Quit
	}
	return a.endAfterCrash()
}
