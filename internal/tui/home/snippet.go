package home

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
	"kofa/internal/store"
	"kofa/internal/textfold"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// snippet is where a search found its first word in a conference: the
// phase, and the words around the hit.
type snippet struct {
	phase                conference.PhaseID
	before, match, after string
}

// maxSnippets bounds how many hits get a snippet: each reads a whole
// conference, and a search runs as the query is typed.
const maxSnippets = 20

// snippetContext is how many characters of text show on either side of
// the hit.
const snippetContext = 40

// snippets finds, in the first hits' conferences, where the first word of
// the query occurs, with the same matching as the search (case, accents
// and umlaut spelling do not matter).
func snippets(repo Repository, hits []store.SearchHit, query string) []snippet {
	words := strings.Fields(query)
	if len(words) == 0 {
		return nil
	}
	q := textfold.Digraph(words[0])
	out := make([]snippet, 0, min(len(hits), maxSnippets))
	for _, h := range hits[:min(len(hits), maxSnippets)] {
		c, err := repo.Get(h.Summary.ID)
		if err != nil {
			out = append(out, snippet{})
			continue
		}
		out = append(out, find(c, q))
	}
	return out
}

// find returns the first place of the folded word q in c's texts.
func find(c *conference.Conference, q string) snippet {
	for _, t := range c.PhaseTexts() {
		text := sanitize.Line(t.Text)
		m := textfold.Map(text)
		i := strings.Index(m.S, q)
		if i < 0 || q == "" {
			continue
		}
		start, end := m.Start[i], m.End[i+len(q)-1]
		return snippet{phase: t.Phase, before: tail(text[:start], snippetContext), match: text[start:end], after: head(text[end:], snippetContext)}
	}
	return snippet{}
}

// tail is the end of s, at most n characters, with "…" where cut.
func tail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n:])
}

// head is the start of s, at most n characters, with "…" where cut.
func head(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// snippetLine shows the snippet: the phase, then the text with the hit
// marked by ›‹ (so it shows without colour) and highlighted.
func (m *Model) snippetLine(s snippet, w int) string {
	where := m.tr.T("homesearch.in_phase", conference.PhaseNumber(s.phase), phase.Name(m.tr, s.phase))
	line := m.st.Muted.Render(where+": ") + s.before + m.st.Highlight.Render("›"+s.match+"‹") + s.after
	if ansi.StringWidth(line) > w {
		line = widget.Truncate(line, w)
	}
	return "  " + line
}
