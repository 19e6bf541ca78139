# Småby: every target sets up what it needs (scripts/setup.sh is idempotent).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
QP := scripts/qgis_process.sh
OUT := out/demo
PROFILE ?= default
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: all setup build package deploy lint format translate test test-unit demo bench national clean

all: build

setup:
	@echo "== setup: Debian packages and $(VENV)"
	@./scripts/setup.sh

build: setup
	@echo "== build: build/smaaby_plugin (links to the sources)"
	@$(PY) scripts/build.py link

package: setup
	@echo "== package: installable zip in dist/"
	@$(PY) scripts/build.py zip

deploy: setup
	@echo "== deploy: copying the plugin into $(QGIS_PROFILE_DIR)/python/plugins"
	@mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	@$(PY) scripts/build.py copy $(QGIS_PROFILE_DIR)/python/plugins

lint: setup
	@echo "== lint: ruff check and ruff format --check"
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

format: setup
	@$(VENV)/bin/ruff format .
	@$(VENV)/bin/ruff check --fix .

# Extract the user-visible strings into resources/i18n/smaaby_nb.ts (keeps translations),
# then report what still needs translating; FILL=file.json takes translations in.
translate: setup
	@echo "== translate: resources/i18n/smaaby_nb.ts"
	@$(PY) scripts/update_translations.py $(if $(FILL),--fill $(FILL))
	@$(PY) scripts/update_translations.py --check || true
	@$(PY) scripts/build.py link >/dev/null

test: build
	@echo "== lint: ruff check and ruff format --check"
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@echo "== test: pytest (headless, QT_QPA_PLATFORM=$(QT_QPA_PLATFORM))"
	@$(VENV)/bin/pytest -q tests

test-unit: build
	@$(VENV)/bin/pytest -q -p no:pytest_qgis tests/unit

demo: build
	@echo "== demo: generating Eksempelby (synthetic sample town) into $(OUT)"
	@mkdir -p $(OUT)
	@$(PY) -m smaaby_plugin.sample.eksempelby $(OUT)/eksempelby.gpkg
	@echo "== demo: running every Småby algorithm through qgis_process"
	@$(PY) scripts/demo.py $(OUT)/eksempelby.gpkg $(OUT)

# Every bench/bench_*.py in turn (a failing one is reported, the others still run), then
# bench/_summary.py writes bench/results/summary.md from the rows the benches recorded.
bench: build
	@mkdir -p bench/results
	@status=0; for b in bench/bench_*.py; do echo "== $$b"; \
	  $(PY) $$b || { echo "== FAILED: $$b"; status=1; }; done; \
	$(PY) bench/_summary.py; exit $$status

# The national batch (docs/batch.md) on a small synthetic national sample: the first
# NATIONAL_KOMMUNER kommuner at NATIONAL_SCALE, the land-use account on a Dask LocalCluster.
NATIONAL_OUT ?= out/national
NATIONAL_KOMMUNER ?= 6
NATIONAL_SCALE ?= 0.01
national: build
	@echo "== national: synthetic national sample into $(NATIONAL_OUT)"
	@$(PY) -m smaaby_plugin.batch.demo $(NATIONAL_OUT) --kommuner $(NATIONAL_KOMMUNER) --scale $(NATIONAL_SCALE)
	@echo "== national: land-use account per kommune on a Dask LocalCluster"
	@$(PY) -m smaaby_plugin.batch landuse --config $(NATIONAL_OUT)/job.toml
	@echo "== national: service access per kommune (road network with a halo of the cut-off)"
	@$(PY) -m smaaby_plugin.batch serviceaccess --config $(NATIONAL_OUT)/job.toml
	@echo "== national: centrality per kommune (1994 codes, and the SSB-style index in two passes)"
	@$(PY) -m smaaby_plugin.batch centrality --config $(NATIONAL_OUT)/job.toml

clean:
	rm -rf build dist out .pytest_cache
