package opening

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kofa/internal/conference"
	"kofa/internal/tui/listform"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// People is the list of participants with their attendance. The opening
// shows it, and every phase opens it with the attendance key: a person
// who joins or leaves late is recorded where the facilitator is, with the
// time editable ("9:20"), and the speaking order follows.
type People struct {
	ctx  *phase.Context
	list *listform.List[conference.Participant]
	form *participantForm
	keys PeopleKeys
	// clock edits the time of the join or leave just recorded.
	clock *clockPanel
	memo  rowMemos
}

// NewPeople returns the participants' list on ctx.
func NewPeople(ctx *phase.Context) *People {
	p := &People{ctx: ctx, form: newParticipantForm(ctx), keys: defaultPeopleKeys(ctx.Msgs)}
	p.clock = newClockPanel(ctx)
	tr, c := ctx.Msgs, ctx.Conf
	p.list = listform.New(ctx, listform.Config[conference.Participant]{
		Path:    "participants",
		Items:   func() []conference.Participant { return c.Participants },
		ID:      func(x conference.Participant) string { return x.ID },
		Row:     p.row,
		Empty:   func() string { return tr.T("tui.opening.empty") },
		Name:    func(x conference.Participant) string { return x.Name },
		NewHelp: tr.T("tui.opening.key.new"),
		Form:    p.form,
		Title:   listform.Titled[conference.Participant](tr.T("tui.opening.form.new"), tr.T("tui.opening.form.edit")),
		Remove:  c.RemoveParticipant,
		Move: func(i, j int) {
			c.Participants[i], c.Participants[j] = c.Participants[j], c.Participants[i]
		},
		Changed: func(op, id string) { p.followOrder() },
	})
	return p
}

// Sync fits the list to the conference as it is now.
func (p *People) Sync() { p.list.Sync() }

// ResumeDraft reopens the form of a new participant that was open, with
// its draft, when kofa ended.
func (p *People) ResumeDraft() tea.Cmd { return p.list.ResumeDraft() }

// Len is the number of participants.
func (p *People) Len() int { return p.list.Len() }

// Typing reports whether a field has the keyboard.
func (p *People) Typing() bool { return p.list.Typing() || p.clock.Typing() }

// OpenNew opens the form for a new participant.
func (p *People) OpenNew() tea.Cmd { return p.list.OpenNew() }

// Leave commits what is typed when the phase (or the panel) is left.
func (p *People) Leave() {
	p.list.Leave()
	p.clock.Leave()
}

// Click selects the row at line y of the list.
func (p *People) Click(y int) { p.list.Click(y) }

