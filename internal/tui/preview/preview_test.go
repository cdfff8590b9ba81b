package preview

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/demo"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/markdown"
)

func TestOpensOnTheFullMinutes(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	h.mustShow(t, "Protokoll · K-2026-117", "Fassung: vollständig", "Sprache: Deutsch")
	if !strings.Contains(h.minutes(), "Petra Albers") {
		t.Errorf("the full minutes do not name the facilitator:\n%s", h.minutes())
	}
	h.mustShow(t, filepath.Base(h.dir), export.FileName(h.conf, export.VariantFull))
}

func TestPseudonymisedShowsRolesNotNames(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	h.Key("v")
	h.mustShow(t, "Fassung: pseudonymisiert", "_pseudonymised.md")
	text := h.minutes()
	if text == "" {
		t.Fatal("nothing rendered")
	}
	for _, p := range h.conf.Participants {
		if p.Name != "" && strings.Contains(text, p.Name) {
			t.Errorf("the pseudonymised minutes name %q", p.Name)
		}
	}
	role := catalogue.Label(catalogue.Builtin().Roles, conference.RoleFacilitator, "de")
	if !strings.Contains(text, role) {
		t.Errorf("the pseudonymised minutes lack the role label %q", role)
	}
}

func TestLanguageSwitchRendersEnglish(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	h.Key("l")
	h.mustShow(t, "Sprache: Englisch")
	if !strings.Contains(h.minutes(), "Participants") {
		t.Errorf("the English minutes lack their participants heading:\n%.400s", h.minutes())
	}
}

func TestTasksVariantCyclesInstitutions(t *testing.T) {
	h := newHarness(t, i18n.EN, 120, 30)
	h.Key("v")
	h.Key("v")
	if len(h.m.whom) < 2 {
		t.Fatalf("the demo offers %d institutions with tasks, want several", len(h.m.whom))
	}
	first := h.m.whom[0]
	h.mustShow(t, "Version: tasks", "For: "+first.label+" (1/")
	h.Key("i")
	second := h.m.whom[1]
	h.mustShow(t, "For: "+second.label+" (2/")
	if !strings.Contains(h.m.fileName(), "_tasks_"+export.Slug(second.value, 40)) {
		t.Errorf("file name %q does not tell the institution", h.m.fileName())
	}
	for range len(conference.MinutesVariants) - 2 { // the documents after the tasks, then round
		h.Key("v")
	}
	h.mustShow(t, "Version: full")
}

// withoutExportTime drops the footer line with the export time, the one
// line in which two exports of the same conference may differ.
func withoutExportTime(t *testing.T, data []byte, lang i18n.Lang) string {
	t.Helper()
	marker := strings.SplitN(i18n.New(lang).T("export.footer.exported", "", ""), " ", 2)[0]
	var out []string
	dropped := 0
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, marker) {
			dropped++
			continue
		}
		out = append(out, l)
	}
	if dropped != 1 {
		t.Fatalf("found %d export-time lines starting %q", dropped, marker)
	}
	return strings.Join(out, "\n")
}

func TestWriteSavesTheMinutesAndRecordsTheHash(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	h.Key("v") // pseudonymised
	h.Key("w")
	path := filepath.Join(h.dir, export.FileName(h.conf, export.VariantPseudonymised))
	h.mustShow(t, "✓ Gespeichert:", filepath.Base(path))
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		info, _ := os.Stat(path)
		if mode := info.Mode().Perm(); mode != 0o600 {
			t.Errorf("file mode %o, want 600", mode)
		}
	}
	opt := export.Options{Lang: i18n.DE, Variant: export.VariantPseudonymised, ExportedAt: start.Add(3 * time.Hour)}
	want := export.Markdown(h.conf, opt)
	if withoutExportTime(t, got, i18n.DE) != withoutExportTime(t, want, i18n.DE) {
		t.Errorf("the file differs from export.Markdown:\n%s", got)
	}
	hash := export.Hash(export.Body(h.conf, opt))
	audit := h.repo.Audit(h.conf.ID)
	wantChange := conference.Change{Op: conference.OpExport, Path: "minutes/pseudonymised", Arg: "sha256:" + hash}
	if len(audit) == 0 || audit[len(audit)-1] != wantChange {
		t.Errorf("audit log ends %v, want %v", audit, wantChange)
	}
	stored, err := h.repo.Get(h.conf.ID)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := json.Marshal(h.conf)
	after, _ := json.Marshal(stored)
	if string(before) != string(after) {
		t.Error("recording the export changed the stored conference")
	}
}

