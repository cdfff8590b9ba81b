package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"kofa/bench/seed"
	"kofa/internal/cli"
	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/store"
)

// The table comes from `go run ./bench`; these are the same measurements
// as Go benchmarks, for profiling one of them:
//
//	go test ./bench -run '^$' -bench Keystroke/worries -cpuprofile cpu.out

func BenchmarkKeystroke(b *testing.B) {
	for _, phase := range keystrokePhases {
		b.Run(string(phase), func(b *testing.B) {
			m, _ := typingWorkspace(phase)
			if m == nil {
				m = newWorkspace(phase)
			}
			keys := typed()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m.Update(keys[i%len(keys)])
				_ = m.View()
				i++
			}
		})
	}
}

func BenchmarkExportLarge(b *testing.B) {
	c := seed.Large(time.Now(), conference.PhaseActions)
	opt := export.Options{Lang: i18n.DE, ExportedAt: time.Now()}
	b.ReportAllocs()
	for b.Loop() {
		_ = export.Markdown(c, opt)
	}
}

// BenchmarkPreview renders the minutes as the export preview does, for the
// demo and the large conference at the widths of the budget:
//
//	go test ./bench -run '^$' -bench Preview
func BenchmarkPreview(b *testing.B) {
	now := time.Now()
	st := previewStyles()
	opt := export.Options{Lang: i18n.DE, ExportedAt: now}
	for i, pc := range previewCases(now) {
		for _, w := range previewWidths {
			b.Run(fmt.Sprintf("%s/%d", []string{"demo", "large"}[i], w), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = renderPreview(pc.c, opt, w, st)
				}
			})
		}
	}
}

// BenchmarkCommitFromEventLoop times the Update that starts a commit of
// the large conference (see commitRig).
func BenchmarkCommitFromEventLoop(b *testing.B) {
	r, err := newCommitRig()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		timer, err := r.prepare()
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cmd := r.m.Update(timer)
		b.StopTimer()
		r.finish(cmd)
		b.StartTimer()
	}
}

func BenchmarkSaveLarge(b *testing.B) {
	s, err := store.Open(b.TempDir()+"/kofa.db", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := seed.Large(time.Now(), conference.PhasePerspectives)
	if err := s.Save(c); err != nil {
		b.Fatal(err)
	}
	enc := store.NewEncoder()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		change := oneChange(c, i)
		e, err := enc.Encode(c)
		if err == nil {
			err = s.SaveEncoded(e, change)
		}
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkReportArchives is `kofa report --archives` in process over
// archive files of 10,000 conferences (writeReportArchives; writing them
// is not timed), with the highest live heap during the runs. The harness
// row (go run ./bench --only report) runs the built binary and compares
// its peak RSS with a tenth of the conferences; this one is for
// profiling:
//
//	go test ./bench -run '^$' -bench ReportArchives -benchtime 3x -cpuprofile cpu.out
func BenchmarkReportArchives(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "archives")
	if _, err := writeReportArchives(in, 10_000, time.Now()); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "report.md")
	var heapPeak uint64
	runtime.GC()
	stop := sampleHeap(&heapPeak)
	for b.Loop() {
		var stderr bytes.Buffer
		if code := cli.Main(context.Background(), []string{"report", "--archives", in, "-o", out, "--force"}, nil, io.Discard, &stderr); code != 0 {
			b.Fatalf("kofa report --archives: exit %d: %s", code, stderr.String())
		}
	}
	stop()
	b.ReportMetric(float64(heapPeak)/(1<<20), "MiB-heap-peak")
}
