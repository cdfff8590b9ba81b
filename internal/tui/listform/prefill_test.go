package listform

import "testing"

// TestWhatKofaFilledInIsNoDraft opens a new entry whose form kofa filled
// in (where), leaves it untouched: no draft is kept and nothing is added
// when the phase is left; once something is typed, the draft is kept.
func TestWhatKofaFilledInIsNoDraft(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.f.defaultWhere = "Kita"
	e.Key("n", "esc")
	if _, ok := n.list.Draft(); ok {
		t.Error("a form holding only what kofa filled in counts as a draft")
	}
	e.MustNotShow("draft")
	n.list.Leave()
	if len(n.items) != 0 {
		t.Fatalf("leaving added %+v", n.items)
	}
	e.Key("n")
	if n.f.where.Value() != "Kita" {
		t.Errorf("where %q, want kofa's Kita again", n.f.where.Value())
	}
	e.Type("Hausbesuch")
	e.Key("esc")
	if d, ok := n.list.Draft(); !ok || d.Texts[0] != "Hausbesuch" {
		t.Errorf("draft %+v %v, want the typed text kept", d, ok)
	}
}
