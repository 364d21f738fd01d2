"""Money as an exact Decimal amount with its currency; never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..errors import InvalidInput
from .currency import check_currency, minor_units

# Rates (per hour, per task) may be finer than a currency's minor unit: USD 0.125 per task is a real rate.
RATE_EXTRA_DIGITS = 2


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def rounded(self) -> Money:
        """Round half-up to the currency's minor unit, as pay is paid."""
        return Money(round_minor(self.amount, minor_unit(self.currency)), self.currency)

    def __str__(self) -> str:
        return f"{self.currency} {self.rounded().amount:,}"


def minor_unit(currency: str) -> Decimal:
    """The smallest amount of ``currency`` (0.01 for USD, 1 for JPY): what amounts are rounded to."""
    return Decimal(1).scaleb(-minor_units(currency))


def round_minor(amount: Decimal, unit: Decimal) -> Decimal:
    """``amount`` rounded half-up to ``unit`` (``minor_unit``): ``Money.rounded`` for a plain amount, for sums of
    thousands of days that need not build two Money values and look the currency up for each."""
    return amount.quantize(unit, rounding=ROUND_HALF_UP)


def parse_decimal(text: str, *, what: str) -> Decimal:
    """Parse a plain decimal number ("12", "12.50"); reject NaN, infinity, exponents and thousands separators."""
    cleaned = text.strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInput.said("{what} {text!r} is not a number.", what=what, text=text,
                                phrases=("what",)) from None
    if not value.is_finite() or "e" in cleaned.lower():
        raise InvalidInput.said("{what} {text!r} is not a plain number.", what=what, text=text,
                                phrases=("what",))
    return value


def parse_amount(text: str, currency: str, *, what: str = "Amount", extra_digits: int = 0) -> Money:
    """Parse a non-negative amount in ``currency``, no finer than its minor unit (+ ``extra_digits``)."""
    return checked_amount(parse_decimal(text, what=what), currency, what=what, extra_digits=extra_digits)


def checked_amount(value: Decimal, currency: str, *, what: str = "Amount", extra_digits: int = 0) -> Money:
    """``value`` as Money if it is non-negative and no finer than the currency's minor unit (+ ``extra_digits``)."""
    code = check_currency(currency)
    if value < 0:
        raise InvalidInput.said("{what} {value} is negative; amounts are recorded as positive numbers.", what=what,
                                value=value, phrases=("what",))
    allowed = minor_units(code) + extra_digits
    if -value.as_tuple().exponent > allowed:  # type: ignore[operator]  # finite here, so the exponent is an int
        raise InvalidInput.said("{what} {value} has more than {allowed} decimal places for {code}.", what=what,
                                value=value, allowed=allowed, code=code, phrases=("what",))
    return Money(value, code)
