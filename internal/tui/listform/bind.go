package listform

import (
	"strings"

	"kofa/internal/conference"
	"kofa/internal/tui/phase"
	"kofa/internal/tui/widget"
)

// Field binds an input of a form to a field of an entry T: Load shows the
// field's value in the input, Store takes the value typed or chosen back
// into the entry, or returns the problem that keeps it from being taken
// (the entry then keeps its value). Most fields are made by the helpers
// below (Text, Required, Area, Choice, Date); a field coupled to others
// is written out.
type Field[T any] struct {
	Input widget.Input
	// Name is the field in change paths ("what").
	Name  string
	Load  func(item *T)
	Store func(item *T) *Problem
}

// Fields is an ItemForm made of bound fields: a list's form as data.
type Fields[T any] struct {
	form   *widget.Form
	fields []Field[T]
	// get returns the stored entry id (for an edit), add adds a new one.
	get func(id string) *T
	add func(T) string
	// Check finds what keeps an entry as a whole from being saved (nil:
	// every entry the fields take can be).
	Check func(item *T) *Problem
	// Refreshed, when set, brings the inputs' choices up to date each
	// time the form opens (the participants as they are now).
	Refreshed func()
	// Fresh, when set, is the entry a new form starts with (the next
	// speaker filled in); it marks the fields it fills as prefilled.
	Fresh func() T
}

// NewFields returns the form of a list over the bound fields, in the
// order given (Row inputs not bound, like an info line, are the form's).
func NewFields[T any](form *widget.Form, get func(id string) *T, add func(T) string, fields ...Field[T]) *Fields[T] {
	return &Fields[T]{form: form, fields: fields, get: get, add: add}
}

// Form implements ItemForm.
func (f *Fields[T]) Form() *widget.Form { return f.form }

// Refresh implements Refresher.
func (f *Fields[T]) Refresh() {
	if f.Refreshed != nil {
		f.Refreshed()
	}
}

// Load implements ItemForm: the entry's values, or empty inputs.
func (f *Fields[T]) Load(item *T) {
	var zero T
	if item == nil {
		if f.Fresh != nil {
			zero = f.Fresh()
		}
		item = &zero
	}
	for _, b := range f.fields {
		b.Load(item)
		setError(b.Input, "")
	}
}

// Entry implements ItemForm: the entry the inputs hold, or the first
// problem, in the order of the fields.
func (f *Fields[T]) Entry() (T, *Problem) {
	var item T
	for _, b := range f.fields {
		if p := b.Store(&item); p != nil {
			return item, p
		}
		setError(b.Input, "")
	}
	if f.Check != nil {
		if p := f.Check(&item); p != nil {
			return item, p
		}
	}
	return item, nil
}

// Add implements ItemForm.
func (f *Fields[T]) Add(item T) string { return f.add(item) }

// Apply implements ItemForm: the input's value into the stored entry; a
// value that cannot be taken is said below its input.
func (f *Fields[T]) Apply(id string, in widget.Input) (string, bool) {
	item := f.get(id)
	if item == nil {
		return "", false
	}
	for _, b := range f.fields {
		if b.Input != in {
			continue
		}
		if p := b.Store(item); p != nil {
			setError(in, p.Text)
			return "", false
		}
		setError(in, "")
		return b.Name, true
	}
	return "", false
}

// setError shows msg below an input that can show one.
func setError(in widget.Input, msg string) {
	if e, ok := in.(interface{ SetError(string) }); ok {
		e.SetError(msg)
	}
}

// Text binds a single-line field to a string of the entry.
func Text[T any](in *widget.Field, name string, at func(*T) *string) Field[T] {
	return Field[T]{
		Input: in, Name: name,
		Load:  func(t *T) { in.SetValue(*at(t)) },
		Store: func(t *T) *Problem { *at(t) = in.Value(); return nil },
	}
}

// Required is Text for a field an entry cannot do without: an empty one
// is refused with missing.
func Required[T any](in *widget.Field, name string, at func(*T) *string, missing string) Field[T] {
	b := Text(in, name, at)
	b.Store = func(t *T) *Problem {
		if in.Value() == "" {
			return &Problem{Input: in, Text: missing}
		}
		*at(t) = in.Value()
		return nil
	}
	return b
}

// Area binds a multi-line field to a string of the entry (trimmed); with
// missing set, an empty one is refused.
func Area[T any](in *widget.TextArea, name string, at func(*T) *string, missing string) Field[T] {
	return Field[T]{
		Input: in, Name: name,
		Load: func(t *T) { in.SetValue(*at(t)) },
		Store: func(t *T) *Problem {
			v := strings.TrimSpace(in.Value())
			if v == "" && missing != "" {
				return &Problem{Input: in, Text: missing}
			}
			*at(t) = v
			return nil
		},
	}
}

// Choice binds a single pick to a code (or free text) of the entry; with
// missing set, nothing chosen is refused.
func Choice[T any](in *widget.Pick, name string, at func(*T) *string, missing string) Field[T] {
	return Field[T]{
		Input: in, Name: name,
		Load: func(t *T) { in.SetValue(*at(t)) },
		Store: func(t *T) *Problem {
			if in.Value() == "" && missing != "" {
				return &Problem{Input: in, Text: missing}
			}
			*at(t) = in.Value()
			return nil
		},
	}
}

// Date binds a date field to a date of the entry; text that is no date is
// refused with the reason.
func Date[T any](in *widget.DateField, name string, at func(*T) *conference.Date) Field[T] {
	return Field[T]{
		Input: in, Name: name,
		Load: func(t *T) { in.SetDate(*at(t)) },
		Store: func(t *T) *Problem {
			d, ok := in.Date()
			if !ok {
				return &Problem{Input: in, Text: in.Reason()}
			}
			*at(t) = d
			return nil
		},
	}
}

// NewBoundPanel returns a panel over the value get returns (the
// conference, its assessment, its immediate safety), made of bound fields:
// a field's change path is prefix + its Name.
func NewBoundPanel[T any](ctx *phase.Context, form *widget.Form, prefix string, get func() *T, fields ...Field[T]) *Panel {
	return NewPanel(ctx, form, func(*widget.Form) {
		for _, b := range fields {
			b.Load(get())
			setError(b.Input, "")
		}
	}, func(in widget.Input) (string, bool) {
		for _, b := range fields {
			if b.Input != in {
				continue
			}
			if p := b.Store(get()); p != nil {
				setError(in, p.Text)
				return "", false
			}
			setError(in, "")
			return prefix + b.Name, true
		}
		return "", false
	})
}

// Choices binds a multiple pick to codes of the entry.
func Choices[T any](in *widget.Pick, name string, at func(*T) *[]string) Field[T] {
	return Field[T]{
		Input: in, Name: name,
		Load:  func(t *T) { in.SetValues(*at(t)) },
		Store: func(t *T) *Problem { *at(t) = in.Values(); return nil },
	}
}

// Titled is a list's form title (Config.Title): newTitle over a new
// entry's form, editTitle over an entry's.
func Titled[T any](newTitle, editTitle string) func(*T) string {
	return func(item *T) string {
		if item == nil {
			return newTitle
		}
		return editTitle
	}
}
