"""What the desktop app may write about an unexpected error: its type and its frames, never its message.

A message can quote records (a driver error carries the SQL parameters, a ValueError the text it could not parse),
and stderr of a desktop app ends up in the session's journal, readable long after the vault is locked. The type
and the frames (file, line, function, the source line) are enough to find the bug.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

_CHAIN_LIMIT = 8  # causes and contexts followed; a longer chain is cut, never looped


def describe(kind: type[BaseException], error: BaseException | None, tb: TracebackType | None) -> str:
    """A traceback without any exception message: 'Traceback ... KindName' per exception in the chain."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    current_kind: type[BaseException] = kind
    current_tb = tb
    while True:
        lines = ["Traceback (most recent call last, messages withheld: they may quote records):"]
        for frame in traceback.extract_tb(current_tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(f"{current_kind.__module__}.{current_kind.__qualname__}")
        parts.append("\n".join(lines))
        if current is None:
            break
        seen.add(id(current))
        following = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if following is None or id(following) in seen or len(parts) >= _CHAIN_LIMIT:
            break
        parts.append("caused by:" if current.__cause__ is not None else "while handling:")
        current, current_kind, current_tb = following, type(following), following.__traceback__
    parts.reverse()  # as Python prints a chain: the first cause on top
    return "\n".join(parts)


def log_unexpected(log: logging.Logger, error: BaseException, what: str = "unexpected error") -> None:
    """Log ``error`` as type and frames only (never ``exc_info``: every handler would print the message)."""
    log.error("%s:\n%s", what, describe(type(error), error, error.__traceback__))
