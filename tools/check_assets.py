"""Check the app's pictures and sounds against the rules in docs/assets.md.

Run from anywhere with ``python3 tools/check_assets.py``; it prints one line per
problem and exits with status 1 if there was any. Standard library only.

Exercise pictures (resources/illustrations/*.svg): a 200x200 viewBox, a <title>,
only the four colour tokens, no text, scripts, external references, gradients or
opacity, under 4 KB. Icons (resources/icons/*.svg): valid, titled, no scripts or
external references. Sounds (resources/sounds/*.wav): 16-bit mono PCM at 48 kHz,
peak below -3 dBFS, starting and ending at silence, under 200 KB.
"""

from __future__ import annotations

import array
import math
import re
import sys
import wave
import xml.etree.ElementTree as ET
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SVG_NS = "{http://www.w3.org/2000/svg}"
TOKENS = {"#2e3436", "#e66100", "#77767b", "#3584e4"}
PICTURE_LIMIT = 4 * 1024
SOUND_LIMIT = 200 * 1024
PEAK_LIMIT = 10 ** (-3 / 20) * 32767
EDGE_LIMIT = 64  # a sample this small at either end is silence (about -54 dBFS)

_FORBIDDEN_TAGS = {"text", "tspan", "script", "image", "use", "foreignObject", "style"}
_FORBIDDEN_ATTRS = ("opacity", "href", "style", "filter", "mask", "clip-path")
_PAINT_ATTRS = {"fill", "stroke", "color", "stop-color"}


def _svg_problems(path: Path, picture: bool) -> list[str]:
    problems: list[str] = []
    source = path.read_text(encoding="utf-8")
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        return [f"{path.name}: not valid XML ({error})"]
    if picture:
        if root.get("viewBox") != "0 0 200 200":
            problems.append(f"{path.name}: viewBox must be '0 0 200 200'")
        if (root.get("width"), root.get("height")) != ("200", "200"):
            problems.append(f"{path.name}: width and height must be 200")
        if len(source.encode("utf-8")) >= PICTURE_LIMIT:
            problems.append(f"{path.name}: {len(source)} bytes, the limit is {PICTURE_LIMIT}")
        for colour in set(re.findall(r"#[0-9a-fA-F]{3,8}\b", source)) - TOKENS:
            problems.append(f"{path.name}: colour {colour} is not one of the tokens")
        if "Gradient" in source:
            problems.append(f"{path.name}: gradients do not survive the colour swap")
    title = root.find(f"{SVG_NS}title")
    if title is None or not (title.text or "").strip():
        problems.append(f"{path.name}: needs a <title> describing the picture")
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        if tag in _FORBIDDEN_TAGS:
            problems.append(f"{path.name}: <{tag}> is not allowed")
        for name in element.attrib:
            local = name.split("}")[-1]
            if local.startswith("on") or any(word in local for word in _FORBIDDEN_ATTRS):
                problems.append(f"{path.name}: attribute {local!r} is not allowed")
            value = element.attrib[name]
            if picture and local in _PAINT_ATTRS and value not in TOKENS | {"none"}:
                problems.append(f"{path.name}: {local}={value!r} is not a colour token")
    return problems


def _wav_problems(path: Path) -> list[str]:
    problems: list[str] = []
    with wave.open(str(path), "rb") as wav:
        channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        if (channels, width, rate) != (1, 2, 48000):
            return [f"{path.name}: must be 16-bit mono at 48000 Hz"]
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return [f"{path.name}: no sound in it"]
    peak = max(abs(value) for value in samples)
    if peak >= PEAK_LIMIT:
        dbfs = 20 * math.log10(peak / 32767)
        problems.append(f"{path.name}: peak {dbfs:.1f} dBFS, keep it below -3")
    if abs(samples[0]) > EDGE_LIMIT or abs(samples[-1]) > EDGE_LIMIT:
        problems.append(f"{path.name}: must start and end at silence (it would click)")
    if path.stat().st_size >= SOUND_LIMIT:
        problems.append(f"{path.name}: {path.stat().st_size} bytes, the limit is {SOUND_LIMIT}")
    return problems


def main() -> int:
    problems: list[str] = []
    for path in sorted((RESOURCES / "illustrations").glob("*.svg")):
        problems += _svg_problems(path, picture=True)
    for path in sorted((RESOURCES / "icons").glob("*.svg")):
        problems += _svg_problems(path, picture=False)
    for path in sorted((RESOURCES / "sounds").glob("*.wav")):
        problems += _wav_problems(path)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
