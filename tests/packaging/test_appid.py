"""The app id: one valid reverse-DNS name, given to Qt as the desktop file name."""

from __future__ import annotations

import re

import pytest

from hamstring_coach import appid

# D-Bus well-known names (and so Flatpak and AppStream ids): dot-separated elements of
# [A-Za-z0-9_-], none starting with a digit, at least two, 255 characters at most.
# AppStream and Flatpak also ask for no "-" and at least three elements.
_ELEMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def test_app_id_is_a_reverse_dns_name_valid_for_dbus_and_flatpak() -> None:
    elements = appid.APP_ID.split(".")
    assert len(elements) >= 3
    assert len(appid.APP_ID) <= 255
    for element in elements:
        assert _ELEMENT.fullmatch(element), element
    # The reversed domain is lower case, the last element names the app.
    assert all(element == element.lower() for element in elements[:-1])


def test_derived_names_follow_the_id() -> None:
    assert appid.DESKTOP_FILE == appid.APP_ID + ".desktop"
    assert appid.METAINFO_FILE == appid.APP_ID + ".metainfo.xml"
    assert appid.ICON_NAME == appid.APP_ID
    assert appid.DBUS_PATH.split("/")[1:] == appid.APP_ID.split(".")


@pytest.mark.usefixtures("qtbot")
def test_the_application_names_its_desktop_file_by_the_id() -> None:
    from PySide6.QtGui import QGuiApplication

    from hamstring_coach.app import _application

    app = _application()
    assert QGuiApplication.desktopFileName() == appid.APP_ID
    assert app.applicationName() == appid.APP_NAME
    icon = app.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).toImage().isNull()
