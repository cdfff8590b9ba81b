package preview

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"kofa/internal/i18n"
)

// ascii renders a view as a terminal without colour shows it, which keeps
// the golden files readable.
func ascii(t *testing.T, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.Ascii}
	if _, err := w.WriteString(content); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		lang i18n.Lang
		keys []string
	}{
		{"full_de_80x24", i18n.DE, nil},
		{"pseudonymised_en_80x24", i18n.EN, []string{"v", "pgdown"}},
		{"tasks_de_80x24", i18n.DE, []string{"v", "v", "i"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, tc.lang, 80, 24)
			h.m.dir = "~/Dokumente" // the temporary folder differs on every run
			for _, k := range tc.keys {
				h.Key(k)
			}
			content := h.m.View()
			checkFits(t, content, 80, 24)
			golden.RequireEqual(t, ascii(t, content))
		})
	}
}
