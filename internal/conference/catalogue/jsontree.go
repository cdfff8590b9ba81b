package catalogue

import (
	"bytes"
	"encoding/json"
	"strings"
)

// A node is a parsed JSON value that remembers where it starts in the file,
// so every error about the user catalogue can name a line and column.
// encoding/json reports offsets only for syntax errors, hence this small tree.
type node struct {
	kind    nodeKind
	off     int // byte offset of the value's first character
	str     string
	num     json.Number
	boolean bool
	members []member // object members in file order
	items   []*node  // array items
}

type nodeKind int

const (
	kindObject nodeKind = iota
	kindArray
	kindString
	kindNumber
	kindBool
	kindNull
)

type member struct {
	key string
	off int // offset of the key
	val *node
}

// parseTree parses data, which must already be known to be valid JSON.
// Duplicate keys in one object are rejected: encoding/json would silently keep
// the last one, and a user editing by hand deserves to hear about it.
func parseTree(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := treeParser{dec: dec, data: data}
	return p.value()
}

type treeParser struct {
	dec  *json.Decoder
	data []byte
}

// next returns the offset where the next token starts: the decoder's offset
// is the end of the previous token, followed by blanks, commas or a colon.
func (p *treeParser) next() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) && strings.IndexByte(" \t\r\n,:", p.data[off]) >= 0 {
		off++
	}
	return off
}

func (p *treeParser) value() (*node, error) {
	off := p.next()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	n := &node{off: off}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			n.kind = kindObject
			return n, p.object(n)
		}
		n.kind = kindArray
		return n, p.array(n)
	case string:
		n.kind, n.str = kindString, t
	case json.Number:
		n.kind, n.num = kindNumber, t
	case bool:
		n.kind, n.boolean = kindBool, t
	default:
		n.kind = kindNull
	}
	return n, nil
}

func (p *treeParser) object(n *node) error {
	seen := map[string]bool{}
	for p.dec.More() {
		off := p.next()
		tok, err := p.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if seen[key] {
			return errAt(off, keyDuplicateKey, key)
		}
		seen[key] = true
		val, err := p.value()
		if err != nil {
			return err
		}
		n.members = append(n.members, member{key: key, off: off, val: val})
	}
	_, err := p.dec.Token() // closing brace
	return err
}

func (p *treeParser) array(n *node) error {
	for p.dec.More() {
		val, err := p.value()
		if err != nil {
			return err
		}
		n.items = append(n.items, val)
	}
	_, err := p.dec.Token() // closing bracket
	return err
}

// lineCol converts a byte offset into a 1-based line and a 1-based column
// counted in characters, as editors show them.
func lineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	col = 1 + len([]rune(string(before[lineStart:])))
	return line, col
}
