package store

import (
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
)

func searchIDs(t *testing.T, s *Store, query string) ([]conference.ID, []string) {
	t.Helper()
	hits, err := s.Search(query)
	if err != nil {
		t.Fatal(err)
	}
	var ids []conference.ID
	var fields []string
	for _, h := range hits {
		ids = append(ids, h.Summary.ID)
		fields = append(fields, h.Field)
	}
	return ids, fields
}

func TestSearchFindsCaseCodeTopicPeopleAndText(t *testing.T) {
	s := openTemp(t)
	older := conference.New("", conference.KindCase, t0)
	older.CaseCode = "F-2026-017"
	older.AddParticipant(conference.Participant{Name: "Jürgen Müller", Institution: "Kita Sonnenblume"})
	older.Facts = "Das Kind kam mit Hämatomen in die Kita."
	older.AddAction(conference.Action{What: "Hausbesuch mit der Familienhilfe"})
	newer := conference.New("", conference.KindNetwork, t0.Add(48*time.Hour))
	newer.Topic = "Übergänge Kita–Schule"
	newer.AddContribution(conference.Contribution{Text: "Frau Mueller berichtet von der Sprechstunde."})
	for _, c := range []*conference.Conference{older, newer} {
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		query  string
		ids    []conference.ID
		fields []string
	}{
		{"f-2026-017", []conference.ID{older.ID}, []string{SearchFieldCaseCode}},
		{"ubergange", []conference.ID{newer.ID}, []string{SearchFieldTopic}},
		{"Muller", []conference.ID{newer.ID, older.ID}, []string{SearchFieldText, SearchFieldParticipant}},
		{"müller", []conference.ID{newer.ID, older.ID}, []string{SearchFieldText, SearchFieldParticipant}},
		{"sonnenblume", []conference.ID{older.ID}, []string{SearchFieldInstitution}},
		{"HÄMATOM", []conference.ID{older.ID}, []string{SearchFieldText}},
		{"hausbesuch familienhilfe", []conference.ID{older.ID}, []string{SearchFieldText}},
		{"hausbesuch schule", nil, nil},
		{"kita", []conference.ID{newer.ID, older.ID}, []string{SearchFieldTopic, SearchFieldInstitution}},
		{"   ", nil, nil},
	} {
		ids, fields := searchIDs(t, s, c.query)
		if !slices.Equal(ids, c.ids) || !slices.Equal(fields, c.fields) {
			t.Errorf("%q: %v %v, want %v %v", c.query, ids, fields, c.ids, c.fields)
		}
	}
	hits, _ := s.Search("sonnenblume")
	if hits[0].Summary.CaseCode != "F-2026-017" || hits[0].Summary.Date != older.Date {
		t.Errorf("hit summary %+v", hits[0].Summary)
	}
}

func TestSearchFollowsSaveAndDelete(t *testing.T) {
	s := openTemp(t)
	c := richConference("", "Zauberwort", 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if ids, _ := searchIDs(t, s, "zauberwort"); len(ids) != 1 {
		t.Fatalf("not found after Save: %v", ids)
	}
	c.Facts = "anders"
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if ids, _ := searchIDs(t, s, "zauberwort"); len(ids) != 0 {
		t.Errorf("old text still found: %v", ids)
	}
	if err := s.Delete(c.ID); err != nil {
		t.Fatal(err)
	}
	if ids, _ := searchIDs(t, s, "anders"); len(ids) != 0 {
		t.Errorf("deleted conference found: %v", ids)
	}
}

func TestSearchFindsImportedConferences(t *testing.T) {
	s := openTemp(t)
	c := richConference("k7m2qxa9", "Importwort", 0)
	if err := s.Import(c, nil, false); err != nil {
		t.Fatal(err)
	}
	if ids, _ := searchIDs(t, s, "importwort"); !slices.Equal(ids, []conference.ID{c.ID}) {
		t.Errorf("imported conference: %v", ids)
	}
	list, _ := s.OpenActions(ActionQuery{Today: conference.DateOf(t0)})
	if len(list) != 5 {
		t.Errorf("imported conference has %d open actions in the tracker, want 5", len(list))
	}
}

func TestDeletedTextLeavesNoTraceInTheSearchIndex(t *testing.T) {
	s := openTemp(t)
	c := richConference("", "Geheimnisvoll", 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(c.ID); err != nil {
		t.Fatal(err)
	}
	// Folded forms of the text must be gone from the file as well.
	for _, text := range []string{"geheimnisvoll", "Geheimnisvoll", "hamatomen", "Hämatomen"} {
		if fileContains(t, s.Path(), text) {
			t.Errorf("file still holds %q", text)
		}
	}
}
