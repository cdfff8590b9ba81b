package catalogue

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func writeUserFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustLoad(t *testing.T, content string) *Catalogue {
	t.Helper()
	c, err := Load(writeUserFile(t, content))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

func TestLoadWithoutUserFileGivesBuiltin(t *testing.T) {
	for _, path := range []string{"", filepath.Join(t.TempDir(), "missing.json")} {
		c, err := Load(path)
		if err != nil || c != Builtin() {
			t.Errorf("Load(%q) = %p, %v; want Builtin(), nil", path, c, err)
		}
	}
}

func TestLoadBlankFileOrBOMChangesNothing(t *testing.T) {
	for _, content := range []string{"", "  \n", "\uFEFF{}"} {
		c := mustLoad(t, content)
		if len(c.Institutions) != len(Builtin().Institutions) {
			t.Errorf("%q changed the institutions", content)
		}
	}
}

func TestLoadExtendAddsEntriesAndRelabelsKnownCodes(t *testing.T) {
	c := mustLoad(t, `{
  "institutions": [
    {"code": "jobcenter", "de": "Jobcenter", "en": "Job centre"},
    {"code": "asd", "de": "Jugendamt Musterstadt / ASD"}
  ]
}`)
	n := len(Builtin().Institutions)
	if len(c.Institutions) != n+1 {
		t.Fatalf("%d institutions, want %d", len(c.Institutions), n+1)
	}
	if last := c.Institutions[n]; last.Code != "jobcenter" || last.LabelIn(LangEN) != "Job centre" {
		t.Errorf("new entry = %+v, want jobcenter appended at the end", last)
	}
	asd := c.Institutions[0]
	if asd.Code != "asd" || asd.LabelIn(LangDE) != "Jugendamt Musterstadt / ASD" {
		t.Errorf("asd = %+v, want the German label replaced in place", asd)
	}
	if asd.LabelIn(LangEN) != "Youth-welfare office / ASD" || asd.HintIn(LangDE) == "" {
		t.Errorf("asd lost the English label or the hint it did not override: %+v", asd)
	}
}

func TestLoadDoesNotChangeBuiltin(t *testing.T) {
	mustLoad(t, `{
  "institutions": {"mode": "extend", "entries": [{"code": "asd", "de": "Anders", "en": "Other"}]},
  "risk_areas": [{"code": "care", "indicators": [{"code": "risk.care.extra", "de": "neu", "en": "new"}]}],
  "roles": {"mode": "replace", "entries": [{"code": "facilitator", "de": "Moderation", "en": "Facilitator"}]},
  "safety_scale": [{"value": 0, "de": "null", "en": "zero"}]
}`)
	b := Builtin()
	if b.Institutions[0].LabelIn(LangDE) != "Jugendamt / ASD" {
		t.Error("a user file changed the built-in label of asd")
	}
	if _, _, ok := b.Indicator("risk.care.extra"); ok {
		t.Error("a user file added an indicator to the built-in catalogue")
	}
	if len(b.Roles) != 8 {
		t.Errorf("built-in roles: %d, want 8", len(b.Roles))
	}
	if l, _ := b.SafetyScale.AnchorLabel(0, LangEN); l != "The child cannot stay at home." {
		t.Errorf("built-in anchor 0 = %q", l)
	}
}

func TestLoadReplaceKeepsOnlyTheFilesEntries(t *testing.T) {
	c := mustLoad(t, `{"protective_factors": {"mode": "replace", "entries": [
    {"code": "grandmother", "de": "Großmutter im Haus", "en": "Grandmother in the home"}
  ]}}`)
	if got := codesOf(c.ProtectiveFactors); !slices.Equal(got, []string{"grandmother"}) {
		t.Errorf("protective factors = %v", got)
	}
	if len(c.Institutions) != len(Builtin().Institutions) {
		t.Error("replacing one list touched another")
	}
}

func TestLoadIndicatorsExtendOrReplaceWithinAnArea(t *testing.T) {
	c := mustLoad(t, `{"risk_areas": [
    {"code": "care", "indicators": [{"code": "risk.care.no_bed", "de": "kein eigenes Bett", "en": "no bed of its own"}]},
    {"code": "youth", "indicators": {"mode": "replace", "entries": [{"code": "risk.youth.only", "de": "nur dies", "en": "only this"}]}},
    {"code": "media", "de": "Medien", "en": "Media", "indicators": [{"code": "risk.media.screen", "de": "Bildschirmzeit", "en": "screen time"}]}
  ]}`)
	care, _ := Find(c.RiskAreas, "care")
	if n, want := len(care.Indicators), len(mustFind(t, Builtin().RiskAreas, "care").Indicators)+1; n != want {
		t.Errorf("care has %d indicators, want %d", n, want)
	}
	if care.LabelIn(LangDE) != "Grundversorgung und Schutz" {
		t.Errorf("extending indicators changed the area label: %q", care.LabelIn(LangDE))
	}
	youth, _ := Find(c.RiskAreas, "youth")
	if got := codesOf(youth.Indicators); !slices.Equal(got, []string{"risk.youth.only"}) {
		t.Errorf("youth indicators = %v", got)
	}
	if area, _, ok := c.Indicator("risk.media.screen"); !ok || area.Code != "media" {
		t.Error("new area with its indicator not found")
	}
}

func mustFind(t *testing.T, list []Entry, code string) Entry {
	t.Helper()
	e, ok := Find(list, code)
	if !ok {
		t.Fatalf("%s not found", code)
	}
	return e
}

func TestLoadRelabelsFixedListsAndAnchors(t *testing.T) {
	c := mustLoad(t, `{
  "categories": [{"code": "latent", "de": "latente Gefährdung", "_comment": "kürzer"}],
  "safety_scale": [{"value": 5, "de": "halb", "en": "half way"}]
}`)
	if got := Label(c.Categories, "latent", LangDE); got != "latente Gefährdung" {
		t.Errorf("latent = %q", got)
	}
	if got := codesOf(c.Categories); !slices.Equal(got, codesOf(Builtin().Categories)) {
		t.Errorf("relabelling changed the codes or their order: %v", got)
	}
	var values []int
	for _, a := range c.SafetyScale.Anchors {
		values = append(values, a.Value)
	}
	if !slices.Equal(values, []int{0, 5, 10}) {
		t.Errorf("anchors = %v, want 0, 5, 10 in order", values)
	}
}

func TestLoadBrokenFileNamesFileAndLineAndFallsBack(t *testing.T) {
	tests := []struct {
		name     string
		content  string
		wantKey  string
		wantLine int
	}{
		{"trailing comma", "{\n  \"roles\": [\n    {\"code\": \"a\", \"de\": \"A\"},\n  ]\n}", keySyntax, 4},
		{"missing comma", "{\n  \"roles\": [\n    {\"code\": \"a\" \"de\": \"A\"}\n  ]\n}", keySyntax, 3},
		{"file ends early", "{\n  \"roles\": [\n    {\"code\": \"a\", \"de\": \"A\"}\n\n", keySyntaxEOF, 3},
		{"duplicate code", "{\n  \"roles\": [\n    {\"code\": \"a\", \"de\": \"A\"},\n    {\"code\": \"b\", \"de\": \"B\"},\n\n    {\"code\": \"a\", \"de\": \"A2\"}\n  ]\n}", keyDuplicateCode, 6},
		{"unknown catalogue", "{\n  \"roles\": [],\n  \"institutionen\": []\n}", keyUnknownCatalogue, 3},
		{"typo in field", "{\"roles\": [\n  {\"code\": \"a\",\n   \"lable\": \"A\"}\n]}", keyUnknownField, 3},
		{"family flag outside institutions", "{\"roles\": [\n  {\"code\": \"a\", \"de\": \"A\", \"family\": true}\n]}", keyUnknownField, 2},
		{"same key twice", "{\n\"roles\": [],\n\"roles\": []\n}", keyDuplicateKey, 3},
		{"bad mode", "{\"roles\": {\n  \"mode\": \"append\",\n  \"entries\": []}}", keyBadMode, 2},
		{"no label", "{\"roles\": [\n  {\"code\": \"a\", \"hint_de\": \"nur Hinweis\"}\n]}", keyLabelMissing, 2},
		{"no code", "{\"roles\": [\n\n  {\"de\": \"A\"}\n]}", keyCodeMissing, 3},
		{"code with upper case", "{\"roles\": [\n  {\"code\": \"Moderation\", \"de\": \"A\"}\n]}", keyCodeInvalid, 2},
		{"code with umlaut", "{\"roles\": [\n  {\"code\": \"prüfer\", \"de\": \"A\"}\n]}", keyCodeInvalid, 2},
		{"label is a number", "{\"roles\": [\n  {\"code\": \"a\",\n   \"de\": 3}\n]}", keyWantString, 3},
		{"escape sequence in label", "{\"roles\": [\n  {\"code\": \"a\", \"de\": \"\\u001b[31mrot\"}\n]}", keyTextControl, 2},
		{"replacing a fixed list", "{\"categories\": {\n  \"mode\": \"replace\", \"entries\": []}}", keyFixedReplace, 2},
		{"new code in a fixed list", "{\"severities\": [\n  {\"code\": \"terrible\", \"de\": \"furchtbar\"}\n]}", keyFixedNewCode, 2},
		{"empty replacement", "{\"roles\":\n  {\"mode\": \"replace\", \"entries\": []}}", keyEmptyList, 2},
		{"indicator under two areas", "{\"risk_areas\": [\n  {\"code\": \"youth\", \"indicators\": [\n    {\"code\": \"risk.care.food\", \"de\": \"x\"}]}\n]}", keyDuplicateCode, 3},
		{"anchor outside the scale", "{\"safety_scale\": [\n  {\"value\": 11, \"de\": \"elf\"}\n]}", keyAnchorRange, 2},
		{"anchor not whole", "{\"safety_scale\": [\n  {\"value\": 2.5, \"de\": \"x\"}\n]}", keyWantInteger, 2},
		{"top level is a list", "\n[]", keyWantObject, 2},
		{"list is a text", "{\n\"roles\": \"facilitator\"}", keyWantList, 2},
		{"bad provenance use", "{\"provenance\": [\n  {\"code\": \"observed\", \"for\": [\"minutes\"]}\n]}", keyBadFor, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeUserFile(t, tt.content)
			c, err := Load(path)
			if c != Builtin() {
				t.Error("a broken user file must give the built-in catalogue")
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want *FileError", err)
			}
			if fe.File != path || fe.Key != tt.wantKey || fe.Line != tt.wantLine {
				t.Errorf("got %s line %d key %s, want %s line %d key %s", fe.File, fe.Line, fe.Key, path, tt.wantLine, tt.wantKey)
			}
			if fe.Col < 1 {
				t.Errorf("column %d, want ≥ 1", fe.Col)
			}
			if msg := err.Error(); !strings.Contains(msg, path) || strings.Contains(msg, "%!") {
				t.Errorf("Error() = %q, want the path and a well-formed message", msg)
			}
		})
	}
}

