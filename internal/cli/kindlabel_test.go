package cli

import (
	"strings"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// kofa list names a handover as one (it printed the stored code
// "handover"), in the words the home screen uses.
func TestListNamesEveryKindInWords(t *testing.T) {
	t.Parallel()
	app, _ := testApp(t)
	path := dbPath(t)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := conference.New("idhand01", conference.KindHandover, fixedNow)
	h.CaseCode = "K-2026-300"
	if err := s.Save(h); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	for lang, want := range map[string]string{"de": "Übergabe", "en": "Handover"} {
		r := run(t, app, "", "--lang", lang, "--db", path, "list")
		var row []string
		for _, x := range tableRows(r.stdout) {
			if x[0] == "idhand01" {
				row = x
			}
		}
		if !strings.Contains(strings.Join(row, " | "), want) {
			t.Errorf("%s: the handover's row %q does not say %q:\n%s", lang, row, want, r.stdout)
		}
	}
}
