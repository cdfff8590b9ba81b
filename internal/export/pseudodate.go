package export

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"kofa/internal/conference"
)

// The pseudonymised minutes give no exact date: the conference's own date
// becomes its month and year, every other date a distance from the
// conference ("3 Wochen vor der Konferenz"), and so do the dates kofa
// recognises inside free text (1.12.2026, 01.12.26, 1.12., 2026-12-01).
// Exact dates let a reader find the family in a small town's records.

// monthYear is the month and year of x ("November 2026").
func (d *doc) monthYear(x conference.Date) string {
	key := "filing.month." + strconv.Itoa(int(x.Month))
	return d.t.T(key, x.Year)
}

// relative says how far x lies from the conference day: days up to two
// weeks, weeks up to two months, months beyond.
func (d *doc) relative(x conference.Date) string {
	base := d.c.Date
	if base.IsZero() {
		return d.monthYear(x)
	}
	days := base.DaysUntil(x)
	dir := "after"
	if days < 0 {
		dir, days = "before", -days
	}
	var n int
	var unit string
	switch {
	case days == 0:
		return d.t.T("filing.rel.same_day")
	case days < 14:
		n, unit = days, "day"
	case days < 63:
		n, unit = (days+3)/7, "week"
	default:
		n, unit = int(float64(days)/30.44+0.5), "month"
	}
	key := "filing.rel." + unit + "." + dir
	return d.t.N(key, n, n)
}

// onDate picks how a message places a date: the message with its
// preposition ("am %s", "on %s") and the exact date, or, in the
// pseudonymised minutes, the message without it and the distance, which
// brings its own words ("vereinbart 6 Wochen vor der Konferenz", "am Tag
// der Konferenz"; never "am 6 Wochen vor der Konferenz"). Both keys are
// spelled out so that the catalogue's tests find them.
func (d *doc) onDate(key, relativeKey string, x conference.Date) (string, string) {
	if d.pseudonymised() && !x.IsZero() {
		return relativeKey, d.relative(x)
	}
	return key, d.date(x)
}

// Dates kofa recognises in free text. A day and month need a dot after
// each and may have a year of two or four digits; ISO dates are whole. A
// preposition that only fits a day ("am", "vom", "on"; the "dem" of "seit
// dem") goes with the date, so that "am 3.11." reads "3 Wochen vor der
// Konferenz", not "am 3 Wochen vor der Konferenz".
var (
	germanDate = regexp.MustCompile(`(\b(?:[Aa]m|[Vv]om|[Oo]n|dem)\s+)?\b([0-3]?\d)\.\s?([01]?\d)\.((?:\d{4}|\d{2})\b)?`)
	isoDate    = regexp.MustCompile(`(\b(?:[Aa]m|[Vv]om|[Oo]n|dem)\s+)?\b(\d{4}-\d{2}-\d{2})\b`)
)

// relativeDates replaces the dates in free text by their distance from
// the conference; text that only looks like a date (31.13.) stays.
func (d *doc) relativeDates(s string) string {
	if !strings.ContainsRune(s, '.') && !strings.ContainsRune(s, '-') {
		return s
	}
	s = isoDate.ReplaceAllStringFunc(s, func(m string) string {
		p := isoDate.FindStringSubmatch(m)
		t, err := time.Parse(time.DateOnly, p[2])
		if err != nil {
			return m
		}
		return d.relative(conference.DateOf(t))
	})
	return germanDate.ReplaceAllStringFunc(s, func(m string) string {
		p := germanDate.FindStringSubmatch(m)
		day, _ := strconv.Atoi(p[2])
		month, _ := strconv.Atoi(p[3])
		year := 0
		switch len(p[4]) {
		case 4:
			year, _ = strconv.Atoi(p[4])
		case 2:
			yy, _ := strconv.Atoi(p[4])
			year = 2000 + yy
		}
		x, ok := d.dateIn(year, month, day)
		if !ok {
			return m
		}
		return d.relative(x)
	})
}

// dateIn builds a date; without a year, the one nearest the conference.
func (d *doc) dateIn(year, month, day int) (conference.Date, bool) {
	valid := func(y int) (conference.Date, bool) {
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if month < 1 || month > 12 || day < 1 || t.Day() != day {
			return conference.Date{}, false
		}
		return conference.DateOf(t), true
	}
	if year != 0 {
		return valid(year)
	}
	base := d.c.Date
	if base.IsZero() {
		return conference.Date{}, false
	}
	best, found := conference.Date{}, false
	for _, y := range []int{base.Year - 1, base.Year, base.Year + 1} {
		x, ok := valid(y)
		if ok && (!found || abs(base.DaysUntil(x)) < abs(base.DaysUntil(best))) {
			best, found = x, true
		}
	}
	return best, found
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// replaceCaseCode puts the case alias for the case code in free text.
func (d *doc) replaceCaseCode(s string) string {
	code := strings.TrimSpace(d.c.CaseCode)
	if code == "" || d.c.Minutes.CaseCodeInPseudonymised || !strings.Contains(strings.ToLower(s), strings.ToLower(code)) {
		return s
	}
	re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(code))
	return re.ReplaceAllLiteralString(s, d.caseAlias())
}
