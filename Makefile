# Contractor Ledger: build, run and test helpers.
PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
LOCK   := requirements/lock.txt
PYTEST_ARGS ?=

# `make package`: a separate venv with the packaging tools, so `make test`'s stays light.
PKG_VENV  := .venv-package
PKG_PY    := $(PKG_VENV)/bin/python
PKG_STAMP := $(PKG_VENV)/.installed
PKG_LOCKS := requirements/runtime.txt requirements/package.txt
VERSION   := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' contractor_app/__init__.py)
SBOM      := dist/contractor-ledger-$(VERSION).cdx.json
DEB_COMPRESSION ?= xz

.PHONY: .venv run demo lint test test-fast bench attack package package-tools smoke-package check-install translations clean

# `make .venv` builds or refreshes the virtualenv; the real work is on the stamp.
.venv: $(STAMP)

# Reinstall when the lock or pyproject.toml is newer than the stamp.
# The editable install uses build isolation: pip fetches setuptools>=77 from PyPI
# for the build only (it is not hash-locked; the runtime/test deps are).
$(STAMP): $(LOCK) pyproject.toml setup.py
	test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --upgrade pip
	$(VPY) -m pip install --require-hashes -r $(LOCK)
	$(VPY) -m pip install --no-deps -e .
	$(VPY) -m pip check
	touch $@

run: $(STAMP)
	$(VENV)/bin/contractor-app

demo: $(STAMP)
	$(VPY) -m contractor_app.demo

# ruff and mypy, configured in pyproject.toml; both must report nothing.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The whole suite (what CI runs). Each test has a timeout (pyproject.toml); the slowest tests carry `slow`.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest $(PYTEST_ARGS)

# The inner loop: everything but the tests marked `slow` (tests/conftest.py's fast_cases keeps one or two cases of each
# sweep here), on every core (pytest-xdist; a file's tests stay on one worker, for its module fixtures; TEST_WORKERS=0
# runs in one process), with the temp folders in RAM where /dev/shm is (the records fsync every write: at load 3,
# tests/cli and tests/backup took 52 s wall on disk and 24 s in RAM) and each passing test's tmp_path removed after it.
# Read-only GUI tests share one main window per module (tests/gui/conftest.py's shared_main). Measured on 2 cores:
# 1,571 tests in 55.1 s wall at load 0.1 (103.6 s CPU, user+sys; 1,473 took 76.4 s wall at load 2.1-2.7); in one
# process on disk, 1,473 took 111.7 s wall (104.9 s CPU), where the 1,470 before took 123.8 s wall (114.9 s CPU).
# PYTHONDONTWRITEBYTECODE=1 (set here) costs each worker's collection 3.5 s CPU (6 s, 2.4 s with the bytecode cache).
TEST_WORKERS ?= auto
TEST_TMPDIR  ?= $(shell test -d /dev/shm -a -w /dev/shm && echo /dev/shm)
test-fast: $(STAMP)
	$(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR)) QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -m "not slow" \
		-n $(TEST_WORKERS) --dist loadfile -o tmp_path_retention_policy=failed $(PYTEST_ARGS)

# tests/bench is excluded from `make test` by norecursedirs in pyproject.toml;
# here it is passed explicitly and norecursedirs is reset.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest tests/bench -s -o norecursedirs=__pycache__ --timeout=0 $(PYTEST_ARGS)

