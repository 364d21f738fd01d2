"""Watson (td-watson): its ``frames`` file, or the output of ``watson log --json``.

The frames file is a JSON list of ``[start, stop, project, id, tags, updated_at]`` with start and stop in whole
seconds since 1970 UTC. ``watson log --json`` gives objects ``{"id", "project", "start", "stop", "tags"}`` with
ISO times carrying the computer's offset. Both carry Watson's frame id, kept as the entry's source_ref, so the
same frame imported from either file is recognised. Watson has projects and tags but no clients. A folder
(Watson's own, holding ``frames``) is read as its frames file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .clock import from_epoch, parse_moment
from .reading import parse_json, read_text, records_list
from .records import EntryChecker, ParsedEntry, ParsedFile

FORMAT = "watson"


def parse(path: Path, tz: ZoneInfo) -> ParsedFile:
    if path.is_dir() and (path / "frames").is_file():
        path = path / "frames"
    records = records_list(path, parse_json(path, read_text(path)), "Watson frames")
    checker = EntryChecker(path)
    parsed = ParsedFile(FORMAT, path)
    for number, record in enumerate(records, start=1):
        where = f"record {number}"
        if isinstance(record, list):
            entry = _frame(checker, where, record)
        elif isinstance(record, dict):
            entry = _logged(checker, where, record, tz)
        else:
            raise checker.fail(where, None, "expected a frame (a list, or an object from `watson log --json`)")
        parsed.entries.append(entry)
    return parsed


def _frame(checker: EntryChecker, where: str, frame: list[Any]) -> ParsedEntry:
    if not 5 <= len(frame) <= 6:
        raise checker.fail(where, None, f"a frame has 6 items (start, stop, project, id, tags, updated_at), "
                                        f"this one has {len(frame)}")
    start, stop = from_epoch(frame[0]), from_epoch(frame[1])
    if start is None:
        raise checker.fail(where, "start", "expected whole seconds since 1970")
    if stop is None:
        raise checker.fail(where, "stop", "expected whole seconds since 1970")
    return _entry(checker, where, start, stop, project=frame[2], ref=frame[3], tags=frame[4])


def _logged(checker: EntryChecker, where: str, record: dict[str, Any], tz: ZoneInfo) -> ParsedEntry:
    moments = []
    for name in ("start", "stop"):
        text = record.get(name)
        moment = parse_moment(text, tz) if isinstance(text, str) else None
        if moment is None:
            raise checker.fail(where, name, "expected an ISO date and time such as 2024-03-11T09:00:00-05:00")
        moments.append(moment)
    return _entry(checker, where, moments[0], moments[1], project=record.get("project"), ref=record.get("id"),
                  tags=record.get("tags"))


def _entry(checker: EntryChecker, where: str, start: datetime, stop: datetime, *, project: object, ref: object,
           tags: object) -> ParsedEntry:
    checker.span(where, start, stop, start_field="start", end_field="stop")
    frame_id = checker.text(ref, where, "id")
    if frame_id is None:
        raise checker.fail(where, "id", "every Watson frame has an id")
    return ParsedEntry(where=where, start=start, end=stop, project=checker.text(project, where, "project"),
                       tags=checker.tags(tags, where, "tags"), ref=frame_id)
