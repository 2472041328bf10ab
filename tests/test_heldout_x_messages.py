"""Red team X (blind flows, `tests/flows/repo/f/heldout_x`): 38 whole flows as teams and
the Windmill UI write them (`wmill sync pull` folders with `'!inline ...'` scripts and
lock files, one UI JSON export; Python / TypeScript (Bun, Deno) / PostgreSQL / MySQL
steps; sequential and parallel `branchall`, `branchone` with default branches, for loops
with `parallel` / `parallelism` / `skip_failures` / `squash`, nested loops, while loops,
approvals with `required_events`, `timeout`, `resume_form`, `user_groups_required`,
`self_approval_disabled`, failure and preprocessor modules, retries, timeouts,
priorities, caches, `delete_after_use`, `continue_on_error`, `skip_if`,
`stop_after_all_iters_if`, `lock` / `tag` / `concurrent_limit`, script and subflow steps
by path), 21 with the one or two mistakes a hand edit leaves and 17 correct. Every
finding with its exact message and severity; the correct flows have none. Below: the
regressions the round fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_x"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_card_charge_failure__flow": [
        (
            66,
            "WAC503",
            "error",
            (
                "`results.load_subscriptions` names no step of this flow; did you mean "
                "`results.load_subscription`?"
            ),
        ),
    ],
    "m_churn_outreach__flow": [
        (
            22,
            "WAC503",
            "error",
            (
                "`results.at_risk_accounts.accounts`: step `at_risk_accounts` returns a list "
                "(every `return` of its `main` gives one), which has no `accounts`; index it or "
                "map over it (`results.at_risk_accounts.map((r) => r.accounts)`)"
            ),
        ),
    ],
    "m_contract_exception__flow": [
        (
            60,
            "WAC509",
            "error",
            (
                "`resume` is null in the first step of a branch of `apply_decision`: each branch "
                "runs as a flow of its own, and the answer to the approval of `deal_desk` reaches"
                " only the branch conditions of `apply_decision`, so reading a field of it throws"
                " and the step fails; read the answer in a step right after `deal_desk` and pass "
                "that step's result in (`results.<id>`)"
            ),
        ),
    ],
    "m_course_grading__flow": [
        (
            41,
            "WAC503",
            "error",
            ("`results.course_stats`: step `course_stats` runs after this one"),
        ),
    ],
    "m_invoice_render_batch__flow": [
        (
            62,
            "WAC503",
            "error",
            (
                "`results.upload_pdf`: `upload_pdf` is inside parallel loop `render_each`, whose "
                "iterations run as flows of their own, so after the loop `results.upload_pdf` is "
                "null; read `results.render_each` (one result per iteration)"
            ),
        ),
    ],
    "m_kyc_checks__flow": [
        (
            43,
            "WAC503",
            "error",
            (
                "`results.sanctions` is in another branch of `checks`, and with `parallel: true` "
                "the branches run at the same time: it is null unless that branch happens to "
                "finish first"
            ),
        ),
        (
            64,
            "WAC500",
            "warning",
            (
                "`parallelism` caps the iterations run at once only when the loop has `parallel: "
                "true`; this loop runs its iterations one at a time, so the setting does nothing"
            ),
        ),
    ],
    "m_ledger_export_poll__flow": [
        (
            41,
            "WAC510",
            "error",
            (
                "while loop `wait_ready` never ends: this is its only `stop_after_if` condition, "
                "and it never holds: `result.finished` is a boolean: every `return` of step "
                "`check_export`'s `main` gives it as one, and `==` compares it with the string "
                "`'true'` as numbers (`true` / `false` are 1 / 0, `'true'` is NaN), so this is "
                "always false; compare with `true` / `false`"
            ),
        ),
    ],
    "m_partner_catalog_pull__flow": [
        (
            22,
            "WAC500",
            "error",
            (
                "`random_factor` is read as a whole number from -128 to 127, but the value is "
                '150: Windmill refuses the flow when it is saved or pushed ("Invalid flow value")'
            ),
        ),
        (
            26,
            "WAC500",
            "error",
            ("`value.modules[0].delete_after_use` is a string, but FlowModule wants a boolean"),
        ),
    ],
    "m_price_sync_loop__flow": [
        (
            40,
            "WAC503",
            "error",
            (
                "`results.push_prices`: `push_prices` encloses this step, and its result exists "
                "only once it has finished"
            ),
        ),
    ],
    "m_purchase_order_lines__flow": [
        (
            48,
            "WAC504",
            "error",
            (
                "`sku_code` is not a field of the items of input `lines` (their schema declares "
                "`sku`, `quantity`, `unit_price`): the run form asks only for those, so it is "
                "undefined unless a caller passes it anyway"
            ),
        ),
    ],
    "m_queue_drain__flow": [
        (
            43,
            "WAC507",
            "error",
            (
                "the stop_after_if assigns `0` to `result.remaining` (`=`) instead of comparing "
                "them: its value is always false (the value assigned, `0`); compare with `===`"
            ),
        ),
    ],
    "m_region_rollout__flow": [
        (
            39,
            "WAC503",
            "error",
            ("`results.canary_health` is inside this step (`decide`), which has not run it yet"),
        ),
    ],
    "m_region_snapshot__flow": [
        (
            31,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.region`: loop `per_region` iterates over its static "
                "`iterator`, a list of strings, so `flow_input.iter.value` is the string itself, "
                "which has no `region`: it is undefined; read `flow_input.iter.value`"
            ),
        ),
    ],
    "m_release_notes__flow": [
        (
            31,
            "WAC503",
            "error",
            ("`results.create_release`: step `create_release` runs after this one"),
        ),
    ],
    "m_shipment_labels__flow": [
        (
            19,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "`skip_if` is evaluated outside its iterations"
            ),
        ),
    ],
    "m_ticket_routing__flow": [
        (
            72,
            "WAC503",
            "error",
            (
                "`results.assign_default_queue`: `assign_default_queue` is in a branch of `route`"
                " that may not have run; use `results.route` (the result of the branch taken)"
            ),
        ),
    ],
    "m_top_sellers__flow": [
        (
            52,
            "WAC503",
            "error",
            (
                "`results.rank_products.items`: step `rank_products` returns a list (every "
                "`return` of its `main` gives one), which has no `items`; index it or map over it"
                " (`results.rank_products.map((r) => r.items)`)"
            ),
        ),
    ],
    "m_usage_overage__flow": [
        (
            28,
            "WAC506",
            "error",
            (
                "flow f/heldout_x/ok_lib_notify_owner takes `message` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            32,
            "WAC506",
            "warning",
            (
                "`text` is not a parameter of flow f/heldout_x/ok_lib_notify_owner: the value "
                "goes nowhere"
            ),
        ),
    ],
    "m_vendor_onboarding__flow": [
        (
            22,
            "WAC500",
            "error",
            (
                "`required_events: 0`: Windmill's flow runner waits only for a positive number of"
                " approvals, so the flow goes on without waiting and `resume` is null; set it to "
                "1 (or the number of approvers needed)"
            ),
        ),
        (
            27,
            "WAC506",
            "error",
            (
                "`user_groups_required` is the list of the groups whose members may approve, but "
                "the static value is a string: Windmill's flow runner cannot read it as a list of"
                ' group names (`expect("Unable to deserialize group names")`) and the flow fails '
                "at this approval step; write a list (`value: [<group>]`)"
            ),
        ),
    ],
    "m_warehouse_restock__flow": [
        (
            50,
            "WAC503",
            "error",
            (
                "`results.reserve_stock` is in another branch of `fan_out`, and with `parallel: "
                "true` the branches run at the same time: it is null unless that branch happens "
                "to finish first"
            ),
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    correct = [f for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")]
    assert len(correct) == 18
    for folder in correct:
        assert file_findings(flow_file(folder)) == [], folder.name


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


@pytest.mark.parametrize(
    ("language", "code", "kind"),
    [
        # a builtin call that always builds a list, also sliced
        ("python3", "def main(r: list):\n    return sorted(r, key=len)[:3]", "array"),
        ("python3", "def main(r: dict):\n    return list(r)", "array"),
        # `sorted` rebound by the code: unknown
        ("python3", "from x import sorted\ndef main(r: list):\n    return sorted(r)", None),
        ("python3", "def main(r: list):\n    return r[:3]", None),
        # an array method given a callback, `Object.keys(...)`
        ("bun", "export async function main(r: any[]) {\n  return r.map((x) => x.id);\n}", "array"),
        (
            "bun",
            "export function main(r: any[]) {\n  return r.filter(function (x) { return x; });\n}",
            "array",
        ),
        ("bun", "export function main(o: object) {\n  return Object.entries(o);\n}", "array"),
        # `.map` without a callback may be anything's method
        ("bun", "export function main(r: any) {\n  return r.map(fn);\n}", None),
        ("bun", "export function main(r: any) {\n  return r.slice(1);\n}", None),
    ],
)
def test_a_call_that_always_builds_a_list(language: str, code: str, kind: str | None) -> None:
    from wac_lint.flows.returns import return_kind

    assert return_kind(language, code) == kind


BRANCH_RESUME_FLOW = """\
summary: branch resume
value:
  modules:
    - id: approve
      value: {{type: identity}}
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              pct: {{type: number}}
    - id: decide
      value:
        type: {kind}
        branches:
          - {condition}
            modules:
              - id: first
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main(pct: float):
                        return pct
                  input_transforms:
                    pct: {{type: javascript, expr: {expr}}}
{default}"""


@pytest.mark.parametrize(
    ("kind", "expr", "found"),
    [
        ("branchone", "resume.pct", True),
        ("branchall", "resume.pct", True),
        # allowing for no answer at all, or read in the branch condition: fine
        ("branchone", "resume?.pct ?? 0", False),
        ("branchone", "results.approve", False),
    ],
)
def test_resume_in_the_first_step_of_a_branch(
    tmp_path: Path, kind: str, expr: str, found: bool
) -> None:
    text = BRANCH_RESUME_FLOW.format(
        kind=kind,
        expr=expr,
        condition="expr: resume.pct > 10" if kind == "branchone" else "summary: one",
        default="        default: []\n" if kind == "branchone" else "",
    )
    assert _findings(tmp_path, text) == ([(27, "WAC509", "error")] if found else [])


CONDITION_FLOW = """\
summary: condition
value:
  modules:
    - id: poll
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: check
            value:
              type: rawscript
              language: python3
              content: |
                def main():
                    return {{"remaining": 0}}
              input_transforms: {{}}
            stop_after_if:
              expr: {expr}
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("result.remaining = 0", True),
        ("'!(result.remaining = 1)'", True),
        ("'(result.remaining = 1) || result.remaining > 2'", True),
        ("result.remaining === 0", False),
        ("result.remaining <= 0", False),
        # an assignment inside a callback is the callback's business
        ("'[result].some((r) => (r.x = 1))'", False),
    ],
)
def test_an_assignment_as_a_condition(tmp_path: Path, expr: str, found: bool) -> None:
    text = CONDITION_FLOW.format(expr=expr)
    assert _findings(tmp_path, text) == ([(18, "WAC507", "error")] if found else [])


