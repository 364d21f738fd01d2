"""Benchmark fixtures: the 100k-entry vault built once per session, a separate 1k one, and the figures table."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .populate import BenchVault, populate

BIG = int(os.environ.get("BENCH_ENTRIES", "100000"))  # smaller for a quick trial run of the benchmarks
SMALL = 1_000


@pytest.fixture(scope="session")
def vault_100k(tmp_path_factory: pytest.TempPathFactory) -> BenchVault:
    print(f"\n[building the {BIG:,}-entry vault with one log_many call ...]", flush=True)
    built = populate(tmp_path_factory.mktemp("bench-big") / "records", BIG)
    print(f"[built in {built.populate_seconds:.1f} s]", flush=True)
    return built


@pytest.fixture(scope="session")
def vault_1k(tmp_path_factory: pytest.TempPathFactory) -> BenchVault:
    return populate(tmp_path_factory.mktemp("bench1k") / "records", SMALL)


class Figures:
    """Figures collected by the benchmarks, printed as one table when the session ends."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def add(self, name: str, value: str, note: str = "") -> None:
        self.rows.append((name, value, note))
        print(f"  {name}: {value}" + (f"  ({note})" if note else ""), flush=True)

    def table(self) -> str:
        if not self.rows:
            return ""
        width = max(len(name) for name, _, _ in self.rows)
        vwidth = max(len(value) for _, value, _ in self.rows)
        lines = ["", "=" * 30 + " benchmark figures " + "=" * 30]
        lines += [f"{name:<{width}}  {value:>{vwidth}}  {note}".rstrip() for name, value, note in self.rows]
        return "\n".join(lines)


@pytest.fixture(scope="session")
def figures() -> Iterator[Figures]:
    collected = Figures()
    yield collected
    print(collected.table(), flush=True)
