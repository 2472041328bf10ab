"""Red team AI-F (flows): the general causes behind what heldout_ai found, as small inline
flows (one analysis per case, in process).

- The web platform's globals (`fetch`, `URL`, `atob` / `btoa`, `TextEncoder`, `crypto`,
  `structuredClone`, timers) in an expression are WAC509: Windmill's expression runtime
  (js_eval.rs: deno_core with its own `js_eval` extension only) has none of them.
- An entry of `approvers` read behind a test of its length is not reported.
- A mapping lacking its one required key and holding one unlisted key of that key's type
  (`{type: javascript, value: ...}`) is reported on that key, naming both (WAC500).
- A step using `./shared` after another did, without `value.same_worker: true`, is WAC500.
- `'$res:' + flow_input.db` with `db` a resource input is WAC508.
- A flow input whose name ends in `results`, read with a member after it, is cut in two
  by Windmill's rewrite: the fix names it and its bracket form (WAC507).
"""

from __future__ import annotations

from functools import cache

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]

STEP = """\
summary: s
schema:
  type: object
  properties:
    url: {{type: string}}
    db: {{type: object, format: resource-postgresql}}
    db_path: {{type: string}}
    lab_results: {{type: array, items: {{type: object}}}}
  required: []
value:
{value_extra}  modules:
    - id: first
      value:
        type: rawscript
        language: python3
        content: |
          def main(x=None):
              open("{first_path}", "w").write("1")
              return {{"ok": True}}
        input_transforms:
          x:
            type: javascript
            expr: {expr}
    - id: second
      value:
        type: rawscript
        language: python3
        content: |
          def main(y=None):
              return open("{second_path}").read()
        input_transforms:
          y:
            {second}
{extra}
"""


@cache
def _findings(text: str, path: str = "f/ai/probe__flow/flow.yaml") -> tuple[Finding, ...]:
    result = analyze_bytes(text.encode(), path)
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def _flow(
    expr: str = "flow_input.url",
    second: str = "{type: javascript, expr: results.first}",
    extra: str = "",
    value_extra: str = "",
    first_path: str = "out.txt",
    second_path: str = "in.txt",
) -> tuple[Finding, ...]:
    return _findings(
        STEP.format(
            expr=expr,
            second=second,
            extra=extra,
            value_extra=value_extra,
            first_path=first_path,
            second_path=second_path,
        )
    )


def _codes(found: tuple[Finding, ...]) -> list[tuple[int, str]]:
    return [(r, c) for r, c, _, _ in found]


# --- web APIs in an expression --------------------------------------------------------


@pytest.mark.parametrize(
    "expr",
    [
        "btoa(flow_input.url)",
        "atob(flow_input.url)",
        "new URL(flow_input.url).hostname",
        "crypto.randomUUID()",
        "new TextEncoder().encode(flow_input.url).length",
        "structuredClone(flow_input.db)",
        "await fetch(flow_input.url)",
        "performance.now()",
    ],
)
def test_a_web_api_is_not_defined_in_an_expression(expr: str) -> None:
    found = _flow(expr=f"'{expr}'")
    assert _codes(found) == [(23, "WAC509")]
    assert (
        "a web API: Windmill evaluates flow expressions in a bare JavaScript runtime, which has"
        in found[0][3]
    )


def test_structured_clone_names_the_json_copy() -> None:
    (finding,) = _flow(expr="'structuredClone(flow_input.db)'")
    assert "`JSON.parse(JSON.stringify(x))` copies a JSON value" in finding[3]


@pytest.mark.parametrize(
    "expr",
    [
        "encodeURIComponent(flow_input.url)",
        "JSON.parse(JSON.stringify(flow_input.db))",
        "new Date().toISOString()",
        "Object.fromEntries([['a', 1]])",
        "typeof fetch === 'undefined' ? null : 1",
    ],
)
def test_the_language_s_own_globals_are_defined(expr: str) -> None:
    assert _flow(expr=f'"{expr}"') == ()


# --- approvers behind a length test ---------------------------------------------------

APPROVAL_FLOW = """\
summary: s
value:
  modules:
    - id: ask
      skip_if: {{expr: 'false'}}
      suspend: {{required_events: 1, timeout: 600}}
      value: {{type: identity}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(who=None):
              return who
        input_transforms:
          who: {{type: javascript, expr: {read}}}
"""


@pytest.mark.parametrize(
    ("read", "reported"),
    [
        ("'approvers.length > 0 ? approvers[0] : null'", False),
        ("'approvers.length && approvers[0]'", False),
        ("'(approvers.length === 0) ? null : approvers[0]'", False),
        ("'approvers[0] ?? null'", False),
        ("'approvers[0]'", True),
    ],
)
def test_an_entry_read_behind_a_length_test(read: str, reported: bool) -> None:
    found = _findings(APPROVAL_FLOW.format(read=read))
    assert (_codes(found) == [(16, "WAC509")]) is reported, found


# --- a required key written under another name ----------------------------------------


def test_a_javascript_transform_with_value_is_reported_on_that_key() -> None:
    found = _flow(second="{type: javascript, value: results.first}")
    assert found == (
        (
            33,
            "WAC500",
            "error",
            "`value.modules[1].value.input_transforms.y` lacks `expr`, which "
            "JavascriptTransform requires, and has `value`, which JavascriptTransform does "
            "not read: write the value under `expr`",
        ),
    )


def test_an_unlisted_key_of_another_type_is_not_taken_for_the_missing_one() -> None:
    found = _flow(second="{type: javascript, value: 3}")
    assert [m for _, _, _, m in found] == [
        "`value.modules[1].value.input_transforms.y` lacks `expr`, which "
        "JavascriptTransform requires"
    ]


# --- ./shared without same_worker -----------------------------------------------------


def test_a_file_handed_on_through_shared_needs_same_worker() -> None:
    found = _flow(first_path="./shared/a.txt", second_path="./shared/a.txt")
    assert _codes(found) == [(28, "WAC500")]
    assert found[0][3].startswith(
        "step `second` uses the folder `./shared`, as step `first` does, but the flow does "
        "not set `same_worker: true` (under `value`)"
    )


def test_shared_with_same_worker_is_fine() -> None:
    found = _flow(
        value_extra="  same_worker: true\n",
        first_path="./shared/a.txt",
        second_path="./shared/a.txt",
    )
    assert found == ()


def test_one_step_using_shared_is_not_judged() -> None:
    assert _flow(first_path="./shared/a.txt") == ()


# --- $res: before a resource input ----------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "reported"),
    [
        ("\"'$res:' + flow_input.db\"", True),
        ("'`$res:${flow_input.db}`'", True),
        ("\"'$res:' + flow_input.db_path\"", False),
        ("flow_input.db", False),
    ],
)
def test_the_res_prefix_before_a_resource_input(expr: str, reported: bool) -> None:
    found = _flow(expr=expr)
    assert (_codes(found) == [(23, "WAC508")]) is reported
    if reported:
        assert found[0][3].startswith(
            "input `db` is a resource input (`format: resource-postgresql`), which the run "
            "form and the triggers give as a reference already (`$res:<path>`)"
        )


# --- a flow input whose name ends in `results` ----------------------------------------


def test_an_input_named_like_results_is_read_by_its_quoted_name() -> None:
    (finding,) = _flow(expr="flow_input.lab_results.filter((r) => r.flag)")
    assert finding[1] == "WAC507"
    assert finding[3].endswith('read it as `flow_input["lab_results"]`, or rename `lab_results`')
    assert _flow(expr="'flow_input[\"lab_results\"].filter((r) => r.flag)'") == ()
