"""The graph's JSON writer prints exactly what `json.dumps(indent=2)` prints."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wac_lint.graph.jsonout import dumps

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(), inner, max_size=4)
        | st.dictionaries(KEYS, inner, max_size=3)
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_same_bytes_as_the_standard_library(value: Any) -> None:
    assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_corner_cases() -> None:
    for value in (
        {"a": [], "b": {}, "c": [{}], "\u2028\x1b": '\x00"\\é😀'},
        [math.nan, -math.inf, 1.5, 10**30, True, 0],
        {1: "int key", None: [1, {"x": None}]},
    ):
        assert dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_unknown_objects_fail_as_in_the_standard_library() -> None:
    try:
        dumps({"x": [object()]})
    except TypeError as exc:
        assert "not JSON serializable" in str(exc)
    else:
        raise AssertionError("an object JSON cannot encode was written")