func TestLoadErrorColumnCountsCharactersNotBytes(t *testing.T) {
	_, err := Load(writeUserFile(t, `{"roles": [{"code": "a", "de": "Übergänge", "x": 1}]}`))
	var fe *FileError
	if !errors.As(err, &fe) || fe.Line != 1 || fe.Col != 45 {
		t.Fatalf("err = %v, want line 1 column 45 (the key \"x\")", err)
	}
}

func TestLoadUnreadableFile(t *testing.T) {
	dir := t.TempDir() // a directory cannot be read as a file
	c, err := Load(dir)
	var fe *FileError
	if c != Builtin() || !errors.As(err, &fe) || fe.Key != keyRead || fe.Line != 0 {
		t.Fatalf("Load(dir) = %p, %v; want Builtin() and a read error without position", c, err)
	}
	if args := fe.Args(); len(args) != 1 || args[0] != dir {
		t.Errorf("Args() = %v, want only the file name", args)
	}
}

func TestLoadTooLargeFile(t *testing.T) {
	path := writeUserFile(t, "{\"_comment\": \""+strings.Repeat("x", maxFileSize)+"\"}")
	c, err := Load(path)
	var fe *FileError
	if c != Builtin() || !errors.As(err, &fe) || fe.Key != keyTooLarge {
		t.Fatalf("err = %v, want a too-large error", err)
	}
}

