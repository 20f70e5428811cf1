"""Run a command that file permissions apply to, even when the tests run as root.

Root reads and writes files whatever their modes say (the capabilities
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER), so a test of a read-only file
would pass or fail for the wrong reason. As root, :func:`unprivileged` runs the command
under ``setpriv`` with those capabilities dropped from its bounding set: the command is
still root, but the modes of files and folders apply to it as to anyone. As another
user the command runs as it is. Where neither works the test is skipped.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest

import hamstring_coach

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
CHECKOUT = Path(hamstring_coach.__file__).resolve().parent.parent
TIMEOUT_S = 60.0
_DROPPED = "-dac_override,-dac_read_search,-fowner"


@functools.cache
def _setpriv_prefix() -> tuple[str, ...] | None:
    """setpriv with the capabilities dropped, if it works here and really drops them."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, "--bounding-set", _DROPPED)
    with tempfile.TemporaryDirectory() as folder:
        closed = Path(folder) / "closed"
        closed.write_bytes(b"")
        closed.chmod(0)
        try:
            probe = subprocess.run(
                [*prefix, sys.executable, "-c", "import sys; open(sys.argv[1]).close()", closed],
                capture_output=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except OSError:
            return None
    # A container may refuse to change the bounding set (setpriv fails otherwise).
    refused = probe.returncode != 0 and b"PermissionError" in probe.stderr
    return prefix if refused else None


def unprivileged(argv: Sequence[str | os.PathLike[str]]) -> list[str]:
    """argv as a command that file permissions apply to; skips the test if none can be made."""
    command = [os.fspath(arg) for arg in argv]
    if not IS_ROOT:
        return command
    prefix = _setpriv_prefix()
    if prefix is None:
        pytest.skip("root ignores file permissions, and setpriv cannot drop that here")
    return [*prefix, *command]


def run_python(code: str, *args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args`` unprivileged, importing this checkout's hamstring_coach."""
    inherited = os.environ.get("PYTHONPATH")
    search = os.pathsep.join([str(CHECKOUT), inherited] if inherited else [str(CHECKOUT)])
    return subprocess.run(
        unprivileged([sys.executable, "-c", code, *args]),
        env={**os.environ, "PYTHONPATH": search},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
