"""The command line: the window by default, plus one module per command.

Each command module has ``add_parser(commands, parents)``, which adds its sub-parser and
sets ``run`` to the function that carries it out; ``run(args)`` returns the exit status
and raises UsageError (or one of the app's one-sentence errors) for anything refused.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from hamstring_coach import __version__, stopping
from hamstring_coach.cli import start
from hamstring_coach.cli.common import (
    OUTPUT_CLOSED,
    PROG,
    USAGE_ERROR,
    Parser,
    UsageError,
    add_common_options,
    builtin_routine_paths,
    say,
)
from hamstring_coach.cli.output import watched_stdout
from hamstring_coach.core.quoting import quote
from hamstring_coach.core.routine_error import RoutineError
from hamstring_coach.resources import ResourceNotFoundError
from hamstring_coach.storage.errors import DatabaseError, DataFolderError
from hamstring_coach.storage.files import os_problem

__all__ = ["PROG", "USAGE_ERROR", "UsageError", "build_parser", "builtin_routine_paths", "main"]

# The commands that open the window: Ctrl+C and the other stop signals stay deferred
# for them until the window can close as Ctrl+Q does (hamstring_coach.stopping).
WINDOW_COMMANDS = (None, "start", "show")
INTERRUPTED = 128 + 2  # as a shell reports a command ended by Ctrl+C
# Errors that are already one sentence for the person at the terminal.
ONE_SENTENCE_ERRORS = (RoutineError, DataFolderError, DatabaseError, ResourceNotFoundError)


def commands() -> tuple[ModuleType, ...]:
    """The command modules, in the order --help lists them; loaded only when a command
    line needs the whole parser (the window alone does not)."""
    from hamstring_coach.cli import (
        export,
        history,
        importing,
        injury,
        restore,
        routines,
        show,
        today,
    )

    return (start, history, export, importing, restore, routines, show, injury, today)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Hamstring Coach walks you through hamstring care, hands-free, and "
        "keeps a private history of your sessions. With no command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_common_options(parser, data_dir=None, time_scale=1.0)
    parser.set_defaults(run=start.run)
    # The same options are taken after the command too (``start ID --time-scale 20``);
    # there they default to "not given", so they never undo what came before the command.
    after = Parser(add_help=False)
    add_common_options(after, data_dir=argparse.SUPPRESS, time_scale=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in commands():
        command.add_parser(subparsers, [after])
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The command line that only opens the window (``hamstring-coach [--data-dir DIR]
    [--time-scale N]``, as the menu entry starts it), read without loading every command.
    It takes nothing else, not even --help: anything more goes to ``build_parser``, which
    gives the same result for what this one takes."""
    parser = Parser(prog=PROG, add_help=False)
    add_common_options(parser, data_dir=None, time_scale=1.0)
    parser.set_defaults(command=None, run=start.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    with watched_stdout() as output:
        try:
            try:
                return _run(argv)
            finally:
                # Flush here, not at exit, so a reader that went away is noticed below.
                if sys.stdout is not None:
                    sys.stdout.flush()
        except BrokenPipeError:
            return _output_closed()
        except OSError as error:
            if output is not None and output.failure is not None:  # ``> /dev/full``
                say(f"Could not write the output: {_reason(output.failure)}.")
                _output_closed()
                return USAGE_ERROR
            if error.filename is None:
                raise
            # A file the command did not expect trouble with: still one sentence.
            say(f"Could not use {quote(os.fsdecode(error.filename))}: {_reason(error)}.")
            return USAGE_ERROR
        except KeyboardInterrupt:  # Ctrl+C in a command that only prints
            return INTERRUPTED


def _reason(error: OSError) -> str:
    if os_problem(error) == "full":
        return "the disk is full"
    return (error.strerror or type(error).__name__).lower()


def _output_closed() -> int:
    """The reader of stdout went away (``history --json | head -1``): end quietly.

    As the Python documentation recommends, stdout is pointed at devnull so that the
    interpreter's own flush at exit cannot fail again and print a traceback.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return OUTPUT_CLOSED


def _parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed command line, or the status argparse ended with (--help, --version)."""
    try:
        return window_parser().parse_args(argv)
    except UsageError:
        pass  # a command, --help or a mistake: the whole parser reads it, or says why
    try:
        return build_parser().parse_args(argv)
    except SystemExit as done:
        # argparse printed help or the version, and ignores an output it cannot write
        # to; so does this flush, so that argparse's status stands.
        try:
            if sys.stdout is not None:
                sys.stdout.flush()
        except BrokenPipeError:
            _output_closed()
        return done.code if isinstance(done.code, int) else USAGE_ERROR


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = _parse(argv)
        if isinstance(args, int):
            return args
        stops = stopping.installed()
        if stops is not None and args.command not in WINDOW_COMMANDS:
            stops.release()  # Ctrl+C ends a command that only prints at once
        stopping.checkpoint()
        if args.command in WINDOW_COMMANDS:
            # Python's cyclic garbage collector waits while the window starts: loading
            # its modules and building its first page make many objects and few cycles,
            # and walking them again and again would cost a few percent of the start.
            # The window resumes it just after its first frame (app.run_gui).
            gc.disable()
        try:
            status: int = args.run(args)
        finally:
            gc.enable()
        return status
    except UsageError as error:
        say(error.sentence())
    except ONE_SENTENCE_ERRORS as error:
        say(str(error))
    return USAGE_ERROR
