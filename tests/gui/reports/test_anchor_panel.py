"""The Reports view's "Anchor your records" panel: today's anchor shown, e-mailed through a mailto: link, copied
and printed, and where each went listed and recorded (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from contractor_app.gui.controller import Ledger
from contractor_app.gui.reports import ReportsView
from contractor_app.services.anchors import import_timestamp, list_anchors
from contractor_app.services.entries import NewEntry, log_work
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ...tsa import TestAuthority
from ..conftest import unlock_copy
from ..sample import sample_vault


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("anchors") / "records"
    sample_vault(folder, days=2)
    return folder


@pytest.fixture
def view(ledger: Ledger, template: Path, data_dir: Path) -> ReportsView:
    main = unlock_copy(ledger, template, data_dir, "reports")
    return main.reports


def test_the_anchor_is_emailed_copied_and_printed_and_each_is_recorded(  # type: ignore[no-untyped-def]
        qtbot, view: ReportsView, ledger: Ledger, data_dir: Path, tmp_path: Path) -> None:
    panel = view.anchors
    assert panel.anchor is not None  # made when the view was shown
    anchor = panel.anchor
    assert anchor.code in panel.code.text() and panel.email_button.isEnabled()
    assert panel.history.text() == f"{anchor.code}: not sent yet"
    opened: list[QUrl] = []
    printed: list[str] = []
    panel.open_url = lambda url: opened.append(url) or True
    panel.print_text = lambda parent, text: printed.append(text) or True

    panel.recipient.setText("union@example.org")
    qtbot.mouseClick(panel.email_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)

    (url,) = opened
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto" and unquote(parts.path) == "union@example.org"
    assert parse_qs(parts.query)["body"][0].startswith(anchor.text)
    assert QGuiApplication.clipboard().text() == anchor.text and printed == [anchor.text]
    assert panel.history.text() == f"{anchor.code}: e-mailed to union@example.org; copied; printed"
    qtbot.wait(50)  # the layout takes in the longer list
    view.grab().save(str(tmp_path / "anchor-panel.png"))

    # the records change: a new anchor for them, the old one still listed with where it went
    assert ledger.session is not None
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    ledger.session.call(log_work, NewEntry(client="Acme Labeling", start=start, end=start + timedelta(hours=1),
                                           tz="UTC"))
    assert panel.anchor.code != anchor.code and panel.anchor.seq > anchor.seq
    assert panel.history.text().splitlines() == [f"{panel.anchor.code}: not sent yet",
                                                   f"{anchor.code}: e-mailed to union@example.org; copied; printed"]
    authority = TestAuthority()
    (tmp_path / "ca.pem").write_bytes(authority.root_pem())
    (tmp_path / "a.tsr").write_bytes(authority.stamp(bytes.fromhex(anchor.sha256), datetime(2026, 3, 2, tzinfo=UTC)))
    ledger.session.call(import_timestamp, anchor.code, tmp_path / "a.tsr", ca_file=tmp_path / "ca.pem")
    panel.refresh()
    assert panel.history.text().splitlines()[1].endswith("printed; time-stamped by Test TSA")
    ledger.lock()
    with Vault.unlock(data_dir, PASSWORD) as vault:
        stored = list_anchors(vault)
    assert [(s.how, s.recipient) for s in stored[0].sent] == [("email", "union@example.org"), ("copy", None),
                                                                ("print", None)]


def test_a_cancelled_print_or_no_mail_program_records_nothing(  # type: ignore[no-untyped-def]
        qtbot, view: ReportsView) -> None:
    panel = view.anchors
    panel.open_url = lambda url: False
    panel.print_text = lambda parent, text: False

    qtbot.mouseClick(panel.email_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)

    assert panel.anchor is not None and panel.anchor.sent == ()
    assert "No mail program opened" in panel.message.text()
