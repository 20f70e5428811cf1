# The few commands people type. Everything runs from the project's own .venv.
#   make run     start the app
#   make test    lint, then the whole test suite (offscreen)
#   make lint    ruff, ruff format --check, mypy, import contracts
#   make bench   the benchmarks in tests/benchmarks (bench-check: their quick sanity run)
#   make screenshots  the session page (every kind of step) and the history, light and dark, two sizes
#   make dist    sdist and wheel into dist/

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian/Ubuntu libraries that the PySide6 wheels load at run time; xvfb, xdotool and
# dbus-daemon are for the tests (a real screen to type on, a private D-Bus bus).
SYSDEPS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libspeechd2 \
	fonts-dejavu-core xvfb xdotool dbus-daemon

export DEBIAN_FRONTEND := noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help venv sysdeps run test test-faults lint bench bench-check screenshots translations dist clean distclean

help:
	@echo "make run        start Hamstring Coach"
	@echo "make test       lint, then run the tests (offscreen)"
	@echo "make test-faults  kill and signal the app at random moments (a few minutes)"
	@echo "make lint       ruff check, ruff format --check, mypy, lint-imports"
	@echo "make bench      run the benchmarks"
	@echo "make bench-check  run a quick version of each benchmark, checking results only"
	@echo "make screenshots  write screenshots of the session page and the history into build/screenshots"
	@echo "make translations  update translations/*.ts from the source and compile the .qm files"
	@echo "make dist       build the sdist and the wheel into dist/"
	@echo "make install-desktop  add the menu entry and icons for you (uninstall-desktop removes them)"
	@echo "make check-desktop    validate the desktop file and metainfo"
	@echo "make venv       create .venv and install the app with its test and dev tools"
	@echo "make sysdeps    install (or print how to install) the libraries Qt needs"
	@echo "make clean      remove build output and caches (keeps .venv)"
	@echo "make distclean  clean, and remove .venv too"

venv: $(STAMP)

