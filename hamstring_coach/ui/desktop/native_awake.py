"""Keeping the computer awake on Windows and macOS, through their own calls (ctypes).

- Windows: ``SetThreadExecutionState``. ``ES_SYSTEM_REQUIRED`` keeps the system from
  idle sleep, ``ES_DISPLAY_REQUIRED`` the screen on; ``ES_CONTINUOUS`` alone clears both.
  The state belongs to the calling thread (always the window's), and ends with it.
- macOS: an IOKit power assertion, ``PreventUserIdleDisplaySleep`` or
  ``PreventUserIdleSystemSleep``, released with ``IOPMAssertionRelease``. The system drops
  the assertions of a process that ends.

Each takes its native functions as an object, so tests give a stand-in and check the
calls; ``load()`` finds the real ones and returns None where they cannot be loaded.
"""

from __future__ import annotations

import ctypes
from typing import Any, Protocol

from hamstring_coach.core.keep_awake import Wake

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

# IOKit's assertion types and level, and Core Foundation's UTF-8 encoding.
MAC_ASSERTION_TYPES: dict[Wake, bytes] = {
    "display": b"PreventUserIdleDisplaySleep",
    "system": b"PreventUserIdleSystemSleep",
}
MAC_ASSERTION_ON = 255
CF_UTF8 = 0x08000100


class WindowsCalls(Protocol):
    def SetThreadExecutionState(self, flags: int) -> int: ...


class WindowsKeepAwake:
    """SetThreadExecutionState: a new state replaces the old one."""

    def __init__(self, kernel32: WindowsCalls) -> None:
        self._kernel32 = kernel32
        self._wake: Wake | None = None

    @classmethod
    def load(cls) -> WindowsKeepAwake | None:
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return None
        kernel32 = windll.kernel32
        kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
        kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
        return cls(kernel32)

    def keep(self, wake: Wake | None) -> None:
        if wake == self._wake:
            return
        self._wake = wake
        flags = ES_CONTINUOUS
        if wake is not None:
            flags |= ES_SYSTEM_REQUIRED
        if wake == "display":
            flags |= ES_DISPLAY_REQUIRED
        self._kernel32.SetThreadExecutionState(flags)


class MacCalls(Protocol):
    """The few IOKit and Core Foundation functions used, as ctypes gives them."""

    def CFStringCreateWithCString(self, allocator: Any, text: bytes, encoding: int) -> Any: ...
    def CFRelease(self, ref: Any) -> None: ...
    def IOPMAssertionCreateWithName(
        self, kind: Any, level: int, name: Any, assertion_id: Any
    ) -> int: ...
    def IOPMAssertionRelease(self, assertion_id: int) -> int: ...


class _MacLibraries:
    """IOKit and Core Foundation, loaded with ctypes, seen as one MacCalls."""

    def __init__(self, iokit: Any, core_foundation: Any) -> None:
        self.CFStringCreateWithCString = core_foundation.CFStringCreateWithCString
        self.CFStringCreateWithCString.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_uint32,
        ]
        self.CFStringCreateWithCString.restype = ctypes.c_void_p
        self.CFRelease = core_foundation.CFRelease
        self.CFRelease.argtypes = [ctypes.c_void_p]
        self.CFRelease.restype = None
        self.IOPMAssertionCreateWithName = iokit.IOPMAssertionCreateWithName
        self.IOPMAssertionCreateWithName.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        self.IOPMAssertionCreateWithName.restype = ctypes.c_int32
        self.IOPMAssertionRelease = iokit.IOPMAssertionRelease
        self.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
        self.IOPMAssertionRelease.restype = ctypes.c_int32


class MacKeepAwake:
    """One IOKit power assertion at a time, named with the reason."""

    def __init__(self, calls: MacCalls, reason: str = "Hamstring Coach") -> None:
        self._calls = calls
        self._reason = reason
        self._wake: Wake | None = None
        self._assertion: int | None = None

    @classmethod
    def load(cls, reason: str = "Hamstring Coach") -> MacKeepAwake | None:
        import ctypes.util  # finding libraries starts subprocesses elsewhere: only here

        iokit = ctypes.util.find_library("IOKit")
        core_foundation = ctypes.util.find_library("CoreFoundation")
        if not iokit or not core_foundation:
            return None
        try:
            calls = _MacLibraries(
                ctypes.cdll.LoadLibrary(iokit), ctypes.cdll.LoadLibrary(core_foundation)
            )
        except (OSError, AttributeError):
            return None
        return cls(calls, reason)

    def keep(self, wake: Wake | None) -> None:
        if wake == self._wake:
            return
        self._wake = wake
        if self._assertion is not None:
            self._calls.IOPMAssertionRelease(self._assertion)
            self._assertion = None
        if wake is None:
            return
        kind = self._calls.CFStringCreateWithCString(None, MAC_ASSERTION_TYPES[wake], CF_UTF8)
        name = self._calls.CFStringCreateWithCString(None, self._reason.encode(), CF_UTF8)
        assertion_id = ctypes.c_uint32(0)
        try:
            result = self._calls.IOPMAssertionCreateWithName(
                kind, MAC_ASSERTION_ON, name, ctypes.byref(assertion_id)
            )
        finally:
            self._calls.CFRelease(kind)
            self._calls.CFRelease(name)
        if result == 0:
            self._assertion = assertion_id.value
