package cli

import (
	"errors"

	"kofa/internal/i18n"
	"kofa/internal/store"
)

// What the command line says about rewrites of the store file (see
// store.RewriteReason): encrypting, changing the passphrase and deleting
// keep their promise only once the file is rewritten, and only for the
// store itself, not for the copies kofa made of it before.

// rewriteFailedMessage words a *store.RewriteError: the change holds, the
// rewrite is due, and the next start of kofa does it.
func rewriteFailedMessage(tr *i18n.Messages, e *store.RewriteError) string {
	why := e.Err.Error()
	switch e.Reason {
	case store.RewriteEncrypt:
		return tr.T("crypt.rewrite.failed.encrypt", e.Path, why)
	case store.RewritePassphrase:
		return tr.T("crypt.rewrite.failed.passphrase", e.Path, why)
	default:
		return tr.T("crypt.rewrite.failed.delete", e.Path, why)
	}
}

// reportFinishedRewrite tells the user about the rewrite an earlier run
// left due, which opening the store at path did now, or returns the
// failure, worded, when it failed again.
func (inv *invocation) reportFinishedRewrite(path string, done *store.Rewritten) error {
	// On stderr: the command's own output (list --json) stays as it is.
	inv.reportBackupsRemoved(path, done, inv.printErr)
	tr := inv.tr
	if re, ok := errors.AsType[*store.RewriteError](done.Err); ok {
		remains := tr.T("crypt.rewrite.remains.delete")
		switch done.Reason {
		case store.RewriteEncrypt:
			remains = tr.T("crypt.rewrite.remains.encrypt")
		case store.RewritePassphrase:
			remains = tr.T("crypt.rewrite.remains.passphrase")
		}
		return failf(tr.T("crypt.rewrite.still_due", path, re.Err.Error(), remains))
	}
	switch done.Reason {
	case store.RewriteEncrypt:
		inv.printErr(tr.T("crypt.rewrite.finished.encrypt", path))
	case store.RewritePassphrase:
		inv.printErr(tr.T("crypt.rewrite.finished.passphrase", path))
	default:
		inv.printErr(tr.T("crypt.rewrite.finished.delete", path))
	}
	return nil
}

// finishRewrite is kofa encrypt on an encrypted store whose rewrite an
// earlier run could not finish (it answered "encrypted already" before):
// opening the store finishes it.
func (inv *invocation) finishRewrite(path string) error {
	s, err := store.Open(path, inv.storeOptions(path))
	if err != nil {
		return err
	}
	defer func() { _ = s.Close() }()
	if done := s.FinishedRewrite(); done != nil {
		return inv.reportFinishedRewrite(path, done)
	}
	return inv.alreadyEncrypted(path) // another kofa finished it meanwhile
}

// reportBackupsRemoved says (with print) how many rolling backups of the
// store at path a rewrite deleted (they were plain copies, or opened with
// the old passphrase), and when some could not be deleted.
func (inv *invocation) reportBackupsRemoved(path string, done *store.Rewritten, print func(string)) {
	switch {
	case done.BackupsRemoved == 0:
	case done.Reason == store.RewriteEncrypt:
		print(inv.tr.T("crypt.backups_removed.encrypt", done.BackupsRemoved))
	case done.Reason == store.RewritePassphrase:
		print(inv.tr.T("crypt.backups_removed.passphrase", done.BackupsRemoved))
	}
	if done.BackupsErr != nil {
		inv.printErr(inv.tr.T("crypt.backups_left", store.BackupDir(path), done.BackupsErr.Error()))
	}
}

// listCopies names, one a line, the copies kofa made next to the store at
// path (store.Copies) that the change (reason) did not reach, and says
// what to do with them. kofa does not delete them itself: each may be the
// only way back to an earlier state.
func (inv *invocation) listCopies(path string, reason store.RewriteReason) {
	copies, err := store.Copies(path)
	if err != nil {
		return // naming them is a courtesy; the change itself is done
	}
	var left []store.Copy
	for _, c := range copies {
		switch {
		case reason == store.RewriteEncrypt && !c.Encrypted,
			reason == store.RewritePassphrase && c.Encrypted,
			reason == store.RewriteDelete:
			left = append(left, c)
		}
	}
	if len(left) == 0 {
		return
	}
	tr := inv.tr
	switch reason {
	case store.RewriteEncrypt:
		inv.printOut(tr.T("crypt.copies.encrypt"))
	case store.RewritePassphrase:
		inv.printOut(tr.T("crypt.copies.passphrase"))
	default:
		inv.printOut(tr.T("crypt.copies.delete"))
	}
	for _, c := range left {
		kind := tr.T("crypt.copy.kind.damaged")
		switch c.Kind {
		case store.CopyBeforeUpgrade:
			kind = tr.T("crypt.copy.kind.upgrade")
		case store.CopyBeforeRestore:
			kind = tr.T("crypt.copy.kind.restore")
		}
		inv.printOut("  " + tr.T("crypt.copy.line", c.Path, kind))
	}
}
