"""Sample records for GUI tests and screenshots, from the shared builder (tests/sample.py): two platforms, one with
a very long name, and a few days of work. ``sample_vault`` builds one in place; tests that only read or change
their own copy use a template from the ``templates`` fixture instead (built once per session)."""

from __future__ import annotations

from pathlib import Path

from ..sample import ASSESSMENT_DAY, LONG_NAME, ZONES, SampleWork, afternoon_zone, build_vault

__all__ = ["ASSESSMENT_DAY", "LONG_NAME", "ZONES", "SampleWork", "afternoon_zone", "sample_vault"]


def sample_vault(folder: Path, *, zone: str | None = None, days: int = 12) -> str:
    """Create a vault with a profile, three clients and ``days`` days of entries; return the zone used."""
    zone = zone or afternoon_zone()
    build_vault(folder, SampleWork(days=days, zone=zone))
    return zone
