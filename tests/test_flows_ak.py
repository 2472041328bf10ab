"""Red team AK-F (flows): the general causes behind what heldout_ak found, as small inline
flows (one analysis per case, in process).

- JavaScript whose value its own form fixes, whatever the data (WAC507): a comparison
  with NaN or with a fresh `[]` / `{}`, `typeof x` compared with a string `typeof` never
  gives, `!x === 'y'` (a boolean compared with a string), a truthy literal as an operand
  of `||` in a condition or a predicate callback (`a === 'x' || 'y'`), `x !== A || x !==
  B` / `x === A && x === B`, `new Date() + n` (string concatenation), a boolean sort
  comparator, `.map(parseInt)`, the value of `.forEach(...)`, an assignment in a
  `.filter` / `.some` predicate.
- A transform whose own form gives a string or a number (`JSON.stringify(...)`,
  `.join(...)`, `.toFixed(...)`, `.push(...)`) handed to a list / number / object
  parameter (WAC506).
"""

from __future__ import annotations

from functools import cache

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]

FLOW = """\
summary: s
schema:
  type: object
  properties:
    mode: {{type: string}}
    grade: {{type: string}}
    day: {{type: string}}
    csv: {{type: string}}
    tags: {{type: array, items: {{type: string}}}}
  required: []
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"rows": [{{"id": 1, "free": True, "n": 2}}], "status": "done"}}
        input_transforms: {{}}
    - id: use
      skip_if:
        expr: {condition}
      value:
        type: rawscript
        language: python3
        content: |
          def main(
              x=None, items: list = [], amount: float = 0.0, meta: dict = None, label: str = ""
          ):
              return x
        input_transforms:
          {param}:
            type: javascript
            expr: {value}
"""


@cache
def _findings(
    condition: str = "\"flow_input.mode === 'x'\"", value: str = "results.load", param: str = "x"
) -> tuple[Finding, ...]:
    text = FLOW.format(condition=condition, value=value, param=param)
    result = analyze_bytes(text.encode(), "f/ak/probe__flow/flow.yaml")
    assert result.errors == []
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


CONDITION_ROW = 23
VALUE_ROW = 35


# --- constant comparisons and conditions ------------------------------------------------


@pytest.mark.parametrize(
    "condition",
    [
        "\"results.load.status == 'done' || 'failed'\"",
        "\"results.load.status === 'done' || 'failed' || 'cancelled'\"",
        "\"flow_input.mode === 'a' || 1\"",
        "'Number(flow_input.day) === NaN'",
        "'Number(flow_input.day) == NaN'",
        "'flow_input.tags !== []'",
        "'results.load.rows === {}'",
        "\"typeof flow_input.tags === 'array'\"",
        "\"typeof flow_input.tags == 'list'\"",
        "\"!flow_input.mode === 'manual'\"",
        "\"!flow_input.mode == 'manual'\"",
        "'!flow_input.mode === 0'",
        "\"flow_input.grade !== 'A' || flow_input.grade !== 'B'\"",
        "\"flow_input.grade === 'A' && flow_input.grade === 'B'\"",
        "\"Number(flow_input.day) !== 1 || Number(flow_input.day) !== '1'\"",
        "'new Date(flow_input.day) > new Date() + 86400000'",
        "'Date.now() < new Date(flow_input.day) + 3600 * 1000'",
    ],
)
def test_a_condition_fixed_by_its_form_is_reported(condition: str) -> None:
    found = _findings(condition=condition)
    assert [(r, c, s) for r, c, s, _ in found] == [(CONDITION_ROW, "WAC507", "error")]


