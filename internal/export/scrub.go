package export

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/textfold"
)

// The pseudonymised minutes replace every name kofa knows wherever it
// appears in free text, by the same pseudonym the minutes use elsewhere:
//
//   - a participant's name, and each part of it with at least three letters
//     ("Petra Albers", "Albers", "Petra"), becomes the participant's
//     pseudonym ("Fachkraft ASD"); a title or form of address right before
//     it goes with it ("Frau Albers", "Dr. Weber");
//   - a child's first name becomes "das Kind (6)", a carer's name (and its
//     parts) the relationship with its article ("die Mutter"): the text had
//     a name there, and a name needs no article; a family member at the
//     table who is one of the carers is named as that carer, any other by
//     the relationship to the child;
//   - a participant's institution as recorded, each comma-separated part
//     of it, the same without a legal form ("e. V.", "gGmbH"), and each
//     word of it that is not a generic word for an institution
//     ("Sonnenblume" of "Kita Sonnenblume", "Am Hang" of "Grundschule Am
//     Hang"), becomes the institution type;
//   - the place, and each comma-separated part of it, is left out.
//
// Matching ignores case and umlaut spelling (Krüger, Krueger, KRÜGER) and
// only takes whole words: "Weber" is replaced in "Dr. Weber's practice"
// and, with its genitive s, in "Webers Bericht", but not in "Weberei". Where two sources give a word different
// replacements, a child's or carer's name beats a participant's, a name an
// institution and an institution the place; two names sharing a part
// ("Schmidt" of two parents) make it left out.

// minTermLetters is the shortest name part that is replaced on its own:
// initials and short particles would hit ordinary words.
const minTermLetters = 3

// Term priorities: which replacement wins when two sources give the same
// folded term.
const (
	prioPlace = iota
	prioInstitution
	prioNamePart
	prioName
	prioFamilyName
)

// term is one text to find, folded, and what replaces it.
type term struct {
	folded string
	repl   string
	prio   int
	person bool // a person's name: a form of address before it is replaced too
}

// scrubber replaces known names in free text.
type scrubber struct {
	terms []term // longest first
}

// newScrubber collects the names of c that the pseudonymised minutes must
// not show, with the pseudonyms in names (participant ID -> pseudonym) and
// how the children and carers are named in running text (family).
func newScrubber(c *conference.Conference, names map[string]string, family []familyName, cat *catalogue.Catalogue, leftOut string, instLabel func(code string) string) *scrubber {
	generic := genericWords(cat)
	byTerm := map[string]term{}
	ambiguous := map[string]bool{}
	add := func(text, repl string, prio int, person bool) {
		f := textfold.Digraph(text)
		if letters(f) < minTermLetters {
			return
		}
		t, ok := byTerm[f]
		switch {
		case !ok || prio > t.prio:
			byTerm[f] = term{folded: f, repl: repl, prio: prio, person: person}
			delete(ambiguous, f)
		case prio == t.prio && repl != t.repl:
			ambiguous[f] = true
		}
	}
	addName := func(name, repl string, prio int) {
		if strings.TrimSpace(name) == "" {
			return
		}
		add(name, repl, prio, true)
		var bare []string // the name without titles: "Anna Weber" of "Dr. Anna Weber"
		for _, w := range strings.Fields(name) {
			if !addressWords[strings.TrimSuffix(textfold.Digraph(w), ".")] {
				bare = append(bare, w)
			}
		}
		add(strings.Join(bare, " "), repl, prio, true)
		for _, part := range nameParts(name) {
			if !addressWords[textfold.Digraph(part)] && !particles[textfold.Digraph(part)] {
				add(part, repl, prioNamePart, true)
			}
		}
	}
	recorded := map[string]bool{} // the family's names, folded
	for _, f := range family {
		addName(f.name, f.the, prioFamilyName)
		recorded[textfold.Digraph(f.name)] = true
	}
	for _, p := range c.Participants {
		if !p.Family || !recorded[textfold.Digraph(p.Name)] {
			addName(p.Name, names[p.ID], prioName)
		}
		if p.Family || strings.TrimSpace(p.Institution) == "" {
			continue
		}
		inst := instLabel(p.InstitutionType)
		if inst == "" {
			inst = leftOut
		}
		for _, t := range institutionTerms(p.Institution, generic) {
			add(t, inst, prioInstitution, false)
		}
	}
	// Owners of reviewed actions who are no longer participants.
	for _, r := range c.Reviews {
		if _, ok := names[r.OwnerID]; !ok && strings.TrimSpace(r.OwnerName) != "" {
			addName(r.OwnerName, leftOut, prioName)
		}
	}
	if strings.TrimSpace(c.Place) != "" {
		add(c.Place, leftOut, prioPlace, false)
		for _, seg := range segments(c.Place) {
			add(seg, leftOut, prioPlace, false)
		}
	}
	s := &scrubber{}
	for f, t := range byTerm {
		if ambiguous[f] {
			t.repl = leftOut
		}
		s.terms = append(s.terms, t)
	}
	slices.SortFunc(s.terms, func(a, b term) int {
		if d := len(b.folded) - len(a.folded); d != 0 {
			return d
		}
		return strings.Compare(a.folded, b.folded)
	})
	return s
}

