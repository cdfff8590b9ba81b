package cli

import (
	"errors"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
)

// dayFlag reads a date given on the command line, relative to today; def
// when none was given. A date kofa cannot read is a usage mistake under
// badKey, whose arguments are lead, what was typed and why it was refused.
func (inv *invocation) dayFlag(text string, today, def conference.Date, badKey string, lead ...any) (conference.Date, error) {
	if text == "" {
		return def, nil
	}
	d, err := conference.ParseDate(text, today)
	if err != nil {
		var de *conference.DateError
		errors.As(err, &de)
		args := append(lead, sanitize.Line(text), inv.tr.T(de.Reason.Key()))
		return conference.Date{}, usagef(inv.tr.T(badKey, args...))
	}
	return d, nil
}
