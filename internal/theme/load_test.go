package theme

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kofa/internal/i18n"
)

func TestBuiltinThemesLoadWithEveryToken(t *testing.T) {
	names := Names()
	for _, want := range []string{"default", "high-contrast", "light", "monochrome"} {
		if !slices.Contains(names, want) {
			t.Errorf("Names() = %v, missing %q", names, want)
		}
	}
	for _, name := range names {
		th, err := Load(name, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if th.Name != name {
			t.Errorf("%s: Name = %q", name, th.Name)
		}
		for _, tok := range Tokens() {
			if _, ok := th.values[tok]; !ok {
				t.Errorf("%s: token %s missing", name, tok)
			}
		}
	}
}

func TestBuiltinThemesHaveTranslatedDescriptions(t *testing.T) {
	for _, l := range i18n.Langs() {
		c := i18n.New(l)
		for _, name := range Names() {
			if !c.Has("theme.builtin." + name) {
				t.Errorf("%s: no description key theme.builtin.%s", l, name)
			}
		}
	}
	th, _ := Load("high-contrast", "")
	if got := th.Describe(i18n.New(i18n.DE)); !strings.Contains(got, "Beamer") {
		t.Errorf("German description = %q", got)
	}
}

func TestDefaultHonoursNoColor(t *testing.T) {
	if got := Default(false).Name; got != "default" {
		t.Errorf("Default(false) = %q", got)
	}
	if got := Default(true).Name; got != "monochrome" {
		t.Errorf("Default(true) = %q", got)
	}
}

func writeUserTheme(t *testing.T, name, body string) (userDir, file string) {
	t.Helper()
	userDir = t.TempDir()
	dir := filepath.Join(userDir, "themes")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(dir, name+".json")
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return userDir, file
}

// validBody returns a complete theme with every token set to one colour.
func validBody(override map[string]string) string {
	var b strings.Builder
	b.WriteString("{\n  \"name\": \"mine\",\n  \"description\": \"Meins\",\n  \"tokens\": {\n")
	for i, tok := range Tokens() {
		value, ok := override[string(tok)]
		if !ok {
			value = `{"light": "#123456", "dark": "#abc"}`
		}
		if value == "-" {
			continue
		}
		sep := ","
		if i == len(Tokens())-1 {
			sep = ""
		}
		b.WriteString("    \"" + string(tok) + "\": " + value + sep + "\n")
	}
	b.WriteString("  }\n}\n")
	return b.String()
}

func TestUserThemeLoads(t *testing.T) {
	userDir, _ := writeUserTheme(t, "mine", validBody(nil))
	th, err := Load("mine", userDir)
	if err != nil {
		t.Fatal(err)
	}
	if th.Name != "mine" || th.Describe(i18n.New(i18n.EN)) != "Meins" {
		t.Errorf("loaded %q / %q", th.Name, th.Description)
	}
	if !th.HasColor(TokenPrimary, true) {
		t.Error("primary has no colour")
	}
}

func TestBuiltinNameWinsOverUserFile(t *testing.T) {
	userDir, _ := writeUserTheme(t, "default", "not json at all")
	if _, err := Load("default", userDir); err != nil {
		t.Fatalf("a broken user file named default must not break the built-in: %v", err)
	}
}

func loadError(t *testing.T, name, userDir string) *Error {
	t.Helper()
	_, err := Load(name, userDir)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Load(%q) error = %v, want *Error", name, err)
	}
	return e
}

func TestBrokenUserThemeNamesFileLineAndColumn(t *testing.T) {
	body := "{\n  \"name\": \"mine\",\n  \"tokens\": {\n    \"primary\": {\"light\": \"#fff\" \"dark\": \"#000\"}\n  }\n}\n"
	userDir, file := writeUserTheme(t, "mine", body)
	e := loadError(t, "mine", userDir)
	msg := e.Error()
	if !strings.HasPrefix(msg, file+":4:33:") {
		t.Errorf("error = %q, want it to start with %s:4:33:", msg, file)
	}
	if de := e.Localize(i18n.New(i18n.DE)); !strings.Contains(de, "ungültiges JSON") || !strings.HasPrefix(de, file+":4:") {
		t.Errorf("German error = %q", de)
	}
}

func TestWrongTypeNamesFileLineAndField(t *testing.T) {
	body := validBody(map[string]string{"accent": `"#ffffff"`})
	userDir, file := writeUserTheme(t, "mine", body)
	msg := loadError(t, "mine", userDir).Error()
	if !strings.HasPrefix(msg, file+":6:") || !strings.Contains(msg, `"tokens" has the wrong type (found string)`) {
		t.Errorf("error = %q, want file:6:col and the wrong type", msg)
	}
}

