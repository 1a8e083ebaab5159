# 访谈阅读器 Interview Reader. `make run` starts the reader; `make test` runs every test.
# Both prepare everything first (system libraries, a CJK font, .venv) through scripts/bootstrap.sh.
PY      := .venv/bin/python
DIST    := dist/interview-reader/interview-reader
SOURCES := $(shell git ls-files desktop_app resources packaging main.py pyproject.toml 2>/dev/null)

.PHONY: setup run test check lint package bench screenshot clean

setup:
	@bash scripts/bootstrap.sh

run: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "make run: no display found (DISPLAY / WAYLAND_DISPLAY are empty); on a headless machine use"; \
	  echo "  xvfb-run make run   or   make screenshot"; exit 1; fi
	$(PY) main.py $(ARGS)

test: setup package
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	$(PY) -m ruff check .

check: setup
	$(PY) -m ruff check .
	$(PY) -m mypy desktop_app

package: setup $(DIST)

$(DIST): $(SOURCES) .venv/.installed
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/interview-reader.spec

screenshot: setup
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot.png

bench: setup package
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
