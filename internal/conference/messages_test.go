package conference

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEveryValidationKeyHasATextInBothLanguages reads the Key* constants
// from the files with validation rules (validationFiles), so a key added there without its texts fails here, and
// checks that each text has one %s per argument the code passes.
func TestEveryValidationKeyHasATextInBothLanguages(t *testing.T) {
	keys, argCounts := validationKeys(t)
	if len(keys) < 40 {
		t.Fatalf("found only %d Key constants in validate.go; is the parser looking at the right file?", len(keys))
	}
	verb := regexp.MustCompile(`%[^%]`)
	for _, lang := range []string{"de", "en"} {
		texts := readLocale(t, lang)
		for name, key := range keys {
			text, ok := texts[key]
			if !ok || strings.TrimSpace(text) == "" {
				t.Errorf("%s: no text for %s (%q)", lang, name, key)
				continue
			}
			verbs := verb.FindAllString(strings.ReplaceAll(text, "%%", ""), -1)
			if len(verbs) != argCounts[key] {
				t.Errorf("%s %q: %d placeholders, but the code passes %d arguments", lang, key, len(verbs), argCounts[key])
			}
			for _, v := range verbs {
				if v != "%s" {
					t.Errorf("%s %q: placeholder %s, want %%s (arguments are strings)", lang, key, v)
				}
			}
		}
	}
}

// validationFiles are the files that hold validation rules and their keys.
var validationFiles = []string{"validate.go", "family.go", "validate_legal.go", "carers.go", "reporter.go", "distribution.go"}

// validationKeys returns the Key* constants of validationFiles (name →
// key) and, per key, how many message arguments the code passes with it.
func validationKeys(t *testing.T) (map[string]string, map[string]int) {
	t.Helper()
	keys := map[string]string{}
	argCounts := map[string]int{}
	for _, name := range validationFiles {
		fileKeys(t, name, keys, argCounts)
	}
	return keys, argCounts
}

func fileKeys(t *testing.T, name string, keys map[string]string, argCounts map[string]int) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if !strings.HasPrefix(name.Name, "Key") || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				keys[name.Name] = s
			}
		}
	}
	// v.add(path, KeyX, args...): everything after the key is an argument.
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) < 3 {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "add" {
			if id, ok := call.Args[1].(*ast.Ident); ok {
				argCounts[keys[id.Name]] = len(call.Args) - 2
			}
		}
		return true
	})
}

// readLocale reads every area file of lang into one map.
func readLocale(t *testing.T, lang string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "i18n", "locales", lang, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no locale files for %s: %v", lang, err)
	}
	texts := map[string]string{}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var area map[string]string
		if err := json.Unmarshal(data, &area); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		maps.Copy(texts, area)
	}
	return texts
}
