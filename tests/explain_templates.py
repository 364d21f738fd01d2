"""Every English template and word of domain/explain.py, and of the citation phrase domain/rules.py gives the steps
(``page_cited``), read from their source as lupdate would read a list of them: a ``step``'s second argument, a
``Phrase``'s or a ``Word``'s first (the modules keep each one a literal for this)."""

from __future__ import annotations

import ast
from pathlib import Path

import contractor_app.domain.explain as explain_module
import contractor_app.domain.rules as rules_module

# The modules whose phrases the explanation catalogues (reports/explain_text.py, gui/pay/explain_text.py) translate.
MODULES = (explain_module, rules_module)


def explain_templates() -> list[str]:
    found: list[str] = []
    trees = [ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8")) for module in MODULES]
    for node in (node for tree in trees for node in ast.walk(tree)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        index = {"step": 1, "Phrase": 0, "Word": 0}.get(node.func.id)
        if index is None or len(node.args) <= index:
            continue
        argument = node.args[index]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value:
            found.append(argument.value)
    return list(dict.fromkeys(found))
