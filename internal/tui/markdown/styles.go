package markdown

import (
	"strings"

	"charm.land/lipgloss/v2"

	"kofa/internal/theme"
)

// kind says what a piece of text is, for its look.
type kind uint8

const (
	kindText    kind = iota // paragraphs, list items, table cells
	kindHeading             // headings of the first two levels
	kindMinor               // lower headings and table headers
	kindMark                // list bullets, numbers and task boxes
	kindRule                // rules, table lines, quote bars, heading marks
	kinds
)

// look is a kind with the emphasis the Markdown gave it.
type look uint8

const (
	bold look = 1 << iota
	italic
	emphases = 4 // the combinations of bold and italic

	lookText = look(kindText) * emphases
	lookMark = look(kindMark) * emphases
	lookRule = look(kindRule) * emphases
)

func lookOf(k kind) look { return look(k) * emphases }

// span is what a look writes around its text: the escape sequences that
// open and close it, both empty for plain text.
type span struct{ open, close string }

// Styles are the looks of rendered minutes, derived once from the theme's
// styles. Every look is kept as the escape sequences lipgloss writes for
// it, so a line costs string concatenation rather than a lipgloss Render
// per word.
type Styles struct {
	spans [int(kinds) * emphases]span
}

// NewStyles derives the looks of the minutes from the component styles of
// a theme: headings as titles, lower headings and table headers as
// subheadings, bullets in the accent colour, every line drawn in the subtle
// colour. Bold and italic come from the Markdown. The monochrome theme has
// no colours, so headings are bold and lines faint there.
func NewStyles(st *theme.Styles) *Styles {
	base := [kinds]lipgloss.Style{
		kindText:    st.App,
		kindHeading: st.Title,
		kindMinor:   st.Subheading,
		kindMark:    st.Bullet,
		kindRule:    st.Subtle,
	}
	s := &Styles{}
	for k, b := range base {
		for e := range look(emphases) {
			s.spans[lookOf(kind(k))+e] = spanOf(b.Bold(b.GetBold() || e&bold != 0).Italic(e&italic != 0))
		}
	}
	return s
}

// spanOf finds the escape sequences a style writes around text.
func spanOf(st lipgloss.Style) span {
	out := st.Render("x")
	i := strings.IndexByte(out, 'x') // escape sequences hold no 'x'
	if i < 0 {
		return span{}
	}
	return span{open: out[:i], close: out[i+1:]}
}
