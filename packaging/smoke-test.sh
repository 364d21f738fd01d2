#!/usr/bin/env bash
# Smoke test of the packaged app (after `make package`): the frozen binary, then the .deb unpacked into a
# temporary root. Everything runs in temporary folders with a throwaway password; nothing touches $HOME's records.
#
#   packaging/smoke-test.sh [dist]      # dist/ holds contractor-ledger/ (onedir) and contractor-ledger_*.deb
#
# Checks: --version; a vault created, a client and an entry logged, the records verified (which also runs the
# Alembic migrations shipped as data), a signed PDF report written and verified; the main window opened with
# every view (--smoke-test-gui) on the offscreen platform and, where xvfb-run exists, on a real X server
# through Qt's xcb plugin; then the .deb's launchers run from the unpacked tree.
set -euo pipefail

DIST="${1:-dist}"
APP="$DIST/contractor-ledger/contractor-ledger"
DEB="$(ls -t "$DIST"/contractor-ledger_*.deb | head -n 1)"  # the newest build
VERSION="$(python3 -c 'import re,sys; print(re.search(r"__version__ = \"(.+)\"", open("contractor_app/__init__.py").read())[1])')"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

export CONTRACTOR_APP_DATA_DIR="$WORK/records"
export CONTRACTOR_APP_PASSWORD="smoke test password $RANDOM"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"

PASSED=0
step() { PASSED=$((PASSED + 1)); printf '[smoke] %s\n' "$*"; }
trap 'printf "smoke: %d passed, 1 failed\n" "$PASSED"; rm -rf "$WORK"' ERR
elapsed() { local start=$1; echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"; }

run_checks() {  # $1: the program to run (the frozen binary or the .deb's launcher)
    local bin=$1 out start
    start=$(date +%s%N)
    out="$("$bin" --version)"
    [[ "$out" == "contractor-app $VERSION" ]] || { echo "unexpected --version: $out" >&2; return 1; }
    step "$bin --version: $out ($(elapsed "$start"))"
}

step "frozen app: $APP"
run_checks "$APP"

"$APP" init --name "Smoke Test" --currency USD --timezone America/New_York --jurisdiction US-CA >"$WORK/init.txt"
grep -qi "recovery key" "$WORK/init.txt"
"$APP" client add "Acme Labeling" --rate 20/h --unpaid training
"$APP" log --client acme --start 2026-11-02T09:00 --end 2026-11-02T11:30 --note "smoke test"
"$APP" list --format csv | grep -q "smoke test"
"$APP" verify
step "vault created, entry logged, records verified"

"$APP" report pay-summary -o "$WORK/pay.pdf"
[[ "$(head -c 5 "$WORK/pay.pdf")" == "%PDF-" ]] || { echo "the report is not a PDF" >&2; exit 1; }
"$APP" verify-report "$WORK/pay.pdf"
step "PDF report written ($(stat -c %s "$WORK/pay.pdf") bytes) and verified"

start=$(date +%s%N)
QT_QPA_PLATFORM=offscreen "$APP" --smoke-test-gui
step "main window, offscreen ($(elapsed "$start"))"
if command -v xvfb-run >/dev/null; then
    start=$(date +%s%N)
    QT_QPA_PLATFORM=xcb xvfb-run -a "$APP" --smoke-test-gui
    step "main window on Xvfb through the xcb plugin ($(elapsed "$start"))"
else
    step "xvfb-run not installed: skipped the xcb check"
fi

step ".deb: $DEB"
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
dpkg-deb -f "$DEB" Package Version Depends | sed 's/^/[smoke]   /'
for file in usr/share/applications/org.contractorledger.ContractorLedger.desktop \
            usr/share/metainfo/org.contractorledger.ContractorLedger.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.contractorledger.ContractorLedger.svg \
            usr/share/icons/hicolor/16x16/apps/org.contractorledger.ContractorLedger.png \
            usr/share/icons/hicolor/512x512/apps/org.contractorledger.ContractorLedger.png \
            usr/share/doc/contractor-ledger/contractor-ledger.cdx.json; do
    [[ -s "$ROOT/$file" ]] || { echo "missing from the .deb: $file" >&2; exit 1; }
done
run_checks "$ROOT/usr/bin/contractor-ledger"
"$ROOT/usr/bin/contractor-app" summary --format json | python3 -c 'import json,sys; json.load(sys.stdin)'
step "the unpacked .deb's launchers ran (--version, summary)"
printf 'smoke: %d passed, 0 failed\n' "$PASSED"
