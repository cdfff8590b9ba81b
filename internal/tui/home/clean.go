package home

import (
	"kofa/internal/conference"
	"kofa/internal/sanitize"
)

// cleanSummary makes a row's text safe to lay out. Text typed into kofa is
// clean already; a store or an imported archive written by something else
// may hold a line break in a case code, which would push every row below
// it down (escape sequences are removed from every frame anyway).
func cleanSummary(s *conference.Summary) {
	s.CaseCode, s.Topic = sanitize.Line(s.CaseCode), sanitize.Line(s.Topic)
}
