// Package handover holds the editors of a handover's own phases
// (conference.HandoverPhaseOrder): what is handed over and to whom, the
// family's view and what the family was told, who takes each open action
// on, and the receiver's confirmation. Each is one listform panel over the
// conference, written as typed (a date when left), like the preparation.
package handover

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// formEditor is a phase that is one form over the conference: open when
// the phase is entered, enter opens it again after esc.
type formEditor struct {
	ctx   *phase.Context
	form  *widget.Form
	panel *listform.Panel
	edit  key.Binding
	// info, when set, is shown above the form (what the phase is about).
	info func() string
}

type field = listform.Field[conference.Conference]

func newFormEditor(ctx *phase.Context, form *widget.Form, fields ...field) *formEditor {
	e := &formEditor{ctx: ctx, form: form,
		edit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", ctx.Msgs.T("handovertui.key.edit")))}
	e.panel = listform.NewBoundPanel(ctx, form, "", func() *conference.Conference { return ctx.Conf }, fields...)
	e.panel.Reload()
	return e
}

// handoverOf returns the conference's handover, made when missing (a
// handover started elsewhere always has one).
func handoverOf(c *conference.Conference) *conference.Handover {
	if c.Handover == nil {
		c.Handover = &conference.Handover{}
	}
	return c.Handover
}

// Typing implements phase.Editor.
func (e *formEditor) Typing() bool { return e.panel.Typing() }

// KeyMap implements phase.Editor.
func (e *formEditor) KeyMap() help.KeyMap {
	if e.panel.Typing() {
		return listform.Help{Short: e.panel.Keys(), Full: [][]key.Binding{e.panel.FullKeys()}}
	}
	return listform.Help{Short: []key.Binding{e.edit}, Full: [][]key.Binding{{e.edit}}}
}

// Update implements phase.Editor.
func (e *formEditor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg.(type) {
	case phase.EnterMsg:
		e.panel.Reload()
		if e.ctx.Conf.Status == conference.StatusClosed {
			return e, nil
		}
		return e, e.panel.Reopen()
	case phase.LeaveMsg:
		e.panel.Close() // writes the field being typed in at once
		return e, nil
	case tea.MouseClickMsg:
		return e, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && !e.panel.Typing() {
		if key.Matches(k, e.edit) && e.ctx.Conf.Status != conference.StatusClosed {
			return e, e.panel.Reopen()
		}
		return e, nil
	}
	_, cmd := e.panel.Update(msg)
	return e, cmd
}

// View implements phase.Editor.
func (e *formEditor) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	var head string
	if e.info != nil {
		if s := e.info(); s != "" {
			head = e.ctx.Styles.Muted.Render(widget.Truncate(s, width)) + "\n\n"
		}
	}
	return widget.Clip(head+e.form.View(width, height), width, height)
}

// options are the codes as choices, each labelled by prefix+code.
func options(ctx *phase.Context, prefix string, codes []string) []widget.Option {
	out := make([]widget.Option, len(codes))
	for i, code := range codes {
		out[i] = widget.Option{Code: code, Label: ctx.Msgs.T(prefix + code)}
	}
	return out
}

// text binds a single-line field to a string of the handover.
func text(in *widget.Field, name string, at func(*conference.Handover) *string) field {
	return listform.Text(in, "handover/"+name, func(c *conference.Conference) *string { return at(handoverOf(c)) })
}

// area binds a multi-line field to a string of the handover.
func area(in *widget.TextArea, name string, at func(*conference.Handover) *string) field {
	return listform.Area(in, "handover/"+name, func(c *conference.Conference) *string { return at(handoverOf(c)) }, "")
}

// choice binds a pick to a code of the handover.
func choice(in *widget.Pick, name string, at func(*conference.Handover) *string) field {
	return listform.Choice(in, "handover/"+name, func(c *conference.Conference) *string { return at(handoverOf(c)) }, "")
}
