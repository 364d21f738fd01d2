"""How times, days and exact numbers are stored, as plain functions: the column types (store/types.py) use them for
SQLAlchemy, and the plain-SQL reads (``Vault.querying``) use them on the values SQLite returns, so both read a
stored value the same way without SQLAlchemy loading for the second.

Times are whole seconds since the epoch in UTC; calendar days are 'YYYY-MM-DD' text; decimals are text, so no float
ever touches money.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal


def utc_seconds(value: datetime) -> int:
    """A time as stored: refused without a zone (a naive time would be read as the computer's)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return int(value.timestamp())


def utc_time(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def optional_time(value: int | None) -> datetime | None:
    return None if value is None else utc_time(value)


def optional_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def optional_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
