# Counterclaim: the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EVAL ?= ../shared/eval

.PHONY: run test lint format eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	@$(BIN)/counterclaim run; status=$$?; [ $$status -eq 3 ] || exit $$status  # 3: no token, explained

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports  # the import rules in pyproject.toml

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

eval: $(VENV)/.installed
	$(BIN)/python -m bench.eval_extraction $(EVAL)/extraction
	$(BIN)/python -m bench.eval_statements $(EVAL)/statements
	$(BIN)/python -m bench.eval_answers $(EVAL)/statements

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .import_linter_cache
