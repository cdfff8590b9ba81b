package listform

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// OpenNew opens the form for a new entry: the draft left with esc as it
// was, or an empty form.
func (l *List[T]) OpenNew() tea.Cmd {
	if l.cfg.Form == nil {
		return nil
	}
	f := l.cfg.Form.Form()
	l.refresh()
	f.SetSaved(false)
	switch {
	case l.mode == adding:
		return f.Focus()
	case l.draft != nil:
		l.cfg.Form.Load(nil)
		f.ClearPrefilled()
		f.Restore(*l.draft)
		l.draft = nil
		l.mode, l.id, l.warned, l.formErr = adding, "", false, ""
		l.storeDraft()
		return f.Focus()
	case l.mode == editing || l.id != "" || !l.loaded:
		l.loadNew()
	}
	l.mode, l.id, l.warned, l.formErr = adding, "", false, ""
	l.storeDraft()
	return f.Focus()
}

// loadNew empties the form for a new entry.
func (l *List[T]) loadNew() {
	l.loaded = true
	f := l.cfg.Form.Form()
	f.ClearPrefilled()
	l.cfg.Form.Load(nil)
	f.FocusFirst()
	f.Blur()
}

// OpenEdit opens the form on the stored entry id. A new entry the form
// held is put aside and comes back with n.
func (l *List[T]) OpenEdit(id string) tea.Cmd {
	i := l.index(id)
	if l.cfg.Form == nil || i < 0 {
		return nil
	}
	f := l.cfg.Form.Form()
	if l.mode == editing && l.id == id {
		return f.Focus()
	}
	if l.holdsNew() {
		d := f.Snapshot()
		if f.Typed() {
			l.draft = &d
		}
	}
	item := l.cfg.Items()[i]
	f.Blur()
	f.ClearPrefilled()
	l.refresh()
	l.cfg.Form.Load(&item)
	l.loaded = true
	l.mode, l.id, l.warned, l.formErr = editing, id, false, ""
	f.SetSaved(true)
	l.sel.SetCursor(i)
	l.storeDraft()
	return f.FocusFirst()
}

// refresh brings the form's choices up to date, where it has any.
func (l *List[T]) refresh() {
	if r, ok := l.cfg.Form.(Refresher); ok {
		r.Refresh()
	}
}

// holdsNew reports whether the form holds a new entry (open, or left with
// esc).
func (l *List[T]) holdsNew() bool { return l.mode == adding || (l.mode == browsing && l.id == "") }

// Close closes the form: a new entry stays as a draft, an edit is
// already stored.
func (l *List[T]) Close() {
	if l.mode == browsing || l.cfg.Form == nil {
		return
	}
	l.cfg.Form.Form().Blur()
	l.mode, l.warned, l.formErr = browsing, false, ""
	l.storeDraft()
}

// Draft returns the new entry the form holds, typed and not submitted
// (ok false when there is none).
func (l *List[T]) Draft() (widget.FormDraft, bool) {
	if l.cfg.Form == nil {
		return widget.FormDraft{}, false
	}
	if l.draft != nil {
		return *l.draft, true
	}
	if !l.holdsNew() {
		return widget.FormDraft{}, false
	}
	// What kofa filled in (the next person to report, say) is no draft:
	// only what the user typed or chose is.
	f := l.cfg.Form.Form()
	return f.Snapshot(), f.Typed()
}

// Leave commits what is typed when the phase is left (the form stays
// as it is for the return): an edit's field at once. A new entry stays a
// draft, stored with the conference (drafts.go): leaving the phase, even
// quitting, never submits it.
func (l *List[T]) Leave() {
	if l.cfg.Form == nil {
		return
	}
	f := l.cfg.Form.Form()
	switch l.mode {
	case editing:
		f.ChoosePending()
		if in := f.Current(); in != nil {
			l.apply(in, true)
		}
	case adding:
		f.ChoosePending()
		l.storeDraft()
	}
}

// AddDraft adds the new entry the form holds, when it could be saved (the
// word passes on to the next speaker with a contribution typed). The form
// stays open, empty, when it was open.
func (l *List[T]) AddDraft() (string, bool) {
	if l.cfg.Form == nil || !l.holdsNew() {
		return "", false
	}
	f := l.cfg.Form.Form()
	if l.mode == adding {
		f.ChoosePending()
	}
	if _, ok := l.Draft(); !ok {
		return "", false
	}
	item, prob := l.cfg.Form.Entry()
	if prob != nil {
		return "", false
	}
	id := l.cfg.Form.Add(item)
	l.record(conference.OpAdd, id, true)
	l.sel.SetLen(l.Len())
	l.Select(id)
	open := l.mode == adding
	l.loadNew()
	l.changed(conference.OpAdd, id)
	if open {
		l.mode = adding
		f.FocusFirst()
	}
	l.storeDraft()
	return id, true
}

