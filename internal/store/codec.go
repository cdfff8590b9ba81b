package store

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"kofa/internal/conference"
)

// Every value the store writes or reads passes through (*codec).encode and
// (*codec).decode, and nothing else touches value bytes. The codec of an
// encrypted store seals the marshalled bytes with AES-256-GCM, bound to
// bucket and key (see crypt.go); a nil *codec stores them as they are. The
// meta bucket stays outside the codec on purpose: the schema version and
// the key header must be readable before any key is known.
//
// bucket is the full bucket path, the names of nested buckets joined by
// '/' ("conferences", "audit/<id>", see bucketPath), key the value's key.
// Both name the value in errors and bind it in the seal: Encrypt walks
// every bucket and seals each value under exactly that path, so a value
// encoded under any other name would not open again.
//
// Values are marshalled by marshal and unmarshal below; a new kind of
// value gets a case in both.

// codec encodes values for one store. A nil *codec writes plaintext.
type codec struct {
	sealer *sealer // nil: plaintext
}

// encode turns v into the bytes stored under bucket/key.
func (cd *codec) encode(bucket, key []byte, v any) ([]byte, error) {
	data, err := marshal(v)
	if err == nil && cd != nil && cd.sealer != nil {
		data = cd.sealer.seal(bucket, key, data)
	}
	if err != nil {
		return nil, fmt.Errorf("store: encode %s/%s: %w", bucket, key, err)
	}
	return data, nil
}

// putChanged stores the plain value bytes under key in b (whose codec name
// is bucket), unless the value stored there is the same already: an index
// a save leaves as it was (the actions, while a contribution is typed) is
// not written again.
func (cd *codec) putChanged(b *bbolt.Bucket, bucket, key, plain []byte) error {
	if old := b.Get(key); old != nil {
		if cd == nil || cd.sealer == nil {
			if bytes.Equal(old, plain) {
				return nil
			}
		} else if opened, err := cd.sealer.open(bucket, key, old); err == nil && bytes.Equal(opened, plain) {
			return nil
		}
	}
	data, err := cd.encode(bucket, key, marshalled(plain))
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// plain returns the plain bytes stored under bucket/key in b, nil when
// there are none or they cannot be opened (then the caller writes anew).
func (cd *codec) plain(b *bbolt.Bucket, bucket, key []byte) []byte {
	old := b.Get(key)
	if old == nil || cd == nil || cd.sealer == nil {
		return old
	}
	opened, err := cd.sealer.open(bucket, key, old)
	if err != nil {
		return nil
	}
	return opened
}

// decode fills v (a pointer) from the bytes stored under bucket/key. It
// never keeps a reference to data, which bbolt owns only for the length of
// the transaction. A conference comes out in the current model: one
// written by an older kofa is upgraded (conference.Upgrade, in unmarshal).
func (cd *codec) decode(bucket, key, data []byte, v any) error {
	var err error
	if cd != nil && cd.sealer != nil {
		data, err = cd.sealer.open(bucket, key, data)
	}
	if err == nil {
		err = unmarshal(data, v)
	}
	if err != nil {
		return fmt.Errorf("store: decode %s/%s: %w", bucket, key, err)
	}
	return nil
}

// bucketPath is the codec name of a nested bucket: the bucket names from
// the top down, joined by '/'.
func bucketPath(names ...[]byte) []byte {
	var out []byte
	for i, n := range names {
		if i > 0 {
			out = append(out, '/')
		}
		out = append(out, n...)
	}
	return out
}

// Value format versions, one per kind of value. A value with an unknown
// version is reported as damage: a newer kofa that changes a format also
// raises SchemaVersion, so the store is refused before any value is read.
const (
	conferenceFormat = 1
	auditFormat      = 1
	summaryFormat    = 2 // first byte of a binary summary, see summarycodec.go
	summaryFormatV1  = 1 // before the follow-up flag; still read
)

// marshalled is a value already in its plain stored form (a conference
// the save memo encoded, memo.go); encode only seals it.
type marshalled []byte

type conferenceEnvelope struct {
	V int                    `json:"v"`
	C *conference.Conference `json:"c"`
}

type auditEnvelope struct {
	V int                   `json:"v"`
	A conference.AuditEntry `json:"a"`
}

// marshal turns v into plain value bytes.
func marshal(v any) ([]byte, error) {
	switch v := v.(type) {
	case *conference.Conference:
		return json.Marshal(conferenceEnvelope{V: conferenceFormat, C: v})
	case marshalled:
		return v, nil
	case conference.Summary:
		return appendSummary(nil, v), nil
	case conference.AuditEntry:
		return json.Marshal(auditEnvelope{V: auditFormat, A: v})
	case encoding.BinaryMarshaler:
		// The index values of schema 3 (actions, search, directory).
		return v.MarshalBinary()
	default:
		return nil, fmt.Errorf("no encoding for %T", v)
	}
}

// unmarshal fills v (a pointer) from plain value bytes. This is the
// store's read boundary: the texts of what it returns are cleaned as
// typing would have cleaned them (conference.CleanText), since a store
// written by something else, or an older kofa, may hold escape sequences
// or line breaks in a name. Text typed into kofa passes unchanged.
func unmarshal(data []byte, v any) error {
	var err error
	switch v := v.(type) {
	case *conference.Conference:
		env := conferenceEnvelope{C: v}
		switch err = json.Unmarshal(data, &env); {
		case err != nil:
		case env.V != conferenceFormat:
			err = fmt.Errorf("unknown conference format %d", env.V)
		case env.C == nil:
			err = errors.New("no conference in the value")
		default:
			conference.Upgrade(v) // written by an older kofa
			v.CleanText()
		}
	case *conference.Summary:
		*v, err = parseSummary(data)
		v.CleanText()
	case *conference.AuditEntry:
		var env auditEnvelope
		if err = json.Unmarshal(data, &env); err == nil && env.V != auditFormat {
			err = fmt.Errorf("unknown audit format %d", env.V)
		}
		*v = env.A
		v.CleanText()
	case encoding.BinaryUnmarshaler:
		err = v.UnmarshalBinary(data)
	default:
		err = fmt.Errorf("no decoding for %T", v)
	}
	return err
}
