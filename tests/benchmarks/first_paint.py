"""Start a window, report when it is first painted, and close it again.

Run by the start-up benchmark as a child process with the project's interpreter:

    python first_paint.py bare              a QMainWindow holding a QLabel
    python first_paint.py app DATA_DIR      Hamstring Coach, through hamstring_coach.cli.main

At the window's first paint it writes one JSON line to stdout and closes the window:
``{"paint_monotonic": <time.monotonic()>, "cpu_s": <time.process_time()>,
"vmhwm_kib": <peak RSS>}``, all read once the first frame is painted.
Both modes watch for the paint with the same event filter, so the two measurements
differ only in what the window is. The QApplication is created here, before any window
code runs; the app reuses an existing QApplication, exactly as when the filter is absent.
This script imports nothing beyond sys, time and PySide6, so that it adds as little as
possible to what is measured.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


def peak_rss_kib() -> int:
    """VmHWM, the peak resident set size of this process, in KiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


class FirstPaint(QObject):
    """Notes the first paint of a main window, reports it once the frame is done, and
    closes the window so the event loop ends by itself."""

    def __init__(self) -> None:
        super().__init__()
        self._window: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._window is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._window = watched.window()
            # Runs once the paint pass that this event belongs to has finished.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        now, cpu = time.monotonic(), time.process_time()
        # Written by hand: importing json (and re) here would add to both measurements.
        sys.stdout.write(
            f'{{"paint_monotonic": {now!r}, "cpu_s": {cpu!r}, "vmhwm_kib": {peak_rss_kib()}}}\n'
        )
        sys.stdout.flush()
        assert self._window is not None
        self._window.close()


def run_bare(app: QApplication) -> int:
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1100, 720)
    window.show()
    return app.exec()


def run_app(data_dir: str) -> int:
    from hamstring_coach.cli import main

    return main(["--data-dir", data_dir])


def launch(argv: list[str]) -> int:
    mode = argv[0] if argv else ""
    if mode not in ("bare", "app") or (mode == "app") != (len(argv) == 2):
        print("usage: first_paint.py bare | first_paint.py app DATA_DIR", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    status = run_bare(app) if mode == "bare" else run_app(argv[1])
    app.removeEventFilter(watcher)
    QCoreApplication.processEvents()
    return status


if __name__ == "__main__":
    sys.exit(launch(sys.argv[1:]))
