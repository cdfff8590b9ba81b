package home

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/tui/widget"
)

// TrackerMsg asks the root to open the action tracker.
type TrackerMsg struct{}

// DirectoryMsg asks the root to open the partner directory.
type DirectoryMsg struct{}

// AgreementsMsg asks the root to open the register of cooperation
// agreements.
type AgreementsMsg struct{}

// ReportMsg asks the root to open the report across cases.
type ReportMsg struct{}

// casesMsg carries what home shows besides the list: how many actions are
// overdue across all conferences, and the retention period.
type casesMsg struct {
	late      int
	retention int
	err       error
}

// followedMsg reports a follow-up conference created (or not: one
// exists already).
type followedMsg struct {
	id, existing conference.ID
	err          error
}

// loadCases counts the overdue actions and reads the retention period.
func (m *Model) loadCases() tea.Cmd {
	repo, today := m.repo, conference.DateOf(m.clock.Now())
	return func() tea.Msg {
		late, err := repo.OpenActions(store.ActionQuery{Overdue: true, Today: today})
		if err != nil {
			return casesMsg{err: err}
		}
		days, err := repo.RetentionDays()
		return casesMsg{late: len(late), retention: days, err: err}
	}
}

// updateCases handles the messages of the features between conferences;
// it reports whether msg was one of them.
func (m *Model) updateCases(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case casesMsg:
		if msg.err != nil {
			m.err = m.tr.T("tui.home.load_failed", msg.err.Error())
			return nil, true
		}
		m.lateActions, m.retention = msg.late, msg.retention
		if len(m.past()) == 0 {
			m.pastOnly = false
		}
		m.refilter()
		return nil, true
	case searchedMsg:
		m.searched(msg)
		return nil, true
	case handedMsg:
		return m.handed(msg), true
	case followedMsg:
		if msg.err != nil {
			m.err = m.tr.T("tuihome.follow_up.failed", msg.err.Error())
			return nil, true
		}
		if msg.existing != "" {
			m.askOpenExisting(msg.existing, "homefollowup.exists")
			return nil, true
		}
		id := msg.id
		return func() tea.Msg { return OpenMsg{ID: id} }, true
	case checkedMsg:
		m.archived, m.archiveErr = "", ""
		m.askRetentionDelete(msg)
		return nil, true
	case plainDeleteMsg:
		m.archived, m.archiveErr = "", ""
		m.askPlainDelete(msg.checkedMsg)
		return nil, true
	case tea.PasteMsg:
		if m.search != nil {
			return m.typeSearch(msg), true
		}
	case tea.MouseClickMsg:
		if m.search != nil {
			return nil, true
		}
	}
	return nil, false
}

// caseKey handles the keys between conferences; it reports whether k was
// one of them.
func (m *Model) caseKey(k tea.KeyPressMsg, km KeyMap) (tea.Cmd, bool) {
	switch {
	case key.Matches(k, km.Cases.FollowUp):
		return m.followUp(), true
	case key.Matches(k, km.Cases.Group):
		m.grouped = !m.grouped
		m.refilter()
		return nil, true
	case key.Matches(k, km.Cases.Tracker):
		return func() tea.Msg { return TrackerMsg{} }, true
	case key.Matches(k, km.Cases.Directory):
		return func() tea.Msg { return DirectoryMsg{} }, true
	case key.Matches(k, km.Cases.Agreements):
		return func() tea.Msg { return AgreementsMsg{} }, true
	case key.Matches(k, km.Cases.Handover):
		return m.startHandover(), true
	case key.Matches(k, km.Cases.Report):
		return func() tea.Msg { return ReportMsg{} }, true
	case key.Matches(k, km.Cases.Retention):
		m.pastOnly = !m.pastOnly
		m.refilter()
		return nil, true
	case key.Matches(k, km.Delete):
		if s, ok := m.Selected(); ok && m.isPast(s) {
			return m.checkExported(s), true
		}
	}
	return nil, false
}

