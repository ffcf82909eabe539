#!/bin/sh
# Package test (tests/package.cmake): compiles tests/consumer/main.cpp with nothing but
# `pkg-config --cflags --libs figura` from the installed tree, runs it and compares its output with
# expected.txt. Exits 77 (skipped) when pkg-config is not installed.
# Usage: pkg-config.sh CXX PREFIX LIBDIR WORK VERSION [FLAGS]
# FLAGS: the compile and link flags of figura's build (a sanitizer build's library needs them too).
set -eu
cxx=$1 prefix=$2 libdir=$3 work=$4 version=$5 build_flags=${6:-}
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v pkg-config >/dev/null 2>&1; then
    echo "pkg-config is not installed: skipped"
    exit 77
fi

# PKG_CONFIG_PATH comes before the system directories; the check below makes sure the figura.pc used
# is the one just installed, not one from a system install.
export PKG_CONFIG_PATH="$prefix/$libdir/pkgconfig"
pkg-config --exists --print-errors 'figura >= 0.1'
found=$(pkg-config --variable=pcfiledir figura)
[ "$found" = "$prefix/$libdir/pkgconfig" ] || { echo "pkg-config found figura.pc in $found"; exit 1; }
flags=$(pkg-config --cflags --libs figura)
echo "pkg-config --cflags --libs figura: $flags"

rm -rf "$work"
mkdir -p "$work"
# shellcheck disable=SC2086 # the flags are lists of words
"$cxx" -std=c++20 $build_flags -Wall -Wextra -Werror "$here/main.cpp" -o "$work/figura_consumer" $flags
# A shared libfigura is found through the prefix, as a user without a system install would.
LD_LIBRARY_PATH="$prefix/$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$work/figura_consumer" >"$work/output.txt"
sed "s/@FIGURA_VERSION@/$version/" "$here/expected.txt" >"$work/expected.txt"
if ! cmp -s "$work/output.txt" "$work/expected.txt"; then
    echo "output differs from tests/consumer/expected.txt:"
    diff "$work/expected.txt" "$work/output.txt" || true
    exit 1
fi
echo "consumer built with pkg-config: output as expected"
