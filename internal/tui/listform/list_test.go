package listform

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/i18n"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/tuitest"
	"kofa/internal/tui/widget"
)

// note is the entry of the test list: a text (required), who (a pick of
// the participants) and where (filled from who, as an action's
// institution is from its owner).
type note struct {
	ID, Text, Who, Where string
}

// notes is a list of notes in a test editor, as a phase editor configures
// the component.
type notes struct {
	ctx   *phase.Context
	items []note
	seq   int
	list  *List[note]
	f     *noteForm
}

type noteForm struct {
	n *notes
	// defaultWhere is what kofa fills in as where of a new note (none
	// when empty), as the reports fill in the next person to report.
	defaultWhere string
	form         *widget.Form
	text         *widget.Field
	who          *widget.Pick
	where        *widget.Field
}

func (f *noteForm) Form() *widget.Form { return f.form }

func (f *noteForm) Load(x *note) {
	if x == nil {
		x = &note{Where: f.defaultWhere}
		if x.Where != "" {
			f.form.MarkPrefilled(f.where)
		}
	}
	f.text.SetValue(x.Text)
	f.text.SetError("")
	f.who.SetValue(x.Who)
	f.where.SetValue(x.Where)
}

func (f *noteForm) Entry() (note, *Problem) {
	if f.text.Value() == "" {
		return note{}, &Problem{Input: f.text, Text: "text missing"}
	}
	f.text.SetError("")
	return note{Text: f.text.Value(), Who: f.who.Value(), Where: f.where.Value()}, nil
}

func (f *noteForm) Add(x note) string {
	f.n.seq++
	x.ID = "n" + strconv.Itoa(f.n.seq)
	f.n.items = append(f.n.items, x)
	return x.ID
}

func (f *noteForm) Apply(id string, in widget.Input) (string, bool) {
	i := slices.IndexFunc(f.n.items, func(x note) bool { return x.ID == id })
	if i < 0 {
		return "", false
	}
	x := &f.n.items[i]
	switch in {
	case f.text:
		if f.text.Value() == "" {
			f.text.SetError("text missing")
			return "", false
		}
		f.text.SetError("")
		x.Text = f.text.Value()
		return "text", true
	case f.who:
		x.Who = f.who.Value()
		return "who", true
	case f.where:
		x.Where = f.where.Value()
		return "where", true
	}
	return "", false
}

func newNotes(ctx *phase.Context) phase.Editor {
	tr, st := ctx.Msgs, ctx.Styles
	n := &notes{ctx: ctx}
	f := &noteForm{n: n}
	f.text = widget.NewField(tr, st, "Text")
	f.who = widget.NewPick(tr, st, "Who", []widget.Option{
		{Code: "p1", Label: "Petra Albers"}, {Code: "p2", Label: "Jonas Weber"}, {Code: "p3", Label: "Aylin Demir"},
	})
	f.where = widget.NewField(tr, st, "Where")
	f.form = widget.NewForm(tr, st, widget.Row{Input: f.text}, widget.Row{Input: f.who}, widget.Row{Input: f.where})
	// who fills where, as an action's owner fills its institution, and
	// marks it filled by kofa.
	f.form.OnChange = func(in widget.Input) {
		if in == f.who && f.where.Value() == "" {
			f.where.SetValue("Office of " + f.who.Display())
			f.form.MarkPrefilled(f.where)
		}
	}
	n.f = f
	n.list = New(ctx, Config[note]{
		Path:  "notes",
		Items: func() []note { return n.items },
		ID:    func(x note) string { return x.ID },
		Row: func(i int, x note, selected bool, w int) string {
			mark := "  "
			if selected {
				mark = "▸ "
			}
			return mark + x.Text + " · " + x.Who + " · " + x.Where
		},
		Name:  func(x note) string { return x.Text },
		Form:  f,
		Title: func(x *note) string { return "Note" },
		Remove: func(id string) bool {
			i := slices.IndexFunc(n.items, func(x note) bool { return x.ID == id })
			if i < 0 {
				return false
			}
			n.items = slices.Delete(n.items, i, i+1)
			return true
		},
		Move: func(i, j int) { n.items[i], n.items[j] = n.items[j], n.items[i] },
	})
	return n
}

func (n *notes) Update(msg tea.Msg) (phase.Editor, tea.Cmd) {
	switch msg := msg.(type) {
	case phase.EnterMsg:
		n.list.Sync()
		return n, n.list.ResumeDraft()
	case phase.LeaveMsg:
		n.list.Leave()
	default:
		_, cmd := n.list.Update(msg)
		return n, cmd
	}
	return n, nil
}

func (n *notes) View(w, h int) string { return n.list.View(w, h) }
func (n *notes) KeyMap() help.KeyMap  { return Help{Short: n.list.ShortHelp(), Full: n.list.FullHelp()} }
func (n *notes) Typing() bool         { return n.list.Typing() }

