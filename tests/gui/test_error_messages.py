"""Service errors with names in them are shown in the worker's language, the names kept as written.

The services raised English sentences with the names already in ("There is already a client named 'Acme'"), so a
Spanish app showed them in English: translations could only match whole fixed sentences. Now such an error keeps
its template and fields (errors.LedgerError.said) and the app translates the template before filling it. The first
tests pin their Spanish with a stand-in translator (asked before the catalogue), so they test the mechanism whatever
the catalogue's wording; the tests without it read the real Spanish catalogue, as the app does."""

from __future__ import annotations

import ast
import functools
import importlib
import io
import os
import pkgutil
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

import contractor_app
from contractor_app.backup import stream
from contractor_app.domain.currency import check_currency
from contractor_app.domain.jurisdiction import check_jurisdiction
from contractor_app.domain.money import Money
from contractor_app.errors import BackupDamaged, LedgerError, VaultDamaged, WrongPassword
from contractor_app.gui.controller import Ledger
from contractor_app.gui.dialogs import error_text
from contractor_app.gui.error_messages import FIXED, PHRASES, TEMPLATES, translated
from contractor_app.services.answer_files import read_answer
from contractor_app.services.backups.listing import backup_date
from contractor_app.services.backups.schedule import make_folder
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.clients.terms import Terms
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.entries.timer import start_timer
from contractor_app.services.evidence import add_evidence
from contractor_app.services.payments import NewPayment, delete_payment, record_payment
from contractor_app.services.privacy import MAX_SHORT, NewDataHandled, get_data_record, record_data_handled
from contractor_app.services.sync import set_up_sync
from contractor_app.store.paths import KEY_NAME
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..explain_templates import MODULES

SPANISH = {
    "There is already a client named {name!r}; nothing was changed.":
        "Ya hay un cliente llamado {name!r}; no se cambió nada.",
    "The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it first.":
        "El cronómetro ya está en marcha para {client} desde {since:%d/%m/%Y %H:%M}; detenlo primero.",
    "The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts.":
        "La entrada termina ({end:%d/%m/%Y %H:%M} UTC) antes o cuando empieza.",
    "Wrong password. Nothing was changed.": "Contraseña incorrecta. No se cambió nada.",
    "Your records file is damaged ({what}). {detail}": "Tu archivo de registros está dañado ({what}). {detail}",
    "key file": "archivo de clave",
    "It is not a readable key file.": "No es un archivo de clave legible.",
    "This backup is damaged ({what}). {detail} Nothing was restored or changed; use another backup.":
        "Esta copia de seguridad está dañada ({what}). {detail} No se restauró ni cambió nada; usa otra copia.",
    "start of file": "inicio del archivo",
    "It does not start like a Contractor Ledger backup.": "No empieza como una copia de Contractor Ledger.",
    "{path} is not a backup file. Nothing was changed.": "{path} no es una copia de seguridad. No se cambió nada.",
    "The backup folder {folder} cannot be used ({reason}). Your records are safe and unchanged; choose another "
    "folder in the backup settings.": "No se puede usar la carpeta de copias {folder} ({reason}). Tus registros "
                                      "están a salvo; elige otra carpeta en la configuración de copias.",
    "{name} was refused: {why}. Nothing was added.": "{name} fue rechazado: {why}. No se añadió nada.",
    "it is a symbolic link; give the answer's zip or folder itself":
        "es un enlace simbólico; da el zip o la carpeta de la respuesta",
    "the entry {entry!r} points outside the archive": "la entrada {entry!r} apunta fuera del archivo",
    "part {number} of {count}": "parte {number} de {count}",
    "It fails its check.": "No pasa su comprobación.",
}


