// Package export turns a conference into Markdown minutes for each audience
// (full, pseudonymised, one institution's tasks) and into a lossless JSON
// archive. Everything here is a pure function of the domain: no store, no
// terminal, no files. The caller writes the bytes and records the hash.
package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"time"

	"kofa/internal/conference"
	"kofa/internal/conference/catalogue"
	"kofa/internal/directory"
	"kofa/internal/i18n"
	"kofa/internal/sanitize"
)

// The variants of the minutes, as conference.MinutesVariants.
const (
	VariantFull          = conference.MinutesFull
	VariantPseudonymised = conference.MinutesPseudonymised
	VariantTasks         = conference.MinutesTasks
	VariantFamily        = conference.MinutesFamily
	VariantChild         = conference.MinutesChild
	VariantFeedback      = conference.MinutesFeedback
	VariantNotice        = conference.MinutesNotice
)

// ValidVariant reports whether v names a variant of the minutes.
func ValidVariant(v string) bool {
	return slices.Contains(conference.MinutesVariants, v)
}

// Options choose the audience and language of the minutes.
type Options struct {
	Lang i18n.Lang
	// Variant is VariantFull (also when empty), VariantPseudonymised or
	// VariantTasks.
	Variant string
	// For names the institution whose tasks VariantTasks lists: a
	// catalogue code ("kita") or the institution's name as recorded.
	For string
	// ExportedAt is stamped into the footer only, never into the body, so
	// the body (and its hash) depends on the conference alone.
	ExportedAt time.Time
	// Catalogue labels the codes; nil means catalogue.Builtin().
	Catalogue *catalogue.Catalogue
	// Contacts is the partner directory: the documents beyond the room
	// give the case lead's phone and e-mail from it (the conference holds
	// neither). Nil leaves them out.
	Contacts []directory.Entry
	// WithStatus adds, after the minutes and clearly apart from them, what
	// became of each action since (the status history): the minutes of a
	// closed conference otherwise show the record as it stood at closing.
	WithStatus bool
}

// Markdown returns the complete minutes: the body and a footer with the
// export time and the SHA-256 of the body.
func Markdown(c *conference.Conference, opt Options) []byte {
	body := Body(c, opt)
	return append(body, Footer(Hash(body), opt)...)
}

// Body returns the minutes without the footer. The same conference and
// options always give the same bytes.
func Body(c *conference.Conference, opt Options) []byte {
	d := newDoc(c, opt)
	buf := drafts.Get().(*[]byte)
	d.out = (*buf)[:0]
	switch {
	case d.variant == VariantTasks:
		d.tasksMinutes()
	case d.variant == VariantFamily:
		d.familyLetter()
	case d.variant == VariantChild:
		d.childPage()
	case d.variant == VariantFeedback:
		d.feedback()
	case d.variant == VariantNotice:
		d.notice()
	case d.network():
		d.networkMinutes()
	case c.Kind == conference.KindHandover:
		d.handoverMinutes()
	default:
		d.fullMinutes()
	}
	// Every block ends in a blank line; the body ends in exactly one
	// newline so the footer can be cut off by line count.
	draft := bytes.TrimRight(d.out, "\n")
	body := make([]byte, len(draft)+1, len(draft)+1+footerRoom)
	copy(body, draft)
	body[len(draft)] = '\n'
	if cap(d.out) <= maxDraft {
		*buf = d.out
		drafts.Put(buf)
	}
	return body
}

// drafts are the buffers Body writes the minutes into before it copies
// them out at their final size: one allocation of the body instead of a
// buffer doubling its way up and two copies of the result. kofa export
// --all renders thousands of conferences, several at a time.
var drafts = sync.Pool{New: func() any { return new([]byte) }}

// maxDraft is the largest draft buffer kept for the next Body; a larger
// one (a conference far beyond any real one) goes to the garbage
// collector.
const maxDraft = 4 << 20

// footerRoom is spare capacity at the end of the body, so that Markdown
// appends the footer without copying the body again.
const footerRoom = 512

// Hash is the hex SHA-256 of the body, as printed in the footer and
// recorded in the audit log.
func Hash(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// Footer returns the closing lines of the minutes: a rule, the export time
// and the hash of the body above it.
func Footer(hash string, opt Options) []byte {
	if !MinutesVariant(opt.Variant) {
		return footer(hash, opt, "beyond.footer.hash") // a letter, a page, a notice: no minutes
	}
	return footer(hash, opt, "export.footer.hash")
}

// footer is Footer with the line of the hash worded by hashKey.
func footer(hash string, opt Options, hashKey string) []byte {
	t := i18n.New(opt.Lang)
	lang := string(t.Lang())
	at := opt.ExportedAt
	var b strings.Builder
	b.WriteString("\n---\n\n")
	b.WriteString(Inline(t.T("export.footer.exported", conference.FormatDate(conference.DateOf(at), lang), at.Format("15:04"))))
	b.WriteString("\\\n")
	b.WriteString(Inline(t.T(hashKey, hash)))
	b.WriteString("\n")
	return []byte(b.String())
}

// MinutesVariant reports whether the variant is a set of minutes, not one
// of the documents beyond the room (a letter, a page, a notice).
func MinutesVariant(v string) bool {
	return v == "" || v == VariantFull || v == VariantPseudonymised || v == VariantTasks
}

// FileName is a stable file name for the minutes of c: the date and the
// case code or topic, reduced to characters that are safe on every
// system. It never contains a person's name, because case codes and topics
// are pseudonyms by design. kofa export --all adds the conference's ID, so
// conferences that share date and title never share a file. The
// pseudonymised minutes of a case go further, as their text does: the
// month instead of the day, the conference's random ID instead of the case
// code.
func FileName(c *conference.Conference, variant string) string {
	parts := []string{}
	hidden := variant == VariantPseudonymised && c.Kind == conference.KindCase
	switch {
	case c.Date.IsZero():
	case hidden:
		parts = append(parts, c.Date.String()[:len("2006-01")])
	default:
		parts = append(parts, c.Date.String())
	}
	if t := Slug(c.Title(), 60); t != "" && !hidden {
		parts = append(parts, t)
	} else {
		parts = append(parts, string(c.ID))
	}
	if variant != "" && variant != VariantFull {
		parts = append(parts, variant)
	}
	return strings.Join(parts, "_") + ".md"
}

// Slug makes s part of a file name that is safe on every system: ASCII
// letters and digits, German umlauts spelled out, anything else as single
// dashes, at most max bytes. The text is cleaned first (package sanitize),
// so an escape sequence leaves nothing behind: "K-1\x1b[31m" gives "K-1",
// not "K-1-31m".
func Slug(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range sanitize.Line(s) {
		if rep, ok := umlauts[r]; ok {
			b.WriteString(rep)
			dash = false
			continue
		}
		if r < 128 && isASCIIAlnum(byte(r)) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if len(out) > max {
		out = strings.TrimSuffix(out[:max], "-")
	}
	return out
}

var umlauts = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'Ä': "Ae", 'Ö': "Oe", 'Ü': "Ue", 'ß': "ss"}
