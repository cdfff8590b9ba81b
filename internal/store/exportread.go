package store

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// Reading every conference at once (kofa export --all) is done in chunks:
// one read transaction copies the stored bytes of a few megabytes of
// conferences out of the memory map, releases the map's pages and ends;
// workers decode the copies and hand them on while the next chunk is
// read. So the heap holds a chunk or two and a conference per worker,
// whatever the number of conferences, and the map's pages do not pile up
// in kofa's resident memory (see releaseMapped).

// chunkBytes is about how many stored bytes one read transaction copies:
// enough to make the cost of a transaction vanish, little enough to keep
// the pages it maps (a few times the bytes copied) a small part of kofa's
// memory.
const chunkBytes = 1 << 20

// ForEachConference decodes the conferences with the IDs and calls fn with
// each, from up to workers goroutines at once (at least one), so fn must
// be safe for concurrent use; the order of the calls is not fixed. A
// missing ID is ErrNotFound. The first error, of the store or of fn, ends
// the walk: no new call of fn starts, and ForEachConference returns it
// once the calls under way have returned. A panic in fn is raised again
// in the caller's goroutine, with the same value.
func (s *Store) ForEachConference(ids []conference.ID, workers int, fn func(*conference.Conference) error) error {
	type item struct {
		key  []byte
		data []byte
	}
	var (
		mu       sync.Mutex
		first    error
		panicked any
		stopped  = make(chan struct{})
	)
	fail := func(err error, p any) {
		mu.Lock()
		defer mu.Unlock()
		if first == nil && panicked == nil {
			first, panicked = err, p
			close(stopped)
		}
	}
	items := make(chan item, 64)
	var wg sync.WaitGroup
	// handle decodes one conference and calls fn; a panic ends the walk
	// like an error, and the worker goes on draining items, so the reader
	// never waits for a worker that is gone.
	handle := func(it item) {
		defer func() {
			if r := recover(); r != nil {
				fail(nil, r)
			}
		}()
		var c conference.Conference
		if err := s.decodeConference(it.key, it.data, &c); err != nil {
			fail(err, nil)
			return
		}
		if err := fn(&c); err != nil {
			fail(err, nil)
		}
	}
	for range max(workers, 1) {
		wg.Go(func() {
			for it := range items {
				select {
				case <-stopped:
					continue // drain: the reader stops at its next chunk
				default:
					handle(it)
				}
			}
		})
	}
	err := s.readChunks(ids, stopped, func(key, data []byte) {
		items <- item{key, data}
	})
	close(items)
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
	if first != nil {
		return first
	}
	return err
}

// readChunks copies the stored value of each ID out of the file, a chunk
// of IDs per read transaction, and passes each to put outside the
// transaction. It stops before the next chunk once stopped is closed.
func (s *Store) readChunks(ids []conference.ID, stopped <-chan struct{}, put func(key, data []byte)) error {
	for len(ids) > 0 {
		select {
		case <-stopped:
			return nil
		default:
		}
		var keys, values [][]byte
		err := s.view(func(tx *bbolt.Tx) error {
			defer releaseMapped(tx)
			b, err := bucket(tx, bucketConferences)
			if err != nil {
				return err
			}
			size := 0
			for size < chunkBytes && len(ids) > 0 {
				key := []byte(ids[0])
				v := b.Get(key)
				if v == nil {
					return fmt.Errorf("%w: %s", ErrNotFound, ids[0])
				}
				keys, values = append(keys, key), append(values, append([]byte(nil), v...))
				size += len(v)
				ids = ids[1:]
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range keys {
			put(keys[i], values[i])
		}
	}
	return nil
}

// decodeConference decodes a conference value copied out of the file.
func (s *Store) decodeConference(key, data []byte, c *conference.Conference) error {
	s.mu.RLock()
	cd := s.cd
	s.mu.RUnlock()
	if err := cd.decode(bucketConferences, key, data, c); err != nil {
		return &DamagedError{Path: s.path, Err: err}
	}
	return nil
}

// AuditRecord is one change to note in a conference's audit log.
type AuditRecord struct {
	ID     conference.ID
	Change conference.Change
}

// auditChunk is how many records AppendAudit writes per transaction.
// Each record changes a few pages of its own audit log, and the kernel
// maps 64 KB of the file around every page touched (fault-around), which
// releaseMapped can undo while the transaction is built but not while it
// commits. So a transaction of a few hundred records would add tens of
// megabytes to kofa's memory, and a smaller one adds a few.
const auditChunk = 128

// releaseEvery is how many records appendAudit writes between releases
// of the mapped pages.
const releaseEvery = 32

// AppendAudit adds the records to the audit logs of their conferences,
// stamped with Options.Now, without rewriting the conferences. It is for
// many entries at once, such as one export entry per conference of kofa
// export --all, which would otherwise cost a transaction and a sync each:
// it writes a few hundred records per transaction, each on disk before
// the next starts, so all are on disk when AppendAudit returns. A record
// of a conference that does not exist fails with ErrNotFound; records of
// earlier transactions stay written.
func (s *Store) AppendAudit(records []AuditRecord) error {
	now := s.opts.Now()
	for chunk := range slices.Chunk(records, auditChunk) {
		if err := s.update(func(tx *bbolt.Tx) error { return appendAudit(tx, s.cd, chunk, now) }); err != nil {
			return err
		}
	}
	return nil
}

// appendAudit writes the records in tx.
func appendAudit(tx *bbolt.Tx, cd *codec, records []AuditRecord, now time.Time) error {
	defer releaseMapped(tx)
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	audit, err := bucket(tx, bucketAudit)
	if err != nil {
		return err
	}
	for i, r := range records {
		if i > 0 && i%releaseEvery == 0 {
			releaseMapped(tx)
		}
		key := []byte(r.ID)
		if confs.Get(key) == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, r.ID)
		}
		if err := appendAuditEntries(audit, cd, key, []conference.Change{r.Change}, now); err != nil {
			return err
		}
	}
	return nil
}
