package privatefile

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// A Batch writes many files into one folder with the promises of Write
// (mode 0600, complete or absent under its name, never over an existing
// file unless forced) for a fraction of the cost: Write syncs every file
// and then the folder, two waits for the disk in a row per file, which
// for the ten thousand files of kofa export --all come to most of a
// minute.
//
// Add writes each file under a temporary name and hands it to a pool of
// goroutines that sync it while the caller goes on (the disk and the file
// system serve many syncs at once, and the caller computes the next files
// meanwhile). Commit waits for the last syncs, then gives each file its
// real name and syncs the folder once. A file gets its name only after
// its data is on disk, so a crash or power cut at any moment leaves every
// file either complete or absent under its name (at worst a temporary
// file is left over); once Commit has returned, the names are on disk
// too.
type Batch struct {
	dir   string
	force bool

	// create lets one Add at a time create its file: creating files in
	// one folder is serial in the kernel anyway, and waiting here does
	// not spin on a processor another goroutine could compute on.
	create sync.Mutex

	// syncs queues written files for the sync pool; guarded by closing:
	// Add sends under a read lock, Commit and Abort close under the write
	// lock.
	closing sync.RWMutex
	closed  bool
	syncs   chan syncJob
	pool    sync.WaitGroup

	mu         sync.Mutex
	pending    []pendingFile // added, not yet placed
	syncFailed string        // the path whose sync failed first
	syncErr    error
}

// pendingFile is a file written under a temporary name.
type pendingFile struct {
	tmp, path string
}

// syncJob is a written file, still open, waiting for its sync.
type syncJob struct {
	f    *os.File
	path string
}

// syncWorkers is how many files are synced at a time; the queue in front
// of them bounds how many written files are open at once.
const (
	syncWorkers = 32
	syncQueue   = 64
)

// NewBatch starts a batch of files in dir. With force, Commit replaces
// files that exist. Every batch must end with Commit or Abort (Abort after
// Commit is harmless), which stop its goroutines.
func NewBatch(dir string, force bool) *Batch {
	b := &Batch{dir: dir, force: force, syncs: make(chan syncJob, syncQueue)}
	for range syncWorkers {
		b.pool.Go(b.syncLoop)
	}
	return b
}

// syncLoop syncs and closes the files queued.
func (b *Batch) syncLoop() {
	for job := range b.syncs {
		if err := errors.Join(job.f.Sync(), job.f.Close()); err != nil {
			b.mu.Lock()
			if b.syncErr == nil {
				b.syncFailed, b.syncErr = job.path, err
			}
			b.mu.Unlock()
		}
	}
}

// errBatchDone reports an Add after Commit or Abort.
var errBatchDone = errors.New("privatefile: batch already committed or aborted")

// Add writes data for the file at path, which must be in the batch's
// folder, under a temporary name in that folder, and queues it for its
// sync; the file appears under path only when Commit places it, which
// without force refuses a path that exists (ErrExists). Add is safe for
// concurrent use.
func (b *Batch) Add(path string, data []byte) error {
	if filepath.Dir(path) != filepath.Clean(b.dir) {
		return errors.New("privatefile: " + path + " is not in " + b.dir)
	}
	b.closing.RLock()
	defer b.closing.RUnlock()
	if b.closed {
		return errBatchDone
	}
	b.create.Lock()
	f, err := writeTemp(b.dir, data)
	b.create.Unlock()
	if err != nil {
		return err
	}
	b.mu.Lock()
	b.pending = append(b.pending, pendingFile{tmp: f.Name(), path: path})
	b.mu.Unlock()
	b.syncs <- syncJob{f: f, path: path}
	return nil
}

// writeTemp writes data to a new temporary file in dir, mode exactly
// 0600, as Write does, and returns it open and not yet synced.
func writeTemp(dir string, data []byte) (*os.File, error) {
	f, err := os.CreateTemp(dir, ".kofa-*.tmp") // created 0600
	if err != nil {
		return nil, err
	}
	_, err = f.Write(data)
	if err == nil {
		if cerr := f.Chmod(FileMode); !errors.Is(cerr, errors.ErrUnsupported) {
			err = cerr
		}
	}
	if err != nil {
		_ = f.Close()
		_ = os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}

// stop closes the queue and waits until every queued file is synced and
// closed; the caller holds the write lock of closing.
func (b *Batch) stop() {
	if !b.closed {
		b.closed = true
		close(b.syncs)
		b.pool.Wait()
	}
}

// Commit waits until every file added is synced, then places each under
// its name, in the order of the names, and syncs the folder. It returns
// the paths placed, also when it fails part way (a file in the way
// without force, say): those files are complete and their names on disk;
// the files not placed stay under their temporary names until Abort. On
// failure, failed is the path of the file that could not be synced or
// placed.
func (b *Batch) Commit() (placed []string, failed string, err error) {
	b.closing.Lock()
	defer b.closing.Unlock()
	b.stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.syncErr != nil {
		return nil, b.syncFailed, b.syncErr
	}
	slices.SortFunc(b.pending, func(x, y pendingFile) int { return strings.Compare(x.path, y.path) })
	for len(b.pending) > 0 {
		p := b.pending[0]
		if err = place(p.tmp, p.path, b.force); err != nil {
			failed = p.path
			break
		}
		placed = append(placed, p.path)
		b.pending = b.pending[1:]
	}
	if len(placed) > 0 {
		syncDir(b.dir)
	}
	return placed, failed, err
}

// Abort removes the temporary files of the files not placed. It is safe
// to call after Commit, and more than once.
func (b *Batch) Abort() {
	b.closing.Lock()
	defer b.closing.Unlock()
	b.stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.pending {
		_ = os.Remove(p.tmp)
	}
	b.pending = nil
}
