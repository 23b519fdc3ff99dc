#!/usr/bin/env bash
# Regenerates every .out and .err of the language conformance corpus from its .swift programs,
# compiling each with the swiftc on PATH (swiftc -swift-version 5 -Onone). Run from the repo root.
#
# Usage: Scripts/regenerate-corpus.sh [NAME_PATTERN]   (e.g. 'print-*' regenerates a subset)
# CORPUS_JOBS sets how many programs are compiled at once (default 2).
set -euo pipefail

corpus=Tests/SlopeLanguageTests/Corpus
helper=Scripts/corpus/regenerate-one.sh
pattern=${1:-*}
jobs=${CORPUS_JOBS:-2}

if [ ! -d "$corpus" ] || [ ! -f "$helper" ]; then
  echo "regenerate-corpus: run this from the repository root" >&2
  exit 1
fi
for tool in swiftc stdbuf timeout; do
  command -v "$tool" > /dev/null || { echo "regenerate-corpus: $tool is not on PATH" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Expected outputs whose program is gone would otherwise linger as orphans.
for expected in "$corpus"/run/*.out "$corpus"/run/*.err "$corpus"/fail/*.out "$corpus"/fail/*.err; do
  [ -e "$expected" ] || continue
  [ -e "${expected%.*}.swift" ] || rm -f "$expected"
done

find "$corpus/run" "$corpus/fail" -name "$pattern.swift" | sort > "$work/programs.txt"
total=$(wc -l < "$work/programs.txt")
if [ "$total" -eq 0 ]; then
  echo "regenerate-corpus: no programs match '$pattern'" >&2
  exit 1
fi

status=0
xargs -P "$jobs" -n 1 bash "$helper" "$work" < "$work/programs.txt" || status=$?

run_count=$(grep -c '/run/' "$work/programs.txt" || true)
fail_count=$(grep -c '/fail/' "$work/programs.txt" || true)
if [ "$status" -ne 0 ]; then
  echo "regenerate-corpus: FAILED (see the messages above); $total programs attempted" >&2
  exit 1
fi
echo "regenerate-corpus: regenerated $total programs ($run_count run, $fail_count fail)"
