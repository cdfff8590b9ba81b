package cli

import "os"

// debugSwitches are the environment variables that make a library linked
// into kofa write files: Bubble Tea's TEA_TRACE (a log of the program,
// screens included) and TEA_DEBUG (panic values, into the working folder),
// Ultraviolet's UV_DEBUG (the renderer's log, world-readable) and cobra's
// BASH_COMP_DEBUG_FILE. kofa writes no log files, and on an encrypted
// store such a file would hold its text in the clear, so Run removes them
// before any command, the terminal app included, starts. (Found by reading
// the sources of bubbletea v2, ultraviolet, lipgloss v2, colorprofile,
// fang v2 and cobra for os.Getenv; lipgloss, colorprofile and fang read
// no switch that writes a file.)
var debugSwitches = []string{"TEA_TRACE", "TEA_DEBUG", "UV_DEBUG", "BASH_COMP_DEBUG_FILE"}

// scrubEnvironment removes the debug switches. It costs one lookup per
// switch when none is set.
func scrubEnvironment() {
	for _, name := range debugSwitches {
		if _, ok := os.LookupEnv(name); ok {
			_ = os.Unsetenv(name)
		}
	}
}

// takeSecretEnv returns the value of the environment variable name and
// removes the variable: a child process no longer inherits it, and on
// Linux its bytes are wiped from the environment the process started with,
// which others of the same user can read in /proc/<pid>/environ for as
// long as kofa runs. The caller clears the returned bytes.
func takeSecretEnv(name string) ([]byte, bool) {
	v, ok := os.LookupEnv(name)
	if !ok {
		return nil, false
	}
	_ = os.Unsetenv(name)
	wipeInitialEnv(name)
	return []byte(v), true
}
