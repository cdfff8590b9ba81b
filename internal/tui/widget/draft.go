package widget

import (
	"strings"

	"kofa/internal/conference"
)

// Drafter is an input whose text can be put aside as a draft and brought
// back, exactly as it was typed (a date not finished yet included).
type Drafter interface {
	DraftText() string
	SetDraftText(string)
}

// FormDraft is what a form holds that is not submitted: the text of every
// input (by its place among the form's inputs), the input that had focus
// and where its cursor stood, and whether the form is open. It is the
// conference's Draft, so that a form's draft is stored as it is.
type FormDraft = conference.Draft

// Typed reports whether the form holds text the user typed or chose: any
// but what kofa filled in (MarkPrefilled).
func (f *Form) Typed() bool {
	for _, in := range f.Inputs() {
		if dr, ok := in.(Drafter); ok && !f.prefilled[in] && strings.TrimSpace(dr.DraftText()) != "" {
			return true
		}
	}
	return false
}

// Snapshot returns what the form holds now.
func (f *Form) Snapshot() FormDraft {
	inputs := f.Inputs()
	d := FormDraft{Texts: make([]string, len(inputs)), Focus: -1, Open: f.Focused()}
	cur := f.Current()
	if cur == nil && f.last >= 0 && f.last < len(f.rows) {
		cur = f.rows[f.last].Input
	}
	for i, in := range inputs {
		if dr, ok := in.(Drafter); ok {
			d.Texts[i] = dr.DraftText()
		}
		if in == cur {
			d.Focus = i
			if c, ok := in.(interface{ Cursor() int }); ok {
				d.Cursor = c.Cursor()
			}
		}
	}
	return d
}

// Restore puts a draft back: the texts, and the focus and cursor where
// they were (the form stays blurred when it is; Focus goes there).
func (f *Form) Restore(d FormDraft) {
	inputs := f.Inputs()
	for i, in := range inputs {
		if dr, ok := in.(Drafter); ok && i < len(d.Texts) {
			dr.SetDraftText(d.Texts[i])
		}
	}
	if d.Focus < 0 || d.Focus >= len(inputs) {
		return
	}
	for i, r := range f.rows {
		if r.Input == inputs[d.Focus] {
			f.last = i
		}
	}
	if c, ok := inputs[d.Focus].(interface{ SetCursor(int) }); ok {
		c.SetCursor(d.Cursor)
	}
}

// DraftText implements Drafter.
func (f *Field) DraftText() string { return f.input.Value() }

// SetDraftText implements Drafter.
func (f *Field) SetDraftText(s string) { f.SetValue(s) }

// SetDraftText implements Drafter: the text is read as typed.
func (d *DateField) SetDraftText(s string) {
	d.Field.SetValue(s)
	d.parse()
	d.Field.SetError("")
}

// SetDraftText implements Drafter: the text is read as typed.
func (t *TimeField) SetDraftText(s string) {
	t.Field.SetValue(s)
	t.parse()
	t.Field.SetError("")
}

// DraftText implements Drafter.
func (t *TextArea) DraftText() string { return t.area.Value() }

// SetDraftText implements Drafter.
func (t *TextArea) SetDraftText(s string) { t.SetValue(s) }

// A pick's draft is its choice: the codes of a multiple choice joined by
// draftSep, or a free text behind draftFree.
const (
	draftSep  = "\x1f"
	draftFree = "\x1e"
)

// DraftText implements Drafter.
func (p *Pick) DraftText() string {
	switch {
	case p.multi:
		return strings.Join(p.selected, draftSep)
	case p.isFree:
		return draftFree + p.value
	}
	return p.value
}

// SetDraftText implements Drafter.
func (p *Pick) SetDraftText(s string) {
	switch {
	case p.multi:
		var codes []string
		if s != "" {
			codes = strings.Split(s, draftSep)
		}
		p.SetValues(codes)
	case strings.HasPrefix(s, draftFree):
		free := p.free
		p.free = true
		p.SetValue(strings.TrimPrefix(s, draftFree))
		p.free = free
	default:
		p.SetValue(s)
	}
}
