"""Every translation of the app is whole and keeps what the code fills in.

A fresh lupdate scan of the code (the Makefile's sources) gives the strings in use; each language's .ts must have
every one of them finished, and each translation must keep its source's placeholders (%1.., %n, {name}), HTML
tags and &-accelerator, with every plural form filled. Within one form or menu (a context), two strings whose
accelerators differ in English must differ in the translation too: Alt+letter must not reach the wrong field.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from contractor_app.gui.app import TRANSLATIONS
from contractor_app.gui.settings import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("es", "pt_BR", "fr", "fil")
PLURAL_FORMS = {"es": 2, "pt_BR": 2, "fr": 2, "fil": 2}  # what Qt's plural rules give each language

Key = tuple[str, str]  # (context, source)


def placeholders(text: str) -> Counter[str]:
    """What the code fills in or Qt interprets: %1, %n, {name} and HTML tags, each with its count."""
    return Counter(re.findall(r"%(?:\d+|n)|\{\w*\}|</?\w+[^>]*>", text))


def accelerator(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand; "Data & privacy" has none)."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def in_use(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """The strings the code asks for today, from the same lupdate run as `make translations`."""
    scan = tmp_path_factory.mktemp("scan") / "contractor_scan.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-extensions", "py", "-no-obsolete", "contractor_app/gui",
                    "contractor_app/reports/kinds.py", "-ts", str(scan)], cwd=ROOT, check=True, capture_output=True)
    found = messages(scan)
    assert len(found) > 1000  # the scan really read the app
    return found


def test_the_settings_offer_every_translated_language() -> None:
    assert set(TRANSLATED) | {"en"} == set(LANGUAGES)
    for lang in TRANSLATED:
        assert (TRANSLATIONS / f"contractor_{lang}.qm").is_file()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_in_use_is_translated(lang: str, in_use: dict[Key, ET.Element]) -> None:
    catalogue = messages(TRANSLATIONS / f"contractor_{lang}.ts")
    missing = sorted(set(in_use) - set(catalogue))
    assert not missing, f"{lang}: not in the .ts (run `make translations`, then fill): {missing[:5]}"
    unfinished = [key for key in in_use
                  if catalogue[key].find("translation").get("type")  # type: ignore[union-attr]
                  or not all(texts(catalogue[key]))]
    assert not unfinished, f"{lang}: unfinished, obsolete or empty: {unfinished[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_tags_and_accelerators(lang: str) -> None:
    wrong = []
    for (context, source), message in messages(TRANSLATIONS / f"contractor_{lang}.ts").items():
        forms = texts(message)
        if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[lang]:
            wrong.append((context, source, f"{len(forms)} plural forms"))
        for text in forms:
            if placeholders(text) != placeholders(source) or accelerators(text) != accelerators(source):
                wrong.append((context, source, text))
    assert not wrong, f"{lang}: {len(wrong)} differ from their source, e.g. {wrong[:3]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_accelerators_stay_distinct_within_a_form(lang: str) -> None:
    letters: dict[str, list[tuple[str, str, str]]] = {}
    for (context, source), message in messages(TRANSLATIONS / f"contractor_{lang}.ts").items():
        english, translated = accelerator(source), accelerator(texts(message)[0])
        if english and translated:
            letters.setdefault(context, []).append((english, translated, source))
    clashes = [(context, a[2], b[2]) for context, found in letters.items()
               for i, a in enumerate(found) for b in found[i + 1:] if a[0] != b[0] and a[1] == b[1]]
    assert not clashes, f"{lang}: one Alt+letter for two fields: {clashes}"


def test_the_checks_catch_what_they_are_for() -> None:
    """The helpers above, on known slips: a lost %2, a lost tag, a dropped accelerator."""
    assert placeholders("Paid %1, owed %2") != placeholders("Pagado %1")
    assert placeholders("<b>Drop files</b> here") != placeholders("Déposez des fichiers ici")
    assert placeholders("Version {version}") == placeholders("Versão {version}")
    assert accelerators("&Name") == 1 and accelerators("Nom") == 0 and accelerators("Data && privacy") == 0
    assert accelerator("Re&peat it") == "p" and accelerator("Data & privacy") is None


@pytest.mark.parametrize("catalogue", ["contractor_es.ts", "reports_es.ts"])
def test_spanish_speaks_to_the_worker_as_tu(catalogue: str) -> None:
    """The app and its reports say tú to the worker ("Eres contratista"); the worked steps added later said usted
    ("Usted es contratista", "su propia zona") beside tú everywhere else. The access-request letters say ustedes to the
    company, as they should."""
    found = [(key, text) for key, message in messages(TRANSLATIONS / catalogue).items() for text in texts(message)
             if re.search(r"\b[Uu]sted\b|\bsu propia\b|\bsus propios\b", text)]
    assert found == []
