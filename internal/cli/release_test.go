package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A binary built without -trimpath carries the folders of the machine that
// built it (the builder's home, the checkout) into every crash note. The
// README's build commands, the release build it shows and CI's
// cross-builds must all trim them (and CI's stay pure Go).
func TestReleaseBuildCommandsTrimPaths(t *testing.T) {
	t.Parallel()
	for _, file := range []string{"README.md", ".ci/run", "cmd/kofa/main.go"} {
		data, err := os.ReadFile(filepath.Join("..", "..", file))
		if err != nil {
			t.Fatal(err)
		}
		builds := 0
		for line := range strings.SplitSeq(string(data), "\n") {
			if !strings.Contains(line, "go build ") || !strings.Contains(line, "./cmd/kofa") {
				continue
			}
			builds++
			if !strings.Contains(line, " -trimpath ") {
				t.Errorf("%s: a build of kofa without -trimpath: %s", file, strings.TrimSpace(line))
			}
			if file == ".ci/run" && !strings.Contains(line, "CGO_ENABLED=0 ") {
				t.Errorf("%s: a cross-build that may link C: %s", file, strings.TrimSpace(line))
			}
		}
		if builds == 0 {
			t.Errorf("%s shows no build of kofa: the test checks nothing there", file)
		}
	}
}
