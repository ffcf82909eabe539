#!/usr/bin/env bash
# Loads `figura check --format html` in headless chromium and checks what the browser rendered:
# every finding is a <details> block with its severity, every finding's figure is highlighted and
# links to it, the page's script ran, and each stated conversion has an SVG chart with the implied
# band and a marker per basis. Keeps a screenshot as a test artifact.
#   usage: browser-check.sh FIGURA DATA_DIR ARTIFACT_DIR
# Exit 77 (skipped) when chromium is not installed.
set -euo pipefail
figura=$1
data=$2
artifacts=$3

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
    echo "chromium is not installed: skipped"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cd "$data"
status=0
"$figura" check fund-bad.txt --format html >"$work/report.html" || status=$?
[[ $status -eq 1 ]] || fail "figura check --format html exited $status (expected 1: findings)"
"$figura" check fund-bad.txt --format json >"$work/report.json" || true

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync)
timeout 120 "$browser" "${flags[@]}" --user-data-dir="$work/profile-dom" --dump-dom "file://$work/report.html" \
    >"$work/dom.html" 2>"$work/chromium-dom.log" || { cat "$work/chromium-dom.log"; fail "chromium --dump-dom failed"; }
[[ -s $work/dom.html ]] || fail "empty DOM dump"

count() { { grep -o -- "$1" "$2" || true; } | wc -l; }

# The script ran (it marks the root element) and the page parsed into one document.
grep -q '<html lang="en" data-js="ready"' "$work/dom.html" || fail "the page's script did not run"

# Findings: as many <details> of each severity as the JSON report has findings of it.
for level in error warning note; do
    want=$(count "\"severity\": \"$level\"" "$work/report.json")
    got=$(count "<details class=\"finding sev-$level\"" "$work/dom.html")
    [[ $want -eq $got ]] || fail "$got $level findings rendered, the JSON report has $want"
    echo "findings ($level): $got"
done
findings=$(count '<details class="finding ' "$work/dom.html")
[[ $findings -gt 0 ]] || fail "no findings rendered"

# Every finding is reachable from a highlighted figure of its severity (all of fund-bad's are on figures).
for ((i = 0; i < findings; i++)); do
    grep -Eq "<a class=\"fig sev-(error|warning|note)\" id=\"[^\"]+\" href=\"#a0-f$i\"" "$work/dom.html" ||
        fail "no highlighted figure links to finding a0-f$i"
done
highlighted=$({ grep -Eo 'class="fig (sev-error|sev-warning|sev-note)"' "$work/dom.html" || true; } | wc -l)
agree=$(count 'class="fig agree"' "$work/dom.html")
echo "figures highlighted with a finding: $highlighted, agreeing: $agree"
[[ $agree -gt 0 ]] || fail "no agreeing figure highlighted"

# Paired figures point at an element that exists.
partners=$(grep -o 'data-partner="[^"]*"' "$work/dom.html" | sed 's/data-partner="\(.*\)"/\1/' | sort -u)
[[ -n $partners ]] || fail "no figure pairs linked"
for id in $partners; do
    grep -q "id=\"$id\"" "$work/dom.html" || fail "partner $id missing"
done

# Charts: one per conversion card, each with the band and a marker per basis (year average, day).
cards=$(count '<div class="conversion ' "$work/dom.html")
charts=$(count '<svg class="rate-chart"' "$work/dom.html")
bands=$(count '<rect class="band"' "$work/dom.html")
[[ $cards -gt 0 && $charts -eq $cards ]] || fail "$charts charts for $cards conversion cards"
[[ $bands -ge $charts ]] || fail "$bands bands for $charts charts"
grep -Eq '<line class="basis-marker (fits|misses)" data-basis="year"' "$work/dom.html" || fail "no year-average marker"
grep -Eq '<circle class="basis-marker (fits|misses)" data-basis="day"' "$work/dom.html" || fail "no day marker"
grep -q '<polyline class="series"' "$work/dom.html" || fail "no rate series drawn"
echo "conversion cards: $cards, charts: $charts, bands: $bands"

# Screenshot, kept for people to look at.
mkdir -p "$artifacts"
shot="$artifacts/check-report.png"
rm -f "$shot"
timeout 120 "$browser" "${flags[@]}" --user-data-dir="$work/profile-shot" --hide-scrollbars --window-size=1280,2000 \
    --screenshot="$shot" "file://$work/report.html" >"$work/chromium-shot.log" 2>&1 || { cat "$work/chromium-shot.log"; fail "chromium --screenshot failed"; }
[[ -s $shot ]] || fail "no screenshot written"
[[ $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "the screenshot is not a PNG"
cp "$work/report.html" "$artifacts/check-report.html"
echo "screenshot: $shot"
echo "page: $artifacts/check-report.html"
