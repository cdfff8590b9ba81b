package home

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/archiving"
	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// Before a conference is deleted, the question offers to keep everything
// first: a writes its archive (what `kofa archive export` writes, with the
// audit log) into the documents folder, and the question comes again,
// saying where the archive is; only yes then deletes.

// archiveKey is the question's key that writes the archive first.
func archiveKey(tr *i18n.Messages) key.Binding {
	return key.NewBinding(key.WithKeys("a", "A"), key.WithHelp("a", tr.T("homearchive.key")))
}

// archivedMsg reports the archive written before a deletion: where, or
// why not.
type archivedMsg struct {
	id   conference.ID
	path string
	err  error
}

// canArchive reports whether the store can make archives (the real one
// can; with one that cannot, the question names the command instead).
func (m *Model) canArchive() bool {
	_, ok := m.repo.(archiving.Store)
	return ok
}

// archiveLines are the deletion question's lines on the archive: the
// offer (with the command it does the work of), what went wrong with it,
// or where the archive was written.
func (m *Model) archiveLines(id conference.ID) []string {
	switch {
	case !m.canArchive():
		return []string{m.tr.T("homedelete.archive", id)}
	case m.archived != "" && m.archiveErr != "":
		return []string{"✓ " + m.tr.T("homearchive.written", m.archived), "⚠ " + m.tr.T("homearchive.not_recorded", m.archiveErr)}
	case m.archived != "":
		return []string{"✓ " + m.tr.T("homearchive.written", m.archived)}
	case m.archiveErr != "":
		return []string{m.tr.T("homearchive.offer", id), "⚠ " + m.tr.T("homearchive.failed", m.archiveErr)}
	}
	return []string{m.tr.T("homearchive.offer", id)}
}

// deleteTitle is the question's title: after the archive was written,
// the question asks again.
func (m *Model) deleteTitle(key string) string {
	if m.archived != "" {
		return m.tr.T("homearchive.again")
	}
	return m.tr.T(key)
}

// offerArchive adds the archive key to the deletion question just asked,
// until the archive is written; ask asks that question again.
func (m *Model) offerArchive(ask func()) {
	m.reask = ask
	if m.canArchive() && m.archived == "" {
		m.confirm.Offer(archiveKey(m.tr))
	}
}

// archiveFirst writes the archive of the conference to be deleted, off
// the event loop; the question waits for it.
func (m *Model) archiveFirst() tea.Cmd {
	src, ok := m.repo.(archiving.Store)
	if !ok || m.archiving || m.archived != "" {
		return nil
	}
	m.archiving = true
	id, folder := m.deleting.ID, m.folder
	return func() tea.Msg {
		path, err := archiving.WriteInto(src, id, folder())
		return archivedMsg{id: id, path: path, err: err}
	}
}

// archivedFirst asks the question again with the archive's outcome.
func (m *Model) archivedFirst(msg archivedMsg) {
	m.archiving = false
	if m.confirm == nil || m.reask == nil || msg.id != m.deleting.ID {
		return
	}
	m.archived, m.archiveErr = msg.path, ""
	if msg.err != nil {
		m.archiveErr = msg.err.Error()
	}
	m.reask()
}

// archiveAnswer handles the archive key in the deletion question; it
// reports whether the key was the question's to take (while the archive
// is written, every key waits).
func (m *Model) archiveAnswer(k tea.KeyPressMsg) (tea.Cmd, bool) {
	if m.onYes != nil {
		return nil, false // not a deletion
	}
	if m.archiving {
		return nil, true
	}
	for _, b := range m.confirm.KeyMap().Also {
		if key.Matches(k, b) {
			return m.archiveFirst(), true
		}
	}
	return nil, false
}
