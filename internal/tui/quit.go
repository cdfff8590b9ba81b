package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/crash"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/widget"
	"kofa/internal/tui/workspace"
)

// ErrPanic marks the error Run returns after a recovered panic.
var ErrPanic = crash.ErrPanic

// PanicError is a recovered panic: what went wrong (a runtime error's text
// or only the panic value's type, never a value that might hold personal
// data) and the stack (functions, files and lines, no values). The command
// line writes it to a crash note.
type PanicError = crash.Panic

func panicError(r any) *PanicError { return crash.Capture(r) }

// crashed records a panic and ends the program after one last attempt to
// commit what was typed (the conference is plain data: a half-finished
// update still saves as a valid conference).
func (a *App) crashed(r any) tea.Cmd {
	a.crash = panicError(r)
	return a.endAfterCrash()
}

func (a *App) endAfterCrash() tea.Cmd {
	if a.crashEnd {
		return nil
	}
	a.crashEnd = true
	if a.workspace() == nil {
		return tea.Quit
	}
	flush := a.safeFlush()
	if flush == nil {
		return tea.Quit
	}
	return func() tea.Msg {
		runAll(flush)
		return tea.QuitMsg{}
	}
}

// runAll runs cmd and every command of the batches it returns, dropping
// their messages: the last commit after a panic, done off the event loop.
func runAll(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if batch, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range batch {
			runAll(c)
		}
	}
}

// safeFlush starts the last commit after a panic; if the editor panics
// again while its field is committed, the program ends without it (what
// the store has is safe).
func (a *App) safeFlush() (cmd tea.Cmd) {
	defer func() {
		if recover() != nil {
			cmd = nil
		}
	}()
	return a.flushWorkspace()
}

// flushWorkspace commits what the open workspace holds, its results
// addressed to it.
func (a *App) flushWorkspace() tea.Cmd {
	id, _ := a.idOf(func(s screen) bool { _, ok := s.(*workspace.Model); return ok })
	return address(id, a.workspace().Flush())
}

// quit ends kofa, first committing whatever is not saved. It never asks
// "save?": it saves.
func (a *App) quit() tea.Cmd {
	a.quitting = true
	a.showHelp = false
	if p := a.partnerDir(); p != nil {
		id, _ := a.idOf(func(s screen) bool { _, ok := s.(partnersScreen); return ok })
		return address(id, p.Flush()) // quitIfSaved quits once it is saved
	}
	if a.workspace() == nil {
		return tea.Quit
	}
	return a.flushWorkspace()
}

// quitIfSaved ends the program once quitting and everything is saved, and
// opens the quit question when the flush failed.
func (a *App) quitIfSaved() tea.Cmd {
	if !a.quitting || a.quitAsk != nil {
		return nil
	}
	if p := a.partnerDir(); p != nil {
		busy, unsaved := p.Pending()
		if busy {
			return nil
		}
		if unsaved {
			// The store refused the change of the open entry; the screen
			// says why and how to drop it. Nothing is given up silently.
			a.quitting = false
			return nil
		}
	}
	switch a.SaveState() {
	case saver.Saved:
		return tea.Quit
	case saver.Failed:
		if !a.workspace().SaveBusy() {
			a.quitting = false
			a.quitAsk = newQuitDialog(a)
		}
	}
	return nil
}

// quitDialog asks what to do when the flush before quitting failed: retry,
// keep working, or quit and lose what is not saved (asked twice).
type quitDialog struct {
	retry, back, anyway key.Binding
	sure                *widget.Confirm // second question, once "quit anyway" was chosen
}

func newQuitDialog(a *App) *quitDialog {
	return &quitDialog{
		retry:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", a.tr.T("tui.quit.retry"))),
		back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", a.tr.T("tui.quit.back"))),
		anyway: key.NewBinding(key.WithKeys("Q"), key.WithHelp("Q", a.tr.T("tui.quit.anyway"))),
	}
}

func (a *App) answerQuit(k tea.KeyPressMsg) tea.Cmd {
	d := a.quitAsk
	if d.sure != nil {
		switch d.sure.Update(k) {
		case widget.Yes:
			return tea.Quit
		case widget.No:
			d.sure = nil
		}
		return nil
	}
	switch {
	case key.Matches(k, d.retry):
		a.quitAsk = nil
		return a.quit()
	case key.Matches(k, d.back):
		a.quitAsk = nil
	case key.Matches(k, d.anyway):
		d.sure = widget.NewConfirm(a.tr, a.styles, a.tr.T("tui.quit.sure.title"), a.tr.T("tui.quit.sure.body"))
	}
	return nil
}

func (d *quitDialog) view(a *App, width, height int) string {
	if d.sure != nil {
		return widget.Clip(d.sure.View(width), width, height)
	}
	text := a.tr.T("tui.quit.failed.title") + "\n\n" + a.tr.T("tui.quit.failed.body")
	if ws := a.workspace(); ws != nil {
		if err := ws.SaveErr(); err != nil {
			text += "\n" + a.tr.T("common.error", err.Error())
		}
	}
	var keys string
	for _, b := range []key.Binding{d.retry, d.back, d.anyway} {
		h := b.Help()
		keys += a.styles.HelpKey.Render(h.Key) + " " + a.styles.HelpDesc.Render(h.Desc) + "   "
	}
	return widget.Clip(widget.Box(a.styles, text+"\n\n"+keys, width), width, height)
}
