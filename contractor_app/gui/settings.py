"""The app's own preferences in QSettings, with typed defaults in one place (after Picard's options registry).

Only non-sensitive UI state lives here: window geometry, the last view, auto-lock and reminder preferences. Anything
about the worker's records stays in the encrypted vault.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QTime

VERSION = 1


class Option(NamedTuple):  # not a dataclass: the dataclasses module is not needed before the unlock window paints
    key: str
    default: Any


AUTO_LOCK_MINUTES = Option("security/auto_lock_minutes", 10)  # 0: never
TIMER_LIMIT_HOURS = Option("timer/forgotten_after_hours", 10)
REMINDER_ENABLED = Option("reminder/enabled", False)
REMINDER_TIME = Option("reminder/time", "17:00")
CLOSE_TO_TRAY_TOLD = Option("tray/close_to_tray_told", False)
CLEAN_EXIT = Option("session/clean_exit", True)
LAST_SEEN = Option("session/last_seen", "")  # for a crash: when the app last ran, to suggest a timer stop
LAST_CHECK = Option("records/last_check", "")  # ISO date of the last records check that passed
LAST_REMINDED = Option("reminder/last_day", "")
ENTRIES_ORDER = Option("entries/order", "date")  # the column the Entries table is sorted by (EntryQuery.order)
ENTRIES_DESCENDING = Option("entries/descending", True)
PAY_PERIOD = Option("pay/period", "all")  # the Pay view's period; all time shows whatever is still owed
LANGUAGE = Option("ui/language", "")  # "": this computer's language; else a key of LANGUAGES. Read once at start
# Each language in its own words: someone who cannot read the current one still finds theirs.
LANGUAGES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)", "fr": "Français", "fil": "Filipino"}
# Translations no native speaker has reviewed yet: Help → About names them. All were written without one (fil, fr and
# pt_BR by a helper in one session). Remove a code once a native speaker has read the whole catalogue in the app.
UNREVIEWED = ("es", "pt_BR", "fr", "fil")


class Settings:
    """Typed access to QSettings. Tests pass a QSettings on an ini file in a temporary folder."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()
        if int(self._store.value("version", 0)) < VERSION:  # type: ignore[call-overload]  # value() is typed object
            self._store.setValue("version", VERSION)  # later versions upgrade older keys here

    def get(self, option: Option) -> Any:
        value = self._store.value(option.key, option.default)
        if isinstance(option.default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(option.default, int):
            try:
                return int(value)  # type: ignore[call-overload]  # value() is typed object; bad text is caught
            except (TypeError, ValueError):
                return option.default
        return value if value is not None else option.default

    def set(self, option: Option, value: Any) -> None:
        self._store.setValue(option.key, value)

    def reminder_time(self) -> QTime:
        parsed = QTime.fromString(str(self.get(REMINDER_TIME)), "HH:mm")
        return parsed if parsed.isValid() else QTime(17, 0)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._store.value(f"window/{name}_geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"window/{name}_geometry", value)

    def sync(self) -> None:
        self._store.sync()
