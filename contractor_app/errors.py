"""Errors a worker can cause or meet, each with a plain message and the CLI exit code it maps to.

Every layer raises these; the CLI prints ``str(error)`` as one line and exits with ``error.exit_code``,
and the GUI shows the same message in a dialog. Messages never contain keys, passwords or record contents.

A message with names in it ("There is already a client named 'Acme'") is raised with ``Error.said(template,
name=...)``: the CLI prints the English sentence as before, and the app translates the template and then puts the
names in (gui/error_messages.py), so the services need no Qt and the names stay as the worker wrote them. A field
that is itself fixed words with a name or number in them ("part {number} of {count}") is a ``Phrase``, translated
the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self


class Phrase(str):
    """Fixed English words with names or numbers in them, put into an error's field ("part {number} of {count}",
    "{entry!r} is a symbolic link"): it is its English (the CLI's), and the app translates ``template`` before
    putting ``fields`` in, so a message's parts are translated whole instead of glued from English pieces.

    It is a ``str`` so that a problem the store or the backup names with one ("page 12" in a list of problems)
    compares, prints and is written as its English wherever text goes, while the app can still say it in the
    worker's language (gui/error_messages.py)."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Self:
        phrase = super().__new__(cls, template.format(**fields))
        phrase.template, phrase.fields = template, fields
        return phrase


class LedgerError(Exception):
    """Base of every expected error. ``exit_code`` follows DESIGN.md section 6.

    ``template`` is the English message before its ``fields`` were put in (``str.format`` names, "" when the message
    was written whole); ``phrases`` names the fields that are themselves fixed English words ("header", "cut
    short"), which the app translates too, unlike names and numbers."""

    exit_code = 1
    template: str = ""
    fields: Mapping[str, Any] = {}
    phrases: frozenset[str] = frozenset()

    @classmethod
    def said(cls, template: str, /, *, phrases: tuple[str, ...] = (), **fields: Any) -> Self:
        """The error whose message is ``template`` with ``fields`` put in (``{name}``, ``{name!r}``); ``phrases``
        names the fields that are fixed English words, not names or numbers."""
        error = cls(template.format(**fields))
        error.template, error.fields, error.phrases = template, fields, frozenset(phrases)
        return error


class InvalidInput(LedgerError):
    """Bad input from the worker: nothing was written."""


class NotFound(InvalidInput):
    """A named client, engagement or entry does not exist."""


class PasswordUnavailable(InvalidInput):
    """No password could be read (no prompt, unreadable password file)."""


class WrongPassword(LedgerError):
    exit_code = 3

    def __init__(self, message: str = "Wrong password. Nothing was changed.") -> None:
        super().__init__(message)


class VaultMissing(LedgerError):
    """No vault in the data folder."""


class VaultLocked(LedgerError):
    """An operation needed the vault unlocked (after auto-lock or an explicit lock)."""

    def __init__(self, message: str = "Your records are locked. Unlock them first.") -> None:
        super().__init__(message)


class VaultBusy(LedgerError):
    """Another process holds the write lock for longer than the busy timeout."""

    def __init__(
        self, message: str = "Your records are busy in another window. Nothing was changed; try again."
    ) -> None:
        super().__init__(message)


class NewerVersion(LedgerError):
    """The vault or a file was made by a newer version of the app."""


class UnknownFormatVersion(NewerVersion):
    """A key file or backup header names a version or algorithm this app does not know.

    Those fields are checked only by a plain checksum, which anyone can recompute: "made by a newer version" cannot
    be told from "changed". So the message names both and the exit code is that of a file this app cannot trust
    (4), as for every other change to these files (docs/security.md, "Unknown versions"). The schema version, inside
    the authenticated database, stays a plain NewerVersion (exit 1).
    """

    exit_code = 4


class UpgradeFailed(LedgerError):
    """The schema upgrade failed and was rolled back: the records are as they were before."""


class VaultDamaged(LedgerError):
    """The key header, a database page or the file length is damaged or tampered with.

    ``what`` names the damaged part ("header", "page 12", "truncated file", ...).
    """

    exit_code = 4

    def __init__(self, what: str | Phrase, detail: str | Phrase = "") -> None:
        self.what = what
        self.template = "Your records file is damaged ({what})." + (" {detail}" if detail else "")
        self.fields, self.phrases = {"what": what, "detail": detail}, frozenset({"what", "detail"})
        super().__init__(self.template.format(**self.fields))


class VaultRolledBack(LedgerError):
    """The database is older than the key header says it should be: replaced by an older copy.

    ``problem`` says how it is older; the message is the command line's (the desktop app words its own advice).
    """

    exit_code = 4

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(f"Your records were replaced by an older copy ({problem}). Nothing was changed. Restore your "
                         "newest backup with `backup restore`, or run `verify` to see what differs.")


class ChecksFailed(LedgerError):
    """``verify`` found problems; the message lists how many."""

    exit_code = 4


class BackupDamaged(LedgerError):
    """A backup file is damaged, cut short or tampered with; nothing was restored from it.

    ``what`` names the damaged part ("header", "part 3 of 17", "cut short", ...).
    """

    exit_code = 4

    def __init__(self, what: str | Phrase, detail: str | Phrase = "") -> None:
        self.what = what
        self.template = ("This backup is damaged ({what})." + (" {detail}" if detail else "")
                         + " Nothing was restored or changed; use another backup.")
        self.fields, self.phrases = {"what": what, "detail": detail}, frozenset({"what", "detail"})
        super().__init__(self.template.format(**self.fields))


class BackupFailed(LedgerError):
    """A backup could not be written (folder missing or not writable, disk full); the records are unchanged."""
