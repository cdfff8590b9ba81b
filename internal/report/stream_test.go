package report

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"kofa/internal/conference"
	"kofa/internal/export"
)

// TestFromArchivesGivesTheReportOfACollector: the report made straight
// from archive files, which keeps no conference, is the report a
// Collector makes of the same files read one after the other, duplicates
// folded the same way: a newer copy in a later file, a newer copy in an
// earlier file, an equal copy (the first file's wins), a copy twice in
// one file; a file that is no archive adds nothing, however many files
// are read at once.
func TestFromArchivesGivesTheReportOfACollector(t *testing.T) {
	t.Parallel()
	confs := seeded(40)
	changed := func(cs []*conference.Conference, later int64, edit func(*conference.Conference)) []*conference.Conference {
		var out []*conference.Conference
		for _, c := range cs {
			cp := *c
			edit(&cp)
			cp.UpdatedAt = c.UpdatedAt.Add(time.Duration(later))
			out = append(out, &cp)
		}
		return out
	}
	third := len(confs) / 3
	noView := func(c *conference.Conference) { c.ChildView = conference.View{} }
	noDissent := func(c *conference.Conference) { c.Assessment.Dissent = nil }
	reopened := func(c *conference.Conference) { c.Status = conference.StatusRunning }
	files := [][]byte{
		archiveOf(t, append(slices.Clone(confs[:third]), changed(confs[third:third+5], 0, reopened)...)),
		archiveOf(t, append(changed(confs[:8], 1, noView), confs[third:2*third]...)),
		[]byte("%PDF-1.7 not an archive"),
		archiveOf(t, append(changed(confs[2*third:2*third+3], -1, noDissent),
			append(slices.Clone(confs[2*third:]), changed(confs[2*third+5:2*third+9], 2, noDissent)...)...)),
	}
	day := conference.DateOf(now)
	period := Period{From: day.AddDays(-3 * 365), To: day}

	col := NewCollector()
	for _, f := range files {
		err := col.AddArchive(bytes.NewReader(f))
		if e, ok := errors.AsType[*export.ArchiveError](err); ok && e.Problem == export.ProblemFormat {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	want := col.Build(period, day)
	if want.Folded != 5+8+3+4 || want.Sources != 3 {
		t.Fatalf("the collector folded %d of 3 archives (%d): the test's files are not what it means", want.Folded, want.Sources)
	}
	open := func(i int) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(files[i])), nil }
	for _, workers := range []int{1, 2, len(files)} {
		got, errs := FromArchives(len(files), open, period, day, workers)
		for i, err := range errs {
			var e *export.ArchiveError
			if isNoArchive := i == 2; isNoArchive != (errors.As(err, &e) && e.Problem == export.ProblemFormat) {
				t.Fatalf("%d workers: file %d: error %v", workers, i, err)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers: from the archives\n%+v\nfrom a collector\n%+v", workers, got, want)
		}
	}
}

// TestFromArchivesNamesEachFilesError: a damaged file gives the error a
// Collector gets reading it, and counts nothing; one that cannot be
// opened gives the error of opening it.
func TestFromArchivesNamesEachFilesError(t *testing.T) {
	t.Parallel()
	good := archiveOf(t, seeded(5))
	damaged := bytes.Replace(good, []byte(`"actions": [`), []byte(`"actions": 7, "x": [`), 1)
	if bytes.Equal(damaged, good) {
		t.Fatal("the test's damage did not take")
	}
	wantErr := NewCollector().AddArchive(bytes.NewReader(damaged))
	if wantErr == nil {
		t.Fatal("a collector reads the damaged archive")
	}
	gone := errors.New("gone")
	files := [][]byte{good, damaged, nil}
	open := func(i int) (io.ReadCloser, error) {
		if files[i] == nil {
			return nil, gone
		}
		return io.NopCloser(bytes.NewReader(files[i])), nil
	}
	r, errs := FromArchives(len(files), open, Period{}, conference.DateOf(now), 2)
	if errs[0] != nil || errs[1] == nil || errs[1].Error() != wantErr.Error() || !errors.Is(errs[2], gone) {
		t.Fatalf("errors %v, want nil, %v, %v", errs, wantErr, gone)
	}
	if r.Sources != 1 {
		t.Errorf("%d archives read, want 1", r.Sources)
	}
}

// TestDaysMedianIsTheMedianOfTheSortedDays: counting days by value gives
// the median of the sorted list.
func TestDaysMedianIsTheMedianOfTheSortedDays(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(15, 7))
	for n := range 40 {
		var d days
		var list []int
		for range n {
			v := rng.IntN(12) - 3
			d.add(v)
			list = append(list, v)
		}
		slices.Sort(list)
		if got, want := d.median(), conference.MedianOf(list); got != want {
			t.Fatalf("%v: median %v, want %v", list, got.Float(), want.Float())
		}
	}
}
