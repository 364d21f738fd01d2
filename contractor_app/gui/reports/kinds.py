"""The report kinds as the worker meets them: a title and one line on when to use each, translated.

The kinds, their order, titles and which need a client come from the one registry (reports/kinds.py, read through
services.reports), shared with the command line and the PDF builder.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...services.reports import REPORTS


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


@dataclass(frozen=True, slots=True)
class KindInfo:
    kind: str
    title: str
    when: str
    needs_client: bool


def kinds() -> list[KindInfo]:
    return [KindInfo(kind.name, tr(kind.title), tr(kind.when), needs_client=kind.needs_client)
            for kind in REPORTS.values()]
