"""What every statement reader produces, and the careful reading they share.

A statement is hostile until checked: its size, row count, column count and every cell's length are capped
before any value is looked at, every row must have exactly the header's cells (a file cut short is refused, not
half-read), and every error names the file and the line and says that nothing was imported.

Amounts come in the locale of whoever downloaded the file: "1,234.56", "1.234,56", "1 234,56", "-3.20" or
"(3.20)". One file uses one decimal mark, decided from all of its amount cells at once, so that "1,234"
cannot be read as 1.234 in one row and 1234 in the next.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ...domain.currency import check_currency
from ...errors import InvalidInput
from ..reading import decode, read_bytes
from ..records import problem

MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000  # decades of one worker's payments; the bench reads 50,000
MAX_COLUMNS = 100  # PayPal's widest activity download has 41
MAX_CELL = 2_000
MAX_TEXT = 200  # names, e-mails, references kept from a line

# Why a statement line is not a payment from a client: the skip counts are reported under these names.
WITHDRAWAL, TRANSFER, REFUND, HOLD, CONVERSION, FEE, OUTGOING, NOT_COMPLETED = (
    "withdrawal", "transfer between own balances", "refund", "hold", "currency conversion", "fee",
    "other outgoing", "not completed")


@dataclass(frozen=True, slots=True)
class StatementPayment:
    """One incoming payment as the statement states it; ``fees`` are what the platform kept (>= 0)."""

    line: int
    transaction_id: str
    received_on: date
    gross: Decimal
    fees: Decimal
    currency: str
    payer_name: str | None = None
    payer_email: str | None = None
    reference: str | None = None
    converted_amount: Decimal | None = None  # the other side of a conversion
    converted_currency: str | None = None
    exchange_rate: Decimal | None = None  # 1 ``currency`` = rate ``converted_currency``
    period_from: date | None = None  # the work period it pays, when the statement says (Upwork hourly weeks)
    period_to: date | None = None

    @property
    def net(self) -> Decimal:
        return self.gross - self.fees


@dataclass(frozen=True, slots=True)
class Rate:
    """A conversion the statement shows: 1 ``from_currency`` = ``rate`` ``to_currency``."""

    on: date
    from_currency: str
    to_currency: str
    rate: Decimal
    transaction_id: str


@dataclass
class ParsedStatement:
    format: str
    path: Path
    payments: list[StatementPayment] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    rates: list[Rate] = field(default_factory=list)


def fail(path: Path, line: int | str, field_name: str | None, message: str) -> InvalidInput:
    return problem(path, f"line {line}" if isinstance(line, int) else line, field_name, message)


@dataclass
class Table:
    """A statement CSV: header and rows (line number, cells), every row exactly as wide as the header."""

    path: Path
    header: list[str]
    rows: list[tuple[int, list[str]]]

    def column(self, *names: str) -> int | None:
        wanted = {_norm(name) for name in names}
        return next((i for i, title in enumerate(self.header) if _norm(title) in wanted), None)

    def require(self, *names: str) -> int:
        index = self.column(*names)
        if index is None:
            found = ", ".join(self.header)[:300]
            raise fail(self.path, 1, None, f"no {names[0]!r} column, so this is not the expected layout (or its "
                                           f"header was changed). Columns found: {found}")
        return index


def read_table(path: Path) -> Table:
    """Read a capped, strict CSV whose first line is its header (comma, semicolon or tab separated)."""
    text = decode(path, read_bytes(path, limit=MAX_BYTES))
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    body: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            line = reader.line_num
            _check_width(path, line, row)
            if header is None:
                header = [cell.strip() for cell in row]
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise fail(path, line, None, f"{len(row)} cells but the header has {len(header)}; the file looks "
                                             "cut short or edited")
            if len(body) >= MAX_ROWS:
                raise fail(path, line, None, f"more than {MAX_ROWS:,} rows; split the statement")
            body.append((line, row))
    except csv.Error as error:
        raise fail(path, reader.line_num, None,
                   f"not readable as CSV ({error}); the file looks cut short or edited") from None
    if header is None or not any(header):
        raise fail(path, 1, None, "the file is empty")
    return Table(path, header, body)


def _check_width(path: Path, line: int, row: list[str]) -> None:
    if len(row) > MAX_COLUMNS:
        raise fail(path, line, None, f"more than {MAX_COLUMNS} columns")
    for cell in row:
        if len(cell) > MAX_CELL:
            raise fail(path, line, None, f"a cell longer than {MAX_CELL:,} characters")


def _norm(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").lower().split())


def cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None else ""


def text(path: Path, line: int, field_name: str, value: str) -> str | None:
    """A name, e-mail or reference kept from the statement: trimmed, bounded, printable."""
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise fail(path, line, field_name, f"longer than {MAX_TEXT} characters")
    if _CONTROL.search(value):
        raise fail(path, line, field_name, "contains control characters")
    return value or None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def currency(path: Path, line: int, field_name: str, value: str) -> str:
    try:
        return check_currency(value)
    except InvalidInput:
        raise fail(path, line, field_name, f"{value[:12]!r} is not a currency code") from None


# --- amounts ----------------------------------------------------------------------------------------------

_PLAIN_POINT = re.compile(r"-?\d{1,15}(\.\d{1,10})?")
_PLAIN_COMMA = re.compile(r"-?\d{1,15}(,\d{1,10})?")
# No payment comes near a trillion, and no currency pair near ten million to one: beyond these, the arithmetic on
# fees and conversions would leave Decimal's 28 digits (an InvalidOperation, not a clear refusal).
AMOUNT_CEILING = Decimal(10) ** 12
_RATE = re.compile(r"\d{1,8}(\.\d{1,12})?")
_RATE_RANGE = (Decimal("0.000000001"), Decimal(10) ** 7)
_AMOUNT = re.compile(r"[+-]?\(?[+-]?[\d.,' \u00a0\u202f]*\d\)?")
_COMMA_DECIMAL = re.compile(r",\d{1,2}\)?$")
_POINT_DECIMAL = re.compile(r"\.\d{1,2}\)?$|\.\d{3,}\)?$")


def decimal_comma(values: Iterable[str]) -> bool:
    """Whether this file writes 1.234,56 (decided once for the file): a comma before the last one or two
    digits in any amount, and no point in that place in any other."""
    comma = point = False
    for value in values:
        value = value.strip()
        if _COMMA_DECIMAL.search(value) and "." not in value[value.rfind(","):]:
            comma = True
        elif "." in value and _POINT_DECIMAL.search(value):
            point = True
    return comma and not point


def amount(path: Path, line: int, field_name: str, value: str, *, comma: bool, required: bool = True
           ) -> Decimal | None:
    """An amount in the file's locale; a sign or parentheses make it negative."""
    plain = (_PLAIN_COMMA if comma else _PLAIN_POINT).fullmatch(value)
    if plain:  # the common case, without thousands separators or symbols: no further cleaning
        number = Decimal(value.replace(",", ".") if comma else value)
        if abs(number) >= AMOUNT_CEILING:
            raise fail(path, line, field_name, f"{value[:30]!r} is not an amount (a trillion or more)")
        return number
    raw = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    for symbol in ("$", "€", "£", "US"):
        raw = raw.replace(symbol, "")
    if not raw:
        if required:
            raise fail(path, line, field_name, "is empty")
        return None
    if not _AMOUNT.fullmatch(raw) or len(raw) > 30:
        raise fail(path, line, field_name, f"{value[:30]!r} is not an amount")
    negative = raw.startswith("-") or raw.startswith("(") or raw.startswith("(-")
    digits = raw.strip("+-()")
    thousands, mark = (".", ",") if comma else (",", ".")
    digits = digits.replace(thousands, "").replace(mark, ".")
    try:
        number = Decimal(digits)
    except InvalidOperation:
        raise fail(path, line, field_name, f"{value[:30]!r} is not an amount") from None
    if digits.count(".") > 1 or not number.is_finite() or abs(number) >= AMOUNT_CEILING:
        raise fail(path, line, field_name, f"{value[:30]!r} is not an amount")
    return -number if negative else number


