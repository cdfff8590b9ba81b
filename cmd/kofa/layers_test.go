package main

import (
	"os/exec"
	"strings"
	"testing"
)

// layers lists, for each package (and those below it), the packages of
// kofa it must not depend on: the domain knows nothing of the terminal,
// the store or the command line; the store nothing of the terminal; the
// command line and the terminal app nothing of each other (this package
// joins them).
var layers = map[string][]string{
	"kofa/internal/conference": {"kofa/internal/tui", "kofa/internal/store", "kofa/internal/cli", "kofa/internal/export"},
	"kofa/internal/export":     {"kofa/internal/tui", "kofa/internal/store", "kofa/internal/cli"},
	"kofa/internal/store":      {"kofa/internal/tui", "kofa/internal/cli"},
	"kofa/internal/tui":        {"kofa/internal/cli"},
	"kofa/internal/cli":        {"kofa/internal/tui"},
}

func TestLayersDependOnlyDownwards(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-f", `{{.ImportPath}} {{join .Deps " "}}`, "kofa/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	checked := 0
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pkg, deps := fields[0], fields[1:]
		for top, forbidden := range layers {
			if pkg != top && !strings.HasPrefix(pkg, top+"/") {
				continue
			}
			checked++
			for _, dep := range deps {
				for _, f := range forbidden {
					if dep == f || strings.HasPrefix(dep, f+"/") {
						t.Errorf("%s depends on %s", pkg, dep)
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d packages checked", checked)
	}
}
