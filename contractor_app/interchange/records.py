"""What every importer turns a file into: entries with exact UTC times, rows it skips, and errors that point.

Importers only read files; they never touch the vault. Each returns a ``ParsedFile`` so that the same preview,
client mapping and de-duplication (services/imports.py) serve every format. Every value read from a file is
checked here on the way in, because every file is treated as hostile: an error names the file, the line or
record, and the field, and always says that nothing was imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..errors import InvalidInput

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(minutes=5)  # as services/entries/ allows for clock drift
LONGEST_ENTRY = timedelta(days=31)  # longer is a file error (a forgotten timer for a month is not work)
MAX_TEXT = 10_000  # a note, as services/entries/ allows
MAX_NAME = 200  # client, project, tag and id


def problem(path: Path, where: str, field_name: str | None, message: str) -> InvalidInput:
    """The one error shape of every importer: file, line or record, field, what is wrong, nothing changed.

    One line whatever the file holds: a message may quote the file (the columns found), and a quoted cell may
    span lines."""
    place = f"{path.name}, {where}" + (f", field {field_name!r}" if field_name else "")
    return InvalidInput(" ".join(f"{place}: {message}. Nothing was imported.".splitlines()))


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One span of work as the file states it; times are aware UTC, whole seconds."""

    where: str  # "line 12", "record 3": for previews and errors
    start: datetime
    end: datetime
    client: str | None = None
    project: str | None = None
    tags: tuple[str, ...] = ()
    description: str | None = None
    ref: str | None = None  # the tool's own id for this entry, kept as source_ref
    details: tuple[tuple[str, str], ...] = ()  # other facts worth keeping in the note: ("task", "Review"), ...
    break_seconds: int = 0

    @property
    def seconds(self) -> int:
        return int((self.end - self.start).total_seconds()) - self.break_seconds


@dataclass(frozen=True, slots=True)
class Skipped:
    where: str
    reason: str


@dataclass
class ParsedFile:
    format: str
    path: Path
    entries: list[ParsedEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class EntryChecker:
    """Checks the values of one file's entries against the same limits, naming the place of any problem."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.latest = datetime.now(UTC) + FUTURE_TOLERANCE

    def fail(self, where: str, field_name: str | None, message: str) -> InvalidInput:
        return problem(self.path, where, field_name, message)

    def text(self, value: object, where: str, field_name: str, *, limit: int = MAX_NAME) -> str | None:
        """A trimmed string, or None when empty; refuses non-strings, NULs, unencodable text and overlong text."""
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(where, field_name, f"expected text, found {type(value).__name__}")
        cleaned = value.strip()
        if "\x00" in cleaned:
            raise self.fail(where, field_name, "contains a NUL character")
        try:
            cleaned.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(where, field_name, "contains characters that are not valid Unicode") from None
        if len(cleaned) > limit:
            raise self.fail(where, field_name, f"is longer than {limit} characters")
        return cleaned or None

    def tags(self, values: object, where: str, field_name: str) -> tuple[str, ...]:
        if values is None:
            return ()
        if not isinstance(values, list):
            raise self.fail(where, field_name, f"expected a list of tags, found {type(values).__name__}")
        tags = (self.text(value, where, field_name) for value in values)
        return tuple(tag for tag in tags if tag)

    def span(self, where: str, start: datetime, end: datetime, *, start_field: str, end_field: str) -> None:
        """Refuse times before 1970 or in the future, ends before starts, and entries longer than a month."""
        if start < EARLIEST:
            raise self.fail(where, start_field, f"{_show(start)} is before 1970")
        if end > self.latest:
            raise self.fail(where, end_field, f"{_show(end)} is in the future")
        if end < start:
            raise self.fail(where, end_field, f"the end {_show(end)} is before the start {_show(start)}")
        if end - start > LONGEST_ENTRY:
            raise self.fail(where, end_field, f"the entry lasts more than {LONGEST_ENTRY.days} days")


def _show(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
