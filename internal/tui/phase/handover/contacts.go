package handover

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// listEditor is a phase that is one listform list: n adds, enter edits,
// d removes.
type listEditor[T any] struct {
	list *listform.List[T]
}

// NewContacts returns the editor of the phase "contacts": whom the
// receiving side reaches about the case afterwards (name or function,
// institution, how to reach them).
func NewContacts(ctx *phase.Context) phase.Editor {
	tr, st, c := ctx.Msgs, ctx.Styles, ctx.Conf
	name := widget.NewField(tr, st, tr.T("handovertui.contact.name"))
	function := widget.NewField(tr, st, tr.T("handovertui.contact.function"))
	function.SetPlaceholder(tr.T("handovertui.contact.function.hint"))
	inst := widget.NewField(tr, st, tr.T("handovertui.takeover.institution"))
	reach := widget.NewField(tr, st, tr.T("handovertui.contact.reach"))
	reach.SetPlaceholder(tr.T("handovertui.contact.reach.hint"))
	form := widget.NewForm(tr, st, widget.Row{Input: name}, widget.Row{Input: function}, widget.Row{Input: inst}, widget.Row{Input: reach})
	form.SetSubmitHelp(tr.T("handovertui.contact.save"))
	type x = conference.Contact
	fields := listform.NewFields(form, c.Contact, func(v x) string { return c.AddContact(v).ID },
		listform.Text(name, "name", func(v *x) *string { return &v.Name }),
		listform.Text(function, "function", func(v *x) *string { return &v.Function }),
		listform.Text(inst, "institution", func(v *x) *string { return &v.Institution }),
		listform.Text(reach, "reach", func(v *x) *string { return &v.Reach }))
	fields.Check = func(v *x) *listform.Problem {
		if v.Name == "" && v.Function == "" {
			return &listform.Problem{Input: name, Text: tr.T(conference.KeyContactNameMissing)}
		}
		return nil
	}
	e := &listEditor[x]{}
	e.list = listform.New(ctx, listform.Config[x]{
		Path:  "handover/contacts",
		Items: c.Contacts,
		ID:    func(v x) string { return v.ID },
		Row: func(_ int, v x, _ bool, width int) string {
			return widget.Truncate(joinNonEmpty(joinNonEmpty(v.Name, v.Function), v.Institution)+dotted(v.Reach), width)
		},
		Empty:   func() string { return tr.T("handovertui.contact.empty") },
		Name:    func(v x) string { return joinNonEmpty(v.Name, v.Function) },
		NewHelp: tr.T("handovertui.contact.new"),
		Form:    fields,
		Title:   listform.Titled[x](tr.T("handovertui.contact.new"), tr.T("handovertui.contact.edit")),
		Remove:  c.RemoveContact,
	})
	return e
}

func dotted(s string) string {
	if s == "" {
		return ""
	}
	return " · " + s
}

// Typing implements phase.Editor.
func (e *listEditor[T]) Typing() bool { return e.list.Typing() }

// KeyMap implements phase.Editor.
func (e *listEditor[T]) KeyMap() help.KeyMap {
	return listform.Help{Short: e.list.ShortHelp(), Full: e.list.FullHelp()}
}

// Update implements phase.Editor.
func (e *listEditor[T]) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg.(type) {
	case phase.EnterMsg:
		e.list.Sync()
		if cmd := e.list.ResumeDraft(); cmd != nil {
			return e, cmd
		}
		return e, nil
	case phase.LeaveMsg:
		e.list.Leave()
		return e, nil
	}
	_, cmd := e.list.Update(msg)
	return e, cmd
}

// View implements phase.Editor.
func (e *listEditor[T]) View(width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	return widget.Clip(e.list.View(width, height), width, height)
}
