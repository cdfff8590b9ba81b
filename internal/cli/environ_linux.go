package cli

import (
	"bytes"
	"os"
	"strconv"
	"strings"
)

// wipeInitialEnv overwrites every name=value entry of the environment
// block the kernel gave the process with zero bytes. The Go runtime copies
// that block at start and os.Unsetenv changes only the copy; the block
// itself, on the main thread's stack, is what /proc/<pid>/environ shows.
// Its place comes from /proc/self/stat (env_start, env_end), and it is
// written through /proc/self/mem, so no pointer is made from a number.
// Best effort: where /proc is missing or refuses, the block stays.
func wipeInitialEnv(name string) {
	start, end, ok := initialEnvBlock()
	if !ok {
		return
	}
	env, err := os.ReadFile("/proc/self/environ")
	if err != nil || int64(len(env)) > end-start {
		return
	}
	mem, err := os.OpenFile("/proc/self/mem", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	defer mem.Close()
	prefix := []byte(name + "=")
	for off := 0; off < len(env); {
		n := bytes.IndexByte(env[off:], 0)
		if n < 0 {
			n = len(env) - off
		}
		if bytes.HasPrefix(env[off:off+n], prefix) {
			_, _ = mem.WriteAt(make([]byte, n), start+int64(off))
		}
		off += n + 1
	}
	clear(env)
}

// initialEnvBlock reads env_start and env_end, fields 50 and 51 of
// /proc/self/stat (Linux 3.5 and later). The second field, the command
// name, may hold spaces and parentheses: the fields are counted after its
// last ')'.
func initialEnvBlock() (start, end int64, ok bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, 0, false
	}
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, 0, false
	}
	fields := strings.Fields(string(stat[i+1:])) // fields 3 onwards
	const envStart, envEnd = 50 - 3, 51 - 3
	if len(fields) <= envEnd {
		return 0, 0, false
	}
	start, err1 := strconv.ParseInt(fields[envStart], 10, 64)
	end, err2 := strconv.ParseInt(fields[envEnd], 10, 64)
	if err1 != nil || err2 != nil || start <= 0 || end <= start {
		return 0, 0, false
	}
	return start, end, true
}
