package conference

import "testing"

func TestDraftsAreKeptChangedAndDropped(t *testing.T) {
	t.Parallel()
	c := New("d1", KindCase, t0)
	d := Draft{Texts: []string{"Kita berichtet", ""}, Focus: 0, Cursor: 4, Open: true}
	if !c.SetDraft("risks/new", d) {
		t.Fatal("a new draft was not kept")
	}
	d.Texts[0] = "changed by the caller afterwards"
	if got, ok := c.DraftOf("risks/new"); !ok || got.Texts[0] != "Kita berichtet" || got.Cursor != 4 || !got.Open {
		t.Errorf("draft %+v, want what was set, unchanged by the caller's slice", got)
	}
	if c.SetDraft("risks/new", Draft{Texts: []string{"Kita berichtet", ""}, Focus: 0, Cursor: 4, Open: true}) {
		t.Error("setting the same draft again reported a change")
	}
	if !c.SetDraft("risks/new", Draft{Texts: []string{"  ", ""}}) {
		t.Error("an emptied draft was not removed")
	}
	if _, ok := c.DraftOf("risks/new"); ok || c.Drafts != nil {
		t.Errorf("drafts %v after the only one was emptied, want none", c.Drafts)
	}
	if c.DropDraft("risks/new") {
		t.Error("dropping a draft that is not there reported one")
	}
}

func TestWithoutDraftsLeavesTheConferenceAlone(t *testing.T) {
	t.Parallel()
	c := New("d2", KindCase, t0)
	if c.WithoutDrafts() != c {
		t.Error("a conference without drafts was copied")
	}
	c.SetDraft("parked/new", Draft{Texts: []string{"Schulwechsel"}})
	out := c.WithoutDrafts()
	if out.Drafts != nil || len(c.Drafts) != 1 || out.ID != c.ID {
		t.Errorf("without drafts: %v, original: %v", out.Drafts, c.Drafts)
	}
}