APPROVAL_FLOW = """\
summary: approval
value:
  modules:
    - id: approve
      value: {{type: identity}}
      suspend:
        required_events: {events}
        user_auth_required: {auth}
        user_groups_required:
          type: static
          value: {groups}
    - id: after
      value: {{type: identity}}
"""


@pytest.mark.parametrize(
    ("events", "auth", "groups", "found"),
    [
        # (the groups without `user_auth_required: true` are checked by nobody: WAC500
        # on `user_groups_required`, heldout_y)
        ("0", "false", "[finance]", [(7, "WAC500"), (9, "WAC500")]),
        ("1", "true", "finance", [(11, "WAC506")]),
        ("1", "true", "[finance, 3]", [(11, "WAC506")]),
        ("1", "true", "[finance, ops]", []),
        # read only with `user_auth_required: true`: not a type problem without it
        ("1", "false", "finance", [(9, "WAC500")]),
        ("2", "true", "[]", []),
    ],
)
def test_approval_settings_the_runner_cannot_use(
    tmp_path: Path, events: str, auth: str, groups: str, found: list[tuple[int, str]]
) -> None:
    text = APPROVAL_FLOW.format(events=events, auth=auth, groups=groups)
    assert [(r, c) for r, c, _ in _findings(tmp_path, text)] == found