func open(t *testing.T) (*tuitest.Editor, *notes) {
	t.Helper()
	c := &conference.Conference{}
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	clk := tuitest.NewClock(now)
	ctx := tuitest.PhaseContext(c, i18n.EN, clk.Now)
	e := tuitest.NewEditor(t, clk, ctx, newNotes, 60, 20)
	return e, e.Ed.(*notes)
}

func TestEnterMovesOnAndSubmitsInTheLastField(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Home visit")
	e.Key("enter")
	if cur := n.f.form.Current(); cur != n.f.who {
		t.Fatalf("enter in the first field went to %v, want the next field", cur)
	}
	e.Key("enter") // who stays empty: nothing was highlighted
	if len(n.items) != 0 {
		t.Fatal("an entry was added before the last field")
	}
	e.Type("Room 2")
	e.Key("enter")
	if len(n.items) != 1 || n.items[0].Text != "Home visit" || n.items[0].Who != "" || n.items[0].Where != "Room 2" {
		t.Fatalf("items %+v, want the entry added by enter in the last field", n.items)
	}
	if !e.HasChange("add notes/n1") {
		t.Errorf("changes %v, want the entry's addition recorded", e.Paths())
	}
	if !n.list.Typing() || n.f.form.Current() != n.f.text || n.f.text.Value() != "" {
		t.Error("after adding, the form is not open and empty for the next entry")
	}
}

func TestCtrlSSubmitsFromAnyField(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Call the school")
	e.Key("ctrl+s")
	if len(n.items) != 1 || n.items[0].Text != "Call the school" {
		t.Fatalf("items %+v after ctrl+s in the first field", n.items)
	}
}

func TestSubmitWithoutTheRequiredFieldSaysWhy(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n", "tab")
	e.Key("ctrl+s")
	if len(n.items) != 0 {
		t.Fatal("an entry without text was added")
	}
	if n.f.form.Current() != n.f.text {
		t.Error("the cursor did not go to the field to correct")
	}
	e.MustShow("text missing")
}

func TestEscKeepsTheDraft(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Half typed")
	e.Key("left", "left", "esc")
	if n.list.Typing() {
		t.Fatal("esc did not leave the form")
	}
	e.MustShow("draft „Half typed“", "n continues")
	e.Key("n")
	if n.f.text.Value() != "Half typed" || n.f.text.Cursor() != len("Half typed")-2 {
		t.Errorf("n brought back %q with the cursor at %d", n.f.text.Value(), n.f.text.Cursor())
	}
}

func TestDraftSurvivesEditingAnotherEntry(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.items = []note{{ID: "x", Text: "Stored"}}
	e.Key("n")
	e.Type("New one")
	e.Key("esc", "enter")
	if n.list.Editing() != "x" || n.f.text.Value() != "Stored" {
		t.Fatalf("enter did not edit the stored entry: %q", n.f.text.Value())
	}
	e.Key("esc", "n")
	if n.f.text.Value() != "New one" {
		t.Errorf("the draft came back as %q", n.f.text.Value())
	}
}

func TestAnEditIsStoredAsTyped(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.items = []note{{ID: "x", Text: "Home"}}
	e.Key("enter")
	e.Type(" visit")
	if n.items[0].Text != "Home visit" {
		t.Fatalf("text %q while typing, want the edit stored as typed", n.items[0].Text)
	}
	ch := e.TakeChanges()
	if len(ch) == 0 || ch[len(ch)-1].Change.Path != "notes/x/text" || ch[len(ch)-1].Immediate {
		t.Errorf("changes %+v, want notes/x/text after the typing pause", ch)
	}
	e.Key("tab")
	if ch := e.TakeChanges(); len(ch) == 0 || !ch[len(ch)-1].Immediate {
		t.Errorf("leaving the field recorded %+v, want it committed at once", ch)
	}
}

func TestAnEditThatCannotBeTakenKeepsTheStoredValueAndSaysSo(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.items = []note{{ID: "x", Text: "Home"}}
	e.Key("enter", "ctrl+u")
	if n.items[0].Text != "Home" {
		t.Fatal("an emptied required field was stored")
	}
	e.Key("esc")
	if !n.list.Typing() {
		t.Fatal("the first esc left the form without showing why")
	}
	e.MustShow("text missing")
	e.Key("esc")
	if n.list.Typing() {
		t.Fatal("the second esc did not leave")
	}
	e.MustShow("Not taken", "Home")
}

func TestRemoveAsksNothingAndSaysHowToUndo(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.items = []note{{ID: "a", Text: "First"}, {ID: "b", Text: "Second"}}
	e.Key("down", "d")
	if len(n.items) != 1 || n.items[0].ID != "a" {
		t.Fatalf("items %+v after d on the second", n.items)
	}
	e.MustShow("“Second” removed · ctrl+z undoes")
	if !e.HasChange("remove notes/b") {
		t.Errorf("changes %v", e.Paths())
	}
	e.Key("up")
	e.MustNotShow("removed")
}

