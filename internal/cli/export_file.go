package cli

import "kofa/internal/privatefile"

// errTargetExists reports that a file is in the way and --force was not
// given.
var errTargetExists = privatefile.ErrExists

// mkdirPrivateAll creates dir (and its parents) readable by the owner only.
// An existing folder is left as it is.
func mkdirPrivateAll(dir string) error { return privatefile.MkdirAll(dir) }

// writePrivateFile writes data to path through a temporary file in the same
// folder, mode 0600, never replacing an existing file without force
// (errTargetExists). The terminal app writes its exports the same way.
func writePrivateFile(path string, data []byte, force bool) error {
	return privatefile.Write(path, data, force)
}
