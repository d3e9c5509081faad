# Two commands do all the set-up on a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    installs into .venv and opens the app on the sample ward
#   make test   installs with the test extras and runs the whole suite headless

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SAMPLE := sample_data/millbrook.gpkg
# Debian packages: Qt's runtime libraries, and the real tools the tests check files with.
RUN_DEBS := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
            libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
            libxcb-randr0 libxcb-render-util0 libxcb-image0
TEST_DEBS := $(RUN_DEBS) xvfb xauth gdal-bin poppler-utils chromium-headless-shell fonts-dejavu-core strace

.PHONY: run test test-fast sample bundle translations clean debs-run debs-test

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

# Installs only what is missing, so repeated runs need no network.
debs-run:
	@scripts/install-debs.sh $(RUN_DEBS)

debs-test:
	@scripts/install-debs.sh $(TEST_DEBS)

run: debs-run $(VENV)/.installed
	$(VENV)/bin/assetmap

test: debs-test $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

test-fast: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

sample: $(VENV)/.installed
	$(PY) sample_data/make_sample_ward.py

# The installable one-folder app in dist/assetmap (see build.spec); checked by its self-test.
bundle: debs-run $(VENV)/.installed
	$(PY) -m pip install --quiet "pyinstaller>=6.10"
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/assetmap/assetmap --self-test

# The sources translators work on (resources/i18n/*.ts), refreshed from the code.
# The window's texts are tr() calls; the core's sentences are say() templates (assetmap/model/wording.py).
TRANSLATED = assetmap/errors.py assetmap/ui/*.py assetmap/io/*.py assetmap/analysis/*.py assetmap/model/*.py
LUPDATE_ALIASES = -tr-function-alias QT_TR_NOOP+=say,QT_TR_NOOP+=say_noop

translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate $(TRANSLATED) $(LUPDATE_ALIASES) -no-obsolete -ts resources/i18n/assetmap_cy.ts resources/i18n/assetmap_ga.ts resources/i18n/assetmap_pl.ts

clean:
	rm -rf $(VENV) build dist .pytest_cache
