// Command ref is the reference for kofa's time to first frame: a bare
// Bubble Tea v2 program that draws one Lip Gloss-styled line in the
// alternate screen (as kofa does) and waits for q. The harness measures it
// and kofa side by side, through the same pseudo-terminal, in one run, so
// the ratio between them does not depend on the machine.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Marker is the text the harness waits for.
const Marker = "kofa-bench-reference-ready"

type model struct{ line string }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

func (m model) View() tea.View {
	v := tea.NewView(m.line)
	v.AltScreen = true
	return v
}

func main() {
	style := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#7D56F4")).Padding(0, 1)
	if _, err := tea.NewProgram(model{line: style.Render(Marker)}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
