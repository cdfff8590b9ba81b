package main

import (
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"kofa/bench/seed"
	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/i18n"
	"kofa/internal/theme"
	"kofa/internal/tui/clock"
	"kofa/internal/tui/layout"
	"kofa/internal/tui/saver"
	"kofa/internal/tui/workspace"
)

// commitRig drives the workspace of the large conference through commits
// as the program does while a facilitator types: a key changes the
// conference, the typing pause ends, and the debounce timer's message
// reaches Update, which encodes the conference for the store. That Update
// is what is timed. The write runs off the loop and is not (the store here
// forgets); its result is delivered so that the next commit starts.
type commitRig struct {
	m     *workspace.Model
	now   time.Time // the clock the workspace reads
	timer tea.Msg   // the debounce timer's message, once set
	n     int
}

// newCommitRig opens the large conference in the preparation, whose first
// field (the case code) has the keyboard.
func newCommitRig() (*commitRig, error) {
	r := &commitRig{now: time.Now()}
	clk := clock.Clock{
		Now: func() time.Time { return r.now },
		After: func(_ time.Duration, msg tea.Msg) tea.Cmd {
			return func() tea.Msg { return msg }
		},
	}
	styles := theme.Default(false).Styles(true)
	r.m = workspace.New(workspace.Config{
		Conf: seed.Large(r.now, conference.PhasePreparation), Store: discard{}, Msgs: i18n.New(i18n.DE),
		Catalogue: catalogue.Builtin(), Styles: &styles, Clock: clk,
	})
	r.m.SetLayout(layout.Compute(120, 40))
	r.m.Init() // its timers and loads are not run: no tick, no directory
	if !r.m.Typing() {
		return nil, errors.New("no field has the keyboard in the preparation")
	}
	return r, nil
}

// prepare types one key (or takes it back) and edits one contribution (as a commit while
// typing in the round of perspectives would carry), lets the typing pause
// pass and returns the timer's message for the timed Update.
func (r *commitRig) prepare() (tea.Msg, error) {
	r.n++
	r.timer = nil
	key := tea.KeyPressMsg{Code: 'x', Text: "x"}
	if r.n%2 == 0 { // the field stays short: fields have a length limit
		key = tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r.collect(r.m.Update(key))
	c := r.m.Conference()
	x := &c.Contributions[r.n%len(c.Contributions)]
	x.Text = fmt.Sprintf("%s (%d)", x.Text[:min(len(x.Text), 200)], r.n)
	r.now = r.now.Add(saver.Debounce)
	if r.timer == nil {
		return nil, errors.New("typing set no debounce timer")
	}
	return r.timer, nil
}

// finish runs the commit's write and delivers its result.
func (r *commitRig) finish(cmd tea.Cmd) {
	r.collect(cmd)
	if r.m.SaveBusy() {
		panic("bench: the commit did not finish")
	}
}

// collect runs cmd (batches included) and feeds what it produces back,
// except the debounce timer, which it keeps for prepare.
func (r *commitRig) collect(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			r.collect(c)
		}
	default:
		if fmt.Sprintf("%T", msg) == "saver.debounceMsg" {
			r.timer = msg
			return
		}
		r.collect(r.m.Update(msg))
	}
}

// measureCommit times the Update that starts a commit of the large
// conference, n times.
func measureCommit(n int) Row {
	const target = "commit of the large conference from the event loop (time inside Update)"
	const budget = "≤ 0.5 ms"
	r, err := newCommitRig()
	if err != nil {
		return errorRow(target, budget, err)
	}
	var times sample
	for i := range n + n/10 {
		timer, err := r.prepare()
		if err != nil {
			return errorRow(target, budget, err)
		}
		t := time.Now()
		cmd := r.m.Update(timer)
		d := time.Since(t)
		r.finish(cmd)
		if i >= n/10 { // the first tenth warms up the encoder
			times = append(times, d)
		}
	}
	p99 := times.p99()
	return Row{Target: target, Budget: budget, Measured: "p99 " + ms(p99),
		Ratio: ratio(float64(p99), float64(time.Millisecond/2)), Status: verdict(p99 <= time.Millisecond/2),
		Note: fmt.Sprintf("median %s over %d commits; each after a key in a field and one contribution edited", ms(times.median()), len(times))}
}