// Update handles a key or paste meant for the list; it reports whether it
// used it.
func (p *People) Update(msg tea.Msg) (bool, tea.Cmd) {
	if used, cmd := p.clock.Update(msg); used {
		return true, cmd
	}
	if used, cmd := p.list.Update(msg); used {
		return true, cmd
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || p.Typing() {
		return false, nil
	}
	km := p.activeKeys()
	switch {
	case key.Matches(k, km.Present):
		p.setAttendance(conference.AttendancePresent)
	case key.Matches(k, km.Excused):
		p.setAttendance(conference.AttendanceExcused)
	case key.Matches(k, km.Absent):
		p.setAttendance(conference.AttendanceAbsent)
	case key.Matches(k, km.Joined):
		return true, p.joined()
	case key.Matches(k, km.Left):
		return true, p.left()
	default:
		return false, nil
	}
	return true, nil
}

// PeopleKeys are the attendance keys of the participants' list.
type PeopleKeys struct {
	Present, Excused, Absent, Joined, Left key.Binding
}

func defaultPeopleKeys(tr interface{ T(string, ...any) string }) PeopleKeys {
	b := widget.SingleBinder(tr)
	return PeopleKeys{
		Present: b("p", "tui.opening.key.present"),
		Excused: b("e", "tui.opening.key.excused"),
		Absent:  b("a", "tui.opening.key.absent"),
		Joined:  b("j", "tui.opening.key.joined"),
		Left:    b("l", "tui.opening.key.left"),
	}
}

// activeKeys are the attendance keys, enabled while a participant is
// selected and no field has the keyboard.
func (p *People) activeKeys() PeopleKeys {
	k := p.keys
	on := !p.Typing() && p.list.Len() > 0
	for _, b := range []*key.Binding{&k.Present, &k.Excused, &k.Absent, &k.Joined, &k.Left} {
		b.SetEnabled(on)
	}
	return k
}

// ShortHelp is the list's part of the help line.
func (p *People) ShortHelp() []key.Binding {
	if p.clock.Typing() {
		return p.clock.Keys()
	}
	if p.list.Typing() {
		return p.list.ShortHelp()
	}
	lk, k := p.list.KeyMap(), p.activeKeys()
	return []key.Binding{lk.New, k.Present, k.Joined, k.Left, lk.Edit}
}

// FullHelp is the list's part of the F1 help.
func (p *People) FullHelp() [][]key.Binding {
	k := p.activeKeys()
	att := []key.Binding{k.Present, k.Excused, k.Absent, k.Joined, k.Left}
	if p.clock.Typing() {
		return [][]key.Binding{p.clock.FullKeys(), att}
	}
	return append(p.list.FullHelp(), att)
}

// selected returns the selected participant, or nil.
func (p *People) selected() *conference.Participant {
	return p.ctx.Conf.Participant(p.list.SelectedID())
}

func (p *People) setAttendance(a string) {
	x := p.selected()
	if x == nil || x.Attendance == a {
		return
	}
	x.Attendance = a
	p.ctx.Record(conference.OpUpdate, "participants/"+x.ID+"/attendance", true)
	p.followOrder()
}

// joined records that the selected participant joins now, and opens the
// time to correct it ("came at 9:20").
func (p *People) joined() tea.Cmd {
	x := p.selected()
	if x == nil {
		return nil
	}
	now := p.ctx.Now()
	x.Attendance, x.JoinedAt, x.LeftAt = conference.AttendancePresent, now, time.Time{}
	p.ctx.Record(conference.OpUpdate, "participants/"+x.ID+"/joined_at", true)
	p.followOrder()
	return p.clock.open(x.ID, clockJoined)
}

// left records that the selected participant leaves now, and opens the
// time to correct it.
func (p *People) left() tea.Cmd {
	x := p.selected()
	if x == nil {
		return nil
	}
	x.LeftAt = p.ctx.Now()
	p.ctx.Record(conference.OpUpdate, "participants/"+x.ID+"/left_at", true)
	p.followOrder()
	return p.clock.open(x.ID, clockLeft)
}

// followOrder brings the speaking order up to date once the round of
// perspectives has begun: who joins can speak, who left before their turn
// drops out.
func (p *People) followOrder() {
	c := p.ctx.Conf
	if len(c.Speaking.Order) == 0 {
		return
	}
	if c.SyncOrder() {
		p.ctx.Record(conference.OpUpdate, "speaking/order", true)
	}
}

// clockKind says which time the clock panel edits.
type clockKind int

const (
	clockJoined clockKind = iota
	clockLeft
)

// clockPanel edits the time a participant joined or left, on the day of
// the conference (the day the facilitator works in).
type clockPanel struct {
	*listform.Panel
	ctx   *phase.Context
	field *widget.TimeField
	id    string
	kind  clockKind
}

func newClockPanel(ctx *phase.Context) *clockPanel {
	tr := ctx.Msgs
	cp := &clockPanel{ctx: ctx}
	cp.field = widget.NewTimeField(tr, ctx.Styles, tr.T("opening.clock.at"), tr.T("validation.time_invalid"))
	form := widget.NewForm(tr, ctx.Styles, widget.Row{Input: cp.field})
	form.SetSubmitHelp(tr.T("opening.clock.done"))
	cp.Panel = listform.NewPanel(ctx, form, cp.load, cp.apply)
	cp.SetCheck(func() *listform.Problem {
		if _, ok := cp.field.Time(); !ok {
			return &listform.Problem{Input: cp.field, Text: tr.T("validation.time_invalid")}
		}
		return nil
	})
	return cp
}

func (cp *clockPanel) open(id string, kind clockKind) tea.Cmd {
	cp.id, cp.kind = id, kind
	x := cp.ctx.Conf.Participant(id)
	if x == nil {
		return nil
	}
	key := "opening.clock.joined"
	if kind == clockLeft {
		key = "opening.clock.left"
	}
	cp.Title = cp.ctx.Msgs.T(key, x.Name)
	cp.Panel.Close()
	return cp.Panel.Open(nil)
}

func (cp *clockPanel) load(*widget.Form) {
	if t := cp.stamp(); t != nil {
		cp.field.SetTime(t.Format("15:04"))
	}
}

// stamp is the time the panel edits.
func (cp *clockPanel) stamp() *time.Time {
	x := cp.ctx.Conf.Participant(cp.id)
	switch {
	case x == nil:
		return nil
	case cp.kind == clockLeft:
		return &x.LeftAt
	}
	return &x.JoinedAt
}

// apply moves the time to the one typed, on the same day.
func (cp *clockPanel) apply(widget.Input) (string, bool) {
	at, ok := cp.field.Time()
	t := cp.stamp()
	if !ok || at == "" || t == nil || t.IsZero() {
		return "", false
	}
	clock, err := time.ParseInLocation("15:04", at, t.Location())
	if err != nil {
		return "", false
	}
	moved := time.Date(t.Year(), t.Month(), t.Day(), clock.Hour(), clock.Minute(), 0, 0, t.Location())
	if moved.Equal(*t) {
		return "", false
	}
	*t = moved
	field := "joined_at"
	if cp.kind == clockLeft {
		field = "left_at"
	}
	return "participants/" + cp.id + "/" + field, true
}
