package directory

// Merge adds incoming entries to existing ones, as a CSV import does: an
// entry for a person already listed (same name and institution, see Same)
// fills in the discipline, phone and e-mail it brings and keeps the
// existing ID; any other entry is added. Existing entries are never
// removed, so importing a colleague's list loses nothing of one's own.
func Merge(existing, incoming []Entry) (merged []Entry, added, updated int) {
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
			added++
			continue
		}
		e := &merged[i]
		before := *e
		for _, f := range []struct {
			dst *string
			src string
		}{
			{&e.Discipline, in.Discipline}, {&e.Phone, in.Phone}, {&e.Email, in.Email},
		} {
			if f.src != "" {
				*f.dst = f.src
			}
		}
		if *e != before && i < len(existing) {
			updated++ // an entry added by this import only grew
		}
	}
	return merged, added, updated
}
