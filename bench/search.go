package main

import (
	"fmt"
	"strings"
	"time"

	"kofa/internal/conference"
	"kofa/internal/store"
)

// searchBudget is the budget for one search or one tracker query.
const searchBudget = 50 * time.Millisecond

// timed runs fn runs times and returns the median and the last result
// count.
func timed(runs int, fn func() (int, error)) (time.Duration, int, error) {
	var times sample
	n := 0
	for range runs {
		t := time.Now()
		var err error
		if n, err = fn(); err != nil {
			return 0, 0, err
		}
		times = append(times, time.Since(t))
	}
	return times.median(), n, nil
}

// queryRow reports the slowest of several queries (by median) against
// the budget and every query's figure in the note.
func queryRow(target string, names []string, run func(i int) (int, error), runs int) Row {
	var worst time.Duration
	var notes []string
	for i, name := range names {
		m, hits, err := timed(runs, func() (int, error) { return run(i) })
		if err != nil {
			return errorRow(target, "≤ 50 ms", err)
		}
		worst = max(worst, m)
		notes = append(notes, fmt.Sprintf("%s: %s (%d hits)", name, ms(m), hits))
	}
	return Row{Target: target, Budget: "≤ 50 ms", Measured: ms(worst) + " (slowest query, median)",
		Ratio: ratio(float64(worst), float64(searchBudget)), Status: verdict(worst <= searchBudget),
		Note: strings.Join(notes, "; ") + fmt.Sprintf("; %d runs each", runs)}
}

// measureSearch times Store.Search over the seeded store: a case code,
// a participant's name, a word of free text (with an umlaut), an
// institution in two words, and a word that is nowhere (a full scan).
func measureSearch(s *store.Store, list []conference.Summary, runs int) Row {
	code := list[len(list)/2].CaseCode
	queries := []string{code, "Albers", "Frühstück", "kita sonnenblume", "xylophon"}
	names := []string{"case code", "participant 'Albers'", "text 'Frühstück'", "'kita sonnenblume'", "no hit"}
	return queryRow(fmt.Sprintf("search over %s conferences", count(len(list))), names, func(i int) (int, error) {
		hits, err := s.Search(queries[i])
		return len(hits), err
	}, runs)
}

// measureTracker times the action tracker (Store.OpenActions): every open
// action, the overdue ones, one owner's, one institution's.
func measureTracker(s *store.Store, conferences, runs int) Row {
	queries := []store.ActionQuery{{}, {Overdue: true}, {Owner: "Albers"}, {Institution: "kita"}}
	names := []string{"all open", "overdue", "owner 'Albers'", "institution 'kita'"}
	return queryRow(fmt.Sprintf("action tracker over %s conferences", count(conferences)), names, func(i int) (int, error) {
		actions, err := s.OpenActions(queries[i])
		return len(actions), err
	}, runs)
}
