"""Update the translations: collect every string, then compile the catalogues.

    python tools/translations.py [--add LANG ...]     (make translations [ADD=fr])

1. pyside6-lupdate collects every string that goes through Qt's translation functions
   in hamstring_coach/, plus the shown texts of the built-in routines
   (``core.routine_words.shown_texts``, filed under "Routines") and every description
   and help line of the command line (``cli.words.help_texts``, "CommandLine"), into
   translations/hamstring_coach_<lang>.ts, one file per language. Strings no longer
   in the source are dropped; new ones arrive "unfinished" for the translator. No
   source locations are written, so the files change only when the strings do.
2. pyside6-lrelease compiles each .ts into resources/translations/hamstring_coach_<lang>.qm,
   which the wheel, the bundle and a source checkout all carry; the .qm files are
   committed, so a fresh clone works without Qt's tools (tests/ui/test_german.py checks
   that they are up to date).

``--add fr`` starts a new language: an empty catalogue for French.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hamstring_coach.cli import build_parser  # noqa: E402
from hamstring_coach.cli.common import builtin_routine_paths  # noqa: E402
from hamstring_coach.cli.words import CONTEXT, help_texts  # noqa: E402
from hamstring_coach.core.routine_words import shown_texts  # noqa: E402
from hamstring_coach.core.routines import load_routines  # noqa: E402

CATALOGUE = "hamstring_coach"
TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    path = TOOLS / name
    if not path.exists():
        raise SystemExit(f"translations: {name} is not installed next to {sys.executable}")
    return str(path)


def routine_source() -> str:
    """The built-in routines' shown texts as Python that pyside6-lupdate reads."""
    texts = shown_texts(load_routines(builtin_routine_paths()))
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps('Routines')}, {json.dumps(t, ensure_ascii=False)})"
        for t in texts
    ]
    return "\n".join(lines) + "\n"


def help_source() -> str:
    """The command line's descriptions and help lines as Python that lupdate reads."""
    texts = help_texts(build_parser())
    return "".join(f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {_literal(t)})\n" for t in texts)


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def sources(folder: Path) -> list[str]:
    """Every source file to collect from: the package, the routines' texts and the
    command line's help (both data, written out as Python for pyside6-lupdate)."""
    routines = folder / "routine_texts.py"
    routines.write_text(routine_source(), encoding="utf-8")
    help_lines = folder / "command_line_help.py"
    help_lines.write_text(help_source(), encoding="utf-8")
    package = sorted(str(p) for p in (ROOT / "hamstring_coach").rglob("*.py"))
    return [*package, str(routines), str(help_lines)]


def update(ts_files: list[Path], folder: Path) -> None:
    command = [tool("pyside6-lupdate"), *sources(folder), "-locations", "none", "-no-obsolete"]
    for ts in ts_files:
        forms = plural_forms(ts)
        subprocess.run([*command, "-ts", str(ts)], check=True, stdout=subprocess.DEVNULL)
        restore_plurals(ts, forms)


# pyside6-lupdate sees a count only in ``self.tr(text, "", n)``, not in
# ``translate(context, text, "", n)``, and turns such messages back into plain ones. Every
# message with "%n" is a counted one: its plural forms are kept across the update.
Key = tuple[str, str]


def plural_forms(ts: Path) -> dict[Key, list[str]]:
    forms: dict[Key, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found = [f.text or "" for f in message.iter("numerusform")]
            if found:
                forms[(context.findtext("name") or "", message.findtext("source") or "")] = found
    return forms


def restore_plurals(ts: Path, forms: dict[Key, list[str]]) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None:
                continue
            message.set("numerus", "yes")
            kept = forms.get((context.findtext("name") or "", source), ["", ""])
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in kept:
                ET.SubElement(translation, "numerusform").text = form
            if all(kept):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def qm_for(ts: Path) -> Path:
    return QM_FOLDER / (ts.stem + ".qm")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--add",
        nargs="*",
        default=[],
        metavar="LANG",
        help="start a catalogue for a new language (de, fr, pt_BR)",
    )
    args = parser.parse_args(argv)
    TS_FOLDER.mkdir(exist_ok=True)
    QM_FOLDER.mkdir(parents=True, exist_ok=True)
    for language in args.add:
        ts = TS_FOLDER / f"{CATALOGUE}_{language}.ts"
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n',
                encoding="utf-8",
            )
    ts_files = sorted(TS_FOLDER.glob(f"{CATALOGUE}_*.ts"))
    with tempfile.TemporaryDirectory() as folder:
        update(ts_files, Path(folder))
    for ts in ts_files:
        compile_catalogue(ts, qm_for(ts))
        print(f"translations: {ts.relative_to(ROOT)} -> {qm_for(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