// followUp starts the next conference of the selected conference's case:
// a follow-up of the case's newest conference (conferences with the same
// case code form one case), which copies its participants as planned, its
// responsibilities, and its open actions for review. It is saved at once
// and then opened. When that conference has a follow-up already, home
// asks first and offers to open that one instead (a second follow-up of
// the same conference is usually a slip).
func (m *Model) followUp() tea.Cmd {
	sel, ok := m.Selected()
	if !ok {
		return nil
	}
	latest := m.latestOfCase(sel)
	if latest.FollowUp && latest.Status == conference.StatusPreparing {
		// The case's next conference is planned already (f pressed
		// twice): a follow-up of a conference not held is a slip.
		m.askOpenExisting(latest.ID, "homefollowup.planned")
		return nil
	}
	prevID := latest.ID
	repo, now := m.repo, m.clock.Now()
	return func() tea.Msg {
		if f, ok := repo.(followUpFinder); ok {
			ids, err := f.FollowUpsOf(prevID)
			if err != nil {
				return followedMsg{err: err}
			}
			if len(ids) > 0 {
				return followedMsg{existing: ids[0]}
			}
		}
		prev, err := repo.Get(prevID)
		if err != nil {
			return followedMsg{err: err}
		}
		c := conference.NewFollowUp(prev, conference.NewID(), now)
		if err := repo.Save(c, conference.Change{Op: conference.OpCreate, Path: "conference"}); err != nil {
			return followedMsg{err: err}
		}
		return followedMsg{id: c.ID}
	}
}

// followUpFinder finds the follow-ups of a conference (the store has it).
type followUpFinder interface {
	FollowUpsOf(id conference.ID) ([]conference.ID, error)
}

// askOpenExisting offers to open the follow-up id that exists; msg is
// the question's key (its .title and .body).
func (m *Model) askOpenExisting(id conference.ID, msg string) {
	desc := string(id)
	for _, s := range m.all {
		if s.ID == id {
			desc = conference.FormatDate(s.Date, string(m.tr.Lang()))
		}
	}
	m.confirm = widget.NewConfirm(m.tr, m.st, m.tr.T(msg+".title"), m.tr.T(msg+".body", desc))
	m.onYes = func() tea.Cmd { return func() tea.Msg { return OpenMsg{ID: id} } }
}

// caseKey is what makes conferences one case: the case code of a case
// conference or a handover ("" for anything that stands alone).
func caseKey(s conference.Summary) string {
	if !s.Kind.AboutCase() {
		return ""
	}
	return s.CaseCode
}

// latestOfCase returns the newest conference of s's case (s itself when
// it stands alone); a handover is never the one a follow-up follows. The
// list is newest first.
func (m *Model) latestOfCase(s conference.Summary) conference.Summary {
	k := caseKey(s)
	if k == "" {
		return s
	}
	for _, o := range m.all {
		if caseKey(o) == k && o.Kind != conference.KindHandover {
			return o
		}
	}
	return s
}

// arrange puts the shown conferences of one case together while grouped:
// cases in the order of their newest conference, newest first within a
// case. It also keeps only those past the retention period while asked.
func (m *Model) arrange() {
	if m.pastOnly {
		kept := m.shown[:0]
		for _, i := range m.shown {
			if m.isPast(m.all[i]) {
				kept = append(kept, i)
			}
		}
		m.shown = kept
	}
	m.marks = m.marks[:0]
	if !m.grouped {
		return
	}
	members := map[string][]int{}
	var order []string
	var out []int
	for _, i := range m.shown {
		k := caseKey(m.all[i])
		if k == "" {
			k = "\x00" + string(m.all[i].ID) // stands alone
		}
		if _, seen := members[k]; !seen {
			order = append(order, k)
		}
		members[k] = append(members[k], i)
	}
	for _, k := range order {
		group := members[k]
		for j, i := range group {
			out = append(out, i)
			switch {
			case len(group) == 1:
				m.marks = append(m.marks, mark{})
			case j == 0:
				m.marks = append(m.marks, mark{head: true, size: len(group)})
			case j == len(group)-1:
				m.marks = append(m.marks, mark{tree: "└ "})
			default:
				m.marks = append(m.marks, mark{tree: "├ "})
			}
		}
	}
	m.shown = append(m.shown[:0], out...)
}

// mark is how a row shows its place in a case while grouped: the first
// (newest) conference heads the case with its size, the others hang below
// it on a tree line, so the grouping reads without colour.
type mark struct {
	head bool
	size int
	tree string
}

// markOf returns the grouping mark of shown row i.
func (m *Model) markOf(i int) mark {
	if i < len(m.marks) {
		return m.marks[i]
	}
	return mark{}
}
