package export

import (
	"bytes"
	"io"
	"testing"

	"kofa/internal/conference"
	"kofa/internal/demo"
)

// countingReader counts the bytes read from it so far.
type countingReader struct {
	r    io.Reader
	read int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += n
	return n, err
}

// TestScanArchiveReadsOnlyAsFarAsTheConferenceHandedOver: the scanner
// hands each conference over before reading much beyond it, so it never
// holds more of an archive than about one conference and a buffer,
// however many conferences the archive has (the report across cases
// reads archives of thousands of conferences this way).
func TestScanArchiveReadsOnlyAsFarAsTheConferenceHandedOver(t *testing.T) {
	t.Parallel()
	const n = 100
	var items []ArchivedConference
	for range n {
		c := demo.Sample("de", sampleDay)
		c.ID = conference.NewID() // the same length each: the copies are the same size
		items = append(items, ArchivedConference{Conference: c})
	}
	data := mustEncode(t, NewArchive(items...))
	each := len(data) / n
	const slack = 128 << 10 // the scanner's buffer and then some
	if len(data) < 4*slack {
		t.Fatalf("the archive has only %d bytes: too small to tell", len(data))
	}
	src := &countingReader{r: bytes.NewReader(data)}
	k := 0
	err := ScanArchive(src, []string{"id", "date"}, func(c *conference.Conference) error {
		if limit := (k+1)*each + slack; src.read > limit {
			t.Fatalf("conference %d of %d handed over after reading %d of %d bytes (at most %d expected)",
				k+1, n, src.read, len(data), limit)
		}
		k++
		return nil
	})
	if err != nil || k != n {
		t.Fatalf("%d conferences read, error %v", k, err)
	}
}
