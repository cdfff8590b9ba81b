package main

import (
	"fmt"
	"testing"
	"time"

	"kofa/bench/seed"
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
