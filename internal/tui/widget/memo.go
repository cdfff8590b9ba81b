package widget

// Memo keeps a piece of the frame drawn from key until key changes. A key
// press changes one field or moves a cursor; drawing the rest of the frame
// again, unchanged, cost most of a keystroke (styling is not cheap). K is
// a comparable struct of everything the piece is drawn from, the width and
// the styles' version (theme.Styles.Version) among them, and draw must
// read nothing else that can change: then an edit, a resize or new styles
// draw it again, and nothing else does. V is the text, or its lines.
type Memo[K comparable, V any] struct {
	key  K
	val  V
	full bool
}

// Get returns what was drawn for key, calling draw only when key differs
// from the last one. The caller must not change what it gets.
func (m *Memo[K, V]) Get(key K, draw func(K) V) V {
	if !m.full || m.key != key {
		m.key, m.val, m.full = key, draw(key), true
	}
	return m.val
}

// Rows keeps the rows of a list as Memo does, one per row index: moving
// the cursor draws two rows again, typing none. It holds at most as many
// rows as the longest list it was asked for. V is a row's text, or its
// lines when a row takes several.
type Rows[K comparable, V any] struct {
	rows []Memo[K, V]
}

// Get returns row i drawn for key, calling draw only when key differs from
// row i's last one.
func (r *Rows[K, V]) Get(i int, key K, draw func(K) V) V {
	if i >= len(r.rows) {
		r.rows = append(r.rows, make([]Memo[K, V], i+1-len(r.rows))...)
	}
	return r.rows[i].Get(key, draw)
}
