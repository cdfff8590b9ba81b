package reports

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kofa/internal/conference"
	"kofa/internal/tui/widget"
)

// View implements phase.Editor: the title, the reports, who present has
// not reported yet, and the open form below.
func (e *Editor) View(width, height int) string {
	c, tr, st := e.ctx.Conf, e.ctx.Msgs, e.ctx.Styles
	top := []string{
		widget.Truncate(st.Title.Render(tr.N("network.reports.title", len(c.Reports()), len(c.Reports()))), width),
		widget.Truncate(st.Muted.Render(tr.T("network.reports.subtitle")), width),
	}
	var below []string
	if names := e.waitingNames(); names != "" {
		for _, line := range widget.Wrap("· "+tr.T("network.reports.waiting", names), width) {
			below = append(below, st.Muted.Render(line))
		}
	}
	if height-len(top) < 4 {
		top = nil
	}
	e.listTop = len(top)
	lines := append(top, e.list.Lines(width, height-len(top), below)...)
	return strings.Join(widget.FitLines(lines, width, min(height, len(lines))), "\n")
}

// waitingNames names who present has not reported yet, joined.
func (e *Editor) waitingNames() string {
	var names []string
	for _, id := range waiting(e.ctx.Conf) {
		names = append(names, e.ctx.Name(id))
	}
	return strings.Join(names, ", ")
}

// row renders report i: number, who (with the institution) and the start
// of the text.
func (e *Editor) row(i int, x conference.Contribution, selected bool, width int) string {
	tr, st := e.ctx.Msgs, e.ctx.Styles
	mark := "  "
	if selected {
		mark = "▸ "
	}
	who := st.Muted.Render(tr.T("network.reports.nobody"))
	if x.SpeakerID != "" {
		who = e.ctx.NameWithInstitution(x.SpeakerID, "")
	}
	whoW := min(40, max(10, width*2/5))
	text := strings.ReplaceAll(x.Text, "\n", " ")
	line := widget.Pad(strconv.Itoa(i+1), 3) + widget.Pad(who, whoW) + " " + text
	if selected {
		return st.Selected.Render(widget.Pad(mark+ansi.Strip(line), width))
	}
	return widget.Truncate(mark+line, width)
}