func TestWriteNeverReplacesAFileWithoutAYes(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	path := filepath.Join(h.dir, export.FileName(h.conf, export.VariantFull))
	if err := os.WriteFile(path, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	h.Key("w")
	h.mustShow(t, "Datei ersetzen?")
	h.Key("enter") // enter is no yes
	h.Key("n")
	if got, _ := os.ReadFile(path); string(got) != "precious" {
		t.Fatalf("the file was replaced without a yes: %.60q", got)
	}
	h.mustShow(t, "Nicht gespeichert; die vorhandene Datei bleibt unverändert.")
	if n := len(h.repo.Audit(h.conf.ID)); n != 0 {
		t.Errorf("%d audit entries for an export that did not happen", n)
	}
	h.Key("w")
	h.Key("j")
	if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "# ") {
		t.Fatalf("after the yes the file holds %.60q", got)
	}
	if n := len(h.repo.Audit(h.conf.ID)); n != 1 {
		t.Errorf("%d audit entries after one export", n)
	}
}

func TestFolderCanBeChangedAndMustExist(t *testing.T) {
	h := newHarness(t, i18n.EN, 100, 30)
	other := filepath.Join(t.TempDir(), "case files")
	h.Key("o")
	if !h.m.Typing() {
		t.Fatal("o did not focus the folder field")
	}
	h.Key("ctrl+u")
	h.Paste(other)
	h.Type("w") // typed into the field, not a write
	h.Key("enter")
	h.Key("w")
	h.mustShow(t, "does not exist")
	if err := os.Mkdir(other+"w", 0o700); err != nil {
		t.Fatal(err)
	}
	h.Key("w")
	if _, err := os.Stat(filepath.Join(other+"w", export.FileName(h.conf, export.VariantFull))); err != nil {
		t.Fatalf("not written into the new folder: %v\n%s", err, h.screen())
	}
	if entries, _ := os.ReadDir(h.dir); len(entries) != 0 {
		t.Errorf("the old folder got files too")
	}
}

func TestEscInFolderFieldKeepsTheFolder(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	h.Key("o")
	h.Type("/elsewhere")
	h.Key("esc")
	if h.m.dir != h.dir || h.m.Typing() {
		t.Fatalf("esc left folder %q, typing %v", h.m.dir, h.m.Typing())
	}
	h.Key("esc")
	if _, ok := h.Seen[len(h.Seen)-1].(CloseMsg); !ok {
		t.Errorf("esc did not close the preview; last message %T", h.Seen[len(h.Seen)-1])
	}
}

// A rendering that was overtaken by another choice must never show: the
// full minutes name people the pseudonymised ones must not.
func TestStaleRenderingIsDropped(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	slowFull := h.m.render() // not run yet: still busy
	h.Key("v")
	if !strings.Contains(h.minutes(), "Moderation") {
		t.Fatal("the pseudonymised minutes did not render")
	}
	h.Exec(slowFull)
	if strings.Contains(h.minutes(), "Petra Albers") {
		t.Error("a stale rendering of the full minutes replaced the pseudonymised ones")
	}
}

func TestShowsRenderingUntilDone(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	cmd := h.m.render()
	h.mustShow(t, "Protokoll wird aufbereitet …")
	if h.m.activeKeys().Write.Enabled() {
		t.Error("w is enabled before the minutes are on screen")
	}
	h.Exec(cmd)
	if strings.Contains(h.screen(), "aufbereitet") {
		t.Error("still rendering after the rendering came back")
	}
}

func TestScrolling(t *testing.T) {
	h := newHarness(t, i18n.DE, 100, 30)
	top := h.screen()
	h.Key("pgdown")
	if h.screen() == top || h.m.view.YOffset() == 0 {
		t.Fatal("pgdown did not scroll")
	}
	h.Key("end")
	if !h.m.view.AtBottom() {
		t.Error("end did not go to the bottom")
	}
	h.mustShow(t, "100 %")
	h.Key("home")
	if h.m.view.YOffset() != 0 {
		t.Error("home did not go to the top")
	}
}

