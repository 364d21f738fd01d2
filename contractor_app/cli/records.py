"""What the record commands (`expense`, `distance`, `incident`, `dsar`, `data`, `evidence`) share: a command whose
ACTION picks the subcommand, the `list` subcommand and its output (a table, a hint when there is nothing yet, or
JSON), and the `delete` subcommand.

Cheap to import (argparse, json and the table printer), so each command still loads only its own service.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from .context import Context
from .options import add_period
from .output import table

Run = Callable[[Context, argparse.Namespace], int]
T = TypeVar("T")


def record_command(commands: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """The command ``name``, whose ACTIONs the caller adds to what is returned."""
    parser = commands.add_parser(name, help=help)
    return parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))


def add_list(actions: argparse._SubParsersAction, help: str, run: Run, *, client: bool = True,
             period: bool = False) -> argparse.ArgumentParser:
    """`list [--client NAME] [--from DATE --to DATE] [--format table|json]`."""
    listing = actions.add_parser("list", help=help)
    if client:
        listing.add_argument("--client")
    if period:
        add_period(listing)
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=run)
    return listing


def add_delete(actions: argparse._SubParsersAction, help: str, run: Run, number: Callable[[str], int]) -> None:
    """`delete ID`, ``number`` reading the record's number as the lists show it."""
    delete = actions.add_parser("delete", help=help)
    delete.add_argument("id", type=number, metavar="ID")
    delete.set_defaults(run=run)


def print_records(ctx: Context, args: argparse.Namespace, records: Sequence[T], *, json_format: Mapping[str, object],
                  key: str, as_json: Callable[[T], Any], empty: str, columns: Sequence[str],
                  row: Callable[[T], Sequence[object]]) -> None:
    """``records`` as `list --format` asks: JSON (``json_format`` and the records under ``key``), else a table with
    ``columns``, or ``empty`` (how to add the first one) when there are none."""
    if args.format == "json":
        json.dump({**json_format, key: [as_json(record) for record in records]}, ctx.out, ensure_ascii=False,
                  indent=1)
        ctx.out.write("\n")
    elif not records:
        ctx.print(empty)
    else:
        ctx.print(*table(columns, [row(record) for record in records]))
