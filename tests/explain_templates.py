"""Every English template and word of domain/explain.py, read from its source as lupdate would read a list of them:
a ``step``'s second argument, a ``Phrase``'s or a ``Word``'s first (the module keeps each one a literal for this)."""

from __future__ import annotations

import ast
from pathlib import Path

import contractor_app.domain.explain as explain_module


def explain_templates() -> list[str]:
    found: list[str] = []
    tree = ast.parse(Path(explain_module.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        index = {"step": 1, "Phrase": 0, "Word": 0}.get(node.func.id)
        if index is None or len(node.args) <= index:
            continue
        argument = node.args[index]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value:
            found.append(argument.value)
    return list(dict.fromkeys(found))
