"""Start a window, report when it is first painted, and close it again.

Run by the start-up benchmark as a child process with the project's interpreter:

    python first_paint.py bare              a QMainWindow holding a QLabel
    python first_paint.py app DATA_DIR      Hamstring Coach, through hamstring_coach.cli.main

At the window's first paint it writes one JSON line to stdout and closes the window:
``{"paint_monotonic": <time.monotonic()>, "cpu_s": <time.process_time()>,
"vmhwm_kib": <peak RSS>, "page_monotonic": <time.monotonic()>}``, the first three read
once the first frame is painted. The app's window shows its frame first and its start
page just after (``MainWindow.open``); ``page_monotonic`` is when that page has been
painted too (for the bare window, the same moment as its first paint).
Both modes watch for the paint the same way, so the two measurements differ only in
what the window is: when a main window is shown (``QWidget.show`` is wrapped), an event
filter goes on its native window alone, and the first Expose there, which Qt answers by
painting every widget in it, schedules the report for right after that paint pass. The
filter is not put on the whole application: a Python filter there is called for every
event of every object, and PySide then builds a Python type for each internal class it
meets, which would charge a window with many widgets for the measuring itself. The
QApplication is created here, before any window code runs; the app reuses an existing
QApplication, exactly as when the launcher is absent.
This script imports nothing beyond sys, time and PySide6, so that it adds as little as
possible to what is measured.

The order of loading is the one each window has when started for real. The app's command
line is loaded before PySide6, as ``hamstring-coach`` loads it: PySide6 puts a hook on
every later import (it reads each new module's source, looking for its ``__feature__``
switch), which the command line does not pay when started from the menu or a terminal.
"""

from __future__ import annotations

import sys
import time

if __name__ == "__main__" and sys.argv[1:2] == ["app"]:
    import hamstring_coach.cli  # noqa: F401  (before PySide6, as hamstring-coach loads it)

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
        self._reported = False

    def watch(self, window: QWidget) -> None:
        """A main window was just shown: watch its native window for the first Expose."""
        if self._window is not None:
            return
        self._window = window
        handle = window.windowHandle()
        if handle is None:
            raise RuntimeError("a shown window has no native window")
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._reported and event.type() == QEvent.Type.Expose:
            self._reported = True
            # Runs once the Expose, and the paint pass it starts, has been handled.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        now, cpu, peak = time.monotonic(), time.process_time(), peak_rss_kib()
        window = self._window
        assert window is not None
        if getattr(window, "is_open", True):  # the bare window, whole from the start
            self._write(now, cpu, peak, now)
            return

        # The app's window shows its frame first and puts its start page in just after:
        # when that page has been painted too is reported beside the first paint.
        def page_in() -> None:
            window.repaint()  # the whole page, painted before the time is read
            self._write(now, cpu, peak, time.monotonic())

        window.opened.connect(page_in)  # type: ignore[attr-defined]  # MainWindow

    def _write(self, paint: float, cpu: float, peak: int, page: float) -> None:
        # Written by hand: importing json (and re) here would add to both measurements.
        sys.stdout.write(
            f'{{"paint_monotonic": {paint!r}, "cpu_s": {cpu!r}, "vmhwm_kib": {peak}, '
            f'"page_monotonic": {page!r}}}\n'
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
    plain_show = QWidget.show

    def show(widget: QWidget) -> None:
        plain_show(widget)
        if isinstance(widget, QMainWindow):
            watcher.watch(widget)

    QWidget.show = show  # type: ignore[method-assign]
    try:
        status = run_bare(app) if mode == "bare" else run_app(argv[1])
    finally:
        QWidget.show = plain_show  # type: ignore[method-assign]
    QCoreApplication.processEvents()
    return status


if __name__ == "__main__":
    sys.exit(launch(sys.argv[1:]))
