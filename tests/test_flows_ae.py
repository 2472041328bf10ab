"""Red team AE (flows): the general causes behind what heldout_ae and its follow-up probes
found, as small inline flows.

- A syntax error recovered by tree-sitter between an input and a word further on
  (`flow_input.a if flow_input.a else 'x'`) is not a member read: no phantom
  `flow_input.a.a` (WAC504) beside the WAC507.
- Python's membership test on a literal (`x in ['a', 'b']`, `x in ('a', 'b')`,
  `x in 'abc'`) is reported (WAC507): JavaScript's `in` asks for a property name.
- A static `$res:` / `$var:` value holding a template is looked up by its literal path
  when the job starts, and the step fails (WAC506 error, not "the step gets this text").
- A member a string / array / number literal does not have (`', '.join(names)`,
  `'{} rows'.format(n)`, `[a].append(b)`) or `.length()` called on one (WAC507); the
  same `.length()` on an input the schema types as a string or array, and Python's
  method names on typed inputs get JavaScript's (`lower` is `toLowerCase`, WAC504).
- The same on a field every `return` of a step gives as a list, string or number
  (`results.load.rows.length()`, `results.load.name.upper()`, WAC503).
- Python's `round(x, 2)` and `max(xs)` written with JavaScript's `Math`
  (`Math.round(x, 2)` gives a whole number, `Math.max(xs.map(...))` NaN; WAC507).
- Python's names in an expression (`None`, `True`, `len`, `str`...) are named with
  JavaScript's in WAC509's message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings

FLOW = """\
summary: s
schema:
  type: object
  properties:
    country: {{type: string}}
    env: {{type: string}}
    names: {{type: array, items: {{type: string}}}}
  required: []
value:
  modules:
    - id: one
      value:
        type: rawscript
        language: python3
        content: |
          def main(x: str):
              return {{"status": x}}
        input_transforms:
          x:
            type: {kind}
            {field}: {value}
"""


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str, str]]:
    folder = tmp_path / "f" / "ae" / "probe__flow"
    folder.mkdir(parents=True)
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (folder / "flow.yaml").write_text(text)
    return file_findings(folder / "flow.yaml")


def _expr(tmp_path: Path, expr: str) -> list[tuple[int, str, str, str]]:
    return _findings(tmp_path, FLOW.format(kind="javascript", field="expr", value=expr))


def test_python_conditional_has_no_phantom_member_read(tmp_path: Path) -> None:
    got = _expr(tmp_path, "flow_input.country if flow_input.country else 'none'")
    assert [c for _, c, _, _ in got] == ["WAC507"]


def test_a_trailing_dot_still_reads_the_input(tmp_path: Path) -> None:
    # the reference before the broken part is still read (and misspelt here)
    got = _expr(tmp_path, "flow_input.contry +")
    assert sorted(c for _, c, _, _ in got) == ["WAC504", "WAC507"]


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        (
            "\"flow_input.country in ['DE', 'AT']\"",
            "asks whether the array has a property of that name",
        ),
        ("\"flow_input.country in ('DE', 'AT')\"", "comma operator, whose value is its last"),
        ("\"flow_input.country in 'DE,AT'\"", "`in` on a string throws a TypeError"),
        ("'(flow_input.country in (1, 2)) || false'", "`in` on a number throws"),
    ],
)
def test_python_membership_on_a_literal(tmp_path: Path, expr: str, says: str) -> None:
    got = _expr(tmp_path, expr)
    assert [(c, s) for _, c, s, _ in got] == [("WAC507", "error")]
    assert says in got[0][3]
    assert ".includes(flow_input.country)" in got[0][3]


@pytest.mark.parametrize(
    "expr",
    [
        "\"'DE' in flow_input\"",
        "\"['DE', 'AT'].includes(flow_input.country)\"",
        "'flow_input.country in { DE: 1, AT: 1 }'",
        "'Object.keys(flow_input).filter((k) => k in flow_input).length'",
    ],
)
def test_in_on_an_object_is_left_alone(tmp_path: Path, expr: str) -> None:
    assert [c for _, c, _, _ in _expr(tmp_path, expr)] == []


def test_membership_in_a_condition(tmp_path: Path) -> None:
    text = FLOW.format(kind="static", field="value", value="ok") + (
        "      stop_after_if:\n        expr: result.status in ('done', 'failed')\n"
    )
    got = _findings(tmp_path, text)
    assert [(r, c) for r, c, _, _ in got] == [(23, "WAC507")]
    assert "`result.status in ('done', 'failed')` is Python's membership test" in got[0][3]


def test_static_resource_template_fails_the_step(tmp_path: Path) -> None:
    got = _findings(
        tmp_path,
        FLOW.format(kind="static", field="value", value="'$res:f/data/${flow_input.env}_db'"),
    )
    template = [f for f in got if "static value is passed as written" in f[3]]
    assert [(c, s) for _, c, s, _ in template] == [("WAC506", "error")]
    assert (
        "looks up the resource `f/data/${flow_input.env}_db` by that literal path" in template[0][3]
    )
    assert "the step gets this text" not in template[0][3]


def test_static_text_template_stays_a_warning(tmp_path: Path) -> None:
    got = _findings(
        tmp_path, FLOW.format(kind="static", field="value", value="'Hello ${flow_input.env}'")
    )
    assert [(c, s) for _, c, s, _ in got] == [("WAC506", "warning")]
    assert "the step gets this text" in got[0][3]


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        ("\"', '.join(flow_input.names)\"", "that is Python's `str.join`"),
        ("\"'{} names'.format(flow_input.env)\"", "that is Python's `str.format`"),
        ("\"['a'].append(flow_input.env)\"", "Python's `append` is `push`"),
        ("'`${flow_input.env}`.length()'", "calls `length`, which is a number, not a method"),
        ("\"('x').strip()\"", "Python's `strip` is `trim`"),
    ],
)
def test_member_a_literal_has_not(tmp_path: Path, expr: str, says: str) -> None:
    got = _expr(tmp_path, expr)
    assert [(c, s) for _, c, s, _ in got] == [("WAC507", "error")]
    assert says in got[0][3]


@pytest.mark.parametrize(
    "expr",
    [
        "\"flow_input.names.join(', ')\"",
        "\"'a,b'.split(',').length\"",
        "\"'abc'.trimLeft().toString()\"",
        "'(2.5).toFixed(1)'",
        "\"[1, 2].includes(1) ? 'y' : 'n'\"",
        "\"'x'?.foo ?? 'y'\"",
    ],
)
def test_members_literals_have_are_left_alone(tmp_path: Path, expr: str) -> None:
    assert _expr(tmp_path, expr) == []


def test_length_called_on_a_typed_input(tmp_path: Path) -> None:
    got = _expr(tmp_path, "flow_input.names.length()")
    assert [(c, s) for _, c, s, _ in got] == [("WAC504", "error")]
    assert "whose `length` is a number, not a method" in got[0][3]


def test_python_method_on_a_typed_input_names_the_javascript_one(tmp_path: Path) -> None:
    got = _expr(tmp_path, "flow_input.country.lower()")
    assert [c for _, c, _, _ in got] == ["WAC504"]
    assert got[0][3].endswith("; Python's `lower` is `toLowerCase` in JavaScript")


TWO_STEPS = """\
summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"rows": [1, 2], "name": f"n{{1}}", "total": 3}}
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(v: any) {{ return v }}"
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        ("results.load.rows.length()", "gives `rows` as an array, whose `length` is a number"),
        ("results.load.name.upper()", "Python's `upper` is `toUpperCase` in JavaScript"),
        ("results.load.rows.append(3)", "which has no `append` in JavaScript"),
        ("results.load.total.round", "no `round` in JavaScript, so it is undefined"),
    ],
)
def test_member_a_typed_result_field_has_not(tmp_path: Path, expr: str, says: str) -> None:
    got = _findings(tmp_path, TWO_STEPS.format(expr=expr))
    assert [(c, s) for _, c, s, _ in got] == [("WAC503", "error")]
    assert says in got[0][3]


