package report

import (
	"io"

	"kofa/internal/conference"
	"kofa/internal/export"
)

// AddArchive adds the conferences of the archive r holds, read one at a
// time and only in the Fields the report needs (export.ScanArchive), and
// nothing of it is written anywhere. The collector keeps the Facts of
// each conference; for thousands of conferences FromArchives makes the
// report in memory that does not grow with them. A conference already collected from another archive
// is folded (Collector.Add). On an error, what was read of the archive so
// far stays collected; callers stop.
func (col *Collector) AddArchive(r io.Reader) error {
	err := export.ScanArchive(r, Fields, func(c *conference.Conference) error {
		col.Add(Digest(c))
		return nil
	})
	if err == nil {
		col.Sources++
	}
	return err
}
