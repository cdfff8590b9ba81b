package worries

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// TestPasteIntoTheIndicatorIsCutWithANotice: a 1 MB paste into the
// indicator's filter keeps the line limit and says so, as every other
// field does; it used to be cut silently.
func TestPasteIntoTheIndicatorIsCutWithANotice(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.DE)
	big := strings.Repeat("Mietschulden ", 1<<20/13+1) // > 1 MB
	h.Drv.Send(tea.PasteMsg{Content: big})
	h.MustShow("Text gekürzt: höchstens 200 Bytes")
	h.Key("up") // the free text is the last option
	h.Key("tab")
	h.MustNotShow("Text gekürzt") // leaving the field clears the notice
	h.Type("Belastungen")
	h.Key("enter", "ctrl+s")
	if len(c.Risks) != 1 {
		t.Fatalf("risks = %+v, want the pasted free text", c.Risks)
	}
	if got := c.Risks[0].Text; len(got) > sanitize.MaxLine || !strings.HasPrefix(got, "Mietschulden Mietschulden") {
		t.Errorf("free text of %d bytes %q, want the paste cut to %d", len(got), got[:min(len(got), 40)], sanitize.MaxLine)
	}
}

// TestTypingWithinTheLimitShowsNoNotice: the notice is for text that was
// cut, not for every paste.
func TestTypingWithinTheLimitShowsNoNotice(t *testing.T) {
	c, _ := emptyConf()
	h := newHarness(t, c, i18n.EN)
	h.Drv.Send(tea.PasteMsg{Content: "Rent arrears"})
	h.MustNotShow("Text cut")
}
