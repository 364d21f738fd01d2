"""What a report can be, without making one: its kinds, paper sizes and languages.

For `report --help` and other lists of choices: this module does not load reportlab or the records, which
services.reports (making and checking a report) does. tests/reports/test_report_catalog.py keeps the paper names
equal to the layout's.
"""

from __future__ import annotations

from ..reports.kinds import REPORTS as REPORTS
from ..reports.kinds import ReportKind as ReportKind
from ..reports.language import LANGUAGES as LANGUAGES

PAPER_NAMES = ("a4", "letter")  # the keys of reports/layout.PAPERS, whose sizes need reportlab
