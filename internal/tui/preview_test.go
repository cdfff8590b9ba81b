package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/demo"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/phase/closing"
	"kofa/internal/tui/tuitest"
)

// withDocuments points the home folder at a temporary one holding a
// Documents folder, where the preview offers to save, and returns that.
func withDocuments(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("XDG_DOCUMENTS_DIR", "")
	docs := filepath.Join(home, "Documents")
	if err := os.Mkdir(docs, 0o700); err != nil {
		t.Fatal(err)
	}
	return docs
}

// newClosingHarness starts the root model with the real closing editor,
// optionally opening conference id at once.
func newClosingHarness(t *testing.T, repo *tuitest.Repo, id conference.ID, w, h int) *harness {
	t.Helper()
	clk := tuitest.NewClock(start)
	env := withDefaults(Env{Repo: repo, Lang: i18n.DE, Theme: theme.Default(true), Catalogue: catalogue.Builtin(), Now: clk.Now,
		OpenID: id, editors: map[conference.PhaseID]phase.Factory{conference.PhaseClosing: closing.New}})
	app := newApp(env, clk.Clock())
	hs := &harness{app: app, repo: repo}
	hs.Driver = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		_, cmd := app.Update(msg)
		return cmd
	})
	hs.Send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.Exec(app.Init())
	return hs
}

func TestHomeEOpensTheMinutesPreview(t *testing.T) {
	docs := withDocuments(t)
	repo := tuitest.NewRepo()
	c := demo.Sample("de", start)
	repo.Put(c)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Key("e")
	if h.app.preview() == nil {
		t.Fatal("e on home did not open the preview")
	}
	h.contains(t, "Protokoll · K-2026-117")
	h.contains(t, "Petra Albers")
	h.contains(t, docs)
	h.Key("v")
	h.contains(t, "Fassung: pseudonymisiert")
	if strings.Contains(h.screen(), "Petra Albers") {
		t.Errorf("the pseudonymised preview names the facilitator:\n%s", h.screen())
	}
	h.Key("?")
	h.contains(t, "Ordner ändern")
	h.Key("esc")
	h.Key("w")
	path := filepath.Join(docs, export.FileName(c, export.VariantPseudonymised))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("w did not write into Documents: %v\n%s", err, h.screen())
	}
	if audit := repo.Audit(c.ID); len(audit) == 0 || audit[len(audit)-1].Op != conference.OpExport {
		t.Errorf("no export in the audit log: %v", audit)
	}
	h.Key("esc")
	if h.app.preview() != nil || h.app.workspace() != nil {
		t.Fatal("esc did not return to home")
	}
	h.contains(t, "K-2026-117")
}

func TestHomeEWhileFilteringTypes(t *testing.T) {
	repo := tuitest.NewRepo()
	seed(repo)
	h := newHarness(t, repo, i18n.DE, 100, 30)
	h.Key("/")
	h.Type("nord e")
	if h.app.preview() != nil {
		t.Fatal("e in the filter opened the preview")
	}
}

func TestClosingEOpensThePreviewOfTheOpenConference(t *testing.T) {
	docs := withDocuments(t)
	repo := tuitest.NewRepo()
	c := demo.Sample("en", start)
	repo.Put(c)
	h := newClosingHarness(t, repo, c.ID, 100, 30)
	if h.app.workspace() == nil {
		t.Fatal("the conference did not open")
	}
	h.contains(t, "Protokoll ansehen und speichern")
	h.Key("e")
	if h.app.preview() == nil {
		t.Fatalf("e at closing did not open the preview:\n%s", h.screen())
	}
	h.contains(t, "Protokoll · K-2026-117")
	h.Key("w")
	if _, err := os.Stat(filepath.Join(docs, export.FileName(c, export.VariantFull))); err != nil {
		t.Fatalf("not written: %v\n%s", err, h.screen())
	}
	audit := repo.Audit(c.ID)
	if len(audit) == 0 || audit[len(audit)-1].Path != "minutes/full" {
		t.Errorf("audit log %v lacks the export", audit)
	}
	h.Key("esc")
	if h.app.preview() != nil || h.app.workspace() == nil {
		t.Fatal("esc did not return to the workspace")
	}
	h.contains(t, "Protokoll ansehen und speichern")
}

func TestPreviewFitsTheWindow(t *testing.T) {
	withDocuments(t)
	repo := tuitest.NewRepo()
	repo.Put(demo.Sample("de", start))
	h := newHarness(t, repo, i18n.DE, 80, 24)
	h.Key("e")
	for _, size := range [][2]int{{60, 20}, {80, 24}, {81, 25}, {100, 30}, {133, 41}, {200, 60}} {
		h.Send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		checkWidth(t, h.app.View().Content, size[0], size[1])
	}
}
