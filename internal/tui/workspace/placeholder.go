package workspace

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// placeholder stands in for a phase whose editor is not written yet.
type placeholder struct{ ctx *phase.Context }

func newPlaceholder(ctx *phase.Context) phase.Editor { return placeholder{ctx: ctx} }

func (p placeholder) Update(tea.Msg) (phase.Editor, tea.Cmd) { return p, nil }
func (p placeholder) Typing() bool                           { return false }
func (p placeholder) KeyMap() help.KeyMap                    { return keyList(nil) }

func (p placeholder) View(width, height int) string {
	return widget.Clip(p.ctx.Styles.Muted.Render(p.ctx.Msgs.T("tui.ws.placeholder")), width, height)
}
