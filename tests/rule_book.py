"""Tests that read the rule book from somewhere else than resources/rules: one place that swaps services/rules.py's
``rule_file`` for the test's own and clears the shipped rules' cache on the way in and out, so no other test sees
the swapped book."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from contractor_app.services import rules as rule_service

RuleFile = Callable[[str], dict[str, Any]]


@contextmanager
def rules_read_by(rule_file: RuleFile) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rule_service, "rule_file", rule_file)
        rule_service._shipped.cache_clear()
        try:
            yield
        finally:
            rule_service._shipped.cache_clear()
