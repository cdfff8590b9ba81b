package widget

import (
	"errors"
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// DateField is a field for a calendar day that understands what a
// facilitator types: 1.12.2026, 1.12., 2026-12-01, +14d, +2w, heute.
// While the text is valid the resolved day is shown beside it; when the
// field is left with text that is not a date, the reason is shown and the
// text stays as typed so it can be corrected.
type DateField struct {
	*Field
	today   func() conference.Date
	lang    i18n.Lang
	date    conference.Date
	invalid error
}

// NewDateField returns an empty date field; today anchors relative dates.
func NewDateField(tr *i18n.Messages, st *theme.Styles, label string, today func() conference.Date) *DateField {
	f := NewField(tr, st, label)
	f.SetLimit(40)
	return &DateField{Field: f, today: today, lang: tr.Lang()}
}

// Date returns the day and whether the text is a valid date or empty
// (the zero Date).
func (d *DateField) Date() (conference.Date, bool) { return d.date, d.invalid == nil }

// SetDate shows day in the language's usual form.
func (d *DateField) SetDate(day conference.Date) {
	d.date, d.invalid = day, nil
	d.Field.SetValue(conference.FormatDate(day, string(d.lang)))
	d.Field.SetError("")
}

// Clear implements Clearer (ctrl+u).
func (d *DateField) Clear() bool {
	changed := d.Field.Clear() || !d.date.IsZero()
	d.date, d.invalid = conference.Date{}, nil
	d.Field.SetError("")
	return changed
}

// Update implements Input; it reports a change only when the text became a
// different valid date (or was cleared), so a half-typed date never
// overwrites a stored one.
func (d *DateField) Update(msg tea.Msg) (tea.Cmd, bool) {
	cmd, changed := d.Field.Update(msg)
	if !changed {
		return cmd, false
	}
	before := d.date
	d.parse()
	if d.invalid == nil {
		d.Field.SetError("")
	}
	return cmd, d.invalid == nil && d.date != before
}

func (d *DateField) parse() {
	text := strings.TrimSpace(d.Field.Text())
	if text == "" {
		d.date, d.invalid = conference.Date{}, nil
		return
	}
	day, err := conference.ParseDate(text, d.today())
	if err != nil {
		d.invalid = err
		return
	}
	d.date, d.invalid = day, nil
}

// Blur implements Input: leaving the field shows why its text is no date.
func (d *DateField) Blur() {
	d.Field.Blur()
	d.parse()
	if d.invalid != nil {
		d.Field.SetError(d.errorText())
		return
	}
	d.Field.SetError("")
	if !d.date.IsZero() {
		d.Field.SetValue(conference.FormatDate(d.date, string(d.lang)))
	}
}

// Reason says why the text is no date ("" when it is one, or empty).
func (d *DateField) Reason() string {
	if d.invalid == nil {
		return ""
	}
	return d.errorText()
}

func (d *DateField) errorText() string {
	var de *conference.DateError
	if errors.As(d.invalid, &de) {
		return d.tr.T(de.Reason.Key())
	}
	return d.tr.T("date.invalid_format")
}

// View implements Input: the text, then the resolved day while typing.
func (d *DateField) View(width int) string {
	if !d.Focused() || d.invalid != nil || d.date.IsZero() {
		return d.Field.View(width)
	}
	hint := " → " + conference.FormatDate(d.date, string(d.lang))
	if strings.TrimSpace(d.Field.Text()) == strings.TrimSpace(conference.FormatDate(d.date, string(d.lang))) {
		return d.Field.View(width)
	}
	inputWidth := max(1, width-len([]rune(hint)))
	first, rest, _ := strings.Cut(d.Field.View(inputWidth), "\n")
	out := Truncate(strings.TrimRight(first, " ")+d.st.Muted.Render(hint), width)
	if rest != "" {
		out += "\n" + rest
	}
	return out
}
