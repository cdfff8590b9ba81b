package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
)

// The structural check of a bbolt file, read with pread rather than
// through bbolt's memory map.
//
// bbolt's own (*Tx).Check walks every page through the map, so after it the
// whole file counts as kofa's resident memory (270 MB for 10,000
// conferences), and it can only run before anything is shown. This
// checker reads each page into a small buffer instead, so it can run beside
// the app (see verify.go) at the cost of a few MB, and a damaged pointer
// is a short read, never a fault. It checks what bbolt's checker checks:
// every page below the high-water mark is either reachable exactly once
// (from the meta page through the bucket trees) or free, never both; tree
// pages are branch or leaf pages; keys are in order within a page and
// between a page and its parent. It also checks what bbolt assumes: each
// page header names the page it is read as, and every element lies inside
// its page. Tests compare it with bbolt's checker on damaged files.
//
// The on-disk layout is bbolt's (go.etcd.io/bbolt/internal/common): a page
// starts with a 16-byte header (id uint64, flags uint16, count uint16,
// overflow uint32) in the machine's byte order; every system kofa is built
// for is little-endian.

const (
	pageHeaderSize = 16
	pageElemSize   = 16 // branch and leaf elements alike

	flagBranch   = 0x01
	flagLeaf     = 0x02
	flagMeta     = 0x04
	flagFreelist = 0x10
	flagBucket   = 0x01 // leaf element: the value is a nested bucket

	boltMagic   = 0xED0CDAED
	boltVersion = 2
	noFreelist  = ^uint64(0)

	// maxTreeDepth bounds the recursion through branch pages and nested
	// buckets; a sound kofa store is a few levels deep, a damaged one
	// could point in a circle.
	maxTreeDepth = 64
	// maxProblems is how many problems the check collects before it
	// stops: the first already says the file is damaged.
	maxProblems = 10
)

var order = binary.LittleEndian

// errCheckStopped: the check was stopped before it finished (the store is
// being closed).
var errCheckStopped = errors.New("store: check stopped")

// boltMeta is what the check needs of a meta page.
type boltMeta struct {
	pageSize uint32
	root     uint64 // root page of the bucket of buckets
	freelist uint64 // first page of the freelist, or noFreelist
	hwm      uint64 // high-water mark: pages [0, hwm) are in use or free
	txid     uint64
}

// readMeta reads the meta page of transaction txid. bbolt writes
// transaction t's meta to page t%2, so it is still there while a read
// transaction of t is open and at most one later transaction committed;
// a copy made by bbolt's WriteTo (a backup, a restored store) holds t in
// page 0 and t-1 in page 1. So both pages are read and the one of txid
// taken.
func readMeta(r io.ReaderAt, pageSize int, txid uint64) (boltMeta, error) {
	var problems []error
	for id := range uint64(2) {
		meta, err := readMetaPage(r, pageSize, id)
		switch {
		case err != nil:
			problems = append(problems, err)
		case meta.txid == txid && int(meta.pageSize) != pageSize:
			return meta, fmt.Errorf("meta page %d: page size %d, the file uses %d", id, meta.pageSize, pageSize)
		case meta.txid == txid:
			return meta, nil
		}
	}
	if len(problems) == 2 {
		return boltMeta{}, problems[0]
	}
	return boltMeta{}, errMetaMoved
}

// readMetaPage reads and validates meta page id (0 or 1).
func readMetaPage(r io.ReaderAt, pageSize int, id uint64) (boltMeta, error) {
	buf := make([]byte, pageHeaderSize+64)
	if _, err := r.ReadAt(buf, int64(id)*int64(pageSize)); err != nil {
		return boltMeta{}, fmt.Errorf("meta page %d: %w", id, err)
	}
	if flags := order.Uint16(buf[8:]); flags != flagMeta {
		return boltMeta{}, fmt.Errorf("meta page %d: flags %#x", id, flags)
	}
	m := buf[pageHeaderSize:]
	h := fnv.New64a()
	_, _ = h.Write(m[:56])
	if order.Uint32(m[0:]) != boltMagic || order.Uint32(m[4:]) != boltVersion || h.Sum64() != order.Uint64(m[56:]) {
		return boltMeta{}, fmt.Errorf("meta page %d: invalid", id)
	}
	return boltMeta{
		pageSize: order.Uint32(m[8:]),
		root:     order.Uint64(m[16:]),
		freelist: order.Uint64(m[32:]),
		hwm:      order.Uint64(m[40:]),
		txid:     order.Uint64(m[48:]),
	}, nil
}