@pytest.mark.parametrize(
    "condition",
    [
        "\"results.load.status === 'done' || results.load.status === 'failed'\"",
        "\"['done', 'failed'].includes(results.load.status)\"",
        "'Number.isNaN(Number(flow_input.day))'",
        "'flow_input.tags.length === 0'",
        "\"typeof flow_input.tags === 'object'\"",
        "'Array.isArray(flow_input.tags)'",
        "\"!(flow_input.mode === 'manual')\"",
        "\"flow_input.mode !== 'manual'\"",
        "'!flow_input.mode == 0'",
        "\"!flow_input.mode == '0'\"",
        "\"flow_input.grade !== 'A' && flow_input.grade !== 'B'\"",
        "\"flow_input.grade === 'A' || flow_input.grade === 'B'\"",
        "\"flow_input.grade !== 'A' || flow_input.mode !== 'B'\"",
        # `==` equates a number with its text: `x` may be 1 and '1' at once
        "\"flow_input.grade != 1 || flow_input.grade != '1'\"",
        "'new Date(flow_input.day).getTime() - 86400000 > Date.now()'",
        "'new Date(flow_input.day) - 86400000 > Date.now()'",
        "\"(flow_input.mode || 'auto') === 'manual'\"",
    ],
)
def test_a_condition_that_depends_on_the_data_is_not_reported(condition: str) -> None:
    assert _findings(condition=condition) == ()


def test_the_messages_say_what_the_value_is_and_what_to_write() -> None:
    (found,) = _findings(condition="\"results.load.status == 'done' || 'failed'\"")
    assert found[3] == (
        "`results.load.status == 'done' || 'failed'` is always true: `'failed'` is an "
        "operand of `||` on its own, not a second value `results.load.status == 'done'` "
        "compares with, and it is truthy, so the skip_if holds whatever the data; compare "
        "each value (`x === 'a' || x === 'b'`, or `['a', 'b'].includes(x)`)"
    )
    (found,) = _findings(condition="\"typeof flow_input.tags === 'array'\"")
    assert found[3] == (
        "`typeof flow_input.tags === 'array'` is always false: `typeof` never gives "
        "`'array'` (only `undefined`, `object`, `boolean`, `number`, `bigint`, `string`, "
        "`symbol` or `function`); write `Array.isArray(flow_input.tags)`"
    )
    (found,) = _findings(condition="'Number(flow_input.day) === NaN'")
    assert found[3] == (
        "`Number(flow_input.day) === NaN` is always false: NaN is not equal to anything, "
        "itself included; test it with `Number.isNaN(Number(flow_input.day))`"
    )
    (found,) = _findings(condition="\"!flow_input.mode === 'manual'\"")
    assert found[3] == (
        "`!flow_input.mode === 'manual'` is always false: `!` applies to `flow_input.mode` "
        "before `===` compares, and `!flow_input.mode`, a boolean, is never equal to "
        "`'manual'`; write `flow_input.mode !== 'manual'`"
    )
    (found,) = _findings(condition="\"flow_input.grade !== 'A' || flow_input.grade !== 'B'\"")
    assert found[3] == (
        "`flow_input.grade !== 'A' || flow_input.grade !== 'B'` is always true: "
        "`flow_input.grade` always differs from `'A'` or from `'B'`; `&&` was meant (or "
        "`!['A', 'B'].includes(flow_input.grade)`)"
    )
    (found,) = _findings(condition="'new Date(flow_input.day) > new Date() + 86400000'")
    assert found[3] == (
        "`new Date() + 86400000` is a string, not a later time: `+` turns `new Date()` "
        "into its text and appends `86400000` to it, so what uses it gets text, and a "
        "comparison of it with a number or a date is always false (the text is no number); "
        "add to the time: `new Date().getTime() + 86400000`"
    )


def test_a_truthy_literal_in_a_fallback_value_is_not_reported() -> None:
    # outside a condition, `x || 'default'` is the usual fallback
    assert _findings(value="\"results.load.status || 'unknown'\"") == ()


