package main

import (
	"fmt"
	"time"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/demo"
	"kofa/internal/export"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/markdown"
)

// previewWidths are the terminal widths the preview budgets name.
var previewWidths = []int{80, 120}

// previewCase is a conference whose minutes the preview shows, with its
// budget.
type previewCase struct {
	target string
	budget time.Duration
	c      *conference.Conference
}

func previewCases(now time.Time) []previewCase {
	return []previewCase{
		{"preview of the minutes (demo conference, median)", 5 * time.Millisecond, demo.Sample("de", now)},
		{"preview of the minutes (large conference, median)", 30 * time.Millisecond, seed.Large(now, conference.PhaseActions)},
	}
}

// renderPreview is what the export preview does when it shows a variant:
// the minutes as Markdown, drawn for the terminal.
func renderPreview(c *conference.Conference, opt export.Options, width int, st *markdown.Styles) []string {
	return markdown.Render(export.Markdown(c, opt), width, st)
}

// previewStyles are the looks of the default theme on a dark terminal.
func previewStyles() *markdown.Styles {
	st := theme.Default(false).Styles(true)
	return markdown.NewStyles(&st)
}

// measurePreview times the preview's rendering of the demo conference and
// of the large one at 80 and 120 columns; the row shows the slower width's
// median.
func measurePreview(runs int) []Row {
	now := time.Now()
	st := previewStyles()
	opt := export.Options{Lang: i18n.DE, ExportedAt: now}
	var rows []Row
	for _, pc := range previewCases(now) {
		budget := "≤ " + ms(pc.budget)
		var worst time.Duration
		note := ""
		for _, w := range previewWidths {
			_ = renderPreview(pc.c, opt, w, st)
			var times sample
			lines := 0
			for range runs {
				t := time.Now()
				lines = len(renderPreview(pc.c, opt, w, st))
				times = append(times, time.Since(t))
			}
			m := times.median()
			worst = max(worst, m)
			if note != "" {
				note += "; "
			}
			note += fmt.Sprintf("%d columns: %s (p99 %s, %d lines)", w, ms(m), ms(times.p99()), lines)
		}
		rows = append(rows, Row{Target: pc.target, Budget: budget, Measured: ms(worst),
			Ratio: ratio(float64(worst), float64(pc.budget)), Status: verdict(worst <= pc.budget),
			Note: note + fmt.Sprintf("; %d runs each, export and rendering", runs)})
	}
	return rows
}
