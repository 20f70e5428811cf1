"""The single instance: where it listens, what a second launch says and is answered."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from hamstring_coach.ui.desktop.single_instance import (
    MAX_SOCKET_PATH,
    Answer,
    InstanceServer,
    Request,
    socket_name,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix-domain sockets")


@pytest.mark.parametrize(
    "request_",
    [Request(), Request("start", "ice", 15), Request("show", page="history")],
)
def test_a_request_survives_the_line(request_: Request) -> None:
    assert Request.from_line(request_.to_line()) == request_


@pytest.mark.parametrize(
    "line",
    [
        b"[]",
        b'{"version": 2, "command": "open"}',
        b'{"version": 1, "command": "format"}',
        b'{"version": 1, "command": "start", "minutes": "15"}',
        b'{"version": 1, "command": "start", "routine": 3}',
    ],
)
def test_a_bad_request_is_refused(line: bytes) -> None:
    with pytest.raises(ValueError):
        Request.from_line(line)


@posix_only
def test_the_socket_lives_in_the_private_runtime_folder(tmp_path: Path) -> None:
    runtime = Path(tempfile.mkdtemp(prefix="run-"))  # short, as /run/user/1000 is
    data = tmp_path / "data"
    name = socket_name(data, {"XDG_RUNTIME_DIR": str(runtime)})
    assert name is not None and Path(name).parent == runtime
    other = socket_name(tmp_path / "other", {"XDG_RUNTIME_DIR": str(runtime)})
    assert other != name  # one per data folder
    runtime.rmdir()


@posix_only
def test_a_runtime_folder_open_to_others_is_not_used(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    runtime.chmod(0o755)
    data = tmp_path / "d"
    assert socket_name(data, {"XDG_RUNTIME_DIR": str(runtime)}) == str(
        data / "hamstring-coach.sock"
    )


@posix_only
def test_a_long_data_folder_falls_back_to_a_private_temp_folder(tmp_path: Path) -> None:
    data = tmp_path / ("x" * 120)
    name = socket_name(data, {})
    assert name is not None and len(name.encode()) <= MAX_SOCKET_PATH
    folder = Path(name).parent
    assert folder.stat().st_uid == os.getuid() and folder.stat().st_mode & 0o077 == 0


@posix_only
def test_the_server_answers_a_request_and_removes_a_stale_file(qtbot, tmp_path: Path) -> None:
    name = str(tmp_path / "s.sock")
    Path(name).write_text("left by a killed window")
    heard: list[Request] = []

    def handle(request: Request) -> Answer:
        heard.append(request)
        return Answer(False, "A session is under way.")

    server = InstanceServer(name, handle)
    assert server.listen()
    assert Path(name).stat().st_mode & 0o077 == 0  # only this user may connect
    peer = QLocalSocket()
    peer.connectToServer(name)
    qtbot.waitUntil(lambda: peer.state() == QLocalSocket.LocalSocketState.ConnectedState)
    peer.write(Request("start", "ice").to_line())
    qtbot.waitUntil(lambda: peer.bytesAvailable() > 0 or bool(heard), timeout=3000)
    qtbot.waitUntil(lambda: peer.canReadLine(), timeout=3000)
    answer = Answer.from_line(bytes(peer.readLine().data()).strip())
    assert answer == Answer(False, "A session is under way.")
    assert heard == [Request("start", "ice")]
    peer.abort()
    server.close()
