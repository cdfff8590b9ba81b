package closing

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// The minutes of a closed conference are released from the closing: who
// releases them, in which function, until when objections are taken. The
// change is recorded as a release (with the last day for objections, never
// the name) for the audit log.
func TestMinutesAreReleasedFromTheClosing(t *testing.T) {
	c, _ := fixture()
	c.Close(t0)
	h := newHarness(t, c, i18n.DE)
	h.MustShow("Das Protokoll ist ein Entwurf, bis es freigegeben ist.")
	h.Key("f")
	if !h.Ed.Typing() {
		t.Fatal("f did not open the release")
	}
	h.Key("enter", "enter", "enter") // nobody named: refused with the reason
	if c.Released() {
		t.Fatal("released without a name")
	}
	h.MustShow("Bitte angeben, wer das Protokoll freigibt.")
	h.Type("Sandra Vogt")
	h.Key("tab")
	h.Type("Teamleitung ASD")
	h.Key("tab")
	h.Type("+14d")
	h.Key("enter")
	if !c.Released() || c.Release.By != "Sandra Vogt" || c.Release.Function != "Teamleitung ASD" ||
		c.Release.ObjectionsUntil != conference.DateOf(t0).AddDays(14) {
		t.Fatalf("release %+v", c.Release)
	}
	var release *conference.Change
	for _, r := range h.Changes {
		if r.Change.Op == conference.OpRelease {
			release = &r.Change
		}
	}
	if release == nil || release.Path != "release" || release.Arg != "2026-12-06" || !h.Changes[len(h.Changes)-1].Immediate {
		t.Errorf("changes %+v, want the release recorded at once with the last day for objections", h.Changes)
	}
	h.MustShow("freigegeben von Sandra Vogt (Teamleitung ASD) am 22.11.2026 um 14:00 Uhr · Einwände bis 06.12.2026")

	// A running conference cannot be released.
	d, _ := fixture()
	h2 := newHarness(t, d, i18n.DE)
	h2.Key("5")
	if km := h2.Ed.KeyMap().(KeyMap); km.Release.Enabled() {
		t.Error("release offered before the conference is closed")
	}
}
