"""Red team Z (blind flows, `tests/flows/repo/f/heldout_z`): 24 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` Python and TypeScript scripts):
index reads on `previous_result`, branches ending with an identity / approval step read
after the branch, `flow_input.iter` in a while loop nested in a for loop, `iter.index` in
stop conditions, `resume` in an approval's `stop_after_if`, loop iterators that give an
object or a number, `parallelism` larger than the list, `skip_failures` with a failure
module, steps inside nested branches read from outside, hand-edited JavaScript (an
unbalanced template literal, a trailing `,`) and static values of the wrong JSON type.
12 with the one or two mistakes a hand edit leaves, 12 correct. Every finding with its
exact message and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_z"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_pager_previous_index__flow": [
        (
            29,
            "WAC503",
            "error",
            (
                "`previous_result[0]`: every `return` of step `run_checks`'s `main` gives an "
                "object (with `checked`, `failing`, `healthy`), not a list, so entry 0 is "
                "undefined; read its fields (`previous_result.checked`)"
            ),
        ),
    ],
    "m_refund_branch_identity__flow": [
        (
            51,
            "WAC503",
            "error",
            (
                "`results.route.approved_amount_cents`: `approved_amount_cents` is a field of "
                "the approval form of step `manager_gate`, the last step of a branch of "
                "branchone `route`, whose result is then that step's, where the answer never "
                "lands (an identity step first in its branch hands on the branch's input); "
                "Windmill hands it only to a step right after `manager_gate` in the same "
                "branch, as `resume.approved_amount_cents`"
            ),
        ),
    ],
    "m_crm_sync_nested_while__flow": [
        (
            27,
            "WAC504",
            "error",
            (
                "`flow_input.iter.value.id`: inside while loop `pages`, `flow_input.iter` is "
                "that loop's own iteration, whose `value` is the iteration's number (the "
                "flow runner gives a while loop's iterations `{index: n, value: n}`), so "
                "`.id` is undefined; the item of the for loop `per_account` around it is out "
                "of reach there: read it in a step before `pages` and use that step's result "
                "(`results.<id>`) inside"
            ),
        ),
    ],
    "m_region_config_iterator__flow": [
        (
            18,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.load_config` is not a "
                "list (every `return` of step `load_config`'s `main` gives an object): Windmill "
                "wants an array and the flow fails at this loop; loop over one of its list "
                "fields, or `Object.values(results.load_config)`"
            ),
        ),
    ],
    "m_batch_count_iterator__flow": [
        (
            21,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.count_docs.batches` "
                "is not a list (every `return` of step `count_docs`'s `main` gives an object "
                "whose `batches` is a number): Windmill wants an array and the flow fails at "
                "this loop; build the list (`Array.from({ length: results.count_docs.batches "
                "}, (_, i) => i)`)"
            ),
        ),
    ],
    "m_payment_nested_branch_read__flow": [
        (
            70,
            "WAC503",
            "error",
            (
                "`results.sepa_transfer`: `sepa_transfer` is in a branch of `payout_method` "
                "that may not have run; use `results.payout_method` (the result of the branch "
                "taken)"
            ),
        ),
    ],
    "m_vendor_approval_resume_stop__flow": [
        (
            33,
            "WAC509",
            "error",
            (
                "`resume` is not defined in a `stop_after_if`: Windmill evaluates the condition "
                "as soon as the step's job completes, before any approval, without `resume`, "
                "`resumes` or `approvers`, so reading it fails and the flow fails at this step; "
                "the approval's answer reaches the next step only (as `resume` in its inputs)"
            ),
        ),
    ],
    "m_report_static_types__flow": [
        (12, "WAC506", "warning", "`teams` is an array, but the static value is a string"),
        (
            18,
            "WAC506",
            "warning",
            "`include_forecast` is a boolean, but the static value is a string",
        ),
    ],
    "m_score_trailing_comma__flow": [
        (
            21,
            "WAC507",
            "error",
            (
                "the input transform expression does not parse as JavaScript near "
                "`results.score.hot,`: the step fails when Windmill evaluates it"
            ),
        ),
    ],
    "m_shipping_template_literal__flow": [
        (
            24,
            "WAC507",
            "error",
            (
                "the input transform expression does not parse as JavaScript near "
                "'`Your parcel ${results.get_shipment.carrier} ${flow_input.t…': the step "
                "fails when Windmill evaluates it"
            ),
        ),
    ],
    "m_ticket_loop_stop_iter__flow": [
        (
            16,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "`stop_after_if` is evaluated outside its iterations"
            ),
        ),
    ],
    "m_warehouse_previous_items__flow": [
        (
            22,
            "WAC503",
            "error",
            (
                "`previous_result.items`: every `return` of step `low_stock`'s `main` gives an "
                "object with `skus`, `warehouse` and no `items`, so it is undefined"
            ),
        ),
    ],
}


def _param(name: str) -> object:
    if name in GAPS:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=GAPS[name]))
    return name


@pytest.mark.parametrize("name", [_param(n) for n in sorted(EXPECTED)])
def test_messages(name: str) -> None:
    got = file_findings(flow_file(ROOT / name))
    want = EXPECTED[name]
    # a gap's message is pinned once it is fixed; until then line, code and severity
    assert len(got) == len(want)
    assert [(r, c, s, m if w[3] else "") for (r, c, s, m), w in zip(got, want, strict=True)] == want


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


@pytest.mark.parametrize(
    "name",
    [_param(f.name) for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")],
)
def test_correct_flows_have_no_finding(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == []


def test_half_the_flows_are_correct() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 12


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "z" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


NESTED_BRANCH_FLOW = """\
summary: nested branches
value:
  modules:
    - id: fan
      value:
        type: branchall
        parallel: {parallel}
        branches:
          - modules:
              - id: {holder}
                value:
                  type: {kind}
                  {body}
          - modules:
              - id: other
                value: {{type: identity}}
{reader}
"""

_BRANCHONE = "branches: [{expr: 'true', modules: [{id: inner, value: {type: identity}}]}]\n" + (
    "                  default: []"
)
_BRANCHALL = "branches: [{modules: [{id: inner, value: {type: identity}}]}]"
_AFTER = """\
    - id: after
      value:
        type: identity
      skip_if: {expr: results.inner === null}"""
_IN_LATER_BRANCH = """\
    - id: tail
      value: {type: identity}"""


@pytest.mark.parametrize(
    ("parallel", "kind", "body", "reader", "expected"),
    [
        # a branchone nested in a branchall's branch: its branch may not have run
        ("true", "branchone", _BRANCHONE, _AFTER, [(21, "WAC503", "error")]),
        ("false", "branchone", _BRANCHONE, _AFTER, [(21, "WAC503", "error")]),
        # a branchall nested in a branchall: every branch of both ran
        ("true", "branchall", _BRANCHALL, _AFTER, []),
        ("false", "branchall", _BRANCHALL, _IN_LATER_BRANCH, []),
    ],
)
def test_a_step_of_a_nested_branchone_read_after_the_outer_branch(
    tmp_path: Path, parallel: str, kind: str, body: str, reader: str, expected: list[object]
) -> None:
    text = NESTED_BRANCH_FLOW.format(
        parallel=parallel, holder="pick", kind=kind, body=body, reader=reader
    )
    assert _findings(tmp_path, text) == expected


def test_a_nested_branchone_step_read_from_a_later_branch(tmp_path: Path) -> None:
    # a sequential branchall's earlier branch has run, but not necessarily the
    # branch of the branchone nested in it
    text = """\
