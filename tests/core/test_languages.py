"""The language is picked from the environment as gettext picks it."""

from __future__ import annotations

import pytest

from hamstring_coach.core.languages import pick_language, preferences

HAVE = ["de"]


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8@euro"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French: English
        ({"LANGUAGE": "de", "LANG": "en_US.UTF-8"}, "de"),  # LANGUAGE comes first
        ({"LANGUAGE": "fr:de:en", "LANG": "en_GB.UTF-8"}, "de"),  # the first we have
        ({"LANGUAGE": "en:de", "LANG": "de_DE.UTF-8"}, "en"),  # English asked for first
        ({"LANGUAGE": "de", "LANG": "C"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANGUAGE": "de", "LC_ALL": "C.UTF-8", "LANG": "de_DE"}, "en"),
        ({"LC_ALL": "de_CH.UTF-8", "LANG": "en_US.UTF-8"}, "de"),  # LC_ALL over LANG
        ({"LC_MESSAGES": "de_DE", "LANG": "en_US.UTF-8"}, "de"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "de-DE"}, "de"),
        ({"LANGUAGE": "::", "LANG": "POSIX"}, "en"),
    ],
)
def test_the_language_follows_the_environment(environ: dict[str, str], language: str) -> None:
    assert pick_language(environ, HAVE) == language


def test_a_regional_translation_is_preferred_to_the_language() -> None:
    assert pick_language({"LANG": "pt_BR.UTF-8"}, ["pt", "pt_BR"]) == "pt_BR"
    assert pick_language({"LANG": "pt_PT.UTF-8"}, ["pt", "pt_BR"]) == "pt"


def test_preferences_keep_the_order_asked_for() -> None:
    environ = {"LANGUAGE": "sv:de_DE.UTF-8", "LANG": "nl_NL.UTF-8"}
    assert preferences(environ) == ["sv", "de_DE", "nl_NL"]
