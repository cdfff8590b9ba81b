package tracker

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// doneForm asks when an action was done (today unless said otherwise),
// who records it (the person at the keyboard, when the store knows them)
// and for an optional note. Each marking adds an entry to the action's
// history; none replaces an earlier one.
type doneForm struct {
	form *widget.Form
	date *widget.DateField
	by   *widget.Field
	note *widget.Field
}

func newDoneForm(tr *i18n.Messages, st *theme.Styles, today func() conference.Date) doneForm {
	f := doneForm{
		date: widget.NewDateField(tr, st, tr.T("tuitracker.form.date"), today),
		by:   widget.NewField(tr, st, tr.T("trackerscreen.form.by")),
		note: widget.NewField(tr, st, tr.T("tuitracker.form.note")),
	}
	f.note.SetPlaceholder(tr.T("tuitracker.form.note.hint"))
	f.by.SetPlaceholder(tr.T("trackerscreen.form.by.hint"))
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.date}, widget.Row{Input: f.note}, widget.Row{Input: f.by})
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
	m.done.date.SetError("")
	m.done.note.SetValue("")
	if m.done.by.Value() == "" {
		m.done.by.SetValue(m.keyboardPerson())
	}
	m.zone = zoneForm
	return m.done.form.FocusInput(m.done.date)
}

// keyboardPerson is the name of the person at the keyboard, when the
// store remembers one.
func (m *Model) keyboardPerson() string {
	kp, ok := m.repo.(interface {
		KeyboardPerson() (store.DirectoryEntry, bool, error)
	})
	if !ok {
		return ""
	}
	e, found, err := kp.KeyboardPerson()
	if err != nil || !found {
		return ""
	}
	return e.Name
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

// submit marks the action done in the store. A date that is not a date,
// or one in the future, keeps the form open with the reason; one more than
// a year back asks first (a typo is likelier than a year-old report).
func (m *Model) submit() tea.Cmd {
	m.done.date.Blur() // shows why the text is no date, if it is not
	day, ok := m.done.date.Date()
	if !ok {
		return m.done.form.FocusInput(m.done.date)
	}
	if day.IsZero() {
		day = m.today()
	}
	switch err := conference.CheckStatusDay(day, m.today(), false); {
	case errors.Is(err, conference.ErrStatusInFuture):
		m.done.date.SetError(m.tr.T("trackerscreen.future"))
		return m.done.form.FocusInput(m.done.date)
	case errors.Is(err, conference.ErrStatusLongAgo):
		lang := string(m.tr.Lang())
		m.ask = widget.NewConfirm(m.tr, m.st, m.tr.T("trackerscreen.long_ago.title"),
			m.tr.T("trackerscreen.long_ago.body", conference.FormatDate(day, lang)))
		m.askYes = func() tea.Cmd { return m.record(day, true) }
		return nil
	}
	return m.record(day, false)
}

// record adds the entry of the form to the action's history.
func (m *Model) record(day conference.Date, force bool) tea.Cmd {
	e := conference.StatusEntry{Status: conference.FollowUpDone, On: day, By: m.done.by.Value(), Note: m.done.note.Value()}
	a := m.marking
	m.closeForm()
	repo := m.repo
	return func() tea.Msg {
		return markedMsg{what: a.What, err: repo.RecordActionStatus(a.ConferenceID, a.ActionID, e, force)}
	}
}
