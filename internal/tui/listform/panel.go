package listform

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Panel is a form over values of the conference itself, not over an
// entry of a list: the preparation's fields, who informs the family, the
// contingency plan, the agreed result. It keeps the same contract as a
// list's form, and, like an entry that is edited, writes every value as it
// is typed: enter in the last field and ctrl+s close it (everything is
// stored already), esc too; a value that cannot be taken keeps it open
// once, then the stored value, saying so.
type Panel struct {
	ctx  *phase.Context
	form *widget.Form
	// load fills the inputs from the conference; apply writes one input
	// and returns its change path, or ok false when the value cannot be
	// taken (yet); check finds a value that cannot be taken on leaving.
	// (No bare func(): the event loop's call graph is checked, and a
	// call of a func() could be any func() of the program.)
	load  func(*widget.Form)
	apply func(in widget.Input) (path string, ok bool)
	check func() *Problem
	// Title is shown over the form (optional).
	Title string
	// OnClose is told when the panel closes.
	OnClose func(*Panel)
	// OnSubmit, when set, acts on the form as a whole when it is
	// submitted (enter in the last field, ctrl+s; not esc): a problem it
	// returns keeps the panel open with the reason.
	OnSubmit func() *Problem

	open    bool
	warned  bool
	formErr string
	notice  string
}

// NewPanel returns a closed panel over form. apply's paths are full
// change paths ("immediate_safety/note").
func NewPanel(ctx *phase.Context, form *widget.Form, load func(*widget.Form), apply func(in widget.Input) (path string, ok bool)) *Panel {
	p := &Panel{ctx: ctx, form: form, load: load, apply: apply}
	ctx.OnReload(p.reloadAll)
	form.SetSaved(true)
	chain(form, func(in widget.Input) {
		if p.open && !deferred(in) {
			p.write(in, immediate(in))
		}
	})
	return p
}

// chain adds also to what form's OnChange does.
func chain(form *widget.Form, also func(widget.Input)) {
	before := form.OnChange
	form.OnChange = func(in widget.Input) {
		if before != nil {
			before(in)
		}
		also(in)
	}
}

// SetCheck sets how the panel finds a value that cannot be taken.
func (p *Panel) SetCheck(check func() *Problem) { p.check = check }

// Form returns the panel's form.
func (p *Panel) Form() *widget.Form { return p.form }

// Typing reports whether the panel is open.
func (p *Panel) Typing() bool { return p.open }

// Open fills the form from the conference and focuses its first field
// to type (at in, when given).
func (p *Panel) Open(in widget.Input) tea.Cmd {
	if p.open {
		return p.form.Focus()
	}
	p.form.ClearPrefilled()
	p.load(p.form)
	p.open, p.warned, p.formErr = true, false, ""
	if in != nil {
		return p.form.FocusInput(in)
	}
	return p.form.FocusFirst()
}

// Reopen opens the panel where it was left, without loading anew (the
// preparation's form, always shown).
func (p *Panel) Reopen() tea.Cmd {
	p.open, p.warned, p.formErr = true, false, ""
	return p.form.Focus()
}

// Reload fills the inputs from the conference again while the panel is
// closed (another phase may have changed it).
func (p *Panel) Reload() {
	if !p.open {
		p.load(p.form)
	}
}

// Close closes the panel; what was typed is stored already.
func (p *Panel) Close() {
	if !p.open {
		return
	}
	if in := p.form.Blur(); in != nil {
		p.write(in, true)
	}
	p.open, p.warned, p.formErr = false, false, ""
	if p.OnClose != nil {
		p.OnClose(p)
	}
}

// Leave commits the field being typed in at once when the phase is left;
// the panel stays open for the return.
func (p *Panel) Leave() {
	if !p.open {
		return
	}
	p.form.ChoosePending()
	if in := p.form.Current(); in != nil {
		p.write(in, true)
	}
}

// write applies an input and records its change.
func (p *Panel) write(in widget.Input, now bool) {
	if path, ok := p.apply(in); ok && path != "" {
		p.ctx.Record(conference.OpUpdate, path, now)
	}
}

