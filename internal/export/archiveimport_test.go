package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// TestTypeErrorsSayWhatWasExpected: "[]" gave "Wrong type of value at
// line 1, column 2 (field )". The message names what the archive needs
// there and what the file has, at the start of that value.
func TestTypeErrorsSayWhatWasExpected(t *testing.T) {
	good := string(mustEncode(t, sampleArchive(t)))
	for _, c := range []struct {
		name, data string
		line, col  int
		en, de     string
	}{
		{"a list", "[]", 1, 1,
			"Line 1, column 1: expected an archive object {…} with \"format\": \"kofa-archive\", found a list […].",
			"Zeile 1, Spalte 1: Erwartet: ein Archiv-Objekt {…} mit \"format\": \"kofa-archive\"; gefunden: eine Liste […]."},
		{"a text", "\n  \"kofa\"", 2, 3,
			"Line 2, column 3: expected an archive object {…} with \"format\": \"kofa-archive\", found a text in quotes.", ""},
		{"a number", "42", 1, 1, "found a number", ""},
		{"the version as text", `{"format": "kofa-archive", "version": "1"}`, 1, 39,
			"Line 1, column 39, field version: expected a number, found a text in quotes.",
			"Zeile 1, Spalte 39, Feld version: Erwartet: eine Zahl; gefunden: ein Text in Anführungszeichen."},
		{"conferences as an object", `{"format": "kofa-archive", "version": 1, "conferences": {}}`, 1, 57,
			"field conferences: expected a list […], found an object {…}.", ""},
		{"a conference as a list", `{"format": "kofa-archive", "version": 1, "conferences": [[]]}`, 1, 58,
			"conference 1: expected an object {…}, found a list […].", ""},
		{"a case code as a number", strings.Replace(good, `"case_code": "K-2026-117"`, `"case_code": 117`, 1), 0, 0,
			"conference 1, field conference.case_code: expected a text in quotes, found a number.",
			"Konferenz 1, Feld conference.case_code: Erwartet: ein Text in Anführungszeichen; gefunden: eine Zahl."},
	} {
		_, err := DecodeArchive([]byte(c.data))
		var e *ArchiveError
		if !errors.As(err, &e) || e.Problem != ProblemType {
			t.Errorf("%s: %v, want a type problem", c.name, err)
			continue
		}
		if c.line > 0 && (e.Line != c.line || e.Column != c.col) {
			t.Errorf("%s: line %d, column %d, want %d, %d", c.name, e.Line, e.Column, c.line, c.col)
		}
		if msg := e.Message(i18n.New(i18n.EN)); !strings.Contains(msg, c.en) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.en)
		}
		if msg := e.Message(i18n.New(i18n.DE)); c.de != "" && !strings.Contains(msg, c.de) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.de)
		}
	}
}

func TestArchiveWithAByteOrderMarkIsRead(t *testing.T) {
	data := mustEncode(t, sampleArchive(t))
	a, err := DecodeArchive(append([]byte("\uFEFF"), data...))
	if err != nil {
		t.Fatalf("a byte-order mark before a valid archive: %v", err)
	}
	if again := mustEncode(t, a); !bytes.Equal(again, data) {
		t.Errorf("the archive read after a byte-order mark differs:\n%s", firstDifference(again, data))
	}
	_, err = DecodeArchive([]byte("\uFEFF[]"))
	var e *ArchiveError
	if !errors.As(err, &e) || e.Line != 1 || e.Column != 1 {
		t.Errorf("positions after a byte-order mark: %v", err)
	}
}

// TestImportedTextIsWhatTypingMakes: an archive can carry what no typing
// produces, a name of 10,000 characters, line breaks and escape sequences
// in names and case codes. They arrive as typing would have left them,
// and an archive kofa wrote arrives unchanged.
func TestImportedTextIsWhatTypingMakes(t *testing.T) {
	a := sampleArchive(t)
	c := a.Conferences[0].Conference
	c.CaseCode = "K-2026\x1b[31m-117\nzweite Zeile"
	c.Participants[0].Name = strings.Repeat("Petra ", 2000)
	c.Participants[1].Institution = "Kita\u202e Sonnenblume\u009b2J"
	c.Facts = "Absatz eins\x1b]52;c;Z2VoZWlt\a\n\nAbsatz zwei"
	a.Conferences[0].Audit[1].Path = "actions/a12\x1b[2J"
	got, err := DecodeArchive(mustEncode(t, a))
	if err != nil {
		t.Fatal(err)
	}
	g := got.Conferences[0].Conference
	if g.CaseCode != "K-2026-117 zweite Zeile" {
		t.Errorf("case code %q", g.CaseCode)
	}
	if n := g.Participants[0].Name; len(n) > sanitize.MaxLine || !strings.HasPrefix(n, "Petra Petra") || strings.HasSuffix(n, " ") {
		t.Errorf("a 12,000-byte name became %d bytes: %q…", len(n), n[:min(len(n), 40)])
	}
	if g.Participants[1].Institution != "Kita Sonnenblume" || g.Facts != "Absatz eins\n\nAbsatz zwei" {
		t.Errorf("institution %q, facts %q", g.Participants[1].Institution, g.Facts)
	}
	if p := got.Conferences[0].Audit[1].Path; p != "actions/a12" {
		t.Errorf("audit path %q", p)
	}
	if got.Cleaned != 5 {
		t.Errorf("Cleaned = %d, want 5", got.Cleaned)
	}
	if name := FileName(g, VariantFull); name != "2026-11-23_K-2026-117-zweite-Zeile.md" {
		t.Errorf("file name %q", name)
	}

	own, err := DecodeArchive(mustEncode(t, sampleArchive(t)))
	if err != nil || own.Cleaned != 0 {
		t.Errorf("an archive kofa wrote: %d texts changed (%v)", own.Cleaned, err)
	}
}
