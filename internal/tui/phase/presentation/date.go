package presentation

import (
	"errors"
	"regexp"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/widget"
)

// partialDate matches dates known only to the year or month (2019, 3.2025,
// 03/2025, 2025-03): a chronology often has no more than that, so they are
// kept as text rather than rejected.
var partialDate = regexp.MustCompile(`^(\d{4}|\d{1,2}\s*[./]\s*\d{4}|\d{4}\s*-\s*\d{1,2})$`)

// errNotADate is returned for digits and dots that are no date kofa knows
// and no partial date either ("1.12.20266").
var errNotADate = errors.New("presentation: not a date")

// parseChronoDate reads the date of a chronology entry. An exact date in
// any form conference.ParseDate knows becomes a Date; words ("Sommer
// 2025", "ca. März") and partial dates are kept as free text. Text that
// looks like an exact date but is none (31.02.2025, 1.13.) is an error,
// so a typing slip is caught instead of stored as text.
func parseChronoDate(input string, today conference.Date) (d conference.Date, free string, err error) {
	text := strings.TrimSpace(input)
	if text == "" {
		return conference.Date{}, "", nil
	}
	d, err = conference.ParseDate(text, today)
	if err == nil {
		return d, "", nil
	}
	var de *conference.DateError
	if errors.As(err, &de) && de.Reason != conference.DateInvalidFormat {
		return conference.Date{}, "", err
	}
	if hasLetter(text) || partialDate.MatchString(text) {
		return conference.Date{}, text, nil
	}
	return conference.Date{}, "", errNotADate
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// dateField is the date input of the chronology form: a text field that
// shows, while typing, what kofa makes of the text (the day, or that it
// is kept as text), and when left with text that is no date, why.
type dateField struct {
	*widget.Field
	tr    *i18n.Messages
	st    *theme.Styles
	today func() conference.Date
}

func newDateField(tr *i18n.Messages, st *theme.Styles, today func() conference.Date) *dateField {
	f := widget.NewField(tr, st, tr.T("presentation.date"))
	f.SetLimit(60)
	f.SetPlaceholder(tr.T("presentation.date.placeholder"))
	return &dateField{Field: f, tr: tr, st: st, today: today}
}

// parsed returns what the text means now.
func (d *dateField) parsed() (conference.Date, string, error) {
	return parseChronoDate(d.Field.Text(), d.today())
}

// check shows the reason below the field when the text is no date and
// reports whether it is one (or empty, or free text).
func (d *dateField) check() bool {
	_, _, err := d.parsed()
	if err != nil {
		d.Field.SetError(d.errorText(err))
		return false
	}
	d.Field.SetError("")
	return true
}

func (d *dateField) errorText(err error) string {
	var de *conference.DateError
	if errors.As(err, &de) && de.Reason != conference.DateInvalidFormat {
		return d.tr.T(de.Reason.Key())
	}
	return d.tr.T("presentation.date.invalid")
}

// Deferred tells the list to write the date when the field is left: a
// date typed is another one on its way ("1.1" to "1.12.").
func (d *dateField) Deferred() bool { return true }

// Update implements widget.Input; a correction clears a shown error.
func (d *dateField) Update(msg tea.Msg) (tea.Cmd, bool) {
	cmd, changed := d.Field.Update(msg)
	if changed && d.Field.Error() != "" {
		if _, _, err := d.parsed(); err == nil {
			d.Field.SetError("")
		}
	}
	return cmd, changed
}

// Blur implements widget.Input: leaving the field explains a bad date
// and keeps the text as typed.
func (d *dateField) Blur() {
	d.Field.Blur()
	d.check()
}

// View implements widget.Input: the text, and while typing what it means.
func (d *dateField) View(width int) string {
	if !d.Focused() {
		return d.Field.View(width)
	}
	day, free, err := d.parsed()
	var hint string
	switch {
	case err != nil || (day.IsZero() && free == ""):
		return d.Field.View(width)
	case free != "":
		hint = " → " + d.tr.T("presentation.date.free")
	default:
		shown := conference.FormatDate(day, string(d.tr.Lang()))
		if strings.TrimSpace(d.Field.Text()) == shown {
			return d.Field.View(width)
		}
		hint = " → " + shown
	}
	hintW := len([]rune(hint))
	if width-hintW < 8 {
		return d.Field.View(width)
	}
	first, rest, _ := strings.Cut(d.Field.View(width-hintW), "\n")
	out := widget.Truncate(strings.TrimRight(first, " ")+d.st.Muted.Render(hint), width)
	if rest != "" {
		out += "\n" + rest
	}
	return out
}
