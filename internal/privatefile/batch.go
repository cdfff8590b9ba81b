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
// Add writes each file under a temporary name without syncing it. Commit
// makes all of them durable at once, then gives each its real name and
// syncs the folder once. A file gets its name only after its data is on
// disk, so a crash or power cut at any moment leaves every file either
// complete or absent under its name (at worst a temporary file is left
// over); once Commit has returned, the names are on disk too.
//
// How Commit makes the files durable: on Linux with one syncfs(2) of the
// folder's file system, which writes back everything in one pass. Syncing
// the files one by one costs far more there even when many syncs run at
// once: every fsync of a new file also writes its folder out (ext4 without
// a journal) or forces a journal commit of its own, and for ten thousand
// files this was the biggest part of the export after rendering (6 s
// instead of 4 s for 10,000 conferences). syncfs also waits for other
// programs' unwritten data on that file system, which is the price. It
// reports write-back errors only since Linux 5.8, so older kernels, other
// systems and a failed syncfs sync each file, many at a time.
type Batch struct {
	dir   string
	force bool
	fs    *fsSync // nil: sync file by file

	// create lets one Add at a time create its file: creating files in
	// one folder is serial in the kernel anyway, and waiting here does
	// not spin on a processor another goroutine could compute on.
	create sync.Mutex

	mu      sync.Mutex
	done    bool
	pending []pendingFile // added, not yet placed

	flushing sync.Mutex // one Flush at a time
}

// pendingFile is a file written under a temporary name.
type pendingFile struct {
	tmp, path string
}

// syncWorkers is how many files are synced at a time where they are
// synced one by one.
const syncWorkers = 32

// NewBatch starts a batch of files in dir, which must exist. With force,
// Commit replaces files that exist. Every batch ends with Commit or Abort
// (Abort after Commit is harmless), which let go of the folder.
func NewBatch(dir string, force bool) *Batch {
	return &Batch{dir: dir, force: force, fs: openFSSync(dir)}
}

// errBatchDone reports an Add after Commit or Abort.
var errBatchDone = errors.New("privatefile: batch already committed or aborted")

// Add writes data for the file at path, which must be in the batch's
// folder, under a temporary name in that folder; the file appears under
// path only when Commit places it, which without force refuses a path
// that exists (ErrExists). Add is safe for concurrent use.
func (b *Batch) Add(path string, data []byte) error {
	if filepath.Dir(path) != filepath.Clean(b.dir) {
		return errors.New("privatefile: " + path + " is not in " + b.dir)
	}
	b.create.Lock()
	tmp, err := writeTemp(b.dir, data)
	b.create.Unlock()
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		_ = os.Remove(tmp)
		return errBatchDone
	}
	b.pending = append(b.pending, pendingFile{tmp: tmp, path: path})
	return nil
}

// writeTemp writes data to a new temporary file in dir, mode exactly
// 0600, as Write does but without syncing it.
func writeTemp(dir string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, ".kofa-*.tmp") // created 0600
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		if cerr := f.Chmod(FileMode); !errors.Is(cerr, errors.ErrUnsupported) {
			err = cerr
		}
	}
	if err = errors.Join(err, f.Close()); err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// Commit makes every file added durable, then places each under its name,
// in the order of the names, and syncs the folder. It returns the paths
// placed, also when it fails part way (a file in the way without force,
// say): those files are complete and their names on disk; the files not
// placed stay under their temporary names until Abort. On failure, failed
// is the path of the file that could not be synced or placed. Nothing can
// be added after Commit.
func (b *Batch) Commit() (placed []string, failed string, err error) {
	b.mu.Lock()
	b.done = true
	b.mu.Unlock()
	defer b.fs.close()
	return b.Flush()
}

// Flush does what Commit does for the files added so far, and the batch
// stays open: a long batch places its first files, and its caller records
// them, while later ones are still being written, instead of waiting for
// the disk once at the end. Flushes run one at a time; Add may run
// meanwhile (what it adds waits for the next flush).
func (b *Batch) Flush() (placed []string, failed string, err error) {
	b.flushing.Lock()
	defer b.flushing.Unlock()
	b.mu.Lock()
	files := b.pending
	b.pending = nil
	b.mu.Unlock()
	defer func() { // what was not placed goes back, for Abort
		b.mu.Lock()
		b.pending = append(b.pending, files...)
		b.mu.Unlock()
	}()
	if len(files) == 0 {
		return nil, "", nil
	}
	if err := b.fs.sync(); err != nil {
		if failed, err := syncEach(files); err != nil {
			return nil, failed, err
		}
	}
	slices.SortFunc(files, func(x, y pendingFile) int { return strings.Compare(x.path, y.path) })
	for len(files) > 0 {
		p := files[0]
		if err = place(p.tmp, p.path, b.force); err != nil {
			failed = p.path
			break
		}
		placed = append(placed, p.path)
		files = files[1:]
	}
	if len(placed) > 0 {
		syncDir(b.dir)
	}
	return placed, failed, err
}

// Abort removes the temporary files of the files not placed. It is safe
// to call after Commit, and more than once.
func (b *Batch) Abort() {
	b.flushing.Lock() // a flush under way gives back what it did not place
	defer b.flushing.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done = true
	b.fs.close()
	for _, p := range b.pending {
		_ = os.Remove(p.tmp)
	}
	b.pending = nil
}

// syncEach syncs the temporary files, syncWorkers at a time. On failure
// it returns the path of a file that failed, and its error.
func syncEach(files []pendingFile) (failed string, err error) {
	jobs := make(chan pendingFile)
	var (
		wg sync.WaitGroup
		mu sync.Mutex
	)
	for range min(syncWorkers, len(files)) {
		wg.Go(func() {
			for p := range jobs {
				if serr := syncFile(p.tmp); serr != nil {
					mu.Lock()
					if err == nil {
						failed, err = p.path, serr
					}
					mu.Unlock()
				}
			}
		})
	}
	for _, p := range files {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	return failed, err
}

// syncFile opens a written file again and syncs it. Keeping every file
// open from Add to Commit would run into the limit of open files.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}
