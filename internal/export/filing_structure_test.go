package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"kofa/internal/demo"
	"kofa/internal/i18n"
)

// The new blocks of the minutes an office files, read back by goldmark
// from the second sample (demo.Filing): a result per sibling, the dissent
// with its resolution, the carers on the result, the legal bases with the
// police officer's gap, the phase only passed through and the release.
func TestStructureOfTheFiledCase(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		variant         string
		mother, sibling string
	}{
		{VariantFull, "Sandra K.", "Emma"},
		{VariantPseudonymised, "mother", "child (4)"},
	} {
		src := Markdown(demo.Filing("en", sampleDay), Options{Lang: i18n.EN, Variant: tc.variant, ExportedAt: exportedAt})
		nodes, texts := topLevel(t, src)
		name := string(tc.variant)

		// One result block per child, each a level-4 heading and a list,
		// between the conference's result and the dissent.
		risk := section(nodes, texts, "Risk assessment")
		var blocks []string
		for i := 1; i < len(risk); i++ { // after the section's own heading
			n := risk[i]
			if h, ok := n.(*ast.Heading); ok {
				blocks = append(blocks, strings.Repeat("#", h.Level)+" "+plain(h, src))
				if h.Level == 4 {
					if i+1 >= len(risk) || risk[i+1].Kind() != ast.KindList || !strings.Contains(plain(risk[i+1], src), "Assessment:") {
						t.Errorf("%s: %q is not followed by the child's result", name, plain(h, src))
					}
				}
			}
		}
		want := []string{"### Individual ratings", "### Result of the risk assessment", "#### Result for " + tc.sibling,
			"#### Result for child (11)", "### Dissent", "### Parents and carers on the result"}
		if tc.variant == VariantFull {
			want[3] = "#### Result for Noah"
		}
		if strings.Join(blocks, "|") != strings.Join(want, "|") {
			t.Errorf("%s: headings of the risk assessment\n%v\nwant\n%v", name, blocks, want)
		}

		// Two dissents, each saying how it was resolved.
		dissent := after(risk, src, "Dissent")
		if dissent == nil || dissent.Kind() != ast.KindList || dissent.ChildCount() != 2 {
			t.Fatalf("%s: dissent %v", name, dissent)
		}
		for item := dissent.FirstChild(); item != nil; item = item.NextSibling() {
			if !strings.Contains(plain(item, src), "Resolution: ") {
				t.Errorf("%s: dissent %q has no resolution", name, plain(item, src))
			}
		}

		// The carers on the result: a row each, the mother agreeing.
		carers := after(risk, src, "Parents and carers on the result")
		if carers == nil || carers.Kind() != east.KindTable || carers.ChildCount() != 1+2 {
			t.Fatalf("%s: carers on the result %v", name, carers)
		}
		if row := plain(carers.FirstChild().NextSibling(), src); !strings.HasPrefix(row, tc.mother) || !strings.Contains(row, "agrees") {
			t.Errorf("%s: first carer row %q", name, row)
		}

		// The legal bases: a row per basis, the police officer's gap shown.
		legal := section(nodes, texts, "Legal bases for sharing data")
		if len(legal) != 2 || legal[1].Kind() != east.KindTable || legal[1].ChildCount() != 1+5 {
			t.Fatalf("%s: legal bases %v", name, legal)
		}
		if got := plain(legal[1].LastChild(), src); !strings.Contains(got, "⚠ no legal basis recorded") {
			t.Errorf("%s: the last legal row %q does not show the gap", name, got)
		}

		// The course: the case presentation only passed through.
		course := section(nodes, texts, "Course of the meeting")
		table := course[len(course)-1]
		if table.Kind() != east.KindTable || !strings.Contains(plain(table, src), "Case presentationnot covered") {
			t.Errorf("%s: the course does not show the presentation not covered", name)
		}

		// The release: who released, in a list of four.
		release := section(nodes, texts, "Release")
		if len(release) != 2 || release[1].ChildCount() != 4 || !strings.Contains(plain(release[1], src), "Released by: ") {
			t.Errorf("%s: release block %v", name, release)
		}
	}
}

// after returns the node that follows the level-3 heading with the text
// in nodes, or nil.
func after(nodes []ast.Node, src []byte, heading string) ast.Node {
	for i, n := range nodes {
		if h, ok := n.(*ast.Heading); ok && h.Level == 3 && plain(h, src) == heading && i+1 < len(nodes) {
			return nodes[i+1]
		}
	}
	return nil
}

// The filed case survives an archive round trip byte for byte, and its
// minutes stay the same (every new field is carried).
func TestArchiveRoundTripOfTheFiledCase(t *testing.T) {
	t.Parallel()
	orig := demo.Filing("de", sampleDay)
	first := mustEncode(t, NewArchive(ArchivedConference{Conference: orig}))
	a, err := DecodeArchive(first)
	if err != nil {
		t.Fatal(err)
	}
	if second := mustEncode(t, a); !bytes.Equal(first, second) {
		t.Fatalf("re-encoded archive differs:\n%s", firstDifference(second, first))
	}
	for _, v := range []string{VariantFull, VariantPseudonymised} {
		opt := Options{Lang: i18n.DE, Variant: v, ExportedAt: exportedAt}
		if !bytes.Equal(Markdown(orig, opt), Markdown(a.Conferences[0].Conference, opt)) {
			t.Errorf("%s minutes of the decoded case differ", v)
		}
	}
}
