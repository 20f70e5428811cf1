"""Ctrl+C, SIGTERM and SIGHUP at many more moments of start-up than ``make test`` tries.

The same checks as tests/test_stop_signals.py: a clean status, no traceback, nothing
half-made, every session kept as stopped.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from ..cli_runner import Cli
from ..test_stop_signals import stop_during_start_up

pytestmark = [
    pytest.mark.faults,
    pytest.mark.timeout(600),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals, /proc"),
]

TRIES = int(os.environ.get("HAMSTRING_COACH_SIGNAL_TRIES", "24"))


def test_ctrl_c_at_many_moments_of_start_up(cli: Cli, tmp_path: Path) -> None:
    seen = stop_during_start_up(cli, tmp_path, signal.SIGINT, TRIES, from_app_code=True)
    assert set(seen) <= {0, 130}, seen
    print(f"Ctrl+C at {TRIES} moments of start-up: exit statuses {seen}")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_at_many_moments_of_start_up(
    cli: Cli, tmp_path: Path, signum: int
) -> None:
    seen = stop_during_start_up(cli, tmp_path, signum, TRIES // 2, from_app_code=False)
    assert set(seen) <= {0, 128 + signum, -signum}, seen