@pytest.mark.parametrize(
    "expr",
    [
        "results.load.rows.length",
        "results.load.rows.map((r) => r * 2)",
        "results.load.name.toUpperCase()",
        "results.load.total.toFixed(2)",
        "results.load.total.toLocaleString()",
        "results.load.rows?.foo",
    ],
)
def test_members_a_typed_result_field_has(tmp_path: Path, expr: str) -> None:
    assert _findings(tmp_path, TWO_STEPS.format(expr=expr)) == []


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        ("Math.round(results.load.total * 1.19, 2)", "`Math.round(x * 100) / 100`"),
        ("Math.max(results.load.rows.map((r) => r * 2))", "the value is NaN unless"),
        ("Math.min([results.load.total, 4])", "spread it: `Math.min(...[results.load.total"),
    ],
)
def test_python_round_and_max_with_math(tmp_path: Path, expr: str, says: str) -> None:
    got = _findings(tmp_path, TWO_STEPS.format(expr=expr))
    assert [(c, s) for _, c, s, _ in got] == [("WAC507", "error")]
    assert says in got[0][3]


@pytest.mark.parametrize(
    "expr",
    [
        "Math.round(results.load.total * 100) / 100",
        "Math.max(...results.load.rows)",
        "Math.max(results.load.total, 1)",
        "Math.max([results.load.total])",
    ],
)
def test_math_as_javascript_has_it(tmp_path: Path, expr: str) -> None:
    assert _findings(tmp_path, TWO_STEPS.format(expr=expr)) == []


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        ("flow_input.env === None", "(Python's `None`; JavaScript writes `null`)"),
        ("len(flow_input.names)", "(Python's `len`; JavaScript writes `x.length`)"),
        ("str(flow_input.env)", "(Python's `str`; JavaScript writes `String(x)`)"),
    ],
)
def test_python_names_get_javascript_ones(tmp_path: Path, expr: str, says: str) -> None:
    got = _expr(tmp_path, expr)
    assert [(c, s) for _, c, s, _ in got] == [("WAC509", "error")]
    assert says in got[0][3]
