"""Desktop app benchmarks (`make bench`): printed, never asserted against a time.

- The Entries view over 100k entries (built with one log_many call): opening it, filtering it, jumping to the last
  row, and the totals of a select-all, with how many pages were read and how many widgets the table holds (the
  model is lazy and the table paints rows; there is no widget per row).
- Startup: process start to the unlock window painted, the app started as the desktop entry starts it, against a
  bare PySide6 QMainWindow started the same way (both in subprocesses, offscreen, in interleaved rounds), as a ratio
  of medians, with the spread and CPU times; with BENCH_BASELINE set (baseline.py), the app of both checkouts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from contractor_app.gui.entries.view import EntriesView
from contractor_app.gui.session import Session
from contractor_app.gui.tasks import SyncRunner
from contractor_app.services.lifecycle import DATA_DIR_ENV
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .baseline import REPO, trees
from .conftest import BIG, Figures
from .populate import PER_TASK, BenchVault

N = f"{BIG // 1000}k"
STARTUP_RUNS = 15  # interleaved rounds; the ratio of medians was unstable at 5, and moved by 0.1 at 9


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def ms(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    settle()  # the rows on screen are painted (and their pages read) before the clock stops
    return (time.perf_counter() - began) * 1000


def test_entries_view_over_100k(qtbot, vault_100k: BenchVault, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(vault_100k.folder, PASSWORD)
    session = Session(vault, SyncRunner())  # filters run inline here, so their time is measured end to end
    holder: list[EntriesView] = []

    def open_view() -> None:
        view = EntriesView(session, QUndoStack())
        qtbot.addWidget(view)
        view.resize(1280, 760)
        view.show()
        holder.append(view)

    figures.add(f"entries view: open over {N}", f"{ms(open_view):.0f} ms", "count, first page, first paint")
    view = holder[0]
    assert view.model.rowCount() == vault_100k.entries
    widgets = len(view.table.viewport().findChildren(QWidget))
    figures.add("entries view: widgets inside the table", str(widgets), f"for {view.model.rowCount():,} rows")
    figures.add("entries view: pages read to open", str(view.model.pages_loaded + 1), "200 rows a page")

    def set_client() -> None:
        view.client.setCurrentIndex(view.client.findData(PER_TASK))

    def set_category() -> None:
        view.category.setCurrentIndex(view.category.findData("rework"))

    def search() -> None:
        view.search.setText("item 9999")
        view.apply_filters()

    def last_year_only() -> None:
        view.clear_filters()
        view.period.setCurrentIndex(view.period.findData("custom"))
        view.date_from.setDate(view.date_from.date().fromString("2023-01-01", "yyyy-MM-dd"))
        view.date_to.setDate(view.date_to.date().fromString("2023-12-31", "yyyy-MM-dd"))

    for label, action in (("filter: one client", set_client), ("filter: + one category", set_category),
                          ("filter: + text search", search), ("filter: a year (custom dates)", last_year_only)):
        took = ms(action)
        figures.add(f"entries view: {label}", f"{took:.0f} ms", f"{view.model.rowCount():,} rows match")
    view.clear_filters()
    settle()
    pages = view.model.pages_loaded
    figures.add("entries view: jump to the last row", f"{ms(view.table.scrollToBottom):.0f} ms",
                f"{view.model.pages_loaded - pages} page(s) read")

    def select_all() -> None:
        view.table.selectAll()
        view.update_totals()

    took = ms(select_all)
    figures.add(f"entries view: totals of all {N} selected", f"{took:.0f} ms", view.footer.text())
    row = view.model.rowCount() // 2
    view.table.selectionModel().select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    figures.add("entries view: totals of one row", f"{ms(view.update_totals):.0f} ms", view.footer.text())
    # Sorted by a column (the service's ORDER BY): the first page, then the totals of every row selected.
    for key, descending in (("client", False), ("duration", True), ("earned", True), ("flags", True)):
        view.table.clearSelection()
        took = ms(partial(view._sort, key, descending))  # as a header click does
        figures.add(f"entries view: sort by {key}", f"{took:.0f} ms", "count and first page")
        took = ms(select_all)
        figures.add(f"entries view: sorted by {key}, totals of all {N} selected", f"{took:.0f} ms",
                    view.footer.text())
    failed: list[BaseException] = []  # Session.lock takes where a failed automatic backup goes
    session.lock(failed.append)
    assert failed == []


# Each child prints when its window's own paintEvent first runs (the window paints before its children) and quits.
# The clock is a paintEvent override on the measured window, the same in every child: an event filter on the whole
# application, as this bench had, sees every event of every widget through Python (each new event type made a
# Python wrapper there), which the app does not do when it runs, and which costs more the more widgets a window has.
# The app's child sets its clock as the app itself imports the unlock window, so the app loads its modules in its own
# order: importing the window first, as this bench did, loaded Qt before the command line's modules, and PySide reads
# the source of every module named in an import after Qt has loaded (2 ms that a real start does not pay).
CLOCK = textwrap.dedent("""
    import sys, time
    from importlib.machinery import PathFinder

    def paintEvent(self, event):
        print("PAINTED", time.time(), time.process_time(), flush=True)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().exit(0)

    class Clock:
        def find_spec(self, name, path=None, target=None):
            if name != "contractor_app.gui.unlock":
                return None
            spec = PathFinder.find_spec(name, path)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                module.UnlockWindow.paintEvent = paintEvent

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Clock())
""")

# Started as the desktop entry starts it (`contractor-app`, no arguments: packaging/linux's .desktop file), the data
# folder found by the app's own rule (CONTRACTOR_APP_DATA_DIR, which the child's environment sets).
APP_CHILD = CLOCK + textwrap.dedent("""
    from contractor_app.cli.main import main
    sys.exit(main([]))
