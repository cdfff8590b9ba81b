package closing

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// maxNotice caps the lines of a notice.
const maxNotice = 6

var sectionKeys = [numSections]string{
	"closing.section.readback", "closing.section.parked", "closing.section.resp",
	"closing.section.review", "closing.section.close",
}

// View implements phase.Editor: the section line, the current section,
// notices, and the open form or question.
func (e *Editor) View(width, height int) string {
	// The conference may have changed under the editor (a topic parked
	// with the workspace's key): fit the cursors before drawing.
	e.sync()
	var panel []string
	switch {
	case e.confirm != nil:
		panel = strings.Split(e.confirm.View(width), "\n")
	case e.editing():
		panel = e.edit.Lines(width, max(1, min(height-4, 12)))
	}
	notice := e.noticeLines(width)
	if height-len(panel)-len(notice) < 3 {
		notice = nil
	}
	bodyH := height - 2 - len(panel) - len(notice)
	if bodyH < 1 {
		return widget.Clip(strings.Join(panel, "\n"), width, height)
	}
	lines := []string{e.tabLine(width), ""}
	lines = append(lines, e.sectionLines(width, bodyH)...)
	return widget.AtFoot(lines, append(notice, panel...), width, height)
}

func (e *Editor) sectionLines(width, height int) []string {
	var lines []string
	switch e.sec {
	case secReadback:
		lines = e.readbackLines(width, height)
	case secParked:
		lines = e.parkedLines(width, height)
	case secResp:
		lines = e.respLines(width, height)
	case secReview:
		lines = e.reviewLines(width, height)
	case secClose:
		lines = e.closeLines(width, height)
	}
	if len(lines) > height {
		lines = lines[:height]
	}
	return lines
}

// done reports whether a section has everything it needs, for the mark
// on its tab.
func (e *Editor) done(s section) bool {
	c := e.ctx.Conf
	switch s {
	case secReadback:
		return c.AwaitingAgreement() == 0
	case secParked:
		for _, t := range c.Parked {
			if t.OwnerID == "" {
				return false
			}
		}
		return true
	case secResp:
		_, ok := c.Responsible(conference.RespCaseLead)
		return ok || c.Kind != conference.KindCase
	case secReview:
		return !c.NextReview.IsZero() && len(c.Distribution) > 0
	}
	return c.Status == conference.StatusClosed
}

// tabLine shows the sections with their numbers, a ✓ when complete and a
// · when not, the current one marked ▸. When the names do not fit, only
// the current one is named.
func (e *Editor) tabLine(width int) string {
	st := e.ctx.Styles
	full := func(short bool) ([]string, []int) {
		parts := make([]string, numSections)
		widths := make([]int, numSections)
		for i := range numSections {
			mark := "·"
			if e.done(i) {
				mark = "✓"
			}
			text := strconv.Itoa(int(i)+1) + mark
			if !short || i == e.sec {
				text = strconv.Itoa(int(i)+1) + " " + e.ctx.Msgs.T(sectionKeys[i]) + " " + mark
			}
			if i == e.sec {
				parts[i] = st.Title.Render("▸" + text)
			} else {
				parts[i] = st.Muted.Render(" " + text)
			}
			widths[i] = ansi.StringWidth(parts[i])
		}
		return parts, widths
	}
	parts, widths := full(false)
	total := 0
	for _, w := range widths {
		total += w + 2
	}
	if total > width {
		parts, widths = full(true)
	}
	e.tabs = e.tabs[:0]
	x := 0
	for _, w := range widths {
		e.tabs = append(e.tabs, span{x, x + w})
		x += w + 2
	}
	return widget.Truncate(strings.Join(parts, "  "), width)
}

// noticeLines shows the notice: its first line as information, the rest
// (problem texts) as warnings.
func (e *Editor) noticeLines(width int) []string {
	if len(e.notice) == 0 {
		return nil
	}
	st := e.ctx.Styles
	out := []string{""}
	for _, l := range firstLines(widget.Wrap(e.notice[0], width), 2) {
		out = append(out, widget.Truncate(st.Info.Render(l), width))
	}
	for _, n := range e.notice[1:] {
		for _, l := range firstLines(widget.Wrap("⚠ "+n, width), 2) {
			out = append(out, widget.Truncate(st.Warning.Render(l), width))
		}
	}
	if len(out) > maxNotice+1 {
		out = out[:maxNotice+1]
	}
	return out
}
