package report

import (
	"bytes"
	"reflect"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/i18n"
)

func archiveOf(t *testing.T, confs []*conference.Conference) []byte {
	t.Helper()
	items := make([]export.ArchivedConference, len(confs))
	for i, c := range confs {
		items[i] = export.ArchivedConference{Conference: c}
	}
	data, err := export.EncodeArchive(export.NewArchive(items...))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestArchivesGiveTheSameFactsAsTheConferences: Digest reads nothing
// beyond Fields, so a conference read from an archive in those fields
// only gives exactly its Facts.
func TestArchivesGiveTheSameFactsAsTheConferences(t *testing.T) {
	t.Parallel()
	confs := seeded(60)
	want := collect(confs)
	got := NewCollector()
	if err := got.AddArchive(bytes.NewReader(archiveOf(t, confs))); err != nil {
		t.Fatal(err)
	}
	if got.Len() != len(confs) || got.Sources != 1 {
		t.Fatalf("%d conferences from %d archives", got.Len(), got.Sources)
	}
	for id, f := range want.facts {
		g := got.facts[id]
		// Time zones differ after a round trip through JSON.
		if !g.UpdatedAt.Equal(f.UpdatedAt) {
			t.Errorf("%s: updated %v, want %v", id, g.UpdatedAt, f.UpdatedAt)
		}
		g.UpdatedAt = f.UpdatedAt
		if !reflect.DeepEqual(g, f) {
			t.Fatalf("%s: facts from the archive\n%+v\nwant\n%+v", id, g, f)
		}
	}
}

// TestAConferenceInTwoArchivesCountsOnce: the newer version wins and the
// report says how many were folded.
func TestAConferenceInTwoArchivesCountsOnce(t *testing.T) {
	t.Parallel()
	confs := seeded(30)
	first := archiveOf(t, confs[:20])
	// The second archive holds ten of the same conferences, changed later:
	// their child's view taken back.
	var later []*conference.Conference
	for _, c := range confs[10:20] {
		cp := *c
		cp.ChildView = conference.View{}
		cp.UpdatedAt = c.UpdatedAt.Add(1)
		later = append(later, &cp)
	}
	second := archiveOf(t, append(later, confs[20:]...))
	col := NewCollector()
	for _, a := range [][]byte{second, first} { // order does not matter
		if err := col.AddArchive(bytes.NewReader(a)); err != nil {
			t.Fatal(err)
		}
	}
	if col.Len() != len(confs) || col.Folded != 10 || col.Sources != 2 {
		t.Fatalf("%d conferences, %d folded, %d sources", col.Len(), col.Folded, col.Sources)
	}
	for _, c := range later {
		if col.facts[c.ID].ChildView {
			t.Errorf("%s: the older version won", c.ID)
		}
	}
	md := Markdown(col.Build(Period{}, conference.DateOf(now)), NewWords(i18n.EN, nil))
	if !bytes.Contains(md, []byte("10 conferences were found more than once and counted once")) || !bytes.Contains(md, []byte("2 archives")) {
		t.Errorf("the report does not say what was folded:\n%s", md)
	}
}

// TestReportFromArchivesHoldsNoText: the anonymity test through the
// archive path.
func TestReportFromArchivesHoldsNoText(t *testing.T) {
	t.Parallel()
	confs, _ := marked(t, 100)
	col := NewCollector()
	if err := col.AddArchive(bytes.NewReader(archiveOf(t, confs))); err != nil {
		t.Fatal(err)
	}
	r := col.Build(Period{}, conference.DateOf(now))
	for _, lang := range []i18n.Lang{i18n.DE, i18n.EN} {
		checkAnonymous(t, "report from an archive ("+string(lang)+")", string(Markdown(r, NewWords(lang, nil))), confs)
	}
}
