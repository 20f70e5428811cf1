"""The German catalogue is complete, sound and compiled.

``make translations`` (tools/translations.py) collects the strings into
translations/hamstring_coach_de.ts and compiles it into resources/translations. These
tests redo the collection on the current source, so a new string that nobody translated
fails here, and check the committed .qm against the committed .ts.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from .catalogue import GERMAN_TS, PLACEHOLDER, QM_FOLDER, ROOT, compile_ts, messages, shown


def _translations_tool():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_of_the_source_is_translated_into_german(tmp_path: Path) -> None:
    # The committed catalogue, updated from the source as `make translations` does.
    ts = tmp_path / GERMAN_TS.name
    shutil.copy(GERMAN_TS, ts)
    _translations_tool().update([ts], tmp_path)
    updated = messages(ts)
    assert len(updated) > 500
    untranslated = [(m.context, m.source) for m in updated if not m.finished or not m.translation]
    assert untranslated == [], "run `make translations` and translate these"
    committed = {(m.context, m.source) for m in messages(GERMAN_TS)}
    assert {(m.context, m.source) for m in updated} == committed, "run `make translations`"


def test_the_built_in_routines_are_in_the_catalogue() -> None:
    routines = {m.source: m.translation for m in messages(GERMAN_TS) if m.context == "Routines"}
    assert routines["Gentle stretching"] == "Sanftes Dehnen"
    assert "Ice (R.I.C.E.)" in routines and "A glass of water" in routines


def test_every_translation_keeps_the_placeholders_and_one_mnemonic() -> None:
    for m in messages(GERMAN_TS):
        for text in m.forms or (m.translation,):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(m.source)), (
                m.source,
                text,
            )
        assert m.translation.count("&") == m.source.count("&"), (m.source, m.translation)
        assert m.translation == m.translation.strip() or m.source != m.source.strip()


def test_the_mnemonics_of_a_page_stay_unique() -> None:
    for context in {m.context for m in messages(GERMAN_TS)}:
        keys = [
            m.translation[m.translation.index("&") + 1].lower()
            for m in messages(GERMAN_TS)
            if m.context == context and "&" in m.translation
        ]
        assert len(keys) == len(set(keys)), (context, keys)


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    qm = tmp_path / "de.qm"
    compile_ts(GERMAN_TS, qm)
    committed = QM_FOLDER / "hamstring_coach_de.qm"
    assert committed.read_bytes() == qm.read_bytes(), "run `make translations`"


def test_german_says_what_english_says_not_the_same_words() -> None:
    # Only names and a few words German shares with English may stay as they are.
    same = {
        shown(m.source)
        for m in messages(GERMAN_TS)
        if m.translation == m.source and any(c.isalpha() for c in PLACEHOLDER.sub("", m.source))
    }
    assert same <= SAME_IN_GERMAN, same - SAME_IN_GERMAN


SAME_IN_GERMAN = {
    "Hamstring Coach",
    "Hamstring Coach: {status}",
    "Massage",
    "Plan",
    "Tempo",
    "{s} s",
    "s",
}


def test_counted_messages_have_german_plural_forms(qapp) -> None:
    # pyside6-lupdate does not see the count in translate(context, text, "", n); the
    # tool keeps such messages counted, so German gets its singular and plural.
    from PySide6.QtCore import QCoreApplication, QTranslator

    counted = [m for m in messages(GERMAN_TS) if "%n" in m.source]
    assert counted and all(len(m.forms) == 2 and all(m.forms) for m in counted)
    translator = QTranslator()
    assert translator.load(str(QM_FOLDER / "hamstring_coach_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        one = QCoreApplication.translate("Texts", "{done} of %n set(s)", "", 1)
        three = QCoreApplication.translate("Texts", "{done} of %n set(s)", "", 3)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert (one, three) == ("{done} von 1 Satz", "{done} von 3 Sätzen")
