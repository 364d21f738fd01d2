"""An anonymous pay share (issue 19): it holds none of the worker's names, ids, notes or times, its figures are the
summary's within the rounding, and a group's summary of many shares counts each once, refuses tampered ones and
suppresses small cells."""

from __future__ import annotations

import json
import random
import re
import stat
import statistics
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from contractor_app.domain.share import (
    MIN_WORKERS,
    Share,
    ShareRow,
    bucket_hours,
    days_late_band,
    region_of,
    round_amount,
    round_rate,
)
from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.interchange.share_file import ShareRefused, decode, encode, new_share_id
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.services.profile import load_profile
from contractor_app.services.share import ShareChoices, build_share, describe, summarize_folder, write_share
from contractor_app.services.summary import summarize
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..sample import LONG_NAME, SampleWork, Templates

ZONE = "UTC"  # set by the fixture: the sample's zone

@pytest.fixture
def worker(data_dir: Path, templates: Templates) -> Iterator[Vault]:
    """Forty days of the sample's work up to today, in a zone where it is afternoon now, and one payment."""
    global ZONE
    with Vault.unlock(templates(SampleWork(days=40)).copy_to(data_dir), PASSWORD) as vault:
        ZONE = load_profile(vault).timezone
        record_payment(vault, NewPayment(client="Acme Labeling", received_on=_today() - timedelta(days=3),
                                         gross=Decimal("123.45"), fees=Decimal("2.50"), reference="PAY-7781",
                                         note="weekly payout for the street scenes batch"))
        yield vault


def _today() -> date:
    return datetime.now(UTC).astimezone(ZoneInfo(ZONE)).date()


def _period() -> DateRange:
    return DateRange(_today() - timedelta(days=40), _today())


def test_a_share_holds_no_name_id_note_or_time_of_the_records(worker: Vault) -> None:
    share = build_share(worker, period=_period(), tz=ZONE, choices=ShareChoices(categories={"TaskHive": "rating"}))
    text = encode(share).decode("ascii")
    secrets = ["Dana Rivera", "Acme Labeling", "Acme", "TaskHive", LONG_NAME, "Northwind", "street scenes",
               "query pairs", "batch", "recordings", "Image annotation", "Search relevance", "PAY-7781", "payout"]
    for entry in list_entries(worker, period=_period(), tz=ZONE):
        secrets += [entry.start.astimezone(UTC).isoformat()[:16], f"{entry.start:%Y-%m-%d}", f"{entry.start:%H:%M}"]
        if entry.note:
            secrets.append(entry.note)
    found = [secret for secret in secrets if secret.lower() in text.lower()]
    assert found == []
    document = json.loads(text)
    assert set(document["rows"][0]) >= {"month", "category", "hours"} and "client_id" not in document["rows"][0]
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", str(value)) for row in document["rows"] for value in row.values())
    assert {row["category"] for row in document["rows"]} == {"other", "rating"}


def test_a_share_names_a_platform_only_when_the_worker_chooses(worker: Vault) -> None:
    share = build_share(worker, period=_period(), tz=ZONE, choices=ShareChoices(named=frozenset({"TaskHive"})))
    assert {row.platform for row in share.rows} == {"TaskHive", None}
    assert "Acme" not in encode(share).decode("ascii")


