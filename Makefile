# CLC Desktop developer commands. `make run` and `make test` set up what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready
PACKAGING := $(VENV)/.packaging-ready
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
DEMO   := demo-data/demo-centre.db

.PHONY: run test test-journeys test-fast lint translations update-translations bench package icons clean

run: $(READY) $(QM) $(DEMO)      ## start the app on a demo centre
	$(BIN)/clc-desktop --db $(DEMO)

test: $(READY) $(QM)             ## run every test: headless, then the journeys on a virtual display
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest
	$(MAKE) --no-print-directory test-journeys

test-journeys: $(READY) $(QM)    ## the journey tests: real widgets on xcb under Xvfb (pytest-xvfb)
	tools/system-deps.sh xvfb
	QT_QPA_PLATFORM=xcb $(BIN)/pytest -m journey tests/journeys

test-fast: $(READY) $(QM)        ## every test but those marked slow (child processes, large demo)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not slow"

lint: $(READY)                   ## ruff, mypy, and the import contracts (core without Qt)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

translations: $(QM)              ## compile .ts to .qm

update-translations: $(READY)    ## collect new UI strings into the .ts files (keeps moved ones' Vietnamese)
	$(BIN)/python tools/update-translations.py

bench: $(READY) $(QM)            ## run the benchmarks and print their table
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: $(PACKAGING) $(QM)      ## build the one-folder bundle dist/clc-desktop/ (PyInstaller)
	packaging/build.sh $(BIN)/python

icons: $(PACKAGING)              ## render the icon's PNG sizes and .ico from its SVG
	tools/system-deps.sh libcairo2
	$(BIN)/python tools/make-icons.py

$(PACKAGING): $(READY)
	$(BIN)/python -m pip install --quiet -e ".[dev,package]"
	touch $@

$(READY): pyproject.toml
	tools/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(READY)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(DEMO): $(READY)
	mkdir -p $(dir $@)
	$(BIN)/clc-desktop demo --db $@ --size small

clean:
	rm -rf $(VENV) demo-data build dist $(QM)
