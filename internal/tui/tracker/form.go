package tracker

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// doneForm asks when an action was done (today unless said otherwise) and
// for an optional note.
type doneForm struct {
	form *widget.Form
	date *widget.DateField
	note *widget.Field
}

func newDoneForm(tr *i18n.Messages, st *theme.Styles, today func() conference.Date) doneForm {
	f := doneForm{
		date: widget.NewDateField(tr, st, tr.T("tuitracker.form.date"), today),
		note: widget.NewField(tr, st, tr.T("tuitracker.form.note")),
	}
	f.note.SetPlaceholder(tr.T("tuitracker.form.note.hint"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.date}, widget.Row{Input: f.note})
	f.form.SubmitOnEnter = true
	f.form.SetSubmitHelp(tr.T("tuitracker.key.save"))
	return f
}

// openForm asks about the selected action.
func (m *Model) openForm() tea.Cmd {
	a, ok := m.Selected()
	if !ok {
		return nil
	}
	m.marking = a
	m.done.date.SetDate(m.today())
	m.done.note.SetValue("")
	m.zone = zoneForm
	return m.done.form.FocusInput(m.done.date)
}

func (m *Model) closeForm() {
	m.done.form.Blur()
	m.zone = zoneList
}

// formKey handles a key while the form is open: esc cancels, enter saves
// when the date is valid.
func (m *Model) formKey(k tea.KeyPressMsg) tea.Cmd {
	if key.Matches(k, m.keys.Cancel) {
		m.closeForm()
		return nil
	}
	ev, cmd := m.done.form.Update(k)
	if !ev.Submitted {
		return cmd
	}
	return tea.Batch(cmd, m.submit())
}

// submit marks the action done in the store. A date that is not a date
// keeps the form open with the reason.
func (m *Model) submit() tea.Cmd {
	m.done.date.Blur() // shows why the text is no date, if it is not
	day, ok := m.done.date.Date()
	if !ok {
		return m.done.form.FocusInput(m.done.date)
	}
	if day.IsZero() {
		day = m.today()
	}
	note := m.done.note.Value()
	a := m.marking
	m.closeForm()
	repo := m.repo
	return func() tea.Msg {
		e := conference.StatusEntry{Status: conference.FollowUpDone, On: day, Note: note}
		return markedMsg{what: a.What, err: repo.RecordActionStatus(a.ConferenceID, a.ActionID, e, false)}
	}
}
