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


@contextmanager
def minimum_wages_changed(jurisdiction: str, **fields: object) -> Iterator[None]:
    """The shipped rule book with ``fields`` set on every minimum wage of ``jurisdiction`` (a source a test needs:
    a long URL, a copy of an official page). The files are read again at each call, so the change stays the test's."""
    shipped = rule_service.rule_file

    def rule_file(kind: str) -> dict[str, Any]:
        data = shipped(kind)
        if kind == "minimum_wage":
            for value in data["values"]:
                if value["jurisdiction"] == jurisdiction:
                    value.update(fields)
        return data

    with rules_read_by(rule_file):
        yield
