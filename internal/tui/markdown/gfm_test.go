package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// goldmarkGFM is goldmark's own parser for tables and task lists, which
// kofa's replaces: the tests hold the two to the same trees.
var goldmarkGFM = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(append(parser.DefaultInlineParsers(),
		util.Prioritized(extension.NewTaskCheckBoxParser(), 0))...),
	parser.WithParagraphTransformers(append(parser.DefaultParagraphTransformers(),
		util.Prioritized(extension.NewTableParagraphTransformer(), 200))...),
	parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
)

// tree writes the structure of a parsed document: the kind of every node,
// the text of text nodes, table alignments and task boxes.
func tree(p parser.Parser, src []byte) string {
	var b strings.Builder
	doc := p.Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			b.WriteString(")")
			return ast.WalkContinue, nil
		}
		b.WriteString("(" + n.Kind().String())
		switch n := n.(type) {
		case *ast.Text:
			fmt.Fprintf(&b, " %q", n.Segment.Value(src))
		case *east.Table:
			fmt.Fprint(&b, " ", n.Alignments)
		case *east.TableCell:
			fmt.Fprint(&b, " ", n.Alignment)
		case *east.TaskCheckBox:
			fmt.Fprint(&b, " ", n.IsChecked)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

func checkSameTree(t *testing.T, src string) {
	t.Helper()
	if got, want := tree(markdownParser(), []byte(src)), tree(goldmarkGFM, []byte(src)); got != want {
		t.Errorf("%q:\nkofa     %s\ngoldmark %s", src, got, want)
	}
}

func TestTablesAndTasksParseAsGoldmarkDoes(t *testing.T) {
	t.Parallel()
	for _, src := range minutes(t) {
		checkSameTree(t, string(src))
	}
	for _, src := range []string{
		"| a | b |\n| --- | --- |\n| 1 | 2 |\n",
		"a | b\n--|--\n1 | 2\n",
		"| a | b |\n|:--|--:|\n| 1 | 2 | 3 |\n| 4 |\n",
		"| a |\n|:-:|\n| x \\| y |\n",
		"| a | b |\n| --- |\n",
		"text before\n| a | b |\n| - | - |\n| 1 | 2 |\n",
		"| a | b |\n| - | x |\n",
		"| a | b |\n    | - | - |\n",
		"| a | b |\n| :: | - |\n",
		"| a |\n| : |\n",
		"- [ ] open\n- [x] done\n- [X] done too\n- [y] not a box\n-  [ ]  spaced\n",
		"- text [ ] later\n- [ ]\n- [x]no space\n",
		"1. [ ] numbered\n\n> - [x] quoted\n",
		"[ ] not in a list\n",
	} {
		checkSameTree(t, src)
	}
}

func FuzzTablesAndTasksParseAsGoldmarkDoes(f *testing.F) {
	f.Add("| a | b |\n|:--|--:|\n| 1 \\| x | 2 |\n\n- [ ] task\n- [x] done\n")
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Contains(src, "`") {
			t.Skip("goldmark also unescapes pipes inside code spans of cells; kofa writes none")
		}
		if strings.Contains(src, "\\|") {
			t.Skip("goldmark drops an escaped pipe that ends a row (TestEscapedPipeEndingARowIsKept)")
		}
		checkSameTree(t, src)
	})
}

// goldmark cuts a row's last pipe even when it is escaped; GFM keeps it as
// text, and so does kofa.
func TestEscapedPipeEndingARowIsKept(t *testing.T) {
	t.Parallel()
	got := plain(t, "| Stand |\n| --- |\n| offen \\|\n", 80)
	wantLines(t, got, "Stand", "───────", "offen |")
}
