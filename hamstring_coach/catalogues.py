"""The compiled translations the app carries: resources/translations/hamstring_coach_<lang>.qm.

Qt-free, so that the command line can ask which languages there are without loading Qt;
``ui.translations`` and ``cli.words`` load the catalogue itself.
"""

from __future__ import annotations

from pathlib import Path

from hamstring_coach.resources import ResourceNotFoundError, resource_path

CATALOGUE = "hamstring_coach"
FOLDER = "translations"


def available_languages() -> list[str]:
    """The languages the app has a compiled translation for (English is the source)."""
    try:
        folder = resource_path(FOLDER)
    except ResourceNotFoundError:
        return []
    prefix = CATALOGUE + "_"
    return sorted(p.stem[len(prefix) :] for p in folder.glob(f"{prefix}*.qm"))


def catalogue_path(language: str) -> Path:
    """The compiled translation of the app into ``language``."""
    return resource_path(f"{FOLDER}/{CATALOGUE}_{language}.qm")
