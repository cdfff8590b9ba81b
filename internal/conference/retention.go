package conference

// The retention period ("Aufbewahrungsfrist") is how long a store keeps a
// conference before it should be exported and deleted: a number of days
// counted from the conference's date, or none.

// MaxRetentionDays bounds a retention period (a hundred years), so that a
// typo cannot overflow the date arithmetic.
const MaxRetentionDays = 100 * 366

// ValidRetention reports whether days is a retention period: 0 (none) to
// MaxRetentionDays.
func ValidRetention(days int) bool { return days >= 0 && days <= MaxRetentionDays }

// PastRetention reports whether the conference s is dated more than days
// before today: the retention period says to export and delete it. With
// no period (days 0) and for an undated conference it is false.
func (s Summary) PastRetention(days int, today Date) bool {
	return days > 0 && !s.Date.IsZero() && s.Date.Before(today.AddDays(-days))
}

// PastRetention returns the conferences of list (in its order) past the
// retention period of days.
func PastRetention(list []Summary, days int, today Date) []Summary {
	var out []Summary
	for _, s := range list {
		if s.PastRetention(days, today) {
			out = append(out, s)
		}
	}
	return out
}
