package export

import (
	"kofa/internal/conference"
	"kofa/internal/directory"
	"kofa/internal/textfold"
)

// contactOf finds a participant's phone and e-mail in the partner
// directory (Options.Contacts): the entry of the same person at the same
// institution, else the one entry with the same name. The conference
// itself holds neither.
func (d *doc) contactOf(p *conference.Participant) (directory.Entry, bool) {
	if p == nil {
		return directory.Entry{}, false
	}
	want := directory.Entry{Name: p.Name, Institution: p.Institution}
	for _, e := range d.directory {
		if e.Same(want) {
			return e, true
		}
	}
	name, found, n := textfold.Digraph(p.Name), directory.Entry{}, 0
	for _, e := range d.directory {
		if textfold.Digraph(e.Name) == name {
			found, n = e, n+1
		}
	}
	return found, n == 1
}

// caseLead is the participant who leads the case, or nil.
func (d *doc) caseLead() *conference.Participant {
	if r, ok := d.c.Responsible(conference.RespCaseLead); ok {
		return d.c.Participant(r.ParticipantID)
	}
	return nil
}

// standIn names the case lead's stand-in as the responsibilities record
// it: the participant, the note, or both.
func (d *doc) standIn() string {
	r, ok := d.c.Responsible(conference.RespCaseLeadStandIn)
	if !ok {
		return ""
	}
	name := ""
	if p := d.c.Participant(r.ParticipantID); p != nil {
		name = p.Name
	}
	return joinNonEmpty(", ", name, r.Note)
}
