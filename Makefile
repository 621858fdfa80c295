# Counterclaim: the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EVAL ?= ../shared/eval

.PHONY: run test lint format eval eval-extraction eval-statements eval-answers eval-fnc bench clean

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

# every set prints all / tune / check scores (bench/halves.py); FNC_SAMPLE=N samples FNC bodies
eval: eval-extraction eval-statements eval-answers eval-fnc

eval-extraction: $(VENV)/.installed
	$(BIN)/python -m bench.eval_extraction $(EVAL)/extraction

eval-statements: $(VENV)/.installed
	$(BIN)/python -m bench.eval_statements $(EVAL)/statements

eval-answers: $(VENV)/.installed
	$(BIN)/python -m bench.eval_answers $(EVAL)/statements

eval-fnc: $(VENV)/.installed
	$(BIN)/python -m bench.eval_fnc $(EVAL)/fnc

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .import_linter_cache
