package cli

import (
	"errors"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/crash"
	"kofa/internal/export"
	"kofa/internal/privatefile"
	"kofa/internal/store"
)

// exportAll writes one file per conference into f.dir. It checks every
// target first, so that it refuses before writing anything when a file
// is in the way.
//
// A store holds thousands of conferences, so the export streams: the
// store reads them a chunk at a time and decodes them on several
// goroutines, which render the minutes and write each to a temporary file
// of a privatefile.Batch, so memory does not grow with the number of
// conferences. Durability is paid per thousand files, not per file: the
// batch syncs them together, only then gives each its name (a crash leaves
// every file complete or absent, never half-written under its name), and
// syncs the folder; the hashes then go into the audit logs in a few
// durable transactions. Syncing each file, its folder and an audit
// transaction one conference at a time waited for the disk three times
// per conference; syncing all at the end waited for the disk once, but
// with nothing else to do meanwhile.
func (inv *invocation) exportAll(f exportFlags) error {
	return inv.withExistingStore(
		func(string) error { return failf(inv.tr.T("export.cli.no_store")) },
		func(s *store.Store) error {
			list, err := s.List()
			if err != nil {
				return err
			}
			cat := inv.exportCatalogue()
			workers := exportWorkers()
			if f.variant == export.VariantTasks {
				if list, err = conferencesWithTasks(s, list, f.inst, cat, workers); err != nil {
					return err
				}
			}
			if len(list) == 0 {
				return failf(inv.tr.T("export.cli.nothing"))
			}
			ids := make([]conference.ID, len(list))
			for i, sum := range list {
				ids[i] = sum.ID
				if target := filepath.Join(f.dir, minutesFileName(summaryConference(sum), f.variant)); !f.force && exists(target) {
					return failf(inv.tr.T("export.cli.exists", target))
				}
			}
			if err := mkdirPrivateAll(f.dir); err != nil {
				return failf(inv.tr.T("export.cli.write_failed", f.dir, err.Error()))
			}
			if err := inv.writeAllMinutes(s, ids, f, cat, workers); err != nil {
				return err
			}
			inv.printOut(inv.tr.N("export.cli.written_all", len(ids), len(ids), f.dir))
			return nil
		})
}

// flushEvery is how many of n files export --all writes before it makes
// them durable, places them and records them, while it goes on rendering
// the next ones: the disk then works beside the processor, instead of
// once at the end while nothing else happens. About ten flushes, none for
// fewer than a hundred files.
func flushEvery(n int) int { return max(n/10, 100) }

// writeAllMinutes renders and writes the minutes of the conferences ids
// into f.dir and records each file's hash in its conference's audit log.
// Every flushEvery files a flush, on a goroutine of its own, makes the
// files written so far durable, gives them their names and records them,
// while the workers render on; the last flush follows the last file.
func (inv *invocation) writeAllMinutes(s *store.Store, ids []conference.ID, f exportFlags, cat *catalogue.Catalogue, workers int) error {
	opt := export.Options{Lang: inv.lang, Variant: f.variant, For: f.inst, ExportedAt: inv.app.Now(), Catalogue: cat,
		WithStatus: f.withStatus}
	w := &minutesWriter{inv: inv, s: s, variant: f.variant, batch: privatefile.NewBatch(f.dir, f.force),
		byPath: make(map[string]written, len(ids)), every: flushEvery(len(ids)), due: make(chan struct{}, 1)}
	defer w.batch.Abort() // the temporary files of whatever was not placed
	flusher := make(chan struct{})
	go w.flushWhenDue(flusher)
	err := s.ForEachConference(ids, workers, func(c *conference.Conference) error {
		defer recapture()
		body := export.Body(c, opt)
		hash := export.Hash(body)
		return w.add(filepath.Join(f.dir, minutesFileName(c, f.variant)), c.ID, hash, append(body, export.Footer(hash, opt)...))
	})
	close(w.due)
	<-flusher
	if w.panicked != nil {
		panic(w.panicked)
	}
	if err != nil {
		return err
	}
	if w.failed != nil {
		return w.failed
	}
	return w.flush(w.batch.Commit)
}

// written is a file of export --all: its conference and the hash of its
// minutes.
type written struct {
	id   conference.ID
	hash string
}

