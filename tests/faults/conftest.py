"""Fixtures for the fault tests (``make test-faults``): the real app, killed and signalled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ..test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    home = tmp_path / "home"
    home.mkdir()
    runner = Cli(home)
    try:
        yield runner
    finally:
        runner.cleanup()