def test_a_shares_figures_are_the_summarys_within_the_rounding(worker: Vault) -> None:
    share = build_share(worker, period=_period(), tz=ZONE, choices=ShareChoices())
    assert share.first_month == f"{_period().start:%Y-%m}" and share.last_month == f"{_today():%Y-%m}"
    for row in share.rows:
        year, month = map(int, row.month.split("-"))
        start = _period().start
        assert start is not None
        first = max(date(year, month, 1), start)
        following = (date(year, month, 28) + timedelta(days=4)).replace(day=1)
        result = summarize(worker, period=DateRange(first, min(following - timedelta(days=1), _today())), tz=ZONE)
        seconds = sum(item.worked_seconds for item in result.clients)
        paid = sum((item.paid.amount for item in result.clients), Decimal(0))
        earned = sum((item.earned.amount for item in result.clients), Decimal(0))
        assert abs(row.hours - Decimal(seconds) / 3600) <= Decimal("2.5")
        assert abs(row.paid - paid) <= Decimal("0.5")
        assert abs(row.earned - earned) <= (5 if earned >= 1000 else Decimal("0.5"))
        exact = paid * 3600 / seconds
        assert row.hourly_rate is not None
        assert abs(row.hourly_rate - exact) <= Decimal("0.125")
        unpaid = sum(item.unpaid_seconds for item in result.clients)
        assert abs(row.unpaid_percent - Decimal(unpaid) * 100 / seconds) <= Decimal("2.5")
        assert row.region == "US-CA"
    # Judged per workweek ending in the month (a month's first days may hold none): compared in the full months.
    assert any(row.minimum_wage == Decimal("16.50") or row.minimum_wage == Decimal("17.00") for row in share.rows)
    assert sum(row.paid for row in share.rows) == Decimal(123)
    assert sum(row.fees for row in share.rows) in (Decimal(2), Decimal(3))


def test_the_worker_reads_the_whole_share_in_plain_words_first(worker: Vault) -> None:
    share = build_share(worker, period=_period(), tz=ZONE, choices=ShareChoices())
    lines = describe(share)
    assert "no names" in lines[0] and len(lines) == len(share.rows) + 1
    assert all(f"about {row.hours} hours" in line for row, line in zip(share.rows, lines[1:], strict=True))


def test_a_share_is_written_for_its_owner_only(worker: Vault, tmp_path: Path) -> None:
    share = build_share(worker, period=_period(), tz=ZONE, choices=ShareChoices())
    path = tmp_path / "share.json"
    write_share(share, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert decode(path, path.read_bytes()) == share


def test_a_share_refuses_an_unknown_kind_of_work_and_an_open_period(worker: Vault) -> None:
    with pytest.raises(InvalidInput, match="not a kind of work"):
        build_share(worker, period=_period(), tz=ZONE, choices=ShareChoices(categories={"TaskHive": "spying"}))
    with pytest.raises(InvalidInput, match="first and last day"):
        build_share(worker, period=DateRange(None, _today()), tz=ZONE, choices=ShareChoices())


# --- the coarsening -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("seconds", "hours"), [(0, 0), (60, 5), (7 * 3600, 5), (7.5 * 3600, 10), (42 * 3600, 40),
                                                (43 * 3600, 45)])
def test_hours_are_counted_in_fives(seconds: float, hours: int) -> None:
    assert bucket_hours(int(seconds)) == hours


def test_amounts_rates_bands_and_regions_are_coarse() -> None:
    assert round_amount(Decimal("123.45")) == 123 and round_amount(Decimal("1234.56")) == 1230
    assert round_rate(Decimal("17.38")) == Decimal("17.50") and round_rate(Decimal("17.37")) == Decimal("17.25")
    assert [days_late_band(d) for d in (0, 1, 7, 8, 30, 31, 400)] == ["0", "1-7", "1-7", "8-30", "8-30", "31+", "31+"]
    assert region_of("US-CA-LA") == "US-CA" and region_of("PH") == "PH" and region_of(None) is None


# --- the group's side -----------------------------------------------------------------------------------------

LABELS = ("annotation", "rating", "transcription")
MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04")


def _row(label: str, month: str, rate: Decimal, *, below: bool, late: int) -> ShareRow:
    hours = 20
    return ShareRow(month=month, platform=None, category=label, region="US-CA", currency="USD", hours=hours,
                    unpaid_percent=10, earned=rate * hours, paid=rate * hours, fees=Decimal(0), hourly_rate=rate,
                    net_hourly_rate=rate, minimum_wage=Decimal("16.50"), below_minimum=below, late_payments=late,
                    short_payments=0, days_late="8-30" if late else "0")


