package conference

import (
	"slices"
	"strconv"
	"strings"
)

// Spread summarises the individual ratings: every figure the screen and
// the minutes show of them is computed here, once, so that both always
// show the same numbers.
type Spread struct {
	// Count is the number of ratings given.
	Count int
	// Values are the safety-scale values given, sorted; a rating without
	// a value ("cannot be assessed") and a value off the scale are left
	// out. Scaled is their number, PerValue how often each value was
	// given.
	Values   []int
	Scaled   int
	PerValue [SafetyScaleMax + 1]int
	// Min, Max and Median of Values; zero when there are none.
	Min, Max int
	Median   Median
	// ByCategory counts each category code.
	ByCategory map[string]int
}

// Median is the median of whole numbers: the middle value, or for an even
// count the mean of the two middle ones, which is a whole number or
// halfway between two (the ratings 3, 4, 5, 6 have the median 4.5).
type Median struct {
	twice int // twice the median: exact for every median of whole numbers
}

// MedianOf returns the median of sorted values (zero for none).
func MedianOf(sorted []int) Median {
	n := len(sorted)
	switch {
	case n == 0:
		return Median{}
	case n%2 == 1:
		return Median{twice: 2 * sorted[n/2]}
	}
	return Median{twice: sorted[n/2-1] + sorted[n/2]}
}

// Float returns the median as a number.
func (m Median) Float() float64 { return float64(m.twice) / 2 }

// Format writes the median as people write it in lang: "5", or "4,5" in
// German and "4.5" in English.
func (m Median) Format(lang string) string {
	whole := strconv.Itoa(m.twice / 2)
	if m.twice%2 == 0 {
		return whole
	}
	sep := "."
	if !strings.HasPrefix(strings.ToLower(lang), "en") {
		sep = ","
	}
	return whole + sep + "5"
}

// RatingSpread computes the spread of the individual ratings.
func (c *Conference) RatingSpread() Spread { return SpreadOf(c.Ratings) }

// SpreadOf computes the spread of ratings.
func SpreadOf(ratings []Rating) Spread {
	s := Spread{ByCategory: map[string]int{}}
	for _, r := range ratings {
		s.Count++
		if r.Category != "" {
			s.ByCategory[r.Category]++
		}
		if r.Scale != nil && *r.Scale >= 0 && *r.Scale <= SafetyScaleMax {
			s.Values = append(s.Values, *r.Scale)
			s.PerValue[*r.Scale]++
		}
	}
	slices.Sort(s.Values)
	s.Scaled = len(s.Values)
	if s.Scaled > 0 {
		s.Min, s.Max = s.Values[0], s.Values[s.Scaled-1]
		s.Median = MedianOf(s.Values)
	}
	return s
}
