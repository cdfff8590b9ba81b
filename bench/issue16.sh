#!/bin/sh
# Measures every figure of issue 16 on this machine in one go: the first
# frame against a bare Bubble Tea program, the preview, kofa export --all
# against cp -r and sync, memory and binary size (all from the harness),
# the preview as a Go benchmark, package initialisation of kofa and of the
# reference, and that no glamour, chroma or bluemonday is left in the
# module. It prints the load average before and after: the figures are only
# as quiet as the machine.
#
#	bench/issue16.sh            # 10,000 conferences, as the budgets say
#	bench/issue16.sh --quick    # 1,000 conferences, for a quick look
#	bench/issue16.sh --markdown FILE   # also write the harness table to FILE
#	bench/issue16.sh --every    # every row of the harness, not only issue 16's:
#	                            # the issue asks that every other budget stays met
set -eu
cd "$(dirname "$0")/.."

conferences=10000
quick=""
count=3
only="--only firstframe,preview,export,memory"
markdown=""
while [ $# -gt 0 ]; do
	case "$1" in
	--quick) conferences=1000 quick=--quick count=1 ;;
	--markdown) markdown="$2"; shift ;;
	--every) only="" ;;
	*) echo "usage: bench/issue16.sh [--quick] [--every] [--markdown FILE]" >&2; exit 2 ;;
	esac
	shift
done

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
echo "load average before: $(load)"

rows=${only#--only }
echo "--- the harness: ${rows:-every row}"
set -- $only --conferences "$conferences" $quick
if [ -n "$markdown" ]; then
	set -- "$@" --markdown "$markdown"
fi
go run ./bench "$@"

echo "--- the preview as a Go benchmark (demo and large conference, 80 and 120 columns)"
go test ./bench -run '^$' -bench Preview -benchtime 20x -count "$count"

echo "--- package initialisation (GODEBUG=inittrace=1), median of 21 starts"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$bin/kofa" ./cmd/kofa
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$bin/ref" ./bench/ref
inittime() { # median over 21 starts of the summed clock time of every package's init
	i=0
	while [ $i -lt 21 ]; do
		GODEBUG=inittrace=1 "$@" </dev/null 2>&1 >/dev/null | awk '/^init / {t += $5} END {printf "%.3f\n", t}'
		i=$((i + 1))
	done | sort -g | sed -n 11p
}
echo "kofa:      $(inittime "$bin/kofa" --version) ms"
# The reference wants a terminal; in a session of its own it has none and
# stops right after its initialisation.
if command -v setsid >/dev/null; then
	echo "reference: $(inittime setsid -w "$bin/ref") ms"
else
	echo "reference: skipped (no setsid to start it without a terminal)"
fi
echo "binary size: $(wc -c <"$bin/kofa") bytes (CGO_ENABLED=0, -trimpath -s -w)"

echo "--- go mod why: glamour, chroma, bluemonday"
for m in charm.land/glamour/v2 github.com/alecthomas/chroma/v2 github.com/microcosm-cc/bluemonday; do
	go mod why -m "$m" | tail -1
done

echo "load average after: $(load)"
