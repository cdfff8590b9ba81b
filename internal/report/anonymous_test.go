package report

import (
	"fmt"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// marked returns the seeded conferences with a marker in every text a
// person typed or could type (conference.MarkTexts: names, case codes,
// institutions as named, every free text, set or empty), and the number
// of markers.
func marked(t *testing.T, n int) ([]*conference.Conference, int) {
	t.Helper()
	confs := seeded(n)
	count := 0
	for _, c := range confs {
		c.MarkTexts(func() string {
			count++
			return fmt.Sprintf("MARK%07dX", count)
		})
		if !strings.HasPrefix(c.CaseCode, "MARK") {
			t.Fatalf("case code %q not marked", c.CaseCode)
		}
		for _, p := range c.Participants {
			if !strings.HasPrefix(p.Name, "MARK") || !strings.HasPrefix(p.Institution, "MARK") {
				t.Fatalf("participant %+v not marked", p)
			}
		}
	}
	return confs, count
}

// TestReportHoldsNoNameCaseCodeOrFreeText: with a marker in every text of
// 200 conferences, the report in both languages holds none of them, nor
// a conference's ID.
func TestReportHoldsNoNameCaseCodeOrFreeText(t *testing.T) {
	t.Parallel()
	confs, markers := marked(t, 200)
	if markers < 200*100 {
		t.Fatalf("only %d markers in 200 conferences", markers)
	}
	r := collect(confs).Build(Period{}, conference.DateOf(now))
	if r.Conferences == 0 || r.Handovers.Held == 0 {
		t.Fatalf("nothing counted: %+v", r)
	}
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		md := string(Markdown(r, NewWords(lang, nil)))
		checkAnonymous(t, string(lang), md, confs)
	}
}

// checkAnonymous fails when out holds a marker or a conference's ID.
func checkAnonymous(t *testing.T, what, out string, confs []*conference.Conference) {
	t.Helper()
	if i := strings.Index(out, "MARK"); i >= 0 {
		t.Errorf("%s holds a text of a conference: %q", what, out[i:min(len(out), i+20)])
	}
	for _, c := range confs {
		if strings.Contains(out, string(c.ID)) {
			t.Errorf("%s names conference %s", what, c.ID)
			return
		}
	}
}
