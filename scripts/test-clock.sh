#!/usr/bin/env bash
# `npm run test:clock`: the whole suite at three moments of the calendar, to prove that no test and
# no screen depends on the day (or the time zone) it runs in:
#   2027-01-15 10:00 UTC (New York)   an ordinary day of another year
#   2028-02-29 12:00 UTC (Tokyo)      a leap day
#   2026-12-31 23:30 UTC (UTC)        already 01/01/2027 in Ha Noi: the office's new year
# The Node suites run with the machine's clock moved by Debian's faketime (libfaketime); Chromium
# cannot run under faketime, so the browser tests fix the day themselves: the browser mode's
# clock (--now) and Playwright's page clock both start at the moment (ASOEN_TEST_NOW).
# Needs `apt-get install -y faketime chromium`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null; then
  echo "faketime is missing: apt-get install -y faketime" >&2
  exit 1
fi

moments=("2027-01-15T10:00:00Z America/New_York" "2028-02-29T12:00:00Z Asia/Tokyo" "2026-12-31T23:30:00Z UTC")
if [ "$#" -gt 0 ]; then moments=("$@"); fi

npm run build:renderer
for entry in "${moments[@]}"; do
  read -r moment zone <<<"$entry"
  zone=${zone:-UTC}
  # An offset from now rather than an absolute start: libfaketime reads an absolute time in the
  # process's own zone, and the zone is one of the things under test.
  offset=$(( $(date -u -d "$moment" +%s) - $(date -u +%s) ))
  echo "== Node suites at $moment (TZ=$zone, clock moved by ${offset} s)"
  if [ "$offset" -ge 0 ]; then shift_arg="+${offset}s"; else shift_arg="${offset}s"; fi
  TZ="$zone" FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$shift_arg" npx vitest run
  echo "== browser tests at $moment (TZ=$zone, the day fixed by --now and the page clock)"
  TZ="$zone" ASOEN_TEST_NOW="$moment" npx vitest run --config vitest.e2e.config.ts
done
echo "== the suite passed at every moment"
