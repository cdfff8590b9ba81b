// Package worries is the editor of phase 4, worries and strengths: risk
// indicators picked from the catalogue (typing filters across all areas)
// or written as free text within an area, each with severity, the weighty
// and acute flags, provenance, source and date; and on a second tab the
// protective factors and the existing safety.
package worries

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// zone is the part of the editor that has the keyboard.
type zone int

const (
	zoneList zone = iota // the entries: one-letter keys
	zoneForm             // adding or editing an entry
)

// tab is the half of the phase shown.
type tab int

const (
	tabRisks     tab = iota // worries: risk entries by area
	tabStrengths            // protective factors and existing safety
)

// Names of the conference lists, as used in change paths.
const (
	pathRisks      = "risks"
	pathProtective = "protective_factors"
	pathSafety     = "existing_safety"
)

// ref points at one entry: the list holding it and its ID.
type ref struct{ list, id string }

func (r ref) path() string { return r.list + "/" + r.id }

// Editor edits the worries and strengths.
type Editor struct {
	ctx        *phase.Context
	keys       KeyMap
	zone       zone
	tab        tab
	cursor     [2]int // selected entry per tab
	offset     [2]int // first list line shown per tab
	risk       *riskForm
	strength   *strengthForm
	editing    ref    // the entry in the form; id "" for a new one
	formErr    string // why the form could not be saved
	confirm    *widget.Confirm
	indicators *looseIndex // the lists the forms pick from, folded once
	factors    *looseIndex // (the forms are made anew each time one opens)

	// Where the last View put things, for mouse clicks.
	tabSplit  int   // x where the second tab's label starts
	listLines []int // entry index of each list line shown, -1 for others

	memo       viewMemos
	grouped    grouping   // the risk entries by area
	lines      []listLine // the list's lines at the last View, reused
	sevLongest int        // cells of the longest severity label (0: not measured yet)
}

// viewMemos keep the parts of the view a key press seldom changes, each
// drawn again only when what it is drawn from changed (see widget.Memo).
type viewMemos struct {
	tabs widget.Memo[tabKey, tabLine]
	rows widget.Rows[rowKey, string] // by entry index
}

// New returns the worries-and-strengths editor.
func New(ctx *phase.Context) phase.Editor {
	lang := string(ctx.Lang)
	e := &Editor{
		ctx:        ctx,
		indicators: newLooseIndex(indicatorEntries(ctx.Catalogue), lang),
		factors:    newLooseIndex(protectiveEntries(ctx.Catalogue), lang),
	}
	e.risk = newRiskForm(ctx, e.indicators)
	e.strength = newStrengthForm(ctx, e.factors)
	e.keys = defaultKeyMap(ctx.Msgs, e.risk.form.KeyMap(), len(ctx.Catalogue.Severities))
	return e
}

// Typing implements phase.Editor: true while the form (or the remove
// question, which takes j/y/n) has the keyboard.
func (e *Editor) Typing() bool { return e.zone != zoneList || e.confirm != nil }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.confirm != nil {
		return e.confirm.KeyMap()
	}
	return e.keys.active(e.zone, e.tab, len(e.refs()) > 0)
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		e.clamp()
		c := e.ctx.Conf
		if e.zone == zoneList && len(c.Risks)+len(c.ProtectiveFactors)+len(c.ExistingSafety) == 0 {
			return e, e.openForm(ref{})
		}
	case phase.LeaveMsg:
		return e, e.leave()
	case tea.MouseClickMsg:
		e.click(msg)
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		if e.zone == zoneForm && e.confirm == nil {
			return e, e.updateForm(msg)
		}
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.confirm != nil {
		return e.answerRemove(k)
	}
	if e.zone == zoneForm {
		if key.Matches(k, e.keys.Cancel) {
			e.closeForm()
			return nil
		}
		return e.updateForm(k)
	}
	if e.moveCursor(k) {
		return nil
	}
	km := e.keys.active(e.zone, e.tab, len(e.refs()) > 0)
	switch {
	case key.Matches(k, km.Tab):
		e.tab = 1 - e.tab
		e.clamp()
	case key.Matches(k, km.New):
		return e.openForm(ref{})
	case key.Matches(k, km.NewSafety):
		return e.openForm(ref{list: pathSafety})
	case key.Matches(k, km.Edit):
		return e.openForm(e.selected())
	case key.Matches(k, km.Remove):
		e.askRemove()
	case key.Matches(k, km.Severity):
		return e.setSeverity(k.String())
	case key.Matches(k, km.Weighty):
		return e.toggleFlag(flagWeighty)
	case key.Matches(k, km.Acute):
		return e.toggleFlag(flagAcute)
	case key.Matches(k, km.Provenance):
		return e.cycleProvenance()
	}
	return nil
}

// moveCursor handles the list's arrow, page and home/end keys.
func (e *Editor) moveCursor(k tea.KeyPressMsg) bool {
	n := len(e.refs())
	if n == 0 {
		return false
	}
	l, cur := e.keys.List, e.cursor[e.tab]
	page := 5
	switch {
	case key.Matches(k, l.Up):
		cur--
	case key.Matches(k, l.Down):
		cur++
	case key.Matches(k, l.PageUp):
		cur -= page
	case key.Matches(k, l.PageDown):
		cur += page
	case key.Matches(k, l.Home):
		cur = 0
	case key.Matches(k, l.End):
		cur = n - 1
	default:
		return false
	}
	e.cursor[e.tab] = max(0, min(cur, n-1))
	return true
}

// updateForm gives a message to the open form.
func (e *Editor) updateForm(msg tea.Msg) tea.Cmd {
	f := e.form()
	ev, cmd := f.Update(msg)
	if e.tab == tabStrengths {
		e.strength.syncList()
	}
	if ev.Changed != nil || ev.Left != nil {
		e.formErr = ""
	}
	if ev.Submitted {
		return tea.Batch(cmd, e.submit())
	}
	return cmd
}

// form returns the widget form of the tab shown.
func (e *Editor) form() *widget.Form {
	if e.tab == tabRisks {
		return e.risk.form
	}
	return e.strength.form
}

// leave commits a form that holds a complete entry when the phase is left,
// so nothing typed is lost; an incomplete one stays open for the return.
func (e *Editor) leave() tea.Cmd {
	if e.zone != zoneForm || e.confirm != nil {
		return nil
	}
	var complete bool
	if e.tab == tabRisks {
		complete = e.risk.indicator.Value() != "" && e.risk.areaCode() != ""
		if _, ok := e.risk.date.Date(); !ok {
			complete = false
		}
	} else {
		complete = (e.strength.protective() && e.strength.factor.Value() != "") ||
			(!e.strength.protective() && e.strength.text.Value() != "")
	}
	if !complete {
		return nil
	}
	cmd := e.submit()
	e.closeForm()
	return cmd
}

// click selects the tab or the entry clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.zone != zoneList || e.confirm != nil {
		return
	}
	m := msg.Mouse()
	if m.Y == 0 {
		next := tabRisks
		if m.X >= e.tabSplit {
			next = tabStrengths
		}
		if next != e.tab {
			e.tab = next
			e.clamp()
		}
		return
	}
	if y := m.Y - 1; y >= 0 && y < len(e.listLines) && e.listLines[y] >= 0 {
		e.cursor[e.tab] = e.listLines[y]
	}
}
