package conference

import "encoding/json"

// Clone returns a deep copy. It goes through JSON so that no field added
// later can be forgotten; the clock reading of Tick is kept. That costs
// milliseconds for a large conference: the TUI never calls it on its event
// loop (a test in internal/tui proves it), but encodes the conference once
// per commit for the store (store.Encoder).
func (c *Conference) Clone() *Conference {
	data, err := json.Marshal(c)
	if err != nil {
		panic("conference: cannot marshal: " + err.Error()) // plain data always marshals
	}
	var out Conference
	if err := json.Unmarshal(data, &out); err != nil {
		panic("conference: cannot unmarshal own JSON: " + err.Error())
	}
	out.lastTick = c.lastTick
	return &out
}
