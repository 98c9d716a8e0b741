#!/usr/bin/env bash
# Renders lineage maps ROUNDS times (default 3) in every format, plus Graphviz's failure paths,
# under valgrind, and fails when memory is definitely lost anywhere but in the known leaks of
# Graphviz 2.42 and its libraries (Scripts/graphviz-leaks.supp): a graph not closed, a layout
# not freed or a render buffer not released by citegraph shows up as an unsuppressed leak.
# Usage: Scripts/leak-check.sh [ROUNDS]     (CI: .ci/run calls it after the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-3}"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "leak-check: valgrind is not installed (apt-get install -y valgrind)" >&2
  exit 69
fi

swift build --product RenderLeakCheck >/dev/null
binary="$(swift build --show-bin-path)/RenderLeakCheck"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

status=0
valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
  --num-callers=40 --suppressions=Scripts/graphviz-leaks.supp --error-exitcode=1 \
  "$binary" "$rounds" >"$log" 2>&1 || status=$?

grep -E "definitely lost:|suppressed:|ERROR SUMMARY" "$log" | sed 's/^==[0-9]*== */leak-check: /' >&2 || true
if [ "$status" -ne 0 ]; then
  echo "leak-check: FAILED: memory errors or definite leaks outside Graphviz's known ones:" >&2
  sed 's/^==[0-9]*== \{0,1\}//' "$log" >&2
  exit 1
fi
echo "leak-check: no definite leak of ours in $rounds rounds" >&2
