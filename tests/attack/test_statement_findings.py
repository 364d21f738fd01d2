"""Two faults the hostile-file campaign found in the statement importers (tests/attack/campaign.py, Wise, seed
1759762594, files 7088 and 9238): each crashed with an unhandled exception instead of one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractor_app.errors import InvalidInput
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.statement_imports import StatementRequest, import_statement
from contractor_app.store.vault import Vault

from ..interchange.conftest import FIXTURES

HISTORY = (FIXTURES / "statements" / "wise_transaction_history.csv").read_text(encoding="utf-8-sig")
STATEMENT = (FIXTURES / "statements" / "wise_statement_EUR.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("rate", ["1e+308", "1E5", "99999999999999999999", "0.0000000000000000001"])
def test_an_absurd_exchange_rate_is_refused_with_one_line(vault: Vault, tmp_path: Path, rate: str) -> None:
    """A rate of 1e+308 made the fee conversion raise decimal.InvalidOperation (an "Unexpected error")."""
    path = tmp_path / "wise.csv"
    path.write_text(HISTORY.replace(",0.91830,BF-14,", f",{rate},BF-14,"), encoding="utf-8")
    assert rate in path.read_text()
    with pytest.raises(InvalidInput, match="is not an exchange rate"):
        import_statement(vault, StatementRequest("wise", path))


def test_an_absurd_amount_is_refused_with_one_line(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "wise.csv"
    path.write_text(HISTORY.replace(",496.80,", ",999999999999999,"), encoding="utf-8")
    with pytest.raises(InvalidInput, match="is not an amount"):
        import_statement(vault, StatementRequest("wise", path))


def test_a_transaction_id_with_a_space_records_its_rate_once(vault: Vault, tmp_path: Path) -> None:
    """Rates already recorded were found by the last word of their source label, so an id with a space was never
    found, and importing the file again failed on the unique source (an IntegrityError)."""
    add_client(vault, NewClient(name="Blue Fin", currency="EUR"))
    path = tmp_path / "wise.csv"
    header, first, *rest = STATEMENT.splitlines()
    spaced = first.split(",", 1)
    path.write_text("\n".join([header, "{'id': 1}," + spaced[1], *rest]) + "\n", encoding="utf-8")
    first_import = import_statement(vault, StatementRequest("wise", path))
    assert first_import.rates >= 1
    again = import_statement(vault, StatementRequest("wise", path))
    assert again.rates == 0 and again.new == 0



def test_a_line_break_inside_a_column_name_gives_one_line(vault: Vault, tmp_path: Path) -> None:
    """The full campaign (`make attack`, PayPal, seed 3651316270, file 1859) found a header cell quoted across a
    line break ("D<newline>ate"): the refusal quoted the columns found, and the error was two lines."""
    path = tmp_path / "paypal.csv"
    text = (FIXTURES / "statements" / "paypal_activity_de.csv").read_text(encoding="utf-8-sig")
    path.write_text(text.replace('"Date"', '"D\nate"', 1), encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        import_statement(vault, StatementRequest("paypal", path))
    message = str(refused.value)
    assert len(message.splitlines()) == 1 and "Columns found: D ate, Time" in message, message
