package directory

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestCSVRoundTrip(t *testing.T) {
	in := []Entry{
		{ID: "d1", Name: "Jürgen Müller", Institution: "Jugendamt Nord, ASD", Discipline: "Sozialarbeit", Phone: "+49 30 1234", Email: "j.mueller@example.org"},
		{ID: "d2", Name: `Aylin "Ayla" Demir`, Institution: "Kita Sonnenblume"},
		{ID: "d3", Name: "Dr. Jonas Weber", Discipline: "Kinder-; Jugendarzt"},
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, in, CSVFormat{}); err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(buf.String(), "\n"); first != "name,institution,discipline,phone,email" {
		t.Errorf("header %q", first)
	}
	if strings.Contains(buf.String(), "d1") {
		t.Error("IDs were exported")
	}
	out, err := ReadCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(in)
	for i := range want {
		want[i].ID = ""
	}
	if !slices.Equal(out, want) {
		t.Errorf("round trip:\n got  %+v\n want %+v", out, want)
	}
}

func TestReadCSVAcceptsSpreadsheetFiles(t *testing.T) {
	in := "\uFEFFName;Institution;Discipline;Phone;Email\r\nHeike Mueller;Grundschule Am Hang;;;\r\n\r\nThomas Groß;Polizei;;110;\r\n"
	out, err := ReadCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{Name: "Heike Mueller", Institution: "Grundschule Am Hang"}, {Name: "Thomas Groß", Institution: "Polizei", Phone: "110"}}
	if !slices.Equal(out, want) {
		t.Errorf("got %+v", out)
	}
}

func TestReadCSVRefusesBadFilesWithTheLine(t *testing.T) {
	const header = "name,institution,discipline,phone,email\n"
	for _, c := range []struct {
		name, in string
		line     int
		msg      string
	}{
		{"empty", "", 1, CSVEmpty},
		{"wrong header", "Name,Einrichtung\nA,B\n", 1, CSVBadHeader},
		{"too few columns", header + "A,B,C,D,E\nF,G\n", 3, CSVFieldCount},
		{"too many columns", header + "A,B,C,D,E,F\n", 2, CSVFieldCount},
		{"no name", header + "A,,,,\n ,Kita,,,\n", 3, CSVNameMissing},
		{"bare quote", header + "A,,,,\nB,\"Kita,,,\n", 3, CSVMalformed},
		{"escape sequence", header + "A,,,,\nB\x1b[31m,,,,\n", 3, CSVNotText},
		{"not UTF-8", header + "A,,,,\nM\xfcller,,,,\n", 3, CSVNotText},
		{"field too long", header + strings.Repeat("x", 501) + ",,,,\n", 2, CSVTooLong},
	} {
		out, err := ReadCSV(strings.NewReader(c.in))
		ce, ok := errors.AsType[*CSVError](err)
		if !ok || ce.Line != c.line || ce.Msg != c.msg {
			t.Errorf("%s: %v, want line %d %s", c.name, err, c.line, c.msg)
		}
		if out != nil {
			t.Errorf("%s: entries returned with an error: %+v", c.name, out)
		}
	}
}

func TestMergeAddsAndCompletesButNeverRemoves(t *testing.T) {
	existing := []Entry{
		{ID: "d1", Name: "Jürgen Müller", Institution: "Jugendamt Nord", Phone: "1"},
		{ID: "d2", Name: "Aylin Demir", Institution: "Kita Sonnenblume"},
	}
	incoming := []Entry{
		{Name: "juergen mueller", Institution: "jugendamt nord", Email: "j@example.org"},
		{Name: "Aylin Demir", Institution: "Kita Sonnenblume"},
		{Name: "Thomas Groß", Institution: "Polizei"},
		{Name: "Thomas Gross", Institution: "polizei", Phone: "110"},
	}
	merged, rep := Merge(existing, incoming, false)
	want := []Entry{
		{ID: "d1", Name: "Jürgen Müller", Institution: "Jugendamt Nord", Phone: "1", Email: "j@example.org"},
		{ID: "d2", Name: "Aylin Demir", Institution: "Kita Sonnenblume"},
		{Name: "Thomas Groß", Institution: "Polizei", Phone: "110"},
	}
	if !slices.Equal(merged, want) || rep.Added != 1 || rep.Updated != 1 || rep.Unchanged != 1 || rep.Conflicting != 0 {
		t.Errorf("merged %+v, report %+v", merged, rep)
	}
	if existing[0].Email != "" {
		t.Error("Merge changed its input")
	}
}

func TestMergeLeavesADifferingFieldUnlessAskedToUpdate(t *testing.T) {
	existing := []Entry{{ID: "d1", Name: "Petra Albers", Institution: "Jugendamt", Phone: "123-4567"}}
	incoming := []Entry{{Name: "Petra Albers", Institution: "Jugendamt", Phone: "0511 000-0", Email: "p@example.org"}}
	merged, rep := Merge(existing, incoming, false)
	want := Entry{ID: "d1", Name: "Petra Albers", Institution: "Jugendamt", Phone: "123-4567", Email: "p@example.org"}
	if merged[0] != want || rep.Conflicting != 1 || rep.Updated != 0 {
		t.Errorf("without update: %+v, %+v", merged[0], rep)
	}
	if len(rep.Conflicts) != 1 || !slices.Equal(rep.Conflicts[0].Fields, []Field{FieldPhone}) || rep.Conflicts[0].Existing.Phone != "123-4567" {
		t.Errorf("conflicts %+v", rep.Conflicts)
	}
	merged, rep = Merge(existing, incoming, true)
	want.Phone = "0511 000-0"
	if merged[0] != want || rep.Conflicting != 0 || rep.Updated != 1 || len(rep.Conflicts) != 1 {
		t.Errorf("with update: %+v, %+v", merged[0], rep)
	}
}

func TestGermanCSVRoundTrip(t *testing.T) {
	in := []Entry{{Name: "Jürgen Müller", Institution: "Jugendamt Nord; ASD", Phone: "0511"}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, in, GermanCSV); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "\uFEFFName;Einrichtung;Profession;Telefon;E-Mail\n") {
		t.Errorf("German file starts %q", buf.String())
	}
	out, err := ReadCSV(&buf)
	if err != nil || !slices.Equal(out, in) {
		t.Errorf("round trip: %+v, %v", out, err)
	}
}

func TestSortKeyOrdersBySurname(t *testing.T) {
	names := []string{"Jürgen Müller", "Petra Albers", "Dr. Jonas Weber", "Mueller, Anna", "Aylin Demir", "Cher"}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(SortKey(a), SortKey(b)) })
	want := []string{"Petra Albers", "Cher", "Aylin Demir", "Mueller, Anna", "Jürgen Müller", "Dr. Jonas Weber"}
	if !slices.Equal(names, want) {
		t.Errorf("order %q, want %q", names, want)
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add("name,institution,discipline,phone,email\nA,B,C,D,E\n")
	f.Add("name;institution;discipline;phone;email\n\"A;\";B;;;\n")
	f.Fuzz(func(t *testing.T, in string) {
		out, err := ReadCSV(strings.NewReader(in))
		if err != nil {
			if out != nil {
				t.Fatal("entries with an error")
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteCSV(&buf, out, GermanCSV); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCSV(&buf)
		if err != nil || !slices.Equal(again, out) {
			t.Fatalf("re-read of written entries: %v\n%+v\n%+v", err, out, again)
		}
	})
}
