"""The packaged files are found however Python hands out the resources folder. In the frozen app (PyInstaller),
``files("contractor_app.resources")`` is a MultiplexedPath, whose ``joinpath`` takes one name at a time: a
``joinpath("passwords", name)`` there made `init` fail with "Unexpected error (TypeError)" (the CI's smoke test)."""

from __future__ import annotations

from importlib import resources
from importlib.readers import MultiplexedPath
from pathlib import Path

import pytest

from contractor_app.reports import fonts, language
from contractor_app.services import passwords, rules

FOLDER = Path(str(resources.files("contractor_app.resources")))  # the real folder, as the tests run


@pytest.fixture
def frozen_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def files(package: str) -> MultiplexedPath:
        assert package == "contractor_app.resources"
        return MultiplexedPath(FOLDER)

    for module in (rules, fonts, language):
        monkeypatch.setattr(module, "files", files)
    monkeypatch.setattr(resources, "files", files)


def test_every_packaged_file_is_read_through_a_multiplexed_path(frozen_files: None) -> None:
    assert "password" in passwords.common_passwords.__wrapped__()
    assert rules.rule_file("minimum_wage")["kind"] == "minimum_wage"
    assert language.catalogue.__wrapped__("es")["Pay transparency"] == "Transparencia salarial"
    fonts.register_fonts.__wrapped__()
