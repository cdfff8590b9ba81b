package closing

import (
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
)

// Issue 18: a responsibility copied from the last conference and left
// unconfirmed in the review is a gap the closing names, in words and by
// what it is (not its code), in both languages; closing goes on anyway.
func TestUnconfirmedResponsibilityIsNamedAtClosing(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			prev, ps := fixture()
			prev.SetResponsibility(conference.RespInformsFamily, ps.demir, "")
			c := conference.NewFollowUp(prev, "f0llowup", t0)
			c.Start(t0)
			c.ConfirmResponsibility(conference.RespCaseLead)
			c.GoTo(conference.PhaseClosing, t0.Add(time.Hour))
			h := newHarness(t, c, lang)
			h.Resize(120, 60)
			h.Key("5")
			label := catalogue.Label(h.Ctx.Catalogue.Responsibilities, conference.RespInformsFamily, string(lang))
			text := []rune(h.Ctx.Msgs.T(conference.KeyResponsibilityUnconfirmed, label))
			h.MustShow(string(text[:60]))
			h.MustNotShow(conference.RespInformsFamily)
			c.ConfirmResponsibility(conference.RespInformsFamily)
			h.Key("5")
			h.MustNotShow(string(text[:40]))
		})
	}
}
