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