// wideFixture is a small conference that is hard to fit: an unbreakable
// word longer than any terminal, long institution names in the
// participants table, and an action for the tasks variant. Small, so that
// rendering it at many widths stays quick.
func wideFixture() *conference.Conference {
	c := conference.New("idwide01", conference.KindCase, start)
	c.CaseCode = "K-2026-999"
	c.Date = conference.DateOf(start)
	c.Occasion = strings.Repeat("Überlänge", 30) + " | <b>nicht fett</b> `kein Code`"
	for i, inst := range []string{"Kindertagesstätte Regenbogenland am Stadtpark", "Jugendamt"} {
		p := c.AddParticipant(conference.Participant{Name: "Person " + strings.Repeat("X", 40*i), Institution: inst,
			InstitutionType: "kita", Roles: []string{conference.RoleContributor}, Attendance: conference.AttendancePresent})
		c.Actions = append(c.Actions, conference.Action{ID: "a" + p.ID, What: strings.Repeat("lange Aufgabe ", 12),
			OwnerID: p.ID, Institution: inst, Agreed: true})
	}
	return c
}

func TestFitsEverySize(t *testing.T) {
	states := map[string]func(h *harness){
		"idle":      func(*harness) {},
		"tasks":     func(h *harness) { h.Key("v"); h.Key("v") },
		"folder":    func(h *harness) { h.Key("o") },
		"overwrite": func(h *harness) { h.Key("w"); h.Key("w") },
	}
	for name, enter := range states {
		h := newHarnessOn(t, wideFixture(), i18n.DE, 80, 24)
		enter(h)
		// Each width renders the minutes again (the slow part),
		// each height only lays them out.
		for _, w := range []int{layout.CompactWidth, 61, 79, layout.FullWidth, 81, 100, 133, 200} {
			for _, hgt := range []int{layout.CompactHeight, 21, 23, layout.FullHeight, 31, 50} {
				h.Exec(h.m.SetLayout(layout.Compute(w, hgt)))
				checkFits(t, h.m.View(), w, hgt)
			}
		}
		if name == "overwrite" && h.m.confirm == nil {
			t.Error("the overwrite question did not open")
		}
		if name == "tasks" && h.m.variant != export.VariantTasks {
			t.Error("the tasks variant was not offered")
		}
	}
}

// BenchmarkRenderDemo measures what a change of variant costs: the export
// and the rendering of the demo conference at 100 columns. The budgets
// (bench/) are for the preview of the demo and of the large conference at
// 80 and 120 columns; this one is for profiling.
func BenchmarkRenderDemo(b *testing.B) {
	c := demo.Sample("de", start)
	opt := export.Options{Lang: i18n.DE, ExportedAt: start}
	st := theme.Default(false).Styles(true)
	md := markdown.NewStyles(&st)
	for b.Loop() {
		_ = renderMinutes(c, opt, 100, md)
	}
}

// When the terminal tells its background, the root rebuilds the styles in
// place; the minutes are then drawn again in the new looks, and only then.
func TestRestyleRendersAgainInTheNewStyles(t *testing.T) {
	th := theme.Default(false)
	dark := th.Styles(true)
	h := newThemedHarness(t, demo.Sample("de", start), th, i18n.DE, 100, 30)
	*h.m.st = dark // as the root does on tea.BackgroundColorMsg
	if cmd := h.m.Restyle(); cmd != nil {
		h.Exec(cmd)
	}
	before := strings.Join(h.m.lines, "\n")
	if h.m.Restyle() != nil {
		t.Error("the minutes render again although the styles did not change")
	}
	*h.m.st = th.Styles(false)
	h.Exec(h.m.Restyle())
	after := strings.Join(h.m.lines, "\n")
	if after == before {
		t.Error("the minutes kept the looks of the dark background")
	}
	light := th.Styles(false)
	if open := light.Title.Render("x"); !strings.Contains(after, open[:strings.IndexByte(open, 'x')]) {
		t.Error("the minutes do not use the light background's title colour")
	}
}
