"""The generated half of docs/rules.md: which rule values were read at their official sources, and which only at a
secondary source (with the official source where each is still to be confirmed). No value is read nowhere: the
loaders refuse one.

The lists come from the rule files (a secondary read is a value with ``confirmed: false``), so the page cannot drift
from them: tests/domain/test_rule_files.py compares the page with what this module writes. After changing a rule
file, run `python -m tests.domain.rules_doc` to rewrite the page below its marker line (the text above it is kept).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contractor_app.services.rules import rule_file

PAGE = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
MARKER = ("<!-- Everything below this line is written by `python -m tests.domain.rules_doc` from the rule files; "
          "tests/domain/test_rule_files.py checks that it is current. -->")
CHECKED_FILES = ("minimum_wage", "pay_floors", "overtime", "distance_rates", "freelancer_laws", "public_holidays")


def figure(kind: str, value: dict[str, Any]) -> str:
    """The value as a reader checks it against the source: "16.50 USD/hour", "over 40 h/week x 1.5", a law's name."""
    if kind == "overtime":
        daily = f"; over {value['daily_hours']} h/day" if value.get("daily_hours") else ""
        return f"over {value['weekly_hours']} h/week x {value['weekly_multiplier']}{daily}"
    if kind == "distance_rates":
        return ", ".join(f"{tier['amount']} {value['currency']}/{value['unit']}"
                         + (f" to {tier['up_to']}" if tier["up_to"] else "") for tier in value["tiers"])
    if kind == "freelancer_laws":
        return str(value["name"])
    if kind == "public_holidays":
        return f"{value['name']}: {len(value['holidays'])} national holidays"
    return f"{value['amount']} {value['currency']}/{value['unit']}"


def generated() -> str:
    """The page's generated half, from the marker line on."""
    read: list[str] = []
    secondary: list[str] = []
    total = 0
    for kind in CHECKED_FILES:
        for value in sorted(rule_file(kind)["values"], key=lambda v: (v["jurisdiction"], v["effective_from"])):
            total += 1
            what = f"{value['jurisdiction']} {value['effective_from']} ({figure(kind, value)})"
            if value["confirmed"]:
                read.append(f"- `{kind}` {what}, read {value['source_read']}: <{value['source']}>")
            else:
                secondary.append(f"- `{kind}` {what}, read {value['source_read']} at <{value['source']}>; "
                                 f"to confirm at: {value['official_source']}")
    lines = [MARKER, "", f"## Read at their official sources ({len(read)} of {total})", "",
             "Each value's `note` in its rule file quotes what the page states.", "", *read, "",
             f"## Read only at a secondary source, to confirm at the official one ({len(secondary)} of {total})", "",
             "Marked `confirmed: false` in their rule files, each with the secondary page read (`source`), the words "
             "it states (`quote`) and the official source where it is still to be confirmed (`official_source`). "
             "Reports and `rules list` say so beside the figure.", "", *secondary]
    return "\n".join(lines) + "\n"


def page_text() -> str:
    """docs/rules.md as it should be: its hand-written half, then the generated one."""
    written = PAGE.read_text(encoding="utf-8")
    head = written.split(MARKER)[0]
    return head + generated()


if __name__ == "__main__":
    PAGE.write_text(page_text(), encoding="utf-8")
