"""services.report_catalog: the choices `report --help` lists, kept equal to what making a report accepts."""

from __future__ import annotations

from contractor_app.reports.layout import PAPERS
from contractor_app.services import report_catalog, reports


def test_the_catalogs_choices_are_the_report_makers() -> None:
    assert report_catalog.PAPER_NAMES == tuple(PAPERS)
    assert report_catalog.REPORTS is reports.REPORTS
    assert report_catalog.LANGUAGES is reports.LANGUAGES
