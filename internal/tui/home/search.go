package home

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/store"
	"kofa/internal/tui/widget"
)

// search finds conferences by anything they hold (case code, topic,
// participants, institutions, any text), where the filter only looks at
// what the list shows. It asks the store as the query is typed; every
// query has a number, so an answer overtaken by a newer one is dropped.
type search struct {
	field *widget.Field
	keys  SearchKeyMap
	list  *widget.List
	hits  []store.SearchHit
	// snips are where each hit was found (snippet.go), by hit; the hits
	// after the first maxSnippets have none.
	snips []snippet
	seq   int
	done  bool // the answer to the latest query is in
	err   string
}

// searchedMsg carries the answer to query number seq.
type searchedMsg struct {
	seq   int
	hits  []store.SearchHit
	snips []snippet
	err   error
}

// openSearch shows the search field.
func (m *Model) openSearch() tea.Cmd {
	s := &search{field: widget.NewField(m.tr, m.st, m.tr.T("tuihome.search.label")), keys: defaultSearchKeyMap(m.tr)}
	s.field.SetPlaceholder(m.tr.T("tuihome.search.hint"))
	s.list = widget.NewList(s.keys.List)
	m.search = s
	return s.field.Focus()
}

// query asks the store for the text typed.
func (m *Model) query() tea.Cmd {
	s := m.search
	s.seq++
	s.done = false
	seq, q, repo := s.seq, s.field.Value(), m.repo
	if q == "" {
		s.hits, s.done = nil, true
		s.list.SetLen(0)
		return nil
	}
	return func() tea.Msg {
		hits, err := repo.Search(q) // the store cleans their text
		return searchedMsg{seq: seq, hits: hits, snips: snippets(repo, hits, q), err: err}
	}
}

func (m *Model) searched(msg searchedMsg) {
	s := m.search
	if s == nil || msg.seq != s.seq {
		return
	}
	s.done = true
	s.err = ""
	if msg.err != nil {
		s.err = m.tr.T("tuihome.search.failed", msg.err.Error())
	}
	s.hits, s.snips = msg.hits, msg.snips
	s.list.SetLen(len(s.hits))
}

// searchKey handles a key while searching: arrows move through the hits,
// enter opens one, esc goes back to the list; everything else is typed.
func (m *Model) searchKey(k tea.KeyPressMsg) tea.Cmd {
	s := m.search
	if widget.Vertical(k) && s.list.Update(k) {
		return nil
	}
	switch {
	case key.Matches(k, s.keys.Close):
		m.search = nil
		return nil
	case key.Matches(k, s.keys.Open):
		if len(s.hits) == 0 {
			return nil
		}
		i := s.list.Cursor()
		id, at := s.hits[i].Summary.ID, conference.PhaseID("")
		if i < len(s.snips) {
			at = s.snips[i].phase
		}
		return func() tea.Msg { return OpenMsg{ID: id, Phase: at} }
	}
	return m.typeSearch(k)
}

// typeSearch gives a key or paste to the search field and asks again when
// the text changed.
func (m *Model) typeSearch(msg tea.Msg) tea.Cmd {
	cmd, changed := m.search.field.Update(msg)
	if !changed {
		return cmd
	}
	return tea.Batch(cmd, m.query())
}

// searchBody lists the hits: date, title, kind, status and where the
// query was found.
func (m *Model) searchBody(w, h int) []string {
	s := m.search
	switch {
	case s.err != "":
		return []string{m.st.Error.Render("⚠ " + s.err)}
	case s.field.Value() == "":
		return []string{m.st.Muted.Render(m.tr.T("tuihome.search.empty"))}
	case !s.done && len(s.hits) == 0:
		return []string{m.st.Muted.Render(m.tr.T("common.loading"))}
	case len(s.hits) == 0:
		return []string{m.st.Muted.Render(m.tr.T("tuihome.search.none"))}
	}
	head := m.st.Muted.Render(m.tr.N("tuihome.search.count", len(s.hits), len(s.hits)))
	rows := s.list.View(w, max(1, h-1), func(i int, selected bool, w int) string {
		hit := s.hits[i]
		found := m.st.Muted.Render(m.tr.T("tuihome.search.found_in", m.fieldLabel(hit.Field)))
		return m.summaryRow(hit.Summary, m.titleCell(hit.Summary, mark{}), found, selected, w)
	})
	lines := append([]string{head}, strings.Split(rows, "\n")...)
	if i := s.list.Cursor(); i < len(s.snips) && s.snips[i].match != "" {
		lines = append(lines, "", m.snippetLine(s.snips[i], w))
	}
	return lines
}

// fieldLabel names where a hit was found.
func (m *Model) fieldLabel(field string) string {
	switch field {
	case store.SearchFieldCaseCode:
		return m.tr.T("tuihome.search.field.case_code")
	case store.SearchFieldTopic:
		return m.tr.T("tuihome.search.field.topic")
	case store.SearchFieldParticipant:
		return m.tr.T("tuihome.search.field.participant")
	case store.SearchFieldInstitution:
		return m.tr.T("tuihome.search.field.institution")
	}
	return m.tr.T("tuihome.search.field.text")
}
