"""The workday a law counts in: the jurisdiction's local midnight, or a start the worker records per client.

California's daily overtime and 7th-day rules count hours per workday, and a workday is the employer's: by
default midnight to midnight where the work is done (Labor Code 500(a): "any consecutive 24-hour period
commencing at the same time each calendar day"), not in the worker's own zone. So a law's days and workweeks
are reckoned in the zone of the client's jurisdiction, split at the client's workday start when the worker has
recorded one. A jurisdiction whose zone is not known here (a country spanning several zones, say) falls back
to the worker's zone, and the explanation says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from zoneinfo import ZoneInfo

from .rules import chain

# The zone of each jurisdiction with one civil time (the most specific code in the chain wins).
ZONES: dict[str, str] = {
    "US-AL": "America/Chicago", "US-AK": "America/Anchorage", "US-AZ": "America/Phoenix",
    "US-AR": "America/Chicago", "US-CA": "America/Los_Angeles", "US-CO": "America/Denver",
    "US-CT": "America/New_York", "US-DC": "America/New_York", "US-DE": "America/New_York",
    "US-GA": "America/New_York", "US-HI": "Pacific/Honolulu", "US-IL": "America/Chicago",
    "US-IA": "America/Chicago", "US-LA": "America/Chicago", "US-ME": "America/New_York",
    "US-MD": "America/New_York", "US-MA": "America/New_York", "US-MN": "America/Chicago",
    "US-MS": "America/Chicago", "US-MO": "America/Chicago", "US-MT": "America/Denver",
    "US-NV": "America/Los_Angeles", "US-NH": "America/New_York", "US-NJ": "America/New_York",
    "US-NM": "America/Denver", "US-NY": "America/New_York", "US-NC": "America/New_York",
    "US-OH": "America/New_York", "US-OK": "America/Chicago", "US-PA": "America/New_York",
    "US-RI": "America/New_York", "US-SC": "America/New_York", "US-UT": "America/Denver",
    "US-VT": "America/New_York", "US-VA": "America/New_York", "US-WA": "America/Los_Angeles",
    "US-WV": "America/New_York", "US-WI": "America/Chicago", "US-WY": "America/Denver",
    "US-PR": "America/Puerto_Rico",
    "CA-ON": "America/Toronto", "CA-QC": "America/Toronto", "CA-BC": "America/Vancouver",
    "CA-AB": "America/Edmonton", "CA-MB": "America/Winnipeg", "CA-SK": "America/Regina",
    "CA-NS": "America/Halifax", "CA-NB": "America/Moncton", "CA-NL": "America/St_Johns",
    "CA-PE": "America/Halifax",
    "GB": "Europe/London", "IE": "Europe/Dublin", "DE": "Europe/Berlin", "FR": "Europe/Paris",
    "ES": "Europe/Madrid", "IT": "Europe/Rome", "NL": "Europe/Amsterdam", "BE": "Europe/Brussels",
    "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "AT": "Europe/Vienna", "GR": "Europe/Athens",
    "RO": "Europe/Bucharest", "PH": "Asia/Manila", "IN": "Asia/Kolkata", "KE": "Africa/Nairobi",
    "NG": "Africa/Lagos", "CO": "America/Bogota", "AR": "America/Argentina/Buenos_Aires",
    "VE": "America/Caracas", "PK": "Asia/Karachi", "BD": "Asia/Dhaka", "EG": "Africa/Cairo",
}


@dataclass(frozen=True, slots=True)
class Workday:
    """Where and when a law's day begins."""

    zone: ZoneInfo
    start: time  # the workday's first moment, local to ``zone``
    from_jurisdiction: bool  # False: the jurisdiction's zone is unknown, the worker's own zone is used

    def describe(self) -> str:
        where = self.zone.key if self.from_jurisdiction else f"{self.zone.key} (your zone: the law's is not known)"
        return f"workdays start at {self.start.strftime('%H:%M')} {where}"


def zone_of(jurisdiction: str | None) -> ZoneInfo | None:
    for code in chain(jurisdiction) if jurisdiction else ():
        if code in ZONES:
            return ZoneInfo(ZONES[code])
    return None


def law_workday(jurisdiction: str | None, start_minutes: int | None, worker_zone: ZoneInfo) -> Workday:
    """The workday of ``jurisdiction``: its zone's midnight, or ``start_minutes`` after midnight when recorded."""
    found = zone_of(jurisdiction)
    start = time(0) if start_minutes is None else time(start_minutes // 60, start_minutes % 60)
    return Workday(zone=found or worker_zone, start=start, from_jurisdiction=found is not None)
