package export

import (
	"strconv"
	"strings"
	"time"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// md is Markdown that is safe to write as it is: the exporter's own markup,
// or text that went through Inline, Cell or Block. Keeping it a separate
// type means raw user text cannot reach the output by accident.
type md string

// esc escapes text for use inside a line.
func (d *doc) esc(s string) md { return md(Inline(s)) }

// block escapes text that may run over several lines for a paragraph or,
// with indent, a list item.
func (d *doc) block(s, indent string) md { return md(Block(s, indent)) }

// scrub replaces the names kofa knows in s when the minutes are
// pseudonymised, and the case code and the dates it recognises
// (pseudodate.go). It is for user text only, and every user text passes
// through it where it is read from the conference: kofa's own words
// (headings, labels, table headers, pseudonyms) never do, so a surname
// that equals one of them cannot rewrite the minutes (see scrub.go).
func (d *doc) scrub(s string) string {
	if !d.pseudonymised() {
		return s
	}
	return d.relativeDates(d.replaceCaseCode(d.scrubber.apply(s)))
}

// doc builds one set of minutes.
type doc struct {
	// out is the Markdown written so far (see Body).
	out []byte
	// c is the conference as the minutes record it: a closed one with
	// its action statuses as they stood at closing. today is the
	// conference as it is now, for the "status today" section.
	c       *conference.Conference
	today   *conference.Conference
	status  bool // Options.WithStatus
	t       *i18n.Messages
	cat     *catalogue.Catalogue
	lang    string
	variant string
	forInst string
	// to is whom a document beyond the room is for (recipient.go);
	// contacts the partner directory (Options.Contacts).
	to        Recipient
	directory []directory.Entry
	// names maps participant IDs to how the minutes name them: their name,
	// or in the pseudonymised minutes their role and institution.
	names map[string]string
	// scrubber replaces known names in free text; nil outside the
	// pseudonymised minutes.
	scrubber *scrubber
}

func newDoc(c *conference.Conference, opt Options) *doc {
	t := i18n.New(opt.Lang)
	d := &doc{
		c: c, today: c, t: t, cat: opt.Catalogue, lang: string(t.Lang()),
		variant: opt.Variant, forInst: opt.For, status: opt.WithStatus, directory: opt.Contacts,
	}
	if c.Status == conference.StatusClosed && !c.ClosedAt.IsZero() && len(c.StatusLog) > 0 {
		// Closed minutes are a record of the meeting: what the follow-up
		// list recorded later belongs to "status today" only.
		d.c = c.StatusAt(c.ClosedAt)
	}
	if d.cat == nil {
		d.cat = catalogue.Builtin()
	}
	if d.variant == "" {
		d.variant = VariantFull
	}
	if TakesRecipient(d.variant) && d.variant != VariantTasks {
		// The caller checked whom For names (ResolveFor); a document made
		// anyway for no one it knows addresses the institution as given.
		d.to, _ = ResolveFor(c, d.variant, opt.For, d.cat)
		if d.to.Key == "" && d.variant == VariantNotice {
			d.to = Recipient{Key: "inst", Name: opt.For, Institution: opt.For}
		}
		d.forInst = d.to.Institution
	}
	if d.pseudonymised() {
		d.names = pseudonyms(c, d)
		d.scrubber = newScrubber(c, d.names, append(d.childNames(), d.carerNames()...), d.cat, d.leftOut(), func(code string) string {
			return d.label(d.cat.Institutions, code)
		})
	} else {
		d.names = realNames(c, d)
	}
	d.addFamilyNames()
	return d
}

func (d *doc) pseudonymised() bool { return d.variant == VariantPseudonymised }

// tr returns the message for key, escaped. Labels are escaped like user
// text because a user catalogue or a translation may contain markup
// characters too.
func (d *doc) tr(key string, args ...any) md { return d.esc(d.t.T(key, args...)) }

// label returns the catalogue label of code ("" for no code).
func (d *doc) label(list []catalogue.Entry, code string) string {
	if code == "" {
		return ""
	}
	return catalogue.Label(list, code, d.lang)
}

// code labels a code that has no catalogue list (kinds, phases, states)
// through the message catalogue; a code kofa does not know (from a newer
// version, say) shows as itself rather than as a missing key.
func (d *doc) code(prefix, code string) string {
	if code == "" {
		return ""
	}
	if d.t.Has(prefix + code) {
		return d.t.T(prefix + code)
	}
	return code
}

// labels joins the labels of codes with ", ".
func (d *doc) labels(list []catalogue.Entry, codes []string) string {
	out := make([]string, 0, len(codes))
	for _, code := range codes {
		out = append(out, d.label(list, code))
	}
	return strings.Join(out, ", ")
}

// date shows a date; the pseudonymised minutes show its distance from the
// conference instead (pseudodate.go). It stands as a value (after a label
// or in a cell), so the conference day itself reads without "on"
// ("Freigegeben am: Tag der Konferenz", not "am am Tag").
func (d *doc) date(x conference.Date) string {
	if d.pseudonymised() && !x.IsZero() {
		if d.c.Date == x {
			return d.t.T("filing.rel.same_day.value")
		}
		return d.relative(x)
	}
	return conference.FormatDate(x, d.lang)
}

// clock shows the time of day of t, "" for the zero time.
func clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("15:04")
}

