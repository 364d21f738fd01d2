"""Timewarrior: the output of ``timew export``, or its database's ``data/YYYY-MM.data`` files.

``timew export`` gives a JSON list of ``{"id", "start", "end", "tags", "annotation"}`` with times like
``20240311T090000Z`` (UTC). A data file holds one interval per line::

    inc 20240311T090000Z - 20240311T103000Z # acme label "tag two" # "the annotation"

Tags containing spaces or quotes are double-quoted with ``\\"`` escapes; an annotation without tags is written
``# # "..."``; an interval without an end is still running and is skipped. Timewarrior's ids renumber as
intervals are added, but intervals never overlap, so the start time identifies an interval and is kept as the
source_ref (the same interval from an export and from a data file is recognised). Timewarrior has tags only:
no clients, no projects. PATH may be a data file, the ``data`` folder, or the database folder holding it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .reading import MAX_RECORDS, parse_json, read_text, records_list, text_lines
from .records import MAX_TEXT, EntryChecker, ParsedEntry, ParsedFile, Skipped, problem

FORMAT = "timewarrior"
_MONTH_FILE = re.compile(r"\d{4}-\d{2}\.data")
_STAMP = re.compile(r"\d{8}T\d{6}Z")
_TOKEN = re.compile(r'"((?:\\"|[^"])*?)"|(\S+)')  # a quoted token (with \" escapes), or a bare one


def parse(path: Path, tz: ZoneInfo) -> ParsedFile:
    """``tz`` is unused: Timewarrior writes UTC. It is accepted so every importer is called alike."""
    parsed = ParsedFile(FORMAT, path)
    if path.is_dir():
        for file in _data_files(path):
            _parse_data_file(file, read_text(file), parsed, named=True)
        return parsed
    text = read_text(path)
    if text.lstrip().startswith("["):
        _parse_export(path, text, parsed)
    else:
        _parse_data_file(path, text, parsed, named=False)
    return parsed


def _data_files(folder: Path) -> list[Path]:
    """The month files of a database or data folder, oldest first."""
    data = folder / "data" if (folder / "data").is_dir() else folder
    files = sorted(p for p in data.iterdir() if _MONTH_FILE.fullmatch(p.name) and p.is_file())
    if not files:
        raise problem(folder, "top level", None, "no Timewarrior data files (YYYY-MM.data) in this folder")
    return files


def _parse_export(path: Path, text: str, parsed: ParsedFile) -> None:
    checker = EntryChecker(path)
    for number, record in enumerate(records_list(path, parse_json(path, text), "intervals"), start=1):
        where = f"record {number}"
        if not isinstance(record, dict):
            raise checker.fail(where, None, "expected an interval object")
        start = _stamp(checker, where, "start", record.get("start"))
        if record.get("end") is None:
            parsed.skipped.append(Skipped(where, "still running (no end time)"))
            continue
        end = _stamp(checker, where, "end", record.get("end"))
        parsed.entries.append(_entry(checker, where, record["start"], start, end,
                                     checker.tags(record.get("tags"), where, "tags"),
                                     checker.text(record.get("annotation"), where, "annotation", limit=MAX_TEXT)))


def _parse_data_file(path: Path, text: str, parsed: ParsedFile, *, named: bool) -> None:
    checker = EntryChecker(path)
    for number, line in text_lines(path, text):  # capped: a file of a million empty lines is refused
        if not line.strip():
            continue
        where = f"{path.name} line {number}" if named else f"line {number}"
        if len(parsed.entries) + len(parsed.skipped) >= MAX_RECORDS:
            raise checker.fail(where, None, f"more than {MAX_RECORDS:,} intervals; import fewer months at once")
        tokens = _tokens(checker, where, line)
        if tokens[:1] != ["inc"] or len(tokens) < 2:
            raise checker.fail(where, None, "expected an interval line: inc START - END # tags")
        start = _stamp(checker, where, "start", tokens[1])
        rest = tokens[2:]
        if rest[:1] == ["-"]:
            if len(rest) < 2:
                raise checker.fail(where, "end", "missing after '-'")
            end: datetime | None = _stamp(checker, where, "end", rest[1])
            rest = rest[2:]
        else:
            end = None
        tags, annotation = _sections(checker, where, rest)
        if end is None:
            parsed.skipped.append(Skipped(where, "still running (no end time)"))
            continue
        parsed.entries.append(_entry(checker, where, tokens[1], start, end, tags, annotation))


def _sections(checker: EntryChecker, where: str, tokens: list[str]) -> tuple[tuple[str, ...], str | None]:
    """``# tag tag # "annotation"`` after the times."""
    if not tokens:
        return (), None
    if tokens[0] != "#":
        raise checker.fail(where, "tags", f"unexpected {tokens[0][:40]!r} before the '#' that starts the tags")
    if "#" in tokens[1:]:
        split = tokens[1:].index("#")
        tag_tokens, note_tokens = tokens[1:1 + split], tokens[2 + split:]
    else:
        tag_tokens, note_tokens = tokens[1:], []
    return (checker.tags(tag_tokens, where, "tags"),
            checker.text(" ".join(note_tokens), where, "annotation", limit=MAX_TEXT))


def _tokens(checker: EntryChecker, where: str, line: str) -> list[str]:
    """Split on spaces; a double-quoted token may hold spaces and \\" escapes."""
    tokens = []
    for match in _TOKEN.finditer(line):
        quoted, bare = match.groups()
        if bare is not None and bare.startswith('"'):
            raise checker.fail(where, None, "a quoted tag or annotation is not closed")
        tokens.append(quoted.replace('\\"', '"') if quoted is not None else bare)
    return tokens


def _stamp(checker: EntryChecker, where: str, field_name: str, value: Any) -> datetime:
    if not isinstance(value, str) or not _STAMP.fullmatch(value):
        raise checker.fail(where, field_name, "expected a UTC time like 20240311T090000Z")
    try:
        return datetime(int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[9:11]), int(value[11:13]),
                        int(value[13:15]), tzinfo=UTC)
    except ValueError:
        raise checker.fail(where, field_name, f"{value!r} is not a real date and time") from None


def _entry(checker: EntryChecker, where: str, stamp: str, start: datetime, end: datetime, tags: tuple[str, ...],
           annotation: str | None) -> ParsedEntry:
    checker.span(where, start, end, start_field="start", end_field="end")
    return ParsedEntry(where=where, start=start, end=end, tags=tags, description=annotation,
                       ref=stamp)  # the start as Timewarrior writes it: 20240311T090000Z
