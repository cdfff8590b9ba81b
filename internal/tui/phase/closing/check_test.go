package closing

import (
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/tuitest"
)

// TestCooperationCheckIsAnsweredInTheCloseSection: in the close section
// of a case conference, k opens the check; an answer chosen for a seam
// and a note are recorded as each is left, and the section shows what
// was answered.
func TestCooperationCheckIsAnsweredInTheCloseSection(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.DE)
	h.Key("5")
	h.MustShow("Kooperations-Check", "freiwillig, etwa 30 Sekunden", "k  Kooperations-Check", "s  Check überspringen")
	h.Key("k")
	h.MustShow("Information rechtzeitig", "Rückmeldung an Meldende")
	// The first seam: pick "teilweise" (the list: ja, teilweise, nein).
	h.Key("down", "down", "enter")
	h.Type("Einladung kam zu spät")
	h.Key("enter")
	if a, ok := c.CooperationCheck.Answer(conference.SeamInformation); !ok || a.Answer != conference.SeamPartly || a.Note != "Einladung kam zu spät" {
		t.Fatalf("the first seam was not recorded: %+v (%v)", c.CooperationCheck, ok)
	}
	if !h.HasChange("update cooperation_check/information") {
		t.Errorf("no change recorded for the seam: %v", h.Paths())
	}
	h.Key("esc")
	h.MustShow("beantwortet: 1 von 5", "◐ teilweise · Die Informationen kamen rechtzeitig bei allen an")
	h.MustNotShow("Check überspringen")
	h.MustNotShow("Einladung kam zu spät") // notes are not shown in the section, let alone in the report
}

// TestCooperationCheckCanBeSkipped: s passes the check over, which is
// recorded (the report counts skipped checks apart); closing does not
// wait for it.
func TestCooperationCheckCanBeSkipped(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	h := newHarness(t, c, i18n.EN)
	h.Key("5", "s")
	if !c.CooperationCheck.Skipped || c.CooperationCheck.Answered() {
		t.Fatalf("check %+v", c.CooperationCheck)
	}
	if !h.HasChange("update cooperation_check/skipped") {
		t.Errorf("the skip was not recorded: %v", h.Paths())
	}
	h.MustShow("Cooperation check  skipped", "k  cooperation check")
	h.MustNotShow("skip the check")
}

// TestCooperationCheckOnlyInCaseConferences: a network meeting looks at
// cooperation in its own phases; its closing neither asks the check nor
// takes its keys.
func TestCooperationCheckOnlyInCaseConferences(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	c.Kind = conference.KindNetwork
	h := newHarness(t, c, i18n.EN)
	h.Key("5", "k", "s")
	h.MustNotShow("Cooperation check")
	if c.CooperationCheck.Skipped || c.CooperationCheck.Answered() {
		t.Errorf("a network meeting took the check: %+v", c.CooperationCheck)
	}
}

// TestCooperationCheckOfAClosedConferenceIsShownNotAsked: once closed,
// the answers are shown and the keys are gone.
func TestCooperationCheckOfAClosedConferenceIsShownNotAsked(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	c.SetSeam(conference.SeamFamily, conference.SeamNo, "", t0)
	c.Close(t0)
	h := newHarness(t, c, i18n.EN)
	h.MustShow("answered: 1 of 5", "✗ no · The family took part")
	h.MustNotShow("k  cooperation check")
	h.Key("k")
	if h.Ed.Typing() {
		t.Error("k opened the check of a closed conference")
	}
}

// TestCooperationCheckFitsNarrowTerminals: the close section with the
// check at 20 columns.
func TestCooperationCheckFitsNarrowTerminals(t *testing.T) {
	t.Parallel()
	c, _ := fixture()
	c.SetSeam(conference.SeamRoles, conference.SeamYes, "", t0)
	h := newHarness(t, c, i18n.DE)
	h.Key("5")
	for _, size := range [][2]int{{20, 10}, {40, 12}} {
		h.Resize(size[0], size[1])
		tuitest.CheckFits(t, h.View(), size[0], size[1])
		h.Key("k")
		tuitest.CheckFits(t, h.View(), size[0], size[1])
		h.Key("esc")
	}
}
