// Package earlyenv changes kofa's environment before the libraries read
// it. Only package main imports it, for its side effect:
//
//	import _ "kofa/internal/earlyenv"
//
// Inside tmux, the colour detection of the terminal libraries
// (charmbracelet/colorprofile) runs the program "tmux info" to learn
// whether tmux passes true colour on; the child inherits kofa's whole
// environment and talks to the tmux server over a socket. kofa starts no
// other program, so it forgets TMUX, the variable that detection looks
// for. Nothing else kofa links reads it. Inside tmux, kofa then draws in
// 256 colours unless COLORTERM=truecolor says more.
//
// The first detection runs while the packages are initialised, before
// main: lipgloss sets up its default writer for standard output. That is
// why this is a package of its own and why it imports nothing but os.
// Go initialises, at each step, the first package in import-path order
// whose imports are initialised (the language specification, "Package
// initialization"): this package needs only os, while the detection needs
// os/exec, whose path sorts after "kofa/...", so this package always comes
// first. TestNoNetworkSystemCalls (internal/cli) runs the real binary in
// tmux under strace and would see "tmux info" started.
package earlyenv

import "os"

func init() {
	_ = os.Unsetenv("TMUX")
}
