"""The Reports view's "Anchor your records" panel: today's anchor shown, e-mailed through a mailto: link, copied
and printed, and where each went listed and recorded (issue 16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from contractor_app.gui.controller import Ledger
from contractor_app.gui.main_window import MainWindow
from contractor_app.gui.reports import ReportsView
from contractor_app.services.anchors import import_timestamp, list_anchors
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.store.vault import Vault

from ...conftest import PASSWORD
from ...sample import SampleWork, Templates
from ...tsa import TestAuthority
from ..conftest import SharedWindow, unlock_copy


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=2)).folder


SHARED_LANDING = "reports"


@pytest.fixture
def view(ledger: Ledger, template: Path, data_dir: Path) -> ReportsView:
    main = unlock_copy(ledger, template, data_dir, "reports")
    return main.reports


@pytest.fixture
def shared_view(shared_main: MainWindow) -> ReportsView:
    """The Reports view of the module's shared window (tests/gui/conftest.py), for the tests where nothing is
    recorded: what they see is the answer to their own click (each asserts its own message)."""
    return shared_main.reports


def test_the_anchor_is_emailed_copied_and_printed_and_each_is_recorded(  # type: ignore[no-untyped-def]
        qtbot, view: ReportsView, ledger: Ledger, data_dir: Path, tmp_path: Path) -> None:
    panel = view.anchors
    assert panel.anchor is not None  # made when the view was shown
    anchor = panel.anchor
    assert anchor.code in panel.code.text() and panel.email_button.isEnabled()
    assert panel.history.text() == f"{anchor.code}: not sent yet"
    opened: list[QUrl] = []
    printed: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    def print_text(parent: QWidget, text: str) -> bool:
        printed.append(text)
        return True

    panel.open_url, panel.print_text = open_url, print_text

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
        qtbot, shared_view: ReportsView) -> None:
    panel = shared_view.anchors
    panel.open_url = lambda url: False
    panel.print_text = lambda parent, text: False

    qtbot.mouseClick(panel.email_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)

    assert panel.anchor is not None and panel.anchor.sent == ()
    assert "No mail program opened" in panel.message.text()


def test_a_time_stamp_is_requested_imported_checked_and_shown(  # type: ignore[no-untyped-def]
        qtbot, view: ReportsView, ledger: Ledger, data_dir: Path, tmp_path: Path) -> None:
    panel = view.anchors
    anchor = panel.anchor
    assert anchor is not None and panel.stamp_button.text() == "Import a time stamp…"
    request = tmp_path / "anchor.tsq"
    panel.choose_request_file = lambda parent, code: request
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(request.exists)
    assert "Saved" in panel.message.text() and request.stat().st_mode & 0o777 == 0o600
    authority = TestAuthority()
    ca, response = tmp_path / "ca.pem", tmp_path / "a.tsr"
    ca.write_bytes(authority.root_pem())
    response.write_bytes(authority.answer(request.read_bytes(), datetime(2026, 3, 2, 18, 0, 5, tzinfo=UTC)))
    panel.choose_stamp = lambda parent: (response, ca)

    qtbot.mouseClick(panel.stamp_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Checked and kept" in panel.message.text())
    assert panel.message.text() == (f"Checked and kept: anchor {anchor.code} existed no later than 2026-03-02 "
                                    "18:00:05 UTC, per Test TSA.")
    qtbot.waitUntil(lambda: panel.history.text().endswith("time-stamped by Test TSA"))
    view.window().resize(1400, 1000)
    qtbot.wait(50)
    view.grab().save(str(tmp_path / "stamp-imported.png"))


@pytest.mark.parametrize(("spoil", "said"), [
    ("other anchor", "is for none of your anchors"), ("changed byte", "signature does not verify"),
    ("not trusted", "not one you trust"), ("garbage", "not a readable time-stamp response"),
    ("missing", "a.tsr cannot be read")])
def test_a_hostile_time_stamp_is_refused_in_one_line_and_nothing_is_kept(  # type: ignore[no-untyped-def]
        qtbot, shared_view: ReportsView, shared_window: SharedWindow, tmp_path: Path, spoil: str, said: str) -> None:
    panel, ledger = shared_view.anchors, shared_window.ledger
    anchor = panel.anchor
    assert anchor is not None
    authority = TestAuthority()
    ca, response = tmp_path / "ca.pem", tmp_path / "a.tsr"
    ca.write_bytes((TestAuthority("Another Root") if spoil == "not trusted" else authority).root_pem())
    digest = bytes.fromhex(anchor.sha256)
    content = bytearray(authority.stamp(bytes(32) if spoil == "other anchor" else digest,
                                        datetime(2026, 3, 2, tzinfo=UTC)))
    if spoil == "changed byte":
        content[-40] ^= 0x01  # inside the signature
    if spoil == "garbage":
        content = bytearray(b"\x30\x82\xff\xff not a response")
    if spoil != "missing":
        response.write_bytes(bytes(content))
    panel.choose_stamp = lambda parent: (response, ca)

    qtbot.mouseClick(panel.stamp_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: panel.message.text().startswith("\u26a0"))
    text = panel.message.text()
    assert said in text and "\n" not in text and len(text) < 200, text
    assert ledger.session is not None
    assert all(not a.stamps for a in ledger.session.read(list_anchors))
