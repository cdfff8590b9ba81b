package tui

import (
	"reflect"

	"kofa/internal/conference"
	"kofa/internal/sanitize"
)

// cleanConference cleans the text of a conference read from the store,
// the way the widgets clean what is typed. Text typed into kofa is clean
// already (then this changes nothing), but a store or an imported archive
// written by something else may hold escape sequences, controls or a line
// break in a name, which would break every row it is shown in.
//
// Every text goes through sanitize.Text; the fields kofa edits as one line
// (singleLine) through sanitize.Line. A field not listed keeps its line
// breaks, so that nobody's paragraphs are flattened. Drawing cleans once
// more (safeFrame).
func cleanConference(c *conference.Conference) {
	cleanText(reflect.ValueOf(c).Elem(), false)
}

// singleLine names the fields, by type and name, that kofa edits in
// single-line fields and shows in rows and lists.
var singleLine = map[reflect.Type]map[string]bool{
	reflect.TypeFor[conference.Conference]():      set("CaseCode", "Topic", "Place", "StartTime", "AgreedEnd", "NextReviewTime"),
	reflect.TypeFor[conference.LegalBasis]():      set("ConsentBy", "ConsentScope"),
	reflect.TypeFor[conference.Participant]():     set("Name", "InstitutionType", "Institution", "Discipline", "Relationship", "Attendance"),
	reflect.TypeFor[conference.ChronologyEntry](): set("DateText", "Event", "Source"),
	reflect.TypeFor[conference.Contribution]():    set("Text", "Source"),
	reflect.TypeFor[conference.RiskEntry]():       set("Source"),
	reflect.TypeFor[conference.Strength]():        set("Text", "Source"),
	reflect.TypeFor[conference.SafetyStep]():      set("What", "Who", "Until"),
	reflect.TypeFor[conference.Action]():          set("What", "Institution", "ReportBack"),
	reflect.TypeFor[conference.ParkedTopic]():     set("Text"),
	reflect.TypeFor[conference.Distribution]():    set("Recipient"),
	reflect.TypeFor[conference.ActionReview]():    set("What", "OwnerName", "Institution", "ReportBack", "Note"),
}

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// cleanText cleans every string reachable from v in place; line says
// whether v itself is a single-line field.
func cleanText(v reflect.Value, line bool) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		clean := sanitize.Text(s)
		if line {
			clean = sanitize.Line(clean)
		}
		if clean != s && v.CanSet() {
			v.SetString(clean)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			cleanText(v.Elem(), false)
		}
	case reflect.Slice:
		for i := range v.Len() {
			cleanText(v.Index(i), line)
		}
	case reflect.Struct:
		lines := singleLine[v.Type()]
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				cleanText(v.Field(i), lines[v.Type().Field(i).Name])
			}
		}
	}
}
