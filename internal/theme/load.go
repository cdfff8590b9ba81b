package theme

import (
	"bytes"
	"encoding/json"
	"errors"
	"image/color"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"kofa/internal/i18n"
	"kofa/themes"
)

// Theme is a validated set of semantic colours.
type Theme struct {
	// Name is the name the theme was loaded by (its file name without .json).
	Name string
	// Description is the file's own description; see Describe for the
	// translated text of built-in themes.
	Description string

	builtin bool
	values  map[Token]pair
}

type pair struct{ light, dark string }

// Names returns the names of the built-in themes, sorted.
func Names() []string {
	files, _ := fs.Glob(themes.FS, "*.json") // the pattern is valid
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = strings.TrimSuffix(f, ".json")
	}
	slices.Sort(names)
	return names
}

// Default returns the built-in theme for a fresh start: "monochrome" when
// the user asked for no colour (NO_COLOR), "default" otherwise.
func Default(noColor bool) *Theme {
	name := "default"
	if noColor {
		name = "monochrome"
	}
	t, err := Load(name, "")
	if err != nil {
		panic(err) // the built-in themes are checked by this package's tests
	}
	return t
}

// builtins holds the built-in themes once parsed (name to *Theme): kofa's
// command line checks the theme before it starts the app, which loads it
// again, and parsing one took about a tenth of a millisecond of the
// start-up. Load hands out copies; the colour values are never changed.
var builtins sync.Map

// Load returns the built-in theme called name or, if there is none, the
// file <userDir>/themes/<name>.json. Built-in names win, so a stray user
// file cannot break the default theme. Every failure is an *Error.
func Load(name, userDir string) (*Theme, error) {
	if !validName(name) {
		return nil, &Error{Name: name, Problems: []Problem{{Kind: ProblemBadName}}}
	}
	if t, ok := builtins.Load(name); ok {
		c := *t.(*Theme)
		return &c, nil
	}
	if data, err := fs.ReadFile(themes.FS, name+".json"); err == nil {
		t, err := parse(name, path.Join("themes", name+".json"), data)
		if t != nil {
			t.builtin = true
		}
		if err == nil {
			builtins.Store(name, t)
			c := *t
			return &c, nil
		}
		return t, err
	}
	dir := ""
	if userDir != "" {
		dir = filepath.Join(userDir, "themes")
		file := filepath.Join(dir, name+".json")
		data, err := os.ReadFile(file)
		if err == nil {
			return parse(name, file, data)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{Name: name, File: file, Problems: []Problem{{Kind: ProblemRead, Detail: err.Error()}}}
		}
	}
	return nil, &Error{Name: name, File: dir, Builtin: Names(), Problems: []Problem{{Kind: ProblemNotFound}}}
}

// validName keeps a name from reaching outside the themes folder.
func validName(name string) bool {
	if name == "" || len(name) > 64 {
		return false
	}
	for _, c := range name {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// themeFile is the shape of a theme file. Token values decode into a map so
// that misspelled tokens and variants can be reported instead of ignored.
type themeFile struct {
	Name        string                       `json:"name"`
	Description string                       `json:"description"`
	Tokens      map[string]map[string]string `json:"tokens"`
}

func parse(name, file string, data []byte) (*Theme, error) {
	fail := func(problems ...Problem) error {
		return &Error{Name: name, File: file, Problems: problems}
	}
	var doc themeFile
	if err := json.Unmarshal(data, &doc); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			// Offset counts the offending byte; point at it, not after it.
			line, col := position(data, syn.Offset-1)
			return nil, fail(Problem{Kind: ProblemSyntax, Line: line, Column: col, Detail: syn.Error()})
		case errors.As(err, &typ):
			line, col := position(data, typ.Offset)
			field := typ.Field
			if field == "" {
				field = "(" + typ.Value + ")"
			}
			return nil, fail(Problem{Kind: ProblemType, Line: line, Column: col, Token: field, Detail: typ.Value})
		default:
			return nil, fail(Problem{Kind: ProblemSyntax, Line: 1, Column: 1, Detail: err.Error()})
		}
	}

	var problems []Problem
	var top map[string]json.RawMessage
	_ = json.Unmarshal(data, &top) // cannot fail: the document decoded above
	for _, field := range slices.Sorted(maps.Keys(top)) {
		if field != "name" && field != "description" && field != "tokens" {
			problems = append(problems, Problem{Kind: ProblemUnknownField, Token: field})
		}
	}

	values := make(map[Token]pair, len(Tokens()))
	for _, tok := range slices.Sorted(maps.Keys(doc.Tokens)) {
		if !isToken(tok) {
			problems = append(problems, Problem{Kind: ProblemUnknownToken, Token: tok})
			continue
		}
		variants := doc.Tokens[tok]
		for _, v := range slices.Sorted(maps.Keys(variants)) {
			if v != variantLight && v != variantDark {
				problems = append(problems, Problem{Kind: ProblemUnknownVariant, Token: tok, Variant: v})
			}
		}
		for _, v := range []string{variantLight, variantDark} {
			value, ok := variants[v]
			switch {
			case !ok:
				problems = append(problems, Problem{Kind: ProblemMissingVariant, Token: tok, Variant: v})
			case !isColor(value):
				problems = append(problems, Problem{Kind: ProblemBadColor, Token: tok, Variant: v, Detail: value})
			}
		}
		values[Token(tok)] = pair{light: variants[variantLight], dark: variants[variantDark]}
	}
	for _, tok := range Tokens() {
		if _, ok := doc.Tokens[string(tok)]; !ok {
			problems = append(problems, Problem{Kind: ProblemMissingToken, Token: string(tok)})
		}
	}
	if len(problems) > 0 {
		return nil, fail(problems...)
	}
	return &Theme{Name: name, Description: doc.Description, values: values}, nil
}

// Color returns the token's colour for a dark or light terminal background,
// or lipgloss.NoColor{} when the theme leaves it to the terminal.
func (t *Theme) Color(tok Token, isDark bool) color.Color {
	p := t.values[tok]
	value := p.light
	if isDark {
		value = p.dark
	}
	if value == "" {
		return lipgloss.NoColor{}
	}
	return lipgloss.Color(value)
}

// HasColor reports whether the token has a colour for that background.
func (t *Theme) HasColor(tok Token, isDark bool) bool {
	_, none := t.Color(tok, isDark).(lipgloss.NoColor)
	return !none
}

// Describe returns a one-line description in the catalogue's language for a
// built-in theme, and the file's own description for a user theme.
func (t *Theme) Describe(c *i18n.Messages) string {
	if key := "theme.builtin." + t.Name; t.builtin && c.Has(key) {
		return c.T(key)
	}
	return t.Description
}

// position converts a byte offset into a 1-based line and column.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}
