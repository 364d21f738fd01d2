"""A URL longer than its column wraps where a reader expects it to: after a /, ., -, _, ?, &, = or #, never inside a
word, and the text a lawyer copies from the PDF is the URL itself (no hyphen, soft hyphen or zero-width space added).

Found in review: the claim packet broke a long source URL at whatever letter filled the line ("...minimum-wa" /
"ge-increase..."), in the rules table, on page 1's "Why" and in the appendix.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from contractor_app.reports import layout
from contractor_app.reports.fonts import MONO, register_fonts
from contractor_app.reports.url_breaks import TextParagraph, url_lines

from ..conftest import Cli
from ..rule_book import minimum_wages_changed

# As long as the sources the rule files cite (a statute on casetext.com, a news release on a city's site): wider than
# the rules table's Source column and than page 1's text.
LONG_URL = ("https://www.dir.ca.gov/dlse/wage-and-hour/minimum-wage-2026/california_minimum_wage_increase_notice_"
            "for_all_employers.html?lang=en&section=hourly-rate#rate-table")
AFTER, BEFORE = "/", ".-_?&=#"  # a line ends after a slash, or the next starts with the other punctuation


def at_punctuation(line: str, following: str) -> bool:
    return line[-1] in AFTER or following[0] in BEFORE


@pytest.fixture
def long_source() -> Iterator[None]:
    """California's minimum wage as shipped, its source a long URL."""
    with minimum_wages_changed("US-CA", source=LONG_URL):
        yield


def printed_lines(text: str, url: str) -> list[list[str]]:
    """Each place ``url`` is printed in ``text`` (a page's extracted text), as the lines it is printed on."""
    lines = text.split("\n")
    found = []
    for number, line in enumerate(lines):
        for start in (m.start() for m in re.finditer(re.escape(url[:8]), line)):
            printed: list[str] = []
            rest, part = url, line[start:]
            if not (url.startswith(part) or part.startswith(url)):
                continue  # another URL
            while len(part) < len(rest) and rest.startswith(part) and number + len(printed) + 1 < len(lines):
                printed.append(part)
                rest = rest[len(part):]
                part = lines[number + len(printed)]
            assert part.startswith(rest), f"the URL is not printed whole: {printed + [part]}"
            found.append([*printed, rest])
    return found


