"""The audit chain against edits made behind the app's back: `verify` names the exact row and event.

Each test opens the real database with the data key, as an attacker who has the password would, changes it with
plain SQL, and runs `verify` through the CLI.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.cli.main import main
from contractor_app.store.audit import event_hash, genesis_hash
from contractor_app.store.keyfile import KeyHeader, canonical_json
from contractor_app.store.models import WorkEntry
from contractor_app.store.vault import Vault
from contractor_app.store.witness import write_witness

from ..conftest import PASSWORD, Cli


@contextmanager
def raw_database(folder: Path) -> Iterator[sqlcipher.Connection]:
    """The vault's database opened directly with its data key, in one transaction committed at the end."""
    with Vault.unlock(folder, PASSWORD, check_rollback=False) as vault:
        data_key = vault._key()
    with closing(sqlcipher.connect(str(folder / "vault.db"))) as conn:
        conn.isolation_level = None
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")


def tamper(folder: Path, *statements: str | tuple[str, tuple[Any, ...]]) -> None:
    with raw_database(folder) as conn:
        for statement in statements:
            sql, params = statement if isinstance(statement, tuple) else (statement, ())
            assert conn.execute(sql, params).rowcount == 1, sql  # every change hits exactly one row


def query(folder: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with raw_database(folder) as conn:
        return conn.execute(sql, params).fetchall()


def last_event(folder: Path, entity: str, entity_id: int) -> tuple[int, str]:
    ((seq, action),) = query(folder, "SELECT seq, action FROM audit_events WHERE entity = ? AND entity_id = ? "
                                     "ORDER BY seq DESC LIMIT 1", entity, str(entity_id))
    return seq, action


def head_seq(folder: Path) -> int:
    return query(folder, "SELECT max(seq) FROM audit_events")[0][0]


def problems(cli: Cli) -> list[str]:
    """Run `verify`; it must fail with exit 4 and one line on stderr. Returns the problems it listed."""
    result = cli("verify")
    assert result.code == 4, (result.out, result.err)
    assert result.err.count("\n") == 1 and "Traceback" not in result.out + result.err
    return [line.removeprefix("PROBLEM: ") for line in result.out.splitlines() if line.startswith("PROBLEM: ")]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two clients, three entries, a payment, and an edit of entry 2 made through the store (an update event).

    Built once through the real CLI; each test tampers with its own copy.
    """
    folder = tmp_path_factory.mktemp("template") / "records"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("CONTRACTOR_APP_PASSWORD", PASSWORD)

        def run(*args: str) -> None:
            assert main(["--data-dir", str(folder), *args]) == 0, args

        run("init", "--timezone", "America/New_York")
        run("client", "add", "Acme Labeling", "--rate", "20/h")
        run("client", "add", "TaskHive", "--rate", "0.40/task")
        for day, client in ((2, "acme"), (3, "taskhive"), (4, "acme")):
            run("log", "--client", client, "--start", f"2026-03-0{day}T09:00", "--end", f"2026-03-0{day}T11:00",
                "--note", f"day {day}")
        run("pay", "--client", "acme", "--date", "2026-03-10", "--amount", "40")
        with Vault.unlock(folder, PASSWORD) as vault, vault.unit_of_work() as uow:
            entry = uow.session.get(WorkEntry, 2)
            assert entry is not None
            entry.note = "day 3, second batch"
            uow.updated(entry)
        run("verify")
    return folder


@pytest.fixture
def recorded(template: Path, cli: Cli) -> Cli:
    shutil.copytree(template, cli.data_dir)
    return cli


def test_untampered_history_passes(recorded: Cli) -> None:
    assert recorded("timer", "start", "--client", "taskhive", "--at", "2026-03-05T09:00").code == 0
    assert recorded("timer", "stop", "--at", "2026-03-05T10:15").code == 0
    assert recorded("pay", "--client", "taskhive", "--date", "2026-03-11", "--amount", "12.40").code == 0
    folder = recorded.data_dir
    assert query(folder, "SELECT count(*) FROM running_timer") == [(0,)]
    assert last_event(folder, "running_timer", 1)[1] == "delete"  # the stopped timer's row is gone, recorded

    result = recorded("verify")
    assert result.code == 0, result.out + result.err
    assert f"{head_seq(folder)} changes recorded, history intact" in result.out


# --- rows changed behind the app's back ---------------------------------------------------------------------

def test_row_edited_directly_names_the_row_and_its_last_event(recorded: Cli) -> None:
    folder = recorded.data_dir
    seq, action = last_event(folder, "work_entries", 2)
    assert action == "update"  # its last change, not its creation
    tamper(folder, "UPDATE work_entries SET note = 'day 3, third batch' WHERE id = 2")
    (problem,) = problems(recorded)
    assert "work_entries 2 differs" in problem and f"(event {seq})" in problem


def test_row_deleted_directly(recorded: Cli) -> None:
    folder = recorded.data_dir
    seq, _ = last_event(folder, "work_entries", 3)
    tamper(folder, "DELETE FROM work_entries WHERE id = 3")
    (problem,) = problems(recorded)
    assert "work_entries 3 was removed without being recorded" in problem and f"event {seq}" in problem


def test_row_inserted_directly(recorded: Cli) -> None:
    tamper(recorded.data_dir, "INSERT INTO work_entries (id, engagement_id, start_at, end_at, tz, break_seconds, "
                              "category, units, note, source, source_ref, entered_at, updated_at) "
                              "SELECT 99, engagement_id, start_at + 86400, end_at + 86400, tz, break_seconds, "
                              "category, units, note, source, source_ref, entered_at, updated_at "
                              "FROM work_entries WHERE id = 1")
    assert problems(recorded) == ["record check: work_entries 99 was added without being recorded in the history"]


# --- the history itself changed -----------------------------------------------------------------------------

def test_event_and_row_edited_together_names_the_event(recorded: Cli) -> None:
    """Editing the row and its recorded state consistently fools the replay, not the chain."""
    folder = recorded.data_dir
    seq, _ = last_event(folder, "work_entries", 2)
    tamper(folder, "UPDATE work_entries SET note = 'forged' WHERE id = 2",
           ("UPDATE audit_events SET data = replace(data, '\"day 3, second batch\"', '\"forged\"') WHERE seq = ?",
            (seq,)))
    assert problems(recorded) == [f"record check: event {seq} (update work_entries 2) was altered"]


def test_rewritten_chain_is_caught_by_the_anti_rollback_record(recorded: Cli) -> None:
    """An attacker who also recomputes every hash after the forged event leaves a consistent chain whose head
    no longer matches the one the key file recorded."""
    folder = recorded.data_dir
    seq, _ = last_event(folder, "work_entries", 2)
    head = head_seq(folder)
    with raw_database(folder) as conn:
        conn.execute("UPDATE work_entries SET note = 'forged' WHERE id = 2")
        conn.execute("UPDATE audit_events SET data = replace(data, '\"day 3, second batch\"', '\"forged\"') "
                     "WHERE seq = ?", (seq,))
        prev = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq - 1,)).fetchone()[0]
        rows = conn.execute("SELECT seq, at, action, entity, entity_id, data FROM audit_events WHERE seq >= ? "
                            "ORDER BY seq", (seq,)).fetchall()
        for n, at, action, entity, entity_id, data in rows:
            digest = event_hash(prev, seq=n, at=datetime.fromtimestamp(at, UTC), action=action, entity=entity,
                                entity_id=entity_id, data=data)
            conn.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, n))
            prev = digest
    (problem,) = problems(recorded)
    assert "rolled back" in problem and f"change {head} differs" in problem
    assert recorded("list").code == 4


def test_event_deleted_in_the_middle(recorded: Cli) -> None:
    folder = recorded.data_dir
    seq = query(folder, "SELECT seq FROM audit_events WHERE entity = 'work_entries' AND entity_id = '2' "
                        "AND action = 'create'")[0][0]
    assert 1 < seq < head_seq(folder)
    tamper(folder, ("DELETE FROM audit_events WHERE seq = ?", (seq,)))
    found = problems(recorded)
    assert found[0] == f"record check: events {seq}..{seq} are missing from the history"
    assert found[1:] == [f"record check: event {seq + 1} does not follow the event before it"]


@pytest.mark.parametrize("rows_too", [True, False], ids=["consistent older state", "events only"])
def test_tail_truncated_is_caught_by_the_anti_rollback_record(recorded: Cli, rows_too: bool) -> None:
    """Dropping the last events (and, to look consistent, the rows they made) leaves a valid but short chain."""
    folder = recorded.data_dir
    head = head_seq(folder)
    assert last_event(folder, "payments", 1) == (head - 1, "create")  # the payment, then the edit of entry 2
    statements: list[str | tuple[str, tuple[Any, ...]]] = [
        ("DELETE FROM audit_events WHERE seq = ?", (head,)), ("DELETE FROM audit_events WHERE seq = ?", (head - 1,))]
    if rows_too:
        statements += ["DELETE FROM payments WHERE id = 1",
                       "UPDATE work_entries SET note = 'day 3' WHERE id = 2"]
    tamper(folder, *statements)
    found = problems(recorded)
    rolled_back = (f"rolled back: the records end at change {head - 2}, but change {head} was made; "
                   "this is an older copy")
    if rows_too:
        assert found == [rolled_back]
    else:
        assert found[-1] == rolled_back
        assert any("payments 1 was added without being recorded" in problem for problem in found)
    assert recorded("list").code == 4


def test_history_recorded_before_a_column_was_added(recorded: Cli) -> None:
    """Clients recorded before migration 0002 have no contract_on_file in their history. The replay accepts the
    value the migration filled in, and still catches a later change to it made behind the app's back."""
    folder = recorded.data_dir
    seq, _ = last_event(folder, "clients", 1)
    with raw_database(folder) as conn:  # rewrite history as 0001 recorded it, re-hashing the chain and head
        (data,) = conn.execute("SELECT data FROM audit_events WHERE seq = ?", (seq,)).fetchone()
        old = json.loads(data)
        del old["contract_on_file"]
        conn.execute("UPDATE audit_events SET data = ? WHERE seq = ?", (canonical_json(old).decode(), seq))
        prev = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq - 1,)).fetchone()
        prev = prev[0] if prev else genesis_hash(KeyHeader.read(folder / "vault.key").vault_id)
        for n, at, action, entity, entity_id, data in conn.execute(
                "SELECT seq, at, action, entity, entity_id, data FROM audit_events WHERE seq >= ? ORDER BY seq",
                (seq,)).fetchall():
            prev_hash, prev = prev, event_hash(prev, seq=n, at=datetime.fromtimestamp(at, UTC), action=action,
                                               entity=entity, entity_id=entity_id, data=data)
            conn.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev_hash, prev, n))
        head = n
    with Vault.unlock(folder, PASSWORD, check_rollback=False) as vault:
        header = KeyHeader.read(folder / "vault.key")
        header.signed(vault._key(), head, prev).write(folder / "vault.key")
        write_witness(header.vault_id, folder, vault._key(), head, prev)  # as if the app had recorded this history
    assert recorded("verify").code == 0

    tamper(folder, "UPDATE clients SET contract_on_file = 1 WHERE id = 1")
    assert problems(recorded) == [f"record check: clients 1 differs from its last recorded change (event {seq})"]