class StandIn(QTranslator):
    """The Spanish of the "errors" context above, as the filled catalogue will have it; other texts are left to the
    app's catalogue (None: Qt asks the next translator)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return SPANISH.get(source) if context == "errors" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def in_spanish(spanish: None, qapp: QApplication) -> Iterator[None]:
    stand_in = StandIn()
    qapp.installTranslator(stand_in)
    yield
    qapp.removeTranslator(stand_in)


def raised(call, *args, **kwargs) -> LedgerError:  # type: ignore[no-untyped-def]
    with pytest.raises(LedgerError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_duplicate_client_name_is_said_in_spanish_with_the_name(in_spanish: None, vault: Vault) -> None:
    new = NewClient(name="Acme Labeling", currency="USD", terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD")))
    add_client(vault, new)
    error = raised(add_client, vault, new)
    assert str(error) == "There is already a client named 'Acme Labeling'; nothing was changed."  # the CLI's
    assert error_text(error) == "Ya hay un cliente llamado 'Acme Labeling'; no se cambió nada."


def test_timer_and_entry_errors_are_said_in_spanish(in_spanish: None, vault: Vault) -> None:
    add_client(vault, NewClient(name="TaskHive", currency="USD",
                                terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
    started = datetime(2026, 11, 26, 9, 12, tzinfo=UTC)
    start_timer(vault, client="TaskHive", tz="UTC", at=started)
    assert error_text(raised(start_timer, vault, client="TaskHive", tz="UTC")) == (
        "El cronómetro ya está en marcha para TaskHive desde 26/11/2026 09:12; detenlo primero.")
    backwards = NewEntry(client="TaskHive", start=started, end=started - timedelta(hours=1), tz="UTC")
    assert error_text(raised(log_work, vault, backwards)) == (
        "La entrada termina (26/11/2026 08:12 UTC) antes o cuando empieza.")


def test_wrong_password_and_damaged_records_are_said_in_spanish(in_spanish: None, vault: Vault,
                                                                 data_dir: Path) -> None:
    vault.lock()
    assert error_text(raised(Vault.unlock, data_dir, "not my password")) == (
        "Contraseña incorrecta. No se cambió nada.")
    (data_dir / KEY_NAME).write_bytes(b"not a key file")
    damaged = raised(Vault.unlock, data_dir, PASSWORD)
    assert isinstance(damaged, VaultDamaged)
    assert error_text(damaged) == "Tu archivo de registros está dañado (archivo de clave). No es un archivo de " \
                                  "clave legible."


def test_backup_errors_are_said_in_spanish(in_spanish: None, tmp_path: Path) -> None:
    garbage = tmp_path / "records.clbackup"
    garbage.write_bytes(b"x" * 4096)
    damaged = raised(backup_date, garbage)
    assert isinstance(damaged, BackupDamaged)
    assert error_text(damaged) == ("Esta copia de seguridad está dañada (inicio del archivo). No empieza como una "
                                   "copia de Contractor Ledger. No se restauró ni cambió nada; usa otra copia.")
    assert error_text(raised(backup_date, tmp_path)) == f"{tmp_path} no es una copia de seguridad. No se cambió nada."
    blocker = tmp_path / "a file"
    blocker.write_text("")
    text = error_text(raised(make_folder, blocker / "backups"))
    assert text.startswith(f"No se puede usar la carpeta de copias {blocker / 'backups'} (") and "a salvo" in text


def test_a_refused_import_is_said_in_spanish(in_spanish: None, tmp_path: Path) -> None:
    answer = tmp_path / "answer"
    answer.mkdir()
    link = tmp_path / "answer link"
    os.symlink(answer, link)
    assert error_text(raised(read_answer, link)) == (
        "answer link fue rechazado: es un enlace simbólico; da el zip o la carpeta de la respuesta. No se añadió nada.")


def test_a_refusal_with_a_name_in_its_reason_is_said_in_spanish(in_spanish: None, tmp_path: Path) -> None:
    """The reason is a Phrase: translated whole, the entry's name kept, not an English piece in a Spanish sentence."""
    answer = tmp_path / "answer.zip"
    with zipfile.ZipFile(answer, "w") as archive:
        archive.writestr("../evil.txt", b"evil")
    error = raised(read_answer, answer)
    assert str(error) == ("answer.zip was refused: the entry '../evil.txt' points outside the archive. Nothing was "
                          "added.")
    assert error_text(error) == ("answer.zip fue rechazado: la entrada '../evil.txt' apunta fuera del archivo. No se "
                                 "añadió nada.")


