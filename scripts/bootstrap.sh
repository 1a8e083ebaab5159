#!/usr/bin/env bash
# Prepare this checkout to run and test the reader: system libraries Qt needs, a CJK font, and .venv.
# On Debian/Ubuntu as root the missing system packages are installed; elsewhere they are listed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
# Qt's offscreen and xcb platforms, a CJK font, binutils (PyInstaller reads and strips binaries),
# poppler-utils (the PDF tests read the export back with pdftotext, pdfinfo and pdffonts), and for
# `make deb` and its test: dpkg-dev (dpkg-deb, dpkg-architecture), lintian, desktop-file-utils
# (desktop-file-validate).
DEB_PACKAGES=(
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libpulse0
  fonts-noto-cjk binutils poppler-utils dpkg-dev lintian desktop-file-utils
)

missing_debs() {
  local p
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_debs)
  if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      echo "bootstrap: installing ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "bootstrap: these system packages are missing; install them with:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  echo "bootstrap: not a Debian system; make sure Qt 6's libraries (OpenGL, EGL, xkbcommon, fontconfig," >&2
  echo "  xcb-cursor) and a CJK font such as Noto Sans CJK are installed." >&2
fi

"$PYTHON" - <<'PY' || { echo "bootstrap: Python 3.11 or newer is needed (set PYTHON=...)" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

stamp=$VENV/.installed
if [[ ! -x $VENV/bin/python ]]; then
  "$PYTHON" -m venv "$VENV"
fi
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
