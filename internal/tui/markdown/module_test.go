package markdown

import (
	"os"
	"strings"
	"testing"
)

// TestNoGlamourInTheModule: glamour and what it brought (chroma's lexers,
// bluemonday) cost the first frame 19 ms of package initialisation and
// are replaced by this package. The module's go.mod and go.sum list every
// module of the build graph, so none of them may come back there, not even
// as an indirect dependency of another module (go mod why -m would then
// find it).
func TestNoGlamourInTheModule(t *testing.T) {
	t.Parallel()
	gone := []string{"charm.land/glamour", "github.com/charmbracelet/glamour", "github.com/alecthomas/chroma",
		"github.com/microcosm-cc/bluemonday"}
	for _, file := range []string{"../../../go.mod", "../../../go.sum"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			for _, mod := range gone {
				if strings.Contains(line, mod) {
					t.Errorf("%s:%d needs %s again: %s", file, i+1, mod, strings.TrimSpace(line))
				}
			}
		}
	}
}
