"""Reports in five languages (issues 16 and 21): every report string translated with the same placeholders as the
English, money, dates and numbers as each language writes them, no glyph dropped, and signed reports that verify
whatever their language."""

from __future__ import annotations

import ast
import io
import re
import shutil
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

import contractor_app
from contractor_app.domain.money import Money
from contractor_app.domain.share import CATEGORIES
from contractor_app.domain.times import DateRange
from contractor_app.reports import language
from contractor_app.reports.fonts import REPLACEMENT, missing_glyphs
from contractor_app.reports.language import (
    LANGUAGES,
    amount_in,
    catalogue,
    day,
    in_language,
    language_for,
    money,
    number,
    placeholders,
    short_day,
    translate,
)
from contractor_app.reports.share_summary import kind_names
from contractor_app.services.report_data import gather
from contractor_app.services.reports import ReportRequest, check_report, report_bytes
from contractor_app.store.vault import Vault

from ..conftest import Cli, fast_cases
from ..sample import PASSWORD, SampleWork, Templates

REPORTS_DIR = Path(contractor_app.__file__).parent / "reports"
TRANSLATED = [code for code in LANGUAGES if code != "en"]


def report_strings() -> list[str]:
    """Every ``translate("reports", "…")`` and ``QT_TRANSLATE_NOOP("reports", "…")`` in reports/, as lupdate finds
    them."""
    found: list[str] = []
    for path in sorted(REPORTS_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):  # lupdate does not look inside f-strings
                assert "translate(" not in ast.unparse(node), f"{path.name}:{node.lineno}: translate() in an f-string"
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) == 2 \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "reports":
                if isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):  # else a lookup
                    found.append(node.args[1].value)
    return list(dict.fromkeys(found))


def test_the_scan_finds_the_report_strings() -> None:
    strings = report_strings()
    assert len(strings) > 250
    assert "Claim packet: records of work and pay" in strings and "Yours faithfully," in strings


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_report_string_is_translated_with_the_same_placeholders(code: str) -> None:
    translations = catalogue(code)
    missing = [s for s in report_strings() if s not in translations]
    assert not missing, f"{code}: {len(missing)} without a finished translation, e.g. {missing[:3]}"
    different = [s for s in report_strings() if placeholders(translations[s]) != placeholders(s)]
    assert not different, f"{code}: placeholders differ in {different[:3]}"
    for text in translations.values():
        assert not missing_glyphs(text), (code, text)


