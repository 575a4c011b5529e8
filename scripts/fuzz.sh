#!/usr/bin/env bash
# Runs every `func FuzzXxx` in the workspace for a short time each (default
# 10s), one target at a time, as CI does. Usage: scripts/fuzz.sh [fuzztime]
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-10s}
found=0
while IFS= read -r file; do
	dir=$(dirname "$file")
	for target in $(grep -oE '^func (Fuzz[A-Za-z0-9_]+)' "$file" | awk '{print $2}'); do
		found=$((found + 1))
		echo "== fuzz $dir $target ($fuzztime)"
		# Minimising each new corpus entry may take a minute by default,
		# longer than a short CI run: keep it short.
		# Go's fuzzer sometimes fails a run with only "context deadline
		# exceeded" when -fuzztime ends mid-execution (no failing input is
		# written): run such a target again, at most twice. A real finding
		# writes "Failing input" and fails at once.
		for attempt in 1 2 3; do
			out=$(cd "$dir" && go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 1s . 2>&1) && { echo "$out"; break; }
			echo "$out"
			if grep -q "Failing input" <<<"$out" || ! grep -q "context deadline exceeded" <<<"$out" || [ "$attempt" = 3 ]; then
				exit 1
			fi
			echo "== $target: the fuzzer timed out without a failing input; running it again"
		done
	done
done < <(grep -rlE '^func Fuzz' --include='*_test.go' . | sort)
echo "fuzz: $found target(s) ran for $fuzztime each"
