# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-test run worker test lint format messages bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(VENV)/bin/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(VENV)/bin/pip install -q -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "Demo logins: reviewer@northwind.example / demo-pass-2026 (see README)"
	@if [ -n "$$REDIS_URL" ]; then \
		OMP_THREAD_LIMIT=1 nice -n 10 $(VENV)/bin/celery -A ungating worker -Q celery,documents --loglevel=INFO --concurrency=2 & WORKER=$$!; \
		trap 'kill $$WORKER 2>/dev/null; wait $$WORKER 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	else \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	fi

worker: install
	OMP_THREAD_LIMIT=1 $(VENV)/bin/celery -A ungating worker -Q celery,documents --loglevel=INFO

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Under coverage, the reader's and the worker's child processes included (pyproject.toml).
test: install-test lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m coverage erase
	$(PY) -m coverage run -m pytest -q
	$(PY) -m coverage combine -q
	$(PY) -m coverage report

messages: install-test
	$(PY) manage.py makemessages -l fr --ignore=.venv --ignore=staticfiles
	$(PY) manage.py compilemessages -l fr --ignore=.venv

bench: install-test
	cd bench && ../$(PY) list_pages.py && ../$(PY) packet.py && ../$(PY) check_invoice.py

clean:
	rm -rf $(VENV) var staticfiles
