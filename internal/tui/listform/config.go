package listform

import (
	"kofa/internal/tui/widget"
)

// Config is what makes a List one list and not another. Items, ID and
// Row are required; the rest is optional.
type Config[T any] struct {
	// Path names the list in change paths ("participants",
	// "immediate_safety/steps"); an entry's path is Path + "/" + its ID.
	// An empty Path makes the ID the whole path (a list over two of the
	// conference's lists: "protective_factors/s3").
	Path string
	// Draft names the form in the conference's drafts; by default Path +
	// "/new".
	Draft string
	// Items returns the list as the conference holds it now.
	Items func() []T
	// ID returns an entry's ID.
	ID func(T) string
	// Row draws entry i, width cells wide; selected marks the cursor's
	// row. A row may be several lines.
	Row func(i int, item T, selected bool, width int) string
	// Header draws the line over the rows (column titles); nil: none.
	Header func(width int) string
	// Empty is the line shown while the list is empty.
	Empty func() string
	// Name is how a notice names an entry ("Hausbesuch").
	Name func(T) string
	// NewHelp names what n makes in the help ("new person"); by default
	// "new".
	NewHelp string

	// Form edits an entry; nil: the list has no form.
	Form ItemForm[T]
	// Title is the form's title: for a new entry (item nil) or the entry
	// edited.
	Title func(item *T) string
	// CloseAfterAdd closes the form once a new entry was added; by
	// default it stays open, empty, for the next one.
	CloseAfterAdd bool

	// Remove removes the entry with id; nil: d does nothing here.
	Remove func(id string) bool
	// Move swaps entries i and j; nil: the order is not the user's.
	Move func(i, j int)
	// Identifying reports whether an entry is marked identifying (its text
	// is left out of the pseudonymised minutes); with SetIdentifying, which
	// sets or takes back the mark of the entry id, the list offers the key
	// i for it, on the help line and in F1, and marks such rows. nil: the
	// entries have no mark.
	Identifying    func(T) bool
	SetIdentifying func(id string, on bool) bool

	// Changed is told about every change the list made (after it was
	// recorded), so the editor can follow (a check, a selection of its
	// own). op is a conference.Op constant.
	Changed func(op, id string)
	// Closed is told when the form of the stored entry id closes (the
	// edit is done): the moment to check the entry as a whole.
	Closed func(id string)
}

// ItemForm is the form of a list: its inputs and how they map onto an
// entry. The component decides when each is called.
type ItemForm[T any] interface {
	// Form is the widget form with the inputs.
	Form() *widget.Form
	// Load fills the inputs from item, or empties them for a new entry
	// (nil). It may mark inputs it fills by default as prefilled.
	Load(item *T)
	// Entry returns the entry the form holds, or the problem that keeps
	// it from being saved (the first one, in the order of the fields).
	Entry() (T, *Problem)
	// Add adds a new entry to the conference and returns its ID.
	Add(item T) string
	// Apply writes the value of in into the stored entry id (an entry is
	// changed as it is typed). It returns the field's name in change paths
	// ("what"), or ok false when the value cannot be taken (yet): the
	// entry keeps its own and the input may say why.
	Apply(id string, in widget.Input) (field string, ok bool)
}

// Refresher is an ItemForm whose choices follow the conference (the
// participants to pick from): Refresh is called each time the form opens.
type Refresher interface {
	Refresh()
}

// Problem is why a form cannot be saved: the input to correct and what
// is wrong, in words. Input may be nil for a problem of the whole form.
type Problem struct {
	Input widget.Input
	Text  string
}
