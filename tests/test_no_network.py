"""The app makes no network connections: no module of it imports Qt's network modules.

The import contracts in pyproject.toml forbid the network modules of the standard library
and the usual HTTP clients. Import-linter sees only the root of an external package
(PySide6), so Qt's network modules are looked for here, in the source of every module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import hamstring_coach

NETWORK_MODULES = {"PySide6.QtNetwork", "PySide6.QtWebSockets", "PySide6.QtWebEngineCore"}


def network_imports(source: str, name: str) -> list[str]:
    """The Qt network modules a module's source imports, as "line: module"."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [f"{node.lineno}: {module}" for module in modules if module in NETWORK_MODULES]
    return found


def test_network_imports_are_found() -> None:
    source = "import PySide6.QtNetwork\nfrom PySide6 import QtCore, QtNetwork\n"
    assert network_imports(source, "x.py") == ["1: PySide6.QtNetwork", "2: PySide6.QtNetwork"]


def test_no_module_of_the_app_imports_qt_network() -> None:
    package = Path(hamstring_coach.__file__).parent
    files = sorted(package.rglob("*.py"))
    assert len(files) > 10
    found = {
        str(path.relative_to(package)): imports
        for path in files
        if (imports := network_imports(path.read_text(encoding="utf-8"), str(path)))
    }
    assert found == {}
