"""How a data-access request's deadline was counted, in the worker's language.

domain/access_deadlines.py says it as English sentences kept as templates and fields (``Sentence``): `dsar list`
prints the English, and here each template is translated in the "deadlines" context and then filled. The fields
that are fixed words from the rule files (a holiday list's place, "Scotland", and what the list leaves out) are
translated in the same context when the catalogue has them, and stay English otherwise; dates and citations are put
in as they are. lupdate reads only contractor_app/gui, so every template and every place of
resources/rules/public_holidays.json is listed here (tests/gui/privacy/test_deadline_text.py checks that none is
missing). A translation that drops or misspells a field falls back to the English sentence rather than failing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.access_deadlines import Sentence

CONTEXT = "deadlines"

TEMPLATES = (
    QT_TRANSLATE_NOOP("deadlines", "One month counted in calendar days; weekends and holidays count."),
    QT_TRANSLATE_NOOP("deadlines", "{months} months counted in calendar days; weekends and holidays count."),
    QT_TRANSLATE_NOOP("deadlines", "{days} days counted in calendar days; weekends and holidays count."),
    QT_TRANSLATE_NOOP("deadlines", "A last day on a Saturday or Sunday moves to the Monday; the public holidays where "
                                   "the company is are not known here, so a holiday may move it one working day "
                                   "later."),
    QT_TRANSLATE_NOOP("deadlines", "A last day on a Saturday, a Sunday or a public holiday in {place} moves to the "
                                   "next working day (national holidays)."),
    QT_TRANSLATE_NOOP("deadlines", "A last day on a Saturday, a Sunday or a public holiday in {place} moves to the "
                                   "next working day (national holidays; {regional})."),
    QT_TRANSLATE_NOOP("deadlines", "The extension claimed on {claimed} came after the first deadline ({first_due}), "
                                   "so it does not move it ({citation})."),
)

# The holiday lists' places and what each leaves out (resources/rules/public_holidays.json: "name", "regional").
# A place goes where the English has "in {place}": a language whose preposition changes with the place leaves it
# out of the template and puts it in the place (French "un jour férié {place}" with "aux Pays-Bas").
PLACES = (
    QT_TRANSLATE_NOOP("deadlines", "England and Wales"),
    QT_TRANSLATE_NOOP("deadlines", "Northern Ireland"),
    QT_TRANSLATE_NOOP("deadlines", "Scotland"),
    QT_TRANSLATE_NOOP("deadlines", "local holidays set by Scottish councils are not counted"),
    QT_TRANSLATE_NOOP("deadlines", "Ireland"),
    QT_TRANSLATE_NOOP("deadlines", "Germany"),
    QT_TRANSLATE_NOOP("deadlines", "only the nine holidays kept in every Land; a Land's own (e.g. Epiphany, Corpus "
                                   "Christi, Reformation Day, All Saints) are not counted"),
    QT_TRANSLATE_NOOP("deadlines", "Spain"),
    QT_TRANSLATE_NOOP("deadlines", "an autonomous community's own holidays (e.g. Maundy Thursday, Easter Monday, its "
                                   "national day) and the Mondays some communities give for a national holiday on a "
                                   "Sunday are not counted"),
    QT_TRANSLATE_NOOP("deadlines", "France"),
    QT_TRANSLATE_NOOP("deadlines", "Alsace-Moselle's Good Friday and 26 December and the overseas departments' own "
                                   "days are not counted"),
    QT_TRANSLATE_NOOP("deadlines", "Italy"),
    QT_TRANSLATE_NOOP("deadlines", "a town's patron saint's day is not counted"),
    QT_TRANSLATE_NOOP("deadlines", "the Netherlands"),
    QT_TRANSLATE_NOOP("deadlines", "Poland"),
)


def sentence_text(sentence: Sentence) -> str:
    """``sentence`` in the worker's language: its template translated, then its fields put in."""
    fields = {name: QCoreApplication.translate(CONTEXT, value)
              if name in sentence.phrases and isinstance(value, str) and value else value
              for name, value in sentence.fields}
    try:
        return QCoreApplication.translate(CONTEXT, sentence.template).format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost or misspelt a field
        return sentence.text


def basis_text(sentences: Iterable[Sentence]) -> str:
    """How a deadline was counted (``AccessRequestDetails.deadline_sentences``), one paragraph."""
    return " ".join(sentence_text(sentence) for sentence in sentences)
