package preview

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/privatefile"
	"kofa/internal/tui/widget"
)

// folderMsg carries the folder offered by default.
type folderMsg struct {
	pv  uint64
	dir string
}

// findFolder looks for the user's documents folder (German desktops name it
// "Dokumente"), falling back to home, and to the working folder when even
// home is unknown.
func (m *Model) findFolder() tea.Cmd {
	pv := m.id
	return func() tea.Msg { return folderMsg{pv: pv, dir: DocumentsFolder()} }
}

// DocumentsFolder is where kofa writes files for the user to open: the
// documents folder, else home, else the working folder.
func DocumentsFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	candidates := []string{os.Getenv("XDG_DOCUMENTS_DIR"), filepath.Join(home, "Documents"), filepath.Join(home, "Dokumente")}
	for _, dir := range candidates {
		if dir == "" {
			continue
		}
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	return home
}

// fileName is the stable name of the document of the current choice: the
// export's name (date and case code or topic, never a person's name) and,
// for a document for someone, the institution or the record's ID, so two
// recipients' documents do not compete for one file.
func (m *Model) fileName() string {
	name := export.FileName(m.conf, m.variant)
	if r, ok := m.recipient(); ok {
		if s := export.Slug(r.file, 40); s != "" {
			name = strings.TrimSuffix(name, ".md") + "_" + s + ".md"
		}
	}
	return name
}

// writtenMsg reports a write: the file's path and hash, or why not.
type writtenMsg struct {
	pv     uint64
	path   string
	hash   string
	exists bool  // a file is in the way: ask before replacing it
	err    error // nothing was written
	// auditErr: the file was written, but its hash is not in the audit log.
	auditErr error
}

// errNoFolder reports a folder that does not exist (a typo, most likely:
// the preview does not create folders).
var errNoFolder = errors.New("no such folder")

// write writes the minutes of the current choice into the folder through
// privatefile (0600, temporary file and rename; an existing file only with
// force) and then records the hash in the audit log, as `kofa export` does.
// The export time is the time of writing.
func (m *Model) write(force bool) tea.Cmd {
	if m.writing || m.conf == nil || m.dir == "" {
		return nil
	}
	m.writing = true
	m.notice = notice{}
	c, repo, opt, pv, variant := m.conf, m.repo, m.options(m.now()), m.id, m.variant
	path := filepath.Join(expandHome(m.dir), m.fileName())
	return func() tea.Msg {
		msg := writtenMsg{pv: pv, path: path}
		if info, err := os.Stat(filepath.Dir(path)); err != nil || !info.IsDir() {
			msg.err = errNoFolder
			return msg
		}
		body := export.Body(c, opt)
		msg.hash = export.Hash(body)
		data := append(body, export.Footer(msg.hash, opt)...)
		if err := privatefile.Write(path, data, force); err != nil {
			msg.exists = errors.Is(err, privatefile.ErrExists)
			msg.err = err
			return msg
		}
		// The audit entry names the recipient by key, never by name, as
		// kofa export does.
		to, _ := export.ResolveFor(c, variant, opt.For, opt.Catalogue)
		msg.auditErr = repo.Save(c, export.AuditChange(c, variant, to, msg.hash))
		return msg
	}
}

// expandHome reads a leading "~" as the home folder, as a shell would.
func expandHome(dir string) string {
	if dir != "~" && !strings.HasPrefix(dir, "~/") && !strings.HasPrefix(dir, `~\`) {
		return dir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return dir
	}
	return filepath.Join(home, dir[1:])
}

// written shows the result of a write, or asks before replacing a file.
func (m *Model) written(msg writtenMsg) tea.Cmd {
	m.writing = false
	switch {
	case msg.exists:
		m.confirm = widget.NewConfirm(m.tr, m.st, m.tr.T("preview.overwrite.title"),
			m.tr.T("preview.overwrite.body", filepath.Base(msg.path)))
	case errors.Is(msg.err, errNoFolder):
		m.notice = notice{key: "preview.no_folder", path: filepath.Dir(msg.path), bad: true}
	case msg.err != nil:
		m.notice = notice{key: "preview.write_failed", path: msg.err.Error(), bad: true}
	case msg.auditErr != nil:
		m.notice = notice{key: "preview.audit_failed", path: msg.path, extra: []any{msg.auditErr.Error()}, bad: true}
	default:
		m.notice = notice{key: "preview.written", path: msg.path}
	}
	return nil
}

func (m *Model) answerOverwrite(k tea.KeyPressMsg) tea.Cmd {
	switch m.confirm.Update(k) {
	case widget.Yes:
		m.confirm = nil
		return m.write(true)
	case widget.No:
		m.confirm = nil
		m.notice = notice{key: "preview.not_written"}
	}
	return nil
}

// notice is the last outcome shown in the status line: a message whose
// first argument is a path (or an error text), shortened from the left
// when the line is too narrow, because the end of a path is what tells
// files apart.
type notice struct {
	key   string
	path  string
	extra []any
	bad   bool
}

// text renders the notice in at most width cells.
func (n notice) text(tr *i18n.Messages, width int) string {
	if n.path == "" && len(n.extra) == 0 {
		return widget.Truncate(tr.T(n.key), width)
	}
	fixed := ansi.StringWidth(tr.T(n.key, append([]any{""}, n.extra...)...))
	path := keepEnd(n.path, max(1, width-fixed))
	return widget.Truncate(tr.T(n.key, append([]any{path}, n.extra...)...), width)
}
