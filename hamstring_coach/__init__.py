"""Hamstring Coach: a desktop coach for hamstring care."""

__version__ = "0.1.0"
