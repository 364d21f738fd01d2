"""The fast key derivation tests use, injected in the test's own process (the app has no switch for it).

Argon2id at 256 KiB and one iteration makes an unlock instant. Only code that imports this module gets it: the
environment cannot weaken a real vault. Subprocesses run the CLI through ``tests.launch``, which sets it first.
"""

from __future__ import annotations

from pathlib import Path

from contractor_app.store import crypto

FAST = crypto.KdfPolicy(memory_kib=256, lanes=1, min_iterations=1, max_iterations=1)
REAL = crypto.KdfPolicy()
REPO = Path(__file__).resolve().parent.parent  # the working directory (or PYTHONPATH) for tests.launch


def use_fast_kdf() -> None:
    crypto.POLICY = FAST
