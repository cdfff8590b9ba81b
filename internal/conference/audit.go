package conference

import "time"

// AuditEntry is one line of a conference's append-only audit log: what
// changed and when, never the text itself. Op is a verb ("add", "update",
// "remove", "export", ...); Path names the field as Problem paths do
// ("actions/a3/due"). Args may carry non-personal values such as a hash.
type AuditEntry struct {
	At   time.Time `json:"at"`
	Op   string    `json:"op"`
	Path string    `json:"path"`
	Arg  string    `json:"arg,omitempty"`
}

// Audit operations.
const (
	OpCreate = "create"
	OpAdd    = "add"
	OpUpdate = "update"
	OpRemove = "remove"
	OpPhase  = "phase"
	OpClose  = "close"
	OpReopen = "reopen"
	OpExport = "export"
	OpImport = "import"
	// OpRelease records that the minutes were released (Arg: the last day
	// for objections, if any; never who released them).
	OpRelease = "release"
	// OpUndo and OpRedo take a change back or make it again; Path is the
	// change's, so the log says what was undone.
	OpUndo = "undo"
	OpRedo = "redo"
)

// Change describes a change for the audit log, stamped by the store when
// the change is committed.
type Change struct {
	Op   string
	Path string
	Arg  string
}
