// Package worries is the editor of phase 4, worries and strengths: risk
// indicators picked from the catalogue (typing filters across all areas)
// or written as free text within an area, each with severity, the weighty
// and acute flags, provenance, source and date; and on a second tab the
// protective factors and the existing safety. Each tab is a listform list
// (drawn grouped by area, or by kind of strength, by this package).
package worries

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
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
	ctx      *phase.Context
	keys     KeyMap
	tab      tab
	lists    [2]*listform.List[ref] // risks, strengths: the entries in display order
	offset   [2]int                 // first list line shown per tab
	risk     *riskForm
	strength *strengthForm
	// areas rates whole risk areas (areas.go), nil until opened.
	areas      *listform.Panel
	indicators *looseIndex // the lists the forms pick from, folded once
	factors    *looseIndex

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
	tr, c := ctx.Msgs, ctx.Conf
	e := &Editor{
		ctx:        ctx,
		indicators: newLooseIndex(indicatorEntries(ctx.Catalogue), lang),
		factors:    newLooseIndex(protectiveEntries(ctx.Catalogue), lang),
	}
	e.risk = newRiskForm(ctx, e.indicators)
	e.strength = newStrengthForm(ctx, e.factors)
	e.keys = defaultKeyMap(tr, len(ctx.Catalogue.Intensities))
	id := func(r ref) string { return r.path() }
	remove := func(path string) bool { return c.Remove(refOf(path).id) }
	identifying := func(r ref) bool { return c.Identifying(r.id) }
	setIdentifying := func(path string, on bool) bool { return c.SetIdentifying(refOf(path).id, on) }
	e.lists[tabRisks] = listform.New(ctx, listform.Config[ref]{
		Draft:   "risks/new",
		Items:   func() []ref { e.riskGroups(); return e.grouped.refs },
		ID:      id,
		Row:     func(int, ref, bool, int) string { return "" }, // drawn by listView
		Name:    e.label,
		NewHelp: tr.T("worries.key.new"),
		Form:    e.risk,
		Title:   title(tr, "worries.form.new_risk", "worries.form.edit_risk"),
		Remove:  remove,
		Changed: func(_, path string) { e.lists[tabRisks].Select(path) },
		// i marks an entry identifying (drawRow shows the mark).
		Identifying:    identifying,
		SetIdentifying: setIdentifying,
	})
	e.lists[tabStrengths] = listform.New(ctx, listform.Config[ref]{
		Draft:   "strengths/new",
		Items:   e.strengthRefs,
		ID:      id,
		Row:     func(int, ref, bool, int) string { return "" },
		Name:    e.label,
		NewHelp: tr.T("worries.key.new"),
		Form:    e.strength,
		Title:   title(tr, "worries.form.new_strength", "worries.form.edit_strength"),
		Remove:  remove,
		// i marks an entry identifying (drawRow shows the mark).
		Identifying:    identifying,
		SetIdentifying: setIdentifying,
	})
	return e
}

// title is the form's title for a new entry or an entry edited.
func title(tr *i18n.Messages, fresh, edit string) func(*ref) string {
	return func(r *ref) string {
		if r == nil {
			return tr.T(fresh)
		}
		return tr.T(edit)
	}
}

// refOf reads a ref back from its path.
func refOf(path string) ref {
	for _, list := range []string{pathRisks, pathProtective, pathSafety} {
		if len(path) > len(list) && path[:len(list)+1] == list+"/" {
			return ref{list, path[len(list)+1:]}
		}
	}
	return ref{}
}

// list returns the list of the tab shown.
func (e *Editor) list() *listform.List[ref] { return e.lists[e.tab] }

// Typing implements phase.Editor: true while a form has the keyboard.
func (e *Editor) Typing() bool { return e.list().Typing() || e.areasTyping() }

// KeyMap implements phase.Editor.
func (e *Editor) KeyMap() help.KeyMap {
	if e.areasTyping() {
		return listform.Help{Short: e.areas.Keys(), Full: [][]key.Binding{e.areas.FullKeys()}}
	}
	l := e.list()
	k := e.keys.active(e.tab, !l.Typing(), l.Len() > 0)
	full := append(l.FullHelp(), []key.Binding{k.Tab, k.NewSafety, k.Severity, k.Weighty, k.Acute, k.Provenance, k.Areas})
	if l.Typing() {
		return listform.Help{Short: l.ShortHelp(), Full: full}
	}
	lk := l.KeyMap()
	if e.tab == tabStrengths {
		return listform.Help{Short: []key.Binding{lk.New, k.NewSafety, k.Tab, lk.Edit, lk.Remove}, Full: full}
	}
	return listform.Help{Short: []key.Binding{lk.New, k.Severity, k.Tab, k.Weighty, k.Acute}, Full: full}
}

