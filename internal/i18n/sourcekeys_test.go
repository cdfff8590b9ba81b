package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// literalT matches calls like c.T("area.key" or tr.T( "area.key", ...).
var literalT = regexp.MustCompile(`\.T\(\s*"([^"\\]+)"`)

// TestKeysUsedInCodeExist scans the program's Go sources for T calls with a
// literal key and checks that both languages define it. It catches a typo
// or a forgotten translation in any package, not only this one.
func TestKeysUsedInCodeExist(t *testing.T) {
	root := moduleRoot(t)
	de, en := mustLoad(t, DE), mustLoad(t, EN)
	found := 0
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
			for _, m := range literalT.FindAllSubmatchIndex(src, -1) {
				key := string(src[m[2]:m[3]])
				line := 1 + strings.Count(string(src[:m[0]]), "\n")
				found++
				if _, ok := de[key]; !ok {
					t.Errorf("%s:%d: key %q is missing in de", rel, line, key)
				}
				if _, ok := en[key]; !ok {
					t.Errorf("%s:%d: key %q is missing in en", rel, line, key)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("checked %d literal keys", found)
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
	src := `a := c.T("common.saved"); b := m.tr.T( "x.y", n); d := c.T(key); e := c.T("bad\"q")`
	var got []string
	for _, m := range literalT.FindAllStringSubmatch(src, -1) {
		got = append(got, m[1])
	}
	if strings.Join(got, ",") != "common.saved,x.y" {
		t.Errorf("matched %v, want [common.saved x.y]", got)
	}
}
