"""Toggl Track's detailed report as CSV.

Columns: User, Email, Client, Project, Task, Description, Billable, Start date, Start time, End date, End time,
Duration, Tags, and optionally "Amount (USD)" (any currency). Toggl writes it with a UTF-8 byte-order mark, local
wall-clock times without a zone (24-hour, with seconds), and tags joined by ", ". The file has no entry ids, so
re-imports are matched by start, end and engagement.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from .records import ParsedFile
from .sheet import Layout, parse_report

LAYOUT = Layout(format="toggl", start_date="Start date", start_time="Start time", end_date="End date",
                end_time="End time", duration=("Duration",), task=("Task",), amount_prefix="Amount (")


def parse(path: Path, tz: ZoneInfo) -> ParsedFile:
    return parse_report(path, tz, LAYOUT)