// apply returns text with every known name replaced.
func (s *scrubber) apply(text string) string {
	if s == nil || len(s.terms) == 0 || text == "" {
		return text
	}
	f := textfold.Map(text)
	type match struct {
		start, end int // in text
		repl       string
	}
	var found []match
	taken := make([]bool, len(f.S))
	for _, t := range s.terms { // longest first: a longer name wins
		for from := 0; ; {
			i := strings.Index(f.S[from:], t.folded)
			if i < 0 {
				break
			}
			i += from
			j := i + len(t.folded)
			from = i + 1
			if slices.Contains(taken[i:j], true) {
				continue
			}
			start, end := f.Start[i], f.End[j-1]
			switch {
			case wordBoundary(text, start, end):
			case t.person && end < len(text) && text[end] == 's' && wordBoundary(text, start, end+1):
				end++ // German genitive: "Frau Webers Bericht"
			default:
				continue
			}
			for k := i; k < j; k++ {
				taken[k] = true
			}
			if t.person {
				start = withAddress(text, start)
			}
			found = append(found, match{start, end, t.repl})
		}
	}
	if len(found) == 0 {
		return text
	}
	slices.SortFunc(found, func(a, b match) int { return a.start - b.start })
	var b strings.Builder
	last, prev := 0, ""
	for _, m := range found {
		if m.start < last { // a form of address reaching into the match before
			m.start = last
		}
		gap := text[last:m.start]
		if last > 0 && m.repl == prev && strings.TrimSpace(gap) == "" {
			// "Anna Weber" when only the parts are known: one pseudonym.
			last = m.end
			continue
		}
		b.WriteString(gap)
		b.WriteString(m.repl)
		last, prev = m.end, m.repl
	}
	b.WriteString(text[last:])
	return b.String()
}

// wordBoundary reports whether text[start:end] is a whole word or phrase:
// no letter or digit right before or after it.
func wordBoundary(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if isWordRune(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// withAddress moves start back over forms of address and titles right
// before a name ("Frau Dr. Weber"), so they are replaced with it.
func withAddress(text string, start int) int {
	for {
		i := start
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:i])
			if r != ' ' && r != '\u00a0' {
				break
			}
			i -= size
		}
		if i == start || i == 0 {
			return start
		}
		end := i
		if text[end-1] == '.' { // "Dr."
			end--
		}
		w := end
		for w > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:w])
			if !unicode.IsLetter(r) {
				break
			}
			w -= size
		}
		if w == end || !addressWords[textfold.Digraph(text[w:end])] || w > 0 && isWordRune(lastRune(text[:w])) {
			return start
		}
		start = w
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// addressWords are forms of address and titles, folded and without their
// dot: they go with a name but are not names themselves.
var addressWords = setOf("frau", "herr", "herrn", "hr", "fr", "dr", "prof", "doktor", "dipl", "ms", "mr", "mrs", "mx", "miss", "sir", "madam")

