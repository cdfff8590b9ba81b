package store

// The layout of a kofa store. Every bucket and meta key is named here and
// nowhere else, so the whole on-disk shape can be read in one place.
//
//	meta         "schema"  -> schema version, decimal ASCII ("5")
//	             "created" -> creation time, RFC 3339, UTC
//	             "retention" -> retention period in days, decimal ASCII
//	                          (absent or "0": none), see settings.go
//	             "keyboard" -> the directory entry ID of the person at the
//	                          keyboard (never a name), see settings.go
//	             "crypt"   -> only in an encrypted store: JSON crypt header
//	                          (Argon2id parameters, salt, wrapped data key),
//	                          see crypt.go
//	             "rewrite" -> only while a rewrite of the file is due: the
//	                          change that needs it ("encrypt", "passphrase",
//	                          "delete"), see rewrite.go; older kofas of the
//	                          same schema ignore it
//	conferences  <conference ID> -> JSON {"v":1,"c":<conference.Conference>};
//	                                since v6 in the model of legal bases per
//	                                person (conference.Upgrade, migrate.go)
//	summaries    <conference ID> -> binary conference.Summary (since v2),
//	                                see summarycodec.go
//	audit        <conference ID> -> nested bucket:
//	                 <big-endian uint64 sequence> -> JSON {"v":1,"a":<conference.AuditEntry>}
//	actions      <conference ID> -> binary actions of the conference with their
//	                                status history, and for a follow-up the
//	                                conference it follows (since v3; format 2
//	                                since v5; format 3 with each action's
//	                                agreement since v7; format 4 with the open
//	                                duties since v8), see index.go and
//	                                duties.go; absent when there are none
//	search       <conference ID> -> folded text of the conference (since v3),
//	                                see search.go; since v4 it may be pending
//	                                (only the people, see searchlater.go)
//	directory    <entry ID> -> JSON {"v":1,"e":<directory.Entry>} (since v3),
//	                           see directory.go; entry IDs are counters
//	order        <place in the list, 16 bytes><conference ID> -> empty (since
//	             v4), see newest.go; empty in an encrypted store
//	agreements   <agreement ID> -> JSON {"v":1,"a":<conference.CooperationAgreement>,
//	             "src":<conference ID>,"prior":<agreement>} or a tombstone
//	             {"v":1,"deleted":<time>}; the register of cooperation
//	             agreements, see agreements.go. Optional: made by the first
//	             write that needs it (no schema version of its own), so a
//	             store of schema 5 may lack it; agreement IDs are random
//	             (conference.NewID)
//
// Every value except meta passes through encode/decode in codec.go.
// Bucket names and keys never hold personal data: conference IDs are random
// (conference.NewID) and audit keys are counters.

// SchemaVersion is the layout this kofa writes. A store with a higher
// version was written by a newer kofa and is refused untouched.
const SchemaVersion = 8

var (
	bucketMeta        = []byte("meta")
	bucketConferences = []byte("conferences")
	bucketSummaries   = []byte("summaries")
	bucketAudit       = []byte("audit")
	bucketActions     = []byte("actions")
	bucketSearch      = []byte("search")
	bucketDirectory   = []byte("directory")
	bucketOrder       = []byte("order")
	bucketAgreements  = []byte("agreements") // optional, see above

	keySchema    = []byte("schema")
	keyCreated   = []byte("created")
	keyRetention = []byte("retention")
	keyKeyboard  = []byte("keyboard")
	keyCrypt     = []byte("crypt")
	keyRewrite   = []byte("rewrite")
)

// summariesSince is the schema version that added the summaries bucket;
// indexesSince the one that added actions, search and directory;
// orderSince the one that added the order index.
const (
	summariesSince = 2
	indexesSince   = 3
	orderSince     = 4
)

// bucketsAt lists the top-level buckets a store of the given schema
// version must have.
func bucketsAt(version int) [][]byte {
	switch {
	case version < summariesSince:
		return [][]byte{bucketMeta, bucketConferences, bucketAudit}
	case version < indexesSince:
		return [][]byte{bucketMeta, bucketConferences, bucketSummaries, bucketAudit}
	case version < orderSince:
		return [][]byte{bucketMeta, bucketConferences, bucketSummaries, bucketAudit, bucketActions, bucketSearch, bucketDirectory}
	}
	return [][]byte{bucketMeta, bucketConferences, bucketSummaries, bucketAudit, bucketActions, bucketSearch, bucketDirectory, bucketOrder}
}

// auditBucketName names the nested audit bucket of a conference in codec
// calls, so an encrypted audit entry is bound to its conference.
func auditBucketName(id []byte) []byte {
	return append(append(append([]byte(nil), bucketAudit...), '/'), id...)
}
