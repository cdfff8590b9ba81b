package cli

// kofa opens no network connection. Three checks, from the source to the
// running process: what the program imports, what the linker kept in the
// binary, and (on Linux, where strace is installed) the system calls of a
// typical session.

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// forbiddenPackages may not be among the binary's dependencies on any
// system kofa is built for.
var forbiddenPackages = []string{"net/http", "crypto/tls", "net/rpc", "net/smtp", "net/mail", "net/http/httptrace"}

// netImporters are the only packages allowed to import "net" itself, and
// why:
//   - pflag (cobra's flags) parses IP-address flags with net.ParseIP
//     (ip.go, ipnet.go); kofa declares no such flag.
//   - golang.org/x/sys/windows (console and file calls of the terminal
//     library and bbolt on Windows) returns a net.IP from one Winsock
//     address type (types_windows.go); kofa calls none of it.
//
// TestNoConnectingCodeIsLinked shows that nothing that opens a connection
// reaches the binary.
var netImporters = map[string]bool{"github.com/spf13/pflag": true, "golang.org/x/sys/windows": true}

func TestNoNetworkPackagesInTheBinary(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH")
	}
	for _, target := range []string{"linux/amd64", "windows/amd64", "windows/arm64", "darwin/arm64"} {
		goos, goarch, _ := strings.Cut(target, "/")
		cmd := exec.Command(goTool, "list", "-deps", "-f", "{{.ImportPath}}:{{join .Imports \" \"}}", "kofa/cmd/kofa")
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: go list: %v", target, err)
		}
		found := 0
		for line := range strings.Lines(string(out)) {
			pkg, imports, _ := strings.Cut(strings.TrimSpace(line), ":")
			found++
			for _, bad := range forbiddenPackages {
				if pkg == bad {
					t.Errorf("%s: the binary depends on %s", target, bad)
				}
			}
			for imp := range strings.FieldsSeq(imports) {
				if imp == "net" && !netImporters[pkg] {
					t.Errorf("%s: %s imports net; if it must, say why in netImporters", target, pkg)
				}
			}
		}
		if found < 50 {
			t.Fatalf("%s: only %d packages listed", target, found)
		}
	}
}

// linkedNetwork matches the symbols of code that opens connections or
// resolves names: if none is in the binary, no path in it can connect.
var linkedNetwork = regexp.MustCompile(`^(net\.(Dial|Listen|\(\*Dialer\)|\(\*ListenConfig\)|\(\*Resolver\)|\(\*netFD\)|socket|sysSocket|internetSocket)|syscall\.(Socket|Connect|Bind|Listen|socket|connect|bind|listen)$|net/http\.|crypto/tls\.)`)

// TestNoConnectingCodeIsLinked looks at the binary built for this system
// (Linux in CI). On Windows the standard library's file poller keeps its
// Winsock helpers linked whatever the program does (its methods stay
// because the type is used through an interface), so a symbol check there
// would prove nothing; the package check above covers every system.
func TestNoConnectingCodeIsLinked(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("see above")
	}
	bin := kofaBinary(t)
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Skipf("go tool nm: %v", err)
	}
	symbols := 0
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		symbols++
		if name := fields[len(fields)-1]; linkedNetwork.MatchString(name) {
			t.Errorf("the binary holds %s", name)
		}
	}
	if symbols < 1000 {
		t.Fatalf("only %d symbols: not a kofa binary", symbols)
	}
}

// TestHelperDial is not a test: TestNoNetworkSystemCalls runs the test
// binary with KOFA_TEST_DIAL set to see that strace catches a Go program
// that connects.
func TestHelperDial(t *testing.T) {
	if os.Getenv("KOFA_TEST_DIAL") == "" {
		t.Skip("helper process")
	}
	if c, err := net.Dial("tcp", "127.0.0.1:1"); err == nil {
		_ = c.Close()
	}
}

// traced runs a command under strace and returns its result and the
// network system calls it and its threads made.
func traced(t *testing.T, env []string, name string, args ...string) (procResult, string) {
	t.Helper()
	trace := filepath.Join(t.TempDir(), "trace")
	cmd := exec.Command("strace", append([]string{"-f", "-qq", "-e", "trace=network", "-e", "signal=none", "-o", trace, "--", name}, args...)...)
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := procResult{stdout: stdout.String(), stderr: stderr.String()}
	if exit, ok := err.(*exec.ExitError); ok {
		r.code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("strace: %v", err)
	}
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatalf("strace wrote no trace (%v): %s", err, r.stderr)
	}
	return r, string(data)
}