SCALAR_ITEMS_FLOW = """\
summary: scalar items
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: static, value: {items}}}
        skip_failures: false
        modules:
          - id: use
            value:
              type: rawscript
              language: python3
              content: |
                def main(x):
                    return x
              input_transforms:
                x: {{type: javascript, expr: {expr}}}
"""


@pytest.mark.parametrize(
    ("items", "expr", "found"),
    [
        ("[eu-west-1, us-east-1]", "flow_input.iter.value.region", True),
        ("[1, 2.5]", "flow_input.iter.value.id", True),
        ("[eu-west-1, us-east-1]", "flow_input.iter.value.length", False),
        ("[eu-west-1, us-east-1]", "flow_input.iter.value.toUpperCase()", False),
        ("[1, 2]", "flow_input.iter.value.toFixed(2)", False),
        ("[eu-west-1, us-east-1]", "flow_input.iter.value", False),
        # mixed items: not judged
        ("[eu-west-1, 2]", "flow_input.iter.value.region", False),
    ],
)
def test_a_field_of_a_static_scalar_item(
    tmp_path: Path, items: str, expr: str, found: bool
) -> None:
    text = SCALAR_ITEMS_FLOW.format(items=items, expr=expr)
    assert _findings(tmp_path, text) == ([(18, "WAC503", "error")] if found else [])


