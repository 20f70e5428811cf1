"""The app's names, written once: the reverse-DNS id and what is derived from it.

The id names the desktop file (``<APP_ID>.desktop``), the AppStream metainfo, the
installed icons (``<APP_ID>.svg``), the app's D-Bus and single-instance names, and what
``QGuiApplication.setDesktopFileName`` is given, so the desktop ties the window, its
notifications and its menu entry together. Files under ``packaging/`` carry the same id;
``tests/packaging`` checks that they agree with this module.
"""

from __future__ import annotations

__all__ = ["APP_ID", "APP_NAME", "DBUS_PATH", "DESKTOP_FILE", "ICON_NAME", "METAINFO_FILE"]

APP_ID = "io.github.hamstringcoach.HamstringCoach"
APP_NAME = "Hamstring Coach"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
# The themed icon name: installed as <APP_ID>.svg and <APP_ID>.png in the hicolor theme.
ICON_NAME = APP_ID
# A D-Bus object path for the app's own objects: the id with dots as slashes.
DBUS_PATH = "/" + APP_ID.replace(".", "/")
