"""A platform's answer to an access request, imported as evidence: every file hashed, kept and linked, all or none.
The zip is hostile: entry, size and path checks refuse it whole."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest

from contractor_app.errors import InvalidInput
from contractor_app.services import answer_files
from contractor_app.services.access_requests import (
    AccessRequestDetails,
    NewAccessRequest,
    get_access_request,
    import_answer,
    record_access_request,
)
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.evidence import evidence_bytes, list_evidence
from contractor_app.services.verify import verify_vault
from contractor_app.store.vault import Vault

INNER = b"PK-not-really-a-zip-but-kept-as-is"


@pytest.fixture
def request_(vault: Vault) -> AccessRequestDetails:
    add_client(vault, NewClient("Acme Labeling", "EUR", jurisdiction="DE"))
    return record_access_request(vault, NewAccessRequest("acme", date(2026, 1, 31), "email"))


def make_zip(path: Path, entries: dict[str, bytes], *, links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


def nested_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("deep/secret.txt", INNER)
    return buffer.getvalue()


def test_a_zip_answer_is_kept_file_by_file_and_linked(vault: Vault, request_: AccessRequestDetails,
                                                       tmp_path: Path) -> None:
    inner = nested_zip()
    entries = {"ratings.csv": b"date,rating\n2026-01-02,4.1\n", "monitoring/screens.json": b"[1,2,3]",
               "more.zip": inner}
    view = import_answer(vault, request_.id, make_zip(tmp_path / "answer.zip", entries))
    kept = {f.name: f for f in view.files}
    assert set(kept) == set(entries)  # the nested zip is one file, not expanded
    for name, content in entries.items():
        assert kept[name].sha256 == hashlib.sha256(content).hexdigest()
        assert evidence_bytes(vault, kept[name].evidence_id) == content
    assert all(link.entity == "access-request" and link.entity_id == request_.id
               for e in list_evidence(vault) for link in e.links)
    assert verify_vault(vault).ok
    again = import_answer(vault, request_.id, tmp_path / "answer.zip")  # the same files: linked, not kept twice
    assert len(again.files) == 3 and len(list_evidence(vault)) == 3


def test_a_folder_answer_is_kept_too(vault: Vault, request_: AccessRequestDetails, tmp_path: Path) -> None:
    folder = tmp_path / "answer"
    (folder / "sub").mkdir(parents=True)
    (folder / "profile.txt").write_bytes(b"tags: low-accuracy")
    (folder / "sub" / "scores.csv").write_bytes(b"score\n0.7\n")
    view = import_answer(vault, request_.id, folder)
    assert [f.name for f in view.files] == ["profile.txt", "sub/scores.csv"]


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/cron.d/evil", "a/../../evil", "C:/evil.txt", "..\\evil.txt"])
def test_a_name_outside_the_archive_refuses_the_whole_answer(vault: Vault, request_: AccessRequestDetails,
                                                              tmp_path: Path, name: str) -> None:
    path = make_zip(tmp_path / "answer.zip", {"fine.txt": b"fine", name: b"evil"})
    with pytest.raises(InvalidInput, match="points outside the archive"):
        import_answer(vault, request_.id, path)
    assert list_evidence(vault) == [] and get_access_request(vault, request_.id).files == ()


def test_symbolic_links_are_refused(vault: Vault, request_: AccessRequestDetails, tmp_path: Path) -> None:
    path = make_zip(tmp_path / "answer.zip", {"fine.txt": b"fine"}, links=("link",))
    with pytest.raises(InvalidInput, match="symbolic link"):
        import_answer(vault, request_.id, path)
    folder = tmp_path / "answer"
    folder.mkdir()
    (folder / "fine.txt").write_bytes(b"fine")
    os.symlink("/etc/hostname", folder / "link")
    with pytest.raises(InvalidInput, match="symbolic link"):
        import_answer(vault, request_.id, folder)
    os.symlink(tmp_path / "answer.zip", tmp_path / "answer-link.zip")
    with pytest.raises(InvalidInput, match="symbolic link"):
        import_answer(vault, request_.id, tmp_path / "answer-link.zip")
    assert list_evidence(vault) == []


def test_caps_on_entries_file_size_and_total(vault: Vault, request_: AccessRequestDetails, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_files, "MAX_ENTRIES", 3)
    many = make_zip(tmp_path / "many.zip", {f"{n}.txt": b"x%d" % n for n in range(4)})
    with pytest.raises(InvalidInput, match="more than 3 entries"):
        import_answer(vault, request_.id, many)
    monkeypatch.setattr(answer_files, "MAX_ENTRIES", 5_000)
    monkeypatch.setattr(answer_files, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(answer_files, "CHUNK", 1024)
    bomb = make_zip(tmp_path / "bomb.zip", {"zeros.bin": bytes(1_000_000)})
    assert bomb.stat().st_size < 5_000
    with pytest.raises(InvalidInput, match="larger than"):
        import_answer(vault, request_.id, bomb)
    monkeypatch.setattr(answer_files, "MAX_FILE_BYTES", 200 * 1024 * 1024)
    monkeypatch.setattr(answer_files, "MAX_TOTAL_BYTES", 15_000)
    total = make_zip(tmp_path / "total.zip", {"a.bin": bytes(10_000), "b.bin": b"\x01" * 10_000})
    with pytest.raises(InvalidInput, match="come to more than"):
        import_answer(vault, request_.id, total)
    assert list_evidence(vault) == []


def test_not_a_zip_and_missing_files_are_one_line_errors(vault: Vault, request_: AccessRequestDetails,
                                                        tmp_path: Path) -> None:
    text = tmp_path / "answer.txt"
    text.write_text("hello")
    with pytest.raises(InvalidInput, match="not a zip file"):
        import_answer(vault, request_.id, text)
    with pytest.raises(InvalidInput, match="There is no file"):
        import_answer(vault, request_.id, tmp_path / "nothing.zip")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InvalidInput, match="holds no files"):
        import_answer(vault, request_.id, empty)
