#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the .qm files the app loads.
#   scripts/i18n.sh            update resources/i18n/*.ts (new strings appear as unfinished) and build .qm
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
for ts in resources/i18n/interview_reader_*.ts; do
  "$BIN/pyside6-lupdate" -no-obsolete -locations none desktop_app/gui/*.py -ts "$ts"
  # English needs only its plural forms ("%n match" / "%n matches"); every other string is the source.
  case "$ts" in *_en.ts) "$BIN/python" scripts/en_plurals.py "$ts" ;; esac
  "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
# Qt's own dialog strings that qtbase_zh_CN misses: kept by hand, only compiled here.
for ts in resources/i18n/qt_extra_*.ts; do
  "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
