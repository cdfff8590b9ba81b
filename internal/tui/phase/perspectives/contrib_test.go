package perspectives

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

func TestContributionIsSavedWithSpeakerProvenanceSourceAndPhase(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.TakeChanges()
	h.Drv.Type("Hämatome an beiden Oberarmen")
	h.Drv.Key("down")
	h.Drv.Type("U-Untersuchung")
	h.Drv.Key("enter")
	c := h.Ctx.Conf
	if len(c.Contributions) != 1 {
		t.Fatalf("contributions = %+v", c.Contributions)
	}
	x := c.Contributions[0]
	want := conference.Contribution{
		ID: x.ID, SpeakerID: "p1", Text: "Hämatome an beiden Oberarmen", Provenance: conference.ProvenanceObserved,
		Source: "U-Untersuchung", At: start, Phase: conference.PhasePerspectives,
	}
	if x != want {
		t.Errorf("contribution = %+v\nwant %+v", x, want)
	}
	ch := h.TakeChanges()
	if len(ch) != 1 || ch[0].Change != (conference.Change{Op: conference.OpAdd, Path: "contributions/" + x.ID}) || !ch[0].Immediate {
		t.Errorf("changes = %+v", ch)
	}
	// The fields are empty for the next one, the text has the focus.
	h.Drv.Type("weiter")
	if !strings.Contains(h.plain(100, 30), "Beitrag  weiter") {
		t.Errorf("text field should be empty and focused:\n%s", h.plain(100, 30))
	}
	if strings.Contains(h.line(100, 30, "Quelle "), "U-Untersuchung") {
		t.Error("the source field should be emptied")
	}
	view := h.plain(100, 30)
	if !strings.Contains(view, "[beob.] Hämatome an beiden Oberarmen") || !strings.Contains(view, "Quelle: U-Untersuchung") {
		t.Errorf("contribution not listed beside the order:\n%s", view)
	}
}

func TestTagCyclesWhileTypingAndIsKept(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	header := func() string {
		for _, l := range strings.Split(h.plain(100, 30), "\n") {
			if strings.Contains(l, "neuer Beitrag") {
				return l
			}
		}
		return ""
	}
	if !strings.Contains(header(), "[beob.]") {
		t.Fatalf("default tag: %q", header())
	}
	steps := []struct{ key, want string }{
		{"tab", "[ber.]"}, {"ctrl+o", "[bew.]"}, {"tab", "[beob.]"}, {"shift+tab", "[bew.]"},
	}
	for _, s := range steps {
		h.Drv.Key(s.key)
		if !strings.Contains(header(), s.want) {
			t.Errorf("after %s: %q, want %s", s.key, header(), s.want)
		}
	}
	h.Drv.Type("Verletzungsmuster spricht gegen Sturz")
	h.Drv.Key("enter")
	h.Drv.Type("zweiter")
	h.Drv.Key("enter")
	for _, x := range h.Ctx.Conf.Contributions {
		if x.Provenance != conference.ProvenanceAssessed {
			t.Errorf("%q tagged %q, want assessed", x.Text, x.Provenance)
		}
	}
	if !strings.Contains(h.plain(100, 30), "[bew.]  Verletzungsmuster") {
		t.Errorf("tag not shown in the list:\n%s", h.plain(100, 30))
	}
}

func TestContributionForAPickedSpeaker(t *testing.T) {
	h := newHarness(t, i18n.EN, sampleConference())
	h.Drv.Key("esc")
	h.Drv.Key("down") // Dr. Weber, while Petra Albers has the word
	h.Drv.Key("enter")
	if !strings.Contains(h.plain(100, 30), "new contribution: Dr. Jonas Weber") {
		t.Fatalf("input not for the picked speaker:\n%s", h.plain(100, 30))
	}
	h.Drv.Type("brief remark")
	h.Drv.Key("enter")
	c := h.Ctx.Conf
	if c.Contributions[0].SpeakerID != "p2" || c.Speaking.Speaker() != "p1" {
		t.Errorf("contribution %+v, speaker %q", c.Contributions[0], c.Speaking.Speaker())
	}
}

func TestEditAndDeleteAContribution(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("erster")
	h.Drv.Key("enter")
	h.Drv.Type("zweiter")
	h.Drv.Key("enter")
	h.Drv.Type("halb getippt")
	h.Drv.Key("esc")
	h.Drv.Key("tab") // to the contributions
	h.Drv.Key("up")  // the first
	h.TakeChanges()
	h.Drv.Key("enter")
	if !h.Ed.Typing() || !strings.Contains(h.plain(100, 30), "Beitrag bearbeiten") {
		t.Fatalf("enter should edit:\n%s", h.plain(100, 30))
	}
	h.Drv.Type(" (korrigiert)")
	h.Drv.Key("tab") // reported
	h.Drv.Key("enter")
	c := h.Ctx.Conf
	if x := c.Contributions[0]; x.Text != "erster (korrigiert)" || x.Provenance != conference.ProvenanceReported {
		t.Errorf("edited = %+v", x)
	}
	if ch := h.TakeChanges(); len(ch) != 1 || ch[0].Change.Op != conference.OpUpdate || ch[0].Change.Path != "contributions/"+c.Contributions[0].ID {
		t.Errorf("changes = %+v", ch)
	}
	if h.Ed.Typing() {
		t.Error("saving the edit should return to the list")
	}
	// The draft put aside comes back.
	h.Drv.Key("tab")
	h.Drv.Key("enter")
	if !strings.Contains(h.plain(100, 30), "halb getippt") {
		t.Errorf("draft lost:\n%s", h.plain(100, 30))
	}
	h.Drv.Key("esc")
	h.Drv.Key("tab")
	h.Drv.Key("down")
	id := c.Contributions[1].ID
	h.Drv.Key("x")
	h.Drv.Key("j")
	if len(c.Contributions) != 1 || c.Contributions[0].Text != "erster (korrigiert)" {
		t.Errorf("delete removed the wrong one: %+v", c.Contributions)
	}
	if ch := h.TakeChanges(); len(ch) != 1 || ch[0].Change != (conference.Change{Op: conference.OpRemove, Path: "contributions/" + id}) {
		t.Errorf("changes = %+v", ch)
	}
}

func TestLeaveSavesAHalfTypedContribution(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("noch nicht abgeschickt")
	h.Drv.Send(leave())
	if cs := h.Ctx.Conf.Contributions; len(cs) != 1 || cs[0].Text != "noch nicht abgeschickt" {
		t.Errorf("half-typed text lost: %+v", cs)
	}
	if h.Ed.Typing() {
		t.Error("the editor should not keep the keyboard after leaving")
	}
	h.Drv.Send(enter())
	if !h.Ed.Typing() {
		t.Error("coming back should go on typing")
	}
}