// Update gives a key or paste to the open panel; it reports whether it
// used the message (every key while open).
func (p *Panel) Update(msg tea.Msg) (bool, tea.Cmd) {
	if !p.open {
		return false, nil
	}
	switch msg.(type) {
	case tea.KeyPressMsg:
		p.notice = ""
	case tea.PasteMsg:
	default:
		return false, nil
	}
	ev, cmd := p.form.Update(msg)
	if ev.Changed != nil || ev.Left != nil {
		p.formErr = ""
	}
	if ev.Left != nil {
		p.write(ev.Left, true)
	}
	if ev.Submitted || ev.Leave {
		if in := p.form.Current(); in != nil && deferred(in) {
			p.write(in, true)
		}
		if ev.Submitted && p.OnSubmit != nil {
			if prob := p.OnSubmit(); prob != nil {
				return true, tea.Batch(cmd, showProblem(p.form, prob, &p.formErr))
			}
		}
		return true, tea.Batch(cmd, p.done())
	}
	return true, cmd
}

// done closes the panel, unless a value cannot be taken: then it stays
// open once to show why, and the second time closes with the stored
// value kept and a line saying so.
func (p *Panel) done() tea.Cmd {
	var prob *Problem
	if p.check != nil {
		prob = p.check()
	}
	if prob != nil && !p.warned {
		p.warned = true
		return showProblem(p.form, prob, &p.formErr)
	}
	p.Close()
	if prob != nil {
		p.notice = p.ctx.Msgs.T("listform.kept", prob.Text)
		p.load(p.form)
	}
	return nil
}

// Notice is the line the panel has to say after it closed ("" if none).
func (p *Panel) Notice() string { return p.notice }

// Keys are the keys that act in the focused field (none while closed).
func (p *Panel) Keys() []key.Binding {
	if !p.open {
		return nil
	}
	return p.form.HelpKeys()
}

// FullKeys are the form's keys for the F1 help.
func (p *Panel) FullKeys() []key.Binding { return FormKeys(p.form) }

// Lines draws the title, the form and a problem of the whole form in at
// most height lines (nothing while closed).
func (p *Panel) Lines(width, height int) []string {
	if !p.open || height <= 0 {
		return nil
	}
	return formLines(p.ctx, p.form, p.Title, p.formErr, width, height)
}

// showProblem puts a problem where it belongs: below its input, which
// gets the focus, or else in *formErr.
func showProblem(f *widget.Form, p *Problem, formErr *string) tea.Cmd {
	if p.Input == nil {
		*formErr = p.Text
		return nil
	}
	if e, ok := p.Input.(interface{ SetError(string) }); ok {
		e.SetError(p.Text)
	} else {
		*formErr = p.Text
	}
	return f.FocusInput(p.Input)
}

// FormKeys are the keys of a form for the F1 help, a pick list's
// among them while one has focus.
func FormKeys(f *widget.Form) []key.Binding {
	k := f.KeyMap()
	out := []key.Binding{k.Enter, k.Next, k.Prev, k.Submit, k.Clear, k.Leave}
	if pick, ok := f.Current().(*widget.Pick); ok {
		pk := pick.KeyMap()
		out = append(out, pk.Up, pk.Choose, pk.Toggle, pk.ClearFilter)
	}
	return out
}

// formLines draws a form under its title (a blank line over it when
// there is room), a problem of the whole form under it.
func formLines(ctx *phase.Context, f *widget.Form, title, formErr string, width, height int) []string {
	st := ctx.Styles
	var lines []string
	if title != "" {
		lines = append(lines, widget.Truncate(st.Title.Render(title), width))
	}
	var errLines []string
	if formErr != "" {
		for _, line := range widget.Wrap("⚠ "+formErr, width) {
			errLines = append(errLines, st.Error.Render(line))
		}
	}
	h := max(1, min(height-len(lines)-len(errLines), formRows))
	lines = append(lines, strings.Split(f.View(width, h), "\n")...)
	lines = append(lines, errLines...)
	if len(lines) < height && title != "" {
		lines = append([]string{""}, lines...)
	}
	return lines[:min(len(lines), height)]
}
