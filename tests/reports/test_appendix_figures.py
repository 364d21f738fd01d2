"""The claim packet's appendix writes its money as the rest of the packet does: grouped, in the packet's language
("USD 5,525.00"; in Spanish "USD 5.525,00"), in each step and in its line of inputs, where it printed the command
line's bare digits ("earned USD 5525.00; paid USD 4007.50") under figures grouped everywhere above it.
`summary --explain` keeps its text: docs/cli-json.md and the golden summaries pin it."""

from __future__ import annotations

from pathlib import Path

from ..conftest import Cli
from .test_minimum_wage_wording import text_of


def test_the_appendix_groups_its_money_as_the_packet_s_language_does(cli: Cli, tmp_path: Path) -> None:
    """A fixed price of 5,525.00 for a day's work in New York City, 4,007.50 of it paid: 1,517.50 owed."""
    cli.init("--currency", "USD", "--jurisdiction", "US-NY-NYC")
    cli("client", "add", "Studio", "--fixed", "5525", "--jurisdiction", "US-NY-NYC")
    assert cli("log", "--client", "studio", "--start", "2026-01-09T09:00", "--end", "2026-01-09T17:00").code == 0
    assert cli("pay", "--client", "studio", "--date", "2026-01-20", "--amount", "4007.50",
               "--period", "2026-01-05..2026-01-09").code == 0
    texts = {}
    for language in ("en", "es", "fr"):
        out = tmp_path / f"{language}.pdf"
        result = cli("report", "claim", "--client", "Studio", "--from", "2026-01-01", "--to", "2026-01-31",
                     "--language", language, "-o", str(out))
        assert result.code == 0, result.err
        texts[language] = text_of(out)
    assert "earned USD 5,525.00; paid USD 4,007.50; balance USD 1,517.50" in texts["en"]
    assert "the terms pay USD 5,525.00" in texts["en"]  # the minimum-wage step's own sentence
    assert "5525" not in texts["en"] and "4007" not in texts["en"]
    assert "ganado USD 5.525,00; pagada USD 4.007,50; saldo USD 1.517,50" in texts["es"]
    assert "5525" not in texts["es"] and "5.525.00" not in texts["es"]
    assert "5525" not in texts["fr"] and "gagné 5 525,00 USD; payée 4 007,50 USD" in texts["fr"]  # spaces: text_of
    explained = cli("summary", "--from", "2026-01-01", "--to", "2026-01-31", "--explain").out
    assert "earned USD 5525.00; paid USD 4007.50; balance USD 1517.50" in explained
