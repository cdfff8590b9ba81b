package opening

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/directory"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// maxSuggestions is how many directory matches show under the name.
const maxSuggestions = 4

// nameField is the name field of the participant form with the partner
// directory's matches shown under it as the name is typed. ↓ and ↑ move
// through them; enter takes the highlighted one (name, institution,
// discipline). Matching is fuzzy and umlaut-aware: "Muller" finds "Müller".
type nameField struct {
	*widget.Field
	ctx     *phase.Context
	matches []directory.Entry
	cursor  int // the highlighted match; -1 while the field has the keys
}

func newNameField(ctx *phase.Context) *nameField {
	return &nameField{Field: widget.NewField(ctx.Msgs, ctx.Styles, ctx.Msgs.T("tui.opening.name")), ctx: ctx, cursor: -1}
}

// suggest looks the typed name up in the directory, leaving out people
// already on the list.
func (f *nameField) suggest() {
	f.cursor = -1
	f.matches = nil
	query := f.Value()
	if query == "" || len(f.ctx.Directory) == 0 {
		return
	}
	for _, e := range directory.Suggest(f.ctx.Directory, query, maxSuggestions+len(f.ctx.Conf.Participants)) {
		if f.listed(e) {
			continue
		}
		f.matches = append(f.matches, e)
		if len(f.matches) == maxSuggestions {
			break
		}
	}
}

// listed reports whether e is a participant already.
func (f *nameField) listed(e directory.Entry) bool {
	for _, p := range f.ctx.Conf.Participants {
		if e.Same(directory.Entry{Name: p.Name, Institution: p.Institution}) {
			return true
		}
	}
	return false
}

// clear drops the suggestions.
func (f *nameField) clear() {
	f.matches = nil
	f.cursor = -1
}

// showing reports whether suggestions are shown.
func (f *nameField) showing() bool { return f.Focused() && len(f.matches) > 0 }

// highlighted returns the highlighted match, if any.
func (f *nameField) highlighted() (directory.Entry, bool) {
	if !f.showing() || f.cursor < 0 || f.cursor >= len(f.matches) {
		return directory.Entry{}, false
	}
	return f.matches[f.cursor], true
}

// move highlights the next (dir 1) or previous (dir -1) match; above the
// first the keys go back to the field.
func (f *nameField) move(dir int) {
	f.cursor = max(-1, min(f.cursor+dir, len(f.matches)-1))
}

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

// take fills the form from the highlighted match and gives the keys back
// to the name field; enter then adds the person.
func (f participantForm) take() bool {
	e, ok := f.name.highlighted()
	if !ok {
		return false
	}
	f.name.SetValue(e.Name)
	f.institution.SetValue(e.Institution)
	f.discipline.SetValue(e.Discipline)
	f.name.clear()
	return true
}

// suggestKey handles the keys that work on the suggestions: ↓ and ↑ move
// through them, enter takes the highlighted one, esc hides them. It reports
// whether it used the key.
func (e *Editor) suggestKey(k tea.KeyPressMsg) bool {
	name := e.pf.name
	switch k.String() {
	case "down":
		name.move(+1)
	case "up":
		if name.cursor < 0 {
			return false // up from the field itself moves through the form
		}
		name.move(-1)
	case "enter":
		return e.pf.take()
	case "esc":
		name.clear()
	default:
		return false
	}
	return true
}
