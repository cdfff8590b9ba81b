package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/home"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/preview"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/widget"
	"kofa/internal/tui/workspace"
)

// App is the one root model: it holds the stack of screens (screens.go),
// routes messages to them, and owns the global keys, the help overlay and
// quitting.
type App struct {
	repo      Repository
	tr        *i18n.Messages
	theme     *theme.Theme
	styles    *theme.Styles        // shared with every screen; rebuilt in place
	catalogue *catalogue.Catalogue // nil until needed: the built-in one (see lists)
	clock     clock.Clock
	keys      KeyMap
	editors   map[conference.PhaseID]phase.Factory
	openID    conference.ID
	demo      bool

	layout layout.Layout
	home   *home.Model // the bottom of the stack
	// stack holds the screens, home first, the one shown last; lastScreen
	// is the last address given to a screen.
	stack      []stacked
	lastScreen uint64
	folder     func() string      // Env.folder
	show       conference.PhaseID // the phase the next conference opened shows first
	showHelp   bool
	quitting   bool          // quit once everything is saved
	quitAsk    *quitDialog   // the flush before quitting failed
	err        string        // a failure to show on the home screen
	crash      *PanicError   // a recovered panic: the program ends with it
	crashEnd   bool          // the last flush after the panic has started
	notify     func(tea.Msg) // sends a message from outside Update; set by Run
	verified   func() error  // the store file's check (Env.Verified)
	damaged    error         // the check found the store file damaged
}

// verifiedMsg carries the result of the store file's check.
type verifiedMsg struct{ err error }

// lists is the catalogue of risk areas, roles, institutions...: the one
// the command line gave, or the built-in one, parsed the first time a
// screen needs it rather than before the first frame.
func (a *App) lists() *catalogue.Catalogue {
	if a.catalogue == nil {
		a.catalogue = catalogue.Builtin()
	}
	return a.catalogue
}

// openedMsg carries a conference loaded for the workspace.
type openedMsg struct {
	conf *conference.Conference
	err  error
	show conference.PhaseID // the phase to show first (loadAt)
}

// newApp builds the root model from env (defaults filled in by Run).
func newApp(env Env, clk clock.Clock) *App {
	tr := i18n.New(env.Lang)
	styles := env.Theme.Styles(true) // dark until the terminal says otherwise
	a := &App{
		repo: env.Repo, tr: tr, theme: env.Theme, styles: &styles, catalogue: env.Catalogue,
		clock: clk, keys: DefaultKeyMap(tr), openID: env.OpenID, editors: env.editors, demo: env.Demo,
		verified: env.Verified, folder: env.folder,
	}
	if a.folder == nil {
		a.folder = preview.DocumentsFolder
	}
	a.home = home.New(home.Config{Repo: env.Repo, Msgs: tr, Styles: a.styles, Clock: clk, Demo: env.Demo, Folder: a.folder})
	a.lastScreen = 1
	a.stack = []stacked{{id: a.lastScreen, s: homeScreen{a.home}}}
	return a
}

// Init asks for the background colour (never waited for) and loads the
// home list, or opens the conference asked for.
func (a *App) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			cmd = guard(a.crashed(r))
		}
	}()
	// The check of the store file starts once the home list is read, so
	// that the first frame does not share the disk and the CPU with it.
	list := address(a.stack[0].id, a.home.Init())
	if verified := a.verified; verified != nil {
		list = tea.Sequence(list, func() tea.Msg { return verifiedMsg{err: verified()} })
	}
	cmds := []tea.Cmd{tea.RequestBackgroundColor, list}
	if a.openID != "" {
		cmds = append(cmds, a.load(a.openID))
	}
	return guard(tea.Batch(cmds...))
}

func (a *App) load(id conference.ID) tea.Cmd { return a.loadAt(id, "") }

// loadAt loads a conference to open it showing the phase show (a search
// hit's place; "" for the current phase).
func (a *App) loadAt(id conference.ID, show conference.PhaseID) tea.Cmd {
	repo := a.repo
	return func() tea.Msg {
		c, err := repo.Get(id) // its text cleaned by the store
		return openedMsg{conf: c, err: err, show: show}
	}
}

// Update routes: window size and errors first, then the open dialog, then
// global keys, then the focused screen only. A panic is recovered: what was
// typed is flushed to the store and the program ends with an error.
func (a *App) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			model, cmd = a, guard(a.crashed(r))
		}
	}()
	if m, ok := msg.(crashMsg); ok {
		return a, guard(a.onCrash(m))
	}
	if a.crash != nil {
		return a, guard(a.endAfterCrash()) // View panicked
	}
	cmd = a.route(msg)
	return a, guard(tea.Batch(cmd, a.quitIfSaved()))
}

// route gives msg to the root when it is the root's (its own results,
// what a screen asks of it), to the screen it is addressed to, and keys,
// the mouse and pastes to the screen on top.
func (a *App) route(msg tea.Msg) tea.Cmd {
	if m, ok := msg.(addressedMsg); ok {
		if cmd, ok := a.rootMsg(m.msg, m.to); ok {
			return cmd
		}
		s, ok := a.screenOf(m.to)
		if !ok {
			return nil // the screen that asked has closed since
		}
		return address(m.to, s.Update(m.msg))
	}
	if cmd, ok := a.rootMsg(msg, 0); ok {
		return cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return a.key(k)
	}
	return a.deliver(msg)
}

