package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kofa/internal/cli"
)

// TestReportArchivesAreWhatTheReportReads: the archives the report row
// measures are read by `kofa report --archives` as a coordinator's would
// be: every file taken, the duplicates folded and said so.
func TestReportArchivesAreWhatTheReportReads(t *testing.T) {
	t.Parallel()
	in := filepath.Join(t.TempDir(), "archives")
	held, err := writeReportArchives(in, 300, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if held <= 300 {
		t.Fatalf("%d entries for 300 conferences: no handovers, no duplicates", held)
	}
	var out, stderr bytes.Buffer
	if code := cli.Main(context.Background(), []string{"--lang", "en", "report", "--archives", in}, nil, &out, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	md := out.String()
	for _, want := range []string{"10 archives", "found more than once and counted once", "## Handovers"} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q:\n%s", want, md)
		}
	}
}
