"""Red team AF (flows): the general causes behind what heldout_af found, as small inline
flows (one analysis per case, in process, no repository needed).

- A key of a nested settings object written one level up (`retry: {attempts: 3,
  seconds: 30}`, which belong in `constant` / `exponential`; `required_events` beside
  `suspend`'s keys under the module) is a WAC500 warning: Windmill's reader ignores it.
- A key no part of the flow lists, in a settings object whose every key is a plain
  value (a retry's `constant` / `exponential`, a `stop_after_if`), is a WAC500 warning:
  `constant: {attempts: 3, delay: 60}` retries with no wait.
- A for loop's iterator whose own form gives no list (`new Set(...)` / `new Map(...)`,
  `{}` in JSON; an object literal, `.join(...)`, `.length`, a comparison) is WAC506.
"""

from __future__ import annotations

from functools import cache

import pytest

from wac_lint.engine import analyze_bytes

FLOW = """\
summary: s
schema:
  type: object
  properties:
    ids: {{type: array, items: {{type: string}}}}
  required: []
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main(ids: list):
              return [{{"id": i, "owner": "a"}} for i in ids]
        input_transforms:
          ids: {{type: javascript, expr: flow_input.ids}}
{retry}
    - id: each
      value:
        type: forloopflow
        skip_failures: false
        iterator:
          type: javascript
          expr: "{iterator}"
        modules:
          - id: one
            value:
              type: rawscript
              language: python3
              content: |
                def main(x):
                    return x
              input_transforms:
                x: {{type: javascript, expr: flow_input.iter.value}}
"""


@cache
def _findings(
    retry: str = "", iterator: str = "results.load"
) -> tuple[tuple[int, str, str, str], ...]:
    text = FLOW.format(retry=retry, iterator=iterator)
    result = analyze_bytes(text.encode(), "f/af/probe__flow/flow.yaml")
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def _codes(**kw: str) -> list[tuple[int, str, str]]:
    return [(row, code, sev) for row, code, sev, _ in _findings(**kw)]


FLAT = "      retry:\n        attempts: 3\n        seconds: 30"
NESTED = "      retry:\n        constant:\n          attempts: 3\n          seconds: 30"
DELAY = "      retry:\n        constant:\n          attempts: 3\n          delay: 30"
EXP_WAIT = (
    "      retry:\n        exponential:\n          attempts: 3\n          multiplier: 10\n"
    "          seconds: 2\n          backoff: 2"
)
STOP = "      stop_after_if:\n        expr: result.length === 0\n        message: nothing to do"


def test_flat_retry_keys_belong_in_constant_or_exponential() -> None:
    found = _findings(retry=FLAT)
    assert [(r, c, s) for r, c, s, _ in found] == [
        (19, "WAC500", "warning"),
        (20, "WAC500", "warning"),
    ]
    assert found[0][3] == (
        "`value.modules[0].retry.attempts` is not a key of Retry itself but of its "
        "`constant` or `exponential`: Windmill ignores it here, so the setting is never "
        "applied; nest it (`constant: {attempts: ...}`)"
    )


def test_nested_retry_is_not_reported() -> None:
    assert _findings(retry=NESTED) == ()


def test_unread_key_of_a_retry_delay_object() -> None:
    found = _findings(retry=DELAY)
    assert [(r, c, s) for r, c, s, _ in found] == [(21, "WAC500", "warning")]
    assert found[0][3] == (
        "`value.modules[0].retry.constant.delay` is not a key Windmill reads: `constant` "
        "takes only `attempts` and `seconds`, so it ignores `delay` and the setting it was "
        "meant for keeps its default"
    )
    assert [c for _, c, _ in _codes(retry=EXP_WAIT)] == ["WAC500"]


def test_unread_key_of_a_stop_after_if() -> None:
    found = _findings(retry=STOP)
    assert [(r, c) for r, c, _, _ in found] == [(20, "WAC500")]
    assert "`stop_after_if` takes only `skip_if_stopped`, `expr`" in found[0][3]
    assert "so it ignores `message`" in found[0][3]


@pytest.mark.parametrize(
    ("iterator", "says"),
    [
        ("new Set(results.load.map((r) => r.owner))", "a `Set`, which reaches Windmill as `{}`"),
        ("(new Map(results.load.map((r) => [r.id, r])))", "a `Map`"),
        ("results.load.map((r) => r.id).join(',')", "`.join(...)`, a string"),
        ("results.load.length", "`.length`, a number"),
        ("results.load.length > 0", "a comparison (`>`)"),
        ("flow_input.ids ? {a: 1} : {b: 2}", "an object literal"),
    ],
)
def test_iterator_whose_form_gives_no_list(iterator: str, says: str) -> None:
    found = _findings(iterator=iterator)
    assert [(c, s) for _, c, s, _ in found] == [("WAC506", "error")]
    assert says in found[0][3]