# --- array methods given callbacks they misread ---------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "'results.load.rows.sort((a, b) => a.n > b.n)'",
        "'return results.load.rows.toSorted((a, b) => { return a.n < b.n })'",
        "\"flow_input.csv.split(',').map(parseInt)\"",
        "\"flow_input.csv.split(',').flatMap(Number.parseInt)\"",
        "'results.load.rows.forEach((r) => r.id)'",
        "'flow_input.tags.length ? results.load.rows.forEach((r) => r.id) : []'",
        "'results.load.rows.filter((r) => r.free = true)'",
        "'results.load.rows.find((r) => r.n = 2)'",
        "'results.load.rows.filter((r) => r.n == 1 || 2)'",
    ],
)
def test_a_callback_the_method_misreads_is_reported(value: str) -> None:
    found = _findings(value=value)
    assert [(r, c, s) for r, c, s, _ in found] == [(VALUE_ROW, "WAC507", "error")]


@pytest.mark.parametrize(
    "value",
    [
        "'results.load.rows.toSorted((a, b) => a.n - b.n)'",
        "'results.load.rows.sort((a, b) => a.id.localeCompare(b.id))'",
        "\"flow_input.csv.split(',').map((s) => parseInt(s, 10))\"",
        "\"flow_input.csv.split(',').map(Number)\"",
        "'results.load.rows.map((r) => r.id)'",
        '"const ids = []\\nresults.load.rows.forEach((r) => ids.push(r.id))\\nreturn ids"',
        "'results.load.rows.filter((r) => r.free === true)'",
        "'results.load.rows.map((r) => (r.n = 0))'",
        # parentheses around the assignment say it is meant
        "'results.load.rows.some((r) => (r.n = 0))'",
    ],
)
def test_callbacks_used_as_meant_are_not_reported(value: str) -> None:
    assert _findings(value=value) == ()


def test_the_callback_messages() -> None:
    (found,) = _findings(value="\"flow_input.csv.split(',').map(parseInt)\"")
    assert found[3] == (
        "`flow_input.csv.split(',').map(parseInt)` calls `parseInt(item, index)`: `.map` "
        "passes each item's index as the radix, so the second item onwards parses as NaN "
        "(null in JSON) or in the wrong base; write `.map((s) => parseInt(s, 10))` (or "
        "`.map(Number)`)"
    )
    (found,) = _findings(value="'results.load.rows.forEach((r) => r.id)'")
    assert found[3] == (
        "`results.load.rows.forEach((r) => r.id)` is undefined: `.forEach` drops what its "
        "callback gives, so the input transform gets nothing (null); use `.map(...)` for a "
        "list of the values"
    )
    (found,) = _findings(value="'results.load.rows.sort((a, b) => a.n > b.n)'")
    assert found[3] == (
        "the `.sort` comparator `(a, b) => a.n > b.n` gives a boolean: a comparator must "
        "give a negative number, zero or a positive number, and `true` / `false` (1 / 0) "
        "never say 'before', so the sort does not order the list by it (V8 often leaves it "
        "as it was); subtract (`(a, b) => a.x - b.x`) "
        "or use `localeCompare` for strings"
    )
    (found,) = _findings(value="'results.load.rows.filter((r) => r.free = true)'")
    assert found[3] == (
        "the `.filter` callback assigns `true` to `r.free` (`=`) instead of comparing them: "
        "it changes every element it is given, and decides by the assigned value, whatever "
        "`r.free` was; compare with `===`"
    )


# --- a value whose form gives a string or a number, for a parameter that is not one ------


