"""Pieces of messages that stayed English in every language (the stop-26 notes), each made for real here and read in
the app's real catalogues: a limit's number grouped with the English comma."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from contractor_app.errors import InvalidInput, LedgerError
from contractor_app.gui import app as gui_app
from contractor_app.gui import settings as opts
from contractor_app.gui.dialogs import error_text
from contractor_app.gui.settings import Settings
from contractor_app.services import share
from contractor_app.services.clients.lookup import MAX_NOTE, checked_text


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication, settings: Settings) -> Iterator[str]:
    """The app in the language the test is parametrised with, as Settings sets it."""
    before = QLocale()
    settings.set(opts.LANGUAGE, request.param)
    installed = gui_app.apply_language(qapp, settings)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def raised(call, *args, **kwargs) -> LedgerError:  # type: ignore[no-untyped-def]
    with pytest.raises(LedgerError) as caught:
        call(*args, **kwargs)
    return caught.value


GROUPED = {"es": "20.000", "pt_BR": "20.000", "fr": "20\u202f000", "fil": "20,000"}


@pytest.mark.parametrize("language", list(GROUPED), indirect=True)
def test_a_limit_is_grouped_as_the_language_groups_numbers(language: str) -> None:
    error = raised(checked_text, "x" * (MAX_NOTE + 1), "The note", MAX_NOTE)
    assert isinstance(error, InvalidInput) and "20,000" in str(error)  # the command line's English
    text = error_text(error)
    assert GROUPED[language] in text and "limited to" not in text, text
    if language != "fil":
        assert "20,000" not in text


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_folder_of_too_many_shares_is_said_with_the_language_s_grouping(
        language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It was an English sentence written whole ("holds more than 100,000 share files"): now a template."""
    monkeypatch.setattr(share, "MAX_FILES", 1_000)
    for number in range(1_001):
        (tmp_path / f"{number}.json").write_text("{}")
    error = raised(share.summarize_folder, tmp_path)
    assert str(error) == f"{tmp_path} holds more than 1,000 share files; summarise them in parts."
    assert error_text(error).startswith(f"{tmp_path} contient plus de 1\u202f000 fichiers de partage")
    assert error_text(raised(share.summarize_folder, tmp_path / "0.json")) == (
        f"{tmp_path / '0.json'} n'est pas un dossier de fichiers de partage.")
