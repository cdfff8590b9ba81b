package perspectives

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

func TestContributionIsSavedWithSpeakerProvenanceSourceAndPhase(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.changes()
	h.d.Type("Hämatome an beiden Oberarmen")
	h.d.Key("down")
	h.d.Type("U-Untersuchung")
	h.d.Key("enter")
	c := h.ctx.Conf
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
	ch := h.changes()
	if len(ch) != 1 || ch[0].Change != (conference.Change{Op: conference.OpAdd, Path: "contributions/" + x.ID}) || !ch[0].Immediate {
		t.Errorf("changes = %+v", ch)
	}
	// The fields are empty for the next one, the text has the focus.
	h.d.Type("weiter")
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
		h.d.Key(s.key)
		if !strings.Contains(header(), s.want) {
			t.Errorf("after %s: %q, want %s", s.key, header(), s.want)
		}
	}
	h.d.Type("Verletzungsmuster spricht gegen Sturz")
	h.d.Key("enter")
	h.d.Type("zweiter")
	h.d.Key("enter")
	for _, x := range h.ctx.Conf.Contributions {
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
	h.d.Key("esc")
	h.d.Key("down") // Dr. Weber, while Petra Albers has the word
	h.d.Key("enter")
	if !strings.Contains(h.plain(100, 30), "new contribution: Dr. Jonas Weber") {
		t.Fatalf("input not for the picked speaker:\n%s", h.plain(100, 30))
	}
	h.d.Type("brief remark")
	h.d.Key("enter")
	c := h.ctx.Conf
	if c.Contributions[0].SpeakerID != "p2" || c.Speaking.Speaker() != "p1" {
		t.Errorf("contribution %+v, speaker %q", c.Contributions[0], c.Speaking.Speaker())
	}
}

func TestEditAndDeleteAContribution(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.d.Type("erster")
	h.d.Key("enter")
	h.d.Type("zweiter")
	h.d.Key("enter")
	h.d.Type("halb getippt")
	h.d.Key("esc")
	h.d.Key("tab") // to the contributions
	h.d.Key("up")  // the first
	h.changes()
	h.d.Key("enter")
	if !h.editor.Typing() || !strings.Contains(h.plain(100, 30), "Beitrag bearbeiten") {
		t.Fatalf("enter should edit:\n%s", h.plain(100, 30))
	}
	h.d.Type(" (korrigiert)")
	h.d.Key("tab") // reported
	h.d.Key("enter")
	c := h.ctx.Conf
	if x := c.Contributions[0]; x.Text != "erster (korrigiert)" || x.Provenance != conference.ProvenanceReported {
		t.Errorf("edited = %+v", x)
	}
	if ch := h.changes(); len(ch) != 1 || ch[0].Change.Op != conference.OpUpdate || ch[0].Change.Path != "contributions/"+c.Contributions[0].ID {
		t.Errorf("changes = %+v", ch)
	}
	if h.editor.Typing() {
		t.Error("saving the edit should return to the list")
	}
	// The draft put aside comes back.
	h.d.Key("tab")
	h.d.Key("enter")
	if !strings.Contains(h.plain(100, 30), "halb getippt") {
		t.Errorf("draft lost:\n%s", h.plain(100, 30))
	}
	h.d.Key("esc")
	h.d.Key("tab")
	h.d.Key("down")
	id := c.Contributions[1].ID
	h.d.Key("x")
	h.d.Key("j")
	if len(c.Contributions) != 1 || c.Contributions[0].Text != "erster (korrigiert)" {
		t.Errorf("delete removed the wrong one: %+v", c.Contributions)
	}
	if ch := h.changes(); len(ch) != 1 || ch[0].Change != (conference.Change{Op: conference.OpRemove, Path: "contributions/" + id}) {
		t.Errorf("changes = %+v", ch)
	}
}

func TestLeaveSavesAHalfTypedContribution(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.d.Type("noch nicht abgeschickt")
	h.d.Send(leave())
	if cs := h.ctx.Conf.Contributions; len(cs) != 1 || cs[0].Text != "noch nicht abgeschickt" {
		t.Errorf("half-typed text lost: %+v", cs)
	}
	if h.editor.Typing() {
		t.Error("the editor should not keep the keyboard after leaving")
	}
	h.d.Send(enter())
	if !h.editor.Typing() {
		t.Error("coming back should go on typing")
	}
}