// errMetaMoved: two transactions committed since the snapshot began, so
// its meta page was overwritten; the caller takes a new snapshot.
var errMetaMoved = errors.New("store: meta page moved on")

// pageChecker walks one snapshot of the file.
type pageChecker struct {
	r        io.ReaderAt
	meta     boltMeta
	pageSize int
	seen     bitset // reachable pages
	free     bitset // pages on the freelist
	bufs     [][]byte
	stop     func() bool
	problems []error
}

// checkPages checks the file read through r at the snapshot described by
// meta. It returns the problems found (nil: none), or errCheckStopped
// when stop said so first.
func checkPages(r io.ReaderAt, meta boltMeta, stop func() bool) ([]error, error) {
	c := &pageChecker{r: r, meta: meta, pageSize: int(meta.pageSize), stop: stop}
	if c.pageSize < 1024 || meta.hwm < 2 || meta.hwm > 1<<40 {
		return []error{fmt.Errorf("meta: page size %d, %d pages", meta.pageSize, meta.hwm)}, nil
	}
	c.seen, c.free = newBitset(meta.hwm), newBitset(meta.hwm)
	c.seen.set(0)
	c.seen.set(1)
	if err := c.readFreelist(); err != nil {
		return c.problems, err
	}
	if _, err := c.tree(meta.root, nil, nil, 0, true); err != nil {
		return c.problems, err
	}
	for id := uint64(2); id < meta.hwm && !c.full(); id++ {
		switch seen, free := c.seen.has(id), c.free.has(id); {
		case !seen && !free:
			c.problem("page %d: unreachable unfreed", id)
		case seen && free:
			c.problem("page %d: reachable freed", id)
		}
	}
	return c.problems, nil
}

func (c *pageChecker) problem(format string, args ...any) {
	if !c.full() {
		c.problems = append(c.problems, fmt.Errorf(format, args...))
	}
}

func (c *pageChecker) full() bool { return len(c.problems) >= maxProblems }

// readFreelist marks the pages the snapshot's freelist holds (free, and
// pending on older readers) and the freelist's own pages as reachable.
func (c *pageChecker) readFreelist() error {
	if c.meta.freelist == noFreelist {
		return nil
	}
	p, ok, err := c.page(c.meta.freelist, 0, isFreelistPage)
	if !ok || err != nil {
		return err
	}
	count, ids := int(order.Uint16(p[10:])), p[pageHeaderSize:]
	if count == 0xFFFF { // the real count is the first element
		if len(ids) < 8 {
			c.problem("freelist page %d: truncated", c.meta.freelist)
			return nil
		}
		count, ids = int(min(order.Uint64(ids), 1<<40)), ids[8:]
	}
	if count > len(ids)/8 {
		c.problem("freelist page %d: %d ids do not fit", c.meta.freelist, count)
		return nil
	}
	for i := range count {
		id := order.Uint64(ids[i*8:])
		switch {
		case id < 2 || id >= c.meta.hwm:
			c.problem("freelist: page %d out of bounds (%d pages)", id, c.meta.hwm)
		case c.free.has(id):
			c.problem("page %d: already freed", id)
		default:
			c.free.set(id)
		}
	}
	return nil
}

