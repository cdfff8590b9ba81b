package partners

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// entryForm edits one entry. Every change is saved when its field is left
// (tab, enter, esc), one save at a time: a change made while a save is
// under way is saved when it returns, so a new entry is never added twice.
type entryForm struct {
	form                           *widget.Form
	name, inst, disc, phone, email *widget.Field

	base    store.DirectoryEntry // as stored last; no ID while a new entry is not saved yet
	origin  store.DirectoryEntry // as it was when the form opened; no ID for a new entry
	session int                  // number of the form opened; answers for an older one are dropped
	// dropped is the session discarded while its save was under way, and
	// droppedOrigin what to put back when that save returns.
	dropped       int
	droppedOrigin store.DirectoryEntry
	saving        bool   // a save is under way
	again         bool   // another change waits for the save under way
	closing       bool   // close once everything is saved
	failed        string // why the store refused the last save
}

func newEntryForm(tr *i18n.Messages, st *theme.Styles) entryForm {
	f := entryForm{
		name:  widget.NewField(tr, st, tr.T("tuipartners.field.name")),
		inst:  widget.NewField(tr, st, tr.T("tuipartners.field.institution")),
		disc:  widget.NewField(tr, st, tr.T("tuipartners.field.discipline")),
		phone: widget.NewField(tr, st, tr.T("tuipartners.field.phone")),
		email: widget.NewField(tr, st, tr.T("tuipartners.field.email")),
	}
	f.disc.SetPlaceholder(tr.T("tuipartners.field.discipline.hint"))
	f.form = widget.NewForm(tr, st,
		widget.Row{Input: f.name}, widget.Row{Input: f.inst}, widget.Row{Input: f.disc},
		widget.Row{Input: f.phone}, widget.Row{Input: f.email})
	f.form.SetSubmitHelp(tr.T("tuipartners.key.submit"))
	return f
}

// current is the entry as the form shows it.
func (f *entryForm) current() store.DirectoryEntry {
	return store.DirectoryEntry{
		ID: f.base.ID, Name: f.name.Value(), Institution: f.inst.Value(), Discipline: f.disc.Value(),
		Phone: f.phone.Value(), Email: f.email.Value(),
	}
}

// dirty reports whether the form holds a change the store does not have.
func (f *entryForm) dirty() bool { return f.current() != f.base }

// openForm edits e (a new entry when e has no ID), name first.
func (m *Model) openForm(e store.DirectoryEntry) tea.Cmd {
	f := &m.form
	f.session++
	f.base, f.origin = e, e
	f.saving, f.again, f.closing, f.failed = false, false, false, ""
	f.name.SetValue(e.Name)
	f.inst.SetValue(e.Institution)
	f.disc.SetValue(e.Discipline)
	f.phone.SetValue(e.Phone)
	f.email.SetValue(e.Email)
	m.filter.Blur()
	m.zone = zoneForm
	return f.form.FocusInput(f.name)
}

// closeForm goes back to the list, on the entry edited.
func (m *Model) closeForm() tea.Cmd {
	f := &m.form
	f.form.Blur()
	f.closing, f.failed = false, ""
	m.zone = zoneList
	return tea.Batch(m.filter.Focus(), m.load(f.base.ID))
}

// formKey handles a key while the form is open: esc closes it once its
// change is saved, or drops a change the store refused.
func (m *Model) formKey(k tea.KeyPressMsg) tea.Cmd {
	f := &m.form
	km := m.activeKeys()
	switch {
	case key.Matches(k, km.Discard):
		return m.discard()
	case key.Matches(k, km.Close):
		f.closing = true
		return m.settle(m.save())
	}
	return m.formUpdate(k)
}

