"""Evidence in one key, the service side: a screen image kept while the timer runs is hashed, encrypted in the vault
and linked to the client and the running timer; stopping the timer links it to the logged entry."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.errors import InvalidInput
from contractor_app.services.capture import PNG_SIGNATURE, capture_evidence
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.timer import discard_timer, start_timer, stop_timer
from contractor_app.services.evidence import LinkedRecord, evidence_bytes, get_evidence
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

IMAGE = PNG_SIGNATURE + b"fake screen image MARKER-7f3a"


@pytest.fixture
def working(vault: Vault) -> Vault:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
    start_timer(vault, client="acme", tz="Europe/Paris", at=datetime.now(UTC) - timedelta(hours=1))
    return vault


def test_a_capture_is_kept_and_follows_the_timer_to_its_entry(working: Vault) -> None:
    at = datetime(2026, 3, 2, 14, 5, 9, tzinfo=UTC)
    kept = capture_evidence(working, IMAGE, at=at)
    assert (kept.name, kept.media_type, kept.sha256) == (
        "Screen 2026-03-02 15-05-09.png", "image/png", hashlib.sha256(IMAGE).hexdigest())
    assert kept.links == (LinkedRecord("client", 1, "Acme Labeling"), LinkedRecord("timer", 1, "the running timer"))
    assert evidence_bytes(working, kept.id) == IMAGE
    logged = stop_timer(working)
    assert get_evidence(working, kept.id).links == (LinkedRecord("client", 1, "Acme Labeling"),
                                                    LinkedRecord("entry", logged.entry.id, f"entry #{logged.entry.id}"))
    assert verify_vault(working).ok


def test_a_discarded_timer_leaves_the_capture_with_its_client(working: Vault) -> None:
    kept = capture_evidence(working, IMAGE)
    discard_timer(working)
    assert get_evidence(working, kept.id).links == (LinkedRecord("client", 1, "Acme Labeling"),)


def test_no_capture_without_a_running_timer_or_of_a_non_png(working: Vault) -> None:
    with pytest.raises(InvalidInput, match="not a PNG"):
        capture_evidence(working, b"GIF89a...")
    discard_timer(working)
    with pytest.raises(InvalidInput, match="while the timer runs"):
        capture_evidence(working, IMAGE)