""")

# The same, entering through gui.app.run instead of the CLI: shows what the CLI's imports cost.
DIRECT_CHILD = CLOCK + textwrap.dedent("""
    import os
    from pathlib import Path
    from contractor_app.gui.app import run
    sys.exit(run(sys.argv[:1], data_dir=Path(os.environ["CONTRACTOR_APP_DATA_DIR"])))
""")

BARE_CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        def paintEvent(self, event):
            print("PAINTED", time.time(), time.process_time(), flush=True)
            app.exit(0)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("bare")
    window.show()
    sys.exit(app.exec())
""")


# Qt's own floor for a window like the unlock window: the bare one with a centred label, a text field and a button.
# What the app costs beyond it is ours. The label is centred by name, as the unlock window's are (gui/by_name.py):
# Qt's enum namespace, which setAlignment's argument needs, took 11 ms to build.
TEXT_CHILD = BARE_CHILD.replace("window = Window()\n", textwrap.dedent("""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
    window = Window()
    body = QWidget()
    column = QVBoxLayout(body)
    label = QLabel("Unlock your records")
    label.setProperty("alignment", "AlignHCenter")
    column.addWidget(label)
    column.addWidget(QLineEdit())
    column.addWidget(QPushButton("Unlock"))
    window.setCentralWidget(body)
"""))


