"""``start ice --minutes N`` on the command line: refused outside 15-20 and for other routines."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_runner import Cli
from .test_cli import assert_one_sentence


@pytest.mark.parametrize("minutes", ["14", "21", "0", "-3", "100"])
def test_minutes_outside_15_to_20_are_one_sentence(cli: Cli, data_dir: Path, minutes: str) -> None:
    result = cli.run("--data-dir", str(data_dir), "start", "ice", "--minutes", minutes)
    assert_one_sentence(result, "15 to 20 minutes", minutes)
    assert not data_dir.exists()


@pytest.mark.parametrize("minutes", ["abc", "17.5", ""])
def test_minutes_that_are_not_a_whole_number_are_one_sentence(
    cli: Cli, data_dir: Path, minutes: str
) -> None:
    result = cli.run("--data-dir", str(data_dir), "start", "ice", "--minutes", minutes)
    assert_one_sentence(result, "--minutes", "whole number")
    assert not data_dir.exists()


def test_minutes_are_only_for_ice(cli: Cli, data_dir: Path) -> None:
    result = cli.run("--data-dir", str(data_dir), "start", "gentle-stretching", "--minutes", "15")
    assert_one_sentence(result, "--minutes", "only for the ice routine", "gentle-stretching")
    assert not data_dir.exists()


def test_the_ice_routine_is_listed(cli: Cli) -> None:
    result = cli.run("routines")
    assert result.returncode == 0, result.stderr
    assert "ice\tIce (R.I.C.E.)\tbuilt-in" in result.stdout.splitlines()
