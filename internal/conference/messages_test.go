package conference

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEveryValidationKeyHasATextInBothLanguages reads the Key* constants
// from validate.go, so a key added there without its texts fails here, and
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

// validationKeys returns the Key* constants of validate.go (name → key)
// and, per key, how many message arguments the code passes with it.
func validationKeys(t *testing.T) (map[string]string, map[string]int) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "validate.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
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
	argCounts := map[string]int{}
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
	return keys, argCounts
}

func readLocale(t *testing.T, lang string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "i18n", "locales", lang, "validation.json"))
	if err != nil {
		t.Fatal(err)
	}
	var texts map[string]string
	if err := json.Unmarshal(data, &texts); err != nil {
		t.Fatalf("%s/validation.json: %v", lang, err)
	}
	return texts
}
