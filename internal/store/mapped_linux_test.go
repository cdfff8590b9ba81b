package store

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// mappedRSS is how many kilobytes of the memory map starting at addr are
// resident, from /proc/self/smaps.
func mappedRSS(t *testing.T, addr uintptr) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps")
	}
	defer f.Close()
	start := fmt.Sprintf("%x-", addr)
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if fields := strings.Fields(line); len(fields) > 0 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			in = strings.HasPrefix(line, start)
			continue
		}
		if kb, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(kb), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("no mapping at %x in /proc/self/smaps", addr)
	return 0
}

// TestReleaseMappedDropsTheReadPagesFromResidentMemory: reading every
// conference maps the file's pages into kofa's resident memory;
// releaseMapped gives them back, and the data can be read again.
func TestReleaseMappedDropsTheReadPagesFromResidentMemory(t *testing.T) {
	s := openTemp(t)
	ids := manyConferences(t, s, 60)
	var readKB, releasedKB int
	err := s.view(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketConferences)
		sum := 0
		for _, id := range ids {
			for _, c := range b.Get([]byte(id)) {
				sum += int(c)
			}
		}
		addr := tx.DB().Info().Data
		readKB = mappedRSS(t, addr)
		releaseMapped(tx)
		releasedKB = mappedRSS(t, addr)
		// The pages come back from the page cache, unchanged.
		again := 0
		for _, id := range ids {
			for _, c := range b.Get([]byte(id)) {
				again += int(c)
			}
		}
		if again != sum {
			t.Error("the values read differently after the release")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if readKB < 1000 || releasedKB > readKB/10 {
		t.Errorf("map resident: %d kB after reading, %d kB after releaseMapped; want most of it gone", readKB, releasedKB)
	}
	var c conference.Conference
	if err := s.decodeConference([]byte(ids[0]), mustGetRaw(t, s, ids[0]), &c); err != nil || c.ID != ids[0] {
		t.Errorf("decode after release: %v", err)
	}
}

func mustGetRaw(t *testing.T, s *Store, id conference.ID) []byte {
	t.Helper()
	var out []byte
	if err := s.view(func(tx *bbolt.Tx) error {
		out = append(out, tx.Bucket(bucketConferences).Get([]byte(id))...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}
