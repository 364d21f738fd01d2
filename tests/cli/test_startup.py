"""Start-up (issue 18): a command loads its own module and what it uses, nothing else, so it starts quickly.

Each check runs the command in a fresh interpreter and reads ``sys.modules`` after it ran: an import added at the top
of a shared module (the CLI context, a service, the vault) that drags in reportlab, the importers, Alembic, the backup
code or Qt shows up here rather than as a slow `list` nobody notices.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contractor_app.cli import commands
from contractor_app.cli.main import Parser, main

from ..conftest import PASSWORD, Cli

ROOT = Path(__file__).resolve().parents[2]
# What `list` must not load: the PDF toolkit, the importers, the migration tool, the backup code, Qt.
HEAVY = ("reportlab", "contractor_app.reports", "contractor_app.interchange.watson",
         "contractor_app.interchange.toggl", "contractor_app.interchange.clockify", "contractor_app.interchange.kimai",
         "contractor_app.interchange.timewarrior", "contractor_app.interchange.generic_csv",
         "alembic", "contractor_app.backup.create",
         "contractor_app.backup.verify", "contractor_app.backup.restore", "PySide6")


def modules_after(data_dir: Path, *argv: str, unlocks: bool = True) -> list[str]:
    """Run `contractor-app ARGV` in a fresh interpreter; return the modules it had loaded when it finished.

    A command that ``unlocks`` runs with the test KDF the vault was made with (tests/kdf.py; loading it loads the
    key derivation, which such a command loads anyway): under the real one, the unlock would strengthen the key file,
    a re-key no everyday command makes."""
    fast = "from tests.kdf import use_fast_kdf; use_fast_kdf(); " if unlocks else ""
    code = (f"import sys; {fast}from contractor_app.cli.main import main; "
            f"code = main(['--data-dir', {str(data_dir)!r}, *{list(argv)!r}]); "
            "print('MODULES', ' '.join(sorted(sys.modules))); sys.exit(code)")
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("MODULES "))
    return line.split()[1:]


def heavy(modules: list[str]) -> list[str]:
    return [name for name in modules if name.startswith(HEAVY)]


@pytest.mark.slow
def test_list_loads_no_reportlab_importers_alembic_backup_or_qt(cli: Cli) -> None:
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h").code == 0
    assert cli("log", "--client", "acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T10:00").code == 0

    key = (cli.data_dir / "vault.key").read_bytes()
    loaded = modules_after(cli.data_dir, "list")
    assert (cli.data_dir / "vault.key").read_bytes() == key  # unlocked with the test KDF: nothing strengthened
    assert "sqlcipher3" in " ".join(loaded)  # it did open the vault
    assert heavy(loaded) == []
    assert not [name for name in loaded if name.startswith("contractor_app.cli.commands.") and
                name != "contractor_app.cli.commands.listing"]
    # The export code (CSV and JSON writers) is for `list --format csv` and `export` only.
    assert not [name for name in loaded if name.startswith(("contractor_app.services.exports",
                                                            "contractor_app.interchange"))]
    # Nor SQLAlchemy, our mapped models, the audit log's writer or the Entries view's ORM queries: `list` opens the
    # records, checks them and reads its entries in plain SQL (docs/decisions/0005), the only way it can start in
    # well under 0.25 s (SQLAlchemy's import alone is about that).
    assert not [name for name in loaded if name.startswith(("sqlalchemy", "contractor_app.store.models",
                                                            "contractor_app.store.audit",
                                                            "contractor_app.services.entries.queries"))]


@pytest.mark.slow
def test_list_without_sqlalchemy_keeps_its_filters_and_flags(cli: Cli) -> None:
    """The plain-SQL listing, in a fresh interpreter as a worker runs it: a client by the start of its name, the
    overlap and edited flags, and an unknown client refused with the known ones named."""
    cli.init()
    assert cli("client", "add", "Acme Labeling", "--rate", "20/h").code == 0
    assert cli("client", "add", "Beta", "--rate", "30/h").code == 0
    assert cli("log", "--client", "acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T11:00").code == 0
    assert cli("log", "--client", "beta", "--start", "2026-11-02T10:00", "--end", "2026-11-02T12:00").code == 0
    code = ("import json, sys; from tests.kdf import use_fast_kdf; use_fast_kdf(); "
            "from contractor_app.cli.main import main; "
            "code = main(['--data-dir', sys.argv[1], *sys.argv[2:]]); "
            "print('SQLALCHEMY', 'sqlalchemy' in sys.modules, file=sys.stderr); sys.exit(code)")
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}

    def listed(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", code, str(cli.data_dir), "list", *argv], cwd=ROOT, env=env,
                              capture_output=True, text=True)

    done = listed("--client", "ACME", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json")
    assert done.returncode == 0 and "SQLALCHEMY False" in done.stderr, done.stderr
    (entry,) = json.loads(done.stdout)["entries"]
    # Late too: typed in now, more than a day after the work it records.
    assert (entry["client"], entry["worked_seconds"], entry["flags"]) == ("Acme Labeling", 7200, ["overlap", "late"])
    assert len(entry["overlaps"]) == 1
    refused = listed("--client", "Gamma")
    assert refused.returncode != 0
    assert "No client named 'Gamma'. Known clients: Acme Labeling, Beta." in refused.stderr


# `list --format csv` as it was written while the export code (and SQLAlchemy with it) loaded for it: the same bytes,
# the time each entry was typed in aside. A client name and a note that need quoting, a note a spreadsheet would read
# as a formula, a break, units, and two overlapping entries typed in long after the work.
LISTED_CSV = (
    "id,client,engagement,start_utc,end_utc,timezone,local_start,local_end,break_minutes,hours,category,units,note,"
    "source,entered_at_utc,flags\n"
    '1,"Acme, ""Labs""",General,2026-11-02T14:00:00Z,2026-11-02T15:30:00Z,America/New_York,2026-11-02T09:00:00-05:00,'
    '2026-11-02T10:30:00-05:00,15,1.25,productive,,"\'=SUM(A1) said ""hi"", ok",manual,{entered[0]},overlap late\n'
    '2,"Acme, ""Labs""",General,2026-11-02T15:00:00Z,2026-11-02T16:00:00Z,America/New_York,2026-11-02T10:00:00-05:00,'
    "2026-11-02T11:00:00-05:00,0,1.00,productive,3,,manual,{entered[1]},overlap late\n"
)


