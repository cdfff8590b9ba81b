package closing

import (
	"charm.land/bubbles/v2/key"

	"kofa/internal/i18n"
	"kofa/internal/tui/widget"
)

// KeyMap holds the keys of the closing editor. Sections switch with tab
// (shift+tab back) or their number 1 to 5 while nothing is typed:
// 1 read-back, 2 parked topics, 3 responsibilities, 4 review date and
// distribution, 5 close the conference.
type KeyMap struct {
	Section, NextSection, PrevSection key.Binding
	List                              widget.ListKeyMap
	// Read-back.
	Yes, Browse, Prev, Next, Withdraw key.Binding
	// Parked topics and responsibilities: choose or clear the person;
	// Identifying marks a parked topic as identifying.
	Assign, Clear, Identifying key.Binding
	// Review date and distribution.
	Edit, New, Variant, Remove key.Binding
	// Propose adds what kofa proposes from the roles and legal bases; How
	// cycles how the selected document is given; Given marks it given
	// today (or takes that back).
	Propose, How, Given key.Binding
	// Closing; Export opens the minutes once closed, Release releases
	// them; Details edits what the filed minutes need besides the
	// meeting's content (filing.go).
	Close, Reopen, Export, Release, Details key.Binding
	// Check opens the cooperation check of a case conference before it
	// is closed, SkipCheck passes it over.
	Check, SkipCheck key.Binding
	short            []key.Binding
}

func defaultKeyMap(tr *i18n.Messages) KeyMap {
	b := widget.Binder(tr)
	return KeyMap{
		Section:     b([]string{"1", "2", "3", "4", "5"}, "1…5/tab", "closing.key.section"),
		NextSection: key.NewBinding(key.WithKeys("tab")),
		PrevSection: key.NewBinding(key.WithKeys("shift+tab")),
		List:        widget.DefaultListKeyMap(tr.T("closing.key.select")),
		Yes:         b([]string{"y", "j"}, "y", "closing.key.yes"),
		Browse:      b([]string{"left", "right"}, "←/→", "closing.key.browse"),
		Prev:        key.NewBinding(key.WithKeys("left")),
		Next:        key.NewBinding(key.WithKeys("right")),
		Withdraw:    b([]string{"u"}, "u", "closing.key.withdraw"),
		Assign:      b([]string{"enter"}, "enter", "closing.key.assign"),
		Clear:       b([]string{"x", "delete"}, "x", "closing.key.clear"),
		Identifying: b([]string{"i"}, "i", "identifying.key"),
		Edit:        b([]string{"enter"}, "enter", "closing.key.edit"),
		New:         b([]string{"n"}, "n", "closing.key.new"),
		Variant:     b([]string{"v"}, "v", "closing.key.variant"),
		Remove:      b([]string{"d", "delete"}, "d", "closing.key.remove"),
		Propose:     b([]string{"p"}, "p", "closingdist.key.propose"),
		How:         b([]string{"w"}, "w", "closingdist.key.how"),
		Given:       b([]string{"g"}, "g", "closingdist.key.given"),
		Close:       b([]string{"enter"}, "enter", "closing.key.close"),
		Reopen:      b([]string{"r"}, "r", "closing.key.reopen"),
		Export:      b([]string{"e"}, "e", "preview.closing.action"),
		Release:     b([]string{"f"}, "f", "filing.tui.release.key"),
		Details:     b([]string{"m"}, "m", "filing.tui.details.key"),
		Check:       b([]string{"k"}, "k", "closingcheck.key.check"),
		SkipCheck:   b([]string{"s"}, "s", "closingcheck.key.skip"),
	}
}

// state is what the key map needs to know to enable the right keys.
type state struct {
	sec     section
	editing bool
	hasRows bool // the section's list has rows (actions, topics, …)
	onDist  bool // review section: a distribution entry is selected
	closed  bool
	// check: the conference asks the cooperation check; checkOpen: it is
	// neither answered nor skipped yet.
	check, checkOpen bool
}

// active returns the key map with only what works now enabled, so help
// tells the truth, and the short help for the situation.
func (k KeyMap) active(s state) KeyMap {
	idle := !s.editing
	sec := func(x section) bool { return idle && s.sec == x }
	// A closed conference is read-only: its sections can be looked at;
	// only releasing the minutes, marking a document given and reopening
	// change anything.
	change := func(x section) bool { return sec(x) && !s.closed }
	k.Section.SetEnabled(idle)
	k.NextSection.SetEnabled(idle)
	k.PrevSection.SetEnabled(idle)
	k.List.Up.SetEnabled(idle && s.sec != secReadback && s.sec != secClose && s.hasRows)
	for _, b := range []*key.Binding{&k.Browse, &k.Prev, &k.Next} {
		b.SetEnabled(sec(secReadback) && s.hasRows)
	}
	k.Yes.SetEnabled(change(secReadback) && s.hasRows)
	k.Withdraw.SetEnabled(change(secReadback) && s.hasRows)
	k.Assign.SetEnabled((change(secParked) || change(secResp)) && s.hasRows)
	k.Clear.SetEnabled((change(secParked) || change(secResp)) && s.hasRows)
	k.Identifying.SetEnabled(change(secParked) && s.hasRows)
	k.Edit.SetEnabled(change(secReview))
	k.New.SetEnabled(change(secReview))
	k.Variant.SetEnabled(change(secReview) && s.onDist)
	k.Remove.SetEnabled(change(secReview) && s.onDist)
	k.Propose.SetEnabled(change(secReview))
	k.How.SetEnabled(change(secReview) && s.onDist)
	// What is given after the meeting is recorded on a closed
	// conference too (toggleGiven).
	k.Given.SetEnabled(sec(secReview) && s.onDist)
	k.Close.SetEnabled(sec(secClose) && !s.closed)
	k.Reopen.SetEnabled(sec(secClose) && s.closed)
	k.Export.SetEnabled(sec(secClose) && s.closed)
	k.Release.SetEnabled(sec(secClose) && s.closed)
	k.Details.SetEnabled(change(secClose))
	k.Check.SetEnabled(change(secClose) && s.check)
	k.SkipCheck.SetEnabled(change(secClose) && s.checkOpen)
	switch {
	case s.sec == secReadback:
		k.short = []key.Binding{k.Yes, k.Browse, k.Section, k.Withdraw}
	case s.sec == secParked:
		k.short = []key.Binding{k.Assign, k.Section, k.Clear, k.Identifying}
	case s.sec == secResp:
		k.short = []key.Binding{k.Assign, k.Section, k.Clear}
	case s.sec == secReview:
		k.short = []key.Binding{k.Edit, k.New, k.Propose, k.Given, k.Section}
	case s.closed:
		k.short = []key.Binding{k.Export, k.Release, k.Reopen, k.Section}
	default:
		k.short = []key.Binding{k.Close, k.Details, k.Check, k.SkipCheck, k.Section}
	}
	return k
}

// ShortHelp implements help.KeyMap: the keys that matter now.
func (k KeyMap) ShortHelp() []key.Binding { return k.short }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Section, k.List.Up, k.Yes, k.Browse, k.Withdraw},
		{k.Assign, k.Clear, k.Identifying, k.Edit, k.New, k.Variant, k.Remove},
		{k.Propose, k.How, k.Given},
		{k.Close, k.Details, k.Check, k.SkipCheck, k.Reopen, k.Export, k.Release},
	}
}