// rootMsg handles the messages that are the root's: the program's window
// and colours, the store check, a conference loaded, and the requests of
// the screens to open or close one (from is the address of the screen that
// asked; 0 when unknown). It reports whether msg was one.
func (a *App) rootMsg(msg tea.Msg, from uint64) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case verifiedMsg:
		if msg.err == nil {
			return nil, true
		}
		// The store file is damaged: end now, with the error, which the
		// command line reports with the newest backup. Nothing typed
		// since the start was written, so nothing is there to keep.
		a.damaged = msg.err
		return tea.Quit, true
	case tea.WindowSizeMsg:
		return a.resize(msg.Width, msg.Height), true
	case tea.BackgroundColorMsg:
		*a.styles = a.theme.Styles(msg.IsDark())
		return a.restylePreview(), true
	case openedMsg:
		if msg.err != nil {
			a.err = a.tr.T("tui.open_failed", msg.err.Error())
			a.home.SetError(a.err)
			return nil, true
		}
		a.show = msg.show
		return a.open(msg.conf, false), true
	case home.OpenMsg:
		return a.loadAt(msg.ID, msg.Phase), true
	case home.NewMsg:
		return a.open(newConference(msg, a.clock.Now()), true), true
	case home.QuitMsg:
		return a.quit(), true
	case workspace.CloseMsg:
		a.close(from, func(s screen) bool { _, ok := s.(*workspace.Model); return ok })
		return a.shownAgain(), true
	}
	if cmd, ok := a.routePreview(msg, from); ok {
		return cmd, true
	}
	if cmd, ok := a.routeTracker(msg, from); ok {
		return cmd, true
	}
	if cmd, ok := a.routePartners(msg, from); ok {
		return cmd, true
	}
	if cmd, ok := a.routeReport(msg, from); ok {
		return cmd, true
	}
	return a.routeAgreements(msg, from)
}

// key handles a key press: the quit question, then the help overlay, then
// the global keys, then the screen.
func (a *App) key(k tea.KeyPressMsg) tea.Cmd {
	if a.quitAsk != nil {
		return a.answerQuit(k)
	}
	if key.Matches(k, a.keys.Quit) {
		return a.quit()
	}
	if a.showHelp {
		if key.Matches(k, a.keys.Help) || k.String() == "esc" {
			a.showHelp = false
		}
		return nil
	}
	typing := a.typing()
	if key.Matches(k, a.keys.Help) && (k.String() == "f1" || !typing) {
		a.showHelp = true
		return nil
	}
	return a.update(a.top(), k)
}

func (a *App) typing() bool { return a.top().s.Typing() }

// screenKeys returns the current screen's keys for the help overlay.
func (a *App) screenKeys() help.KeyMap { return a.top().s.KeyMap() }

// open shows the workspace on c.
// open shows the workspace on c, over the screen that shows. One
// conference is open at a time: a second one loaded meanwhile (two quick
// keys) is not opened.
func (a *App) open(c *conference.Conference, created bool) tea.Cmd {
	if a.workspace() != nil {
		return nil
	}
	a.err = ""
	ws := workspace.New(workspace.Config{
		Conf: c, Store: a.repo, Msgs: a.tr, Catalogue: a.lists(), Styles: a.styles,
		Clock: a.clock, Editors: a.editors, Created: created, Demo: a.demo, Directory: a.repo.Directory, Agreements: a.repo.Agreements,
		KeyboardPerson: a.repo.KeyboardPerson, SetKeyboardPerson: a.repo.SetKeyboardPerson, Show: a.show,
	})
	a.show = ""
	return a.push(ws, ws.Init)
}

// resize lays out every screen of the stack.
func (a *App) resize(w, h int) tea.Cmd {
	a.layout = layout.Compute(w, h)
	cmds := make([]tea.Cmd, 0, len(a.stack))
	for _, e := range a.stack {
		cmds = append(cmds, address(e.id, e.s.SetLayout(a.layout)))
	}
	return tea.Batch(cmds...)
}

// View renders the screen. The window title is always just "kofa": a case
// code or name there would leak into task bars and screen recordings.
func (a *App) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			a.crash = panicError(r)
			v = a.frame(a.tr.T("tui.crash"))
			if a.notify != nil {
				a.notify(crashMsg{a.crash}) // end without waiting for a key
			}
		}
	}()
	return a.frame(a.content())
}

func (a *App) frame(content string) tea.View {
	v := tea.NewView(safeFrame(content)) // stored text may hold escapes
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "kofa"
	v.BackgroundColor = a.styles.Background
	v.ForegroundColor = a.styles.Foreground
	return v
}

func (a *App) content() string {
	l := a.layout
	switch {
	case a.crash != nil:
		return widget.Clip(a.tr.T("tui.crash"), l.Width, l.Height)
	case l.Mode == layout.TooSmall:
		text := a.tr.T("common.too_small", layout.CompactWidth, layout.CompactHeight)
		return widget.Clip(strings.Join(widget.Wrap(text, max(1, l.Width)), "\n"), l.Width, l.Height)
	case a.quitAsk != nil:
		return a.quitAsk.view(a, l.Width, l.Height)
	case a.showHelp:
		return a.helpOverlay(a.screenKeys(), l.Width, l.Height)
	}
	return a.top().s.View()
}

// Conference returns the open conference (nil on the home screen).
func (a *App) Conference() *conference.Conference {
	if ws := a.workspace(); ws != nil {
		return ws.Conference()
	}
	return nil
}

// SaveState reports the open workspace's save state (Saved on home).
func (a *App) SaveState() saver.State {
	if ws := a.workspace(); ws != nil {
		return ws.SaveState()
	}
	return saver.Saved
}