func TestAltArrowsReorder(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.items = []note{{ID: "a", Text: "First"}, {ID: "b", Text: "Second"}}
	e.Key("alt+down")
	if n.items[0].ID != "b" || n.list.SelectedID() != "a" {
		t.Errorf("items %+v, selected %s: want the first moved down and still selected", n.items, n.list.SelectedID())
	}
}

func TestPickEnterAndTabChooseTheHighlightedEntry(t *testing.T) {
	t.Parallel()
	for _, k := range []string{"enter", "tab"} {
		e, n := open(t)
		e.Key("n")
		e.Type("x")
		e.Key("tab", "down", k)
		// where is filled from who, so enter in who was in the last
		// field to type and added the entry.
		chosen := n.f.who.Value()
		if len(n.items) > 0 {
			chosen = n.items[0].Who
		}
		if chosen != "p1" {
			t.Errorf("%s: who %q, want the highlighted first entry chosen", k, chosen)
		}
		if n.f.form.Current() == n.f.who {
			t.Errorf("%s did not move on", k)
		}
	}
}

func TestPickTypingFiltersAndSpaceIsText(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n", "tab")
	e.Type("jonas")
	e.Key("space")
	e.Type("w")
	e.MustShow("⌕ jonas w", "Jonas Weber")
	e.MustNotShow("Petra Albers")
	e.Key("enter")
	if n.f.who.Value() != "p2" {
		t.Errorf("who %q, want Jonas Weber", n.f.who.Value())
	}
}

func TestPickChoosingTheChosenEntryKeepsIt(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n", "tab", "down", "tab", "shift+tab", "shift+tab")
	if n.f.form.Current() != n.f.who {
		t.Fatal("shift+tab did not go back to who")
	}
	e.Key("enter")
	if n.f.who.Value() != "p1" {
		t.Errorf("who %q after enter on the chosen entry, want it kept", n.f.who.Value())
	}
}

func TestPickEscClosesTheListAndKeepsTheValue(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n", "tab", "down", "tab", "shift+tab", "shift+tab")
	e.Type("aylin")
	e.Key("esc")
	if !n.list.Typing() || n.f.who.Value() != "p1" {
		t.Fatalf("esc with a filter typed: typing %v, who %q; want the field kept, the form open", n.list.Typing(), n.f.who.Value())
	}
	e.Key("esc")
	if n.list.Typing() {
		t.Error("esc with nothing pending did not leave the form")
	}
}

func TestAPrefilledFieldIsSkipped(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Call")
	e.Key("tab", "down", "enter")
	if len(n.items) != 1 || n.items[0].Where != "Office of Petra Albers" {
		t.Fatalf("items %+v: want enter in who, the last field to type, to add the entry with where filled from who", n.items)
	}
	e.Type("Write")
	e.Key("tab", "down", "tab")
	if n.f.form.Current() != n.f.text {
		t.Error("tab did not pass the field kofa filled")
	}
	e.Key("shift+tab")
	if n.f.form.Current() != n.f.where {
		t.Error("shift+tab did not go back into the prefilled field")
	}
}

func TestCtrlUClearsTheField(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	e.Key("n")
	e.Type("Wrong")
	e.Key("ctrl+u")
	e.Type("Right")
	if n.f.text.Value() != "Right" {
		t.Errorf("text %q", n.f.text.Value())
	}
}

func TestUnfocusedFieldsShowTheStartOfTheirText(t *testing.T) {
	t.Parallel()
	e, _ := open(t)
	e.Key("n")
	e.Type("The mother seemed exhausted at the home visit on 12 November, " + strings.Repeat("and more ", 5))
	e.Key("tab")
	line := e.Line("Text")
	if !strings.Contains(line, "The mother seemed") || !strings.HasSuffix(strings.TrimRight(line, " "), "…") {
		t.Errorf("unfocused field shows %q, want the start of the text ending in …", line)
	}
}

func TestTheHelpLineNamesTheFormKeysInAField(t *testing.T) {
	t.Parallel()
	e, _ := open(t)
	e.Key("n")
	var keys []string
	for _, b := range e.Ed.KeyMap().ShortHelp() {
		keys = append(keys, b.Help().Key)
	}
	want := []string{"enter/tab", "ctrl+s", "esc", "ctrl+u"}
	if !slices.Equal(keys, want) {
		t.Errorf("help line keys %v, want %v", keys, want)
	}
}

func TestClickSelectsTheRow(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	n.items = []note{{ID: "a", Text: "First"}, {ID: "b", Text: "Second"}}
	e.View()
	n.list.Click(1)
	if n.list.SelectedID() != "b" {
		t.Errorf("selected %s after a click on the second line", n.list.SelectedID())
	}
}

func TestViewFits(t *testing.T) {
	t.Parallel()
	e, n := open(t)
	for i := range 30 {
		n.items = append(n.items, note{ID: strconv.Itoa(i), Text: strings.Repeat("long text ", i%5+1)})
	}
	e.Key("end", "enter")
	for _, size := range [][2]int{{20, 6}, {40, 12}, {80, 24}, {3, 2}} {
		tuitest.CheckFits(t, e.Ed.View(size[0], size[1]), size[0], size[1])
	}
}
