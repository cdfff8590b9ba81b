package assessment

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

type people struct{ albers, weber, demir, brandt, excused string }

// conf is a running case conference in phase 5 with four participants
// present and one excused, and no rating given yet.
func conf() (*conference.Conference, people) {
	c := conference.New("k7m2qxa9", conference.KindCase, t0.Add(-72*time.Hour))
	c.Date = conference.DateOf(t0)
	c.CaseCode = "K-2026-117"
	var ps people
	add := func(p conference.Participant, att string) string {
		p.Attendance = att
		return c.AddParticipant(p).ID
	}
	present := conference.AttendancePresent
	ps.albers = add(conference.Participant{Name: "Petra Albers", InstitutionType: "asd", Institution: "Jugendamt Nord"}, present)
	ps.weber = add(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician"}, present)
	ps.demir = add(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita", Institution: "Kita Sonnenblume"}, present)
	ps.brandt = add(conference.Participant{Name: "Markus Brandt", InstitutionType: "police"}, present)
	ps.excused = add(conference.Participant{Name: "Sabine Kühn", InstitutionType: "school"}, conference.AttendanceExcused)
	c.Start(t0.Add(-60 * time.Minute))
	c.GoTo(conference.PhaseAssessment, t0)
	return c, ps
}

func scale(n int) *int { return &n }

// rated is conf with everyone present rated and the ratings revealed, a
// latent result, one dissent.
func rated() (*conference.Conference, people) {
	c, ps := conf()
	c.SetRating(conference.Rating{ParticipantID: ps.albers, Category: conference.CategoryLatent, Scale: scale(4), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.weber, Category: conference.CategoryAcute, Scale: scale(2), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.demir, Category: conference.CategoryLatent, Scale: scale(4), At: t0})
	c.SetRating(conference.Rating{ParticipantID: ps.brandt, Category: conference.CategoryNeedForHelp, Scale: scale(7), At: t0})
	c.RatingsRevealed = true
	c.Assessment.Category = conference.CategoryLatent
	c.Assessment.HarmForms = []string{conference.HarmNeglect, conference.HarmPhysical}
	c.AddDissent(conference.Dissent{ParticipantID: ps.brandt, Reason: "Sieht keine Gefährdung, nur Hilfebedarf"})
	return c, ps
}

// harness drives the editor like the workspace does: it routes messages
// to it, runs its commands and collects the changes it reports.
type harness struct {
	t       *testing.T
	c       *conference.Conference
	ctx     *phase.Context
	ed      phase.Editor
	drv     *tuitest.Driver
	changes []phase.ChangedMsg
	w, h    int
}

func newHarness(t *testing.T, c *conference.Conference, lang i18n.Lang) *harness {
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
