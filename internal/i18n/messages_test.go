package i18n

import (
	"maps"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedCataloguesLoad(t *testing.T) {
	for _, l := range Langs() {
		msgs, err := loaders[l]()
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if len(msgs) == 0 {
			t.Fatalf("%s: empty catalogue", l)
		}
	}
}

func TestTRendersTextAndArguments(t *testing.T) {
	de, en := New(DE), New(EN)
	if got := de.T("common.saved"); got != "gespeichert" {
		t.Errorf("de common.saved = %q", got)
	}
	if got := en.T("common.not_saved"); got != "NOT SAVED" {
		t.Errorf("en common.not_saved = %q", got)
	}
	if got := en.T("common.too_small", 80, 24); !strings.Contains(got, "80×24") {
		t.Errorf("en common.too_small = %q, want the size 80×24 in it", got)
	}
}

func TestMissingKeyIsObvious(t *testing.T) {
	c := New(EN)
	if got := c.T("no.such.key"); got != "!no.such.key!" {
		t.Errorf("T(missing) = %q", got)
	}
	if got := c.T("no.such.key", 1, "x"); got != "!no.such.key!" {
		t.Errorf("T(missing, args) = %q", got)
	}
	if c.Has("no.such.key") {
		t.Error("Has(missing) = true")
	}
	if !c.Has("common.saved") {
		t.Error("Has(common.saved) = false")
	}
}

func TestNewFallsBackToGerman(t *testing.T) {
	c := New(Lang("fr"))
	if c.Lang() != DE {
		t.Errorf("Lang() = %q, want de", c.Lang())
	}
	if got := c.T("common.yes"); got != "Ja" {
		t.Errorf("T(common.yes) = %q, want Ja", got)
	}
	if New(EN).Lang() != EN {
		t.Error("New(EN).Lang() != EN")
	}
}

func TestLoadMergesAreaFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/de/a.json": {Data: []byte(`{"a.one": "eins"}`)},
		"locales/de/b.json": {Data: []byte(`{"b.two": "zwei", "b.three": "drei"}`)},
	}
	msgs, err := loadLang(fsys, DE)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 3 || msgs["a.one"] != "eins" || msgs["b.three"] != "drei" {
		t.Errorf("merged = %v", msgs)
	}
}

func TestLoadRejectsKeyDefinedTwice(t *testing.T) {
	cases := map[string]fstest.MapFS{
		"across area files": {
			"locales/de/a.json": {Data: []byte(`{"x.key": "eins"}`)},
			"locales/de/b.json": {Data: []byte(`{"x.key": "zwei"}`)},
		},
		"within one file": {
			"locales/de/a.json": {Data: []byte(`{"x.key": "eins", "x.key": "zwei"}`)},
		},
	}
	for name, fsys := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := loadLang(fsys, DE)
			if err == nil || !strings.Contains(err.Error(), `"x.key"`) {
				t.Fatalf("err = %v, want an error naming x.key", err)
			}
		})
	}
}

func TestLoadReportsBrokenFileWithPosition(t *testing.T) {
	cases := map[string]struct {
		data string
		want string
	}{
		"syntax error":      {"{\n  \"a.x\": \"eins\",\n  \"a.y\" \"zwei\"\n}", "locales/de/a.json: 3:"},
		"non-string value":  {"{\n  \"a.x\": 3\n}", "locales/de/a.json: 2:"},
		"nested object":     {"{\"a.x\": {\"b\": \"c\"}}", `value of "a.x" must be a string`},
		"not an object":     {`["a"]`, `expected "{"`},
		"trailing garbage":  {`{"a.x": "y"} {}`, "unexpected data"},
		"truncated file":    {`{"a.x": "y"`, "locales/de/a.json"},
		"no files for lang": {"", "no catalogue files"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tc.data != "" {
				fsys["locales/de/a.json"] = &fstest.MapFile{Data: []byte(tc.data)}
			}
			_, err := loadLang(fsys, DE)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestPositionCountsLinesAndRunes(t *testing.T) {
	data := []byte("ab\nüx\n")
	line, col := position(data, int64(len("ab\nü")))
	if line != 2 || col != 2 {
		t.Errorf("position = %d:%d, want 2:2", line, col)
	}
}

func BenchmarkNewAndT(b *testing.B) {
	for b.Loop() {
		c := New(DE)
		_ = c.T("common.too_small", 80, 24)
	}
}

// BenchmarkLoadCatalogue measures the one-time parse New pays at startup.
func BenchmarkLoadCatalogue(b *testing.B) {
	for b.Loop() {
		if _, err := loadLang(locales, DE); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEmbeddedCataloguesPassTheStrictLoad: New parses the embedded files
// with loadLangFast, which does not see a key repeated within one file;
// the strict loadLang checks them here, and both give the same messages.
func TestEmbeddedCataloguesPassTheStrictLoad(t *testing.T) {
	for _, l := range Langs() {
		strict, err := loadLang(locales, l)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		fast, err := loadLangFast(locales, l)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if !maps.Equal(strict, fast) {
			t.Errorf("%s: the fast load differs from the strict one", l)
		}
	}
}

func TestFastLoadRejectsAKeyInTwoFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/de/a.json": {Data: []byte(`{"x.key": "eins"}`)},
		"locales/de/b.json": {Data: []byte(`{"x.key": "zwei"}`)},
	}
	if _, err := loadLangFast(fsys, DE); err == nil || !strings.Contains(err.Error(), `"x.key"`) {
		t.Fatalf("err = %v, want an error naming x.key", err)
	}
}

func BenchmarkLoadCatalogueFast(b *testing.B) {
	for b.Loop() {
		if _, err := loadLangFast(locales, DE); err != nil {
			b.Fatal(err)
		}
	}
}
