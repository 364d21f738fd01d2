"""Evidence in one key: a screen image taken while the timer runs, kept as evidence (hashed and encrypted in the
vault like any other file) and linked to the client and the running timer; stopping the timer turns the timer link
into a link to the entry it logs (services.entries.timer). The image arrives as PNG bytes made in memory by the
desktop app; it is never written to disk here, so nothing unencrypted is left on the way."""

from __future__ import annotations

from datetime import UTC, datetime

from ..domain.times import zone
from ..errors import InvalidInput
from ..store.vault import Vault
from .changes import EVIDENCE, announces
from .entries.timer import timer_status
from .evidence import EvidenceRow, add_evidence

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@announces(EVIDENCE)
def capture_evidence(vault: Vault, png: bytes, *, at: datetime | None = None) -> EvidenceRow:
    """Keep ``png`` (a screen image) as evidence of the work the running timer measures."""
    running = timer_status(vault)
    if running is None:
        raise InvalidInput("Capture evidence works while the timer runs; start the timer first.")
    if not png.startswith(PNG_SIGNATURE):
        raise InvalidInput("The screen image is not a PNG image; nothing was kept.")
    local = (at or datetime.now(UTC)).astimezone(zone(running.tz))
    return add_evidence(vault, png, name=f"Screen {local:%Y-%m-%d %H-%M-%S}.png", media_type="image/png",
                        note=f"Captured at {local:%Y-%m-%d %H:%M:%S %Z} while the timer ran for {running.client}.",
                        links=[("client", running.client), ("timer", 1)])
