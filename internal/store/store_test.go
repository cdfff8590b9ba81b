package store

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"kofa/internal/conference"
)

func TestSaveAndGetRoundTripsARichConference(t *testing.T) {
	s := openTemp(t)
	c := richConference("k7m2qxa9", "Zebrastreifen-4711-Marker", 0)
	want, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	gotJSON, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if string(gotJSON) != string(want) {
		t.Errorf("conference changed in the round trip\nsaved: %s\nread:  %s", want, gotJSON)
	}
}

func TestConferenceSurvivesReopen(t *testing.T) {
	s := openTemp(t)
	c := richConference("", "x", 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(s.Path(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Get(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.CaseCode != c.CaseCode || len(got.Actions) != len(c.Actions) {
		t.Errorf("reopened store has %q with %d actions, want %q with %d", got.CaseCode, len(got.Actions), c.CaseCode, len(c.Actions))
	}
}

func TestSaveAssignsAnIDToANewConference(t *testing.T) {
	s := openTemp(t)
	c := richConference("", "x", 0)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if !conference.ValidID(string(c.ID)) {
		t.Fatalf("Save assigned %q, not a valid conference ID", c.ID)
	}
	if _, err := s.Get(c.ID); err != nil {
		t.Errorf("Get(%q) after Save: %v", c.ID, err)
	}
}

func TestGetUnknownIDIsNotFound(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Get("nothere2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of an unknown ID: %v, want ErrNotFound", err)
	}
	if _, err := s.Audit("nothere2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Audit of an unknown ID: %v, want ErrNotFound", err)
	}
	if err := s.Delete("nothere2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete of an unknown ID: %v, want ErrNotFound", err)
	}
}

func TestListIsNewestFirstAndFollowsSaves(t *testing.T) {
	s := openTemp(t)
	for _, day := range []int{3, 10, 1} {
		if err := s.Save(richConference("", "x", day)); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, sum := range list {
		codes = append(codes, sum.CaseCode)
	}
	if want := []string{"F-2026-010", "F-2026-003", "F-2026-001"}; !slices.Equal(codes, want) {
		t.Errorf("List order %v, want %v", codes, want)
	}

	// A saved change shows in the list without reading the conference.
	c, err := s.Get(list[2].ID)
	if err != nil {
		t.Fatal(err)
	}
	c.Close(t0.AddDate(0, 0, 2))
	if err := s.Save(c, conference.Change{Op: conference.OpClose, Path: "status"}); err != nil {
		t.Fatal(err)
	}
	list, err = s.List()
	if err != nil {
		t.Fatal(err)
	}
	if got := list[2]; got.Status != conference.StatusClosed || got.OpenActions != c.OpenActions() {
		t.Errorf("summary after save: status %q, %d open actions; want closed, %d", got.Status, got.OpenActions, c.OpenActions())
	}
	if want := c.Summary(); !summariesEqual(list[2], want) {
		t.Errorf("summary %+v, want %+v", list[2], want)
	}
}

func summariesEqual(a, b conference.Summary) bool {
	a.UpdatedAt, b.UpdatedAt = a.UpdatedAt.UTC(), b.UpdatedAt.UTC()
	return a == b
}

func TestAuditEntriesAreAppendedInOrderWithoutText(t *testing.T) {
	now := t0
	opts := testOptions()
	opts.Now = func() time.Time { return now }
	s, err := Open(filepath.Join(t.TempDir(), "kofa.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const marker = "Zebrastreifen-4711-Marker"
	c := richConference("", marker, 0)
	if err := s.Save(c, conference.Change{Op: conference.OpCreate, Path: ""}); err != nil {
		t.Fatal(err)
	}
	now = t0.Add(time.Minute)
	c.Facts += " Nachtrag " + marker
	if err := s.Save(c,
		conference.Change{Op: conference.OpUpdate, Path: "facts"},
		conference.Change{Op: conference.OpAdd, Path: "actions/a9", Arg: "sha256:ab12"},
	); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(c); err != nil { // no changes: no audit entry
		t.Fatal(err)
	}
	entries, err := s.Audit(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []conference.AuditEntry{
		{At: t0, Op: conference.OpCreate},
		{At: t0.Add(time.Minute), Op: conference.OpUpdate, Path: "facts"},
		{At: t0.Add(time.Minute), Op: conference.OpAdd, Path: "actions/a9", Arg: "sha256:ab12"},
	}
	if len(entries) != len(want) {
		t.Fatalf("got %d audit entries, want %d: %+v", len(entries), len(want), entries)
	}
	for i := range want {
		got := entries[i]
		if !got.At.Equal(want[i].At) || got.Op != want[i].Op || got.Path != want[i].Path || got.Arg != want[i].Arg {
			t.Errorf("entry %d = %+v, want %+v", i, got, want[i])
		}
	}
	raw, err := json.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), marker) || strings.Contains(string(raw), "Hämatom") {
		t.Errorf("audit log holds conference text: %s", raw)
	}
}

func TestClosedStoreRefusesWork(t *testing.T) {
	s := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.List(); !errors.Is(err, ErrClosed) {
		t.Errorf("List on a closed store: %v, want ErrClosed", err)
	}
	if err := s.Save(richConference("", "x", 0)); !errors.Is(err, ErrClosed) {
		t.Errorf("Save on a closed store: %v, want ErrClosed", err)
	}
}

// Open reads the summaries ahead; what List returns must still follow
// every change made after Open.
func TestFirstListAfterOpenIsCurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kofa.db")
	s, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	a, b := richConference("", "a", 1), richConference("", "b", 2)
	for _, c := range []*conference.Conference{a, b} {
		if err := s.Save(c); err != nil {
			t.Fatal(err)
		}
	}
	reopen := func() *Store {
		t.Helper()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s, err = Open(path, testOptions())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ids := func() []conference.ID {
		t.Helper()
		list, err := s.List()
		if err != nil {
			t.Fatal(err)
		}
		var out []conference.ID
		for _, sum := range list {
			out = append(out, sum.ID)
		}
		return out
	}

	reopen()
	if got := ids(); !slices.Equal(got, []conference.ID{b.ID, a.ID}) {
		t.Errorf("first List after Open: %v", got)
	}
	reopen()
	c := richConference("", "c", 3)
	if err := s.Save(c); err != nil {
		t.Fatal(err)
	}
	if got := ids(); !slices.Equal(got, []conference.ID{c.ID, b.ID, a.ID}) {
		t.Errorf("List after Open and Save: %v", got)
	}
	reopen()
	if err := s.Delete(b.ID); err != nil {
		t.Fatal(err)
	}
	if got := ids(); !slices.Equal(got, []conference.ID{c.ID, a.ID}) {
		t.Errorf("List after Open and Delete: %v", got)
	}
	_ = s.Close()
}