def test_a_missing_or_unfinished_translation_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a catalogue with an unfinished message and a changed placeholder."""
    catalogue.cache_clear()
    fake = tmp_path / "contractor_app.resources" / "translations"
    fake.mkdir(parents=True)
    (fake / "reports_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr"><context>'
        "<name>reports</name>"
        "<message><source>Yours faithfully,</source><translation type=\"unfinished\">Salut</translation></message>"
        "<message><source>page {number} of {total}</source><translation>page {numero} sur {total}</translation>"
        "</message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(language, "files", lambda package: tmp_path / package)
    try:
        found = catalogue("fr")
        assert "Yours faithfully," not in found
        assert placeholders(found["page {number} of {total}"]) != placeholders("page {number} of {total}")
    finally:
        catalogue.cache_clear()


def test_a_catalogue_declaring_entities_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue.cache_clear()
    fake = tmp_path / "contractor_app.resources" / "translations"
    fake.mkdir(parents=True)
    (fake / "reports_es.ts").write_text('<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaa">]><TS>&a;</TS>')
    monkeypatch.setattr(language, "files", lambda package: tmp_path / package)
    try:
        with pytest.raises(ValueError):
            catalogue("es")
    finally:
        catalogue.cache_clear()


@pytest.mark.parametrize(("code", "amount", "when", "count"), [
    ("en", "USD 1,234.50", "2026-03-07", "12,345.60"),
    ("es", "USD 1.234,50", "07/03/2026", "12.345,60"),
    ("pt_BR", "USD 1.234,50", "07/03/2026", "12.345,60"),
    ("fr", "1\u202f234,50\u00a0USD", "07/03/2026", "12\u202f345,60"),
    ("fil", "USD 1,234.50", "Mar 7, 2026", "12,345.60"),
])
def test_money_dates_and_numbers_follow_the_language(code: str, amount: str, when: str, count: str) -> None:
    with in_language(code):
        assert money(Money(Decimal("1234.5"), "USD")) == amount
        assert day(date(2026, 3, 7)) == when
        assert number(Decimal("12345.6"), 2) == count
        assert short_day(date(2026, 3, 7)) == {"en": "07 Mar", "fil": "Mar 7"}.get(code, "07/03")
        assert not missing_glyphs(amount + when + count)


def test_pesos_in_filipino_carry_the_peso_sign() -> None:
    with in_language("fil"):
        assert money(Money(Decimal("695"), "PHP")) == "₱695.00"
        assert money(Money(Decimal("-12.5"), "PHP")) == "-₱12.50"
    assert not missing_glyphs("₱ ã ç é ñ")


def test_the_language_is_the_locale_s() -> None:
    assert [language_for(name) for name in ("pt_BR.UTF-8", "pt_PT", "es_MX", "fr-CA", "fil_PH", "de_DE", "C", "")] \
        == ["pt_BR", "pt_BR", "es", "fr", "fil", "en", "en", "en"]


def test_outside_a_report_the_text_is_english() -> None:
    with in_language("es"):
        assert translate("reports", "Yours faithfully,") != "Yours faithfully,"
    assert translate("reports", "Yours faithfully,") == "Yours faithfully,"


@pytest.fixture(scope="module")
def template(templates: Templates) -> Path:
    return templates(SampleWork()).folder


def month_request() -> ReportRequest:
    """Acme Labeling's claim packet for the last 30 days, A4."""
    today = datetime.now(UTC).date()
    return ReportRequest(kind="claim", client="Acme Labeling", period=DateRange(today - timedelta(days=30), today),
                         as_of=today, paper="a4")


def claim_packets(template: Path, data_dir: Path, *codes: str) -> list[bytes]:
    """Acme Labeling's claim packet for the last 30 days, A4, in each language of ``codes``, from a copy of the
    module's sample records; the first packet's check runs against the records it was made from."""
    shutil.copytree(template, data_dir)
    with Vault.unlock(data_dir, PASSWORD) as vault:
        return [report_bytes(vault, month_request(), language=code)[1] for code in codes]


def month_shortfall(data_dir: Path) -> str:
    """The minimum-wage shortfall of the month's packet as the engine reckons it, in English ("25.35"). The sample's
    records follow the clock (its zone is one where it is mid-afternoon now, its days end today), and the shortfall
    is rounded per California workweek, so it is 25.35 or 25.36 by the hour the tests run."""
    with Vault.unlock(data_dir, PASSWORD) as vault:
        check = gather(vault, month_request()).pay[0].minimum_wage
    assert check is not None and check.below and Decimal("0") < check.shortfall.amount < Decimal("1000")
    return f"{check.shortfall.amount:.2f}"


# Words of the claim packet's first page in each language, and the minimum-wage shortfall as it writes money
# ({comma}: the amount with a decimal comma; {point}: with a point).
FIRST_PAGE = {
    "es": ("Expediente de reclamación", "USD {comma}"),
    "pt_BR": ("Dossiê de reclamação", "USD {comma}"),
    "fr": ("Dossier de réclamation", "{comma}\u00a0USD"),
    "fil": ("Pakete ng paghahabol", "USD {point}"),
}


