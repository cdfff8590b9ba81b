package demo

import (
	"testing"
	"time"

	"kofa/internal/conference"
)

func TestTmp(t *testing.T) {
	c := Sample("de", time.Date(2026, 11, 22, 15, 0, 0, 0, time.UTC))
	t.Log(conference.Validate(c))
	for _, p := range c.Phases {
		t.Log(p.ID, p.State, p.Elapsed, p.TimeBox(), p.Level())
	}
	t.Log(c.Elapsed, c.Speaking)
}
