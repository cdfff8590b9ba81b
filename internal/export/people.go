package export

import (
	"strings"

	"kofa/internal/conference"
)

// realNames names participants by their recorded name.
func realNames(c *conference.Conference, d *doc) map[string]string {
	out := make(map[string]string, len(c.Participants))
	for _, p := range c.Participants {
		name := p.Name
		if !present(name) {
			name = d.t.T("export.person.unnamed")
		}
		out[p.ID] = name
	}
	return out
}

// pseudonyms names every participant by a short noun without an article,
// which reads in a table and, in place of a name, in a sentence:
// professionals by what they are ("Fachkraft ASD", "Kinderärzt:in",
// "InsoFa"), family members by their relationship to the child ("Mutter").
// Where two participants would get the same pseudonym, both are numbered
// in list order, so a reader can tell them apart and the numbering is the
// same on every export. Institution names as typed ("Kita Sonnenblume")
// are not used: with a small town they can identify the family.
func pseudonyms(c *conference.Conference, d *doc) map[string]string {
	base := make([]string, len(c.Participants))
	count := map[string]int{}
	for i, p := range c.Participants {
		base[i] = d.pseudonym(p)
		count[base[i]]++
	}
	out := make(map[string]string, len(c.Participants))
	seen := map[string]int{}
	for i, p := range c.Participants {
		name := base[i]
		if count[name] > 1 {
			seen[name]++
			name = d.t.T("export.person.numbered", name, seen[name])
		}
		out[p.ID] = name
	}
	return out
}

// pseudonym is a participant's short noun (see pseudonyms). The
// specialist adviser is named by the function ("InsoFa"), anyone else by
// the institution type, then by the first meeting role.
func (d *doc) pseudonym(p conference.Participant) string {
	if p.Family {
		if carer, ok := d.carerFor(p); ok {
			return carer.short
		}
		if rel := strings.TrimSpace(Inline(p.Relationship)); rel != "" {
			return rel
		}
	}
	if p.HasRole(conference.RoleAdviser) {
		return d.t.T("pseudonym.adviser")
	}
	if key := "pseudonym.institution." + p.InstitutionType; p.InstitutionType != "" && d.t.Has(key) {
		return d.t.T(key)
	}
	if inst := d.label(d.cat.Institutions, p.InstitutionType); inst != "" {
		return inst
	}
	if len(p.Roles) > 0 {
		return d.label(d.cat.Roles, p.Roles[0])
	}
	return d.t.T("pseudonym.professional")
}

// institutionOf shows where a participant comes from: the institution as
// typed with its catalogue type, or only the type in the pseudonymised
// minutes.
func (d *doc) institutionOf(p conference.Participant) string {
	typ := d.label(d.cat.Institutions, p.InstitutionType)
	if d.pseudonymised() || !present(p.Institution) {
		return typ
	}
	if typ == "" || typ == p.Institution {
		return p.Institution
	}
	return d.t.T("export.institution.with_type", p.Institution, typ)
}

// actionInstitution shows the institution responsible for an action. In
// the pseudonymised minutes a typed institution name is replaced by the
// catalogue type of a participant from that institution, or left out.
func (d *doc) actionInstitution(a conference.Action) string {
	if d.c.Carer(a.OwnerID) != nil || d.c.Child(a.OwnerID) != nil {
		return d.t.T("filing.family_owned")
	}
	if !d.pseudonymised() {
		return a.Institution
	}
	if !present(a.Institution) {
		return ""
	}
	for _, p := range d.c.Participants {
		if p.Institution == a.Institution && p.InstitutionType != "" {
			return d.label(d.cat.Institutions, p.InstitutionType)
		}
	}
	return d.leftOut()
}

// reporter names who reported a risk: a participant, or free text that the
// pseudonymised minutes leave out because it may be a name.
func (d *doc) reporter(s string) string {
	if s == "" {
		return ""
	}
	if _, ok := d.names[s]; ok {
		return d.person(s)
	}
	if d.pseudonymised() {
		return d.leftOut()
	}
	return s
}

// who names a participant by ID or passes free text through, scrubbed
// (safety steps).
func (d *doc) who(s string) string {
	if _, ok := d.names[s]; ok {
		return d.person(s)
	}
	return d.scrub(s)
}

// belongsTo reports whether an action is one of the institution's own: the
// institution is matched, ignoring case, against the action's institution,
// and the owner's institution name, catalogue code and label.
func (d *doc) belongsTo(a conference.Action, inst string) bool {
	inst = strings.TrimSpace(inst)
	if inst == "" {
		return false
	}
	candidates := []string{a.Institution}
	if p := d.c.Participant(a.OwnerID); p != nil {
		candidates = append(candidates, p.Institution, p.InstitutionType, d.label(d.cat.Institutions, p.InstitutionType))
	}
	for _, c := range candidates {
		if c != "" && strings.EqualFold(strings.TrimSpace(c), inst) {
			return true
		}
	}
	return false
}

// withheld reports whether an item marked identifying is left out here:
// in the pseudonymised minutes, its text gives way to the note that it
// was left out (export.left_out).
func (d *doc) withheld(identifying bool) bool { return identifying && d.pseudonymised() }

// actionText is one of an action's texts (what, report-back, if not done)
// as the minutes show it: scrubbed, or left out when the action is marked
// identifying (who and by when stay).
func (d *doc) actionText(a conference.Action, text string) string {
	switch {
	case !d.withheld(a.Identifying):
		return d.scrub(text)
	case present(text):
		return d.leftOut()
	}
	return ""
}

// dissenter names who dissents. The full minutes name the person. The
// pseudonymised ones name a family member by the relationship to the
// child, and a professional by the institution only where several came
// from it; otherwise just as a professional, so that a dissent never
// points at the one person an institution sent.
func (d *doc) dissenter(id string) string {
	p := d.c.Participant(id)
	if !d.pseudonymised() || p == nil || p.Family {
		return d.person(id)
	}
	same := 0
	for _, q := range d.c.Participants {
		if !q.Family && q.InstitutionType != "" && q.InstitutionType == p.InstitutionType {
			same++
		}
	}
	if same >= 2 {
		return d.t.T("filing.person.professional_of", d.label(d.cat.Institutions, p.InstitutionType))
	}
	return d.t.T("filing.person.professional")
}