@pytest.mark.parametrize(
    ("param", "value", "wanted", "found", "why"),
    [
        (
            "items",
            "JSON.stringify(results.load.rows)",
            "an array",
            "a string",
            "`JSON.stringify(...)`, a string",
        ),
        ("items", "flow_input.tags.join(',')", "an array", "a string", "`.join(...)`, a string"),
        (
            "amount",
            "(results.load.rows.length * 1.2).toFixed(2)",
            "a number",
            "a string",
            "`.toFixed(...)`, a string",
        ),
        (
            "items",
            "flow_input.tags.push('new')",
            "an array",
            "a number",
            "`.push(...)`, which gives the list's new length",
        ),
        (
            "meta",
            "results.load.rows.map((r) => r.id).join(', ')",
            "an object",
            "a string",
            "`.join(...)`, a string",
        ),
        ("items", "String(results.load.rows)", "an array", "a string", "`String(...)`, a string"),
    ],
)
def test_a_value_whose_form_gives_another_type(
    param: str, value: str, wanted: str, found: str, why: str
) -> None:
    (finding,) = _findings(value=f'"{value}"', param=param)
    assert finding[:3] == (VALUE_ROW, "WAC506", "warning")
    assert finding[3] == (
        f"`{param}` is {wanted}, but `{value}` is {found} ({why}): Windmill passes the value "
        "as it is, without converting it"
    )


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("label", "flow_input.tags.join(',')"),  # a string parameter takes it
        ("x", "JSON.stringify(results.load.rows)"),  # an untyped one too
        ("amount", "flow_input.tags.push('new')"),  # a number for a number
        ("items", "[...flow_input.tags, 'new']"),
    ],
)
def test_a_value_of_the_parameter_type_is_not_reported(param: str, value: str) -> None:
    assert _findings(value=f'"{value}"', param=param) == ()


# --- Python's negative index -------------------------------------------------------------

LIST_STEP = """\
summary: s
schema:
  type: object
  properties:
    tags: {{type: array, items: {{type: string}}}}
    code: {{type: string}}
  required: []
value:
  modules:
    - id: rows
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return [{{"id": 1}}, {{"id": 2}}]
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: results.rows}}
        skip_failures: false
        modules:
          - id: one
            value: {{type: identity}}
    - id: obj
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"-1": "odd key"}}
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x=None):
              return x
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""


def _list_findings(expr: str) -> tuple[Finding, ...]:
    result = analyze_bytes(LIST_STEP.format(expr=expr).encode(), "f/ak/probe__flow/flow.yaml")
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


@pytest.mark.parametrize(
    ("expr", "code", "read", "what", "subject"),
    [
        (
            "results.rows[-1].id",
            "WAC503",
            "results.rows",
            "a list",
            "the result of step `rows` is a list",
        ),
        (
            "results.each[-2]",
            "WAC503",
            "results.each",
            "a list",
            "the result of step `each` is a list",
        ),
        (
            "flow_input.tags[-1]",
            "WAC504",
            "flow_input.tags",
            "an array",
            "input `tags` is an array in the flow's schema",
        ),
        (
            "flow_input.code[-1]",
            "WAC504",
            "flow_input.code",
            "a string",
            "input `code` is a string in the flow's schema",
        ),
    ],
)
def test_a_negative_index_is_undefined(
    expr: str, code: str, read: str, what: str, subject: str
) -> None:
    (found,) = _list_findings(expr)
    index = expr.split("[", 1)[1].split("]", 1)[0]
    assert found[1:3] == (code, "error")
    assert found[3] == (
        f"`{read}[{index}]`: {subject}, and JavaScript has no negative index: `[{index}]` "
        f'reads the property named `"{index}"`, which {what} does not have, so it is '
        f"undefined (Python's item from the end); write `{read}.at({index})`"
    )


@pytest.mark.parametrize(
    "expr",
    [
        "results.rows.at(-1).id",
        "results.rows[results.rows.length - 1].id",
        "flow_input.tags.at(-1)",
        "results.obj[-1]",  # an object may have a key "-1"
        "results.rows[0].id",
    ],
)
def test_the_last_item_read_as_javascript_reads_it_is_not_reported(expr: str) -> None:
    assert _list_findings(expr) == ()


# --- a list result tested for its truthiness -------------------------------------------

TRUTH = """\
summary: s
value:
  modules:
    - id: rows
      {skipped}value:
        type: rawscript
        language: python3
        content: |
          def main():
              return [r for r in range(3) if r > 5]
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: results.rows}}
        skip_failures: false
        modules:
          - id: one
            value: {{type: identity}}
    - id: obj
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"n": 0}}
        input_transforms: {{}}
    - id: use
      skip_if:
        expr: '{expr}'
      value: {{type: identity}}
