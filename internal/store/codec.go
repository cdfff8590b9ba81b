package store

import (
	"encoding/json"
	"errors"
	"fmt"

	"kofa/internal/conference"
)

// Every value the store writes or reads passes through encode and decode,
// and nothing else touches value bytes. Encryption at rest will go exactly
// here: seal the encoded bytes with bucket+key as additional data, open
// them before decoding. The meta bucket stays outside the codec on purpose:
// the schema version must be readable before any key is known.
//
// bucket is the full bucket path ("conferences", "audit/<id>"), key the
// value's key; both name the value in errors and will bind it in the seal.

// Value format versions, one per kind of value. A value with an unknown
// version is reported as damage: a newer kofa that changes a format also
// raises SchemaVersion, so the store is refused before any value is read.
const (
	conferenceFormat = 1
	auditFormat      = 1
	summaryFormat    = 1 // first byte of a binary summary, see summarycodec.go
)

type conferenceEnvelope struct {
	V int                    `json:"v"`
	C *conference.Conference `json:"c"`
}

type auditEnvelope struct {
	V int                   `json:"v"`
	A conference.AuditEntry `json:"a"`
}

// encode turns v into the bytes stored under bucket/key.
func encode(bucket, key []byte, v any) ([]byte, error) {
	var (
		data []byte
		err  error
	)
	switch v := v.(type) {
	case *conference.Conference:
		data, err = json.Marshal(conferenceEnvelope{V: conferenceFormat, C: v})
	case conference.Summary:
		data = appendSummary(nil, v)
	case conference.AuditEntry:
		data, err = json.Marshal(auditEnvelope{V: auditFormat, A: v})
	default:
		err = fmt.Errorf("no encoding for %T", v)
	}
	if err != nil {
		return nil, fmt.Errorf("store: encode %s/%s: %w", bucket, key, err)
	}
	return data, nil
}

// decode fills v (a pointer) from the bytes stored under bucket/key. It
// never keeps a reference to data, which bbolt owns only for the length of
// the transaction.
func decode(bucket, key, data []byte, v any) error {
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
		}
	case *conference.Summary:
		*v, err = parseSummary(data)
	case *conference.AuditEntry:
		var env auditEnvelope
		if err = json.Unmarshal(data, &env); err == nil && env.V != auditFormat {
			err = fmt.Errorf("unknown audit format %d", env.V)
		}
		*v = env.A
	default:
		err = fmt.Errorf("no decoding for %T", v)
	}
	if err != nil {
		return fmt.Errorf("store: decode %s/%s: %w", bucket, key, err)
	}
	return nil
}
