package review

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
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
)

// t0 is the follow-up conference's morning; the previous conference was
// four weeks before.
var t0 = time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)

// fixture is a follow-up conference in its review phase, made from a
// previous conference with three open actions and one done.
func fixture() (*conference.Conference, *conference.Conference) {
	prev := conference.New("prevconf", conference.KindCase, t0.AddDate(0, 0, -28))
	prev.CaseCode = "K-2026-117"
	weber := prev.AddParticipant(conference.Participant{Name: "Dr. Jonas Weber", InstitutionType: "paediatrician",
		Institution: "Praxis Dr. Weber"}).ID
	demir := prev.AddParticipant(conference.Participant{Name: "Aylin Demir", InstitutionType: "kita",
		Institution: "Kita Sonnenblume"}).ID
	albers := prev.AddParticipant(conference.Participant{Name: "Petra Albers", InstitutionType: "asd",
		Institution: "ASD Nord"}).ID
	prev.AddAction(conference.Action{What: "Kinderärztliche Nachuntersuchung", OwnerID: weber,
		Due: conference.Date{Year: 2026, Month: 12, Day: 6}, ReportBack: "Telefon an ASD"})
	prev.AddAction(conference.Action{What: "Wöchentliche Beobachtung dokumentieren", OwnerID: demir,
		Due: conference.Date{Year: 2026, Month: 12, Day: 15}, ReportBack: "E-Mail an ASD"})
	done := prev.AddAction(conference.Action{What: "Termin Erziehungsberatung vereinbaren", OwnerID: albers,
		Due: conference.Date{Year: 2026, Month: 11, Day: 30}})
	done.FollowUp = conference.FollowUpDone
	prev.AddAction(conference.Action{What: "Hausbesuch", OwnerID: albers,
		Due: conference.Date{Year: 2026, Month: 12, Day: 1}})
	c := conference.NewFollowUp(prev, "followup", t0.Add(-20*time.Minute))
	c.Start(t0.Add(-20 * time.Minute))
	c.GoTo(conference.PhaseReview, t0.Add(-10*time.Minute))
	return c, prev
}

// harness drives the editor like the workspace does: it routes messages,
// runs commands and collects the changes reported.
type harness struct {
	t       *testing.T
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
	h := &harness{t: t, w: 100, h: 30}
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

// view renders without colours: meaning must not hang on colour.
func (h *harness) view() string { return ansi.Strip(h.ed.View(h.w, h.h)) }

func (h *harness) mustShow(parts ...string) {
	h.t.Helper()
	v := h.view()
	for _, p := range parts {
		if !strings.Contains(v, p) {
			h.t.Errorf("view lacks %q:\n%s", p, v)
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

// editorSize is the editor's area in a terminal of w x h.
func editorSize(w, h int) (int, int) {
	m := layout.Compute(w, h).Main
	return m.W, m.H - 1
}
