"""Clock jumps (issue 16): a change recorded at a time behind the change before it means the computer's clock was
set back in between. The history stays intact (nothing failed), but that change is flagged by `verify`.

The clock is injected (store.audit.utc_now replaced), never the real one set back.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from contractor_app.store import audit

from ..conftest import Cli


class Clock:
    """A clock a test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    monkeypatch.setattr(audit, "utc_now", fake)
    return fake


def log(cli: Cli, day: str) -> None:
    result = cli("log", "--client", "Acme", "--start", f"{day}T09:00", "--end", f"{day}T12:00")
    assert result.code == 0, result.err


def test_a_clock_set_back_between_two_entries_flags_the_later_one(cli: Cli, clock: Clock) -> None:
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h", "--currency", "USD").code == 0
    log(cli, "2026-03-02")
    clock.now -= timedelta(days=2, hours=3)  # someone sets the computer's clock back
    log(cli, "2026-03-03")
    clock.now += timedelta(minutes=5)
    log(cli, "2026-03-04")  # still behind the first entry's time, but not behind the change before it

    result = cli("verify")

    assert result.code == 0, result.err  # not damage: the history is intact
    flagged = [line for line in result.out.splitlines() if line.startswith("CLOCK:")]
    assert flagged == [
        "CLOCK: change #6 (create entry #2) is recorded at 2026-02-28 15:00:00 UTC, 2 d 3 h before the change "
        "ahead of it (2026-03-02 18:00:00 UTC): the computer's clock was set back"
    ], result.out


def test_a_clock_that_only_moves_forward_flags_nothing(cli: Cli, clock: Clock) -> None:
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h", "--currency", "USD").code == 0
    log(cli, "2026-03-02")
    clock.now += timedelta(days=1)
    log(cli, "2026-03-03")

    result = cli("verify")

    assert result.code == 0 and "CLOCK" not in result.out, result.out
