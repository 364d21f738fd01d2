"""Which spans of time overlap: the one rule behind the "overlap" flag on entries and the import summary.

A span is half-open, [start, end): two spans overlap when each starts before the other ends, so back-to-back work
(one entry ending at 10:00, the next starting at 10:00) does not overlap, and neither do two empty spans at the same
instant. Overlaps are allowed (a worker may work for two platforms at once); they are found so they can be flagged.
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable
from typing import Any, Protocol, TypeVar


class _Ordered(Protocol):
    """Anything with < and <= among its own kind: datetimes, ints (the import counts spans in seconds)."""

    def __lt__(self, other: Any, /) -> bool: ...
    def __le__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=Hashable)
T = TypeVar("T", bound=_Ordered)


def overlapping(spans: Iterable[tuple[K, T, T]]) -> dict[K, list[K]]:
    """Each key -> the keys of the other spans it overlaps (keys with no overlap are left out).

    ``spans`` are ``(key, start, end)`` in any order; keys must be distinct. One sort and one sweep, so the cost
    is n log n plus the number of overlapping pairs: a page of entries, or a whole imported file, stays fast.
    """
    # By start, then end: an empty span at an instant is seen (and dropped) before the spans starting there.
    ordered = sorted(spans, key=lambda span: (span[1], span[2]))
    found: dict[K, list[K]] = {}
    active: list[tuple[T, int, K]] = []  # heap of (end, order, key) of spans that may still overlap a later one
    for order, (key, start, end) in enumerate(ordered):
        while active and active[0][0] <= start:
            heapq.heappop(active)
        for _, _, other in active:
            found.setdefault(key, []).append(other)
            found.setdefault(other, []).append(key)
        heapq.heappush(active, (end, order, key))
    return found


def overlapping_keys(spans: Iterable[tuple[K, T, T]]) -> set[K]:
    """The keys of the spans that overlap at least one other: the same rule as :func:`overlapping`, in n log n
    however many pairs there are (an imported file may hold thousands of entries that all overlap)."""
    ordered = sorted(spans, key=lambda span: (span[1], span[2]))
    found: set[K] = set()
    latest: T | None = None  # the latest end among the spans before this one
    for index, (key, start, end) in enumerate(ordered):
        # The span ending latest before this one overlaps it if it is still open; the next span overlaps it if it
        # starts before this one ends (sorting by start, then end, makes both checks exact for empty spans too).
        if (latest is not None and start < latest) or (index + 1 < len(ordered) and ordered[index + 1][1] < end):
            found.add(key)
        if latest is None or latest < end:
            latest = end
    return found
