"""The names a flow expression reads without declaring them (what WAC509 judges)."""

from __future__ import annotations

import pytest

from wac_lint.flows.expressions import free_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("result.rows", [("result", True)]),
        ("resume?.note ?? ''", [("resume", False)]),
        ("iter.value", [("iter", True)]),
        ("typeof moment === 'undefined' ? 0 : 1", []),
        ("const result = results.a;\nreturn result.rows", [("results", True)]),
        ("(({ rows }) => rows[0])(results.a)", [("results", True)]),
        ("results.a.map(function f(x) { return f.name + x })", [("results", True)]),
        ("class A { m(x) { return x + y } }", [("y", False)]),
        ("total = 0; for (const r of xs) { total += r }; return total", [("xs", False)]),
        ("try { a() } catch (e) { return e.message }", [("a", True)]),
        ("obj.p = 3", [("obj", True)]),
        ("outer: for (;;) { break outer }", []),
        ("`${flowInput.name}!`", [("flowInput", True)]),
        ("{count: n, ok: true}", [("n", False)]),
        ("results.a +", []),  # does not parse: WAC507's finding, not this one
    ],
)
def test_free_names(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(n.name, n.dereferenced) for n in free_names(text)] == expected


def test_offsets_point_at_the_name() -> None:
    text = "1 + flowInput.x"
    [name] = free_names(text)
    assert text[name.start : name.end] == "flowInput"
    literal = "{a: 1, b: flowInput}"  # parsed as `({...})`: offsets stay the text's
    [wrapped] = free_names(literal)
    assert literal[wrapped.start : wrapped.end] == "flowInput"
