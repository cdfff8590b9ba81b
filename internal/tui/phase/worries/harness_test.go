package worries

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// t0 is the conference day at 14:00.
var t0 = time.Date(2026, 11, 22, 14, 0, 0, 0, time.UTC)

type people struct{ albers, weber, demir string }

// emptyConf is a running case conference in phase 4 with three
// participants and nothing recorded yet.
func emptyConf() (*conference.Conference, people) {
	c := conference.New("k7m2qxa9", conference.KindCase, t0.Add(-72*time.Hour))
	c.Date = conference.DateOf(t0)
	c.CaseCode = "K-2026-117"
	var ps people
	add := func(p conference.Participant) string {
		p.Attendance = conference.AttendancePresent
		return c.AddParticipant(p).ID
	}
	ps.albers = add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord"})
	ps.weber = add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician"})
	ps.demir = add(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"})
	c.Start(t0.Add(-40 * time.Minute))
	c.GoTo(conference.PhaseWorries, t0)
	return c, ps
}

// fixture adds worries in three areas (one free text, one in the
// sexual-violence area) and strengths of both kinds.
func fixture() (*conference.Conference, people) {
	c, ps := emptyConf()
	c.AddRisk(conference.RiskEntry{Area: "care", Indicator: "risk.care.food", Severity: conference.SeverityPoor,
		Weighty: true, Provenance: conference.ProvenanceObserved, Source: "Kita-Dokumentation",
		Date: conference.Date{Year: 2026, Month: 11, Day: 12}})
	c.AddRisk(conference.RiskEntry{Area: "care", Indicator: "risk.care.medical", Severity: conference.SeverityCannotAssess,
		Provenance: conference.ProvenanceReported, ReportedBy: ps.weber})
	c.AddRisk(conference.RiskEntry{Area: "appearance", Indicator: "risk.appearance.injuries", Severity: conference.SeverityVeryPoor,
		Weighty: true, Acute: true, Provenance: conference.ProvenanceObserved, Source: "U-Untersuchung"})
	c.AddRisk(conference.RiskEntry{Area: "stress", Text: "Mietschulden, Räumungsklage angedroht", Provenance: conference.ProvenancePresumed})
	c.AddRisk(conference.RiskEntry{Area: "sexual", Indicator: "risk.sexual.behaviour", Provenance: conference.ProvenanceReported,
		ReportedBy: "Schulsozialarbeit"})
	c.AddProtectiveFactor(conference.Strength{Factor: "protective_adult", Provenance: conference.ProvenanceObserved, Source: "Hausbesuch"})
	c.AddProtectiveFactor(conference.Strength{Text: "Großmutter holt das Kind zweimal die Woche ab"})
	c.AddExistingSafety(conference.Strength{Text: "Mutter hat Termin bei der Suchtberatung vereinbart", Provenance: conference.ProvenanceReported})
	return c, ps
}

// harness drives the editor like the workspace does: it routes messages
// to it, runs its commands and collects the changes it reports.
type harness struct {
	t       testing.TB
	c       *conference.Conference
	ctx     *phase.Context
	ed      phase.Editor
	drv     *tuitest.Driver
	changes []phase.ChangedMsg
	w, h    int
}

func newHarness(t testing.TB, c *conference.Conference, lang i18n.Lang) *harness {
	t.Helper()
	st := theme.Default(false).Styles(true)
	clk := tuitest.NewClock(t0)
	h := &harness{t: t, c: c, w: 100, h: 30}
	h.ctx = &phase.Context{Conf: c, Cat: i18n.New(lang), Catalogue: catalogue.Builtin(), Styles: &st, Now: clk.Now, Lang: lang}
	h.ed = New(h.ctx)
	h.drv = tuitest.NewDriver(t, clk, func(msg tea.Msg) tea.Cmd {
		if ch, ok := msg.(phase.ChangedMsg); ok {
			h.changes = append(h.changes, ch)
			return nil
		}
		var cmd tea.Cmd
		h.ed, cmd = h.ed.Update(msg)
		return cmd
	})
	h.resize(h.w, h.h)
	h.drv.Send(phase.EnterMsg{})
	return h
}

func (h *harness) resize(w, ht int) {
	h.w, h.h = w, ht
	h.drv.Send(phase.SizeMsg{Width: w, Height: ht})
}

func (h *harness) key(names ...string) {
	h.t.Helper()
	for _, n := range names {
		h.drv.Key(n)
	}
}

func (h *harness) typ(s string) { h.t.Helper(); h.drv.Type(s) }

// view renders the editor without colours: what the tests read is what a
// monochrome terminal shows, so meaning must not hang on colour.
func (h *harness) view() string { return ansi.Strip(h.ed.View(h.w, h.h)) }

// paths lists the changes reported as "op path".
func (h *harness) paths() []string {
	out := make([]string, 0, len(h.changes))
	for _, c := range h.changes {
		out = append(out, c.Change.Op+" "+c.Change.Path)
	}
	return out
}

func (h *harness) hasChange(want string) bool {
	for _, p := range h.paths() {
		if p == want {
			return true
		}
	}
	return false
}

func (h *harness) mustShow(parts ...string) {
	h.t.Helper()
	v := h.view()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			h.t.Errorf("view lacks %q:\n%s", p, v)
		}
	}
}

func (h *harness) mustNotShow(parts ...string) {
	h.t.Helper()
	v := h.view()
	for _, p := range parts {
		if strings.Contains(v, p) {
			h.t.Errorf("view shows %q:\n%s", p, v)
		}
	}
}

// line returns the view line that contains s ("" if none).
func (h *harness) line(s string) string {
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func click(x, y int) tea.Msg { return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft} }
