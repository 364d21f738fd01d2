"""The rule files: every value has a jurisdiction, an effective date and a source, in a well-formed file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contractor_app.domain.jurisdiction import check_jurisdiction
from contractor_app.services.rules import RULE_FILES, rule_file


@pytest.mark.parametrize("kind", RULE_FILES)
def test_every_rule_value_has_a_source_and_an_effective_date(kind: str) -> None:
    values = rule_file(kind)["values"]
    assert values
    for value in values:
        assert check_jurisdiction(value["jurisdiction"]) == value["jurisdiction"]
        assert date.fromisoformat(value["effective_from"]) <= date(2027, 1, 1)
        assert value["source"].startswith("https://"), value
    keys = [(v["jurisdiction"], v["effective_from"]) for v in values]
    assert len(keys) == len(set(keys)), "two values for one jurisdiction and day"


def test_minimum_wages_are_positive_decimal_strings_in_a_known_currency() -> None:
    for value in rule_file("minimum_wage")["values"]:
        assert isinstance(value["amount"], str) and Decimal(value["amount"]) > 0
        assert value["currency"] in {"USD", "GBP", "EUR", "CAD"}
        assert isinstance(value.get("confirmed"), bool)