// particles are parts of names that are also ordinary words.
var particles = setOf("von", "van", "der", "den", "dem", "des", "zu", "zum", "zur", "und", "de", "la", "le", "di", "da", "du", "del", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el")

// genericInstitutionWords are words for kinds of institution, legal forms
// and small words, folded: a part of an institution's name that is one of
// them is not a proper name and is replaced only as part of the whole.
// The words of the catalogue's institution labels count as generic too.
var genericInstitutionWords = setOf(
	// German
	"amt", "jugendamt", "asd", "kita", "kindergarten", "kindertagesstatte", "krippe", "hort", "schule",
	"grundschule", "gesamtschule", "oberschule", "realschule", "gymnasium", "forderschule", "berufsschule",
	"praxis", "arztpraxis", "kinderarztpraxis", "hausarztpraxis", "klinik", "klinikum", "krankenhaus",
	"zentrum", "beratungsstelle", "beratung", "familienhilfe", "jugendhilfe", "erziehungsberatung",
	"trager", "verein", "polizei", "polizeiinspektion", "polizeirevier", "polizeiprasidium", "inspektion",
	"revier", "opferschutz", "gesundheitsamt", "sozialarbeit", "schulsozialarbeit", "kinderschutzzentrum",
	"kinderschutz", "dienst", "abteilung", "team", "stelle", "gruppe", "fachdienst", "sozialdienst",
	"stadt", "kreis", "landkreis", "gemeinde", "evangelisch", "katholisch", "stadtische", "stadtisch",
	"ev", "gmbh", "ggmbh", "ug", "ag", "kg", "mbh",
	"der", "die", "das", "des", "dem", "den", "am", "im", "an", "in", "von", "und", "fur", "zu", "zur", "zum", "bei",
	// English
	"office", "practice", "paediatric", "pediatric", "paediatrician", "centre", "center", "school", "primary",
	"secondary", "station", "police", "service", "services", "team", "department", "clinic", "hospital",
	"social", "work", "welfare", "youth", "family", "families", "support", "child", "children", "protection",
	"victim", "health", "public", "counselling", "counseling", "care", "day", "nursery", "provider", "trust",
	"council", "city", "county", "ltd", "inc", "charity",
	"the", "of", "and", "for", "at", "on", "s",
)

// genericWords is genericInstitutionWords with the words of the
// catalogue's institution labels in every language.
func genericWords(cat *catalogue.Catalogue) map[string]bool {
	out := make(map[string]bool, len(genericInstitutionWords)+64)
	for w := range genericInstitutionWords {
		out[w] = true
	}
	for _, e := range cat.Institutions {
		for _, lang := range []string{"de", "en"} {
			for _, w := range words(e.LabelIn(lang)) {
				out[textfold.Digraph(w)] = true
			}
		}
	}
	return out
}

// legalForms end an institution's name without being part of what people
// call it.
var legalForms = []string{"e. v.", "e.v.", "ev", "ggmbh", "gmbh", "mbh", "ug", "ag", "kg", "ltd", "inc", "gbr"}

// institutionTerms are the texts by which an institution may be named:
// the whole name, its comma-separated parts, each without a legal form,
// and its proper names (runs of non-generic words, with small words inside
// or right before them). A text of generic words only ("ASD",
// "Opferschutz") is not a name and is not among them.
func institutionTerms(name string, generic map[string]bool) []string {
	var out []string
	for _, seg := range append([]string{name}, segments(name)...) {
		proper := properNames(seg, generic)
		if len(proper) == 0 {
			continue
		}
		out = append(out, seg, withoutLegalForm(seg))
		out = append(out, proper...)
	}
	return out
}

// segments splits a name at commas, semicolons and slashes.
func segments(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '/' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func withoutLegalForm(s string) string {
	s = strings.TrimSpace(s)
	for _, lf := range legalForms {
		n := len(s) - len(lf)
		if n > 1 && s[n-1] == ' ' && strings.EqualFold(s[n:], lf) {
			return strings.TrimSpace(s[:n])
		}
	}
	return s
}

// properNames returns the runs of words of s that are not generic, each
// with the short words right before it ("Am Hang"), and each such word on
// its own.
func properNames(s string, generic map[string]bool) []string {
	ws := words(withoutLegalForm(s))
	var out []string
	for i := 0; i < len(ws); i++ {
		if !isProper(ws[i], generic) {
			continue
		}
		start := i
		for start > 0 && letters(textfold.Digraph(ws[start-1])) < minTermLetters {
			start--
		}
		end := i
		for end+1 < len(ws) && (isProper(ws[end+1], generic) || letters(textfold.Digraph(ws[end+1])) < minTermLetters && end+2 < len(ws) && isProper(ws[end+2], generic)) {
			end++
		}
		for k := i; k <= end; k++ {
			if isProper(ws[k], generic) {
				out = append(out, ws[k])
			}
		}
		out = append(out, strings.Join(ws[start:end+1], " "))
		i = end
	}
	return out
}

func isProper(w string, generic map[string]bool) bool {
	f := textfold.Digraph(w)
	return letters(f) >= minTermLetters && !generic[f] && !addressWords[f]
}

// words splits s into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}

// nameParts are the words of a name, and the hyphenated parts as a whole
// ("Meyer-Lansky" gives "Meyer", "Lansky" and "Meyer-Lansky").
func nameParts(name string) []string {
	out := words(name)
	for _, f := range strings.Fields(name) {
		f = strings.Trim(f, ".,;:()\"'")
		if strings.Contains(f, "-") {
			out = append(out, f)
		}
	}
	return out
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