// minutes shows a duration as whole minutes, rounded.
func (d *doc) minutes(x time.Duration) string {
	return d.t.T("export.minutes", int(x.Round(time.Minute)/time.Minute))
}

// person names a participant by ID as the variant requires.
func (d *doc) person(id string) string {
	if id == "" {
		return ""
	}
	if n, ok := d.names[id]; ok {
		return n
	}
	return d.t.T("export.person.unknown")
}

// persons names every participant holding role, joined with ", ".
func (d *doc) persons(role string) string {
	var out []string
	for _, p := range d.c.ParticipantsWithRole(role) {
		out = append(out, d.person(p.ID))
	}
	return strings.Join(out, ", ")
}

// leftOut is what the pseudonymised minutes show instead of identifying
// text.
func (d *doc) leftOut() string { return d.t.T("export.left_out") }

// present reports whether a user text holds anything visible once
// cleaned, which is what decides whether the minutes show it: whether
// Inline(s) != "", without building the escaped text. A printable ASCII
// character before anything sanitize.Text would change survives the
// cleaning, so most texts are settled by their first letter.
func present(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c > ' ' && c < 0x7f:
			return true
		case c != ' ' && c != '\n':
			// Inline drops lines that are blank once cleaned and
			// trimmed, so it is empty exactly when the whole cleaned
			// text is blank.
			return strings.TrimSpace(sanitize.Text(s)) != ""
		}
	}
	return false
}

// --- writing -----------------------------------------------------------

func (d *doc) write(parts ...md) {
	for _, p := range parts {
		d.out = append(d.out, p...)
	}
}

// heading writes an ATX heading followed by a blank line.
func (d *doc) heading(level int, text md) {
	d.write(md(strings.Repeat("#", level)), " ", text, "\n\n")
}

// para writes a paragraph.
func (d *doc) para(text md) { d.write(text, "\n\n") }

// field is one "- **Label:** value" line of a field list.
type field struct {
	label md
	value md
}

// fields writes the non-empty fields as a list; it reports whether it
// wrote any.
func (d *doc) fields(fs ...field) bool {
	n := 0
	for _, f := range fs {
		if f.value == "" {
			continue
		}
		d.write("- **", f.label, ":** ", f.value, "\n")
		n++
	}
	if n > 0 {
		d.write("\n")
	}
	return n > 0
}

// f builds a field from a label key and a value (escaped inline; user
// text comes scrubbed).
func (d *doc) f(key, value string) field { return field{d.tr(key), d.esc(value)} }

// fb builds a field whose value may run over several lines.
func (d *doc) fb(key, value string) field { return field{d.tr(key), d.block(value, "  ")} }

// table writes a GFM pipe table. Cells must come from Cell or tr; a row
// shorter than the header is padded so every row has the same columns.
func (d *doc) table(header []md, rows [][]md) {
	d.row(header)
	sep := make([]md, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	d.row(sep)
	for _, r := range rows {
		for len(r) < len(header) {
			r = append(r, md(Cell("")))
		}
		d.row(r[:len(header)])
	}
	d.write("\n")
}

func (d *doc) row(cells []md) {
	d.write("|")
	for _, c := range cells {
		d.write(" ", c, " |")
	}
	d.write("\n")
}

// item escapes text that may run over several lines for a list item; an
// empty text shows as a dash, as in a table cell.
func (d *doc) item(s string) md {
	if b := d.block(s, "  "); b != "" {
		return b
	}
	return md(Cell(""))
}

// cell escapes a value for a table cell.
func (d *doc) cell(s string) md { return md(Cell(s)) }

// headers translates column-name keys.
func (d *doc) headers(keys ...string) []md {
	out := make([]md, len(keys))
	for i, k := range keys {
		out[i] = d.tr(k)
	}
	return out
}

// joinNonEmpty joins the parts that hold visible text with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if present(p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func itoa(n int) string { return strconv.Itoa(n) }
