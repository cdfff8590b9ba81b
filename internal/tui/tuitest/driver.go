package tuitest

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// Driver feeds messages to an update function and runs the commands it
// returns synchronously, feeding their messages back, until nothing is
// left. Timer commands of the fake clock only register their timers;
// Advance fires them.
type Driver struct {
	tb     testing.TB
	update func(tea.Msg) tea.Cmd
	Clock  *Clock
	// Quit is set once a command returned tea.QuitMsg.
	Quit bool
	// Seen records every message delivered (for assertions on traffic).
	Seen []tea.Msg
}

// NewDriver returns a driver for update on clock.
func NewDriver(tb testing.TB, clk *Clock, update func(tea.Msg) tea.Cmd) *Driver {
	return &Driver{tb: tb, update: update, Clock: clk}
}

// maxSteps stops a runaway command loop in a test.
const maxSteps = 100000

// Send delivers msg and everything its commands produce.
func (d *Driver) Send(msg tea.Msg) {
	d.tb.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > maxSteps {
			d.tb.Fatal("tuitest: command loop does not settle")
		}
		m := queue[0]
		queue = queue[1:]
		d.Seen = append(d.Seen, m)
		queue = append(queue, d.run(d.update(m))...)
	}
}

// run executes cmd and returns the messages it produced (batches
// flattened, quits recorded).
func (d *Driver) run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch m := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, d.run(c)...)
		}
		return out
	case tea.QuitMsg:
		d.Quit = true
		return nil
	default:
		if seq, ok := sequence(m); ok {
			var out []tea.Msg
			for _, c := range seq {
				out = append(out, d.run(c)...)
			}
			return out
		}
		return []tea.Msg{m}
	}
}

// sequence returns the commands of a tea.Sequence, whose message type
// Bubble Tea does not export: a slice of commands that is not a batch.
// They run one after the other, in order.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// Advance moves the clock forward by dt, firing every timer that falls due
// on the way in order (timers they schedule fire too if due in time).
func (d *Driver) Advance(dt time.Duration) {
	d.tb.Helper()
	until := d.Clock.Now().Add(dt)
	for {
		msg, ok := d.Clock.next(until)
		if !ok {
			break
		}
		d.Send(msg)
	}
	d.Clock.set(until)
}

// Key sends one key press, named as key.Matches knows it: "a", "N",
// "enter", "ctrl+c", "alt+3", "f7", "shift+tab", "ctrl+right", "space".
func (d *Driver) Key(name string) {
	d.tb.Helper()
	d.Send(KeyPress(name))
}

// Type sends one key press per rune of s.
func (d *Driver) Type(s string) {
	d.tb.Helper()
	for _, r := range s {
		d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// Paste sends a bracketed paste.
func (d *Driver) Paste(s string) {
	d.tb.Helper()
	d.Send(tea.PasteMsg{Content: s})
}

var specialKeys = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
	"delete": tea.KeyDelete, "up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "space": tea.KeySpace,
	"f1": tea.KeyF1, "f2": tea.KeyF2, "f3": tea.KeyF3, "f4": tea.KeyF4, "f5": tea.KeyF5, "f6": tea.KeyF6,
	"f7": tea.KeyF7, "f8": tea.KeyF8, "f9": tea.KeyF9, "f10": tea.KeyF10,
}

// KeyPress builds the key press message for a key name (see Key).
func KeyPress(name string) tea.KeyPressMsg {
	var mod tea.KeyMod
	for {
		switch {
		case len(name) > 5 && name[:5] == "ctrl+":
			mod |= tea.ModCtrl
			name = name[5:]
			continue
		case len(name) > 4 && name[:4] == "alt+":
			mod |= tea.ModAlt
			name = name[4:]
			continue
		case len(name) > 6 && name[:6] == "shift+":
			mod |= tea.ModShift
			name = name[6:]
			continue
		}
		break
	}
	if code, ok := specialKeys[name]; ok {
		k := tea.KeyPressMsg{Code: code, Mod: mod}
		if code == tea.KeySpace && mod == 0 {
			k.Text = " "
		}
		return k
	}
	r, _ := utf8.DecodeRuneInString(name)
	k := tea.KeyPressMsg{Code: r, Mod: mod}
	if mod == 0 {
		k.Text = name
	}
	return k
}

// Exec runs cmd (an Init command, say) and delivers what it produces.
func (d *Driver) Exec(cmd tea.Cmd) {
	d.tb.Helper()
	for _, m := range d.run(cmd) {
		d.Send(m)
	}
}