def startup(script: str, tree: Path = REPO, folder: Path | None = None) -> tuple[float, float]:
    """Seconds from starting the process (in ``tree``, whose code it imports: baseline.py) to its window's first
    paint, and the CPU seconds the child used by then."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if folder is not None:
        env[DATA_DIR_ENV] = str(folder)
    began = time.time()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tree,
                          timeout=60, check=True)
    painted = next(line for line in done.stdout.splitlines() if line.startswith("PAINTED"))
    _, at, cpu = painted.split()
    return float(at) - began, float(cpu)


def spread(runs: list[float]) -> str:
    return f"median of {len(runs)}, {min(runs) * 1000:.0f}-{max(runs) * 1000:.0f} ms"


def round_ratios(runs: list[float], bare: list[float]) -> str:
    ratios = [a / b for a, b in zip(runs, bare, strict=True)]
    return f"ratios of the rounds {min(ratios):.2f}x-{max(ratios):.2f}x, median {statistics.median(ratios):.2f}x"


def test_startup_to_the_unlock_window(vault_1k: BenchVault, figures: Figures) -> None:
    """The children run in turn, STARTUP_RUNS rounds, so that a busy moment of the machine falls on all of them;
    wall-clock medians give the ratio, CPU-time medians (less sensitive to other processes) are beside. With
    BENCH_BASELINE set, the app is started from both checkouts in each round (before, then after)."""
    where = trees()
    last = list(where)[-1]
    folder = vault_1k.folder
    children: dict[str, tuple[str, Path, Path | None]] = {"bare": (BARE_CHILD, REPO, None)}
    children.update({f"app {label}": (APP_CHILD, tree, folder) for label, tree in where.items()})
    children.update({"direct": (DIRECT_CHILD, REPO, folder), "text": (TEXT_CHILD, REPO, None)})
    assert "QLineEdit()" in TEXT_CHILD  # the floor window really has its field
    for child in children.values():
        startup(*child)  # warm the file cache for all
    wall: dict[str, list[float]] = {name: [] for name in children}
    cpu: dict[str, list[float]] = {name: [] for name in children}
    for _ in range(STARTUP_RUNS):
        for name, child in children.items():
            seconds, used = startup(*child)
            wall[name].append(seconds)
            cpu[name].append(used)
    median = {name: statistics.median(runs) for name, runs in wall.items()}
    cpu_median = {name: statistics.median(runs) for name, runs in cpu.items()}
    bare, app, direct, text = median["bare"], median[f"app {last}"], median["direct"], median["text"]
    figures.add("startup: bare PySide6 QMainWindow painted", f"{bare * 1000:.0f} ms", spread(wall["bare"]))
    for label in where:
        name = f"app {label}"
        suffix = "" if label == "now" else f" ({label}: {where[label]})"
        figures.add(f"startup: contractor-app unlock window painted{suffix}", f"{median[name] * 1000:.0f} ms",
                    spread(wall[name]))
        figures.add(f"startup: ratio app / bare{suffix}", f"{median[name] / bare:.2f}x",
                    round_ratios(wall[name], wall["bare"]))
        figures.add(f"startup: CPU time to the paint, app / bare{suffix}",
                    f"{cpu_median[name] * 1000:.0f} / {cpu_median['bare'] * 1000:.0f} ms",
                    f"{cpu_median[name] / cpu_median['bare']:.2f}x")
    figures.add("startup: Qt's floor, a QMainWindow with a label, a field and a button", f"{text * 1000:.0f} ms",
                f"{text / bare:.2f}x bare, CPU {cpu_median['text'] / cpu_median['bare']:.2f}x; the app costs "
                f"{(app - text) * 1000:.0f} ms beyond it")
    figures.add("startup: gui.app.run without the CLI's imports", f"{direct * 1000:.0f} ms",
                f"{direct / bare:.2f}x bare; through the CLI it should cost no more")
    figures.row("gui_start", f"{app * 1000:.0f} ms", f"bare QMainWindow {bare * 1000:.0f} ms", f"{app / bare:.2f}x")
    assert app > 0 and bare > 0


@pytest.fixture(autouse=True)
def _offscreen() -> None:
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def test_unlock_to_a_usable_dashboard_at_100k(qtbot, vault_100k: BenchVault, figures: Figures,  # type: ignore[no-untyped-def]
                                              tmp_path) -> None:
    """From an unlocked vault to the main window with the Dashboard's recent figures shown, as after unlock: the
    Dashboard built (the other views are built when first shown), reads on the app's own worker threads (the KDF is
    the unlock itself, measured elsewhere)."""
    from contractor_app.gui.main_window import MainWindow
    from contractor_app.gui.settings import Settings
    from contractor_app.gui.tasks import TaskRunner
    from contractor_app.gui.timer.control import TimerControl

    vault = Vault.unlock(vault_100k.folder, PASSWORD)
    began = time.perf_counter()
    session = Session(vault, TaskRunner())
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(session, TimerControl(session, limit_hours=10), settings)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    built = time.perf_counter()
    qtbot.waitUntil(lambda: main.dashboard.data is not None, timeout=60_000)
    usable = time.perf_counter()
    qtbot.waitUntil(lambda: main.dashboard.data is not None and main.dashboard.data.complete, timeout=120_000)
    complete = time.perf_counter()
    figures.add(f"main window built over {N}", f"{(built - began) * 1000:.0f} ms",
                f"views built: {', '.join(main.built_views())}")
    figures.add("Dashboard usable (recent figures shown)", f"{(usable - began) * 1000:.0f} ms",
                f"all-time balances at {(complete - began) * 1000:.0f} ms")
    figures.row("dashboard", f"{(usable - began) * 1000:.0f} ms to usable; balances at "
                f"{(complete - began) * 1000:.0f} ms", "main window over an unlocked vault, real worker threads")
    main.close()
    vault.lock()
