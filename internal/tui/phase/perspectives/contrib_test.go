package perspectives

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

func TestContributionIsSavedWithSpeakerKindSourceAndPhase(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.TakeChanges()
	h.Drv.Type("Hämatome an beiden Oberarmen")
	h.Drv.Key("enter") // to the kind
	h.Drv.Type("beob")
	h.Drv.Key("enter") // chosen, to the source
	h.Drv.Type("U-Untersuchung")
	h.Drv.Key("enter") // the last field: saved
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
	in := h.Ed.(*Editor).in
	if in.text.Value() != "weiter" || in.kind.Value() != "" || in.source.Value() != "" {
		t.Errorf("text %q, kind %q, source %q: want the fields emptied, the text focused", in.text.Value(), in.kind.Value(), in.source.Value())
	}
	view := h.plain(100, 30)
	if !strings.Contains(view, "[beob.] Hämatome an beiden Oberarmen") || !strings.Contains(view, "Quelle: U-Untersuchung") {
		t.Errorf("contribution not listed beside the order:\n%s", view)
	}
}

// TestKindIsNotCarriedOverToTheNextSpeaker: the kind stayed from one
// contribution to the next, so one person's assessment was saved as
// another's "reported". Each contribution's kind is chosen for it.
func TestKindIsNotCarriedOverToTheNextSpeaker(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("Hat Angst vor dem Stiefvater")
	h.Drv.Key("enter")
	h.Drv.Type("ber")
	h.Key("enter", "ctrl+s")
	h.Drv.Key("ctrl+n")
	h.Drv.Type("Verletzungsmuster spricht gegen Sturz")
	h.Drv.Key("ctrl+s")
	cs := h.Ctx.Conf.Contributions
	if len(cs) != 2 || cs[0].Provenance != conference.ProvenanceReported || cs[1].Provenance != "" || cs[1].SpeakerID != "p2" {
		t.Fatalf("contributions %+v: want the first reported, the next speaker's unclassified", cs)
	}
	if !strings.Contains(h.plain(100, 30), "Verletzungsmuster") {
		t.Errorf("the second is not listed:\n%s", h.plain(100, 30))
	}
}

// TestKindIsShownWholeAtAHundredColumns: the kind of the contribution
// being typed was cut off at 100 columns.
func TestKindIsShownWholeAtAHundredColumns(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		h := newHarness(t, lang, sampleConference())
		h.Drv.Type("Text")
		h.Drv.Key("enter")
		h.Drv.Type("einsch")
		if lang == i18n.EN {
			h.Drv.Key("ctrl+u")
			h.Drv.Type("assess")
		}
		h.Drv.Key("enter")
		want := kindLabel(h.Ctx, conference.ProvenanceAssessed)
		for _, w := range []int{100, 80, 72} {
			if !strings.Contains(h.plain(w, 30), want) {
				t.Errorf("%s at %d columns: the kind %q is not shown whole:\n%s", lang, w, want, h.plain(w, 30))
			}
		}
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
	h.Drv.Key("ctrl+s")
	c := h.Ctx.Conf
	if len(c.Contributions) != 1 || c.Contributions[0].SpeakerID != "p2" || c.Speaking.Speaker() != "p1" {
		t.Errorf("contributions %+v, speaker %q", c.Contributions, c.Speaking.Speaker())
	}
}

func TestEditAndRemoveAContribution(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("erster")
	h.Drv.Key("ctrl+s")
	h.Drv.Type("zweiter")
	h.Drv.Key("ctrl+s")
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
	h.Drv.Key("enter") // to the kind
	h.Drv.Type("ber")
	h.Key("enter", "ctrl+s")
	c := h.Ctx.Conf
	if x := c.Contributions[0]; x.Text != "erster (korrigiert)" || x.Provenance != conference.ProvenanceReported {
		t.Errorf("edited = %+v", x)
	}
	id := c.Contributions[0].ID
	if !h.HasChange("update contributions/"+id+"/text") || !h.HasChange("update contributions/"+id+"/provenance") {
		t.Errorf("changes = %v", h.Paths())
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
	second := c.Contributions[1].ID
	h.TakeChanges()
	h.Drv.Key("d")
	if len(c.Contributions) != 1 || c.Contributions[0].Text != "erster (korrigiert)" {
		t.Errorf("d removed the wrong one: %+v", c.Contributions)
	}
	if ch := h.TakeChanges(); len(ch) != 1 || ch[0].Change != (conference.Change{Op: conference.OpRemove, Path: "contributions/" + second}) {
		t.Errorf("changes = %+v", ch)
	}
	if !strings.Contains(h.plain(100, 30), "„zweiter“ entfernt · ctrl+z macht rückgängig") {
		t.Errorf("no notice:\n%s", h.plain(100, 30))
	}
}

func TestLeaveKeepsAHalfTypedContributionADraft(t *testing.T) {
	h := newHarness(t, i18n.DE, sampleConference())
	h.Drv.Type("noch nicht abgeschickt")
	h.Drv.Send(leave())
	if cs := h.Ctx.Conf.Contributions; len(cs) != 0 {
		t.Errorf("leaving submitted the half-typed text: %+v", cs)
	}
	if d, ok := h.Ctx.Draft("contributions/new"); !ok || d.Texts[0] != "noch nicht abgeschickt" {
		t.Errorf("draft %+v (%v), want the half-typed text kept", d, ok)
	}
	if h.Ed.Typing() {
		t.Error("the editor should not keep the keyboard after leaving")
	}
	h.Drv.Send(enter())
	if !h.Ed.Typing() || h.Ed.(*Editor).in.text.Value() != "noch nicht abgeschickt" {
		t.Error("coming back should go on typing the draft")
	}
}
