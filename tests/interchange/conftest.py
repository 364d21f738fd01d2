"""Vaults ready for imports: a worker in New York with two clients (tests/sample.py's TwoClients), copied from one
template per session (creating a vault runs the migrations; copying its two files takes a millisecond)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, Table, func, select

from contractor_app.store.models import Base
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli
from ..sample import Templates, TwoClients

FIXTURES = Path(__file__).parent / "fixtures"
ACME = "Acme Labeling"  # engagement "Image annotation", USD 20/h
TASKHIVE = "TaskHive"  # engagement "Search relevance", USD 0.40/task
ZONE = "America/New_York"


@pytest.fixture(scope="session")
def template(templates: Templates) -> Path:
    return templates(TwoClients(ZONE)).folder


@pytest.fixture
def ready_dir(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "records"
    shutil.copytree(template, folder)
    return folder


@pytest.fixture
def ready(ready_dir: Path) -> Iterator[Vault]:
    with Vault.unlock(ready_dir, PASSWORD) as vault:
        yield vault


@pytest.fixture
def ready_cli(ready_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(ready_dir, monkeypatch, capsys)


def row_counts(vault: Vault) -> dict[str, int]:
    """Rows in every table, the audit chain included: equal before and after means nothing was written.

    One statement for all the tables: the attack campaign counts after every refused file, and a query per table
    was 40% of its time."""
    tables, statement = _counting()
    with vault.reading() as session:
        counts = session.execute(statement).one()
    return {table.name: count or 0 for table, count in zip(tables, counts, strict=True)}


@cache
def _counting() -> tuple[list[Table], Select[Any]]:
    tables = Base.metadata.sorted_tables
    return tables, select(*(select(func.count()).select_from(table).scalar_subquery() for table in tables))

