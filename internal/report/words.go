package report

import (
	"math"
	"strconv"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// Words names what the report counts, the same on screen and in the
// Markdown: institutions by their catalogue label, routes and seams by
// their message, shares as percentages.
type Words struct {
	T    *i18n.Messages
	Cat  *catalogue.Catalogue
	lang string
}

// NewWords returns the words of lang; cat nil means the built-in
// catalogue.
func NewWords(lang i18n.Lang, cat *catalogue.Catalogue) *Words {
	if cat == nil {
		cat = catalogue.Builtin()
	}
	t := i18n.New(lang)
	return &Words{T: t, Cat: cat, lang: string(t.Lang())}
}

// Lang is the language code.
func (w *Words) Lang() string { return w.lang }

// Institution labels an institution code: "" is "not recorded", the
// total is "all institutions", a code the catalogue does not know shows
// as itself (cleaned: it may come from another laptop's catalogue).
func (w *Words) Institution(code string) string {
	switch code {
	case "":
		return w.T.T("report.institution.none")
	case Total:
		return w.T.T("report.institution.all")
	}
	return sanitize.Line(catalogue.Label(w.Cat.Institutions, code, w.lang))
}

// Route labels a handover route ("" none recorded, Total all).
func (w *Words) Route(code string) string {
	switch code {
	case "":
		return w.T.T("report.route.none")
	case Total:
		return w.T.T("report.route.all")
	}
	if key := "handover.route." + code; w.T.Has(key) {
		return w.T.T(key)
	}
	return sanitize.Line(code)
}

// Seam names a seam of the cooperation check as a statement.
func (w *Words) Seam(code string) string {
	if key := "seams.seam." + code; w.T.Has(key) {
		return w.T.T(key)
	}
	return sanitize.Line(code)
}

// Percent is n of total as a whole percentage ("83 %" or "83%"), "–"
// when total is 0.
func (w *Words) Percent(n, total int) string {
	if total <= 0 {
		return "–"
	}
	return w.T.T("report.percent", Share(n, total))
}

// Share is n of total in whole percent, rounded half up (0 for none).
func Share(n, total int) int {
	if total <= 0 {
		return 0
	}
	return int(math.Floor(float64(n)*100/float64(total) + 0.5))
}

// Days writes a median number of days ("–" when there were none).
func (w *Words) Days(m conference.Median, count int) string {
	if count == 0 {
		return "–"
	}
	return m.Format(w.lang)
}

// Date writes a day.
func (w *Words) Date(d conference.Date) string { return conference.FormatDate(d, w.lang) }

// Period writes the period: "01.01.2026 – 30.06.2026", open ends named.
func (w *Words) Period(p Period) string {
	from, to := w.Date(p.From), w.Date(p.To)
	switch {
	case from == "" && to == "":
		return w.T.T("report.period.all")
	case from == "":
		return w.T.T("report.period.until", to)
	case to == "":
		return w.T.T("report.period.since", from)
	}
	return w.T.T("report.period.range", from, to)
}

// Count writes a number.
func Count(n int) string { return strconv.Itoa(n) }
