package conference

import "encoding/json"

// Clone returns a deep copy, for handing a snapshot to a goroutine (a save
// in flight) while the original keeps changing. It goes through JSON so that
// no field added later can be forgotten; the clock reading of Tick is kept.
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
