# 访谈阅读器 Interview Reader. `make run` starts the reader; `make test` runs every test.
# Both prepare everything first (system libraries, a CJK font, .venv) through scripts/bootstrap.sh.
PY      := .venv/bin/python
DIST    := dist/interview-reader/interview-reader
SOURCES := $(shell git ls-files desktop_app resources packaging main.py pyproject.toml 2>/dev/null)
# Packaging (docs/packaging.md): the folder build above, a one-file build, and the folder as a .tar.xz.
VERSION := $(shell sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' desktop_app/__init__.py)
ONEFILE := dist/onefile/interview-reader
TARBALL := dist/interview-reader-$(VERSION)-linux-$(shell uname -m).tar.xz
DEB     := dist/interview-reader_$(VERSION)_$(shell dpkg --print-architecture 2>/dev/null || echo amd64).deb
ICONS   := $(foreach size,16 32 48 64 128 256 512,resources/icons/interview-reader-$(size).png)
PYINSTALLER := $(PY) -m PyInstaller --noconfirm --log-level WARN

.PHONY: setup run test check lint package deb package-baseline icons bench screenshot clean

setup:
	@bash scripts/bootstrap.sh

run: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "make run: no display found (DISPLAY / WAYLAND_DISPLAY are empty); on a headless machine use"; \
	  echo "  xvfb-run make run   or   make screenshot"; exit 1; fi
	$(PY) main.py $(ARGS)

test: setup package deb
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	$(PY) -m ruff check .

check: setup
	$(PY) -m ruff check .
	$(PY) -m mypy desktop_app

package: setup $(DIST) $(ONEFILE) $(TARBALL)

# Each build has its own work folder, so that one does not invalidate the other's cache. PyInstaller keeps
# the executable's old time when only data files changed: touch it, or make would rebuild every time.
$(DIST): $(SOURCES) $(ICONS) .venv/.installed
	$(PYINSTALLER) --distpath dist --workpath build/pyinstaller packaging/interview-reader.spec
	touch $@

$(ONEFILE): $(SOURCES) $(ICONS) .venv/.installed
	$(PYINSTALLER) --distpath dist/onefile --workpath build/pyinstaller-onefile \
	  packaging/interview-reader.spec -- --onefile
	touch $@

# Sorted names and no build-machine owners, so the archive depends only on the folder's contents. xz's
# default level on all cores: 29 MB in ~25 s here; -9 saves 0.6 MB and takes 2.5 times as long.
$(TARBALL): $(DIST)
	rm -f dist/interview-reader-*-linux-*.tar.xz
	tar --sort=name --owner=0 --group=0 --numeric-owner -I 'xz -T0' -C dist -cf $@.part interview-reader
	mv $@.part $@

# The folder build as a Debian package (/opt/interview-reader, /usr/bin, the .desktop file and icons under
# /usr/share), laid out by packaging/build_deb.sh and built by dpkg-deb; `apt install ./$(DEB)` installs it.
deb: setup $(DEB)

$(DEB): $(DIST) packaging/build_deb.sh $(wildcard packaging/deb/*)
	rm -f dist/interview-reader_*.deb
	bash packaging/build_deb.sh $(VERSION) $@

# The icon PNGs are kept in git; they are rendered again only when the SVG or the script changes.
icons: $(ICONS)
$(ICONS) &: resources/icons/interview-reader.svg packaging/render_icons.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py

# A plain PySide6 window frozen with the same spec and trimming: what the app's size is measured against.
package-baseline: setup $(DIST)
	$(PYINSTALLER) --distpath build/baseline --workpath build/pyinstaller-baseline \
	  packaging/interview-reader.spec -- --bare
	@du -sb build/baseline/bare-window dist/interview-reader

# The README's pictures: the window, a narrow one, the dark theme, and the Chinese UI (each from a fresh
# data folder holding only the preference the picture is about).
SHOTS := $(shell mktemp -d 2>/dev/null || echo /tmp/interview-reader-shots)
screenshot: setup
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot.png --data-dir $(SHOTS)/default
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot-narrow.png --screenshot-size 800x600 \
	  --data-dir $(SHOTS)/narrow
	mkdir -p $(SHOTS)/dark && printf '[ui]\ntheme=dark\n' > $(SHOTS)/dark/settings.ini
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot-dark.png --data-dir $(SHOTS)/dark
	mkdir -p $(SHOTS)/zh && printf '[ui]\nlanguage=zh_CN\n' > $(SHOTS)/zh/settings.ini
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot-zh.png --data-dir $(SHOTS)/zh

# One table of the app against baselines measured in the same run, also written into benchmarks/RESULTS.md
# (about 5 min after `make package`; `make bench BENCH_ARGS=--quick`: 3 runs each, about 1.5 min).
bench: setup package
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py $(BENCH_ARGS)

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