// page reads page id with its overflow pages into the buffer of the given
// depth and marks them reachable. ok is false when the page cannot be
// used (a problem was recorded); err is only a read error or a stop.
func (c *pageChecker) page(id uint64, depth int, want func(flags uint16) bool) (p []byte, ok bool, err error) {
	if c.stop != nil && c.stop() {
		return nil, false, errCheckStopped
	}
	if id < 2 || id >= c.meta.hwm {
		c.problem("page %d: out of bounds (%d pages)", id, c.meta.hwm)
		return nil, false, nil
	}
	for len(c.bufs) <= depth {
		c.bufs = append(c.bufs, make([]byte, c.pageSize))
	}
	buf := c.bufs[depth][:c.pageSize]
	if ok, err := c.read(buf, id); !ok || err != nil {
		return nil, false, err
	}
	overflow := uint64(order.Uint32(buf[12:]))
	if head := order.Uint64(buf[0:]); head != id {
		c.problem("page %d: its header says page %d", id, head)
		return nil, false, nil
	}
	if overflow >= c.meta.hwm-id {
		c.problem("page %d: %d overflow pages run past the end", id, overflow)
		return nil, false, nil
	}
	if overflow > 0 {
		size := int(overflow+1) * c.pageSize
		if cap(c.bufs[depth]) < size {
			c.bufs[depth] = append(c.bufs[depth][:c.pageSize], make([]byte, size-c.pageSize)...)
		}
		buf = c.bufs[depth][:size]
		if ok, err := c.read(buf[c.pageSize:], id+1); !ok || err != nil {
			return nil, false, err
		}
	}
	for i := id; i <= id+overflow; i++ {
		if c.seen.has(i) {
			c.problem("page %d: multiple references", i)
			return nil, false, nil
		}
		c.seen.set(i)
	}
	if flags := order.Uint16(buf[8:]); !want(flags) {
		c.problem("page %d: unexpected page type (flags %#x)", id, flags)
		return nil, false, nil
	}
	return buf, true, nil
}

// read fills buf from page id on; a file too short for it is damage.
func (c *pageChecker) read(buf []byte, id uint64) (bool, error) {
	_, err := c.r.ReadAt(buf, int64(id)*int64(c.pageSize))
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		c.problem("page %d: beyond the end of the file", id)
		return false, nil
	}
	return err == nil, err
}

// tree checks the B+tree (or subtree) at page id, whose keys must lie in
// [lo, hi) (nil: unbounded), and every bucket nested in its leaves; in
// the tree of top-level buckets (top) every leaf must be a bucket, as
// bbolt writes nothing else there. It returns the largest key in the
// subtree, copied.
func (c *pageChecker) tree(id uint64, lo, hi []byte, depth int, top bool) ([]byte, error) {
	if depth > maxTreeDepth {
		c.problem("page %d: trees nested more than %d deep", id, maxTreeDepth)
		return nil, nil
	}
	p, ok, err := c.page(id, depth, isTreePage)
	if !ok || err != nil || c.full() {
		return nil, err
	}
	leaf := order.Uint16(p[8:])&flagLeaf != 0
	count := int(order.Uint16(p[10:]))
	if pageHeaderSize+count*pageElemSize > len(p) {
		c.problem("page %d: %d elements do not fit", id, count)
		return nil, nil
	}
	prev := lo
	var last []byte
	for i := range count {
		e := p[pageHeaderSize+i*pageElemSize:]
		at := pageHeaderSize + i*pageElemSize
		var key, value []byte
		var child uint64
		if leaf {
			key, value, ok = elemSlices(p, at, order.Uint32(e[4:]), order.Uint32(e[8:]), order.Uint32(e[12:]))
		} else {
			key, _, ok = elemSlices(p, at, order.Uint32(e[0:]), order.Uint32(e[4:]), 0)
			child = order.Uint64(e[8:])
		}
		if !ok {
			c.problem("page %d: element %d lies outside the page", id, i)
			return nil, nil
		}
		c.keyOrder(id, i, key, prev, hi)
		if leaf {
			prev, last = key, key
			if top && order.Uint32(e[0:])&flagBucket == 0 {
				c.problem("page %d: top-level key %d is not a bucket", id, i)
				continue
			}
			if order.Uint32(e[0:])&flagBucket != 0 {
				if err := c.nested(id, i, value, depth); err != nil {
					return nil, err
				}
			}
			continue
		}
		upper := hi
		if i+1 < count {
			ne := p[pageHeaderSize+(i+1)*pageElemSize:]
			next, _, ok := elemSlices(p, at+pageElemSize, order.Uint32(ne[0:]), order.Uint32(ne[4:]), 0)
			if ok {
				upper = next
			}
		}
		max, err := c.tree(child, key, upper, depth+1, top)
		if err != nil || c.full() {
			return nil, err
		}
		prev, last = max, max
	}
	return bytes.Clone(last), nil
}

