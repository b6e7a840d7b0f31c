# The two commands of the README:
#   make run    set up on first use, then open the app (ARGS="--db FILE" to pick a file)
#   make test   the same set-up, then every check and test
#   make app    the double-clickable app in dist/ (see the README)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: run test lint bench translations app

$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(READY)

run: $(READY)
	$(BIN)/okr-workshop $(ARGS)

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest

bench: $(READY)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python benchmarks/run.py

# The window's German: refresh the .ts from every string of the window (new strings
# arrive untranslated: translate them in Qt Linguist or the .ts itself), then compile
# the .qm the app loads. Commit both.
# The rules' refusals and notes are written in facilitation/, where there is no Qt, as
# calls of Message, Word, RuleError and its subclasses: lupdate reads those calls as
# QT_TR_NOOP (a test checks that every subclass is named here).
TRANSLATIONS := resources/translations/okr_workshop_de.ts
WINDOW_SOURCES = $(shell find ui -name '*.py' -not -path 'ui/phones/*' | sort)
RULE_SOURCES = $(shell find facilitation workshop exports -name '*.py' -not -path '*/migrations/*' | sort) \
	ui/phones/server.py
RULE_CALLS = Message,Word,RuleError,VoteRefused,SecretUntilRevealed,NotReadyToCount,Gone,TableError,QualityDataError,UnknownLanguage,UnknownTemplate,ImportRefused,_Continued,NotAWorkshopFile,DamagedFile,NewerFile,StoreUnavailable,ValueNotStorable,InterchangeError,_FieldError,ExportError,PhoneServerError,SayingError,StoreError,_MadeMeanwhile,SheetsFailed,NotRestorable,NotFound
comma := ,
RULE_ALIASES = $(subst $(comma),$(comma)QT_TR_NOOP+=,QT_TR_NOOP+=$(RULE_CALLS))

translations: $(READY)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -tr-function-alias $(RULE_ALIASES) \
		$(WINDOW_SOURCES) $(RULE_SOURCES) -ts $(TRANSLATIONS)
	$(BIN)/pyside6-lrelease $(TRANSLATIONS)

# The double-clickable app: PyInstaller builds dist/okr-workshop/ from
# packaging/okr-workshop.spec; on Linux it is also packed as a tarball with a launcher.
APP_READY := $(VENV)/.app-ready
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

$(APP_READY): $(READY)
	$(BIN)/python -m pip install --quiet -e '.[app]'
	touch $(APP_READY)

app: $(APP_READY)
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN \
	  --distpath dist --workpath build/app packaging/okr-workshop.spec
	if [ "$$(uname -s)" = Linux ]; then packaging/linux/tarball.sh dist/okr-workshop $(VERSION); fi
