#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the .qm files the app loads.
#   scripts/i18n.sh            update resources/i18n/*.ts (new strings appear as unfinished) and build .qm
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
for ts in resources/i18n/interview_reader_*.ts; do
  "$BIN/pyside6-lupdate" -no-obsolete -locations none desktop_app/gui/*.py -ts "$ts"
  "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