def rate(path: Path, line: int, field_name: str, value: str) -> Decimal | None:
    """An exchange rate: always written with a point by the platforms (1.0845), sometimes with a comma."""
    raw = value.strip().replace(",", ".")
    if not raw:
        return None
    if not _RATE.fullmatch(raw):  # plain digits: no exponent ("1e+308"), no sign
        raise fail(path, line, field_name, f"{value[:30]!r} is not an exchange rate")
    number = Decimal(raw)
    if not _RATE_RANGE[0] <= number <= _RATE_RANGE[1]:
        raise fail(path, line, field_name, f"{value[:30]!r} is not an exchange rate")
    return number


# --- dates --------------------------------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_MONTH_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")


def day_first(values: Iterable[str], default: bool) -> bool:
    """Whether numeric dates like 03/04/2026 are day first in this file: a first part over 12 says yes, a
    second part over 12 says no; neither says ``default``."""
    first = second = False
    for value in values:
        match = _NUMERIC_DATE.match(value.strip())
        if match and len(match.group(1)) <= 2:
            first |= int(match.group(1)) > 12
            second |= int(match.group(2)) > 12
    if first and second:
        return default  # contradictory; the row that does not fit is named by parse_date
    return True if first else False if second else default


def parse_date(path: Path, line: int, field_name: str, value: str, *, day_first: bool) -> date:
    raw = value.strip()
    match = _NUMERIC_DATE.match(raw)
    try:
        if match:
            a, b, c = match.groups()
            if len(a) == 4:
                return date(int(a), int(b), int(c))
            if len(c) != 4:
                raise ValueError
            return date(int(c), int(b), int(a)) if day_first else date(int(c), int(a), int(b))
        for pattern in _MONTH_FORMATS:
            try:
                return datetime.strptime(raw, pattern).date()
            except ValueError:
                continue
    except ValueError:
        pass
    raise fail(path, line, field_name, f"{raw[:30]!r} is not a date")
