package listform

// An undo or redo changes the conference under the lists and panels
// (phase.Context.OnReload: each registers itself when it is made). A form
// that showed a stored entry or the conference's fields may show what was
// just undone: it closes without writing anything, and the list shows the
// conference as it is. A new entry's draft stays: an undo takes back what
// was recorded, not what is being typed.

// Reload shows the conference as it is after an undo or redo.
func (l *List[T]) Reload() {
	if l.mode == editing {
		l.cfg.Form.Form().Blur()
		l.mode, l.id, l.warned, l.formErr = browsing, "", false, ""
	}
	l.Sync()
}

// reloadAll closes the panel without writing and fills it from the
// conference again.
func (p *Panel) reloadAll() {
	if p.open {
		p.form.Blur()
		p.open, p.warned, p.formErr = false, false, ""
		if p.OnClose != nil {
			p.OnClose(p)
		}
	}
	p.load(p.form)
}
