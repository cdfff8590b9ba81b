package listform

import (
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/widget"
)

// A new entry typed and not submitted is a draft, and drafts are data:
// the list stores it in the conference (phase.Context.SaveDraft) as it
// changes, under the form's name, its Path and "new". Submitting it drops
// it; leaving the form (esc, another phase, quitting) keeps it. A list
// created after a restart takes the stored draft back: n brings it, and
// ResumeDraft reopens the form with it when it was open.

// draftForm names the list's form in the conference's drafts ("" when the
// list has no Path or no form: no draft is stored).
func (l *List[T]) draftForm() string {
	switch {
	case l.cfg.Form == nil:
		return ""
	case l.cfg.Draft != "":
		return l.cfg.Draft
	case l.cfg.Path == "":
		return ""
	}
	return l.cfg.Path + "/new"
}

// loadDraft takes back the draft the conference holds for the form.
func (l *List[T]) loadDraft() {
	form := l.draftForm()
	if form == "" {
		return
	}
	if d, ok := l.ctx.Draft(form); ok {
		l.draft = &d
		l.resume = d.Open
	}
}

// storeDraft stores the new entry the form holds, or removes the stored
// draft when there is none (it was submitted, or emptied).
func (l *List[T]) storeDraft() {
	form := l.draftForm()
	if form == "" {
		return
	}
	d, ok := l.Draft()
	if !ok {
		d = widget.FormDraft{}
	}
	d.Open = l.mode == adding
	l.ctx.SaveDraft(form, d)
}

// ResumeDraft opens the form again with the stored draft when its form
// was open as kofa ended, the cursor where it stood; else it does
// nothing. The editor calls it when its phase is shown.
func (l *List[T]) ResumeDraft() tea.Cmd {
	if !l.resume {
		return nil
	}
	l.resume = false
	if l.mode != browsing || l.draft == nil {
		return nil
	}
	return l.OpenNew()
}
