"""The paper-size preference: auto follows the jurisdiction; a fixed choice wins; bad values are refused."""

from __future__ import annotations

import pytest

from contractor_app.errors import InvalidInput
from contractor_app.services.report_settings import paper_preference, report_paper, set_paper_preference
from contractor_app.services.settings import read_setting


def test_auto_follows_the_jurisdiction_until_a_size_is_chosen(vault) -> None:  # type: ignore[no-untyped-def]
    assert paper_preference(vault) == "auto"
    assert (report_paper(vault, "US-CA"), report_paper(vault, "DE"), report_paper(vault, None)) == (
        "letter", "a4", "letter")
    set_paper_preference(vault, "a4")
    assert report_paper(vault, "US-CA") == "a4"


def test_a_bad_choice_is_refused_and_nothing_changes(vault) -> None:  # type: ignore[no-untyped-def]
    set_paper_preference(vault, "letter")
    with pytest.raises(InvalidInput, match="Paper size"):
        set_paper_preference(vault, "A3")
    assert read_setting(vault, "reports.paper") == "letter"
