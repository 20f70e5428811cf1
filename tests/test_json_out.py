"""history --json is written a session at a time, laid out exactly as json.dumps(indent=2)."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from hamstring_coach.cli.json_out import write_json_list

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(st.lists(values, max_size=5), st.booleans())
def test_the_layout_is_json_dumps_with_indent_2(items: list[object], ascii_only: bool) -> None:
    out = io.StringIO()
    assert write_json_list(iter(items), out, ensure_ascii=ascii_only) == len(items)
    assert out.getvalue() == json.dumps(items, indent=2, ensure_ascii=ascii_only) + "\n"


def test_special_floats_and_text() -> None:
    items = [{"a": float("inf"), "b": -0.0, "c": 1e300, "é": 'naïve \u2028 "q"'}, [], {}]
    out = io.StringIO()
    write_json_list(items, out)
    assert out.getvalue() == json.dumps(items, indent=2, ensure_ascii=False) + "\n"
