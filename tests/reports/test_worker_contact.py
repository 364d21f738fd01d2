"""The claim packet names the worker as a lawyer or a clinic needs: address and contact beside the client's
(issue 20, item 6: "Setup asks for the worker's address and contact, which the claim packet needs")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from contractor_app.domain.times import DateRange
from contractor_app.errors import InvalidInput
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.profile import MAX_CONTACT, Profile, load_profile, save_profile
from contractor_app.services.reports import ReportRequest, make_report
from contractor_app.store.vault import Vault


def test_the_contact_is_kept_on_one_line_and_bounded(vault: Vault) -> None:
    saved = save_profile(vault, Profile(name="Dana", contact="  dana@example.org \n +1 555 0100 "))
    assert saved.contact == "dana@example.org +1 555 0100" and load_profile(vault) == saved
    with pytest.raises(InvalidInput, match="contact is too long"):
        save_profile(vault, replace(saved, contact="x" * (MAX_CONTACT + 1)))
    assert load_profile(vault) == saved


def test_the_claim_packet_names_the_workers_address_and_contact(vault: Vault, tmp_path: Path) -> None:
    save_profile(vault, Profile(name="Dana Rivera", address="12 Elm Street\nAlbany, NY 12207",
                                contact="dana@example.org"))
    add_client(vault, NewClient(name="Acme", currency="USD", address="1 Market St, San Francisco"))
    path = tmp_path / "claim.pdf"
    make_report(vault, ReportRequest(kind="claim", client="Acme", period=DateRange(), as_of=date(2026, 12, 1),
                                     paper="a4"), path)
    lines = (PdfReader(path).pages[0].extract_text() or "").splitlines()
    address, contact = lines.index("Address"), lines.index("Contact")
    assert lines[address + 1:address + 4] == ["12 Elm Street", "Albany, NY 12207", "1 Market St, San Francisco"]
    assert lines[contact + 1] == "dana@example.org"  # the worker's column, before the client's


def test_the_access_request_letters_carry_the_workers_address_and_contact(vault: Vault, tmp_path: Path) -> None:
    save_profile(vault, Profile(name="Dana Rivera", address="12 Elm Street\nAlbany, NY 12207",
                                contact="dana@example.org"))
    add_client(vault, NewClient(name="Acme", currency="USD", jurisdiction="DE"))
    path = tmp_path / "letter.pdf"
    make_report(vault, ReportRequest(kind="access-request", client="Acme", period=DateRange(),
                                     as_of=date(2026, 12, 1), paper="a4"), path)
    lines = (PdfReader(path).pages[0].extract_text() or "").splitlines()
    assert lines[:4] == ["Dana Rivera", "12 Elm Street", "Albany, NY 12207", "dana@example.org"]