ARRAY_INPUT_FLOW = """\
summary: array input
schema:
  type: object
  properties:
    lines:
      type: array
      items:
        type: object
        properties:
          sku: {{type: string}}
          quantity: {{type: integer}}
value:
  modules:
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x):
              return x
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("flow_input.lines.map((l) => l.sku_code)", True),
        ("flow_input.lines[0].qty", True),
        ("flow_input.lines.map((l) => l.sku)", False),
        ("flow_input.lines.filter((l) => l.quantity > 0).length", False),
        ("flow_input.lines.map((l) => l.sku_code ?? l.sku)", False),
        ("flow_input.lines.reduce((n, l) => n + l.quantity, 0)", False),
    ],
)
def test_a_field_of_the_items_of_an_array_input(tmp_path: Path, expr: str, found: bool) -> None:
    text = ARRAY_INPUT_FLOW.format(expr=expr)
    assert _findings(tmp_path, text) == ([(22, "WAC504", "error")] if found else [])


BOOLEAN_STOP_FLOW = """\
summary: boolean stop
value:
  modules:
    - id: poll
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: check
            value:
              type: rawscript
              language: python3
              content: |
                def main(state: str):
                    return {{"finished": state == "DONE", "count": 3}}
              input_transforms:
                state: {{type: static, value: RUNNING}}
            stop_after_if:
              expr: {expr}
{more}"""


@pytest.mark.parametrize(
    ("expr", "more", "found"),
    [
        # the only stop condition never holds: the loop never ends
        ("result.finished == 'true'", "", [(19, "WAC510", "error")]),
        ("result.finished === 'true'", "", [(19, "WAC510", "error")]),
        ("result.count === '3'", "", [(19, "WAC510", "error")]),
        # another stop may hold: the constant comparison is a warning
        (
            "result.finished == 'true'",
            "      stop_after_if:\n        expr: flow_input.stop === true\n",
            [(19, "WAC503", "warning")],
        ),
        # comparisons that can hold
        ("result.finished == '1'", "", []),
        ("result.finished === true", "", []),
        ("result.count == '3'", "", []),
        # a constant part of a condition that may hold: a warning
        ("result.finished == 'true' || result.count > 2", "", [(19, "WAC503", "warning")]),
    ],
)
def test_a_stop_condition_comparing_a_boolean_field_with_a_string(
    tmp_path: Path, expr: str, more: str, found: list[tuple[int, str, str]]
) -> None:
    text = BOOLEAN_STOP_FLOW.format(expr=f'"{expr}"', more=more)
    assert _findings(tmp_path, text) == found


LOOP_RESUME_FLOW = """\
summary: loop resume
value:
  modules:
    - id: approve
      value: {{type: identity}}
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              pct: {{type: number}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: static, value: [1, 2]}}
        skip_failures: false
        parallel: {parallel}
        modules:
          - id: first
            value:
              type: rawscript
              language: python3
              content: |
                def main(pct: float):
                    return pct
              input_transforms:
                pct: {{type: javascript, expr: resume.pct}}
{more}"""

SECOND_STEP = """\
          - id: second
            value: {type: identity}
