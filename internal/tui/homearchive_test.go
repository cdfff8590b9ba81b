package tui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/tuitest"
)

// archivingRepo is the test store with the audit log as the real store
// gives it, so that archives can be made from it.
type archivingRepo struct{ *tuitest.Repo }

func (r archivingRepo) Audit(id conference.ID) ([]conference.AuditEntry, error) {
	var out []conference.AuditEntry
	for _, ch := range r.Repo.Audit(id) {
		out = append(out, conference.AuditEntry{At: start, Op: ch.Op, Path: ch.Path, Arg: ch.Arg})
	}
	return out, nil
}

// archiveHarness starts the app on repo (as a store that makes archives)
// with folder as the documents folder.
func archiveHarness(t *testing.T, repo *tuitest.Repo, lang i18n.Lang, folder string) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: archivingRepo{repo}, Lang: lang, Theme: theme.Default(true), Catalogue: catalogue.Builtin(),
		Now: clk.Now, editors: shellEditors(), folder: func() string { return folder }})
	app := newApp(env, clk.Clock())
	h := &harness{app: app, repo: repo}
	h.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	h.Send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.Exec(app.Init())
	return h
}

// Issue 18: the question before deleting a conference offers the archive
// export first. a writes the archive (what kofa archive export writes)
// into the documents folder and says where; the conference goes only when
// yes is said again.
func TestDeleteOffersTheArchiveFirst(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	prev := previous(repo)
	dir := t.TempDir()
	h := archiveHarness(t, repo, i18n.DE, dir)

	h.Key("d")
	h.contains(t, "a sichert vorher alles")
	h.contains(t, "prev0000") // the command, wrapped in the box
	h.contains(t, "a erst archivieren")
	h.Key("a")
	files, _ := filepath.Glob(filepath.Join(dir, "*_archive.json"))
	if len(files) != 1 {
		t.Fatalf("archive files %v, want one in the documents folder:\n%s", files, h.screen())
	}
	h.contains(t, "Archiv geschrieben")
	h.contains(t, "_archive.json") // the path, wrapped in the box
	if _, err := repo.Get(prev.ID); err != nil {
		t.Fatal("writing the archive deleted the conference")
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	// What kofa archive export writes (the test's ID is not one kofa
	// makes, so the archive is read as plain JSON).
	var a struct {
		Format      string `json:"format"`
		Conferences []struct {
			Conference conference.Conference `json:"conference"`
		} `json:"conferences"`
	}
	if err := json.Unmarshal(data, &a); err != nil || a.Format != export.ArchiveFormat || len(a.Conferences) != 1 ||
		a.Conferences[0].Conference.ID != prev.ID || len(a.Conferences[0].Conference.Actions) != len(prev.Actions) {
		t.Fatalf("the archive does not hold the conference: %v %+v", err, a)
	}
	if info, _ := os.Stat(files[0]); info.Mode().Perm() != 0o600 {
		t.Errorf("archive file mode %v, want 0600", info.Mode().Perm())
	}
	recorded := false
	for _, ch := range repo.Audit(prev.ID) {
		recorded = recorded || ch.Op == conference.OpExport && ch.Path == "archive" && strings.HasPrefix(ch.Arg, "sha256:"+export.Hash(data))
	}
	if !recorded {
		t.Errorf("the archive is not in the audit log: %v", repo.Audit(prev.ID))
	}

	h.contains(t, "jetzt löschen?")
	h.Key("a") // once written, a does nothing more
	if files, _ := filepath.Glob(filepath.Join(dir, "*.json")); len(files) != 1 {
		t.Errorf("a second a wrote %v", files)
	}
	h.Key("j")
	if _, err := repo.Get(prev.ID); err == nil {
		t.Fatal("yes after the archive did not delete")
	}
}

// A failed archive says why and deletes nothing; no still keeps the
// conference after an archive was written.
func TestArchiveThatFailsDeletesNothing(t *testing.T) {
	t.Parallel()
	repo := tuitest.NewRepo()
	prev := previous(repo)
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	h := archiveHarness(t, repo, i18n.EN, missing)
	h.Key("d")
	h.Key("a")
	h.contains(t, "Archive not written")
	h.Key("n")
	if _, err := repo.Get(prev.ID); err != nil {
		t.Fatal("no deleted the conference")
	}
}
