package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"kofa/internal/tui/widget"
)

// helpOverlay renders every enabled key of the screen (the focused
// component's first) and the global keys, in columns that fit the screen.
// Opened from a field, it names F1 alone for help: ? is text there.
func (a *App) helpOverlay(km help.KeyMap, width, height int) string {
	global, close := a.keys, a.tr.T("tui.help.close")
	if a.typing() {
		global.Help.SetHelp("F1", global.Help.Help().Desc)
		close = a.tr.T("tui.help.close_typing")
	}
	groups := append(km.FullHelp(), global.FullHelp()...)
	var blocks [][]string
	keyW := 0
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() {
				keyW = max(keyW, ansi.StringWidth(b.Help().Key))
			}
		}
	}
	for _, g := range groups {
		var lines []string
		for _, b := range enabled(g) {
			h := b.Help()
			lines = append(lines, a.styles.HelpKey.Render(widget.Pad(h.Key, keyW))+"  "+a.styles.HelpDesc.Render(h.Desc))
		}
		if len(lines) > 0 {
			blocks = append(blocks, lines)
		}
	}
	title := a.styles.Title.Render(a.tr.T("tui.help.title"))
	rule := widget.Wrap(a.tr.T("tui.help.typing"), max(1, width))
	for i := range rule {
		rule[i] = a.styles.Info.Render(rule[i])
	}
	foot := a.styles.Muted.Render(close)
	body := columns(blocks, width, height-5-len(rule))
	lines := append(append(append([]string{title, ""}, body...), ""), rule...)
	return widget.Clip(strings.Join(append(lines, foot), "\n"), width, height)
}

func enabled(bs []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bs {
		if b.Enabled() && b.Help().Key != "" {
			out = append(out, b)
		}
	}
	return out
}

// columns flows blocks of lines (kept together, a blank line between) into
// as many columns as the height needs.
func columns(blocks [][]string, width, height int) []string {
	height = max(1, height)
	var cols [][]string
	var cur []string
	for _, b := range blocks {
		need := len(b)
		if len(cur) > 0 {
			need++
		}
		if len(cur)+need > height && len(cur) > 0 {
			cols = append(cols, cur)
			cur = nil
		}
		if len(cur) > 0 {
			cur = append(cur, "")
		}
		cur = append(cur, b...)
	}
	if len(cur) > 0 {
		cols = append(cols, cur)
	}
	colW := width
	if len(cols) > 1 {
		colW = max(10, width/len(cols)-2)
	}
	var out []string
	for row := 0; ; row++ {
		var line strings.Builder
		some := false
		for i, c := range cols {
			cell := ""
			if row < len(c) {
				cell, some = c[row], true
			}
			if i < len(cols)-1 {
				cell = widget.Pad(cell, colW) + "  "
			}
			line.WriteString(cell)
		}
		if !some {
			break
		}
		out = append(out, widget.Truncate(line.String(), width))
	}
	return out
}
