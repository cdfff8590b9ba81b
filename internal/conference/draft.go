package conference

import (
	"slices"
	"strings"
)

// Draft is the unsent text of a form: an entry typed and not submitted
// yet (a contribution, a worry, a participant, a topic to park). It is
// stored like every other value, so that a crash loses none of it and the
// form comes back as it was, but it is not part of the record of the
// meeting: minutes, archives and searches leave drafts out.
type Draft struct {
	// Texts are the texts of the form's inputs, by their place in the form.
	Texts []string `json:"texts"`
	// Focus is the input that had focus (-1: none), Cursor where its
	// cursor stood.
	Focus  int `json:"focus"`
	Cursor int `json:"cursor"`
	// Open is true while the form is open; a draft left with esc waits
	// until the form is opened again.
	Open bool `json:"open,omitempty"`
}

// Empty reports whether the draft holds no text.
func (d Draft) Empty() bool {
	for _, t := range d.Texts {
		if strings.TrimSpace(t) != "" {
			return false
		}
	}
	return true
}

// Equal reports whether d and o hold the same.
func (d Draft) Equal(o Draft) bool {
	return slices.Equal(d.Texts, o.Texts) && d.Focus == o.Focus && d.Cursor == o.Cursor && d.Open == o.Open
}

// DraftOf returns the draft of the form named form ("contributions/new").
func (c *Conference) DraftOf(form string) (Draft, bool) {
	d, ok := c.Drafts[form]
	return d, ok
}

// SetDraft keeps d as the draft of form; an empty one removes it. It
// reports whether anything changed.
func (c *Conference) SetDraft(form string, d Draft) bool {
	if d.Empty() {
		return c.DropDraft(form)
	}
	if old, ok := c.Drafts[form]; ok && old.Equal(d) {
		return false
	}
	if c.Drafts == nil {
		c.Drafts = map[string]Draft{}
	}
	d.Texts = slices.Clone(d.Texts)
	c.Drafts[form] = d
	return true
}

// DropDraft removes the draft of form (it was submitted, or emptied) and
// reports whether there was one.
func (c *Conference) DropDraft(form string) bool {
	if _, ok := c.Drafts[form]; !ok {
		return false
	}
	delete(c.Drafts, form)
	if len(c.Drafts) == 0 {
		c.Drafts = nil
	}
	return true
}

// WithoutDrafts returns c without its drafts, for what leaves kofa
// (archives): a shallow copy when there are drafts, else c.
func (c *Conference) WithoutDrafts() *Conference {
	if len(c.Drafts) == 0 {
		return c
	}
	out := *c
	out.Drafts = nil
	return &out
}