"""


def _truth(expr: str, skipped: str = "") -> tuple[Finding, ...]:
    text = TRUTH.format(expr=expr, skipped=skipped)
    result = analyze_bytes(text.encode(), "f/ak/probe__flow/flow.yaml")
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


@pytest.mark.parametrize(
    ("expr", "shown", "step", "always"),
    [
        ("!results.rows", "!results.rows", "rows", "false"),
        ("results.obj.n > 0 || results.each", "results.each", "each", "true"),
        ("!results.each && results.obj.n > 0", "!results.each", "each", "false"),
        ('!(results["rows"])', '!(results["rows"])', "rows", "false"),
        ("results.obj.n > 1 ? true : !results.each", "!results.each", "each", "false"),
    ],
)
def test_a_list_result_tested_for_truthiness(expr: str, shown: str, step: str, always: str) -> None:
    (found,) = _truth(expr)
    assert found[1:] == (
        "WAC507",
        "error",
        f"`{shown}` is always {always}: step `{step}` gives a list, and every list is truthy "
        "in JavaScript, the empty one too (unlike Python's), so the skip_if does not depend "
        f"on it; test its length (`results.{step}.length === 0`)",
    )


@pytest.mark.parametrize(
    "expr",
    [
        "results.rows.length === 0",
        "!results.rows.length",
        "!results.obj",
        "results.obj.n === 0",
        # a guard before a read of it: redundant, not wrong
        "results.rows && results.rows.length > 0",
    ],
)
def test_a_length_test_or_an_object_result_is_not_reported(expr: str) -> None:
    assert _truth(expr) == ()


def test_a_step_that_may_be_skipped_is_not_judged() -> None:
    assert _truth("!results.rows", skipped="skip_if: {expr: 'false'}\n      ") == ()


# --- JSON.parse of a result that is an object -------------------------------------------

PARSED = """\
summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x=None):
              return x
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""

PY_OBJECT = 'import json\ndef main():\n    return {"lots": [1], "raw": json.dumps({"a": 1})}'
TS_OBJECT = "export async function main() {\n  return { lots: [1], meta: { a: 1 } };\n}"
PY_TEXT = 'import json\ndef main():\n    return json.dumps({"lots": [1]})'


def _parsed(language: str, code: str, expr: str) -> tuple[Finding, ...]:
    body = "\n".join("          " + line for line in code.split("\n"))
    text = PARSED.format(language=language, code=body, expr=expr)
    result = analyze_bytes(text.encode(), "f/ak/probe__flow/flow.yaml")
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


@pytest.mark.parametrize(
    ("language", "code", "expr", "read", "gives"),
    [
        (
            "python3",
            PY_OBJECT,
            "JSON.parse(results.load).lots",
            "results.load",
            "an object literal",
        ),
        ("bun", TS_OBJECT, "JSON.parse(results.load)", "results.load", "an object literal"),
        (
            "bun",
            TS_OBJECT,
            "JSON.parse(results.load.meta).a",
            "results.load.meta",
            "`meta` as an object",
        ),
    ],
)
def test_json_parse_of_an_object_result_throws(
    language: str, code: str, expr: str, read: str, gives: str
) -> None:
    (found,) = _parsed(language, code, expr)
    call = expr.split(")", 1)[0] + ")"
    assert found[1:] == (
        "WAC503",
        "error",
        f"`{call}`: `{read}` is an object already (every `return` of step `load` gives "
        f"{gives}, and Windmill hands the expression the result parsed), so `JSON.parse` "
        "reads it as the text `[object Object]`, throws a SyntaxError, and the step fails; "
        f"use `{read}` as it is",
    )


@pytest.mark.parametrize(
    ("language", "code", "expr"),
    [
        ("python3", PY_TEXT, "JSON.parse(results.load).lots"),  # json.dumps gives text
        ("python3", PY_OBJECT, "JSON.parse(results.load.raw).a"),
        ("python3", PY_OBJECT, "JSON.parse(JSON.stringify(results.load))"),
    ],
)
def test_json_parse_of_text_is_not_reported(language: str, code: str, expr: str) -> None:
    assert _parsed(language, code, expr) == ()


