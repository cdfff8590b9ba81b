package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Status is the verdict of one row.
type Status string

const (
	Pass    Status = "pass"
	Fail    Status = "FAIL"
	Skipped Status = "skipped" // cannot be measured here (e.g. not Linux)
	Info    Status = "info"    // a figure without a budget, for context
	Error   Status = "error"   // the measurement itself failed
)

// Row is one line of the result table.
type Row struct {
	Target   string // what is measured
	Budget   string // the target as the issue states it
	Measured string
	Ratio    string // measured / budget (or / reference), "" when none
	Status   Status
	Note     string // how, or why not
}

// verdict is Pass when ok, else Fail.
func verdict(ok bool) Status {
	if ok {
		return Pass
	}
	return Fail
}

// ratio formats a / b as "0.42x".
func ratio(a, b float64) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf("%.2fx", a/b)
}

// errorRow reports a measurement that could not be taken.
func errorRow(target, budget string, err error) Row {
	return Row{Target: target, Budget: budget, Measured: "–", Status: Error, Note: oneLine(err.Error())}
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		s = s[:157] + "..."
	}
	return s
}

// printTable writes the rows as an aligned text table.
func printTable(w io.Writer, rows []Row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TARGET\tBUDGET\tMEASURED\tRATIO\tSTATUS")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Target, r.Budget, r.Measured, dash(r.Ratio), r.Status)
	}
	_ = tw.Flush()
	for _, r := range rows {
		if r.Note != "" {
			fmt.Fprintf(w, "  - %s: %s\n", r.Target, r.Note)
		}
	}
}

// markdownTable writes the rows as a GitHub table.
func markdownTable(w io.Writer, rows []Row) {
	fmt.Fprintln(w, "| Target | Budget | Measured | Ratio | Status | Notes |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n",
			cell(r.Target), cell(r.Budget), cell(r.Measured), cell(dash(r.Ratio)), r.Status, cell(r.Note))
	}
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