// nested checks the bucket whose header is value (leaf element i of page
// id): its tree, or for an inline bucket (root 0) the leaf page that
// follows the header inside the value.
func (c *pageChecker) nested(id uint64, i int, value []byte, depth int) error {
	if len(value) < 16 {
		c.problem("page %d: bucket element %d is too short", id, i)
		return nil
	}
	if root := order.Uint64(value); root != 0 {
		_, err := c.tree(root, nil, nil, depth+1, false)
		return err
	}
	c.inline(id, i, value[16:])
	return nil
}

// inline checks the page of an inline bucket (leaf element i of page id):
// a leaf page whose elements lie inside it, in key order, holding no
// bucket (bbolt inlines only buckets without buckets).
func (c *pageChecker) inline(id uint64, i int, p []byte) {
	if len(p) < pageHeaderSize || order.Uint16(p[8:]) != flagLeaf {
		c.problem("page %d: inline bucket %d is not a leaf page", id, i)
		return
	}
	count := int(order.Uint16(p[10:]))
	if pageHeaderSize+count*pageElemSize > len(p) {
		c.problem("page %d: inline bucket %d: %d elements do not fit", id, i, count)
		return
	}
	var prev []byte
	for j := range count {
		at := pageHeaderSize + j*pageElemSize
		e := p[at:]
		key, _, ok := elemSlices(p, at, order.Uint32(e[4:]), order.Uint32(e[8:]), order.Uint32(e[12:]))
		switch {
		case !ok:
			c.problem("page %d: inline bucket %d: element %d lies outside it", id, i, j)
			return
		case order.Uint32(e[0:])&flagBucket != 0:
			c.problem("page %d: inline bucket %d holds a bucket", id, i)
			return
		}
		c.keyOrder(id, j, key, prev, nil)
		prev = key
	}
}

// keyOrder records a problem unless key follows prev (the key before it, or
// the parent's lower bound for the first) and lies below hi.
func (c *pageChecker) keyOrder(id uint64, i int, key, prev, hi []byte) {
	switch {
	case i == 0 && prev != nil && bytes.Compare(prev, key) > 0:
		c.problem("page %d: first key below its parent's", id)
	case i > 0 && bytes.Compare(prev, key) >= 0:
		c.problem("page %d: key %d out of order", id, i)
	case hi != nil && bytes.Compare(key, hi) >= 0:
		c.problem("page %d: key %d not below the next key of its parent", id, i)
	}
}

// elemSlices returns the key and value of the element at offset at of p,
// whose key starts pos bytes after the element; ok is false when they
// reach outside p.
func elemSlices(p []byte, at int, pos, ksize, vsize uint32) (key, value []byte, ok bool) {
	start := uint64(at) + uint64(pos)
	mid := start + uint64(ksize)
	end := mid + uint64(vsize)
	if end > uint64(len(p)) {
		return nil, nil, false
	}
	return p[start:mid], p[mid:end], true
}

func isFreelistPage(flags uint16) bool { return flags == flagFreelist }
func isTreePage(flags uint16) bool     { return flags == flagBranch || flags == flagLeaf }

// bitset is a set of page ids below a bound.
type bitset []uint64

func newBitset(n uint64) bitset    { return make(bitset, (n+63)/64) }
func (b bitset) set(i uint64)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i uint64) bool { return b[i/64]&(1<<(i%64)) != 0 }