@pytest.mark.slow
def test_list_as_csv_loads_no_sqlalchemy_and_writes_the_same_bytes(cli: Cli) -> None:
    """`list --format csv` reads in plain SQL as `list` does (docs/decisions/0005): its spreadsheet-safe writer is
    format code (interchange/csv_cells.py), not the export use cases, which load SQLAlchemy and the models."""
    cli.init()
    assert cli("client", "add", 'Acme, "Labs"', "--rate", "20/h").code == 0
    assert cli("log", "--client", "acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T10:30", "--break", "15",
               "--note", '=SUM(A1) said "hi", ok').code == 0
    assert cli("log", "--client", "acme", "--start", "2026-11-02T10:00", "--end", "2026-11-02T11:00",
               "--units", "3").code == 0
    entered = [entry["entered_at"] for entry in json.loads(cli("list", "--format", "json").out)["entries"]]
    code = ("import sys; from tests.kdf import use_fast_kdf; use_fast_kdf(); "
            "from contractor_app.cli.main import main; "
            "code = main(['--data-dir', sys.argv[1], 'list', '--format', 'csv']); sys.stdout.flush(); "
            "print('MODULES', ' '.join(sorted(sys.modules)), file=sys.stderr); sys.exit(code)")
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    result = subprocess.run([sys.executable, "-c", code, str(cli.data_dir)], cwd=ROOT, env=env, capture_output=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == LISTED_CSV.format(entered=entered).encode()
    loaded = next(line for line in result.stderr.decode().splitlines() if line.startswith("MODULES ")).split()[1:]
    assert heavy(loaded) == []
    assert not [name for name in loaded if name.startswith(("sqlalchemy", "contractor_app.store.models",
                                                            "contractor_app.store.audit",
                                                            "contractor_app.services.exports",
                                                            "contractor_app.services.entries.queries"))]


@pytest.mark.slow
@pytest.mark.parametrize("command", ["log --client acme --start 2026-11-02T09:00 --end 2026-11-02T10:00"])
def test_the_database_layer_loads_without_a_garbage_collection(cli: Cli, command: str) -> None:
    """Importing SQLAlchemy and our models makes objects that live until the command ends: collecting while they
    load, or walking them again in every later full collection, frees nothing and cost a command about 30 ms of its
    start (issue 18). They load with collection off and are frozen; collection is on again afterwards. (`list`
    and `summary` load neither: test_list_loads_no_reportlab_importers_alembic_backup_or_qt,
    test_summary_reads_in_plain_sql_without_sqlalchemy; `log` writes through the ORM.)"""
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h").code == 0
    probe = ("import gc, sys\n"
             "during = []\n"
             "def loading(name):\n"
             "    module = sys.modules.get(name)\n"
             "    return bool(module and getattr(module.__spec__, '_initializing', False))\n"
             "gc.callbacks.append(lambda phase, info: phase == 'start' and loading('contractor_app.store.models') and "
             "during.append(info['generation']))\n"
             "from tests.kdf import use_fast_kdf; use_fast_kdf()\n"
             "from contractor_app.cli.main import main\n"
             "code = main(['--data-dir', sys.argv[1], *sys.argv[2:]])\n"
             "print('LOADED', 'sqlalchemy.orm' in sys.modules, 'DURING', len(during), 'ENABLED', gc.isenabled(), "
             "'FROZEN', gc.get_freeze_count() > 10_000)\n"
             "sys.exit(code)\n")
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    result = subprocess.run([sys.executable, "-c", probe, str(cli.data_dir), *command.split()], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "LOADED True DURING 0 ENABLED True FROZEN True"


@pytest.mark.slow
def test_summary_reads_in_plain_sql_without_sqlalchemy(cli: Cli) -> None:
    """`summary` reads its facts in plain SQL (docs/decisions/0005): loading SQLAlchemy and the models took about a
    third of the command's CPU at 100k entries, the unlock's key derivation aside (issue 18). The same in text, which
    also looks for access requests to follow up (none here), over the payments, invoices, adjustments, costs and rates
    it reads."""
    cli.init("--jurisdiction", "US-CA")
    for command in (("client", "add", "Acme", "--rate", "20/h", "--jurisdiction", "US-CA"),
                    ("log", "--client", "acme", "--start", "2026-11-02T09:00", "--end", "2026-11-02T10:00"),
                    ("pay", "--client", "acme", "--amount", "15", "--date", "2026-11-03"),
                    ("invoice", "--client", "acme", "--amount", "20", "--date", "2026-11-02", "--period",
                     "2026-11-02..2026-11-02"),
                    ("adjust", "--client", "acme", "--amount", "5", "--date", "2026-11-02"),
                    ("expense", "add", "--client", "acme", "--amount", "3", "--date", "2026-11-02"),
                    ("distance", "add", "--client", "acme", "--distance", "12", "--date", "2026-11-02"),
                    ("rate", "add", "--from", "USD", "--to", "EUR", "--rate", "0.9", "--on", "2026-11-02")):
        done = cli(*command)
        assert done.code == 0, (command, done.err)
    for argv in (("summary",), ("summary", "--format", "json", "--explain"), ("summary", "--client", "acme")):
        loaded = modules_after(cli.data_dir, *argv)
        assert not [name for name in loaded if name.startswith(("sqlalchemy", "contractor_app.store.models",
                                                                "contractor_app.store.audit"))], argv


@pytest.mark.slow
def test_a_command_whose_services_loaded_sqlalchemy_first_still_freezes_it(cli: Cli) -> None:
    """`client list` imports its services, and SQLAlchemy under them, before it opens the vault: the layer is
    frozen all the same when the vault opens, or every later full collection walks SQLAlchemy's objects again."""
    cli.init()
    probe = ("import gc, sys\n"
             "from tests.kdf import use_fast_kdf; use_fast_kdf()\n"
             "from contractor_app.cli.main import main\n"
             "code = main(['--data-dir', sys.argv[1], 'client', 'list'])\n"
             "print('FROZEN', gc.get_freeze_count() > 10_000)\n"
             "sys.exit(code)\n")
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    result = subprocess.run([sys.executable, "-c", probe, str(cli.data_dir)], cwd=ROOT, env=env, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "FROZEN True"


@pytest.mark.slow
def test_log_and_summary_load_no_reportlab_importers_alembic_or_qt(cli: Cli) -> None:
    """The other everyday commands. A `log` changes the records, so it may make the day's automatic backup: the
    backup code is allowed there, and only there."""
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h").code == 0
    logged = modules_after(cli.data_dir, "log", "--client", "acme", "--start", "2026-11-02T09:00", "--end",
                           "2026-11-02T10:00")
    assert [name for name in heavy(logged) if not name.startswith("contractor_app.backup.")] == []
    assert heavy(modules_after(cli.data_dir, "summary")) == []


def test_help_lists_every_command_without_loading_them(tmp_path: Path) -> None:
    code = ("import sys; from contractor_app.cli.main import main; main(['--help']); "
            "print('MODULES', ' '.join(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = result.stdout.split("MODULES ")[1].split()
    for name in commands.COMMANDS:
        assert f"    {name}" in result.stdout
    assert not [name for name in loaded if name.startswith(("sqlalchemy", "contractor_app.cli.commands.",
                                                            "contractor_app.store", *HEAVY))]


# What no command's `--help` may load: the database layer and all of the above. Each command module imports its
# services inside the functions that run it, and takes its options' choices from cli/choices.py.
NOT_FOR_HELP = ("sqlalchemy", "sqlcipher3", "contractor_app.store", "contractor_app.interchange",
                "contractor_app.backup", "contractor_app.services.backups", *HEAVY)
# `report`, `verify-report` and `share` list the report kinds and languages (services.report_catalog).
REPORT_CATALOG = ("contractor_app.reports.kinds", "contractor_app.reports.language")


def test_every_commands_help_loads_no_database_layer_or_heavy_code() -> None:
    """Each command's `--help`, one after another in one interpreter: what each one added to ``sys.modules``."""
    code = ("import contextlib, io, sys; from contractor_app.cli.main import main\n"
            "for name in sys.argv[1:]:\n"
            "    before = set(sys.modules)\n"
            "    with contextlib.redirect_stdout(io.StringIO()): code = main([name, '--help'])\n"
            "    print(name, code, *sorted(set(sys.modules) - before))\n")
    result = subprocess.run([sys.executable, "-c", code, *commands.COMMANDS], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    added = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()}
    assert list(added) == list(commands.COMMANDS)
    loaded_by = {name: [module for module in modules[1:] if module.startswith(NOT_FOR_HELP) and
                        not (module == "contractor_app.reports" or module.startswith(REPORT_CATALOG))]
                 for name, modules in added.items()}
    assert loaded_by == {name: [] for name in commands.COMMANDS}
    assert {name: modules[0] for name, modules in added.items()} == {name: "0" for name in commands.COMMANDS}


def test_the_choices_the_command_line_offers_are_the_services() -> None:
    """cli/choices.py copies each service's tuple so that `--help` loads no service: the copies must not drift."""
    from contractor_app.cli import choices
    from contractor_app.services import (
        access_requests,
        adjustments,
        anchors,
        expenses,
        imports,
        incidents,
        privacy,
        statement_imports,
    )

    assert choices.ADJUSTMENT_KINDS == adjustments.KINDS
    assert choices.EXPENSE_KINDS == expenses.KINDS
    assert (choices.INCIDENT_KINDS, choices.INCIDENT_STATUSES) == (incidents.KINDS, incidents.STATUSES)
    assert choices.ANCHOR_HOWS == anchors.HOWS
    assert (choices.SENSITIVITIES, choices.MONITORING_TYPES, choices.CONSENTS) == (
        privacy.SENSITIVITIES, privacy.MONITORING_TYPES, privacy.CONSENTS)
    assert (choices.ACCESS_LAWS, choices.ACCESS_CHANNELS) == (access_requests.LAWS, access_requests.CHANNELS)
    assert (choices.IMPORT_FORMATS, choices.IMPORT_FIELDS) == (imports.FORMATS, imports.FIELDS)
    assert choices.STATEMENT_FORMATS == statement_imports.FORMATS


@pytest.mark.parametrize("command", ["report", "verify-report", "bundle"])
def test_a_report_commands_help_loads_no_reportlab_or_records(tmp_path: Path, command: str) -> None:
    """Their help lists the report kinds, papers and languages (services.report_catalog): the PDF toolkit and the
    database layer load only when a report or bundle is made or checked."""
    loaded = modules_after(tmp_path, command, "--help", unlocks=False)
    assert ("contractor_app.reports.kinds" in loaded) == (command != "bundle")  # report lists the kinds
    assert heavy(loaded) == [name for name in loaded if name == "contractor_app.reports" or
                             name.startswith(("contractor_app.reports.kinds", "contractor_app.reports.language"))]
    assert not [name for name in loaded if name.startswith(("sqlalchemy", "sqlcipher3", "contractor_app.store"))]


def test_each_commands_help_line_is_the_one_its_module_registers() -> None:
    """The table `--help` reads must not drift from the modules (which keep their own add_parser calls)."""
    for name, (module_name, help_line) in commands.COMMANDS.items():
        parser = Parser(prog="contractor-app")
        subparsers = parser.add_subparsers(dest="command", parser_class=Parser)
        commands.load(name).register(subparsers)
        registered = {action.dest: action.help for action in subparsers._choices_actions}
        assert registered.get(name) == help_line, (name, module_name)


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "lst"]) == 2
    assert "invalid choice: 'lst'" in capsys.readouterr().err


def test_the_desktop_app_starts_before_the_database_layer_loads(tmp_path: Path) -> None:
    """`contractor-app` alone hands over to the GUI without SQLAlchemy or the vault: the unlock window shows first."""
    code = ("import sys; import contractor_app.gui.app as app; "
            "app.run = lambda argv, data_dir: print('MODULES', ' '.join(sorted(sys.modules))) or 0; "
            "from contractor_app.cli.main import main; sys.exit(main(['--data-dir', sys.argv[1]]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=True)
    loaded = result.stdout.split("MODULES ")[1].split()
    assert [name for name in loaded if name.startswith(("sqlalchemy", "contractor_app.store"))] == []
    # Nor the tray, the icon set, reportlab, or importlib.resources (the start finds its folder by the package's spec)
    assert [name for name in loaded if name.startswith(("contractor_app.gui.tray", "contractor_app.gui.icon_set",
                                                        "reportlab", "importlib.resources", "PySide6.QtSvg"))] == []


def test_the_desktop_entry_starts_the_app_without_building_a_parser(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    """`contractor-app` alone, as the desktop entry starts it, goes straight to the app in the default data folder:
    building the parser for the global options took 2 ms of the start to the unlock window (issue 18)."""
    from contractor_app.cli import main as entry
    from contractor_app.gui import app

    started: list[Path] = []

    def run(argv: list[str], data_dir: Path) -> int:
        started.append(data_dir)
        return 0

    monkeypatch.setattr(app, "run", run)
    monkeypatch.setenv("CONTRACTOR_APP_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(entry, "Parser", None)  # any parser built would fail
    assert main([]) == 0 and started == [tmp_path]


def test_the_desktop_apps_resources_folder_is_the_packages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from importlib.machinery import ModuleSpec
    from importlib.resources import files

    from contractor_app.gui import app, icons

    folder = Path(str(files("contractor_app.resources")))
    assert icons.RESOURCES == folder
    assert (icons.ICONS / "app-16.png").is_file() and app.TRANSLATIONS.is_dir()
    # A package file away from its data files (a packaging that keeps them elsewhere): importlib.resources finds them.
    monkeypatch.setattr(icons, "find_spec", lambda name: ModuleSpec(name, None, origin=str(tmp_path / "__init__.py")))
    assert icons._resources() == folder
