"""Clockify's detailed report as CSV.

Columns: Project, Client, Description, Task (older exports: Activity), User, Group, Email, Tags, Billable,
Start Date, Start Time, End Date, End Time, Duration (h), Duration (decimal), Billable Rate (CUR), Billable
Amount (CUR). Only the four start and end cells are required. Dates follow the account's setting: US
(03/11/2024) or ISO (2024-03-11); times are 12-hour (01:26:00 PM) or 24-hour (13:26:00), local, without a zone.
The file has no entry ids, so re-imports are matched by start, end and engagement.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from .records import ParsedFile
from .sheet import Layout, parse_report

LAYOUT = Layout(format="clockify", start_date="Start Date", start_time="Start Time", end_date="End Date",
                end_time="End Time", duration=("Duration (h)",), task=("Task", "Activity"),
                amount_prefix="Billable Amount (")


def parse(path: Path, tz: ZoneInfo) -> ParsedFile:
    return parse_report(path, tz, LAYOUT)
