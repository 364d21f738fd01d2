"""A password strength estimate for the first-run and recovery forms: a score from 0 to 4 and a plain word.

A rough guess-count estimate (character pool, length, penalties for repeats, sequences, common passwords and the
worker's own name); it guides, it does not promise. The vault itself requires at least 8 characters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_PASSWORD_LENGTH = 8  # store.vault's rule; kept here so this module loads without the store (a test checks)

COMMON = {
    "password", "passw0rd", "123456", "12345678", "123456789", "1234567890", "qwerty", "qwertyuiop", "letmein",
    "iloveyou", "admin", "welcome", "monkey", "dragon", "football", "baseball", "abc123", "111111", "sunshine",
    "princess", "trustno1", "master", "shadow", "superman", "starwars", "whatever", "freedom", "login",
}
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 too short, 1 weak, 2 fair, 3 strong, 4 very strong
    bits: float

    @property
    def acceptable(self) -> bool:
        return self.score >= 1


def assess(password: str, *, personal: tuple[str, ...] = ()) -> Strength:
    if len(password) < MIN_PASSWORD_LENGTH:
        return Strength(0, 0.0)
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
    if lowered in COMMON or stripped in COMMON or any(
            part and len(part) >= 3 and part.lower() in lowered for part in personal):
        bits = min(bits, 20.0)
    score = 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    return Strength(score, bits)
