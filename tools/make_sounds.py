"""Synthesise the app's cue sounds into resources/sounds/.

Run ``python3 tools/make_sounds.py`` from anywhere: it rewrites every cue as a
16-bit mono PCM WAV file at 48000 Hz. Standard library only and no randomness, so
the same Python on the same machine writes the same bytes every time.

Each cue is a few notes. A note is a sum of sine partials, each dying away at its own
rate, shaped by a raised-cosine attack and release so that it starts and ends at
silence (no clicks). A finished cue is scaled to its own peak level, always below
-3 dBFS: the ticks that pace repetitions are the quietest, the ice alarm the loudest.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 48000
SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# A timbre is a list of partials: (frequency ratio, amplitude, decay scale).
Timbre = Sequence[tuple[float, float, float]]
MALLET: Timbre = ((1.0, 1.0, 1.0), (4.0, 0.10, 0.2), (2.0, 0.06, 0.5))
# The bell's inharmonic partials (2.76, 5.4) and low hum (0.5) are what make it ring.
BELL: Timbre = (
    (1.0, 1.0, 1.0),
    (2.0, 0.45, 0.7),
    (2.76, 0.3, 0.45),
    (5.4, 0.1, 0.2),
    (0.5, 0.1, 1.3),
)
CHIME: Timbre = ((1.0, 1.0, 1.0), (2.0, 0.22, 0.6), (3.0, 0.07, 0.4))
BLIP: Timbre = ((1.0, 1.0, 1.0), (2.0, 0.15, 0.5))
WOOD: Timbre = ((1.0, 1.0, 1.0), (2.43, 0.35, 0.45), (3.9, 0.12, 0.3))
ALERT: Timbre = ((1.0, 1.0, 1.0), (2.0, 0.25, 0.8), (3.0, 0.08, 0.6))

# Equal-tempered pitches used below, in hertz.
E4, A4 = 329.63, 440.0
C5, D5, E5, G5, A5 = 523.25, 587.33, 659.26, 783.99, 880.0
C6, CS6, E6, G6 = 1046.5, 1108.73, 1318.51, 1567.98


def note(
    freq: float,
    seconds: float,
    timbre: Timbre,
    decay: float,
    attack: float = 0.006,
    release: float = 0.04,
    drop: float = 0.0,
) -> list[float]:
    """One note of ``seconds``; ``drop`` bends the pitch down from above in its first ms."""
    count = round(seconds * RATE)
    out = [0.0] * count
    for ratio, amplitude, decay_scale in timbre:
        fading = math.exp(-1.0 / (RATE * decay * decay_scale))
        level, phase = amplitude, 0.0
        for i in range(count):
            bend = 1.0 + drop * math.exp(-i / (0.004 * RATE)) if drop else 1.0
            out[i] += level * math.sin(phase)
            phase += 2.0 * math.pi * freq * ratio * bend / RATE
            level *= fading
    _shape(out, attack, release)
    return out


def _shape(samples: list[float], attack: float, release: float) -> None:
    """Fade in over ``attack`` and out over ``release`` seconds, both raised cosines."""
    count = len(samples)
    rise = max(1, round(attack * RATE))
    fall = max(1, round(release * RATE))
    for i in range(min(rise, count)):
        samples[i] *= 0.5 - 0.5 * math.cos(math.pi * i / rise)
    for j in range(min(fall, count)):
        samples[count - 1 - j] *= 0.5 - 0.5 * math.cos(math.pi * j / fall)


def cue(seconds: float, *notes: tuple[float, list[float]]) -> list[float]:
    """Mix notes, each given as (start in seconds, samples), into ``seconds`` of sound."""
    out = [0.0] * round(seconds * RATE)
    for start, samples in notes:
        offset = round(start * RATE)
        if offset + len(samples) > len(out):
            raise ValueError(f"a note starting at {start} s runs past the cue's {seconds} s")
        for i, value in enumerate(samples):
            out[offset + i] += value
    return out


def write(name: str, samples: list[float], peak_dbfs: float) -> Path:
    """Scale ``samples`` to ``peak_dbfs`` and write them as 16-bit mono PCM."""
    if peak_dbfs >= -3.0:
        raise ValueError("keep every cue's peak below -3 dBFS")
    scale = 32767 * 10 ** (peak_dbfs / 20) / max(abs(value) for value in samples)
    pcm = array.array("h", (round(value * scale) for value in samples))
    if sys.byteorder == "big":
        pcm.byteswap()  # WAV data is little-endian
    path = SOUNDS / name
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())
    return path


def make_all() -> list[Path]:
    """Write every cue and return the paths written."""
    SOUNDS.mkdir(parents=True, exist_ok=True)
    written = [
        # Two soft rising notes: get into position.
        write(
            "get-ready.wav",
            cue(0.40, (0.0, note(E5, 0.22, MALLET, 0.12)), (0.15, note(A5, 0.25, MALLET, 0.14))),
            -8.0,
        ),
        # One clear bell: the hold starts now.
        write("hold-start.wav", cue(0.50, (0.0, note(A5, 0.50, BELL, 0.22, release=0.1))), -6.0),
        # A short neutral blip for each of the last three seconds.
        write(
            "countdown.wav", cue(0.12, (0.0, note(1000.0, 0.12, BLIP, 0.03, 0.002, 0.03))), -10.0
        ),
        # High, low, high: change to the other leg.
        write(
            "switch-sides.wav",
            cue(
                0.60,
                (0.0, note(G5, 0.20, MALLET, 0.10)),
                (0.18, note(D5, 0.20, MALLET, 0.10)),
                (0.36, note(G5, 0.24, MALLET, 0.12)),
            ),
            -7.0,
        ),
        # A soft low chime falling a fourth: rest.
        write(
            "rest.wav",
            cue(
                0.60,
                (0.0, note(A4, 0.36, CHIME, 0.16, 0.012, 0.08)),
                (0.20, note(E4, 0.40, CHIME, 0.18, 0.012, 0.12)),
            ),
            -9.0,
        ),
        # A short bright rising fifth: the step is done.
        write(
            "step-done.wav",
            cue(
                0.40,
                (0.0, note(C6, 0.16, BELL, 0.07, 0.004, 0.05)),
                (0.12, note(G6, 0.28, BELL, 0.10, 0.004, 0.1)),
            ),
            -8.0,
        ),
        # A gentle rising arpeggio that rings out as a chord: the session is over.
        write(
            "session-done.wav",
            cue(
                1.20,
                (0.0, note(C5, 1.20, BELL, 0.35, 0.01, 0.3)),
                (0.22, note(E5, 0.98, BELL, 0.32, 0.01, 0.3)),
                (0.44, note(G5, 0.76, BELL, 0.30, 0.01, 0.3)),
            ),
            -6.0,
        ),
        # Very soft woodblock ticks that pace each repetition, up and down.
        write(
            "tempo-up.wav",
            cue(0.08, (0.0, note(1480.0, 0.08, WOOD, 0.014, 0.0015, 0.03, 0.4))),
            -16.0,
        ),
        write(
            "tempo-down.wav",
            cue(0.08, (0.0, note(990.0, 0.08, WOOD, 0.016, 0.0015, 0.03, 0.4))),
            -16.0,
        ),
        # Two rising three-note calls, then a pause; the app loops it until dismissed.
        write("ice-alarm.wav", _ice_alarm(), -5.0),
    ]
    return written


def _ice_alarm() -> list[float]:
    calls = []
    for start in (0.0, 0.6):
        for step, pitch in enumerate((A5, CS6, E6)):
            calls.append((start + 0.15 * step, note(pitch, 0.26, ALERT, 0.12, 0.008, 0.06)))
    return cue(1.60, *calls)


if __name__ == "__main__":
    for path in make_all():
        print(path.relative_to(SOUNDS.parent.parent))