// minutesWriter writes the files of export --all through a batch and
// records each file placed in its conference's audit log.
type minutesWriter struct {
	inv     *invocation
	s       *store.Store
	variant string
	batch   *privatefile.Batch
	every   int           // files between flushes
	due     chan struct{} // a flush is due

	mu       sync.Mutex
	byPath   map[string]written // added, not yet recorded
	added    int
	failed   error        // the first failure of a flush, which ends the export
	panicked *crash.Panic // a flush's panic, raised again by writeAllMinutes
}

// add writes one file into the batch and asks for a flush every w.every
// files.
func (w *minutesWriter) add(path string, id conference.ID, hash string, data []byte) error {
	w.mu.Lock()
	if w.failed != nil {
		w.mu.Unlock()
		return w.failed
	}
	w.byPath[path] = written{id, hash} // before a flush can place it
	w.mu.Unlock()
	if err := w.batch.Add(path, data); err != nil {
		w.mu.Lock()
		delete(w.byPath, path)
		w.mu.Unlock()
		return w.inv.exportWriteError(path, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.added++; w.added%w.every == 0 {
		select {
		case w.due <- struct{}{}:
		default: // a flush is due already
		}
	}
	return nil
}

// flushWhenDue flushes whenever asked to until w.due is closed, and then
// closes done. A failure stops it and the export; a panic too.
func (w *minutesWriter) flushWhenDue(done chan<- struct{}) {
	defer close(done)
	defer func() {
		if r := recover(); r != nil {
			w.mu.Lock()
			w.panicked, w.failed = crash.Capture(r), errFlushPanicked
			w.mu.Unlock()
		}
	}()
	for range w.due {
		if err := w.flush(w.batch.Flush); err != nil {
			w.mu.Lock()
			w.failed = err
			w.mu.Unlock()
			return
		}
	}
}

// flush places what the batch holds (Flush, or Commit at the end) and
// records the files placed: they are on disk under their names, also when
// a later one failed.
func (w *minutesWriter) flush(place func() ([]string, string, error)) error {
	placed, failed, err := place()
	err = w.inv.exportWriteError(failed, err)
	records := make([]store.AuditRecord, 0, len(placed))
	w.mu.Lock()
	for _, path := range placed {
		x := w.byPath[path]
		records = append(records, store.AuditRecord{ID: x.id, Change: exportChange(w.variant, x.hash)})
		delete(w.byPath, path)
	}
	w.mu.Unlock()
	return errors.Join(err, w.s.AppendAudit(records))
}

// exportWriteError turns an error writing the file at path into the
// command's message; nil stays nil.
func (inv *invocation) exportWriteError(path string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errTargetExists):
		return failf(inv.tr.T("export.cli.exists", path))
	}
	return failf(inv.tr.T("export.cli.write_failed", path, err.Error()))
}

// conferencesWithTasks keeps the conferences of list, in their order,
// that have actions of the institution inst.
func conferencesWithTasks(s *store.Store, list []conference.Summary, inst string, cat *catalogue.Catalogue, workers int) ([]conference.Summary, error) {
	ids := make([]conference.ID, len(list))
	for i, sum := range list {
		ids[i] = sum.ID
	}
	var mu sync.Mutex
	with := map[conference.ID]bool{}
	err := s.ForEachConference(ids, workers, func(c *conference.Conference) error {
		defer recapture()
		if export.HasTasksFor(c, inst, cat) {
			mu.Lock()
			with[c.ID] = true
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(list, func(sum conference.Summary) bool { return !with[sum.ID] }), nil
}

// errFlushPanicked stops the workers after a flush panicked; the panic is
// raised again once they have stopped.
var errFlushPanicked = errors.New("export: a flush panicked")

// recapture, deferred in code that runs on a worker goroutine, describes a
// panic there while its stack still shows where it happened, and passes
// it on; the store raises it again in the command's goroutine, where it
// is reported like any other panic (package crash).
func recapture() {
	if r := recover(); r != nil {
		panic(crash.Capture(r))
	}
}

// exportWorkers is how many conferences are decoded and rendered at a
// time: two per processor, so that one waits for the disk while another
// computes.
func exportWorkers() int { return 2 * runtime.GOMAXPROCS(0) }

// summaryConference is as much of a conference as its file name needs
// (see minutesFileName), from its summary: enough to check the targets
// before any conference is read.
func summaryConference(sum conference.Summary) *conference.Conference {
	return &conference.Conference{ID: sum.ID, Kind: sum.Kind, CaseCode: sum.CaseCode, Topic: sum.Topic, Date: sum.Date}
}