def check_breaks(text: str, url: str) -> list[list[str]]:
    """Every place ``url`` is printed: each of its lines but the last ends after a slash or before other punctuation
    (never in a hyphen, which a reader takes for a word's), and the text without its line breaks holds the URL
    exactly there; nothing invisible is left in it."""
    assert "\u00ad" not in text and "\u200b" not in text
    found = printed_lines(text, url)
    assert text.replace("\n", "").count(url) == len(found)
    for printed in found:
        assert all(at_punctuation(line, following) for line, following in pairwise(printed)), printed
        assert not any(line.endswith("-") for line in printed[:-1]), printed
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("language", "paper"), [("en", "letter"), ("es", "a4"), ("en", "a4"), ("es", "letter")])
def test_a_long_source_url_in_the_claim_packet_breaks_only_at_its_punctuation(
        cli: Cli, tmp_path: Path, long_source: None, language: str, paper: str) -> None:
    """The rules table, page 1's "Why" and the appendix's "Source:" lines: each cites the URL, wrapped over two or
    more lines, each line but the last ending at a break character, and the page's text gives the URL back."""
    cli.init("--currency", "USD", "--jurisdiction", "US-CA")
    cli("client", "add", "Acme", "--rate", "10/h", "--jurisdiction", "US-CA")
    for day in range(2, 5):
        assert cli("log", "--client", "acme", "--start", f"2026-03-0{day}T09:00",
                   "--end", f"2026-03-0{day}T17:00").code == 0
    out = tmp_path / f"claim-{language}-{paper}.pdf"
    result = cli("report", "claim", "--client", "Acme", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--language", language, "--paper", paper, "-o", str(out))
    assert result.code == 0, result.err
    pages = [page.extract_text() or "" for page in PdfReader(out).pages]
    printed = [lines for text in pages for lines in check_breaks(text, LONG_URL)]
    assert len(check_breaks(pages[0], LONG_URL)) == 1  # page 1's "Why"
    assert len(printed) >= 3  # and the rules table and the appendix
    assert all(len(lines) >= 2 for lines in printed)  # each one wrapped: the test tests something


def laid_out(*flowables: Any, size: tuple[float, float] = (300.0, 400.0)) -> PdfReader:
    """The flowables laid out on pages of ``size`` points (a frame about 3 in wide, set in the reports' fonts)."""
    out = io.BytesIO()
    register_fonts()
    SimpleDocTemplate(out, pagesize=size, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36).build(
        list(flowables))
    return PdfReader(out)


def test_a_link_keeps_its_url_as_its_target() -> None:
    """A URL that is also a link: its text breaks after its punctuation, the link's target is the URL whole."""
    url = "https://www.example.gov/labour-standards/minimum-wage/2026/notice_of_increase.html?lang=en&page=2#rates"
    markup = f'Source: <a href="{layout.text(url)}">{layout.text(url)}</a>.'
    pdf = laid_out(TextParagraph(markup, layout.styles()["body"]))
    (page,) = pdf.pages
    (printed,) = check_breaks(page.extract_text(), url)
    assert len(printed) >= 2
    targets = {annotation.get_object()["/A"]["/URI"] for annotation in page.annotations or []}
    assert targets == {url}


def test_a_piece_wider_than_the_column_breaks_inside_it_and_only_it() -> None:
    """An archived page's URL with a 120-letter token in it: the token is wider than the column and breaks where
    the line is full, as any such word does; the rest of the URL still breaks after its punctuation."""
    token = "abcdefghij" * 12
    url = f"https://archive.example.org/web/20260101000000/{token}/minimum-wage-notice.html"
    pdf = laid_out(layout.para(f"Read at {url} on 2026-03-01.", layout.styles()["body"]))
    (printed,) = printed_lines(pdf.pages[0].extract_text(), url)
    assert "".join(printed) == url
    cuts = [cut for cut, (line, following) in zip(accumulate(map(len, printed)), pairwise(printed), strict=False)
            if not at_punctuation(line, following)]
    start = url.index(token)
    assert cuts and all(start < cut < start + len(token) for cut in cuts)  # only the token is broken inside


def test_a_paragraph_split_over_two_pages_keeps_its_url_breaks() -> None:
    """A long note whose URL falls across the foot of a page: the part on each page keeps the lines it was broken
    into, and the two pages' text gives the URL back whole."""
    before = " ".join(["The worker kept this note while the platform's help pages kept changing."] * 4)
    pdf = laid_out(layout.para(f"{before} Source: {LONG_URL} (read 2026-03-01).", layout.styles()["body"]),
                   size=(300.0, 200.0))
    first, second = (page.extract_text() for page in pdf.pages)
    assert LONG_URL[:12] in first and LONG_URL[-12:] in second  # the URL falls across the foot of the first page
    text = first + second  # each ends its last line
    (printed,) = check_breaks(text, LONG_URL)
    assert len(printed) >= 3


def test_a_sha_256_still_breaks_where_its_line_is_full() -> None:
    """A word with no punctuation to break at (a file's SHA-256, set in the monospaced font) breaks as before."""
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" * 2
    pdf = laid_out(TextParagraph(layout.text(digest), layout.styles()["mono"]))
    lines = pdf.pages[0].extract_text().strip().split("\n")
    assert "".join(lines) == digest and len(lines) == 3
    frame = 300 - 72 - 12  # the page less its margins and the frame's padding
    assert all(frame - stringWidth("0", MONO, 7.5) < stringWidth(line, MONO, 7.5) <= frame for line in lines[:-1])


def test_url_lines_fills_each_line_and_breaks_only_at_punctuation() -> None:
    """One character per point: the first line has the room left after the text before the URL."""
    lines = url_lines("https://a.example.org/long-path/to_the?page=1&x=2#top", 12, 20, len)
    assert lines == ["https://a", ".example.org/long", "-path/to_the?page=1", "&x=2#top"]
    assert url_lines("https://a.example.org/", 5, 20, len) == ["", "https://a.example", ".org/"]
    assert url_lines("https://x.org/" + "y" * 30 + "/z", 40, 20, len) == ["https://x.org/" + "y" * 30 + "/", "z"]
