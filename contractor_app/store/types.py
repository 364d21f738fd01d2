"""Column types that keep money exact and times in UTC.

Times are whole seconds since the epoch in UTC (integers sort, index and subtract cheaply in SQL); the zone the
worker was in is stored in a separate column. Decimals are stored as text so no float ever touches money.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Integer, Text
from sqlalchemy.types import TypeDecorator

from .values import optional_date, optional_decimal, optional_time, utc_seconds


class UtcSeconds(TypeDecorator[datetime]):
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> int | None:
        return None if value is None else utc_seconds(value)

    def process_result_value(self, value: int | None, dialect: object) -> datetime | None:
        return optional_time(value)


class DecimalText(TypeDecorator[Decimal]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValueError("money and quantities must be finite Decimals")
        return str(value)

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return optional_decimal(value)


class IsoDate(TypeDecorator[date]):
    """A calendar day as 'YYYY-MM-DD' text (sorts correctly, reads plainly in exports)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: object) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: object) -> date | None:
        return optional_date(value)