// TestNoNetworkSystemCalls runs a typical session, and the terminal app,
// under strace: not one network system call (socket, connect, bind, ...).
// That strace would see one is shown first with a Go program that dials.
func TestNoNetworkSystemCalls(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("strace is Linux only")
	}
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace is not installed")
	}
	if out, err := exec.Command("strace", "-qq", "-o", os.DevNull, "true").CombinedOutput(); err != nil {
		t.Skipf("strace cannot trace here (no ptrace?): %v %s", err, out)
	}
	_, calls := traced(t, append(os.Environ(), "KOFA_TEST_DIAL=1"), os.Args[0], "-test.run=^TestHelperDial$", "-test.count=1")
	if !strings.Contains(calls, "socket(") || !strings.Contains(calls, "connect(") {
		t.Fatalf("strace did not see a dialling Go program connect; trace:\n%s", calls)
	}

	m := newMachine(t)
	bin := kofaBinary(t)
	typicalSession(t, m, func(args ...string) procResult {
		r, trace := traced(t, m.env, bin, args...)
		if calls := networkCalls(trace); calls != "" {
			t.Errorf("kofa %v made network system calls:\n%s", args, calls)
		}
		return r
	})
	trace := filepath.Join(t.TempDir(), "tui-trace")
	terminalSessions(t, m, "strace -f -qq -e trace=execve,socket,connect -e signal=none -A -o "+posixQuote(trace)+" --")
	if _, err := exec.LookPath("tmux"); err == nil {
		data, err := os.ReadFile(trace)
		if err != nil {
			t.Fatalf("no trace of the terminal app: %v", err)
		}
		// Inside tmux not even a local socket: the colour detection of
		// the terminal library would run "tmux info" (which talks to the
		// tmux server over a socket and hands it kofa's environment), and
		// a cgo build would ask nscd over one for the user's home.
		if bad := startedOrConnected(string(data), bin); bad != "" {
			t.Errorf("the terminal app started a program or opened a socket:\n%s", bad)
		}
	}
}

// startedOrConnected returns the lines of a trace (traced with -e
// trace=execve,socket,connect) that start any program but bin or open or
// connect a socket of any kind.
func startedOrConnected(trace, bin string) string {
	var bad strings.Builder
	for line := range strings.Lines(trace) {
		l := strings.TrimSpace(line)
		if l == "" || detachedCall.MatchString(l) {
			continue
		}
		if _, call, ok := strings.Cut(l, "execve("); ok && strings.HasPrefix(call, strconv.Quote(bin)+",") {
			continue // strace starting kofa
		}
		bad.WriteString(line)
	}
	return bad.String()
}

func TestStartedOrConnectedFindsProgramsAndSockets(t *testing.T) {
	trace := `100   execve("/tmp/kofa", ["/tmp/kofa", "demo"], 0x7ffc /* 39 vars */) = 0
101   execve("/usr/bin/tmux", ["tmux", "info"], 0x23a2 /* 39 vars */) = 0
101   socket(AF_UNIX, SOCK_STREAM, 0)   = 5
101   connect(5, {sa_family=AF_UNIX, sun_path="/tmp/tmux-0/default"}, 110) = 0
102   ???( <detached ...>
`
	got := startedOrConnected(trace, "/tmp/kofa")
	for _, want := range []string{"tmux", "socket(AF_UNIX", "connect(5"} {
		if !strings.Contains(got, want) {
			t.Errorf("not reported: %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, `"demo"`) || strings.Contains(got, "detached") {
		t.Errorf("kofa's own start or a detach note reported:\n%s", got)
	}
}

// detachedCall is what strace writes for a thread that it stopped tracing
// inside a system call it never saw begin ("1234  ???( <detached ...>"),
// for example when a thread of the Go runtime exits as the program ends.
// It names no call, so it is no network call.
var detachedCall = regexp.MustCompile(`^\d*\s*\?\?\?\( <detached \.\.\.>$`)

// networkCalls returns the lines of a trace (traced with
// -e trace=network) that record a system call.
func networkCalls(trace string) string {
	var calls strings.Builder
	for line := range strings.Lines(trace) {
		if l := strings.TrimSpace(line); l != "" && !detachedCall.MatchString(l) {
			calls.WriteString(line)
		}
	}
	return calls.String()
}

func TestNetworkCallsIgnoresStraceDetachNotes(t *testing.T) {
	trace := "8350  ???( <detached ...>\n" +
		"8351  socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3\n" +
		"\n"
	got := networkCalls(trace)
	if strings.Contains(got, "detached") {
		t.Errorf("a detach note counted as a network call: %q", got)
	}
	if !strings.Contains(got, "socket(AF_INET") {
		t.Errorf("a socket call was not reported: %q", got)
	}
}
