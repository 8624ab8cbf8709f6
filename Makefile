# Every target bootstraps .venv from requirements.txt when it is missing or older than the requirements.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# py3langid's language model unpacked once (analysis/corpus/language.py, unpack_model): a process that reads a
# corpus then loads it in about 0.1 s of CPU instead of 0.5 s. Without it the shipped file is read, same results.
LANGID := $(VENV)/share/framing-analysis/langid-model.npz

.PHONY: setup report test test-fast lab bench lessons

# pip repeats "WARNING: Location '...' is ignored: it is neither a file nor a directory." for every package when
# the machine's pip configuration names a local index folder that lacks it; harmless, so it is filtered out.
# Every other line, and pip's exit status, comes through.
PIP_QUIET := grep -v "^WARNING: Location '.*' is ignored: it is neither a file nor a directory\.$$" || true

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed: run make PYTHON=python3.11 ...")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | { $(PIP_QUIET); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt 2>&1 | { $(PIP_QUIET); }
	@touch $(STAMP)

$(LANGID): $(STAMP)
	$(BIN)/python -c 'from analysis.corpus.language import unpack_model; unpack_model()'

setup: $(STAMP) $(LANGID) ## create .venv with everything installed

report: $(STAMP) $(LANGID) ## run the notebook suite on the seeds and publish reports/<time>-seeds/
	$(BIN)/python -m analysis report --name seeds

# Two worker processes (pytest-xdist): much of the suite waits on kernels, browsers and servers starting, so two
# at once fill 2 cores. A test file runs whole in one worker, and the files sharing the session's report runs
# run together in one (tests/conftest.py), so no run or module fixture is made twice.
test: $(STAMP) $(LANGID) ## run the whole test suite (what CI runs; 9 min on 2 idle cores, about 13 when busy)
	$(BIN)/python -m pytest -n 2 --dist loadfile

test-fast: $(STAMP) $(LANGID) ## unit tests only: no process, kernel, server, browser or cluster (under a minute on 2 idle cores)
	FRAMING_TEST_FAST=1 $(BIN)/python -m pytest -q -n 2 -m "not slow and not browser"

# make lab PORT=8890 BROWSER=no: a port of your choice (default: 8888, or the next free one), and no browser
# opened (BROWSER=no; any other value is left to Python's webbrowser module, which reads BROWSER itself).
lab: $(STAMP) $(LANGID) ## JupyterLab at the project's root (seeds, notebooks, reports) with the report route; PORT=, BROWSER=no
	$(BIN)/jupyter lab --ServerApp.root_dir=. $(if $(filter 0,$(shell id -u)),--allow-root,) \
		$(if $(PORT),--ServerApp.port=$(PORT) --ServerApp.port_retries=0,) \
		$(if $(filter no false 0,$(BROWSER)),--no-browser,) \
		--ServerApp.jpserver_extensions="{'analysis.report.lab.server': True}"

bench: $(STAMP) $(LANGID) ## throughput, report-speed and validity benchmarks (print figures)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/report_speed.py
	$(BIN)/python bench/validate.py --data ../shared/eval
	$(BIN)/python bench/weekly.py --eval ../shared/eval

lessons: $(STAMP) $(LANGID) ## student versions of the lessons from the solutions, and a zip to hand out
	$(BIN)/python -m analysis.teaching.helpers.lessons build --out lessons-handout --zip lessons.zip
