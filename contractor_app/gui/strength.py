"""A password strength estimate for the first-run and recovery forms: a score from 0 to 4 and a plain word.

A rough guess-count estimate (character pool, length, penalties for repeats, sequences and the worker's own
name); it guides, it does not promise. Two things it refuses (score 0): fewer than 8 characters, and the 10,000
commonest passwords (services.passwords, the same check as the command line's), saying which.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..services.passwords import is_common

MIN_PASSWORD_LENGTH = 8  # store.vault's rule; kept here so this module loads without the store (a test checks)

_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 refused (too short or too common), 1 weak, 2 fair, 3 strong, 4 very strong
    bits: float
    common: bool = False  # refused as one of the commonest passwords

    @property
    def acceptable(self) -> bool:
        return self.score >= 1


def assess(password: str, *, personal: tuple[str, ...] = ()) -> Strength:
    if len(password) < MIN_PASSWORD_LENGTH:
        return Strength(0, 0.0)
    if is_common(password):
        return Strength(0, 0.0, common=True)
    lowered = password.lower()
    pool = sum(size for pattern, size in ((r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[^a-zA-Z0-9]", 33))
               if re.search(pattern, password))
    effective = len(password)
    effective -= sum(len(run.group(0)) - 1 for run in re.finditer(r"(.)\1+", password))  # "aaaa" counts once
    for sequence in _SEQUENCES:
        for size in range(4, len(sequence) + 1):
            for i in range(len(sequence) - size + 1):
                if sequence[i:i + size] in lowered:
                    effective -= size - 2
                    break
            else:
                continue
            break
    bits = max(effective, 1) * math.log2(max(pool, 2))
    stripped = re.sub(r"[^a-z]", "", lowered)
    if (len(stripped) >= 4 and is_common(stripped)) or any(
            part and len(part) >= 3 and part.lower() in lowered for part in personal):
        bits = min(bits, 20.0)
    score = 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    return Strength(score, bits)