@pytest.mark.parametrize("code", fast_cases(TRANSLATED, keep=(3,)))
def test_a_claim_packet_in_each_language_verifies_and_drops_no_glyph(template: Path, data_dir: Path,
                                                                     code: str) -> None:
    (pdf,) = claim_packets(template, data_dir, code)
    with Vault.unlock(data_dir, PASSWORD) as vault:
        check = check_report(vault, pdf)
    assert check.same_key and not check.changed_sections
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    first = " ".join(pages[0].split())
    title, written = FIRST_PAGE[code]
    amount = month_shortfall(data_dir)
    shortfall = written.format(comma=amount.replace(".", ","), point=amount)
    assert title in first and " ".join(shortfall.split()) in first, first[:400]  # split() also splits at U+00A0
    assert "What is owed" not in first and "Balance owed" not in first and "legal advice" not in first
    assert REPLACEMENT not in " ".join(pages)


def test_the_command_line_writes_the_language_asked_for(cli: Cli, tmp_path: Path) -> None:
    cli.init("--name", "Ana", "--currency", "USD")
    cli("client", "add", "Acme", "--rate", "20/h")
    out = tmp_path / "carta.pdf"
    result = cli("report", "pay-summary", "--language", "es", "-o", str(out))
    assert result.code == 0, result.err
    assert "Resumen de pagos" in (PdfReader(out).pages[0].extract_text() or "")
    assert cli("report", "pay-summary", "--language", "de", "-o", str(out)).code == 2


def test_the_command_line_defaults_to_the_locale_s_language(cli: Cli, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cli.init("--name", "Ana", "--currency", "USD")
    out = tmp_path / "resumo.pdf"
    monkeypatch.setenv("LC_MESSAGES", "pt_BR.UTF-8")
    assert cli("report", "pay-summary", "-o", str(out)).code == 0
    assert "Resumo de pagamentos" in (PdfReader(out).pages[0].extract_text() or "")
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL first, as the C library reads it: C is English
    assert cli("report", "pay-summary", "-o", str(out)).code == 0
    assert "Pay summary" in (PdfReader(out).pages[0].extract_text() or "")


def test_every_kind_of_work_has_a_name_in_the_group_report() -> None:
    assert set(kind_names()) == set(CATEGORIES)
    with in_language("es"):
        assert kind_names()["delivery"] == "reparto"


LOG_TITLES = ("Date", "Start", "End", "Break", "Hours", "Category", "Units", "Note", "Marks")


@pytest.mark.parametrize("code", fast_cases(TRANSLATED, keep=(0,)))
def test_the_daily_log_s_column_titles_are_whole_words_in_each_language(template: Path, data_dir: Path,
                                                                          code: str) -> None:
    """Seen in a Spanish claim packet: the log's narrow columns broke their titles mid-word ("Unid" above "ades",
    "Marca" above "s"). A column is at least as wide as its title's longest word."""
    (pdf,) = claim_packets(template, data_dir, code)
    with in_language(code):
        titles = [translate("reports", title) for title in LOG_TITLES]
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    log = next(text for text in pages if titles[0] in text.splitlines())  # the log's first title, on a line alone
    words = set(log.split())
    assert [word for title in titles for word in title.split() if word not in words] == []


def test_the_rules_table_writes_the_minimum_wage_as_the_language_writes_money(template: Path, data_dir: Path) -> None:
    """Seen in a Spanish claim packet: the rules table wrote "USD 16.90/h" (the raw number, an English decimal point)
    while every other amount on the page was "USD 16,90"."""
    english, spanish = claim_packets(template, data_dir, "en", "es")
    english_text, spanish_text = (" ".join(" ".join(page.extract_text() or "" for page in
                                                    PdfReader(io.BytesIO(pdf)).pages).split())
                                  for pdf in (english, spanish))
    row = re.search(r"(US-[A-Z-]+) USD ([0-9.]+)/h", english_text)  # the rules table's minimum-wage row
    assert row is not None, english_text
    jurisdiction, amount = row.groups()
    with in_language("es"):
        localised = " ".join(amount_in(Decimal(amount), "USD").split())
    assert f"{jurisdiction} {localised}/h" in spanish_text and row[0] not in spanish_text