func TestFileErrorArgsMatchItsPosition(t *testing.T) {
	_, err := Load(writeUserFile(t, "{\n\"rollen\": []}"))
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatal(err)
	}
	args := fe.Args()
	if len(args) != 5 || args[1] != 2 || args[2] != 1 || args[3] != "rollen" {
		t.Errorf("Args() = %v, want file, line 2, column 1, name, known names", args)
	}
}

// FuzzParse feeds arbitrary files to the loader: it must never panic, and
// every error must point inside the file.
func FuzzParse(f *testing.F) {
	f.Add(BuiltinJSON())
	f.Add([]byte(`{"roles": {"mode": "replace", "entries": [{"code": "a", "de": "Ä"}]}}`))
	f.Add([]byte(`{"risk_areas": [{"code": "care", "indicators": [{"code": "x", "en": "y"}]}]}`))
	f.Add([]byte(`{"safety_scale": [{"value": 3, "de": "drei"}], "x": [1, 2,`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parse(Builtin(), data, false)
		if err != nil {
			fe := toFileError("f.json", data, err)
			if fe.Line < 1 || fe.Col < 1 {
				t.Fatalf("error without position: %+v", fe)
			}
			return
		}
		if len(c.Severities) != len(Builtin().Severities) {
			t.Fatal("a user file changed the number of severities")
		}
	})
}

// The built-in file is offered as the starting point of a user file, so it
// must load as one and change nothing.
func TestBuiltinFileWorksAsUserFile(t *testing.T) {
	c := mustLoad(t, string(BuiltinJSON()))
	b := Builtin()
	for name, list := range allLists(c) {
		if !slices.EqualFunc(list, allLists(b)[name], func(x, y Entry) bool {
			return x.Code == y.Code && x.Label == y.Label && x.Hint == y.Hint && x.Family == y.Family
		}) {
			t.Errorf("%s differs after loading the built-in file as a user file", name)
		}
	}
}
