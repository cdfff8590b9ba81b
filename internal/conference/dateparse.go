package conference

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The years a typed date may fall in. Anything outside is a typing slip
// (a year 20226, a relative date of +99999m), not a real due date.
const (
	minParsedYear = 1900
	maxParsedYear = 2200
)

// DateErrorReason says why ParseDate rejected its input. The user interface
// shows Key() through the message catalogue.
type DateErrorReason int

// The reasons ParseDate gives.
const (
	DateInvalidFormat DateErrorReason = iota + 1 // not a form ParseDate knows
	DateImpossible                               // no such day: 31.2., day 0, month 13
	DateOutOfRange                               // year before 1900 or after 2200
)

// Key returns the message catalogue key for the reason.
func (r DateErrorReason) Key() string {
	switch r {
	case DateImpossible:
		return "date.impossible"
	case DateOutOfRange:
		return "date.out_of_range"
	}
	return "date.invalid_format"
}

// String names the reason for logs.
func (r DateErrorReason) String() string {
	switch r {
	case DateInvalidFormat:
		return "invalid format"
	case DateImpossible:
		return "impossible day"
	case DateOutOfRange:
		return "year out of range"
	}
	return "DateErrorReason(" + strconv.Itoa(int(r)) + ")"
}

// DateError is the error ParseDate returns.
type DateError struct {
	Input  string // what was typed, untrimmed
	Reason DateErrorReason
}

// Error leaves the input out on purpose: error messages end up in logs, and
// a date field can hold any text a user typed.
func (e *DateError) Error() string { return "conference: cannot parse date: " + e.Reason.String() }

// The date patterns are compiled when a date is first parsed, not when
// kofa starts: most runs of kofa parse none, and compiling them took a
// noticeable part of the start-up.
var (
	isoDate      = lazyRegexp(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	germanDate   = lazyRegexp(`^(\d{1,2})\.\s*(\d{1,2})(?:\.\s*(\d+)?)?$`)
	relativeDate = lazyRegexp(`^\+\s*(\d+)\s*([dtwm]?)$`)
)

// lazyRegexp compiles pattern on first use.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// ParseDate reads a date the way a facilitator types it, relative to today:
//
//	2026-12-01                ISO
//	1.12.2026, 01.12.2026     German
//	1.12.26                   two-digit year: 2026
//	1.12. or 1.12             this year (always, even if the day is past)
//	+14d, +14t, +2w, +1m, +3  days (d or German t), weeks, months; days if no unit
//	heute, today, morgen, tomorrow
//
// Case and surrounding whitespace do not matter. "+1m" on the 31st gives
// the last day of a shorter month. An empty input is an invalid format: a
// caller that lets the user clear a date checks for that first.
func ParseDate(input string, today Date) (Date, error) {
	s := strings.ToLower(strings.TrimSpace(input))
	d, reason := parseDate(s, today)
	if reason == 0 {
		reason = checkDate(d)
	}
	if reason != 0 {
		return Date{}, &DateError{Input: input, Reason: reason}
	}
	return d, nil
}

func parseDate(s string, today Date) (Date, DateErrorReason) {
	switch s {
	case "heute", "today":
		return today, 0
	case "morgen", "tomorrow":
		return today.AddDays(1), 0
	}
	if m := isoDate().FindStringSubmatch(s); m != nil {
		return Date{Year: atoi(m[1]), Month: time.Month(atoi(m[2])), Day: atoi(m[3])}, 0
	}
	if m := germanDate().FindStringSubmatch(s); m != nil {
		year := today.Year
		switch len(m[3]) {
		case 0:
		case 2:
			year = 2000 + atoi(m[3])
		case 4:
			year = atoi(m[3])
		default:
			return Date{}, DateInvalidFormat
		}
		return Date{Year: year, Month: time.Month(atoi(m[2])), Day: atoi(m[1])}, 0
	}
	if m := relativeDate().FindStringSubmatch(s); m != nil {
		return addRelative(today, m[1], m[2])
	}
	return Date{}, DateInvalidFormat
}

// maxRelativeDigits keeps the arithmetic far from overflow; six digits of
// days, weeks or months already leave the accepted years.
const maxRelativeDigits = 6

func addRelative(today Date, digits, unit string) (Date, DateErrorReason) {
	if len(digits) > maxRelativeDigits {
		return Date{}, DateOutOfRange
	}
	n := atoi(digits)
	switch unit {
	case "w":
		return today.AddDays(7 * n), 0
	case "m":
		return addMonths(today, n), 0
	}
	return today.AddDays(n), 0
}

// addMonths moves to the same day n months later, or to the last day of
// that month if it is shorter: a month after 31 January is 28 (29)
// February, not 3 March.
func addMonths(d Date, n int) Date {
	months := d.Year*12 + int(d.Month) - 1 + n
	year, month := months/12, time.Month(months%12+1)
	return Date{Year: year, Month: month, Day: min(d.Day, daysIn(year, month))}
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func checkDate(d Date) DateErrorReason {
	switch {
	case d.Year < minParsedYear || d.Year > maxParsedYear:
		return DateOutOfRange
	case d.Month < time.January || d.Month > time.December:
		return DateImpossible
	case d.Day < 1 || d.Day > daysIn(d.Year, d.Month):
		return DateImpossible
	}
	return 0
}

// atoi converts a run of at most six ASCII digits. The patterns guarantee
// the digits and the callers the length, so there is no error to handle.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// FormatDate shows d as a facilitator of that language writes it: German
// 01.12.2026, English (and any "en-..." tag) ISO 2026-12-01. The zero date
// is "". Languages other than English get the German form, kofa's default.
func FormatDate(d Date, lang string) string {
	if d.IsZero() {
		return ""
	}
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return d.String()
	}
	return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
}
