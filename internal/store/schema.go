package store

// The layout of a kofa store. Every bucket and meta key is named here and
// nowhere else, so the whole on-disk shape can be read in one place.
//
//	meta         "schema"  -> schema version, decimal ASCII ("2")
//	             "created" -> creation time, RFC 3339, UTC
//	conferences  <conference ID> -> JSON {"v":1,"c":<conference.Conference>}
//	summaries    <conference ID> -> binary conference.Summary (since v2),
//	                                see summarycodec.go
//	audit        <conference ID> -> nested bucket:
//	                 <big-endian uint64 sequence> -> JSON {"v":1,"a":<conference.AuditEntry>}
//
// Every value except meta passes through encode/decode in codec.go.
// Bucket names and keys never hold personal data: conference IDs are random
// (conference.NewID) and audit keys are counters.

// SchemaVersion is the layout this kofa writes. A store with a higher
// version was written by a newer kofa and is refused untouched.
const SchemaVersion = 2

var (
	bucketMeta        = []byte("meta")
	bucketConferences = []byte("conferences")
	bucketSummaries   = []byte("summaries")
	bucketAudit       = []byte("audit")

	keySchema  = []byte("schema")
	keyCreated = []byte("created")
)

// summariesSince is the schema version that added the summaries bucket.
const summariesSince = 2

// bucketsAt lists the top-level buckets a store of the given schema
// version must have.
func bucketsAt(version int) [][]byte {
	if version < summariesSince {
		return [][]byte{bucketMeta, bucketConferences, bucketAudit}
	}
	return [][]byte{bucketMeta, bucketConferences, bucketSummaries, bucketAudit}
}

// auditBucketName names the nested audit bucket of a conference in codec
// calls, so an encrypted audit entry is bound to its conference.
func auditBucketName(id []byte) []byte {
	return append(append(append([]byte(nil), bucketAudit...), '/'), id...)
}