summary: s
value:
  modules:
    - id: fan
      value:
        type: branchall
        parallel: false
        branches:
          - modules:
              - id: pick
                value:
                  type: branchone
                  branches: [{expr: 'true', modules: [{id: inner, value: {type: identity}}]}]
                  default: []
          - modules:
              - id: later
                value: {type: identity}
                skip_if: {expr: results.inner === null}
"""
    assert _findings(tmp_path, text) == [(18, "WAC503", "error")]


INDEX_FLOW = """\
summary: index reads
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: bun
        content: "export function main() {{ return {returned} }}"
        input_transforms: {{}}
{between}
    - id: use
      value:
        type: rawscript
        language: bun
        content: "export function main(x: any) {{ return x }}"
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""
_BRANCH = """\
    - id: pick
      value:
        type: branchone
        branches:
          - expr: 'true'
            modules:
              - id: a
                value:
                  type: rawscript
                  language: bun
                  content: "export function main() { return { ok: true } }"
                  input_transforms: {}
        default:
          - id: b
            value:
              type: rawscript
              language: bun
              content: "export function main() { return { ok: false } }"
              input_transforms: {}"""


@pytest.mark.parametrize(
    ("returned", "between", "expr", "expected"),
    [
        # an index of an object result read as `previous_result`
        ("{ rows: [], total: 0 }", "", "previous_result[0]", [(17, "WAC503", "error")]),
        ("{ rows: [], total: 0 }", "", "previous_result.rows[0]", []),
        ("{ rows: [], total: 0 }", "", "previous_result?.[0] ?? null", []),
        ("[{ id: 1 }]", "", "previous_result[0]", []),
        # right after a branchone, whose result is the last step of the branch taken
        ("[]", _BRANCH, "previous_result[0]", [(35, "WAC503", "error")]),
        ("[]", _BRANCH, "previous_result.ok", []),
    ],
)
def test_an_index_of_an_object_previous_result(
    tmp_path: Path, returned: str, between: str, expr: str, expected: list[object]
) -> None:
    text = INDEX_FLOW.format(returned=returned, between=between, expr=expr)
    assert _findings(tmp_path, text) == expected


