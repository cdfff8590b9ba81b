package report

import (
	"io"
	"sync"

	"kofa/internal/conference"
	"kofa/internal/export"
)

// FromArchives makes the report of period p, as of today, straight from
// n archive files (open opens file i; it is called twice per file), in
// memory that does not grow with the number of conferences: no
// conference is kept once counted. Several files are read at once
// (workers).
//
// A conference in several archives counts once, as with a Collector: the
// one changed last, and of equal ones the first (by file, then place in
// the file). To know which one that is before counting, each archive is
// read twice: first only the IDs and times of change, into a set with
// one small entry per conference; then in the Fields the report needs,
// counting each conference where it wins and forgetting it.
//
// errs holds for each file the error that ended its reading (nil: read),
// as Collector.AddArchive returns it: the caller tells files that are no
// archive from damaged ones. A file with an error adds nothing;
// Report.Sources counts the files read.
func FromArchives(n int, open func(i int) (io.ReadCloser, error), p Period, today conference.Date, workers int) (r *Report, errs []error) {
	errs = make([]error, n)
	winners := newWinners()
	each(n, workers, func(i int) {
		var stamps []stamp
		err := scanFile(open, i, stampFields, func(c *conference.Conference, _ int) {
			stamps = append(stamps, stamp{id: c.ID, at: at(c)})
		})
		if err != nil {
			errs[i] = err
			return
		}
		winners.add(i, stamps)
	})

	t := newTally(p, today)
	var mu sync.Mutex
	read := make([]bool, n)
	each(n, workers, func(i int) {
		// A file whose first reading failed is read again all the same:
		// the error the report gives is the one of reading it in full,
		// as a Collector would.
		err := scanFile(open, i, Fields, func(c *conference.Conference, k int) {
			if winners.won(c.ID, i, k) {
				f := Digest(c)
				mu.Lock()
				t.add(f)
				mu.Unlock()
			}
		})
		if err == nil {
			err = errs[i]
		}
		errs[i], read[i] = err, err == nil
	})
	r = t.report()
	r.Folded = winners.folded
	for _, ok := range read {
		if ok {
			r.Sources++
		}
	}
	return r, errs
}

// stampFields are what the first reading decodes of each conference.
var stampFields = []string{"id", "updated_at"}

// scanFile reads archive i one conference at a time in fields, calling fn
// with each and its place in the file.
func scanFile(open func(int) (io.ReadCloser, error), i int, fields []string, fn func(c *conference.Conference, k int)) error {
	f, err := open(i)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }()
	k := 0
	return export.ScanArchive(f, fields, func(c *conference.Conference) error {
		fn(c, k)
		k++
		return nil
	})
}

// each calls fn for 0..n-1 on up to workers goroutines.
func each(n, workers int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(max(1, workers), max(1, n)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// stamp is a conference's ID and time of change, in order of the file.
type stamp struct {
	id conference.ID
	at instant
}

// instant is a time of change, as small as it goes (no time zone) for
// the set of winners.
type instant struct {
	sec  int64
	nsec int32
}

func at(c *conference.Conference) instant {
	return instant{sec: c.UpdatedAt.Unix(), nsec: int32(c.UpdatedAt.Nanosecond())}
}

func (a instant) after(b instant) bool {
	return a.sec > b.sec || (a.sec == b.sec && a.nsec > b.nsec)
}

// place is where the winning copy of a conference is, and when it was
// changed.
type place struct {
	at         instant
	file, item int32
}

// winners is the set of conferences seen, each with its winning copy.
type winners struct {
	mu     sync.Mutex
	best   map[conference.ID]place
	folded int
}

func newWinners() *winners { return &winners{best: map[conference.ID]place{}} }

// add takes the stamps of file i. Which copy wins does not depend on the
// order files are added in: the newest, then the first by file and place.
func (w *winners) add(i int, stamps []stamp) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for k, s := range stamps {
		p := place{at: s.at, file: int32(i), item: int32(k)}
		old, seen := w.best[s.id]
		if seen {
			w.folded++
			if !p.beats(old) {
				continue
			}
		}
		w.best[s.id] = p
	}
}

func (p place) beats(old place) bool {
	switch {
	case p.at.after(old.at):
		return true
	case old.at.after(p.at):
		return false
	}
	return p.file < old.file || (p.file == old.file && p.item < old.item)
}

// won reports whether the conference at place k of file i is the copy
// that counts. Only read once every file is added.
func (w *winners) won(id conference.ID, i, k int) bool {
	p, ok := w.best[id]
	return ok && p.file == int32(i) && p.item == int32(k)
}
