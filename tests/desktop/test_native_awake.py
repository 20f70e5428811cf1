"""Keeping awake on Windows and macOS: the native calls, checked with stand-ins."""

from __future__ import annotations

import ctypes
from typing import Any

from hamstring_coach.ui.desktop.native_awake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    MAC_ASSERTION_ON,
    MacKeepAwake,
    WindowsKeepAwake,
)


class Kernel32:
    def __init__(self) -> None:
        self.calls: list[int] = []

    def SetThreadExecutionState(self, flags: int) -> int:
        self.calls.append(flags)
        return ES_CONTINUOUS


def test_windows_holds_the_display_or_the_system_and_clears_both() -> None:
    kernel32 = Kernel32()
    keep = WindowsKeepAwake(kernel32)
    keep.keep("display")
    keep.keep("display")  # the same again: no call
    keep.keep("system")
    keep.keep(None)
    assert kernel32.calls == [
        ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED,
        ES_CONTINUOUS | ES_SYSTEM_REQUIRED,
        ES_CONTINUOUS,
    ]


class MacLibraries:
    def __init__(self, result: int = 0) -> None:
        self.result = result
        self.log: list[tuple[Any, ...]] = []
        self.strings: dict[int, bytes] = {}
        self.next_id = 40

    def CFStringCreateWithCString(self, allocator: Any, text: bytes, encoding: int) -> int:
        ref = len(self.strings) + 1
        self.strings[ref] = text
        return ref

    def CFRelease(self, ref: int) -> None:
        self.log.append(("release-string", self.strings[ref]))

    def IOPMAssertionCreateWithName(self, kind: int, level: int, name: int, out: Any) -> int:
        self.next_id += 1
        ctypes.cast(out, ctypes.POINTER(ctypes.c_uint32))[0] = self.next_id
        self.log.append(("create", self.strings[kind], level, self.strings[name]))
        return self.result

    def IOPMAssertionRelease(self, assertion_id: int) -> int:
        self.log.append(("release", assertion_id))
        return 0


def test_macos_takes_one_assertion_at_a_time_and_releases_it() -> None:
    libraries = MacLibraries()
    keep = MacKeepAwake(libraries, "Hamstring Coach")
    keep.keep("display")
    keep.keep("system")
    keep.keep(None)
    created = [entry for entry in libraries.log if entry[0] != "release-string"]
    assert created == [
        ("create", b"PreventUserIdleDisplaySleep", MAC_ASSERTION_ON, b"Hamstring Coach"),
        ("release", 41),
        ("create", b"PreventUserIdleSystemSleep", MAC_ASSERTION_ON, b"Hamstring Coach"),
        ("release", 42),
    ]
    released = [entry[1] for entry in libraries.log if entry[0] == "release-string"]
    assert len(released) == 4  # each Core Foundation string made is let go


def test_macos_refused_assertion_is_not_released_later() -> None:
    libraries = MacLibraries(result=-536870201)  # kIOReturnNotPermitted
    keep = MacKeepAwake(libraries)
    keep.keep("display")
    keep.keep(None)
    assert not [entry for entry in libraries.log if entry[0] == "release"]


def test_loading_elsewhere_gives_nothing() -> None:
    if not hasattr(ctypes, "windll"):
        assert WindowsKeepAwake.load() is None
