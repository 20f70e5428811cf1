"""The app makes no network connections: no IP socket, only local ones.

The import contracts in pyproject.toml forbid the network modules of the standard library
and the usual HTTP clients. Import-linter sees only the root of an external package
(PySide6), so Qt's network modules are looked for here, in the source of every module:
the one thing the app may take from QtNetwork is its local sockets (QLocalServer and
QLocalSocket: Unix-domain sockets, named pipes on Windows), for the hand-over from a
second launch. Anything else from QtNetwork (QTcpSocket, QUdpSocket, a network access
manager, the whole module) fails.

And on Linux a running app is looked at from outside: every socket it holds must be a
Unix-domain one, none an IP socket.
"""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hamstring_coach

NETWORK_MODULES = {"PySide6.QtNetwork", "PySide6.QtWebSockets", "PySide6.QtWebEngineCore"}
# What may be taken from QtNetwork, by name: local sockets only.
LOCAL_ONLY = {"PySide6.QtNetwork": {"QLocalServer", "QLocalSocket"}}


def network_imports(source: str, name: str) -> list[str]:
    """The Qt network modules (or names of them) a module's source imports, as
    "line: module" or "line: module.Name"; local sockets are allowed."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module in NETWORK_MODULES:
                allowed = LOCAL_ONLY.get(node.module, set())
                modules = [
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name not in allowed
                ]
            else:
                modules = [f"{node.module}.{alias.name}" for alias in node.names]
                modules = [m for m in modules if m in NETWORK_MODULES]
        else:
            continue
        found += [f"{node.lineno}: {module}" for module in modules if _network(module)]
    return found


def _network(module: str) -> bool:
    return any(module == m or module.startswith(f"{m}.") for m in NETWORK_MODULES)


def test_network_imports_are_found() -> None:
    source = (
        "import PySide6.QtNetwork\n"
        "from PySide6 import QtCore, QtNetwork\n"
        "from PySide6.QtNetwork import QLocalSocket, QTcpSocket\n"
        "from PySide6.QtNetwork import QUdpSocket as Local\n"
        "from PySide6.QtNetwork import *\n"
        "from PySide6.QtWebSockets import QWebSocket\n"
    )
    assert network_imports(source, "x.py") == [
        "1: PySide6.QtNetwork",
        "2: PySide6.QtNetwork",
        "3: PySide6.QtNetwork.QTcpSocket",
        "4: PySide6.QtNetwork.QUdpSocket",
        "5: PySide6.QtNetwork.*",
        "6: PySide6.QtWebSockets.QWebSocket",
    ]


def test_local_sockets_are_allowed() -> None:
    source = "from PySide6.QtNetwork import QLocalServer, QLocalSocket\n"
    assert network_imports(source, "x.py") == []


def test_no_module_of_the_app_imports_qt_network() -> None:
    package = Path(hamstring_coach.__file__).parent
    files = sorted(package.rglob("*.py"))
    assert len(files) > 10
    found = {
        str(path.relative_to(package)): imports
        for path in files
        if (imports := network_imports(path.read_text(encoding="utf-8"), str(path)))
    }
    assert found == {}


# --------------------------------------------------------------------------- at run time


def _inodes(table: Path) -> set[str]:
    """The socket inodes listed in a /proc/net table."""
    try:
        lines = table.read_text(encoding="ascii").splitlines()[1:]
    except OSError:
        return set()
    column = 6 if table.name == "unix" else 9
    return {line.split()[column] for line in lines if len(line.split()) > column}


def _sockets_of(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[len("socket:[") : -1])
    return found


def test_the_sockets_are_told_apart() -> None:
    import socket  # the test's own sockets, to check the check

    ip = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ip.bind(("127.0.0.1", 0))
    ip.listen()  # listed in /proc/net/tcp once listening; nothing ever connects
    local_a, local_b = socket.socketpair(socket.AF_UNIX)
    try:
        if not sys.platform.startswith("linux"):
            pytest.skip("/proc is Linux's")
        mine = _sockets_of(os.getpid())
        ip_inodes = set().union(*(_inodes(Path(f"/proc/net/{t}")) for t in IP_TABLES))
        assert str(os.fstat(ip.fileno()).st_ino) in mine & ip_inodes
        assert str(os.fstat(local_a.fileno()).st_ino) in mine & _inodes(Path("/proc/net/unix"))
    finally:
        ip.close()
        local_a.close()
        local_b.close()


IP_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


@pytest.mark.e2e
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_running_app_holds_no_ip_socket(tmp_path: Path) -> None:
    """The real app with a session under way, after a second launch handed it a command:
    every socket it holds is a Unix-domain one."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    data = tmp_path / "data"
    command = [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data)]
    app = subprocess.Popen(
        [*command, "--time-scale", "50", "start", "gentle-stretching"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not (data / "hamstring-coach.sqlite3-wal").exists():
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the app did not open its history"
            time.sleep(0.05)
        second = subprocess.run(
            [*command, "start", "gentle-stretching"], env=env, timeout=30, check=False
        )
        assert second.returncode == 0
        held = _sockets_of(app.pid)
        ip = set().union(*(_inodes(Path(f"/proc/net/{t}")) for t in IP_TABLES))
        local = _inodes(Path("/proc/net/unix"))
        assert held, "no socket seen at all: the check looks in the wrong place"
        assert held & ip == set(), "the app holds an IP socket"
        # Strict: a socket in no table (an IP socket never bound) fails as well.
        assert held <= local, f"sockets that are not Unix-domain ones: {held - local}"
    finally:
        app.send_signal(signal.SIGTERM)
        app.communicate(timeout=20)
