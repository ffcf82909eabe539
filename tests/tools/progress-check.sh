#!/usr/bin/env bash
# The progress bar of `figura check --jsonl`, on a real pseudo-terminal (util-linux `script`):
# drawn with count, percent, rate and ETA and cleared at the end when standard error is a terminal;
# absent when it is a file, and with TERM=dumb.
#   usage: progress-check.sh FIGURA
# Exit 77 (skipped) when `script` is not installed.
set -euo pipefail
figura=$1
command -v script >/dev/null 2>&1 || { echo "script (util-linux) is not installed: skipped"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# A batch of 400 small bilingual items, generated here.
for ((i = 1; i <= 400; i++)); do
    printf '{"id":"%d","date":"2025-01-29","original":"In 2021 the fund managed 100bn yuan ($14bn) and bought %d GPUs.","translation":"Năm 2021, quỹ quản lý 100 tỷ nhân dân tệ (14 tỷ USD) và mua %d GPU."}\n' "$i" "$i" "$i"
done >"$work/big.jsonl"
# One bad line in the middle: its error must get a line of its own, not follow the bar.
sed -i '200s/.*/[]/' "$work/big.jsonl"

# On a terminal: the bar appears, reaches 400/400 and 100%, and the line is cleared at the end.
TERM=xterm script -qec "'$figura' check --jsonl '$work/big.jsonl' --format json >/dev/null" /dev/null >"$work/tty.out" || true
grep -aq 'checking \[' "$work/tty.out" || { cat -v "$work/tty.out" | head -5; fail "no progress bar on a terminal"; }
grep -aq '400/400 100%' "$work/tty.out" || fail "the bar never showed 400/400 100%"
grep -aEq '[0-9]+\.[0-9]/s ETA [0-9]+:[0-9]{2}' "$work/tty.out" || fail "no rate and ETA in the bar"
grep -aq 'checking \[#' "$work/tty.out" || fail "the bar never filled"
tail -c 8 "$work/tty.out" | od -An -tx1 | tr -d ' \n' | grep -q '0d1b5b4b' || fail "the bar's line was not cleared at the end"
grep -aq 'error\[F-ARTICLE-011\]' "$work/tty.out" || fail "the bad line's error is missing"
# The bar's line is erased (CR, ESC[K) right before the error, so the error does not follow the bar.
grep -aqP '\r\x1b\[K[^\x1b\r]*error\[F-ARTICLE-011\]' "$work/tty.out" || fail "the error was printed on the bar's line"
draws=$(grep -ao 'checking \[' "$work/tty.out" | wc -l)
echo "progress bar drawn $draws times on a terminal"

# Not a terminal: nothing on standard error.
"$figura" check --jsonl "$work/big.jsonl" --format json >/dev/null 2>"$work/file.err" || true
if grep -aq 'checking' "$work/file.err"; then fail "a progress bar was written to a file"; fi

# TERM=dumb on a terminal: no bar either.
TERM=dumb script -qec "'$figura' check --jsonl '$work/big.jsonl' --format json >/dev/null" /dev/null >"$work/dumb.out" || true
if grep -aq 'checking' "$work/dumb.out"; then fail "a progress bar was drawn with TERM=dumb"; fi
echo "no bar when standard error is a file, nor with TERM=dumb"
