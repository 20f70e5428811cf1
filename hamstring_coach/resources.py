"""Find the app's bundled files: routines, illustrations, sounds and icons.

Every asset is reached through :func:`resource_path` with a path relative to the
resources folder, such as ``"routines/gentle-stretching.toml"``. The folder is looked
for, in this order:

1. a frozen bundle (PyInstaller): ``sys._MEIPASS/hamstring_coach/resources``;
2. the package folder, ``hamstring_coach/resources/``, where an installed wheel has it;
3. the ``resources/`` folder beside the package in a source checkout (also what an
   editable install sees, since it imports the package from the source tree).

Nothing is computed at import time: each call looks again, so tests can change
``sys.frozen`` or install the package elsewhere and get the right answer.
"""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

__all__ = ["ResourceNotFoundError", "resource_path", "resources_root"]

_PACKAGE = "hamstring_coach"
_FOLDER = "resources"


class ResourceNotFoundError(FileNotFoundError):
    """A bundled file or folder is missing; ``str(error)`` is one sentence naming it.

    ``path`` is where it belongs: in the first resources folder that exists, or else in
    the last place looked (the source checkout's, or the installed package's).
    """

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def _candidate_roots() -> list[Path]:
    """Return the folders that may hold the resources, most specific first."""
    roots: list[Path] = []
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            roots.append(Path(bundle) / _PACKAGE / _FOLDER)
    package_dir = Path(__file__).resolve().parent
    roots.append(package_dir / _FOLDER)
    checkout = package_dir.parent
    # Only a source checkout counts: a stray "resources" folder in site-packages must not.
    if (checkout / "pyproject.toml").is_file():
        roots.append(checkout / _FOLDER)
    return roots


def _check_relative(relative: str) -> PureWindowsPath:
    """Refuse anything but a plain relative path that stays inside the resources."""
    if not relative or not relative.strip():
        raise ValueError("resource path is empty")
    # PureWindowsPath splits on both "/" and "\\" and sees drives and UNC shares, so
    # one check refuses absolute paths written for any platform.
    pure = PureWindowsPath(relative)
    if pure.anchor:
        raise ValueError(f"resource path must be relative, got {relative!r}")
    if ".." in pure.parts:
        raise ValueError(f"resource path must not contain '..', got {relative!r}")
    return pure


def resources_root() -> Path:
    """Return the folder that holds the app's resources.

    Raises:
        ResourceNotFoundError: when no resources folder exists in any known place.
    """
    roots = _candidate_roots()
    for root in roots:
        if root.is_dir():
            return root
    raise _missing(roots[-1], roots)


def resource_path(relative: str) -> Path:
    """Return the absolute path of a bundled file or folder.

    Args:
        relative: a path relative to the resources folder, with "/" (or "\\")
            separators, e.g. ``"routines/gentle-stretching.toml"`` or ``"sounds"``.

    Raises:
        ValueError: when ``relative`` is empty, absolute, or contains a ``..`` part.
        ResourceNotFoundError: when no resources folder holds it.
    """
    parts = _check_relative(relative).parts
    roots = _candidate_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    home = next((root for root in roots if root.is_dir()), roots[-1])
    raise _missing(home.joinpath(*parts), roots)


def _missing(path: Path, roots: list[Path]) -> ResourceNotFoundError:
    others = [str(root) for root in roots if not path.is_relative_to(root)]
    also = f" (also looked in {', '.join(others)})" if others else ""
    return ResourceNotFoundError(
        f"Hamstring Coach cannot find {path}{also}; the installation looks incomplete, "
        "so reinstall the app.",
        path,
    )