def test_a_backup_part_that_fails_its_check_is_said_in_spanish(in_spanish: None) -> None:
    key, plain = os.urandom(32), os.urandom(2 * stream.CHUNK_BYTES)
    sealed = io.BytesIO()
    stream.seal(key, b"header", io.BytesIO(plain), len(plain), sealed)
    damaged = raised(stream.unseal, key, b"another header", io.BytesIO(sealed.getvalue()), len(plain),
                     lambda _: None)
    assert str(damaged).startswith("This backup is damaged (part 1 of 2). It fails its check.")
    assert error_text(damaged) == ("Esta copia de seguridad está dañada (parte 1 de 2). No pasa su comprobación. No "
                                   "se restauró ni cambió nada; usa otra copia.")


def test_the_unlock_window_says_damaged_records_in_spanish(in_spanish: None, ledger: Ledger, vault: Vault,
                                                            data_dir: Path) -> None:
    vault.lock()
    (data_dir / KEY_NAME).write_bytes(b"not a key file")
    window = ledger.show_unlock()
    window.password.setText(PASSWORD)
    window.unlock()
    assert window.message.text().startswith("\u26a0 Tu archivo de registros está dañado (archivo de clave). No es un "
                                            "archivo de clave legible.")


def test_errors_of_privacy_sync_and_settings_are_in_the_spanish_catalogue(spanish: None, vault: Vault,
                                                                        tmp_path: Path) -> None:
    """The real catalogue, no stand-in: what a worker meets in Data & privacy, Sync and a client's settings."""
    assert error_text(raised(check_currency, "XYZ")) == (
        "Código de moneda desconocido 'XYZ': usa un código ISO 4217 como USD, EUR o GBP.")
    assert error_text(raised(check_jurisdiction, "nowhere land")) == (
        "No se entiende la jurisdicción 'nowhere land': usa un país (US, GB), una región (US-CA, CA-ON) o una "
        "ciudad (US-NY-NYC).")
    assert error_text(raised(get_data_record, vault, 404)) == (
        "No hay registro de datos #404 en tus registros; `data list` los muestra.")
    too_long = NewDataHandled(client="Acme", categories=("x" * (MAX_SHORT + 1),))
    assert error_text(raised(record_data_handled, vault, too_long)) == (
        f"Una categoría de datos: el límite es de {MAX_SHORT} caracteres.")  # 1000: Spanish groups from 10.000
    assert error_text(raised(set_up_sync, vault, tmp_path / "not there", "laptop")) == (
        f"{tmp_path / 'not there'} no es una carpeta. Elige la carpeta que tu herramienta de sincronización mantiene "
        "al día.")
    assert error_text(raised(record_data_handled, vault, NewDataHandled(client="Acme", categories=(" ",)))) == (
        "Nombra al menos un tipo de datos que trataste, p. ej. grabaciones de audio o registros de chat.")  # whole


def test_a_payment_kept_for_its_evidence_is_named_in_spanish(spanish: None, vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly", rate=Money(Decimal(20),
                                                                                                     "USD"))))
    paid = record_payment(vault, NewPayment(client="Acme", received_on=date(2026, 11, 2), gross=Decimal("40.00")))
    add_evidence(vault, b"a pay stub", "stub.pdf", links=[("payment", paid.id)])
    error = raised(delete_payment, vault, paid.id)
    assert str(error) == f"Evidence is linked to payment #{paid.id}, so it is kept; nothing was deleted."
    assert error_text(error) == f"El pago #{paid.id} tiene evidencia vinculada, así que se conserva; no se borró nada."


