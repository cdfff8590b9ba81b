package i18n

// N is T for a message about a count: "1 minute written", "2 minutes
// written". When n is 1 it renders the singular form key+".one", if the
// catalogue has one; any other n (0 too) renders key. Both German and
// English use the singular for exactly one.
//
// args are the message's arguments as for T, the count among them where
// the message shows it, so that a message can put it anywhere ("with %d
// actions") or show a second number ("%d of %d entries", where the total
// decides). Both forms take the same arguments.
func (c *Messages) N(key string, n int, args ...any) string {
	if n == 1 && c.Has(key+pluralOne) {
		key += pluralOne
	}
	return c.T(key, args...)
}

// pluralOne ends the key of a message's singular form.
const pluralOne = ".one"