// formUpdate gives a key or paste to the open form and acts on what it
// did; a new entry's draft is stored as it changes.
func (l *List[T]) formUpdate(msg tea.Msg) tea.Cmd {
	defer l.storeDraft()
	f := l.cfg.Form.Form()
	ev, cmd := f.Update(msg)
	if ev.Changed != nil || ev.Left != nil {
		l.formErr = ""
	}
	if l.mode == editing && ev.Left != nil {
		l.apply(ev.Left, true)
	}
	switch {
	case ev.Submitted:
		return tea.Batch(cmd, l.submit())
	case ev.Leave:
		return tea.Batch(cmd, l.leave())
	}
	return cmd
}

// immediate tells the inputs whose change is committed at once (a choice)
// from those typed into (committed after the typing pause).
func immediate(in widget.Input) bool {
	switch in.(type) {
	case *widget.Pick:
		return true
	}
	return false
}

// deferred tells the inputs written only when they are left: a date or a
// time is valid on its way to another one ("2" on the way to "25:00",
// "1.1" on the way to "1.12."), and what was meant is known only then.
func deferred(in widget.Input) bool {
	switch in.(type) {
	case *widget.DateField, *widget.TimeField:
		return true
	}
	_, ok := in.(interface{ Deferred() bool })
	return ok
}

// apply writes an input of an edit into the stored entry.
func (l *List[T]) apply(in widget.Input, now bool) {
	field, ok := l.cfg.Form.Apply(l.id, in)
	if !ok {
		return
	}
	l.record(conference.OpUpdate, joinPath(l.id, field), now)
	l.changed(conference.OpUpdate, l.id)
}

func joinPath(id, field string) string {
	if field == "" {
		return id
	}
	return id + "/" + field
}

// submit saves the form: a new entry is added (the form then stays open,
// empty, for the next), an edit is closed. A problem keeps the form open
// at the input to correct.
func (l *List[T]) submit() tea.Cmd {
	f := l.cfg.Form.Form()
	item, prob := l.cfg.Form.Entry()
	if prob != nil {
		return showProblem(f, prob, &l.formErr)
	}
	if l.mode == editing {
		if in := f.Current(); in != nil && deferred(in) {
			l.apply(in, true)
		}
		id := l.id
		l.Close()
		l.closed(id)
		return nil
	}
	id := l.cfg.Form.Add(item)
	l.record(conference.OpAdd, id, true)
	l.sel.SetLen(l.Len())
	l.Select(id)
	l.loadNew()
	l.changed(conference.OpAdd, id)
	if l.cfg.CloseAfterAdd {
		l.mode = browsing
		return nil
	}
	l.mode = adding
	return f.FocusFirst()
}

// leave leaves the form (esc). A new entry stays a draft. An edit whose
// form holds a value the entry cannot take stays open once to show why;
// the second esc leaves, the stored value stays and a line says so.
func (l *List[T]) leave() tea.Cmd {
	if l.mode == adding {
		l.Close()
		return nil
	}
	if in := l.cfg.Form.Form().Current(); in != nil && deferred(in) {
		l.apply(in, true)
	}
	_, prob := l.cfg.Form.Entry()
	if prob != nil && !l.warned {
		l.warned = true
		return showProblem(l.cfg.Form.Form(), prob, &l.formErr)
	}
	id := l.id
	l.Close()
	if prob != nil {
		l.notice = l.ctx.Msgs.T("listform.kept", prob.Text)
		l.reload(id)
	}
	l.closed(id)
	return nil
}

// closed tells the editor that the edit of id is done.
func (l *List[T]) closed(id string) {
	if l.cfg.Closed != nil {
		l.cfg.Closed(id)
	}
}

// reload fills the form from the stored entry id again (what it shows
// after an edit that kept a stored value).
func (l *List[T]) reload(id string) {
	if i := l.index(id); i >= 0 {
		item := l.cfg.Items()[i]
		l.cfg.Form.Load(&item)
	}
}
