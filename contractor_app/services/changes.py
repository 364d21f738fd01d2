"""Services announce what they change, so a face refreshes from the operation instead of guessing.

Each service that writes is marked ``@announces(kind, ...)`` with the kinds of record it may touch (recording a
payment touches payments and, through its link, invoices). The mark is kept on the function (``.changes``) and,
while an operation runs inside :func:`with_changes`, added to what that operation reports: a command that calls
several services (an undo that deletes and then puts back) reports them all, and one that fails reports nothing,
as nothing was changed. The CLI ignores all this; the GUI's session refreshes its views from it in one place.
This is the shape of Anki's ``OpChanges``, kept to kinds: a view refreshes what it shows of a kind.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

ENTRIES, TIMER, CLIENTS, PROFILE = "entries", "timer", "clients", "profile"
PAYMENTS, INVOICES, ADJUSTMENTS = "payments", "invoices", "adjustments"
EVIDENCE, DATA, INCIDENTS, BACKUPS, SETTINGS = "evidence", "data", "incidents", "backups", "settings"
EXPENSES = "expenses"  # expenses and distance: the costs taken off the net hourly rate
ANCHORS = "anchors"  # the daily anchors of the records, where each went, their time stamps
ACCESS_REQUESTS = "access_requests"  # data-access requests sent, their answers and extensions
KINDS = frozenset({ENTRIES, TIMER, CLIENTS, PROFILE, PAYMENTS, INVOICES, ADJUSTMENTS, EVIDENCE, DATA, INCIDENTS,
                   BACKUPS, SETTINGS, EXPENSES, ANCHORS, ACCESS_REQUESTS})

P = ParamSpec("P")
R = TypeVar("R")


class Changes(frozenset[str]):
    """The kinds of record an operation changed: a frozenset, so ``ENTRIES in changes`` and ``changes & {...}``
    read as they do for any set."""

    __slots__ = ()


NOTHING = Changes()
_seen: ContextVar[set[str] | None] = ContextVar("changes_seen", default=None)


def announces(*kinds: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a service as changing records of ``kinds``; it reports them each time it completes."""
    unknown = set(kinds) - KINDS
    if unknown or not kinds:
        raise ValueError(f"unknown change kinds {sorted(unknown)}" if unknown else "a service announces some kind")
    declared = Changes(kinds)

    def mark(service: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(service)
        def announcing(*args: P.args, **kwargs: P.kwargs) -> R:
            result = service(*args, **kwargs)
            seen = _seen.get()
            if seen is not None:
                seen.update(declared)
            return result

        announcing.changes = declared  # type: ignore[attr-defined]  # read by changes_of
        return announcing

    return mark


def changes_of(service: Callable[..., object]) -> Changes:
    """What ``service`` announces (NOTHING for one that is not marked: a read, or a change of no record)."""
    declared = getattr(service, "changes", NOTHING)
    return declared if isinstance(declared, Changes) else NOTHING


def with_changes(operation: Callable[[], R]) -> tuple[R, Changes]:
    """Run ``operation`` and return its result with what the services it called announced."""
    seen: set[str] = set()
    token = _seen.set(seen)
    try:
        result = operation()
    finally:
        _seen.reset(token)
    return result, Changes(seen)
