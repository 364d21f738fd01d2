"""The records check, as the CLI's `verify` and the desktop app run it; the check itself is store.verify's.

It lives in store/ because `backup verify` runs it on a restored copy and backup/ sits below services/.
"""

from __future__ import annotations

from ..store.verify import VerifyReport, evidence_problems, verify_vault

__all__ = ["VerifyReport", "evidence_problems", "verify_vault"]
