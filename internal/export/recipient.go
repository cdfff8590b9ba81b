package export

import (
	"errors"
	"slices"
	"strings"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/textfold"
)

// The documents beyond the room are each for someone: the family letter
// for a carer or a young person (all carers when nobody is named), the
// child's page for a child, the feedback for a reporting professional
// bound by secrecy, the notice and the task list for an institution (the
// notice also for one person). Options.For names them as the facilitator
// types it: an ID of the record, a name, an institution as recorded or
// its catalogue code.

// Recipient is whom a document is for.
type Recipient struct {
	// Key names the recipient without personal data, for the audit log:
	// the ID of the record ("e12" a carer, "k11" a child, "p2" a
	// participant), "inst:" and a catalogue code, "inst" for an
	// institution known only by its typed name, "carers" for all carers.
	Key string
	// Name is how messages and the document name the recipient.
	Name string
	// ID is the record's ID (carer, child or participant), "" for an
	// institution or all carers.
	ID string
	// Institution is the institution a notice or task list is for, as
	// given (a code or a typed name); "" for a person.
	Institution string
}

// Errors of ResolveFor. The CLI tells them apart: a recipient needed but
// not named is a usage mistake, one that matches nobody is not.
var (
	// ErrRecipientNeeded: the document needs --for here (several children,
	// a notice, a task list).
	ErrRecipientNeeded = errors.New("export: the document needs a recipient")
	// ErrUnknownRecipient: --for matches no one the document can be for.
	ErrUnknownRecipient = errors.New("export: no such recipient")
	// ErrNotEntitled: the feedback of § 4 Abs. 4 KKG is owed only to a
	// reporting professional bound by secrecy; the person named may get
	// the notice instead.
	ErrNotEntitled = errors.New("export: not entitled to the feedback")
	// ErrNoTasks: the task list is for an institution with actions of its
	// own; the notice carries the result for one without.
	ErrNoTasks = errors.New("export: the institution has no tasks")
)

// NeedsRecipient reports whether the variant is always for someone: a
// document kofa cannot make without knowing for whom.
func NeedsRecipient(variant string) bool {
	return variant == VariantTasks || variant == VariantNotice
}

// TakesRecipient reports whether the variant can be for someone (--for
// means something to it).
func TakesRecipient(variant string) bool {
	switch variant {
	case VariantTasks, VariantNotice, VariantFamily, VariantChild, VariantFeedback:
		return true
	}
	return false
}

// Recipients lists whom a document of the variant can be for in c, in the
// order of the records.
func Recipients(c *conference.Conference, variant string, cat *catalogue.Catalogue) []Recipient {
	if cat == nil {
		cat = catalogue.Builtin()
	}
	var out []Recipient
	switch variant {
	case VariantFamily:
		for _, ca := range c.Carers {
			out = append(out, Recipient{Key: ca.ID, Name: ca.Name, ID: ca.ID})
		}
		for _, ch := range c.Children {
			if youngPerson(c, ch) {
				out = append(out, Recipient{Key: ch.ID, Name: childName(ch), ID: ch.ID})
			}
		}
	case VariantChild:
		for _, ch := range c.Children {
			out = append(out, Recipient{Key: ch.ID, Name: childName(ch), ID: ch.ID})
		}
	case VariantFeedback:
		for _, p := range c.Reporters() {
			if p.OwedFeedback() {
				out = append(out, Recipient{Key: p.ID, Name: p.Name, ID: p.ID})
			}
		}
	case VariantNotice:
		for _, p := range c.Participants {
			if !p.Family {
				out = append(out, Recipient{Key: p.ID, Name: p.Name, ID: p.ID})
			}
		}
		out = append(out, institutions(c, cat)...)
	case VariantTasks:
		out = institutions(c, cat)
	}
	return out
}

