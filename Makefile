# Facilitator - developer commands. `make run` and `make test` work on a fresh machine:
# they create .venv on first use and install the package with its test tools.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UI_FORMS := $(patsubst ui/%.ui,src/facilitator/ui/forms/ui_%.py,$(wildcard ui/*.ui))
TS_FILES := resources/translations/facilitator_sv.ts resources/translations/facilitator_en.ts
QM_FILES := $(TS_FILES:.ts=.qm)
SOURCES := $(shell find src/facilitator -name '*.py' -not -path '*/forms/*') $(wildcard ui/*.ui)

.PHONY: run test lint bench stress screenshots build translations clean wheel icons dist

run: $(STAMP)
	$(BIN)/python -m facilitator $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The chosen rule set is in pyproject.toml ([tool.ruff]); CI runs this before the tests.
lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py $(ARGS)

# kill -9 at random moments, a full disk (tmpfs, as root), two writers, 2 000 mutated inputs
# per reader; prints a table where all zeros is the target. Not part of `make test` (a short
# version is: tests/test_stress.py). ARGS="--kills 200 --inputs 5000" runs more.
stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python stress/run.py $(ARGS)

# Renders every main view and dialog from the demo database to screenshots/*.png.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen SCREENSHOT_DIR=$(CURDIR)/screenshots \
		$(BIN)/python -m pytest tests/test_screenshots.py -q -p no:randomly

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The one build step: Designer forms to Python, translations to .qm. Its output is
# committed so that `pip install .` needs no Qt tools; a test checks it is current.
build: $(STAMP) $(UI_FORMS) $(QM_FILES)

src/facilitator/ui/forms/ui_%.py: ui/%.ui
	$(BIN)/pyside6-uic $< -o $@

resources/translations/%.qm: resources/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collect new source strings into the .ts files (then translate them in Qt Linguist).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(SOURCES) -ts $(TS_FILES)

# -- Packaging ----------------------------------------------------------------------------
# `make dist` builds, for this machine, what a user installs: the sdist and wheel, then the
# frozen application (one folder with the window and the command line) from the wheel,
# runs its smoke test, packs it and prints its sizes. See packaging/ and README (For IT).
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/facilitator/__init__.py)
WHEEL := dist/facilitator-$(VERSION)-py3-none-any.whl
FREEZE := build/freeze-venv
FREEZE_PY := $(FREEZE)/bin/python

# The sdist, and the wheel built from it (as a release does).
wheel: $(STAMP)
	mkdir -p build
	rm -f dist/facilitator-*.whl dist/facilitator-*.tar.gz
	$(BIN)/python -m build --outdir dist . > build/wheel.log 2>&1 || (cat build/wheel.log; false)
	@echo "built $$(ls dist/facilitator-*)"

# A separate environment for freezing: Facilitator installed from its wheel (not the
# editable checkout), with PyInstaller and Pillow (the dependency group "dist").
$(FREEZE)/.installed: pyproject.toml
	test -d $(FREEZE) || $(PYTHON) -m venv $(FREEZE)
	$(FREEZE_PY) -m pip install --quiet --upgrade pip
	$(FREEZE_PY) -m pip install --quiet --group dist .
	touch $@

# Every icon size and format (Linux PNGs, Windows .ico, macOS .icns) from the one SVG.
icons: $(FREEZE)/.installed
	$(FREEZE_PY) packaging/icons.py build/icons

dist: wheel $(FREEZE)/.installed
	$(FREEZE_PY) -m pip install --quiet --force-reinstall --no-deps $(WHEEL)
	$(MAKE) icons
	rm -rf dist/Facilitator
	$(FREEZE)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/facilitator.spec
	$(FREEZE_PY) packaging/smoke_test.py dist/Facilitator
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m dist tests/test_packaging.py
	$(FREEZE_PY) packaging/archive.py dist/Facilitator build/icons

clean:
	rm -rf $(VENV) screenshots .pytest_cache build dist
