"""The Reports view's "Prepare for a lawyer or clinic…": the evidence bundle for the chosen client and period, saved
where the worker says, and checked by its own verify.py (issue 16)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from contractor_app.gui.controller import Ledger
from contractor_app.gui.reports import ReportsView
from contractor_app.services.payments import NewPayment, record_payment
from contractor_app.store.vault import Vault

from ...sample import SampleWork, Templates
from ..conftest import unlock_copy


def paid_yesterday(vault: Vault) -> None:
    record_payment(vault, NewPayment(client="Acme Labeling", gross=Decimal("100.00"), reference="ACME-1",
                                     received_on=datetime.now(UTC).date() - timedelta(days=1)))


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork(days=4), paid_yesterday).folder


@pytest.fixture
def view(ledger: Ledger, template: Path, data_dir: Path) -> ReportsView:
    return unlock_copy(ledger, template, data_dir, "reports").reports


def test_the_bundle_is_saved_for_the_chosen_client_and_checks_out(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, view: ReportsView, tmp_path: Path) -> None:
    view.cards.choose("claim")
    view.options.client.setCurrentIndex(view.options.client.findData("Acme Labeling"))
    view.options.period.setCurrentIndex(view.options.period.findData("last-3-months"))
    asked: list[str] = []

    def save_as(parent, title, suggested, filter_):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(tmp_path / "for the clinic"), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_as)
    assert view.bundle_button.text() == "Prepare for a lawyer or clinic…"
    qtbot.mouseClick(view.bundle_button, Qt.MouseButton.LeftButton)

    bundle = tmp_path / "for the clinic.zip"
    qtbot.waitUntil(lambda: bundle.exists() and view.bundle_button.isEnabled(), timeout=30000)
    assert asked[0].startswith("claim-bundle-Acme-Labeling-") and asked[0].endswith(".zip")
    assert view.message.text().startswith(f"Saved {bundle}: 3 signed reports")
    assert "verify.py" in view.message.text()
    view.window().resize(1500, 1000)
    qtbot.wait(50)
    view.grab().save(str(tmp_path / "bundle-view.png"))
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "out")
    folder = tmp_path / "out" / "claim-bundle"
    checked = subprocess.run([sys.executable, "verify.py"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0 and "VERDICT: INTACT" in checked.stdout, checked.stdout
    assert "Acme Labeling" in (folder / "records/entries.csv").read_text("utf-8-sig")


def test_all_clients_is_refused_in_one_line_and_no_dialog_opens(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, view: ReportsView) -> None:
    view.cards.choose("pay-summary")
    view.options.client.setCurrentIndex(view.options.client.findData(None))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args: pytest.fail("no file dialog without a client"))
    qtbot.mouseClick(view.bundle_button, Qt.MouseButton.LeftButton)
    assert "about one client" in view.message.text()
