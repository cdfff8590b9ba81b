package widget

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
	"kofa/internal/theme"
)

// ParseClock reads a time of day as people type it (9:30, 09:30, 9.30,
// 930, 0930, 9) and returns it as "HH:MM".
func ParseClock(s string) (string, bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ":"))
	var hs, ms string
	switch {
	case strings.Contains(s, ":"):
		hs, ms, _ = strings.Cut(s, ":")
	case len(s) <= 2:
		hs, ms = s, "00"
	case len(s) <= 4:
		hs, ms = s[:len(s)-2], s[len(s)-2:]
	default:
		return "", false
	}
	h, err1 := strconv.Atoi(hs)
	mi, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || len(ms) != 2 || h < 0 || h > 23 || mi < 0 || mi > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, mi), true
}

// TimeField is a field for a time of day ("HH:MM"). Like DateField it
// reports a change only for a valid (or cleared) time and explains an
// invalid one when left.
type TimeField struct {
	*Field
	value   string
	invalid bool
	errText string
}

// NewTimeField returns an empty time field; errText is shown when it is
// left with text that is no time.
func NewTimeField(tr *i18n.Messages, st *theme.Styles, label, errText string) *TimeField {
	f := NewField(tr, st, label)
	f.SetLimit(10)
	f.SetPlaceholder("HH:MM")
	return &TimeField{Field: f, errText: errText}
}

// Time returns the time as "HH:MM" ("" when empty) and whether the text is
// valid.
func (t *TimeField) Time() (string, bool) { return t.value, !t.invalid }

// SetTime shows a stored "HH:MM".
func (t *TimeField) SetTime(s string) {
	t.value, t.invalid = s, false
	t.Field.SetValue(s)
	t.Field.SetError("")
}

// Clear implements Clearer (ctrl+u).
func (t *TimeField) Clear() bool {
	changed := t.Field.Clear() || t.value != ""
	t.value, t.invalid = "", false
	t.Field.SetError("")
	return changed
}

// Update implements Input.
func (t *TimeField) Update(msg tea.Msg) (tea.Cmd, bool) {
	cmd, changed := t.Field.Update(msg)
	if !changed {
		return cmd, false
	}
	before := t.value
	t.parse()
	if !t.invalid {
		t.Field.SetError("")
	}
	return cmd, !t.invalid && t.value != before
}

func (t *TimeField) parse() {
	text := strings.TrimSpace(t.Field.Text())
	if text == "" {
		t.value, t.invalid = "", false
		return
	}
	v, ok := ParseClock(text)
	t.invalid = !ok
	if ok {
		t.value = v
	}
}

// Blur implements Input.
func (t *TimeField) Blur() {
	t.Field.Blur()
	t.parse()
	if t.invalid {
		t.Field.SetError(t.errText)
		return
	}
	t.Field.SetValue(t.value)
}
