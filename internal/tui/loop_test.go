package tui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/callgraph/cha"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// TestCloneIsNotReachableFromTheEventLoop proves that no Update, View or
// Init of the terminal app can reach conference.Clone (a deep copy by a
// JSON round trip: milliseconds and a megabyte for a large conference).
// Commits encode the conference once instead (store.Encoder), and the
// export preview decodes its snapshot off the loop.
//
// It builds kofa's own packages in SSA form and computes the call graph by
// class hierarchy analysis: every call through an interface may reach
// every method of that name on a type that implements it, and every call
// of a function value may reach every function of that signature. Library
// code is not analysed (it cannot call Clone but through kofa's code, which
// is). A command an Update returns runs off the loop, and is not followed
// unless something on the loop calls it.
func TestCloneIsNotReachableFromTheEventLoop(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the call graph of kofa")
	}
	prog := buildSSA(t, "kofa/cmd/...", "kofa/internal/...")
	var clone *ssa.Function
	var roots []*ssa.Function
	for fn := range ssautil.AllFunctions(prog) {
		if fn.Pkg == nil || fn.Signature.Recv() == nil {
			continue
		}
		path := fn.Pkg.Pkg.Path()
		switch {
		case path == "kofa/internal/conference" && fn.Name() == "Clone":
			clone = fn
		case strings.HasPrefix(path, "kofa/internal/tui") && (fn.Name() == "Update" || fn.Name() == "View" || fn.Name() == "Init"):
			roots = append(roots, fn)
		}
	}
	if clone == nil || len(roots) < 20 {
		t.Fatalf("found Clone %v and %d loop methods: the analysis no longer sees the code", clone != nil, len(roots))
	}
	cg := cha.CallGraph(prog)
	for _, root := range roots {
		if path := callgraph.PathSearch(cg.Nodes[root], func(n *callgraph.Node) bool { return n.Func == clone }); path != nil {
			t.Errorf("%s reaches conference.Clone: %s", root, describe(path))
		}
	}
}

// buildSSA loads the packages of patterns from source (their dependencies
// from export data) and builds them.
func buildSSA(t *testing.T, patterns ...string) *ssa.Program {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	cfg := &packages.Config{Mode: packages.LoadSyntax, Dir: root, Env: append(os.Environ(), "CGO_ENABLED=0")}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading %v", n, patterns)
	}
	prog, _ := ssautil.Packages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	return prog
}

func describe(path []*callgraph.Edge) string {
	parts := make([]string, 0, len(path)+1)
	for _, e := range path {
		parts = append(parts, e.Caller.Func.String())
	}
	parts = append(parts, path[len(path)-1].Callee.Func.String())
	return strings.Join(parts, " → ")
}
