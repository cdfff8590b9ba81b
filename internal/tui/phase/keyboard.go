package phase

import "kofa/internal/directory"

// RememberKeyboardPerson asks the workspace to remember e as the person at
// the keyboard of this store (the minute-taker the opening chose), the
// next conference's default. Like a change, it is taken right after the
// message the editor handles (TakeKeyboardPerson); the store write runs
// off the event loop.
func (c *Context) RememberKeyboardPerson(e directory.Entry) {
	c.remember = &e
	c.KeyboardPerson = &e
}

// TakeKeyboardPerson returns the person to remember, if an editor asked
// since the last call, and forgets the request.
func (c *Context) TakeKeyboardPerson() (directory.Entry, bool) {
	e := c.remember
	c.remember = nil
	if e == nil {
		return directory.Entry{}, false
	}
	return *e, true
}

// KnownMsg tells the editor on screen that the person at the keyboard
// became known after it was shown (the store answers after the first
// frame): an editor that offers them as a default may do so now.
type KnownMsg struct{}
