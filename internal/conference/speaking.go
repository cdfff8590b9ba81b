package conference

import (
	"slices"
	"time"
)

// SpeakingOrder is the round of perspectives: who speaks in which order,
// who speaks now, and how long each has spoken.
type SpeakingOrder struct {
	Order   []string                 `json:"order,omitempty"`
	Current int                      `json:"current"`
	Spoken  map[string]time.Duration `json:"spoken,omitempty"`
	// Done holds those who have had their turn.
	Done []string `json:"done,omitempty"`
}

// SetOrder starts a round with the participants present, in list order,
// keeping what was already spoken. The word stays with the current speaker
// while they are still in the round and have not finished (someone joining
// part-way must not take it from them); otherwise it goes to the first who
// has not spoken yet.
func (c *Conference) SetOrder() {
	current := c.Speaking.Speaker()
	var order []string
	for _, p := range c.Participants {
		if p.Present() && !p.Family {
			order = append(order, p.ID)
		}
	}
	c.Speaking.Order = order
	if i := slices.Index(order, current); i >= 0 && !c.Speaking.HasSpoken(current) {
		c.Speaking.Current = i
		return
	}
	c.Speaking.Current = c.Speaking.firstNotSpokenFrom(0)
}

// Speaker returns the ID of the current speaker, or "".
func (s SpeakingOrder) Speaker() string {
	if s.Current < 0 || s.Current >= len(s.Order) {
		return ""
	}
	return s.Order[s.Current]
}

// HasSpoken reports whether id has had their turn.
func (s SpeakingOrder) HasSpoken(id string) bool { return contains(s.Done, id) }

// NextSpeaker passes the word on: the current speaker is marked as done and
// the next in order becomes current (wrapping round to the first who has not
// spoken yet). It books the time up to now first.
func (c *Conference) NextSpeaker(now time.Time) {
	c.Tick(now)
	s := &c.Speaking
	if len(s.Order) == 0 {
		return
	}
	if cur := s.Speaker(); cur != "" && !s.HasSpoken(cur) {
		s.Done = append(s.Done, cur)
	}
	s.Current = s.firstNotSpokenFrom((s.Current + 1) % len(s.Order))
}

// firstNotSpokenFrom returns the index of the first participant from start
// on (wrapping round) who has not spoken yet; start itself when everyone
// has, or 0 for an empty order.
func (s SpeakingOrder) firstNotSpokenFrom(start int) int {
	n := len(s.Order)
	if n == 0 {
		return 0
	}
	start = (start%n + n) % n // tolerate a stored index out of range
	for i := range n {
		j := (start + i) % n
		if !s.HasSpoken(s.Order[j]) {
			return j
		}
	}
	return start
}

// SelectSpeaker gives the word to id out of turn.
func (c *Conference) SelectSpeaker(id string, now time.Time) {
	c.Tick(now)
	for i, o := range c.Speaking.Order {
		if o == id {
			c.Speaking.Current = i
		}
	}
}

func (s *SpeakingOrder) book(d time.Duration) {
	id := s.Speaker()
	if id == "" {
		return
	}
	if s.Spoken == nil {
		s.Spoken = map[string]time.Duration{}
	}
	s.Spoken[id] += d
}

// remove takes id out of the order. The word stays with the current
// speaker; when it is the current speaker who goes, it passes on as with
// NextSpeaker, never back to someone who has already spoken.
func (s *SpeakingOrder) remove(id string) {
	i := slices.Index(s.Order, id)
	if i < 0 {
		return
	}
	wasCurrent := i == s.Current
	s.Order = slices.Delete(s.Order, i, i+1)
	switch {
	case len(s.Order) == 0:
		s.Current = 0
	case s.Current > i:
		s.Current--
	case wasCurrent:
		s.Current = s.firstNotSpokenFrom(i % len(s.Order))
	}
}

// SyncOrder keeps the speaking order to those who can speak now: an empty
// order is started with SetOrder; someone present who is not in it (who
// joined late) is added at the end, so an order the facilitator arranged
// is kept; someone who left or is no longer present before their turn
// drops out (who has spoken stays, to be seen as done). It reports whether
// the order changed.
func (c *Conference) SyncOrder() bool {
	s := &c.Speaking
	if len(s.Order) == 0 {
		c.SetOrder()
		return len(s.Order) > 0
	}
	changed := false
	for _, p := range c.Participants {
		if p.Present() && !p.Family && !slices.Contains(s.Order, p.ID) {
			s.Order = append(s.Order, p.ID)
			changed = true
		}
	}
	for _, id := range slices.Clone(s.Order) {
		if p := c.Participant(id); (p == nil || !p.Present()) && !s.HasSpoken(id) {
			s.remove(id)
			changed = true
		}
	}
	return changed
}
