package widget

import (
	"strings"

	"kofa/internal/sanitize"
)

// cleanInput sanitises text typed or pasted into a field. Single-line fields
// get line breaks as spaces; surrounding spaces are kept while typing (the
// stored value is trimmed by Value).
func cleanInput(s string, singleLine bool) string {
	s = sanitize.Text(s)
	if singleLine && strings.ContainsRune(s, '\n') {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return s
}

// fit cuts s so that used+len(s) stays within limit bytes, reporting
// whether it cut.
func fit(s string, used, limit int) (string, bool) {
	return sanitize.Limit(s, max(0, limit-used))
}

// typed decides what a field holds after a key changed before into after.
// Typing may not make the text longer than limit bytes (a paste is fitted
// to the room left before it arrives), but limits apply to typing only:
// text that came longer from the store, a copy or an import stays whole,
// and can be shortened or edited without growing. It reports whether it
// refused the change.
func typed(before, after string, limit int) (string, bool) {
	if len(after) > limit && len(after) > len(before) {
		return before, true
	}
	return after, false
}

// nearLimit reports whether a field holding n bytes is close enough to its
// limit to show a counter. Tiny limits (a two-digit scale) need none.
func nearLimit(n, limit int) bool {
	return limit >= 40 && n*10 >= limit*9
}