def test_a_translation_that_loses_a_field_falls_back_to_english(qapp: QApplication) -> None:
    class Broken(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return "Ya hay un cliente llamado {nombre}." if context == "errors" else ""

        def isEmpty(self) -> bool:
            return False

    broken = Broken()
    qapp.installTranslator(broken)
    try:
        error = LedgerError.said("There is already a client named {name!r}; nothing was changed.", name="Acme")
        assert translated(error) == "There is already a client named 'Acme'; nothing was changed."
    finally:
        qapp.removeTranslator(broken)


# Modules whose phrases are translated in a catalogue of their own, checked by their own tests: the worked steps of
# domain/explain.py are in the "explain" and "reports" contexts (tests/explain_templates.py).
OTHER_CATALOGUES = {Path(module.__file__ or "").relative_to(Path(contractor_app.__file__).parent) for module in MODULES}


@functools.cache
def _calls() -> tuple[tuple[Path, str, bool, tuple[str | None, ...]], ...]:
    """Every call in contractor_app/: the module (relative), the name called (a method's or a plain name's),
    whether it was a plain name, and its first two arguments where they are strings. Parsed and walked once for
    the tests below (each walk over every module took about half a second)."""
    root = Path(contractor_app.__file__).parent
    calls = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
                continue
            plain = isinstance(node.func, ast.Name)
            called = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            strings = tuple(arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
                            for arg in node.args[:2])
            calls.append((path.relative_to(root), called, plain, strings))
    return tuple(calls)


def _templates_given_to(name: str) -> set[str]:
    """Every template the code passes to ``.said("…")`` (name "said") or ``Phrase("…")`` (name "Phrase")."""
    return {strings[0] for path, called, _, strings in _calls()
            if called == name and path not in OTHER_CATALOGUES and strings and strings[0] is not None}


def test_every_template_is_in_the_catalogue_lupdate_reads() -> None:
    """lupdate reads contractor_app/gui only: a template missing from error_messages.py would never be translated."""
    templates = _templates_given_to("said") | {VaultDamaged("a").template, VaultDamaged("a", "b").template,
                                     BackupDamaged("a").template, BackupDamaged("a", "b").template}
    assert len(templates) > 15
    assert sorted(templates - set(TEMPLATES)) == []
    phrases = _templates_given_to("Phrase")
    assert len(phrases) > 10 and sorted(phrases - set(PHRASES)) == []
    refused = _templates_given_to("Refused")  # why a sync file was refused: said inside a sync round's lines
    assert len(refused) > 5 and sorted(refused - set(PHRASES)) == []
    assert WrongPassword().args[0] in FIXED
    assert len(set(TEMPLATES) | set(FIXED) | set(PHRASES)) == len(TEMPLATES) + len(FIXED) + len(PHRASES)


def _whole_messages() -> set[str]:
    """Every message (and damaged part or detail) a LedgerError is raised with as one fixed string, outside the
    command line and the app itself, and outside the JSON restore, which only the command line runs."""
    for module in pkgutil.walk_packages(contractor_app.__path__, "contractor_app."):  # every LedgerError subclass
        if not module.name.endswith("__main__") and ".migrations" not in module.name:  # alembic runs those
            importlib.import_module(module.name)
    kinds, errors = [LedgerError], set()
    while kinds:
        kind = kinds.pop()
        errors.add(kind.__name__)
        kinds += kind.__subclasses__()
    return {string for path, called, plain, strings in _calls()
            if plain and called in errors and not {"cli", "gui"} & set(path.parts)
            and path.stem not in ("json_restore", "json_export")
            for string in strings if string}


def test_every_whole_message_is_in_the_catalogue_lupdate_reads() -> None:
    """A message raised whole is translated as it is: one missing from error_messages.py stays English in the app."""
    messages = _whole_messages()
    assert len(messages) > 100
    assert sorted(messages - set(FIXED) - set(PHRASES) - set(TEMPLATES)) == []


def test_the_cli_still_prints_the_english_sentence(vault: Vault) -> None:
    new = NewClient(name="Acme", currency="USD", terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD")))
    add_client(vault, new)
    assert str(raised(add_client, vault, new)) == "There is already a client named 'Acme'; nothing was changed."
