// Package directory is the partner directory of the case-overarching
// network: the people and institutions kofa has seen, matched as the
// facilitator types a name, and shared between colleagues as CSV.
//
// It is pure: the store keeps the entries, the TUI and CLI show them.
package directory

import (
	"kofa/internal/sanitize"
	"kofa/internal/textfold"
)

// Entry is one person of the network. Phone and Email are optional.
// InstitutionType is the catalogue code of the institution, as a
// conference recorded it (it does not travel in CSV files).
type Entry struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	Institution     string `json:"institution,omitempty"`
	InstitutionType string `json:"institution_type,omitempty"`
	Discipline      string `json:"discipline,omitempty"`
	Phone           string `json:"phone,omitempty"`
	Email           string `json:"email,omitempty"`
}

// Same reports whether e and o are the same person at the same
// institution, regardless of case, accents and umlaut spelling, so that
// "Müller, Kita Sonne" and "mueller, kita sonne" are one entry.
func (e Entry) Same(o Entry) bool { return e.Key() == o.Key() }

// Key is what makes an entry unique: its folded name and institution.
func (e Entry) Key() string {
	return textfold.Digraph(e.Name) + "\x00" + textfold.Digraph(e.Institution)
}

// CleanText cleans the entry's texts as typing would have (every field is
// one line; package sanitize), so that an entry from a store written by
// something else shows and exports like a typed one. It returns how many
// fields it changed.
func (e *Entry) CleanText() int {
	n := 0
	for _, p := range []*string{&e.ID, &e.Name, &e.Institution, &e.InstitutionType, &e.Discipline, &e.Phone, &e.Email} {
		if clean := sanitize.Line(*p); clean != *p {
			*p = clean
			n++
		}
	}
	return n
}