def test_an_index_of_a_step_own_object_result_in_its_stop_after_if(tmp_path: Path) -> None:
    text = """\
summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: bun
        content: "export function main() { return { done: true } }"
        input_transforms: {}
      stop_after_if: {expr: 'result[0] === true'}
"""
    assert _findings(tmp_path, text) == [(10, "WAC503", "error")]


NUMBER_FLOW = """\
summary: number results
value:
  modules:
    - id: count
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        skip_failures: false
        iterator: {{type: javascript, expr: results.count.pages}}
        modules:
          - id: one
            value: {{type: identity}}
"""


@pytest.mark.parametrize(
    ("language", "code", "expected"),
    [
        # a value that is always a number: arithmetic, `Math` calls, `len`, `math.ceil`
        ("bun", "export function main(n = 42) { return { pages: Math.ceil(n / 10) } }", 1),
        ("bun", "export function main(n = 42) { return { pages: n * 2 } }", 1),
        ("bun", "export function main(s = '42') { return { pages: parseInt(s) } }", 1),
        (
            "python3",
            "import math\ndef main(n: int = 4):\n    return {'pages': math.ceil(n / 3)}",
            1,
        ),
        ("python3", "def main(rows: list = []):\n    return {'pages': len(rows)}", 1),
        ("python3", "def main(n: int = 42):\n    return {'pages': n // 10}", 1),
        # not always a number: `+` joins strings too, a rebound `len`, `math` not imported
        ("bun", "export function main(a = 'x', b = 'y') { return { pages: a + b } }", 0),
        ("bun", "export function main(p = [1, 2]) { return { pages: p.slice(1) } }", 0),
        ("python3", "len = list\ndef main(rows: list = []):\n    return {'pages': len(rows)}", 0),
        ("python3", "def main(math: dict = {}):\n    return {'pages': math.ceil(3)}", 0),
        ("python3", "def main(n: int = 2):\n    return {'pages': [1] * n}", 0),
    ],
)
def test_an_iterator_reading_a_number(
    tmp_path: Path, language: str, code: str, expected: int
) -> None:
    body = "\n".join(f"          {line}" for line in code.splitlines())
    text = NUMBER_FLOW.format(language=language, code=body)
    found = _findings(tmp_path, text)
    assert found == [(15 + code.count("\n"), "WAC506", "error")] * expected


APPROVAL_STOP_FLOW = """\
summary: approval stop
value:
  modules:
    - id: ask
      value: {{type: identity}}
      suspend: {{required_events: 1}}
      {option}: {{expr: "{expr}"}}
    - id: next
      value: {{type: identity}}
"""


@pytest.mark.parametrize(
    ("option", "expr", "expected"),
    [
        # the approval's names do not exist when `stop_after_if` is evaluated
        ("stop_after_if", "resume.approved === false", [(7, "WAC509", "error")]),
        ("stop_after_if", "approvers[0] === 'bob'", [(7, "WAC509", "error")]),
        ("stop_after_if", "resumes.length === 0", [(7, "WAC509", "error")]),
        ("stop_after_if", "result === null", []),
    ],
)
def test_approval_names_in_a_stop_after_if(
    tmp_path: Path, option: str, expr: str, expected: list[object]
) -> None:
    text = APPROVAL_STOP_FLOW.format(option=option, expr=expr)
    assert _findings(tmp_path, text) == expected


BRANCH_APPROVAL_FLOW = """\
summary: approval at the end of a branch
value:
  modules:
    - id: route
      value:
        type: branchone
        branches:
          - expr: 'true'
            modules:
              - id: gate
                value: {{type: identity}}
                suspend:
                  required_events: 1
                  resume_form:
                    schema:
                      type: object
                      properties:
                        amount: {{type: integer}}
{after}
        default: []
    - id: pay
      value: {{type: identity}}
      skip_if: {{expr: "{expr}"}}
"""
_AFTER_GATE = """\
              - id: take
                value:
                  type: rawscript
                  language: bun
                  content: "export function main(amount: number) { return { amount } }"
                  input_transforms:
                    amount: {type: javascript, expr: resume.amount}"""


@pytest.mark.parametrize(
    ("after", "expr", "expected"),
    [
        # the answer never lands in the branchone's result
        ("", "results.route.amount > 100", [(23, "WAC503", "error")]),
        ("", "(results.route.amount ?? 0) > 100", []),
        ("", "results.route.total > 100", []),
        # a step after the approval in the branch takes it as `resume` and returns it
        (_AFTER_GATE, "results.route.amount > 100", []),
    ],
)
def test_an_approval_form_field_read_from_a_branchone(
    tmp_path: Path, after: str, expr: str, expected: list[object]
) -> None:
    text = BRANCH_APPROVAL_FLOW.format(after=after, expr=expr)
    assert _findings(tmp_path, text) == expected
