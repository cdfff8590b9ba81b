package opening

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// participantForm is the form of a participant: name (with the partner
// directory's matches as it is typed), institution type (pick or free
// text), institution, discipline, roles, and for members of the family
// their relationship to the child.
type participantForm struct {
	*listform.Fields[conference.Participant]
	ctx          *phase.Context
	form         *widget.Form
	name         *nameField
	instType     *widget.Pick
	institution  *widget.Field
	discipline   *widget.Field
	relationship *widget.Field
	roles        *widget.Pick
	legal        *legalInputs
	reporter     *reporterInputs
}

func newParticipantForm(ctx *phase.Context) *participantForm {
	tr, st := ctx.Msgs, ctx.Styles
	f := &participantForm{ctx: ctx}
	f.name = newNameField(ctx)
	f.name.take = f.take
	f.instType = widget.PickFrom(tr, st, tr.T("tui.opening.institution_type"), ctx.Catalogue.Institutions, ctx.Lang)
	f.instType.SetAllowFree(true)
	f.instType.SetRows(4)
	f.institution = widget.NewField(tr, st, tr.T("tui.opening.institution"))
	f.discipline = widget.NewField(tr, st, tr.T("tui.opening.discipline"))
	f.relationship = widget.NewField(tr, st, tr.T("tui.opening.relationship"))
	f.relationship.SetPlaceholder(tr.T("tui.opening.relationship.hint"))
	f.roles = widget.PickFrom(tr, st, tr.T("tui.opening.roles"), ctx.Catalogue.Roles, ctx.Lang)
	f.roles.SetMulti(true)
	f.roles.SetRows(4)
	f.legal = newLegalInputs(ctx, func() bool { return ctx.Conf.Kind == conference.KindCase && !f.isFamily() })
	f.reporter = newReporterInputs(ctx, func() bool {
		return ctx.Conf.Kind.AboutCase() && !f.isFamily() && slices.Contains(f.roles.Values(), conference.RoleReporter)
	})
	rows := []widget.Row{
		{Input: f.name},
		{Input: f.instType},
		{Input: f.institution},
		{Input: f.discipline},
		{Input: f.relationship, Visible: f.isFamily},
		{Input: f.roles},
	}
	rows = append(rows, f.legal.rows()...)
	f.form = widget.NewForm(tr, st, append(rows, f.reporter.rows()...)...)
	f.form.SetSubmitHelp(tr.T("tui.opening.key.add"))
	f.Fields = f.fields()
	return f
}

// isFamily reports whether the chosen institution type is the family.
func (f *participantForm) isFamily() bool {
	if f.instType.Free() {
		return false
	}
	e, ok := catalogue.Find(f.ctx.Catalogue.Institutions, f.instType.Value())
	return ok && e.Family
}

// Load implements listform.ItemForm. The directory is asked only while a
// new person's name is typed.
func (f *participantForm) Load(p *conference.Participant) {
	f.name.suggesting = p == nil
	f.Fields.Load(p)
	f.name.clear()
}

// fields binds the form to a participant. A participant needs a name; a
// free-text institution type is kept as typed (catalogue labels fall back
// to it); the relationship belongs to members of the family; the roles
// keep one case lead (the role is the responsibility); a professional's
// legal bases follow (legal.go).
func (f *participantForm) fields() *listform.Fields[conference.Participant] {
	c, tr := f.ctx.Conf, f.ctx.Msgs
	type p = conference.Participant
	add := func(x p) string {
		x.Attendance = conference.AttendancePresent // whoever is added at the table is present
		added := c.AddParticipant(x)
		c.SetRoles(added.ID, x.Roles)
		return added.ID
	}
	fields := []listform.Field[p]{
		listform.Field[p]{Input: f.name, Name: "name",
			Load: func(x *p) { f.name.SetValue(x.Name) },
			Store: func(x *p) *listform.Problem {
				if f.name.Value() == "" {
					return &listform.Problem{Input: f.name, Text: tr.T("validation.participant.name_missing")}
				}
				x.Name = f.name.Value()
				return nil
			}},
		listform.Field[p]{Input: f.instType, Name: "institution_type",
			Load: func(x *p) { f.instType.SetValue(x.InstitutionType) },
			Store: func(x *p) *listform.Problem {
				x.InstitutionType, x.Family = f.instType.Value(), f.isFamily()
				if !x.Family {
					x.Relationship = ""
				}
				return nil
			}},
		listform.Text(f.institution, "institution", func(x *p) *string { return &x.Institution }),
		listform.Text(f.discipline, "discipline", func(x *p) *string { return &x.Discipline }),
		listform.Field[p]{Input: f.relationship, Name: "relationship",
			Load: func(x *p) { f.relationship.SetValue(x.Relationship) },
			Store: func(x *p) *listform.Problem {
				if x.Family {
					x.Relationship = f.relationship.Value()
				}
				return nil
			}},
		listform.Field[p]{Input: f.roles, Name: "roles",
			Load: func(x *p) { f.roles.SetValues(x.Roles) },
			Store: func(x *p) *listform.Problem {
				if x.ID != "" {
					c.SetRoles(x.ID, f.roles.Values())
				} else {
					x.Roles = f.roles.Values()
				}
				return nil
			}},
	}
	fields = append(fields, f.legal.fields()...)
	return listform.NewFields(f.form, c.Participant, add, append(fields, f.reporter.fields()...)...)
}