func TestValidationNamesFileAndToken(t *testing.T) {
	cases := []struct {
		name     string
		override map[string]string
		extra    string // replaces the description line
		want     []string
	}{
		{"unknown token", map[string]string{"primary": "-", "speaker": `{"light": "#fff", "dark": "#000"}, "primry": {"light": "#fff", "dark": "#000"}`},
			"", []string{`unknown token "primry"`, `token "primary" is missing`}},
		{"missing token", map[string]string{"timer_over": "-"}, "", []string{`token "timer_over" is missing`}},
		{"bad hex", map[string]string{"error": `{"light": "#ff00zz", "dark": "red"}`}, "",
			[]string{`token "error" (light): "#ff00zz" is not a colour`, `token "error" (dark): "red" is not a colour`}},
		{"missing variant", map[string]string{"fg": `{"light": "#fff"}`}, "", []string{`token "fg": no value for "dark"`}},
		{"unknown variant", map[string]string{"fg": `{"light": "#fff", "dark": "#000", "dim": "#888"}`}, "",
			[]string{`token "fg": unknown variant "dim"`}},
		{"unknown field", nil, `  "colours": {},`, []string{`unknown field "colours"`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := validBody(tc.override)
			if tc.extra != "" {
				body = strings.Replace(body, `  "description": "Meins",`, tc.extra, 1)
			}
			userDir, file := writeUserTheme(t, "mine", body)
			e := loadError(t, "mine", userDir)
			if len(e.Problems) != len(tc.want) {
				t.Errorf("problems = %+v, want %d", e.Problems, len(tc.want))
			}
			lines := strings.Split(e.Error(), "\n")
			for _, want := range tc.want {
				if !slices.ContainsFunc(lines, func(l string) bool {
					return strings.HasPrefix(l, file+": ") && strings.Contains(l, want)
				}) {
					t.Errorf("error %q: no line with the file and %q", e.Error(), want)
				}
			}
		})
	}
}

func TestUnknownThemeListsBuiltinsAndFolder(t *testing.T) {
	userDir := t.TempDir()
	msg := loadError(t, "nope", userDir).Localize(i18n.New(i18n.DE))
	for _, want := range []string{"„nope“", "default, high-contrast, light, monochrome", filepath.Join(userDir, "themes")} {
		if !strings.Contains(msg, want) {
			t.Errorf("error = %q, want %q in it", msg, want)
		}
	}
}

func TestThemeNameCannotLeaveThemesFolder(t *testing.T) {
	userDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(userDir, "evil.json"), []byte(validBody(nil)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"../evil", "", "a/b", `a\b`, "x.json"} {
		e := loadError(t, name, userDir)
		if e.Problems[0].Kind != ProblemBadName {
			t.Errorf("%q: problem %+v, want ProblemBadName", name, e.Problems[0])
		}
	}
}

func TestUnreadableThemeIsReadError(t *testing.T) {
	userDir := t.TempDir()
	// A folder where the file should be cannot be read on any platform.
	if err := os.MkdirAll(filepath.Join(userDir, "themes", "mine.json"), 0o700); err != nil {
		t.Fatal(err)
	}
	e := loadError(t, "mine", userDir)
	if e.Problems[0].Kind != ProblemRead {
		t.Errorf("problem = %+v, want ProblemRead", e.Problems[0])
	}
}

func TestEveryProblemKindHasText(t *testing.T) {
	for _, l := range i18n.Langs() {
		c := i18n.New(l)
		for kind := ProblemSyntax; kind <= ProblemNotFound; kind++ {
			e := &Error{Name: "x", File: "f", Problems: []Problem{{Kind: kind}}}
			if got := e.Localize(c); strings.Contains(got, "!theme.") || strings.Contains(got, "%!") {
				t.Errorf("%s kind %d renders %q", l, kind, got)
			}
		}
	}
}

// A built-in theme is parsed once; every Load gets a copy of its own.
func TestBuiltinLoadsAreCopies(t *testing.T) {
	a, err := Load("default", "")
	if err != nil {
		t.Fatal(err)
	}
	a.Name, a.Description = "changed", "changed"
	b, err := Load("default", "")
	if err != nil {
		t.Fatal(err)
	}
	if b.Name != "default" || b.Description == "changed" || a == b {
		t.Errorf("the second load sees the first one's changes: %q %q", b.Name, b.Description)
	}
	for _, tok := range Tokens() {
		if a.Color(tok, true) != b.Color(tok, true) || a.Color(tok, false) != b.Color(tok, false) {
			t.Errorf("the two loads differ in %s", tok)
		}
	}
}
