"""Reading the committed translations (translations/*.ts) for the tests."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "resources" / "translations"
GERMAN_TS = TS_FOLDER / "hamstring_coach_de.ts"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[sd]|%[sd]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str  # a counted message's last (plural) form
    finished: bool
    forms: tuple[str, ...] = ()  # a counted message's forms, singular first


def tool(name: str) -> str:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to the interpreter")
    return str(path)


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms[-1] if forms else (translation.text or ""),
                    translation.get("type") is None and all(forms),
                    forms,
                )
            )
    return found


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def shown(text: str) -> str:
    """A text as a person sees it: no mnemonic ampersands."""
    return re.sub(r"&(?!&)", "", text).strip()