// take fills the form from a directory entry: the name (the cursor at its
// end) and, marked as filled by kofa so the cursor passes them, the
// institution, its type and the discipline.
func (f *participantForm) take(e directory.Entry) {
	f.name.SetValue(e.Name)
	typ := e.InstitutionType
	if typ == "" {
		typ = guessType(f.ctx, e.Institution)
	}
	if typ != "" {
		f.instType.SetValue(typ)
		f.form.MarkPrefilled(f.instType)
	}
	for _, x := range []struct {
		field *widget.Field
		value string
	}{{f.institution, e.Institution}, {f.discipline, e.Discipline}} {
		if x.value != "" {
			x.field.SetValue(x.value)
			f.form.MarkPrefilled(x.field)
		}
	}
}

// guessType finds the institution type of an entry that does not record
// one (imported from a file): the one type the institution's first word
// names ("Jugendamt Nord", "Kita Sonnenblume"), else none.
func guessType(ctx *phase.Context, institution string) string {
	words := strings.Fields(institution)
	if len(words) == 0 {
		return ""
	}
	hits := catalogue.Filter(ctx.Catalogue.Institutions, words[0], string(ctx.Lang))
	if len(hits) != 1 || hits[0].Family {
		return ""
	}
	return hits[0].Code
}

// maxSuggestions is how many directory matches show under the name.
const maxSuggestions = 4

// nameField is the name field of the participant form with the partner
// directory's matches shown under it as a new person's name is typed.
// ↓ and ↑ move through them; enter and tab take the highlighted one (the
// form then moves on, past what it filled). Matching is fuzzy and
// umlaut-aware: "Muller" finds "Müller".
type nameField struct {
	*widget.Field
	ctx        *phase.Context
	suggesting bool // a new person: the directory is asked
	matches    []directory.Entry
	cursor     int // the highlighted match; -1: none
	take       func(directory.Entry)
	keys       key.Binding
}

func newNameField(ctx *phase.Context) *nameField {
	tr := ctx.Msgs
	return &nameField{
		Field: widget.NewField(tr, ctx.Styles, tr.T("tui.opening.name")), ctx: ctx, cursor: -1,
		keys: key.NewBinding(key.WithKeys("down"), key.WithHelp("↓ enter", tr.T("tuidirectory.key.take"))),
	}
}

// Update implements widget.Input: typing looks the name up; ↓/↑ move
// through the matches.
func (f *nameField) Update(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok && f.showing() {
		switch k.String() {
		case "down":
			f.cursor = min(f.cursor+1, len(f.matches)-1)
			return nil, false
		case "up":
			f.cursor = max(f.cursor-1, -1)
			return nil, false
		case "esc":
			f.clear()
			return nil, false
		}
	}
	cmd, changed := f.Field.Update(msg)
	if changed {
		f.suggest()
	}
	return cmd, changed
}

// Claims implements widget.Claimer: ↓ while matches show, ↑ and esc while
// one is highlighted.
func (f *nameField) Claims(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "down":
		return f.showing()
	case "up":
		return f.showing() && f.cursor >= 0
	case "esc":
		return f.showing()
	}
	return false
}

// Choose implements widget.Chooser: the highlighted match fills the form.
func (f *nameField) Choose() bool {
	if !f.showing() || f.cursor < 0 || f.take == nil {
		return false
	}
	e := f.matches[f.cursor]
	f.clear()
	f.take(e)
	return true
}

// HelpKeys implements widget.Helper.
func (f *nameField) HelpKeys() []key.Binding {
	if f.showing() {
		return []key.Binding{f.keys}
	}
	return nil
}

// suggest looks the typed name up in the directory, leaving out people
// already on the list.
func (f *nameField) suggest() {
	f.cursor = -1
	f.matches = nil
	query := f.Value()
	if !f.suggesting || query == "" || len(f.ctx.Directory) == 0 {
		return
	}
	for _, e := range directory.Suggest(f.ctx.Directory, query, maxSuggestions+len(f.ctx.Conf.Participants)) {
		if slices.ContainsFunc(f.ctx.Conf.Participants, func(p conference.Participant) bool {
			return e.Same(directory.Entry{Name: p.Name, Institution: p.Institution})
		}) {
			continue
		}
		f.matches = append(f.matches, e)
		if len(f.matches) == maxSuggestions {
			break
		}
	}
}

// clear drops the suggestions.
func (f *nameField) clear() {
	f.matches = nil
	f.cursor = -1
}

// showing reports whether suggestions are shown.
func (f *nameField) showing() bool { return f.Focused() && len(f.matches) > 0 }

// Blur implements widget.Input: leaving the field drops the suggestions.
func (f *nameField) Blur() {
	f.Field.Blur()
	f.clear()
}

// View implements widget.Input: the field, then the matches.
func (f *nameField) View(width int) string {
	out := f.Field.View(width)
	if !f.showing() || width <= 0 {
		return out
	}
	tr, st := f.ctx.Msgs, f.ctx.Styles
	lines := []string{out, widget.Truncate(st.Muted.Render(tr.T("tuidirectory.suggest.hint")), width)}
	for i, e := range f.matches {
		text := e.Name
		for _, extra := range []string{e.Institution, e.Discipline} {
			if extra != "" {
				text += " · " + extra
			}
		}
		if i == f.cursor {
			lines = append(lines, widget.Truncate("▸ "+st.Selected.Render(text), width))
		} else {
			lines = append(lines, widget.Truncate("  "+st.App.Render(text), width))
		}
	}
	return strings.Join(lines, "\n")
}