// Update implements phase.Editor.
func (e *Editor) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		for _, l := range e.lists {
			l.Sync()
		}
		for t, l := range e.lists {
			if cmd := l.ResumeDraft(); cmd != nil {
				e.tab = tab(t)
				return e, cmd
			}
		}
		c := e.ctx.Conf
		if !e.Typing() && len(c.Risks)+len(c.ProtectiveFactors)+len(c.ExistingSafety) == 0 {
			return e, e.list().OpenNew()
		}
		return e, nil
	case phase.LeaveMsg:
		for _, l := range e.lists {
			l.Leave()
		}
		if e.areasTyping() {
			e.areas.Leave()
		}
		return e, nil
	case tea.MouseClickMsg:
		e.click(msg)
		return e, nil
	case tea.KeyPressMsg:
		return e, e.key(msg)
	case tea.PasteMsg:
		_, cmd := e.list().Update(msg)
		return e, cmd
	}
	return e, nil
}

func (e *Editor) key(k tea.KeyPressMsg) tea.Cmd {
	if e.areasTyping() {
		_, cmd := e.areas.Update(k)
		return cmd
	}
	l := e.list()
	if l.Typing() {
		_, cmd := l.Update(k)
		return cmd
	}
	km := e.keys.active(e.tab, true, l.Len() > 0)
	switch {
	case key.Matches(k, km.Tab):
		e.tab = 1 - e.tab
		e.list().Sync()
		return nil
	case key.Matches(k, km.NewSafety):
		cmd := l.OpenNew()
		e.strength.setList(listSafety)
		return tea.Batch(cmd, e.strength.form.FocusInput(e.strength.text))
	case key.Matches(k, km.Severity):
		e.setSeverity(k.String())
		return nil
	case key.Matches(k, km.Weighty):
		e.toggleFlag(flagWeighty)
		return nil
	case key.Matches(k, km.Acute):
		e.toggleFlag(flagAcute)
		return nil
	case key.Matches(k, km.Provenance):
		e.cycleProvenance()
		return nil
	case key.Matches(k, km.Areas):
		return e.openAreas()
	}
	_, cmd := l.Update(k)
	return cmd
}

// selected returns the entry under the cursor (zero when none).
func (e *Editor) selected() ref {
	r, _ := e.list().Selected()
	return r
}

// click selects the tab or the entry clicked.
func (e *Editor) click(msg tea.MouseClickMsg) {
	if e.Typing() {
		return
	}
	m := msg.Mouse()
	if m.Y == 0 {
		next := tabRisks
		if m.X >= e.tabSplit {
			next = tabStrengths
		}
		e.tab = next
		return
	}
	if y := m.Y - 1; y >= 0 && y < len(e.listLines) && e.listLines[y] >= 0 {
		e.list().SelectIndex(e.listLines[y])
	}
}

// strengthRefs are the strengths in display order: protective factors,
// then existing safety.
func (e *Editor) strengthRefs() []ref {
	c := e.ctx.Conf
	out := make([]ref, 0, len(c.ProtectiveFactors)+len(c.ExistingSafety))
	for _, s := range c.ProtectiveFactors {
		out = append(out, ref{pathProtective, s.ID})
	}
	for _, s := range c.ExistingSafety {
		out = append(out, ref{pathSafety, s.ID})
	}
	return out
}

// riskByID returns the risk entry id, or nil.
func (e *Editor) riskByID(id string) *conference.RiskEntry { return riskByID(e.ctx.Conf, id) }

func riskByID(c *conference.Conference, id string) *conference.RiskEntry {
	if id == "" {
		return nil
	}
	for i := range c.Risks {
		if c.Risks[i].ID == id {
			return &c.Risks[i]
		}
	}
	return nil
}

// strengthByRef returns the strength r points at, or nil.
func (e *Editor) strengthByRef(r ref) *conference.Strength { return strengthByRef(e.ctx.Conf, r) }

func strengthByRef(c *conference.Conference, r ref) *conference.Strength {
	if r.id == "" || (r.list != pathProtective && r.list != pathSafety) {
		return nil
	}
	list := c.ProtectiveFactors
	if r.list == pathSafety {
		list = c.ExistingSafety
	}
	for i := range list {
		if list[i].ID == r.id {
			return &list[i]
		}
	}
	return nil
}
