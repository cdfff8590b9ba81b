package workspace

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// When the round of perspectives (phase 3) is left for a later phase with
// the child's or the parents' view empty and no reason given, the
// workspace asks for the reason in a small dialog over the next phase:
// the phase has changed already, nothing waits for the answer. What is
// typed is stored as it is typed, like every field; enter closes the
// dialog, esc with nothing typed leaves the reasons for later (they are
// then listed as a gap when the conference is closed, and not asked again
// in this session); a phase key moves on.

// viewsMissing reports which views are empty with no reason given: the
// child's, and the parents' side (each carer's own view; see
// conference.MissingParentsViews).
func viewsMissing(c *conference.Conference) (child, parents bool) {
	if c.Kind == conference.KindNetwork {
		return false, false
	}
	return c.ChildView.Empty() && c.ChildView.MissingReason == "", len(c.MissingParentsViews()) > 0
}

// askViews opens the views dialog when the phase from was the round of
// perspectives, to is a later phase and a view is missing without reason.
func (m *Model) askViews(from, to conference.PhaseID) tea.Cmd {
	if from != conference.PhasePerspectives || m.viewsLater || m.dialog() != nil ||
		m.conf.Before(to, from) {
		return nil
	}
	child, parents := viewsMissing(m.conf)
	if !child && !parents {
		return nil
	}
	d := newViewsDialog(m, child, parents)
	m.openDialog(d)
	return d.form.Focus()
}

// viewsDialog asks for the reasons of the missing views.
type viewsDialog struct {
	m              *Model
	form           *widget.Form
	child, parents *widget.Field // nil when that view needs no reason
	// parentsOf are whose views the parents' reason is for: the carers
	// whose view was missing when the dialog opened ("" for the one
	// parents' view of older records).
	parentsOf   []string
	later       key.Binding
	title, hint string
	typed       bool // a reason was typed
}

func newViewsDialog(m *Model, child, parents bool) *viewsDialog {
	tr := m.tr
	d := &viewsDialog{
		m:     m,
		title: tr.T("tui.ws.views.title"),
		hint:  tr.T("tui.ws.views.hint"),
		later: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr.T("tui.ws.views.later"))),
	}
	field := func(label string) *widget.Field {
		f := widget.NewField(tr, m.st, tr.T(label))
		f.SetPlaceholder(tr.T("perspectives.views.reason.placeholder"))
		return f
	}
	var rows []widget.Row
	if child {
		d.child = field("tui.ws.views.child")
		rows = append(rows, widget.Row{Input: d.child})
	}
	if parents {
		d.parents = field("tui.ws.views.parents")
		d.parentsOf = m.conf.MissingParentsViews()
		rows = append(rows, widget.Row{Input: d.parents})
	}
	d.form = widget.NewForm(tr, m.st, rows...)
	d.form.SetSubmitHelp(tr.T("tui.ws.views.save"))
	return d
}

// Update implements dialog: tab and enter move between the reasons, enter
// on the last closes the dialog, esc too. What is typed is stored as it is
// typed.
func (d *viewsDialog) Update(msg tea.Msg) (tea.Cmd, bool) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, d.later) {
		return d.finish(), true
	}
	ev, cmd := d.form.Update(msg)
	if ev.Submitted {
		return tea.Batch(cmd, d.finish()), true
	}
	if changes := d.store(); len(changes) > 0 {
		d.typed = true
		cmd = tea.Batch(cmd, d.m.commit(false, changes...))
	}
	return cmd, false
}

// finish commits what was typed as the dialog closes. Closed with nothing
// typed, the reasons are left for later: not asked again in this session.
func (d *viewsDialog) finish() tea.Cmd {
	changes := d.store()
	if len(changes) == 0 && !d.typed {
		d.m.viewsLater = true
		return nil
	}
	d.m.notice = d.m.tr.T("tui.ws.views.saved")
	return d.m.commit(true, changes...)
}

// store writes the reasons typed so far into the conference, every word
// of them, and returns the changes made.
func (d *viewsDialog) store() []conference.Change {
	c := d.m.conf
	var changes []conference.Change
	set := func(f *widget.Field, target *string, path string) {
		if f == nil || f.Value() == *target { // the reasons were empty when the dialog opened
			return
		}
		*target = f.Value()
		changes = append(changes, conference.Change{Op: conference.OpUpdate, Path: path})
	}
	set(d.child, &c.ChildView.MissingReason, "child_view/missing_reason")
	for _, id := range d.parentsOf {
		if v := c.ParentsViewOf(id); v != nil {
			set(d.parents, &v.MissingReason, conference.ParentsViewPath(id, "missing_reason"))
		}
	}
	return changes
}

// dialogChanges keeps what an open views dialog holds when the workspace
// is left or kofa quits (what was typed is stored already; this covers a
// change the dialog has not seen yet), and returns its changes.
func (m *Model) dialogChanges() []conference.Change {
	if d, ok := m.dialogOf(isViews).(*viewsDialog); ok {
		return d.store()
	}
	return nil
}

func (d *viewsDialog) View(width, height int) string {
	m := d.m
	inner := max(10, min(width-4, 70))
	body := m.st.Title.Render(d.title) + "\n" + m.st.Muted.Render(d.hint) + "\n\n" + d.form.View(inner, max(1, height-7))
	return widget.Box(m.st, body, width)
}

func (d *viewsDialog) Typing() bool { return true }

func (d *viewsDialog) KeyMap() help.KeyMap {
	k := d.form.KeyMap()
	return keyList{k.Submit, d.later, k.Next}
}

// passThrough closes the views dialog for a phase key (the facilitator
// moves on; the dialog never holds them up), keeping what was typed, and
// returns what it saved. It reports whether it did.
func (m *Model) passThrough(k tea.KeyPressMsg) (tea.Cmd, bool) {
	d, ok := m.dialog().(*viewsDialog)
	if !ok || printable(k) {
		return nil, false
	}
	keys := m.activeKeys()
	if !key.Matches(k, keys.NextPhase, keys.PrevPhase, keys.JumpPhase) {
		return nil, false
	}
	m.closeDialog(d)
	return d.finish(), true
}

func isViews(d dialog) bool { _, ok := d.(*viewsDialog); return ok }
