package conference

// A conference's kind and status are named by one message each, on every
// screen and in kofa list and search: these are their keys.

// MessageKey is the message naming the kind ("" for a kind kofa does not
// know, which callers show as stored).
func (k Kind) MessageKey() string {
	switch k {
	case KindCase, KindNetwork, KindHandover:
		return "common.kind." + string(k)
	}
	return ""
}

// MessageKey is the message naming the status ("" for a status kofa does
// not know).
func (s Status) MessageKey() string {
	switch s {
	case StatusPreparing, StatusRunning, StatusClosed:
		return "common.status." + string(s)
	}
	return ""
}