# --- a Bun step's Map / Set / Date result, after the JSON round trip ---------------------

TS_MAP = (
    "export async function main() {\n"
    "  const xs = ['a', 'b', 'a'];\n"
    "  const seen = new Map<string, number>();\n"
    "  for (const x of xs) seen.set(x, (seen.get(x) ?? 0) + 1);\n"
    "  return seen;\n"
    "}"
)
TS_SET = "export async function main() {\n  return new Set([1, 2]);\n}"
TS_DATE = "export async function main() {\n  return { starts: new Date(), n: 1 };\n}"
TS_LET_MAP = (
    "export async function main() {\n"
    "  let seen = new Map();\n"
    "  seen = Object.fromEntries(seen);\n"
    "  return seen;\n"
    "}"
)


@pytest.mark.parametrize(
    ("code", "expr", "built", "member", "effect", "fix"),
    [
        (
            TS_MAP,
            'results.load.get("a")',
            "Map",
            "get",
            "calling it throws a TypeError",
            "`Object.fromEntries(map)`",
        ),
        (
            TS_MAP,
            "results.load.size",
            "Map",
            "size",
            "it is undefined",
            "`Object.fromEntries(map)`",
        ),
        (
            TS_SET,
            "results.load.has(1)",
            "Set",
            "has",
            "calling it throws a TypeError",
            "`[...set]`",
        ),
    ],
)
def test_a_map_or_set_result_reaches_the_flow_empty(
    code: str, expr: str, built: str, member: str, effect: str, fix: str
) -> None:
    (found,) = _parsed("bun", code, expr)
    assert found[1:] == (
        "WAC503",
        "error",
        f"`results.load.{member}`: every `return` of step `load`'s `main` gives a `{built}`, "
        f"which reaches the flow as `{{}}` (JSON keeps none of its entries), so `{member}` is "
        f"not there and {effect}; return {fix} instead",
    )


def test_a_date_field_reaches_the_flow_as_text() -> None:
    (found,) = _parsed("bun", TS_DATE, "results.load.starts.getTime() > 0")
    assert found[1:] == (
        "WAC503",
        "error",
        "`results.load.starts.getTime`: every `return` of step `load`'s `main` gives `starts` as a "
        "`Date`, which reaches the flow as its ISO text (JSON keeps a date as a string), "
        "which has no `getTime`, so calling it throws a TypeError; parse it first "
        "(`new Date(results.load.starts).getTime(...)`)",
    )


@pytest.mark.parametrize(
    ("code", "expr"),
    [
        (TS_DATE, "new Date(results.load.starts).getTime() > 0"),
        (TS_DATE, "results.load.starts.slice(0, 10)"),
        (TS_LET_MAP, "results.load.a"),  # bound again: not a Map when returned
        (TS_MAP, "Object.keys(results.load).length"),
    ],
)
def test_what_the_json_form_has_is_not_reported(code: str, expr: str) -> None:
    assert _parsed("bun", code, expr) == ()


# --- PHP steps: `array` / `object` parameters, associative array results ---------------

