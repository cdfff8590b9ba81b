// Package catalogue holds the pick lists kofa offers during a conference:
// institutions, meeting roles, risk areas with their indicators, protective
// factors, scales and result categories, each labelled in German and English.
//
// Conference data stores only an entry's Code, never its label, so labels can
// be corrected or translated without touching stored conferences. The lists
// are embedded in the binary; a user file can extend or replace them (see
// Load).
package catalogue

import (
	"slices"
	"strings"
)

// FileName is the name of the user catalogue file in the kofa config folder.
const FileName = "catalogue.json"

// Languages with labels. Any other language tag falls back to German.
const (
	LangDE = "de"
	LangEN = "en"
)

// Text is a short text in both languages.
type Text struct {
	DE, EN string
}

// In returns the text in lang ("de", "en", or a tag such as "en-GB"), falling
// back to the other language when that one is missing.
func (t Text) In(lang string) string {
	first, second := t.DE, t.EN
	if isEnglish(lang) {
		first, second = t.EN, t.DE
	}
	if first != "" {
		return first
	}
	return second
}

// IsZero reports whether the text is empty in both languages.
func (t Text) IsZero() bool { return t.DE == "" && t.EN == "" }

func isEnglish(lang string) bool {
	return strings.HasPrefix(strings.ToLower(lang), LangEN)
}

// Entry is one item of a pick list.
type Entry struct {
	// Code is the stable ASCII identifier stored in conference data.
	Code  string
	Label Text
	// Hint is an optional one-line explanation shown next to the label.
	Hint Text
	// Family marks institutions that are members of the family rather than
	// professionals: the pseudonymised export replaces their names with the
	// relationship to the child.
	Family bool
	// Specialist marks risk areas that need specialist procedures (sexual
	// violence).
	Specialist bool
	// For lists where a provenance entry is offered (ProvenanceContribution,
	// ProvenanceRisk). Empty means everywhere.
	For []string
	// Indicators are the concrete risk indicators of a risk area.
	Indicators []Entry
}

// LabelIn returns the label in lang, falling back to the other language and
// then to the code, so an entry is never shown blank.
func (e Entry) LabelIn(lang string) string {
	if l := e.Label.In(lang); l != "" {
		return l
	}
	return e.Code
}

// HintIn returns the hint in lang, falling back to the other language; ""
// when the entry has none.
func (e Entry) HintIn(lang string) string { return e.Hint.In(lang) }

// Values of Entry.For in the provenance catalogue.
const (
	ProvenanceContribution = "contribution"
	ProvenanceRisk         = "risk"
)

// Scale is a numeric rating scale with labelled anchor values.
type Scale struct {
	Min, Max int
	Anchors  []Anchor
}

// Anchor labels one value of a Scale.
type Anchor struct {
	Value int
	Label Text
	Hint  Text
}

// The safety scale always runs from 0 to 10: stored ratings depend on it, so
// a user file may relabel anchors but not move the ends.
const (
	SafetyMin = 0
	SafetyMax = 10
)

// AnchorLabel returns the label of value v in lang, if v is an anchor.
func (s Scale) AnchorLabel(v int, lang string) (string, bool) {
	for _, a := range s.Anchors {
		if a.Value == v {
			return a.Label.In(lang), true
		}
	}
	return "", false
}

// Catalogue is the complete set of pick lists. A *Catalogue returned by this
// package is shared: treat it and its slices as read-only.
type Catalogue struct {
	Institutions        []Entry
	Roles               []Entry
	RiskAreas           []Entry
	ProtectiveFactors   []Entry
	Severities          []Entry // quality of care in an area: good to very poor, then cannot_assess
	Intensities         []Entry // of a single worry: slight to severe, then cannot_assess
	Categories          []Entry // ordered from acute to no need
	HarmForms           []Entry
	LegalBases          []Entry
	FamilyParticipation []Entry
	Provenance          []Entry
	Responsibilities    []Entry
	SafetyScale         Scale
}

// Find returns the entry with code in list.
func Find(list []Entry, code string) (Entry, bool) {
	for _, e := range list {
		if e.Code == code {
			return e, true
		}
	}
	return Entry{}, false
}

// Label returns the label of code in list, or the code itself when the list
// no longer has it (stored data may outlive a user's catalogue edit).
func Label(list []Entry, code, lang string) string {
	if e, ok := Find(list, code); ok {
		return e.LabelIn(lang)
	}
	return code
}

// Indicator finds a risk indicator by its code and returns it with its area.
func (c *Catalogue) Indicator(code string) (area, indicator Entry, ok bool) {
	for _, a := range c.RiskAreas {
		if ind, found := Find(a.Indicators, code); found {
			return a, ind, true
		}
	}
	return Entry{}, Entry{}, false
}

// ProvenanceFor returns the provenance entries offered for use
// (ProvenanceContribution or ProvenanceRisk), in catalogue order.
func (c *Catalogue) ProvenanceFor(use string) []Entry {
	var out []Entry
	for _, e := range c.Provenance {
		if len(e.For) == 0 || slices.Contains(e.For, use) {
			out = append(out, e)
		}
	}
	return out
}
