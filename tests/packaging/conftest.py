"""Helpers for the packaging tests: packaging/ scripts as modules, installed copies run."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from ..running_app import run_until_recorded

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"


def load_script(relative: str) -> ModuleType:
    """Import a script under packaging/ by its path (they are not a package)."""
    path = PACKAGING / relative
    name = "packaging_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- installed copies

SESSION_ROUTINE = "gentle-stretching"
SESSION_TIME_SCALE = 100  # 13 minutes of routine in about 8 s
SESSION_WITHIN_S = 90.0
COMMAND_TIMEOUT_S = 60.0


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a person's session: offscreen, a private home, no test leftovers."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(home / "run"))
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(extra)
    return env


def run_command(
    program: list[str], *args: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*program, *args], capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, env=env
    )


def history_json(program: list[str], data_dir: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    done = run_command(program, "--data-dir", str(data_dir), "history", "--json", env=env)
    assert done.returncode == 0, done.stderr
    sessions: list[dict[str, Any]] = json.loads(done.stdout)
    return sessions


def run_one_session(program: list[str], data_dir: Path, env: dict[str, str]) -> dict[str, Any]:
    """Start ``program`` on a routine at a scaled clock, wait for it to be recorded as
    completed (read through the same program), quit it as Ctrl+Q would; the session."""
    command = [*program, "--data-dir", str(data_dir)]
    command += ["--time-scale", str(SESSION_TIME_SCALE), "start", SESSION_ROUTINE]
    return run_until_recorded(
        command,
        data_dir,
        within_s=SESSION_WITHIN_S,
        env=env,
        read=lambda: history_json(program, data_dir, env),
    ).session


def resource_files(root: Path) -> set[str]:
    """Every file under a resources folder, relative, with "/"."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