// discard closes the form and takes back what it saved: a new entry saved
// after its first field is deleted again, an edited one is put back as it
// was when the form opened. Nothing of a discarded form stays behind.
func (m *Model) discard() tea.Cmd {
	f := &m.form
	m.notice = m.tr.T("tuipartners.discarded")
	if f.saving {
		// The save under way is forgotten, and undone when it returns.
		f.dropped, f.droppedOrigin = f.session, f.origin
	}
	origin, saved := f.origin, f.base
	f.session++
	f.form.Blur()
	f.closing, f.failed = false, ""
	m.zone = zoneList
	return tea.Batch(m.filter.Focus(), m.revert(origin, saved))
}

// revert puts the directory back to origin after a form saved saved, then
// reloads it.
func (m *Model) revert(origin, saved store.DirectoryEntry) tea.Cmd {
	repo := m.repo
	return func() tea.Msg {
		var err error
		switch {
		case origin.ID == "" && saved.ID != "":
			err = repo.DeleteDirectoryEntry(saved.ID)
		case origin.ID != "" && saved != origin:
			err = repo.SaveDirectoryEntry(&origin)
		}
		if err != nil {
			return loadedMsg{err: err}
		}
		entries, err := repo.Directory()
		return loadedMsg{entries: entries, sel: origin.ID, err: err}
	}
}

// formUpdate gives a message to the form and saves when a field was left
// or the form submitted.
func (m *Model) formUpdate(msg tea.Msg) tea.Cmd {
	f := &m.form
	ev, cmd := f.form.Update(msg)
	switch {
	case ev.Submitted:
		f.closing = true
		return tea.Batch(cmd, m.settle(m.save()))
	case ev.Left != nil:
		return tea.Batch(cmd, m.save())
	}
	return cmd
}

// settle closes the form when it is closing and nothing is left to save.
func (m *Model) settle(cmd tea.Cmd) tea.Cmd {
	f := &m.form
	if f.closing && !f.saving && !f.dirty() {
		return tea.Batch(cmd, m.closeForm())
	}
	return cmd
}

// save writes the form's change to the store, one save at a time.
func (m *Model) save() tea.Cmd {
	f := &m.form
	if !f.dirty() {
		return nil
	}
	if f.saving {
		f.again = true
		return nil
	}
	f.saving = true
	e, session, repo := f.current(), f.session, m.repo
	return func() tea.Msg {
		err := repo.SaveDirectoryEntry(&e)
		return savedMsg{form: session, entry: e, err: err}
	}
}

// saved takes the store's answer to a save.
func (m *Model) saved(msg savedMsg) tea.Cmd {
	f := &m.form
	if msg.form != f.session || m.zone != zoneForm {
		switch {
		case msg.err != nil:
			return nil
		case msg.form == f.dropped:
			return m.revert(f.droppedOrigin, msg.entry) // saved for a form discarded
		}
		return m.load("") // saved for a form already closed
	}
	f.saving = false
	if msg.err != nil {
		f.again, f.closing = false, false
		f.failed = m.refusal(msg.err)
		return nil
	}
	f.base = msg.entry
	f.failed = ""
	m.notice = m.tr.T("tuipartners.saved", msg.entry.Name)
	var cmd tea.Cmd
	if f.again {
		f.again = false
		cmd = m.save()
	}
	return tea.Batch(m.settle(cmd), m.load(f.base.ID))
}

// refusal words why a save failed.
func (m *Model) refusal(err error) string {
	switch {
	case errors.Is(err, store.ErrNameMissing):
		return m.tr.T("tuipartners.error.name_missing")
	case errors.Is(err, store.ErrDuplicateEntry):
		return m.tr.T("tuipartners.error.duplicate")
	}
	return m.tr.T("tuipartners.error.save", err.Error())
}

// Flush saves the change of an open form (quitting saves). Pending tells
// when that is done.
func (m *Model) Flush() tea.Cmd {
	if m.zone != zoneForm {
		return nil
	}
	return m.save()
}

// Pending reports whether a save is under way (busy) and whether the open
// form holds a change the store does not have (unsaved): after a refused
// save, until it is corrected or dropped.
func (m *Model) Pending() (busy, unsaved bool) {
	return m.form.saving, m.zone == zoneForm && m.form.dirty()
}
