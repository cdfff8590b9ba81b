package conference

import (
	"slices"
	"testing"
)

func TestRetention(t *testing.T) {
	today := Date{Year: 2026, Month: 3, Day: 14}
	for _, c := range []struct {
		name string
		date Date
		days int
		past bool
	}{
		{"today", today, 30, false},
		{"exactly the period ago", today.AddDays(-30), 30, false},
		{"a day longer", today.AddDays(-31), 30, true},
		{"a year ago, one day kept", today.AddDays(-365), 1, true},
		{"yesterday, one day kept", today.AddDays(-1), 1, false},
		{"two days ago, one day kept", today.AddDays(-2), 1, true},
		{"no period", today.AddDays(-3650), 0, false},
		{"undated", Date{}, 30, false},
		{"dated after today", today.AddDays(5), 1, false},
	} {
		s := Summary{ID: "k1", Date: c.date}
		if got := s.PastRetention(c.days, today); got != c.past {
			t.Errorf("%s: past %v, want %v", c.name, got, c.past)
		}
		if got := len(PastRetention([]Summary{s}, c.days, today)) == 1; got != c.past {
			t.Errorf("%s: listed %v, want %v", c.name, got, c.past)
		}
	}
	list := []Summary{{ID: "a", Date: today.AddDays(-40)}, {ID: "b", Date: today}, {ID: "c", Date: today.AddDays(-90)}}
	var ids []ID
	for _, s := range PastRetention(list, 30, today) {
		ids = append(ids, s.ID)
	}
	if !slices.Equal(ids, []ID{"a", "c"}) {
		t.Errorf("the list keeps its order: %v", ids)
	}
	for days, valid := range map[int]bool{-1: false, 0: true, 1: true, MaxRetentionDays: true, MaxRetentionDays + 1: false} {
		if ValidRetention(days) != valid {
			t.Errorf("ValidRetention(%d) = %v", days, !valid)
		}
	}
}
