"""One running app per data folder, and the hand-over from a second launch.

The data folder's lock (``storage.lock``) says which process owns the folder. The owner
listens on a local socket: a Unix-domain socket private to the user (a named pipe on
Windows), through QLocalServer; never an IP socket. A second launch that finds the lock
taken connects, sends its command as one JSON line (``start ice``, ``show history``, or
just "open"), reads one JSON line back and ends: the running window comes to the front
and carries the command out.

The socket's place: ``$XDG_RUNTIME_DIR`` when it is the user's own private folder, else
the data folder itself (private too), else a private folder of the user's in the temp
folder; named after the data folder, so that two data folders run side by side. A
killed owner leaves its socket file behind; the next owner holds the lock before it
listens, so it may remove that file safely.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # QtNetwork is loaded when first listened or connected with
    from PySide6.QtNetwork import QLocalSocket

# A Unix socket's path must fit in sun_path (104 bytes on macOS, 108 on Linux).
MAX_SOCKET_PATH = 100
# Requests and answers are one short JSON line each.
MAX_LINE = 16 * 1024
VERSION = 1


@dataclass(frozen=True)
class Request:
    """What a second launch asks of the running app."""

    command: str = "open"  # "open", "start" or "show"
    routine: str | None = None
    minutes: int | None = None
    page: str | None = None

    def to_line(self) -> bytes:
        import json  # not on the way to the window

        return (json.dumps({"version": VERSION, **asdict(self)}) + "\n").encode()

    @classmethod
    def from_line(cls, line: bytes) -> Request:
        import json

        data = json.loads(line)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError("not a request of this version")
        command = data.get("command")
        if command not in ("open", "start", "show"):
            raise ValueError(f"unknown command {command!r}")
        routine, minutes, page = data.get("routine"), data.get("minutes"), data.get("page")
        if routine is not None and not isinstance(routine, str):
            raise ValueError("routine")
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)):
            raise ValueError("minutes")
        if page is not None and not isinstance(page, str):
            raise ValueError("page")
        return cls(command, routine, minutes, page)


@dataclass(frozen=True)
class Answer:
    """What the running app says back: done, or one sentence on why not."""

    ok: bool
    message: str = ""

    def to_line(self) -> bytes:
        import json

        return (json.dumps(asdict(self)) + "\n").encode()

    @classmethod
    def from_line(cls, line: bytes) -> Answer:
        import json

        data = json.loads(line)
        if not isinstance(data, dict) or not isinstance(data.get("ok"), bool):
            raise ValueError("not an answer")
        return cls(data["ok"], str(data.get("message", "")))


def socket_name(data_dir: Path, environ: Mapping[str, str]) -> str | None:
    """Where the owner of ``data_dir`` listens; None when no private place fits."""
    # Two CRCs of the folder's name: enough to tell data folders apart, and zlib is loaded
    # already where hashlib would cost the window's start.
    name = str(data_dir).encode()
    digest = f"{zlib.crc32(name):08x}{zlib.crc32(name, 0x9E3779B9):08x}"
    if sys.platform == "win32":
        return f"hamstring-coach-{digest}"  # a named pipe; Windows keeps it per session
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _private_folder(Path(runtime)):
        candidate = str(Path(runtime) / f"hamstring-coach-{digest}.sock")
        if len(candidate.encode()) <= MAX_SOCKET_PATH:
            return candidate
    candidate = str(data_dir / "hamstring-coach.sock")
    if len(candidate.encode()) <= MAX_SOCKET_PATH:
        return candidate
    import tempfile

    folder = Path(tempfile.gettempdir()) / f"hamstring-coach-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    candidate = str(folder / f"{digest}.sock")
    fits = len(candidate.encode()) <= MAX_SOCKET_PATH
    return candidate if fits and _private_folder(folder) else None


def _private_folder(folder: Path) -> bool:
    """A real folder (not a link) owned by this user and closed to everyone else."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISDIR(info.st_mode) and mine and info.st_mode & 0o077 == 0


class InstanceServer(QObject):
    """Listens for second launches and answers each with ``handle(request)``."""

    def __init__(
        self, name: str, handle: Callable[[Request], Answer], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._name = name
        self._handle = handle
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        """Start listening; call only while holding the data folder's lock, since a file
        left at the name by a killed owner is removed first."""
        self._server.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            peer = self._server.nextPendingConnection()
            self._buffers[peer] = b""
            peer.readyRead.connect(lambda peer=peer: self._read(peer))
            peer.disconnected.connect(lambda peer=peer: self._drop(peer))

    def _read(self, peer: QLocalSocket) -> None:
        if peer not in self._buffers:
            return
        data = self._buffers[peer] + bytes(peer.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_LINE:
                self._drop(peer)
                peer.abort()
            else:
                self._buffers[peer] = data
            return
        line = data.split(b"\n", 1)[0]
        del self._buffers[peer]
        try:
            answer = self._handle(Request.from_line(line))
        except ValueError as error:
            answer = Answer(False, f"The running Hamstring Coach did not understand: {error}.")
        peer.write(answer.to_line())
        peer.flush()
        peer.disconnectFromServer()

    def _drop(self, peer: QLocalSocket) -> None:
        self._buffers.pop(peer, None)
        peer.deleteLater()


def hand_over(name: str, request: Request, timeout_ms: int = 3000) -> Answer | None:
    """Give ``request`` to the app listening at ``name``; None when nobody answers.

    Blocking, for a second launch that has nothing else to do; needs no event loop.
    """
    from PySide6.QtNetwork import QLocalSocket

    peer = QLocalSocket()
    peer.connectToServer(name)
    try:
        if not peer.waitForConnected(timeout_ms):
            return None
        peer.write(request.to_line())
        if not peer.waitForBytesWritten(timeout_ms):
            return None
        data = b""
        while b"\n" not in data and len(data) <= MAX_LINE:
            if not peer.bytesAvailable() and not peer.waitForReadyRead(timeout_ms):
                break
            data += bytes(peer.readAll().data())
        if b"\n" not in data:
            return None
        try:
            return Answer.from_line(data.split(b"\n", 1)[0])
        except ValueError:
            return None
    finally:
        peer.abort()
