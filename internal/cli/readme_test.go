package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The README promises what kofa does and names the test that keeps each
// promise. A renamed or deleted test would leave a promise nobody checks, so
// every test, fuzz target and benchmark the README names must exist.
func TestEveryTestTheReadmeNamesExists(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile("`((?:Test|Fuzz|Benchmark)[A-Z][A-Za-z0-9_]*)\\*?`").FindAllStringSubmatch(string(readme), -1)
	if len(named) < 20 {
		t.Fatalf("the README names only %d tests; the promises section should name many more", len(named))
	}
	var sources strings.Builder
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, "_test.go") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			sources.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	all := sources.String()
	for _, m := range named {
		name := m[1]
		// "TestRestore*" names a family of tests: one of them must exist.
		family := strings.HasSuffix(m[0], "*`")
		if family && strings.Contains(all, "func "+name) {
			continue
		}
		if !family && strings.Contains(all, "func "+name+"(") {
			continue
		}
		t.Errorf("the README names %s, but no test of that name exists", m[0])
	}
}
