"""The app started in German shows no English on its main pages.

The app's translator is installed from the environment as at start (LANGUAGE=de), the
window is built, and every page a person walks through is read: labels, buttons, tool
tips, accessible names and descriptions, placeholders, group and window titles, combo
box entries and every table's headers and cells. No text may be an English source string
(or an English sentence with its placeholders filled in) that has a German translation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.ui import translations

from .catalogue import GERMAN_TS, compile_ts, messages, shown
from .conftest import App, make_app

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}


def english_only() -> tuple[set[str], list[re.Pattern[str]]]:
    """The English texts a German window must not show: whole strings, and sentences
    with placeholders as patterns (their fixed words long enough to mean something)."""
    german = {shown(m.translation) for m in messages(GERMAN_TS)}
    texts: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for m in messages(GERMAN_TS):
        source = shown(m.source)
        if shown(m.translation) == source or source in german:
            continue
        pieces = re.split(r"\{[a-z_]*\}", source)
        if len(pieces) == 1:
            texts.add(source)
        elif sum(c.isalpha() for c in "".join(pieces)) >= 4:
            patterns.append(re.compile("(?s)" + ".+?".join(re.escape(p) for p in pieces)))
    return texts, patterns


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read or hear on the window now."""
    yield "window title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        kind = type(widget).__name__
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} accessible description", widget.accessibleDescription()
        yield f"{kind} tool tip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{kind} text", widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield f"{kind} title", widget.title()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{kind} text", widget.text()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{kind} item", widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for column in range(columns):
                yield f"{kind} header", str(model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(min(model.rowCount(root), 20)):
                for column in range(columns):
                    value = model.index(row, column).data()
                    yield f"{kind} cell", "" if value is None else str(value)


def english_left(window: QWidget) -> list[str]:
    texts, patterns = english_only()
    found = []
    for where, text in visible_texts(window):
        for line in shown(text).splitlines() or [""]:
            line = line.strip()
            if line in texts or any(p.fullmatch(line) for p in patterns):
                found.append(f"{where}: {line!r}")
    return sorted(set(found))


@pytest.fixture
def german(qapp, monkeypatch) -> Iterator[translations.Translations]:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in GERMAN.items():
        monkeypatch.setenv(name, value)
    spoken = translations.install(qapp, GERMAN)
    yield spoken
    spoken.uninstall()


def walk(qtbot, tmp_path: Path) -> list[str]:
    """Every main page in German, as a person walks through them: what English is left."""
    folder = tmp_path / "data"
    paths = AppPaths(folder)
    paths.ensure()
    app: App = make_app(qtbot, folder, paths=paths, words=translations.routine_words)
    window = app.window
    found: list[str] = []
    try:
        found += english_left(window)  # Today
        qtbot.mouseClick(window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
        app.advance(20)  # a hold under way
        assert window.session.ring.caption == "HALTEN"
        found += english_left(window)
        window.controller.pause()
        found += english_left(window)
        window.controller.resume()
        qtbot.keyClick(window, Qt.Key.Key_P)  # sharp pain: the summary
        assert window.pages.currentWidget() is window.summary
        found += english_left(window)
        qtbot.mouseClick(window.summary.rating.button(4), Qt.MouseButton.LeftButton)
        found += english_left(window)
        qtbot.mouseClick(window.history_tab, Qt.MouseButton.LeftButton)
        window.history.table.selectRow(0)
        assert window.history.sessions.rowCount() > 0
        found += english_left(window)
        window.history.show_pictures()
        found += english_left(window)
        window.history.show_list()
        window.history.open_export()
        assert window.history.export_dialog is not None
        found += english_left(window.history.export_dialog)
        window.history.export_dialog.reject()
        qtbot.mouseClick(window.settings_tab, Qt.MouseButton.LeftButton)
        found += english_left(window)
        window.show_care_notes()
        found += english_left(window)
        qtbot.mouseClick(window.routines_tab, Qt.MouseButton.LeftButton)
        found += english_left(window)
    finally:
        app.close()
    return sorted(set(found))


def test_the_german_window_shows_no_english(german, qtbot, tmp_path: Path) -> None:
    assert german.language == "de"
    assert QLocale().language() == QLocale.Language.German
    assert walk(qtbot, tmp_path) == []


def test_a_string_missing_from_the_catalogue_is_found(german, qtbot, tmp_path: Path) -> None:
    # The same walk with one translation taken out of the catalogue must see it.
    tree = ET.parse(GERMAN_TS)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "HistoryPage":
            for message in list(context.iter("message")):
                if message.findtext("source") == "Pictures":
                    context.remove(message)
    ts, qm = tmp_path / "short.ts", tmp_path / "short.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    compile_ts(ts, qm)
    short = QTranslator()
    assert short.load(str(qm))
    for translator in german.translators:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.installTranslator(short)
    try:
        found = walk(qtbot, tmp_path / "walk")
        assert found and all(f.endswith(": 'Pictures'") for f in found), found
    finally:
        QCoreApplication.removeTranslator(short)
