package perspectives

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

func TestOrderIsSetOnEnterFromThosePresent(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	s := h.Ctx.Conf.Speaking
	if !slices.Equal(s.Order, []string{"p1", "p2", "p3"}) || s.Speaker() != "p1" {
		t.Fatalf("order = %v, speaker %q; want p1 p2 p3 (no family, nobody excused)", s.Order, s.Speaker())
	}
	if ch := h.TakeChanges(); len(ch) == 0 || ch[0].Change.Path != "speaking/order" || !ch[0].Immediate {
		t.Errorf("setting the order should be saved: %+v", ch)
	}
	if !h.Ed.Typing() {
		t.Error("the round starts with the input for the first speaker")
	}
	if !strings.Contains(h.plain(100, 30), "neuer Beitrag: Petra Albers") {
		t.Errorf("input should be for the current speaker:\n%s", h.plain(100, 30))
	}
}

func TestSpeakerRotationByKeys(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc") // leave the input: letters are commands now
	h.TakeChanges()
	s := &h.Ctx.Conf.Speaking

	h.Drv.Key("n")
	if s.Speaker() != "p2" || !s.HasSpoken("p1") {
		t.Fatalf("n should pass from p1 to p2: speaker %q done %v", s.Speaker(), s.Done)
	}
	if l := h.line(100, 30, "Petra Albers"); !strings.Contains(l, "✓") {
		t.Errorf("done speaker not marked ✓: %q", l)
	}
	if l := h.line(100, 30, "Dr. Jonas Weber"); !strings.Contains(l, "▸") {
		t.Errorf("current speaker not marked ▸: %q", l)
	}
	if ch := h.TakeChanges(); len(ch) != 1 || ch[0].Change.Path != "speaking" || !ch[0].Immediate {
		t.Errorf("passing the word should be saved at once: %+v", ch)
	}

	// Give the word to p3 out of turn, then pass on: the round wraps to
	// the first who has not spoken (p2), not back to p1.
	h.Drv.Key("down")
	h.Drv.Key("w")
	if s.Speaker() != "p3" {
		t.Fatalf("w should give the word to p3, got %q", s.Speaker())
	}
	h.Drv.Key("n")
	if s.Speaker() != "p2" {
		t.Fatalf("after the last, the word should wrap to p2, got %q", s.Speaker())
	}
	h.Drv.Key("n")
	if !allSpoken(*s) {
		t.Fatalf("everyone should have spoken: done %v", s.Done)
	}
	view := h.plain(100, 30)
	if !strings.Contains(view, "Alle haben gesprochen") || !strings.Contains(view, "(3/3)") {
		t.Errorf("round end not shown:\n%s", view)
	}
}

func TestCtrlNPassesOnWhileTypingAndSavesTheDraft(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("wirkt müde n")
	if h.Ctx.Conf.Speaking.Speaker() != "p1" {
		t.Fatal("n while typing is a letter, not a command")
	}
	h.Drv.Key("ctrl+n")
	c := h.Ctx.Conf
	if c.Speaking.Speaker() != "p2" {
		t.Fatalf("ctrl+n should pass the word, speaker %q", c.Speaking.Speaker())
	}
	if len(c.Contributions) != 1 || c.Contributions[0].SpeakerID != "p1" || c.Contributions[0].Text != "wirkt müde n" {
		t.Errorf("the draft should be saved for p1: %+v", c.Contributions)
	}
	if !h.Ed.Typing() || !strings.Contains(h.plain(100, 30), "neuer Beitrag: Dr. Jonas Weber") {
		t.Errorf("typing should go on for the next speaker:\n%s", h.plain(100, 30))
	}
}

func TestSpeakerTimerGrowsWithTicks(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.tick(5 * time.Second)
	if l := h.line(100, 30, "Petra Albers"); !strings.Contains(l, "00:05") {
		t.Errorf("after 5 s: %q", l)
	}
	h.tick(65 * time.Second)
	if l := h.line(100, 30, "Petra Albers"); !strings.Contains(l, "01:10") {
		t.Errorf("after 70 s: %q", l)
	}
	h.Drv.Key("ctrl+n")
	h.tick(3 * time.Second)
	if l := h.line(100, 30, "Dr. Jonas Weber"); !strings.Contains(l, "00:03") {
		t.Errorf("the next speaker's own clock: %q", l)
	}
	if l := h.line(100, 30, "Petra Albers"); !strings.Contains(l, "01:10") {
		t.Errorf("the time of who has spoken stays: %q", l)
	}
}

func TestReorderKeepsTheWord(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.TakeChanges()
	s := &h.Ctx.Conf.Speaking
	h.Drv.Key("J")
	if !slices.Equal(s.Order, []string{"p2", "p1", "p3"}) || s.Speaker() != "p1" {
		t.Fatalf("J: order %v speaker %q", s.Order, s.Speaker())
	}
	h.Drv.Key("alt+down")
	if !slices.Equal(s.Order, []string{"p2", "p3", "p1"}) {
		t.Fatalf("alt+down: order %v", s.Order)
	}
	h.Drv.Key("K")
	h.Drv.Key("alt+up")
	if !slices.Equal(s.Order, []string{"p1", "p2", "p3"}) || s.Speaker() != "p1" {
		t.Errorf("back up: order %v speaker %q", s.Order, s.Speaker())
	}
	h.Drv.Key("alt+up") // already first: nothing
	ch := h.TakeChanges()
	if len(ch) != 4 || ch[0].Change.Path != "speaking/order" {
		t.Errorf("each move should be saved once: %+v", ch)
	}
}

func TestLateArrivalJoinsTheOrder(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("J") // an order arranged by hand is kept
	h.Ctx.Conf.Join("p5", start.Add(time.Minute))
	h.Drv.Send(leave())
	h.Drv.Send(enter())
	if s := h.Ctx.Conf.Speaking; !slices.Equal(s.Order, []string{"p2", "p1", "p3", "p5"}) {
		t.Errorf("order = %v", s.Order)
	}
}

func TestNobodyPresent(t *testing.T) {
	c := sampleConference()
	for i := range c.Participants {
		c.Participants[i].Attendance = conference.AttendanceAbsent
	}
	h := newHarness(t, i18n.EN, c)
	h.Drv.Key("esc")
	h.Drv.Key("n")
	if !strings.Contains(h.plain(100, 30), "Nobody is marked present") {
		t.Errorf("empty order not explained:\n%s", h.plain(100, 30))
	}
	h.Drv.Key("enter")
	h.Drv.Type("a general remark")
	h.Drv.Key("ctrl+s")
	if cs := h.Ctx.Conf.Contributions; len(cs) != 1 || cs[0].SpeakerID != "" {
		t.Errorf("a remark without speaker should still be kept: %+v", cs)
	}
}

func TestClickSelectsASpeaker(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Key("esc")
	h.Ed.View(100, 30)
	h.Drv.Send(tea.MouseClickMsg{X: 3, Y: 3, Button: tea.MouseLeft}) // the third row: Aylin Demir
	if l := h.line(100, 30, "Aylin Demir"); !strings.HasPrefix(l, "›") {
		t.Errorf("clicked row not selected: %q", l)
	}
	if !strings.Contains(h.plain(100, 30), "Beiträge: Aylin Demir") {
		t.Error("the clicked speaker's contributions should be listed")
	}
}
