package i18n

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// literalT matches calls like c.T("area.key" or tr.T( "area.key", ...),
// and the same calls of N.
var literalT = regexp.MustCompile(`\.[TN]\(\s*"([^"\\]+)"`)

// TestKeysUsedInCodeExist scans the program's Go sources for T and N calls
// with a literal key and checks that both languages define it. It catches
// a typo or a forgotten translation in any package, not only this one.
func TestKeysUsedInCodeExist(t *testing.T) {
	de, en := mustLoad(t, DE), mustLoad(t, EN)
	found := 0
	eachLiteralKey(t, literalT, func(at, key string) {
		found++
		if _, ok := de[key]; !ok {
			t.Errorf("%s: key %q is missing in de", at, key)
		}
		if _, ok := en[key]; !ok {
			t.Errorf("%s: key %q is missing in en", at, key)
		}
	})
	t.Logf("checked %d literal keys", found)
}

// eachLiteralKey calls fn with the place ("file:line") and the key of
// every match of call (its first group is the key) in the program's Go
// sources, tests left out.
func eachLiteralKey(t *testing.T, call *regexp.Regexp, fn func(at, key string)) {
	t.Helper()
	root := moduleRoot(t)
	for _, top := range []string{"internal", "cmd"} {
		dir := filepath.Join(root, top)
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			continue
		}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "testdata" {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			for _, m := range call.FindAllSubmatchIndex(src, -1) {
				line := 1 + strings.Count(string(src[:m[0]]), "\n")
				fn(fmt.Sprintf("%s:%d", rel, line), string(src[m[2]:m[3]]))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// moduleRoot walks up from the package directory to the folder holding
// go.mod, so the test needs neither the go tool nor a fixed depth.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

func TestLiteralTPattern(t *testing.T) {
	src := `a := c.T("common.saved"); b := m.tr.T( "x.y", n); d := c.T(key); e := c.T("bad\"q"); f := tr.N("n.k", n, n)`
	var got []string
	for _, m := range literalT.FindAllStringSubmatch(src, -1) {
		got = append(got, m[1])
	}
	if strings.Join(got, ",") != "common.saved,x.y,n.k" {
		t.Errorf("matched %v, want [common.saved x.y n.k]", got)
	}
}