// institutions lists the institutions of c as recipients.
func institutions(c *conference.Conference, cat *catalogue.Catalogue) []Recipient {
	var out []Recipient
	for _, name := range Institutions(c) {
		r := Recipient{Key: "inst", Name: name, Institution: name}
		if e, ok := catalogue.Find(cat.Institutions, name); ok {
			r.Key = "inst:" + e.Code
		}
		out = append(out, r)
	}
	return out
}

// youngPerson reports whether a child is old enough for the family letter
// of their own: a young person of 14 or more (§ 7 SGB VIII). A younger
// child gets the child's page.
func youngPerson(c *conference.Conference, ch conference.Child) bool {
	age, ok := ch.AgeIn(c.Date.Year)
	return ok && age >= 14
}

// childName is a child's first name, or the initials when there is none.
func childName(ch conference.Child) string {
	if strings.TrimSpace(ch.FirstName) != "" {
		return ch.FirstName
	}
	return ch.Initials
}

// ResolveFor finds whom who names for a document of the variant. An empty
// who means the default: all carers for the family letter, the only child
// for the child's page, the only reporting professional owed feedback.
// A task list asked for an institution without tasks is ErrNoTasks; a
// feedback asked for a reporter not bound by secrecy ErrNotEntitled, with
// the recipient found, so the caller can offer the notice.
func ResolveFor(c *conference.Conference, variant, who string, cat *catalogue.Catalogue) (Recipient, error) {
	if cat == nil {
		cat = catalogue.Builtin()
	}
	who = strings.TrimSpace(who)
	valid := Recipients(c, variant, cat)
	if who == "" {
		switch {
		case variant == VariantFamily:
			return Recipient{Key: "carers"}, nil
		case NeedsRecipient(variant), len(valid) != 1:
			if len(valid) == 0 && !NeedsRecipient(variant) {
				return Recipient{}, ErrUnknownRecipient
			}
			return Recipient{}, ErrRecipientNeeded
		}
		return valid[0], nil
	}
	if r, ok := match(valid, who); ok {
		if variant == VariantTasks && !HasTasksFor(c, r.Institution, cat) {
			return r, ErrNoTasks
		}
		return r, nil
	}
	if variant == VariantFeedback {
		// Someone who reported but is owed no feedback, or anyone at the
		// table: say why, and offer the notice.
		if r, ok := match(Recipients(c, VariantNotice, cat), who); ok {
			return r, ErrNotEntitled
		}
	}
	return Recipient{}, ErrUnknownRecipient
}

// match finds who among the recipients: by record ID, then by name or
// institution in any spelling (case, accents, umlauts), then by the
// catalogue code or label of an institution.
func match(list []Recipient, who string) (Recipient, bool) {
	for _, r := range list {
		if r.ID != "" && r.ID == who {
			return r, true
		}
	}
	key := textfold.Digraph(who)
	for _, r := range list {
		if textfold.Digraph(r.Name) == key {
			return r, true
		}
	}
	for _, r := range list {
		if code, ok := strings.CutPrefix(r.Key, "inst:"); ok && strings.EqualFold(code, who) {
			return r, true
		}
	}
	return Recipient{}, false
}

// RecipientNames names the recipients for a message that lists the valid
// ones ("Jana S., Thomas S.").
func RecipientNames(list []Recipient) []string {
	out := make([]string, 0, len(list))
	for _, r := range list {
		if !slices.Contains(out, r.Name) {
			out = append(out, r.Name)
		}
	}
	return out
}

// AuditChange is the audit entry of a document written with its hash:
// the variant, and for a document made for one recipient their key
// (never a name), so the copy in a file can be matched to the conference
// and to whom it went.
func AuditChange(c *conference.Conference, variant string, to Recipient, hash string) conference.Change {
	path := "minutes/" + variant
	if to.Key != "" {
		path += "/" + to.Key
	}
	return conference.Change{Op: conference.OpExport, Path: path, Arg: "sha256:" + hash}
}
