# The two commands of the README: `make run` and `make test`. Both set up .venv first.
# Django 6.1 needs Python >= 3.12: take the first interpreter on this machine that has it.
PYTHON ?= $(shell for c in python3.14 python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[234]*/bin/python3) python3; do \
	$$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$c; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup demo worker bench bench-quick messages clean

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6.1); set PYTHON=/path/to/python3.12" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

setup: $(BIN)/.installed

## make run: migrate, load the demo articles, create an admin, start the task worker, serve.
run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py compilemessages --ignore=.venv >/dev/null 2>&1 || true
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(BIN)/python manage.py db_worker & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## make test: the whole suite (browser tests skip with a reason where no Chromium is installed).
test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

worker: setup
	$(BIN)/python manage.py db_worker

bench: setup
	$(BIN)/python bench/run.py

bench-quick: setup
	$(BIN)/python bench/run.py --quick

messages: setup
	$(BIN)/python manage.py makemessages -l id --ignore=.venv --ignore='summits/extraction/*' --ignore=tests --ignore=bench --ignore=test-output --ignore=staticfiles
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache test-output