PHP_FLOW = """\
summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"rice_kg": 3, "tins": 40}}
        input_transforms: {{}}
    - id: plan
      value:
        type: rawscript
        language: php
        content: |
          <?php
          function main({param} $stock) {{
              if (count((array) $stock) === 0) {{
                  return ["orders" => [], "count" => 0];
              }}
              return array("orders" => [["item" => "rice"]], "count" => 1);
          }}
        input_transforms:
          stock: {{type: javascript, expr: results.load}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x=None):
              return x
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""


def _php(param: str, expr: str) -> tuple[Finding, ...]:
    text = PHP_FLOW.format(param=param, expr=expr)
    result = analyze_bytes(text.encode(), "f/ak/probe__flow/flow.yaml")
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def test_a_php_array_parameter_given_an_object() -> None:
    (found,) = _php("array", "results.plan.count")
    assert found[1:] == (
        "WAC506",
        "warning",
        "`stock` is an array, but `results.load` is an object (every `return` of step "
        "`load`'s `main` gives an object): Windmill passes the value as it is, without "
        "converting it; PHP's wrapper decodes an object as a `stdClass` (`json_decode` "
        "without `true`), which an `array` parameter refuses with a TypeError: type it "
        "`object` and read its fields with `->`",
    )


def test_a_field_no_php_return_gives() -> None:
    (found,) = _php("object", "results.plan.total")
    assert found[1:] == (
        "WAC503",
        "error",
        "`results.plan.total`: every `return` of step `plan`'s `main` gives an object with "
        "`count`, `orders` and no `total`, so it is undefined",
    )


@pytest.mark.parametrize("expr", ["results.plan.count", "results.plan.orders.length"])
def test_a_field_php_returns_is_not_reported(expr: str) -> None:
    assert _php("object", expr) == ()


@pytest.mark.parametrize(
    "code",
    [
        "<?php\nfunction main() {\n    return [1, 2];\n}\n",
        '<?php\nfunction main() {\n    $out = ["a" => 1];\n    return $out;\n}\n',
        '<?php\nfunction main() {\n    $f = function () { return ["a" => 1]; };\n'
        '    return ["b" => $f()];\n}\n',
        '<?php\nfunction main(int $n) {\n    if ($n) {\n        return ["a" => 1];\n    }\n}\n',
    ],
)
def test_php_returns_not_written_out_are_not_read(code: str) -> None:
    from wac_lint.flows.returns import returned_keys

    assert returned_keys("php", code) is None


def test_a_template_literal_for_a_list_parameter() -> None:
    (finding,) = _findings(value='"`${flow_input.csv}`"', param="items")
    assert finding[1:] == (
        "WAC506",
        "warning",
        "`items` is an array, but '`${flow_input.csv}`' is a string: Windmill passes the "
        "value as it is, without converting it",
    )


@pytest.mark.parametrize(
    ("value", "field", "kind"),
    [
        ("results.load.rows[-1].id", "rows", "an array"),
        ("results.load.status[-1]", "status", "a string"),
    ],
)
def test_a_negative_index_on_a_field_of_a_result(value: str, field: str, kind: str) -> None:
    (found,) = _findings(value=f'"{value}"')
    read = f"results.load.{field}"
    assert found[1:] == (
        "WAC503",
        "error",
        f"`{read}[-1]`: every `return` of step `load`'s `main` gives `{field}` as {kind}, and "
        'JavaScript has no negative index: `[-1]` reads the property named `"-1"`, which '
        f"{kind} does not have, so it is undefined (Python's item from the end); write "
        f"`{read}.at(-1)`",
    )


SET_FLOW = """\
summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: bun
        content: |
          export async function main() {
            const ids = new Set<string>(["a"]);
            return ids;
          }
        input_transforms: {}
    - id: each
      value:
        type: forloopflow
        iterator: {type: javascript, expr: results.load}
        skip_failures: false
        modules:
          - id: one
            value: {type: identity}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(y: list = []):
              return y
        input_transforms:
          y: {type: javascript, expr: results.load}
"""


def test_a_set_result_is_no_list() -> None:
    result = analyze_bytes(SET_FLOW.encode(), "f/ak/probe__flow/flow.yaml")
    found = [(f.row, f.code, f.message) for f in result.findings]
    why = "every `return` of step `load`'s `main` gives a `Set`, which JSON makes `{}`"
    assert found == [
        (
            17,
            "WAC506",
            f"`iterator` must give the list to loop over, but `results.load` is not a list "
            f"({why}): Windmill wants an array and the flow fails at this loop; return a list "
            "from the step (`[...set]`, `[...map.values()]`)",
        ),
        (
            30,
            "WAC506",
            f"`y` is an array, but `results.load` is an object ({why}): Windmill passes the "
            "value as it is, without converting it",
        ),
    ]
