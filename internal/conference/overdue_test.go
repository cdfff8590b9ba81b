package conference

import "testing"

func TestOverdueIsOneRule(t *testing.T) {
	t.Parallel()
	today := Date{Year: 2026, Month: 12, Day: 7}
	for _, tc := range []struct {
		due     Date
		overdue bool
		days    int
	}{
		{Date{}, false, 0}, // nothing due
		{today, false, 0},  // due today: not yet overdue
		{Date{Year: 2026, Month: 12, Day: 8}, false, -1}, // due tomorrow
		{Date{Year: 2026, Month: 12, Day: 6}, true, 1},   // due yesterday
		{Date{Year: 2025, Month: 12, Day: 7}, true, 365},
	} {
		if got := Overdue(tc.due, today); got != tc.overdue {
			t.Errorf("Overdue(%v) = %v, want %v", tc.due, got, tc.overdue)
		}
		if got := DaysOverdue(tc.due, today); got != tc.days {
			t.Errorf("DaysOverdue(%v) = %d, want %d", tc.due, got, tc.days)
		}
	}
}
