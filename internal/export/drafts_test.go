package export

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// A draft is what was typed and never submitted: stored so that nothing is
// lost, but never part of the record of the meeting.
func TestDraftsStayOutOfMinutesAndArchives(t *testing.T) {
	t.Parallel()
	const secret = "Halbfertiger Satz über den Onkel"
	c := demo.Sample("de", sampleDay)
	c.SetDraft("contributions/new", conference.Draft{Texts: []string{secret}, Open: true})
	for _, variant := range []string{VariantFull, VariantPseudonymised} {
		for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
			opt := Options{Lang: lang, ExportedAt: exportedAt, Variant: variant}
			if md := string(Markdown(c, opt)); strings.Contains(md, secret) {
				t.Errorf("%s minutes (%s) carry the draft", variant, lang)
			}
		}
	}
	data := mustEncode(t, NewArchive(ArchivedConference{Conference: c}))
	if strings.Contains(string(data), secret) || strings.Contains(string(data), `"drafts"`) {
		t.Error("the archive carries the draft")
	}
	if len(c.Drafts) != 1 {
		t.Error("encoding the archive took the draft from the conference")
	}
}