# The long attack campaign (issue 14): tests/attack, the backup mutations and the crash tests at full counts (10,000
# hostile files per import and statement format and for backup headers, over 1,000 backup and key file mutations,
# 100 SIGKILLs each of logging, a password change, a backup, a restore and a schema upgrade). Each campaign prints
# its tally line; they are collected at the end, with the duration. The import campaigns run CONTRACTOR_APP_ATTACK_JOBS
# (default 2) at a time. No per-test timeout.
ATTACK_LOG := build/attack.log
# The tally lines each campaign prints.
# (A line break in a make variable is one space, so the breaks fall on spaces of the pattern.)
ATTACK_TALLY := ^(campaign|mutations|key file campaign|format 1 key file campaign|older backup format\
	mutations|attack runner|[a-z -]*(crash|kill) test|[a-z-]+: \{)
attack: SHELL := /bin/bash
attack: $(STAMP)
	mkdir -p build
	set -o pipefail; CONTRACTOR_APP_ATTACK=full QT_QPA_PLATFORM=offscreen $(VPY) -m pytest tests/attack \
		tests/backup/test_mutations.py tests/store/test_crash.py tests/backup/test_restore_crash.py \
		-s -q -p no:cacheprovider --timeout=0 $(PYTEST_ARGS) 2>&1 | tee $(ATTACK_LOG); \
	status=$$?; echo "--- attack tally ---" | tee -a $(ATTACK_LOG); \
	grep -E "$(ATTACK_TALLY)" $(ATTACK_LOG); \
	echo "attack: exit $$status after $$((SECONDS / 60)) min $$((SECONDS % 60)) s" | tee -a $(ATTACK_LOG); \
	exit $$status

# The runtime part of the lock plus PyInstaller and cyclonedx-bom, all hash-pinned (requirements/README.md).
# The app itself is not installed: the spec puts the repository on PyInstaller's path.
$(PKG_STAMP): $(PKG_LOCKS)
	test -x $(PKG_PY) || $(PYTHON) -m venv $(PKG_VENV)
	$(PKG_PY) -m pip install --upgrade pip
	$(PKG_PY) -m pip install --require-hashes $(addprefix -r ,$(PKG_LOCKS))
	$(PKG_PY) -m pip check
	touch $@

# The system tools the build needs (strip, objdump, dpkg-deb, desktop-file-validate, appstreamcli): a missing one
# is named, with the apt command that installs it, before the venv or PyInstaller starts.
package-tools:
	$(PYTHON) packaging/build_tools.py

# The onedir app (dist/contractor-ledger), its SBOM, then the .deb (packaging/README.md).
package: package-tools $(PKG_STAMP)
	rm -rf dist/contractor-ledger build/pyinstaller
	$(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/contractor-ledger.spec
	$(PKG_PY) packaging/sbom.py requirements/runtime.txt $(SBOM)
	$(PKG_PY) packaging/build_deb.py --app dist/contractor-ledger --sbom $(SBOM) --out dist \
		--compression $(DEB_COMPRESSION)
	du -sh dist/contractor-ledger dist/*.deb

# An editable install and the built wheel, each in a fresh virtualenv, find the fonts, rules, translations and icons
# of the top-level resources/ folder (packaging/check_install.py).
check-install: $(STAMP)
	$(VPY) packaging/check_install.py

smoke-package:
	packaging/smoke-test.sh dist

# Refresh the translation sources from every tr() in the desktop app (formatting.py and the other module helpers
# included), then compile the finished ones; both the .ts and the .qm are checked in (a test checks they agree).
TRANSLATIONS := resources/translations
LANGUAGES    := es pt_BR fr fil en  # en holds only the English plural forms ("1 client", "2 clients")
REPORT_LANGUAGES := es pt_BR fr fil
translations: $(STAMP)
	for lang in $(LANGUAGES); do \
		$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete $$([ $$lang = en ] && echo -pluralonly) \
			-target-language $$lang contractor_app/gui contractor_app/reports/kinds.py \
			-ts $(TRANSLATIONS)/contractor_$$lang.ts && \
		$(VENV)/bin/pyside6-lrelease -nounfinished $(TRANSLATIONS)/contractor_$$lang.ts \
			-qm $(TRANSLATIONS)/contractor_$$lang.qm \
			|| exit 1; \
	done
	# The PDF reports' own catalogues, read as .ts by reports/language.py (no .qm): every translate("reports", …).
	for lang in $(REPORT_LANGUAGES); do \
		$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -target-language $$lang contractor_app/reports \
			-ts $(TRANSLATIONS)/reports_$$lang.ts || exit 1; \
	done

clean:
	rm -rf $(VENV) $(PKG_VENV) build dist .pytest_cache .mypy_cache .ruff_cache *.egg-info
	find . -name __pycache__ -type d -prune -not -path './.git/*' -exec rm -rf {} +