# Redone only when pyproject.toml changes.
$(STAMP): pyproject.toml
	@py=""; \
	for cand in python3.11 python3; do \
	  if command -v "$$cand" >/dev/null 2>&1 && \
	     "$$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
	    py="$$cand"; break; \
	  fi; \
	done; \
	if [ -z "$$py" ]; then \
	  echo "Hamstring Coach needs Python 3.11 or newer (python3.11 or python3)." >&2; exit 1; \
	fi; \
	if [ ! -x "$(BIN)/python" ]; then \
	  echo "Creating $(VENV) with $$(command -v $$py) ($$($$py -V))"; \
	  if ! "$$py" -m venv "$(VENV)"; then \
	    rm -rf "$(VENV)"; \
	    ver=$$("$$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      apt-get update -q && apt-get install -y -q --no-install-recommends "python$$ver-venv"; \
	      "$$py" -m venv "$(VENV)"; \
	    else \
	      echo "Cannot create a virtual environment; on Debian/Ubuntu run:" >&2; \
	      echo "  sudo apt-get install python$$ver-venv" >&2; exit 1; \
	    fi; \
	  fi; \
	fi
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	@touch $@

sysdeps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "sysdeps: not a Debian-based system; make sure Qt's usual libraries (EGL, OpenGL, xkbcommon, fontconfig, D-Bus, PulseAudio, xcb) are installed."; \
	  exit 0; \
	fi; \
	missing=""; \
	for pkg in $(SYSDEPS); do \
	  dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q 'install ok installed' \
	    || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing the libraries Qt needs:$$missing"; \
	  apt-get update -q; \
	  apt-get install -y -q --no-install-recommends $$missing; \
	else \
	  echo "Qt needs some system libraries that are missing. Install them with:"; \
	  echo "  sudo apt-get install$$missing"; \
	fi

run: sysdeps venv
	$(BIN)/hamstring-coach

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: sysdeps venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The fault tests (marker `faults`, kept out of `make test`): the app SIGKILLed at random
# moments of sessions and just after segments end, and signalled at many moments of its
# start-up. FAULTS_REPORT collects what the kills lost.
FAULTS_REPORT ?= faults-report.txt
test-faults: sysdeps venv
	rm -f $(FAULTS_REPORT)
	HAMSTRING_COACH_FAULTS_REPORT="$(abspath $(FAULTS_REPORT))" QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m faults tests/faults -p no:cacheprovider -s -q
	@cat $(FAULTS_REPORT)

# The benchmarks are kept out of the normal run by addopts; clearing addopts brings them back.
# Exit status 5 means pytest found no benchmarks to run, which is not an error.
BENCH_PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks \
	--override-ini addopts= --import-mode=importlib -p no:cacheprovider -s --timeout=900

bench: sysdeps venv
	$(BENCH_PYTEST) || [ $$? -eq 5 ]

# The benchmarks in a small, untimed form, so that CI sees them break.
bench-check: sysdeps venv
	HAMSTRING_COACH_BENCH_QUICK=1 $(BENCH_PYTEST) -q || [ $$? -eq 5 ]

# For a reviewer: every kind of step, light and dark, at 1280x800 and 1024x600.
screenshots: sysdeps venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py build/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/alert_screenshots.py build/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/history_screenshots.py build/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/today_screenshots.py build/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/german_screenshots.py build/screenshots/de

# translations/hamstring_coach_<lang>.ts updated from the source (new strings arrive
# unfinished), each compiled into resources/translations/. ADD=fr starts a new language.
translations: venv
	$(BIN)/python tools/translations.py $(if $(ADD),--add $(ADD))

dist: venv
	rm -rf dist
	$(BIN)/python -m hatchling build -d dist
	@ls -l dist

clean:
	rm -rf dist build .mypy_cache .ruff_cache .pytest_cache .hypothesis .import_linter_cache
	rm -f .coverage .coverage.* coverage.xml
	rm -rf htmlcov
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -path ./$(VENV) -prune -o -name '*.egg-info' -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# --------------------------------------------------------------------------- packaging
# packaging/: the desktop entry, metainfo and icons (linux/), the PyInstaller bundle
# (pyinstaller/) and the Flatpak manifest (flatpak/). CONTRIBUTING.md has the details.
.PHONY: packaging-tools icons check-desktop install-desktop uninstall-desktop
PACKAGING_TOOLS := desktop-file-utils appstream

# desktop-file-validate and appstreamcli, installed with apt when we may.
packaging-tools:
	@missing=""; \
	for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream; do \
	  command -v "$${tool%%:*}" >/dev/null 2>&1 || missing="$$missing $${tool#*:}"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	else \
	  echo "Checking the desktop files needs:$$missing (sudo apt-get install$$missing)" >&2; \
	  exit 1; \
	fi

# Redraw the committed PNG icons from resources/icons/hamstring-coach.svg.
icons: venv
	$(BIN)/python packaging/make_icons.py

# The desktop file and metainfo validate, and both they and the icons are up to date.
check-desktop: packaging-tools venv
	desktop-file-validate packaging/linux/*.desktop
	appstreamcli validate --no-net packaging/linux/*.metainfo.xml
	$(BIN)/python packaging/linux/metainfo.py --check
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py --check

# The menu entry and icons for the current user ($$XDG_DATA_HOME, or ~/.local/share),
# starting this checkout's .venv/bin/hamstring-coach.
install-desktop: venv
	$(BIN)/python packaging/linux/install_desktop.py install --exec "$(abspath $(BIN))/hamstring-coach"

uninstall-desktop:
	python3 packaging/linux/install_desktop.py uninstall

# The one-folder app: build/bundle/hamstring-coach/ (PyInstaller, installed into .venv).
.PHONY: bundle test-bundle
BUNDLE := build/bundle/hamstring-coach/hamstring-coach
PYINSTALLER_STAMP := $(VENV)/.pyinstaller-installed

$(PYINSTALLER_STAMP): packaging/pyinstaller/requirements.txt $(STAMP)
	$(BIN)/python -m pip install -q -r packaging/pyinstaller/requirements.txt
	@touch $@

bundle: sysdeps venv $(PYINSTALLER_STAMP)
	rm -rf build/bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --log-level WARN \
	  --distpath build/bundle --workpath build/pyinstaller packaging/pyinstaller/hamstring-coach.spec
	@du -sh build/bundle/hamstring-coach

# The built bundle run as a user would: --version, routines, history, one session.
test-bundle: bundle
	HAMSTRING_COACH_BUNDLE="$(abspath $(BUNDLE))" QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m bundle tests/packaging -p no:cacheprovider

# The wheel from `make dist` installed into a fresh venv and run from there.
.PHONY: test-dist
test-dist: sysdeps dist
	HAMSTRING_COACH_DIST="$(abspath dist)" QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m dist tests/packaging -p no:cacheprovider
