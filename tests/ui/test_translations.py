"""Every string the window shows goes through Qt's translation functions.

pyside6-lupdate collects the strings from the source, each under the context it is looked
up in; every one is "translated" into a marked copy and compiled with pyside6-lrelease.
With that translation installed, every label and button a person sees must carry the mark,
except for routine data (titles, instructions) and numbers.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel

import hamstring_coach
from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.routines import load_routines

from .conftest import App

PACKAGE = Path(hamstring_coach.__file__).parent
TOOLS = Path(sys.executable).parent
MARK = "\u00ab"  # every pseudo-translation starts with «


def _tool(name: str) -> str:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to the interpreter")
    return str(path)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> ET.Element:
    folder = tmp_path_factory.mktemp("ts")
    ts = folder / "pseudo.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    return ET.parse(ts).getroot()


@pytest.fixture
def pseudo(catalogue: ET.Element, tmp_path: Path, qapp):
    for message in catalogue.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":  # "%n hold(s)": one form each for 1 and many
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = MARK + source + "\u00bb"
            continue
        translation.text = MARK + source + "\u00bb"
    ts = tmp_path / "pseudo.ts"
    ET.ElementTree(catalogue).write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "pseudo.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_string_is_filed_under_a_named_context(catalogue: ET.Element) -> None:
    contexts = {c.findtext("name"): c for c in catalogue.iter("context")}
    assert "" not in contexts and None not in contexts
    texts = {m.findtext("source") for m in contexts["Texts"].iter("message")}
    assert {"LEFT LEG", "RIGHT LEG", "Rep {n} of {total}", "GET READY"} <= texts
    assert len(list(catalogue.iter("message"))) > 100


def _routine_data() -> set[str]:
    data: set[str] = set()
    for routine in load_routines(builtin_routine_paths()):
        data |= {routine.title, routine.summary}
        for step in routine.steps:
            data |= {step.title, step.instruction}
    return data


def _untranslated(window) -> list[str]:
    """Visible label and button texts that carry no translation mark."""
    data = _routine_data()
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible():
            continue
        text = widget.text().strip()
        if not text or text in data or re.fullmatch(r"[\d:./ ]+", text) or MARK in text:
            continue
        found.append(f"{type(widget).__name__} {widget.accessibleName()!r}: {text!r}")
    return found


def test_every_visible_text_is_translated(pseudo, qtbot, tmp_path: Path) -> None:
    # Built after the translator is installed, as the app builds its window.
    from .conftest import make_app

    app: App = make_app(qtbot, tmp_path)
    try:
        window = app.window
        assert MARK in window.windowTitle()
        assert _untranslated(window) == []
        qtbot.mouseClick(window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
        assert _untranslated(window) == []
        assert MARK in window.session.side.text() and MARK in window.session.rep.text()
        assert MARK in window.session.ring.caption
        app.advance(20)
        assert _untranslated(window) == []
        qtbot.keyClick(window, Qt.Key.Key_P)
        assert window.pages.currentWidget() is window.summary
        assert _untranslated(window) == []
        qtbot.mouseClick(window.summary.rating.button(4), Qt.MouseButton.LeftButton)
        assert _untranslated(window) == []
        qtbot.mouseClick(window.history_tab, Qt.MouseButton.LeftButton)
        assert _untranslated(window) == []
        qtbot.mouseClick(window.settings_tab, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.settings_page
        assert _untranslated(window) == []
        qtbot.mouseClick(window.routines_tab, Qt.MouseButton.LeftButton)
        assert _untranslated(window) == []
        assert MARK in window.routines_page.list.item(0).text()
        qtbot.mouseClick(window.routines_page.copy_button, Qt.MouseButton.LeftButton)
        assert window.routines_page.editor is not None
        assert _untranslated(window) == []
        qtbot.mouseClick(window.history_tab, Qt.MouseButton.LeftButton)
        model = window.history.sessions
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        assert all(MARK in h for h in headers)
        cells = [str(model.index(0, c).data()) for c in (0, 3, 4)]
        assert all(MARK in cell for cell in cells), cells
        detail = window.history.detail.model
        exercise = detail.index(0, 0)
        assert MARK in detail.index(0, 3).data()  # "1 of 6 holds" and the like
        assert MARK in detail.index(0, 0, exercise).data()  # "Hold 1, left leg"
        assert MARK in detail.index(0, 3, exercise).data()  # "Stopped for sharp pain"
    finally:
        app.close()


def test_history_file_problems_are_translated(pseudo) -> None:
    import sqlite3

    from hamstring_coach.storage.errors import from_os_error, from_sqlite
    from hamstring_coach.ui.texts import storage_problem

    full = from_sqlite(sqlite3.OperationalError("database or disk is full"), "/d/h.db", "save")
    assert storage_problem(
        full
    ) == "\u00abCould not save to {file}: the disk is full.\u00bb".format(file="/d/h.db")
    locked = from_sqlite(sqlite3.OperationalError("database is locked"), "/d/h.db", "read")
    assert MARK in storage_problem(locked) and "/d/h.db" in storage_problem(locked)
    gone = from_os_error(FileNotFoundError(2, "No such file"), "/d/h.db", "save")
    assert MARK in storage_problem(gone)
    folder = from_os_error(PermissionError(13, "Permission denied"), "/d/h.db", "save")
    assert storage_problem(
        folder
    ) == "\u00abCould not save to {file}: its folder is read-only.\u00bb".format(file="/d/h.db")
    # What the storage layer could not classify keeps its own sentence.
    odd = from_sqlite(sqlite3.OperationalError("something new"), "/d/h.db", "save")
    assert storage_problem(odd) == str(odd) and "something new" in str(odd)
