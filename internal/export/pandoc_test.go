package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"kofa/internal/demo"
)

// TestPandocKeepsTheTablesInWord converts the sample minutes to .docx with
// pandoc, as the README tells users to, reads the .docx back and checks
// that every table arrived with its rows and columns. Without pandoc the
// test is skipped locally but fails in CI (CI=true), which installs it.
func TestPandocKeepsTheTablesInWord(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pandoc is not installed; .ci/run must install it")
		}
		t.Skip("pandoc is not installed")
	}
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.ExportedAt = exportedAt
			minutes := Markdown(demo.Sample(string(opt.Lang), sampleDay), opt)
			dir := t.TempDir()
			md, docx := filepath.Join(dir, "minutes.md"), filepath.Join(dir, "minutes.docx")
			if err := os.WriteFile(md, minutes, 0o600); err != nil {
				t.Fatal(err)
			}
			// The command from the README.
			if out, err := exec.Command(pandoc, md, "-o", docx).CombinedOutput(); err != nil {
				t.Fatalf("pandoc to docx: %v\n%s", err, out)
			}
			back, err := exec.Command(pandoc, docx, "-t", "json").Output()
			if err != nil {
				t.Fatalf("pandoc from docx: %v", err)
			}
			got, err := pandocTables(back)
			if err != nil {
				t.Fatal(err)
			}
			if want := parseShape(t, minutes).tables; !slices.Equal(got, want) {
				t.Errorf("tables in the .docx\n got  %q\n want %q", got, want)
			}
		})
	}
}

// pandocTables describes each table of a pandoc JSON document the way
// tableShape does for goldmark: "<rows> rows: <cells per row>,...".
func pandocTables(doc []byte) ([]string, error) {
	var root any
	if err := json.Unmarshal(doc, &root); err != nil {
		return nil, err
	}
	var out []string
	var walk func(x any) error
	walk = func(x any) error {
		switch v := x.(type) {
		case map[string]any:
			if v["t"] == "Table" {
				s, err := pandocTable(v["c"])
				if err != nil {
					return err
				}
				out = append(out, s)
			}
			for _, child := range v {
				if err := walk(child); err != nil {
					return err
				}
			}
		case []any:
			for _, child := range v {
				if err := walk(child); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if m, ok := root.(map[string]any); ok {
		return out, walk(m["blocks"])
	}
	return nil, fmt.Errorf("pandoc JSON without blocks")
}

// pandocTable reads a table of pandoc's JSON (pandoc-types 1.21 and later):
// [attr, caption, colspecs, head, bodies, foot]; head is [attr, rows];
// each body is [attr, rowHeadColumns, headRows, rows]; a row is
// [attr, cells].
func pandocTable(c any) (string, error) {
	parts, ok := c.([]any)
	if !ok || len(parts) < 5 {
		return "", fmt.Errorf("unexpected table JSON")
	}
	var rows [][]any
	if head, ok := parts[3].([]any); ok && len(head) == 2 {
		rows = append(rows, asRows(head[1])...)
	}
	if bodies, ok := parts[4].([]any); ok {
		for _, b := range bodies {
			if body, ok := b.([]any); ok && len(body) == 4 {
				rows = append(rows, asRows(body[2])...)
				rows = append(rows, asRows(body[3])...)
			}
		}
	}
	cols := ""
	for i, r := range rows {
		if i > 0 {
			cols += ","
		}
		cells, _ := r[1].([]any)
		cols += fmt.Sprint(len(cells))
	}
	return fmt.Sprintf("%d rows: %s", len(rows), cols), nil
}

func asRows(x any) [][]any {
	list, _ := x.([]any)
	var out [][]any
	for _, r := range list {
		if row, ok := r.([]any); ok && len(row) == 2 {
			out = append(out, row)
		}
	}
	return out
}

// TestPandocReadsHostileTextAsText parses minutes full of hostile text with
// pandoc's own Markdown reader (the one `pandoc minutes.md -o minutes.docx`
// uses, with math, citations, footnotes, definition lists, fancy lists,
// super- and subscript and raw TeX switched on) and checks that the
// document has exactly the structure of the same minutes with a plain
// word in every field.
func TestPandocReadsHostileTextAsText(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pandoc is not installed; .ci/run must install it")
		}
		t.Skip("pandoc is not installed")
	}
	kinds := func(text string) map[string]int {
		t.Helper()
		_, minutes := minutesShape(t, text, variants[0])
		cmd := exec.Command(pandoc, "-f", "markdown", "-t", "json")
		cmd.Stdin = bytes.NewReader(minutes)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("pandoc: %v", err)
		}
		return pandocKinds(t, out)
	}
	plain := kinds("Wort")
	for _, s := range hostile {
		want := plain
		if !present(s) {
			want = kinds("")
		}
		if got := kinds(s); !maps.Equal(got, want) {
			t.Errorf("text %q changed pandoc's structure\n got  %v\n want %v", s, got, want)
		}
	}
}

// pandocKinds counts the element types of a pandoc JSON document, leaving
// out those plain text is made of (words, spaces, line breaks, and the
// typographic quotes of pandoc's smart extension) and column widths.
func pandocKinds(t *testing.T, doc []byte) map[string]int {
	t.Helper()
	var root any
	if err := json.Unmarshal(doc, &root); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	var walk func(x any)
	walk = func(x any) {
		switch v := x.(type) {
		case map[string]any:
			if k, ok := v["t"].(string); ok {
				switch k {
				case "Str", "Space", "SoftBreak", "LineBreak", "Quoted", "SingleQuote", "DoubleQuote",
					"ColWidth", "ColWidthDefault": // widths follow the length of the text
				default:
					counts[k]++
				}
			}
			for _, child := range v {
				walk(child)
			}
		case []any:
			for _, child := range v {
				walk(child)
			}
		}
	}
	walk(root.(map[string]any)["blocks"])
	return counts
}
