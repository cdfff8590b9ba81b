package i18n

import (
	"encoding/json"
	"io/fs"
	"maps"
	"strings"
	"testing"
	"testing/fstest"
)

// flatMap is what scanFlat reads, as a map (the last of a repeated key
// wins, as with json.Unmarshal).
func flatMap(data string) (map[string]string, bool) {
	pairs, ok := scanFlat(data, nil)
	m := map[string]string{}
	for _, p := range pairs {
		m[p[0]] = p[1]
	}
	return m, ok
}

// checkLikeJSON: where scanFlat reads data, it reads what json.Unmarshal
// reads; where it gives up, the fallback decides.
func checkLikeJSON(t *testing.T, data string) (read bool) {
	t.Helper()
	got, ok := flatMap(data)
	if !ok {
		return false
	}
	var want map[string]string
	if err := json.Unmarshal([]byte(data), &want); err != nil {
		t.Fatalf("scanFlat read %q, which json rejects: %v", data, err)
	}
	if !maps.Equal(got, want) {
		t.Fatalf("%q: scanFlat read %q, json %q", data, got, want)
	}
	return true
}

func TestScanFlatReadsTheEmbeddedFilesLikeJSON(t *testing.T) {
	files, err := fs.Glob(locales, "locales/*/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no message files: %v", err)
	}
	for _, name := range files {
		data, err := fs.ReadFile(locales, name)
		if err != nil {
			t.Fatal(err)
		}
		if !checkLikeJSON(t, string(data)) {
			t.Errorf("%s: scanFlat gave up; every start would pay for encoding/json", name)
		}
	}
}

func TestScanFlatEscapes(t *testing.T) {
	for _, data := range []string{
		`{}`, ` { } `,
		`{"a.b": "x", "c": ""}`,
		`{"q": "say \"hi\" \\ \/ \b\f\n\r\t"}`,
		`{"u": "\u00e4\u00DF \u20ac", "p": "\ud83d\ude00 after"}`,
		`{"umlaut": "Größe – “quotes” …"}`,
		"{\n\t\"k\" :\r\n \"v\" ,\n \"k2\":\"v2\"\n}\n",
		`{"dup": "first", "dup": "second"}`,
	} {
		if !checkLikeJSON(t, data) {
			t.Errorf("scanFlat gave up on %q", data)
		}
	}
}

// What scanFlat does not read it leaves to encoding/json: it never reads
// something else instead.
func TestScanFlatGivesUpOnWhatItDoesNotRead(t *testing.T) {
	for _, data := range []string{
		``, `[]`, `{`, `{"a"}`, `{"a": 1}`, `{"a": {"b": "c"}}`, `{"a": "b",}`, `{"a": "b"} x`,
		`{"a": "b" "c": "d"}`, "{\"a\": \"line\nbreak\"}", `{"a": "\x"}`, `{"a": "\u12"}`,
		`{"a": "\ud83d"}`, `{"a": "\ud83d\u0041"}`, `{"a": "\ude00"}`, "{\"a\": \"\xff\"}", `{"a": "unterminated`,
	} {
		if _, ok := flatMap(data); ok {
			t.Errorf("scanFlat read %q", data)
		}
	}
}

// A file scanFlat gives up on is read by encoding/json, without its pairs
// counting twice.
func TestFastLoadFallsBackToJSON(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/de/a.json": {Data: []byte(`{"x.one": "eins", "x.odd": "\ud83d\u0041"}`)},
		"locales/de/b.json": {Data: []byte(`{"x.two": "zwei"}`)},
	}
	msgs, err := loadLangFast(fsys, DE)
	if err != nil {
		t.Fatal(err)
	}
	if msgs["x.one"] != "eins" || msgs["x.two"] != "zwei" || !strings.HasSuffix(msgs["x.odd"], "A") {
		t.Errorf("msgs = %q", msgs)
	}
}

func FuzzScanFlat(f *testing.F) {
	f.Add(`{"a.b": "x \u00e4 \"q\"", "c": "\ud83d\ude00"}`)
	f.Add(`{"a": "\ud83d\u0041"}`)
	f.Fuzz(func(t *testing.T, data string) { checkLikeJSON(t, data) })
}

func TestHasControlFindsEveryControlByte(t *testing.T) {
	base := []byte("abcdefghijklmnopqrstuvw\u00e4\u00df")
	if hasControl(string(base)) {
		t.Fatalf("%q has no control byte", base)
	}
	for pos := range base {
		for _, c := range []byte{0x00, 0x01, 0x0a, 0x1f} {
			s := append([]byte(nil), base...)
			s[pos] = c
			if !hasControl(string(s)) {
				t.Errorf("byte %#x at %d not found in %q", c, pos, s)
			}
		}
		for _, c := range []byte{0x20, 0x7f, 0x80, 0xff} {
			s := append([]byte(nil), base...)
			s[pos] = c
			if hasControl(string(s)) {
				t.Errorf("byte %#x at %d taken for a control byte", c, pos)
			}
		}
	}
}