"""


@pytest.mark.parametrize(
    ("parallel", "more", "found"),
    [
        # the body runs as a flow of its own: no approval before its first step
        ("false", SECOND_STEP, True),
        ("true", "", True),
        # a one-step sequential body is pushed as that step by the outer flow
        ("false", "", False),
    ],
)
def test_resume_in_the_first_step_of_a_loop_body(
    tmp_path: Path, parallel: str, more: str, found: bool
) -> None:
    text = LOOP_RESUME_FLOW.format(parallel=parallel, more=more)
    assert _findings(tmp_path, text) == ([(28, "WAC509", "error")] if found else [])


REFUSAL_FLOW = """\
summary: refusal
value:
  modules:
    - id: approve
      value: {{type: identity}}
      suspend:
        required_events: 1
        timeout: 3600
        continue_on_disapprove_timeout: {go_on}
        resume_form:
          schema:
            type: object
            properties:
              amount: {{type: number}}
    - id: book
      value:
        type: rawscript
        language: python3
        content: |
          def main(amount: float):
              return amount
        input_transforms:
          amount: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("go_on", "expr", "found"),
    [
        ("true", "resume.amount", True),
        ("true", "resume.amount ?? 0", False),
        ("true", "resume.error ? 0 : resume.amount", False),
        ("false", "resume.amount", False),
    ],
)
def test_resume_after_an_approval_that_may_be_refused(
    tmp_path: Path, go_on: str, expr: str, found: bool
) -> None:
    text = REFUSAL_FLOW.format(go_on=go_on, expr=expr)
    assert _findings(tmp_path, text) == ([(23, "WAC509", "warning")] if found else [])


RETRY_FLOW = """\
summary: retry
value:
  modules:
    - id: call
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return 1
        input_transforms: {{}}
      retry:
{retry}        retry_if:
          expr: error.message.includes('429')
"""


@pytest.mark.parametrize(
    ("retry", "found"),
    [
        ("", True),
        ("        constant: {attempts: 0, seconds: 30}\n", True),
        ("        exponential: {seconds: 2, multiplier: 2}\n", True),
        ("        constant: {attempts: 3, seconds: 30}\n", False),
        ("        exponential: {attempts: 2, seconds: 2}\n", False),
    ],
)
def test_retry_if_without_attempts(tmp_path: Path, retry: str, found: bool) -> None:
    text = RETRY_FLOW.format(retry=retry)
    row = 13 + retry.count("\n")
    assert _findings(tmp_path, text) == ([(row, "WAC500", "warning")] if found else [])
