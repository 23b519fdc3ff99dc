#!/usr/bin/env bash
# Regenerates the expected output of one corpus program with the swiftc on PATH.
#
# Usage: Scripts/corpus/regenerate-one.sh WORK_DIR Tests/SlopeLanguageTests/Corpus/{run,fail}/NAME.swift
#
# run/NAME.swift  -> NAME.out: the program's stdout; it must compile and exit normally.
# fail/NAME.swift -> NAME.out and NAME.err (one line):
#   compile error: "LINE:COLUMN: MESSAGE" of the first error swiftc reports, NAME.out empty;
#   trap:          "LINE: MESSAGE" where MESSAGE follows "Fatal error: " (or names the runtime
#                  failure, e.g. "arithmetic overflow"), NAME.out is the stdout printed before it.
#                  The trapping line must carry a "// traps" comment; the backtrace must agree.
set -euo pipefail

work=$1
source_file=$2
kind=$(basename "$(dirname "$source_file")")
# fail/.unparsable/ holds fail programs that are not valid Swift syntax (hidden from swift format).
[ "$kind" != ".unparsable" ] || kind=fail
name=$(basename "$source_file" .swift)
base=${source_file%.swift}
build="$work/$kind-$name"
mkdir -p "$build"

fail() {
  echo "corpus: $kind/$name: $*" >&2
  exit 1
}

# -g only adds debug information: with it the backtrace names the trapping source line and the
# runtime failure of a checked arithmetic operation, which prints no "Fatal error" line.
compile_status=0
swiftc -swift-version 5 -Onone -g "$source_file" -o "$build/program" \
  > "$build/compile.log" 2>&1 || compile_status=$?

marker_lines=$(grep -n -E '// traps[[:space:]]*$' "$source_file" | cut -d: -f1 || true)

run_program() {
  # Unbuffered stdout keeps what was printed before a trap; the backtracer reports the trap.
  # The outer redirection swallows the shell's own "Illegal instruction" notice.
  { (cd "$build" && SWIFT_BACKTRACE=enable=yes,color=no,interactive=no,threads=crashed \
    exec timeout 60 stdbuf -o0 ./program > stdout.txt 2> stderr.txt); } 2> "$build/shell.txt" || return $?
}

case $kind in
  run)
    if [ "$compile_status" -ne 0 ]; then
      cat "$build/compile.log" >&2
      fail "does not compile"
    fi
    [ -z "$marker_lines" ] || fail "a run program must not contain '// traps'"
    run_status=0
    run_program || run_status=$?
    if [ "$run_status" -ne 0 ]; then
      cat "$build/stderr.txt" >&2
      fail "exited with status $run_status"
    fi
    cp "$build/stdout.txt" "$base.out"
    rm -f "$base.err"
    ;;
  fail)
    if [ "$compile_status" -ne 0 ]; then
      [ -z "$marker_lines" ] || fail "does not compile, but is marked '// traps'"
      first_error=$(grep -m 1 -E "(^|/)$name\.swift:[0-9]+:[0-9]+: error: " "$build/compile.log" \
        | sed -E "s|^.*$name\.swift:([0-9]+):([0-9]+): error: |\1:\2: |" || true)
      if [ -z "$first_error" ]; then
        cat "$build/compile.log" >&2
        fail "swiftc failed without an error located in the program"
      fi
      : > "$base.out"
      printf '%s\n' "$first_error" > "$base.err"
    else
      [ -n "$marker_lines" ] || fail "compiles, so it must trap on a line marked '// traps'"
      [ "$(printf '%s\n' "$marker_lines" | wc -l)" -eq 1 ] || fail "more than one '// traps' line"
      run_status=0
      run_program || run_status=$?
      [ "$run_status" -ne 0 ] || fail "neither fails to compile nor traps"
      [ "$run_status" -ne 124 ] || fail "timed out"
      message=$(grep -m 1 -o 'Fatal error: .*' "$build/stderr.txt" | sed 's/^Fatal error: //' || true)
      if [ -z "$message" ]; then
        message=$(grep -m 1 -o '\*\*\* Swift runtime failure: .* \*\*\*' "$build/stderr.txt" \
          | sed -E 's/^\*\*\* Swift runtime failure: (.*) \*\*\*$/\1/' || true)
      fi
      if [ -z "$message" ]; then
        cat "$build/stderr.txt" >&2
        fail "exited with status $run_status without a recognisable trap message"
      fi
      trap_line=$(grep -m 1 -o -E " at [^ ]*/$name\.swift:[0-9]+" "$build/stderr.txt" \
        | sed -E 's/^.*:([0-9]+)$/\1/' || true)
      if [ "$trap_line" != "$marker_lines" ]; then
        cat "$build/stderr.txt" >&2
        fail "trapped on line '${trap_line:-unknown}', but '// traps' marks line $marker_lines"
      fi
      cp "$build/stdout.txt" "$base.out"
      printf '%s: %s\n' "$trap_line" "$message" > "$base.err"
    fi
    ;;
  *)
    fail "is neither in run/ nor in fail/"
    ;;
esac
