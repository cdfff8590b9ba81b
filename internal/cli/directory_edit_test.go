package cli

import (
	"os"
	"strings"
	"testing"

	"kofa/internal/store"
)

// directoryIDs returns the ID of each entry by name.
func directoryIDs(t *testing.T, path string) map[string]string {
	t.Helper()
	ids := map[string]string{}
	for _, e := range directoryOf(t, path) {
		ids[e.Name] = e.ID
	}
	return ids
}

// TestDirectoryListingStaysAndIDsShowWithAFlag: "kofa directory" prints
// what it did before; --ids adds the ID column that edit and remove take.
func TestDirectoryListingStaysAndIDsShowWithAFlag(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	saveTrackerCase(t, path)
	r := run(t, app, "", "--lang", "en", "--db", path, "directory")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Name") || strings.Contains(r.stdout, "ID") {
		t.Errorf("directory: %q", r.stdout)
	}
	ids := directoryIDs(t, path)
	r = run(t, app, "", "--lang", "en", "--db", path, "directory", "--ids")
	rows := tableRows(r.stdout)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "ID") || len(rows) != 2 {
		t.Fatalf("directory --ids: exit %d, %q", r.code, r.stdout)
	}
	for _, row := range rows {
		if ids[row[1]] != row[0] {
			t.Errorf("row %v: ID of %s is %s", row, row[1], ids[row[1]])
		}
	}
}

func TestDirectoryEditChangesOnlyTheFieldsGiven(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	saveTrackerCase(t, path)
	id := directoryIDs(t, path)["Aylin Demir"]
	r := run(t, app, "", "--lang", "en", "--db", path, "directory", "edit", id,
		"--phone", "0511 4711", "--discipline", "Erzieherin", "--email", "demir@kita.example")
	if r.code != 0 {
		t.Fatalf("edit: exit %d, %q", r.code, r.stderr)
	}
	wantOneLine(t, r.stdout)
	if !strings.Contains(r.stdout, "Aylin Demir (Kita Sonnenblume)") || !strings.Contains(r.stdout, id) {
		t.Errorf("edit said %q", r.stdout)
	}
	want := store.DirectoryEntry{ID: id, Name: "Aylin Demir", Institution: "Kita Sonnenblume", Discipline: "Erzieherin",
		Phone: "0511 4711", Email: "demir@kita.example"}
	for _, e := range directoryOf(t, path) {
		if e.ID == id && e != want {
			t.Errorf("entry %+v, want %+v", e, want)
		}
	}
	// An empty value clears a field; the others stay.
	r = run(t, app, "", "--lang", "en", "--db", path, "directory", "edit", id, "--phone", "", "--name", "Aylin Demir-Kaya")
	if r.code != 0 {
		t.Fatalf("second edit: exit %d, %q", r.code, r.stderr)
	}
	want.Phone, want.Name = "", "Aylin Demir-Kaya"
	for _, e := range directoryOf(t, path) {
		if e.ID == id && e != want {
			t.Errorf("entry %+v, want %+v", e, want)
		}
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "directory")
	if !strings.Contains(r.stdout, "Aylin Demir-Kaya") || !strings.Contains(r.stdout, "demir@kita.example") {
		t.Errorf("the listing does not show the correction:\n%s", r.stdout)
	}
}

func TestDirectoryEditRefusesWhatTheStoreWouldRefuse(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	saveTrackerCase(t, path)
	ids := directoryIDs(t, path)
	before := directoryOf(t, path)
	for name, tc := range map[string]struct {
		args []string
		code int
		want string
	}{
		"no field":     {[]string{ids["Aylin Demir"]}, ExitUsage, "Nothing to change"},
		"empty name":   {[]string{ids["Aylin Demir"], "--name", " "}, ExitFailure, "an entry needs a name"},
		"duplicate":    {[]string{ids["Aylin Demir"], "--name", "Jürgen Müller", "--institution", "Jugendamt Nord"}, ExitFailure, "already in the partner directory"},
		"unknown ID":   {[]string{"d999", "--phone", "1"}, ExitFailure, "no entry with the ID d999"},
		"missing ID":   {nil, ExitUsage, "ID is missing"},
		"unknown flag": {[]string{ids["Aylin Demir"], "--fax", "1"}, ExitUsage, "--fax"},
	} {
		t.Run(name, func(t *testing.T) {
			r := run(t, app, "", append([]string{"--lang", "en", "--db", path, "directory", "edit"}, tc.args...)...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tc.code, tc.want)
			}
			wantOneLine(t, r.stderr)
		})
	}
	after := directoryOf(t, path)
	if len(after) != len(before) {
		t.Fatalf("%d entries, want %d", len(after), len(before))
	}
	for i := range after {
		if after[i] != before[i] {
			t.Errorf("a refused edit changed %+v into %+v", before[i], after[i])
		}
	}
}

func TestDirectoryRemoveDeletesTheEntryOnly(t *testing.T) {
	app, _ := testApp(t)
	path := dbPath(t)
	prev := saveTrackerCase(t, path)
	id := directoryIDs(t, path)["Jürgen Müller"]
	r := run(t, app, "", "--lang", "de", "--db", path, "directory", "remove", id)
	if r.code != 0 || !strings.Contains(r.stdout, "Jürgen Müller (Jugendamt Nord)") {
		t.Fatalf("remove: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	wantOneLine(t, r.stdout)
	left := directoryOf(t, path)
	if len(left) != 1 || left[0].Name != "Aylin Demir" {
		t.Errorf("directory after remove: %+v", left)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Get(prev.ID)
	_ = s.Close()
	if err != nil || len(c.Participants) != 2 {
		t.Errorf("the conference lost its participants: %v", err)
	}
	r = run(t, app, "", "--lang", "en", "--db", path, "directory", "remove", id)
	if r.code != ExitFailure || !strings.Contains(r.stderr, "kofa directory --ids") {
		t.Errorf("second remove: exit %d, %q", r.code, r.stderr)
	}
	none := dbPath(t)
	r = run(t, app, "", "--lang", "en", "--db", none, "directory", "remove", "d1")
	if r.code != ExitFailure || !strings.Contains(r.stderr, "no entry with the ID d1") {
		t.Errorf("remove without a store: exit %d, %q", r.code, r.stderr)
	}
	if _, err := os.Stat(none); !os.IsNotExist(err) {
		t.Errorf("remove created a store: %v", err)
	}
}
