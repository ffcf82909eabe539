#!/usr/bin/env bash
# Validates figura's SARIF output (the golden *-sarif.expect files, which the golden tests keep equal
# to what `figura check --format sarif` prints) against the SARIF 2.1.0 JSON schema and the SARIF
# rules, with Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool; .ci/run installs it).
# Exit 77 (ctest: skipped) when the validator is not installed.
set -euo pipefail
golden_dir="$1"
validator="${FIGURA_SARIF_MULTITOOL:-/opt/figura-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool}"
if [[ ! -x "$validator" ]]; then
    echo "SARIF Multitool not found at $validator: schema validation skipped" >&2
    exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
count=0
failed=0
for expect in "$golden_dir"/*-sarif.expect; do
    count=$((count + 1))
    log="$work/$(basename "$expect" .expect).sarif"
    cp "$expect" "$log"
    # The Multitool exits 0 even when it finds problems: its report lines say "error".
    report="$("$validator" validate "$log" -o "$work/out-$count.sarif" 2>&1 || true)"
    if grep -E ": error [A-Z]+[0-9]+:" <<<"$report"; then
        echo "FAILED: $expect" >&2
        failed=$((failed + 1))
    fi
    grep -E ": warning [A-Z]+[0-9]+:" <<<"$report" || true
done
if [[ $count -eq 0 ]]; then
    echo "no *-sarif.expect files in $golden_dir" >&2
    exit 1
fi
echo "$count SARIF logs checked against the SARIF 2.1.0 schema and rules, $failed failed"
[[ $failed -eq 0 ]]