@pytest.mark.parametrize(
    "iterator",
    [
        "[...new Set(results.load.map((r) => r.owner))]",
        "Array.from(new Set(results.load.map((r) => r.owner)))",
        "Object.entries(results.load)",
        "results.load.filter((r) => r.owner)",
        "flow_input.ids.length ? flow_input.ids : []",
    ],
)
def test_iterator_giving_a_list_is_not_reported(iterator: str) -> None:
    assert _findings(iterator=iterator) == ()


SET_INPUT = """\
summary: s
schema:
  type: object
  properties:
    ids: {type: array, items: {type: string}}
  required: []
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: bun
        content: |
          export async function main(ids: string[], owners: object) {
            return ids;
          }
        input_transforms:
          ids: {type: javascript, expr: "EXPR"}
          owners: {type: javascript, expr: "new Map([[1, 2]])"}
"""


@cache
def _set_input_findings(expr: str) -> tuple[tuple[int, str, str, str], ...]:
    text = SET_INPUT.replace("EXPR", expr)
    result = analyze_bytes(text.encode(), "f/af/set_input__flow/flow.yaml")
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def test_a_set_or_map_given_to_a_step_is_an_empty_object() -> None:
    found = _set_input_findings("new Set(flow_input.ids)")
    assert found == (
        (
            18,
            "WAC506",
            "error",
            "`ids` is given a `Set`, which reaches Windmill as `{}` (JSON keeps none of its "
            "entries): the step gets an empty object; spread it into a list "
            "(`[...new Set(...)]`)",
        ),
        (
            19,
            "WAC506",
            "error",
            "`owners` is given a `Map`, which reaches Windmill as `{}` (JSON keeps none of "
            "its entries): the step gets an empty object; convert it "
            "(`Object.fromEntries(map)` for an object, `[...map]` for a list of its entries)",
        ),
    )
    assert [r for r, *_ in _set_input_findings("[...new Set(flow_input.ids)]")] == [19]


LINKS = """\
summary: s
value:
  modules:
    - id: ask
      value:
        type: rawscript
        language: LANG
        content: |
          CODE
        input_transforms: {}
SUSPEND_ASK
    - id: wait
      value:
        type: identity
      suspend:
        required_events: 1
        timeout: 3600
"""
TS_LINKS = (
    'import * as wmill from "windmill-client"; '
    "export async function main() { return await wmill.getResumeUrls(ARGS); }"
)
PY_LINKS = "import wmill; main = lambda: wmill.get_resume_urls(ARGS)"
ASK_SUSPENDS = "      suspend:\n        required_events: 1"


@cache
def _links_findings(lang: str, code: str, suspend: str = "") -> tuple[str, ...]:
    text = LINKS.replace("LANG", lang).replace("CODE", code).replace("SUSPEND_ASK", suspend)
    result = analyze_bytes(text.encode(), "f/af/links__flow/flow.yaml")
    return tuple(f"{f.row} {f.code} {f.severity} {f.message}" for f in result.findings)


def test_approval_links_built_by_a_step_without_suspend() -> None:
    found = _links_findings("bun", TS_LINKS.replace("ARGS", '"boss"'))
    assert found == (
        "8 WAC500 error step `ask` sends approval links (`getResumeUrls()`) but has no "
        "`suspend`: the links resume this step's own job, which nothing waits on, and the "
        "approval step `wait` waits for approvals of its own job, which these links never "
        "give, so it waits until its timeout; put the `suspend` on this step, or ask for "
        "flow-level links (`getResumeUrls(approver, true)`), which a later approval step "
        "accepts",
    )
    python = _links_findings("python3", PY_LINKS.replace("ARGS", ""))
    assert len(python) == 1 and "`get_resume_urls(approver, flow_level=True)`" in python[0]


@pytest.mark.parametrize(
    ("lang", "code", "suspend"),
    [
        ("bun", TS_LINKS.replace("ARGS", '"boss"'), ASK_SUSPENDS),
        ("bun", TS_LINKS.replace("ARGS", '"boss", true'), ""),
        ("python3", PY_LINKS.replace("ARGS", "flow_level=True"), ""),
    ],
)
def test_approval_links_of_the_suspended_step_or_flow_level(
    lang: str, code: str, suspend: str
) -> None:
    assert _links_findings(lang, code, suspend) == ()
