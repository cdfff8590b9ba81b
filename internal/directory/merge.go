package directory

// Field names a field of an entry that an import may find different.
type Field string

// The fields Merge compares; name and institution make the entry (Key).
const (
	FieldDiscipline Field = "discipline"
	FieldPhone      Field = "phone"
	FieldEmail      Field = "email"
)

// Conflict is an incoming entry for a person already listed whose fields
// differ from what the directory holds: Fields lists them, in the order
// discipline, phone, e-mail. Existing is the entry as it was before the
// import, Incoming the line of the file.
type Conflict struct {
	Existing, Incoming Entry
	Fields             []Field
}

// MergeReport says what an import did, one count per incoming entry:
// added (a new person), updated (a known person got fields it lacked, or
// with update the differing fields too), unchanged (nothing new), or
// conflicting (a differing field left as it was, see Conflicts). With
// update, Conflicts still lists what was overwritten, and those entries
// count as updated. A second line of the file for a person the import
// added counts only when it conflicts with the first.
type MergeReport struct {
	Added, Updated, Unchanged, Conflicting int
	Conflicts                              []Conflict
}

// Merge adds incoming entries to existing ones, as a CSV import does. An
// entry for a person already listed (same name and institution, see Same)
// keeps the existing ID and gets the discipline, phone and e-mail it
// lacked; a field that is set on both sides but differs is a conflict and
// stays as it was, unless update is given, when the incoming value
// replaces it. Any other entry is added. Existing entries are never
// removed, so importing a colleague's list loses nothing of one's own, and
// nothing the directory holds is overwritten without being asked for.
func Merge(existing, incoming []Entry, update bool) (merged []Entry, rep MergeReport) {
	merged = append([]Entry(nil), existing...)
	at := make(map[string]int, len(merged))
	for i, e := range merged {
		at[e.Key()] = i
	}
	for _, in := range incoming {
		i, ok := at[in.Key()]
		if !ok {
			in.ID = ""
			at[in.Key()] = len(merged)
			merged = append(merged, in)
			rep.Added++
			continue
		}
		e := &merged[i]
		before := *e
		var differ []Field
		for _, f := range []struct {
			name Field
			dst  *string
			src  string
		}{
			{FieldDiscipline, &e.Discipline, in.Discipline}, {FieldPhone, &e.Phone, in.Phone}, {FieldEmail, &e.Email, in.Email},
		} {
			switch {
			case f.src == "" || f.src == *f.dst:
			case *f.dst == "":
				*f.dst = f.src
			default:
				differ = append(differ, f.name)
				if update {
					*f.dst = f.src
				}
			}
		}
		if len(differ) > 0 {
			rep.Conflicts = append(rep.Conflicts, Conflict{Existing: before, Incoming: in, Fields: differ})
		}
		switch {
		case len(differ) > 0 && !update:
			rep.Conflicting++
		case i >= len(existing):
			// A second line for a person this import added: part of
			// that addition.
		case *e != before:
			rep.Updated++
		default:
			rep.Unchanged++
		}
	}
	return merged, rep
}

// Value returns the entry's value of the field.
func (e Entry) Value(f Field) string {
	switch f {
	case FieldDiscipline:
		return e.Discipline
	case FieldPhone:
		return e.Phone
	case FieldEmail:
		return e.Email
	}
	return ""
}
