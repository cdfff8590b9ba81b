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
// conferences. Durability is paid once, not per file: the batch syncs all
// files together, only then gives each its name (a crash leaves every
// file complete or absent, never half-written under its name), and syncs
// the folder; the hashes then go into the audit logs in one durable
// transaction. Syncing each file, its folder and an audit transaction one
// conference at a time waited for the disk three times per conference.
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

// writeAllMinutes renders and writes the minutes of the conferences ids
// into f.dir and records each file's hash in its conference's audit log.
func (inv *invocation) writeAllMinutes(s *store.Store, ids []conference.ID, f exportFlags, cat *catalogue.Catalogue, workers int) error {
	opt := export.Options{Lang: inv.lang, Variant: f.variant, For: f.inst, ExportedAt: inv.app.Now(), Catalogue: cat,
		WithStatus: f.withStatus}
	batch := privatefile.NewBatch(f.dir, f.force)
	defer batch.Abort() // the temporary files of whatever was not placed
	type written struct {
		id   conference.ID
		hash string
	}
	var (
		mu     sync.Mutex
		byPath = make(map[string]written, len(ids)) // file -> its conference and hash
	)
	err := s.ForEachConference(ids, workers, func(c *conference.Conference) error {
		defer recapture()
		body := export.Body(c, opt)
		hash := export.Hash(body)
		path := filepath.Join(f.dir, minutesFileName(c, f.variant))
		if err := inv.exportWriteError(path, batch.Add(path, append(body, export.Footer(hash, opt)...))); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		byPath[path] = written{c.ID, hash}
		return nil
	})
	if err != nil {
		return err
	}
	placed, failed, err := batch.Commit()
	err = inv.exportWriteError(failed, err)
	// The files placed are on disk under their names: record them, also
	// when a later one failed.
	records := make([]store.AuditRecord, 0, len(placed))
	for _, path := range placed {
		w := byPath[path]
		records = append(records, store.AuditRecord{ID: w.id, Change: exportChange(f.variant, w.hash)})
	}
	return errors.Join(err, s.AppendAudit(records))
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
