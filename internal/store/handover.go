package store

import (
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// propagateHandover records, in the same transaction as the save of
// closed handover id, that the actions it took over were handed over in
// the conferences they were agreed in (conference.ApplyHandover), so the
// sending office's follow-up list and the report no longer count them as
// its own open actions. A source conference deleted meanwhile is left
// alone; an entry recorded before is not recorded again, so saving the
// handover again (its receipt, an export) changes nothing there.
func propagateHandover(tx *bbolt.Tx, cd *codec, id conference.ID, entries map[conference.ID][]conference.ActionStatus, now time.Time) error {
	confs, err := bucket(tx, bucketConferences)
	if err != nil {
		return err
	}
	sources := make([]conference.ID, 0, len(entries))
	for src := range entries {
		sources = append(sources, src)
	}
	slices.Sort(sources) // the same order every time
	for _, src := range sources {
		key := []byte(src)
		data := confs.Get(key)
		if data == nil || src == id {
			continue
		}
		var c conference.Conference
		if err := cd.decode(bucketConferences, key, data, &c); err != nil {
			return damage(err)
		}
		c.ID = src
		if !c.ApplyHandover(entries[src], now) {
			continue
		}
		c.Touch(now)
		ch := conference.Change{Op: conference.OpUpdate, Path: "status_log", Arg: "handover " + string(id)}
		if err := putConference(tx, cd, &c, []conference.Change{ch}, now); err != nil {
			return err
		}
	}
	return nil
}

// CaseConferences returns every conference of the case with the case code
// (case conferences and handovers), oldest first: the case's history, as
// the handover document tells it. Only the summaries are read to find
// them.
func (s *Store) CaseConferences(caseCode string) ([]*conference.Conference, error) {
	if caseCode == "" {
		return nil, nil
	}
	sums, err := s.List()
	if err != nil {
		return nil, err
	}
	var out []*conference.Conference
	for _, sum := range sums {
		if !sum.Kind.AboutCase() || sum.CaseCode != caseCode {
			continue
		}
		c, err := s.Get(sum.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return conference.CaseConferences(out, caseCode), nil
}

// PendingReceipts returns the handovers held whose receipt is still to be
// confirmed, oldest first. Only handovers are read in full.
func (s *Store) PendingReceipts() ([]conference.PendingReceipt, error) {
	sums, err := s.List()
	if err != nil {
		return nil, err
	}
	var out []conference.PendingReceipt
	for _, sum := range sums {
		if sum.Kind != conference.KindHandover || sum.Status == conference.StatusPreparing {
			continue
		}
		c, err := s.Get(sum.ID)
		if err != nil {
			return nil, err
		}
		if p, ok := c.PendingReceipt(); ok {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b conference.PendingReceipt) int {
		if x := a.Date.Compare(b.Date); x != 0 {
			return x
		}
		return strings.Compare(string(a.ID), string(b.ID))
	})
	return out, nil
}
