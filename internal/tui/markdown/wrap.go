package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// lines is inline text laid out in lines: the tokens of every line one
// after the other, single spaces between words, long words cut; ends
// marks where each line stops and widths how wide it is. It is reused from
// one paragraph to the next.
type lines struct {
	toks   []token
	ends   []int
	widths []int
}

func (l *lines) count() int { return len(l.ends) }

// line returns the tokens of line i.
func (l *lines) line(i int) []token {
	start := 0
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.toks[start:l.ends[i]]
}

// lay lays toks out in lines of at most width cells, breaking at spaces; a
// word longer than a line is cut across lines. No line starts or ends with
// a space. There is always at least one line.
func (l *lines) lay(toks []token, width int) {
	l.toks, l.ends, l.widths = l.toks[:0], l.ends[:0], l.widths[:0]
	used := 0
	spaced, spaceLook := false, look(0)
	flush := func() {
		l.ends = append(l.ends, len(l.toks))
		l.widths = append(l.widths, used)
		used = 0
	}
	for i := 0; i < len(toks); {
		switch t := toks[i]; t.kind {
		case tokBreak:
			flush()
			spaced = false
			i++
			continue
		case tokSpace:
			spaced, spaceLook = used > 0, t.look
			i++
			continue
		}
		// A word: the word tokens up to the next space or break.
		j, w := i, 0
		for ; j < len(toks) && toks[j].kind == tokWord; j++ {
			w += toks[j].width
		}
		gap := 0
		if spaced {
			gap = 1
		}
		switch {
		case used+gap+w <= width:
			if spaced {
				l.toks = append(l.toks, token{text: " ", look: spaceLook, kind: tokSpace, width: 1})
			}
			l.toks = append(l.toks, toks[i:j]...)
			used += gap + w
		case w <= width:
			flush()
			l.toks = append(l.toks, toks[i:j]...)
			used = w
		default: // longer than a line: cut it
			if used > 0 {
				flush()
			}
			for _, t := range toks[i:j] {
				l.cut(t, width, &used, flush)
			}
		}
		spaced = false
		i = j
	}
	if used > 0 || len(l.ends) == 0 || l.ends[len(l.ends)-1] < len(l.toks) {
		flush()
	}
}

// cut lays out a word token too long for a line over as many lines as it
// takes; used is the width of the current line so far.
func (l *lines) cut(t token, width int, used *int, flush func()) {
	for s := t.text; s != ""; {
		part := ansi.Truncate(s, width-*used, "")
		if part == "" { // not even one character fits
			if *used == 0 { // wider than the whole line: left out
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
				continue
			}
			flush()
			continue
		}
		pw := cells(part)
		l.toks = append(l.toks, token{text: part, look: t.look, width: pw})
		*used += pw
		if s = s[len(part):]; s != "" {
			flush()
		}
	}
}

// draw appends the tokens of one line to b, each run of one look opened
// and closed once.
func (r *renderer) draw(b []byte, line []token) []byte {
	for i := 0; i < len(line); {
		lk := line[i].look
		sp := r.st.spans[lk]
		b = append(b, sp.open...)
		for ; i < len(line) && line[i].look == lk; i++ {
			b = append(b, line[i].text...)
		}
		b = append(b, sp.close...)
	}
	return b
}

// trimRight drops the spaces at the end of a styled line, keeping the
// escape sequences that close its looks.
func trimRight(s string) string {
	var kept []string
	for {
		switch {
		case strings.HasSuffix(s, " "):
			s = strings.TrimRight(s, " ")
			continue
		case strings.HasSuffix(s, "m"):
			if i := strings.LastIndex(s, "\x1b["); i >= 0 && isSGR(s[i+2:len(s)-1]) {
				kept = append(kept, s[i:])
				s = s[:i]
				continue
			}
		}
		break
	}
	for i := len(kept) - 1; i >= 0; i-- {
		s += kept[i]
	}
	return s
}

// isSGR reports whether p is the parameters of a colour or attribute code.
func isSGR(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}
