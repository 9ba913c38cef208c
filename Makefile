# Two commands take a fresh machine to a working PSM Desk:
#   make run    - installs what is missing, opens the app (first start offers demo data)
#   make test   - installs what is missing, runs lint, type checks and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test fuzz lint i18n i18n-update bench bench-smoke clean deb

$(STAMP): pyproject.toml
	bash .ci/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

i18n: $(STAMP)
	$(BIN)/python .ci/i18n.py compile

i18n-update: $(STAMP)
	$(BIN)/python .ci/i18n.py update

run: $(STAMP) i18n
	$(BIN)/python -m psmdesk $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Property tests with fresh random examples (the suite itself always draws the same ones).
fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen PSMDESK_HYPOTHESIS=fuzz $(BIN)/python -m pytest -q tests/domain tests/sync/test_convergence.py \
		tests/sync/test_hostile_fuzz.py tests/services/test_fuzz_parsers.py $(PYTEST_ARGS)

# The Linux installer: PyInstaller one-dir -> dist/psmdesk_<version>_amd64.deb (docs/installers.md).
deb: $(STAMP) i18n
	bash .ci/build-deb.sh

# Benchmarks against a floor measured in the same run (bench/README in docs/benchmarks.md).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --size kota

bench-smoke: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --size small --out $(or $(BENCH_OUT),bench/results-small.md)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