def _simulated_shares() -> list[tuple[str, Share]]:
    """200 shares from 60 workers: workers 0-39 share each of four months, 40-59 two months, one share per month and
    each of a worker's own kind of work, so that a cell's workers are its shares. Workers 37-39 did moderation in
    April: a cell of 3 workers."""
    rng = random.Random(19)
    shares: list[tuple[str, Share]] = []
    for worker in range(60):
        for month in MONTHS if worker < 40 else MONTHS[:2]:
            label = "moderation" if worker >= 37 and month == "2026-04" and worker < 40 else LABELS[worker % 3]
            rate = Decimal(rng.randint(1000, 3000)) / 100
            row = _row(label, month, round_rate(rate), below=rate < Decimal("16.50"), late=rng.choice((0, 0, 1, 2)))
            shares.append((f"w{worker}-{month}", Share(new_share_id(), month, month, (row,))))
    return shares


def test_a_group_summary_of_200_shares_from_60_workers(tmp_path: Path) -> None:
    shares = _simulated_shares()
    assert len(shares) == 200
    folder = tmp_path / "shares"
    folder.mkdir()
    for name, share in shares:
        (folder / f"{name}.json").write_bytes(encode(share))
    # One worker's file saved twice (counted once), one tampered with (refused, the rest counted).
    (folder / "copy-of-w0.json").write_bytes((folder / "w0-2026-01.json").read_bytes())
    tampered = json.loads((folder / "w1-2026-01.json").read_bytes())
    tampered["rows"][0]["hourly_rate"] = "99.00"
    (folder / "w1-2026-01.json").write_text(json.dumps(tampered))
    (folder / "garbage.json").write_bytes(b"\x00\xff" * 40)

    result = summarize_folder(folder)

    assert result.counted == 199 and result.duplicates == 1
    assert [line.split(":")[0] for line in result.refused] == ["garbage.json", "w1-2026-01.json"]
    assert "changed after it was exported" in result.refused[1]
    expected: dict[tuple[str, str], list[ShareRow]] = {}
    for name, share in shares:
        if name != "w1-2026-01":
            expected.setdefault((share.rows[0].label, share.rows[0].month), []).append(share.rows[0])
    cells = {(cell.label, cell.month): cell for cell in result.cells}
    assert set(cells) == set(expected)
    for key, rows in expected.items():
        cell = cells[key]
        assert cell.workers == len(rows)
        if len(rows) < MIN_WORKERS:
            assert cell.suppressed and cell.median_rate is None
            continue
        rates = sorted(row.hourly_rate for row in rows if row.hourly_rate is not None)
        lower, median, upper = statistics.quantiles(rates, n=4, method="inclusive")
        assert (cell.lower_quartile, cell.median_rate, cell.upper_quartile) == (lower, median, upper)
        assert cell.median_rate == statistics.median(rates)
        assert cell.below_minimum_share == Decimal(sum(1 for row in rows if row.below_minimum)) / len(rows)
        assert cell.late_payments == sum(row.late_payments for row in rows)
        assert cell.workers_paid_late == sum(1 for row in rows if row.late_payments)
    assert cells[("moderation", "2026-04")].workers == 3 and cells[("moderation", "2026-04")].suppressed


def test_a_share_changed_by_its_reader_is_refused(tmp_path: Path) -> None:
    share = Share(new_share_id(), "2026-01", "2026-01", (_row("rating", "2026-01", Decimal("15.00"), below=True,
                                                               late=0),))
    data = encode(share)
    path = tmp_path / "s.json"
    assert decode(path, data) == share
    pretty = json.dumps(json.loads(data), indent=2).encode()
    assert decode(path, pretty) == share  # reformatting is not changing
    for old, new in ((b'"below_minimum":true', b'"below_minimum":false'), (b'"rating"', b'"writing"'),
                     (b'"hours":20', b'"hours":25')):
        with pytest.raises(ShareRefused, match="changed after it was exported"):
            decode(path, data.replace(old, new))
    for bad, why in ((b"[]", "not a pay share"), (b"{" * 100_000, "not valid JSON"), (b"x" * 600_000, "larger"),
                     (data.replace(b'"version":1', b'"version":2'), "version 2"),
                     (data.replace(b'"rows"', b'"rowz"'), "fields are not those")):
        with pytest.raises(ShareRefused, match=why):
            decode(path, bad)


def test_a_folder_with_no_readable_share_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{}")
    with pytest.raises(InvalidInput, match="No share could be read"):
        summarize_folder(tmp_path)
