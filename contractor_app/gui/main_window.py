"""The main window: menus with the UX.md shortcuts, a sidebar of views, and the status bar.

It composes the views and wires them together; the views do not know each other. Lock, quit and preferences are
announced as signals for the app controller, which owns the session's lifecycle.

Each view is built when it is first shown (or first asked for: ``main.pay``), and it loads its records as it is
built: unlocking builds and loads the Dashboard alone (issue 18: at 100k entries, building and loading all ten views
took seconds). A view not built yet has nothing to refresh when the records change; once built it follows every
change, as before. Until the Pay and Data & privacy views are built, the window counts their sidebar badges itself
(overdue invoices, access requests wanting a follow-up): two small reads, not the views' lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Generic, TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ..services.access_requests import needing_attention
from ..services.backups.listing import latest_backup_file
from ..services.backups.schedule import backup_folder, load_settings
from ..services.invoices import overdue_count
from ..services.vault import Vault
from ..services.verify import VerifyReport, verify_vault
from . import settings as opts
from .about import AboutDialog
from .backups import BackupsView
from .capture import EvidenceCapture
from .client_form import ClientDialog
from .clients import ClientsView
from .dashboard import DashboardView
from .dialogs import error_text, show_error
from .entries.view import EntriesView
from .evidence import EvidenceView
from .formatting import ago
from .icon_set import icon, icon_or_none, icon_size
from .icons import app_icon
from .palette_hook import show_problem, watch_palette
from .pay import PayView
from .pay.invoice_dialog import InvoiceDialog
from .pay.payment_dialog import PaymentDialog
from .privacy import PrivacyView
from .reports import ReportsView
from .session import ACCESS_REQUESTS, BACKUPS, CLIENTS, INVOICES, PAYMENTS, PROFILE, Session
from .settings import Settings
from .settings_view import SettingsView
from .timer.control import TimerControl
from .today.view import TodayView
from .view import View
from .widgets import heading

DEFAULT_SIZE = QSize(1280, 800)
BACKUP_WARNING_AFTER = timedelta(days=7)
BACKUP_REFRESH_MS = 10 * 60_000
# The sidebar's order (UX.md); Ctrl+1 … Ctrl+9 follow it. The dashboard is the landing view after unlock.
VIEW_KEYS = ("dashboard", "today", "entries", "pay", "clients", "privacy", "evidence", "reports", "backups",
             "settings")


W = TypeVar("W", bound=QWidget)


class _LazyView(Generic[W]):
    """``main.pay``: the view of that key, built on first use (MainWindow.view)."""

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, main: None, owner: type) -> _LazyView[W]: ...
    @overload
    def __get__(self, main: MainWindow, owner: type) -> W: ...
    def __get__(self, main: MainWindow | None, owner: type) -> _LazyView[W] | W:
        return self if main is None else cast(W, main.view(self.key))


def _overdue_invoices(vault: Vault, tz: str) -> int:
    return overdue_count(vault, tz=tz)


def _requests_needing_attention(vault: Vault) -> int:
    return len(needing_attention(vault))


# The sidebar badges the window counts itself while their view is not built: what changes them, and the read.
BADGE_CHANGES = {"pay": frozenset({INVOICES, PAYMENTS, CLIENTS, PROFILE}), "privacy": frozenset({ACCESS_REQUESTS})}


def _latest_backup(vault: Vault) -> tuple[datetime, Path] | None:
    return latest_backup_file(backup_folder(vault, load_settings(vault)), vault.vault_id)


def _scrolling(view: QWidget, title: str) -> QScrollArea:
    """A view in a frameless scroll area: on a small screen (1024x640) the window may be smaller than a view's
    minimum, and the view scrolls rather than forcing the window off the screen. The area takes focus (the keyboard
    scrolls it), so a screen reader names it for the view."""
    area = QScrollArea()
    area.setAccessibleName(title)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(view)
    return area


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    hidden_to_tray = Signal()
    preferences_requested = Signal()
    # Passed on from the Settings and Backups views once built, for the app controller.
    preferences_changed = Signal()
    restart_requested = Signal()
    restore_ready = Signal(object)

    dashboard = _LazyView[DashboardView]("dashboard")
    today = _LazyView[TodayView]("today")
    entries = _LazyView[EntriesView]("entries")
    pay = _LazyView[PayView]("pay")
    clients = _LazyView[ClientsView]("clients")
    privacy = _LazyView[PrivacyView]("privacy")
    evidence = _LazyView[EvidenceView]("evidence")
    reports = _LazyView[ReportsView]("reports")
    backups = _LazyView[BackupsView]("backups")
    preferences = _LazyView[SettingsView]("settings")
    # The view shown once the window is built: the Dashboard (UX.md). A test hook only: tests/gui/conftest.py's
    # unlock_copy lands on the view a test looks at (None: none until one is shown), without building the Dashboard.
    landing: str | None = "dashboard"

    def __init__(self, session: Session, timer: TimerControl, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.timer, self.settings = session, timer, settings
        self.close_to_tray = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Contractor Ledger"))
        self.setWindowIcon(app_icon())
        self.undo = QUndoStack(self)
        self._builders: dict[str, Callable[[], QWidget]] = {
            "dashboard": lambda: DashboardView(session, self.undo),
            "today": lambda: TodayView(session, timer, self.undo),
            "entries": lambda: EntriesView(session, self.undo, settings),
            "pay": lambda: PayView(session, self.undo, settings),
            "clients": lambda: ClientsView(session, self.undo),
            "privacy": lambda: PrivacyView(session, self.undo),
            "evidence": lambda: EvidenceView(session, self.undo),
            "reports": lambda: ReportsView(session, self.undo),
            "backups": lambda: BackupsView(session, self.undo),
            "settings": lambda: SettingsView(session, self.undo, settings),
        }
        self._built: dict[str, QWidget] = {}
        titles = {"dashboard": self.tr("Dashboard"), "today": self.tr("Today"), "entries": self.tr("Entries"),
                  "pay": self.tr("Pay"), "clients": self.tr("Clients"), "privacy": self.tr("Data && privacy"),
                  "evidence": self.tr("Evidence"), "reports": self.tr("Reports"), "backups": self.tr("Backups"),
                  "settings": self.tr("Settings")}
        self.titles: list[str] = [titles[key].replace("&&", "&") for key in VIEW_KEYS]
        self._badges: dict[int, str] = {}
        self._build_actions()
        self._build_menus()
        self._build_header()
        self._build_body()
        self._build_status()
        session.failed.connect(self.show_failure)
        session.locked.connect(self.undo.clear)
        session.changed.connect(self._records_changed)
        session.changed.connect(self._count_badges)
        timer.changed.connect(self._timer_changed)
        self._timer_changed(timer.state)
        geometry = settings.geometry("main")
        remembered = geometry is not None and self.restoreGeometry(geometry)
        if not remembered:
            self.resize(DEFAULT_SIZE)
        screen = self.screen()
        if screen is not None:
            self.fit_to(screen.availableGeometry(), centre=not remembered)
        if self.landing is not None:
            self.show_key(self.landing)
        self._count_badges(frozenset().union(*BADGE_CHANGES.values()))

    # --- building ---------------------------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] | None = None,
                slot: object = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if slot is not None:
            action.triggered.connect(slot)
        action.setObjectName(name)
        action.setIcon(icon_or_none(name))
        self.addAction(action)  # reachable by keyboard even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            action.setIcon(icon(name))
            self.addAction(action)
        self.new_entry_action = self._action(self.tr("&New entry…"), ["Ctrl+N"], self.new_entry, "newEntry")
        self.find_action = self._action(self.tr("&Find"), ["Ctrl+F"], self.find_entries, "find")
        self.delete_action = self._action(self.tr("&Delete selected entries"), [QKeySequence.StandardKey.Delete],
                                          lambda: self.entries.delete_selected(), "delete")
        self.delete_action.setEnabled(False)
        self.timer_action = self._action(self.tr("&Start timer"), ["Ctrl+T"], self.toggle_timer, "toggleTimer")
        self.capture = EvidenceCapture(self.session, self.timer, self)
        self.capture.kept.connect(lambda view: self.statusBar().showMessage(
            self.tr("Kept %1 as evidence, linked to the running work.").replace("%1", view.name), 10_000))
        self.capture_action = self._action(self.tr("&Capture evidence"), ["Ctrl+Shift+E"],
                                           lambda: self.capture.capture(), "captureEvidence")
        self.capture_region_action = self._action(self.tr("Capture a screen &region…"), [],
                                                  lambda: self.capture.capture(region=True), "captureRegion")
        self.lock_action = self._action(self.tr("&Lock"), ["Ctrl+L"], self.lock_requested, "lock")
        self.quit_action = self._action(self.tr("&Quit"), [QKeySequence.StandardKey.Quit], self.quit_requested,
                                        "quit")
        self.add_client_action = self._action(self.tr("Add &client…"), ["Ctrl+Shift+N"], self.add_client,
                                              "addClient")
        self.record_payment_action = self._action(self.tr("Record &payment…"), ["Ctrl+Shift+P"],
                                                  self.record_payment, "recordPayment")
        self.add_invoice_action = self._action(self.tr("Add &invoice…"), ["Ctrl+Shift+I"], self.add_invoice,
                                               "addInvoice")
        preferences = [QKeySequence("Ctrl+,")] + [key for key in QKeySequence.keyBindings(
            QKeySequence.StandardKey.Preferences) if key != QKeySequence("Ctrl+,")]
        self.preferences_action = self._action(self.tr("&Preferences…"), preferences, self.preferences_requested,
                                               "preferences")
        self.help_action = self._action(self.tr("&Keyboard shortcuts"), ["F1"], self.show_help, "help")
        self.about_action = self._action(self.tr("&About Contractor Ledger"), None, self.show_about, "about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it to the application menu
        # Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth (Settings); Reports also Ctrl+P (UX.md). "&" in a title is a
        # literal "&", not a mnemonic.
        self.view_actions = [
            self._action(title.replace("&", "&&"), [f"Ctrl+{number % 10}", *(["Ctrl+P"] if key == "reports"
                                                                              else [])],
                         lambda _=False, n=number - 1: self.show_view(n), f"view{number}")
            for number, (key, title) in enumerate(zip(VIEW_KEYS, self.titles, strict=True), start=1)
        ]
        for key, action in zip(VIEW_KEYS, self.view_actions, strict=True):
            action.setIcon(icon(key))  # the same icon as the view's entry in the sidebar

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (self.add_client_action, self.record_payment_action, self.add_invoice_action,
                       self.preferences_action, None, self.lock_action, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit = menus.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.new_entry_action, self.find_action,
                       self.delete_action):
            edit.addSeparator() if action is None else edit.addAction(action)
        timer_menu = menus.addMenu(self.tr("&Timer"))
        for action in (self.timer_action, self.capture_action, self.capture_region_action):
            timer_menu.addAction(action)
        view = menus.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view.addAction(action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _build_header(self) -> None:
        bar = QToolBar(self.tr("Header"))
        bar.setObjectName("header")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        title = heading(self.tr("Contractor Ledger"), 1.15)
        title.setContentsMargins(8, 0, 0, 0)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lock_button = QPushButton(self.tr("Lock  (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock your records"))
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        bar.addWidget(title)
        bar.addWidget(spacer)
        bar.addWidget(self.lock_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_body(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        # As wide as the longest view name in the worker's font (at 200% text "Data & privacy" was cut); a badge
        # ("Pay  ! 1 overdue") wraps onto the item's second line rather than being cut.
        metrics = self.sidebar.fontMetrics()
        self.sidebar.setIconSize(icon_size(metrics.height()))
        widest = (max(metrics.horizontalAdvance(title) for title in self.titles) + 4 * metrics.averageCharWidth()
                  + self.sidebar.iconSize().width())
        self.sidebar.setMinimumWidth(max(150, widest))
        self.sidebar.setMaximumWidth(max(240, widest * 3 // 2))
        self.sidebar.setWordWrap(True)
        # A ring in the highlight colour while it has the keyboard: some styles draw no focus at all on a list.
        watch_palette()  # the sidebar's sheet, and every other, follows dark mode (palette_hook.py)
        self.sidebar.setStyleSheet("QListWidget#sidebar { border: 2px solid transparent; }"
                                   "QListWidget#sidebar:focus { border: 2px solid palette(highlight); }")
        for key, title in zip(VIEW_KEYS, self.titles, strict=True):
            item = QListWidgetItem(icon(key), title)
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 4))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        for _ in VIEW_KEYS:
            self.stack.addWidget(QWidget())  # a placeholder until the view is built (MainWindow.view)
        self.sidebar.currentRowChanged.connect(self._view_changed)
        split = QSplitter()
        split.addWidget(self.sidebar)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([self.sidebar.minimumWidth() + 20, 1110])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)

    def _build_status(self) -> None:
        self.encrypted = QLabel(self.tr("Encrypted on this computer") + "  ·")
        self.encrypted.setToolTip(self.tr("Your records are encrypted with your password and stay on this "
                                          "computer; nothing is sent anywhere."))
        self.backup_label = QLabel()
        self.backup_label.setObjectName("lastBackup")
        self.check_label = QLabel()
        self.check_label.setObjectName("recordsCheck")
        status = self.statusBar()
        status.addWidget(self.encrypted)
        status.addWidget(self.backup_label)
        status.addWidget(QLabel("·"))
        status.addWidget(self.check_label)
        self._show_check(self.settings.get(opts.LAST_CHECK), None)
        self.last_backup: datetime | None = None
        self._backup_timer = QTimer(self, interval=BACKUP_REFRESH_MS, timeout=self.refresh_backup)  # type: ignore[call-arg]  # the stubs omit signals given as keywords
        self._backup_timer.start()
        self.refresh_backup()

    # --- views ------------------------------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view of ``key`` (one of VIEW_KEYS), built and wired on first use; building it loads its records."""
        built = self._built.get(key)
        if built is not None:
            return built
        view = self._built[key] = self._builders[key]()
        number = VIEW_KEYS.index(key)
        placeholder = self.stack.widget(number)
        assert placeholder is not None
        current = self.stack.currentIndex()
        self.stack.insertWidget(number, _scrolling(view, self.titles[number]))
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self._wire(key, view)
        return view

    def built_views(self) -> dict[str, QWidget]:
        """The views built so far, by key."""
        return dict(self._built)

    def _wire(self, key: str, view: QWidget) -> None:
        for item_view in view.findChildren(QAbstractItemView):
            item_view.setTabKeyNavigation(False)  # Tab leaves a table; arrow keys move within it
        view.failed.connect(self.show_failure)  # type: ignore[attr-defined]  # every view has a failed signal
        if isinstance(view, View):
            view.attention.connect(lambda text, v=view: self.set_badge(v, text))
            view.navigate.connect(self.show_key)
        if isinstance(view, TodayView):
            view.add_client_requested.connect(self.add_client)
        elif isinstance(view, EntriesView):
            view.selection_changed.connect(self._entries_selection)
        elif isinstance(view, SettingsView):
            view.preferences_changed.connect(self.preferences_changed)
            view.restart_requested.connect(self.restart_requested)
        elif isinstance(view, BackupsView):
            view.restore_ready.connect(self.restore_ready)

    def show_view(self, number: int) -> None:
        self.sidebar.setCurrentRow(number)

    def show_key(self, key: str) -> None:
        self.show_view(VIEW_KEYS.index(key))

    def index_of(self, view: QWidget) -> int:
        return next(VIEW_KEYS.index(key) for key, widget in self._built.items() if widget is view)

    def _view_changed(self, number: int) -> None:
        if number < 0:
            return
        self.view(VIEW_KEYS[number])
        self.stack.setCurrentIndex(number)
        self._entries_selection(self.entries.selected_count() if "entries" in self._built else 0)

    def set_badge(self, view: QWidget, text: str) -> None:
        """Show what needs attention beside the view's name in the sidebar ("Pay  ! 2 overdue")."""
        self._set_badge_at(self.index_of(view), text)

    def _set_badge_at(self, number: int, text: str) -> None:
        self._badges[number] = text
        self._show_title(number)

    def _show_title(self, number: int) -> None:
        title = self.titles[number]
        badge = self._badges.get(number, "")
        item = self.sidebar.item(number)
        item.setText(f"{title}  {badge}" if badge else title)
        item.setToolTip(badge)

    def _count_badges(self, kinds: frozenset[str]) -> None:
        """The Pay and Data & privacy badges, counted here while their views are not built (a built view keeps its
        own badge up to date). The Pay badge is the Pay view's own text, translated in its context."""
        if not self.session.is_open:
            return
        if "pay" not in self._built and kinds & BADGE_CHANGES["pay"]:
            self.session.fetch(_overdue_invoices, self.session.profile.timezone, on_error=lambda error: None,
                               on_result=lambda count: self._counted("pay", QCoreApplication.translate(
                                   "PayView", "! %1 overdue").replace("%1", str(count)) if count else ""))
        if "privacy" not in self._built and kinds & BADGE_CHANGES["privacy"]:
            self.session.fetch(_requests_needing_attention, on_error=lambda error: None,
                               on_result=lambda count: self._counted("privacy", f"! {count}" if count else ""))

    def _counted(self, key: str, badge: str) -> None:
        if key not in self._built:  # built meanwhile: the view's own badge stands
            self._set_badge_at(VIEW_KEYS.index(key), badge)

    def current_key(self) -> str:
        return VIEW_KEYS[self.stack.currentIndex()]

    def current_view(self) -> QWidget:
        return self.view(self.current_key())

    def _entries_selection(self, count: int) -> None:
        self.delete_action.setEnabled(count > 0 and self.current_key() == "entries")

    def _timer_changed(self, state: object) -> None:
        running = state is not None
        self.timer_action.setText(self.tr("&Stop timer") if running else self.tr("&Start timer"))
        self.timer_action.setIcon(icon("stopTimer" if running else "startTimer"))
        self._set_badge_at(VIEW_KEYS.index("today"), self.tr("•  timer running") if running else "")
        self.capture_action.setEnabled(running)
        self.capture_region_action.setEnabled(running)

    # --- actions ----------------------------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        if not self.timer.toggle():
            self.show_key("today")
            self.add_client()

    def new_entry(self) -> None:
        self.show_key("today")
        self.today.focus_quick_add()

    def find_entries(self) -> None:
        self.show_key("entries")
        self.entries.focus_search()

    def add_client(self) -> ClientDialog:
        dialog = ClientDialog(self.session, self)
        dialog.open()
        return dialog

    def record_payment(self) -> PaymentDialog:
        self.show_key("pay")
        return self.pay.record_payment()

    def add_invoice(self) -> InvoiceDialog:
        self.show_key("pay")
        return self.pay.add_invoice()

    def show_help(self) -> QMessageBox:
        rows = [(self.tr("Start or stop the timer"), "Ctrl+T"), (self.tr("New entry"), "Ctrl+N"),
                (self.tr("Find"), "Ctrl+F"), (self.tr("Undo"), "Ctrl+Z"), (self.tr("Redo"), "Ctrl+Shift+Z, Ctrl+Y"),
                (self.tr("Lock"), "Ctrl+L"), (self.tr("Switch views"), "Ctrl+1 … Ctrl+9, Ctrl+0"),
                (self.tr("Reports"), "Ctrl+P"),
                (self.tr("Add a client"), "Ctrl+Shift+N"), (self.tr("Delete selected entries"), "Del"),
                (self.tr("Help"), "F1")]
        table = "".join(f"<tr><td>{what}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>" for what, keys in rows)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"),
                          f"<table>{table}</table>", QMessageBox.StandardButton.Close, self)
        box.open()
        return box

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def show_failure(self, error: BaseException) -> None:
        show_error(self, error)

    # --- records check ----------------------------------------------------------------------------------------

    def check_records(self) -> None:
        """Run the records check off the UI thread, at most once a day (on unlock)."""
        today = self._today()
        if self.settings.get(opts.LAST_CHECK) == today:
            return
        self.check_label.setText(self.tr("records check running…"))
        self.session.fetch(verify_vault, on_result=self._checked,
                           on_error=lambda error: self._show_check("", error_text(error)))

    def _checked(self, report: VerifyReport) -> None:
        if report.ok:
            today = self._today()
            self.settings.set(opts.LAST_CHECK, today)
            self._show_check(today, None)
        else:
            self._show_check("", self.tr("%n problems found", "", len(report.problems)))

    def _today(self) -> str:
        return datetime.now(UTC).astimezone(self.session.profile.zone).date().isoformat()

    def _show_check(self, day: str, problem: str | None) -> None:
        if problem:
            self.check_label.setText("\u26a0 " + self.tr("records check: %1. Nothing was changed; run Verify "
                                                         "from the command line for details.").replace("%1", problem))
            show_problem(self.check_label, True)
        elif day:
            checked = date.fromisoformat(day)
            shown = QLocale().toString(QDate(checked.year, checked.month, checked.day), "d MMM")
            self.check_label.setText(self.tr("records check OK %1").replace("%1", shown))
            show_problem(self.check_label, False)
        else:
            self.check_label.setText("")

    # --- last backup ------------------------------------------------------------------------------------------

    def _records_changed(self, kinds: frozenset[str]) -> None:
        if BACKUPS in kinds:
            self.refresh_backup()  # a backup was just made or checked (the Backups view)

    def refresh_backup(self) -> None:
        """Find the newest backup off the UI thread (a listing of the backup folder), then show its age."""
        if self.session.is_open:
            self.session.fetch(_latest_backup, on_result=self._show_backup, on_error=lambda error: None)

    def _show_backup(self, latest: tuple[datetime, Path] | None, now: datetime | None = None) -> None:
        if latest is None:
            self.last_backup = None
            self.backup_label.setText(self.tr("no backup yet"))
            self.backup_label.setToolTip(self.tr("A backup is made automatically when you lock, once a day, if "
                                                 "your records changed."))
            show_problem(self.backup_label, False)
            return
        at, path = latest
        self.last_backup = at
        age = (now or datetime.now(UTC)) - at
        self.backup_label.setToolTip(self.tr("Your latest backup: %1").replace("%1", str(path)))
        if age > BACKUP_WARNING_AFTER:
            self.backup_label.setText("\u26a0 " + self.tr("last backup %1: back up soon").replace("%1", ago(age)))
            show_problem(self.backup_label, True)
        else:
            self.backup_label.setText(self.tr("last backup %1").replace("%1", ago(age)))
            show_problem(self.backup_label, False)

    # --- closing ----------------------------------------------------------------------------------------------

    def fit_to(self, area: QRect, *, centre: bool = True) -> None:
        """Keep the window within the screen's available area (a 1366x768 laptop cut the status bar off): no
        larger than it; centred, or where it was remembered if that still fits."""
        frame = self.frameGeometry().size() - self.geometry().size()  # the title bar, once there is one
        size = self.size().boundedTo(area.size() - frame)
        if size != self.size():
            self.resize(size)
        placed = QRect(self.pos(), size + frame)
        if centre or not area.contains(placed):
            placed.moveCenter(area.center())
            self.move(placed.topLeft())

    def save_state(self) -> None:
        self.settings.set_geometry("main", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.close_to_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
        else:
            event.accept()
            self.quit_requested.emit()

    def sizeHint(self) -> QSize:
        return DEFAULT_SIZE
