package export

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/i18n"
)

// exportKey matches the message keys written out in this package's code.
var exportKey = regexp.MustCompile(`"(export\.[a-z_.]+)"`)

// TestEveryMessageKeyExists checks the keys this package uses in both
// languages: those written out in the code, and those built from a code
// ("export.phase." + id), for every code the domain knows. A missing key
// would show as !key! in somebody's minutes.
func TestEveryMessageKeyExists(t *testing.T) {
	var keys []string
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range exportKey.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") {
				keys = append(keys, m[1])
			}
		}
	}
	add := func(prefix string, codes ...string) {
		for _, c := range codes {
			keys = append(keys, prefix+c)
		}
	}
	for _, k := range conference.Kinds {
		add("export.kind.", string(k))
	}
	for _, s := range conference.Statuses {
		add("export.status.", string(s))
	}
	for _, p := range conference.PhaseOrder {
		add("export.phase.", string(p))
	}
	add("export.phase_state.", string(conference.PhaseNotStarted), string(conference.PhaseCurrent),
		string(conference.PhaseDone), string(conference.PhaseSkipped), string(conference.PhaseNotCovered))
	add("export.attendance.", conference.Attendances...)
	add("export.follow_up.", conference.FollowUps[1:]...) // "" (open) shows nothing
	add("export.variant.", conference.MinutesVariants...)
	if len(keys) < 100 {
		t.Fatalf("found only %d keys; is the pattern still right?", len(keys))
	}
	for _, lang := range i18n.Langs() {
		cat := i18n.New(lang)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: key %q is missing", lang, k)
			}
		}
	}
}
