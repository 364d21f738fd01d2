"""The GUI refreshes from what the services announce (services/changes.py), in one place (Session.call): every
service the GUI runs through the session is marked, and an operation refreshes the views that show its kinds and
no others."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.privacy.records import COLLECTED, HANDLED, INCIDENT
from contractor_app.services.backups.listing import record_check
from contractor_app.services.changes import ENTRIES, changes_of
from contractor_app.services.clients.directory import list_clients
from contractor_app.services.entries.log import NewEntry, log_work

from ..sample import SampleWork, Templates
from .conftest import unlock_copy

GUI = Path(__file__).parents[2] / "contractor_app" / "gui"


def services_called_by_name() -> dict[str, object]:
    """Each plain name passed first to ``session.call`` or a command's ``_call`` in gui/, resolved through the
    module's ``from ...services.X import name``."""
    found: dict[str, object] = {}
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = ".".join(path.relative_to(GUI.parents[1]).with_suffix("").parts[:-1])
        imported: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("services"):
                base = importlib.util.resolve_name("." * node.level + node.module, package)
                imported.update({alias.asname or alias.name: base for alias in node.names})
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("call", "_call") and node.args and isinstance(node.args[0], ast.Name)
                    and node.args[0].id in imported):
                name, module = node.args[0].id, imported[node.args[0].id]
                found[f"{module}.{name}"] = getattr(importlib.import_module(module), name)
    return found


def test_every_service_the_gui_runs_announces_what_it_changes() -> None:
    called = services_called_by_name()
    assert len(called) >= 25  # the scan sees the calls (log_work, record_payment, save_profile, ...)
    unmarked = sorted(name for name, service in called.items() if not changes_of(service))  # type: ignore[arg-type]
    assert unmarked == []
    for kind in (HANDLED, COLLECTED, INCIDENT):
        assert all(changes_of(service) for service in (kind.add, kind.edit, kind.delete, kind.restore))


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=3)).folder


@pytest.fixture
def main(ledger: Ledger, template: Path, data_dir: Path) -> MainWindow:
    return unlock_copy(ledger, template, data_dir)


def refreshed_views(main: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    views = {"today": main.today, "dashboard": main.dashboard, "pay": main.pay, "clients": main.clients,
             "evidence": main.evidence, "backups": main.backups}
    seen: list[str] = []
    for name, view in views.items():
        monkeypatch.setattr(view, "refresh", lambda *_, name=name, **__: seen.append(name))
    return seen


def test_logging_work_refreshes_the_views_that_show_entries_only(main: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    session = main.session
    announced: list[frozenset[str]] = []
    session.changed.connect(announced.append)
    seen = refreshed_views(main, monkeypatch)
    client = session.read(list_clients)[0].name
    start = datetime.now().astimezone() - timedelta(days=20)
    session.call(log_work, NewEntry(client=client, start=start, end=start + timedelta(hours=1),
                                    tz=session.profile.timezone))
    assert announced == [{ENTRIES}]
    assert sorted(seen) == ["dashboard", "evidence", "pay", "today"]


def test_checking_a_backup_refreshes_the_backups_view_only(main: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    seen = refreshed_views(main, monkeypatch)
    checked = tmp_path / "some.clbackup"
    checked.write_bytes(b"x")
    main.session.call(record_check, checked, True)
    assert seen == ["backups"]


def test_call_sites_no_longer_list_changes(main: MainWindow) -> None:
    with pytest.raises(TypeError, match="@announces"):
        main.session.call(log_work, None, changes={ENTRIES})
