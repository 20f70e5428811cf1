"""The program's entry point (``hamstring-coach`` and ``python -m hamstring_coach``).

Its first act is to defer the stop signals (``hamstring_coach.stopping``), before the
command line, storage or Qt are imported, so that Ctrl+C at any moment of start-up ends
the app cleanly instead of with a traceback or an aborted interpreter.
"""

from __future__ import annotations

from hamstring_coach.stopping import DeferredStops, StopRequest


def main() -> int:
    DeferredStops().install()
    try:
        from hamstring_coach.cli import main as run_command

        return run_command()
    except StopRequest as stop:
        return stop.status
