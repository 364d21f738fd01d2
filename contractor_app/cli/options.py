"""Argument types shared by subcommands: they turn text into checked values or raise InvalidInput."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from ..domain.money import parse_decimal
from ..domain.times import DateRange, parse_date
from ..errors import InvalidInput


def add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day, e.g. 2026-11-01")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day (inclusive)")


def period(args: argparse.Namespace) -> DateRange:
    return DateRange(
        parse_date(args.date_from) if args.date_from else None,
        parse_date(args.date_to) if args.date_to else None,
    )


def optional_date(text: str | None) -> date | None:
    return parse_date(text) if text else None


def non_negative(text: str | None, *, what: str, places: int) -> Decimal | None:
    if text is None:
        return None
    value = parse_decimal(text, what=what)
    if value < 0:
        raise InvalidInput(f"{what} {text!r} is negative.")
    if -value.as_tuple().exponent > places:  # type: ignore[operator]  # finite here, so the exponent is an int
        raise InvalidInput(f"{what} {text!r} has more than {places} decimal places.")
    return value


def minutes(text: str | None) -> int:
    value = non_negative(text, what="Break", places=0)
    return int(value) * 60 if value is not None else 0


def record_number(what: str = "record") -> Callable[[str], int]:
    """An argparse type for a record's number, as the lists show it ("12" or "#12")."""

    def number(text: str) -> int:
        if not text.lstrip("#").isdigit():
            raise argparse.ArgumentTypeError(f"{text!r} is not {'an' if what[0] in 'aeiou' else 'a'} {what} number")
        return int(text.lstrip("#"))

    return number


def system_language(language_for: Callable[[str], str]) -> str:
    """The language the worker chose for this terminal, as the C library reads it: the first of LC_ALL,
    LC_MESSAGES and LANG that is set, mapped to a report language by ``language_for``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return language_for(value)
    return "en"
