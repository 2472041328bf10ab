"""Red team T (blind flows, `tests/flows/repo/f/heldout_t`): 49 whole flows as teams and
the Windmill UI write them (`wmill sync pull` folders with quoted `'!inline ...'`
scripts in Python / TypeScript / Bash / SQL / Go / Deno, a UI JSON export, branches,
for and while loops, approvals with forms, failure and preprocessor modules, retries,
`stop_after_if`, sleeps, caches, flow_env, YAML anchors), 27 with the one or two
mistakes a hand edit leaves and 22 correct. Every finding with its exact message and
severity; the correct flows have none. Below: the regressions the round fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_t"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_account_closure__flow": [
        (
            8,
            "WAC506",
            "error",
            (
                "flow f/heldout_t/ok_customer_lookup takes `customer_id` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            81,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an "
                "approval (`suspend`) step; after `close` it is null, so reading a field of it "
                "throws and the step fails"
            ),
        ),
    ],
    "m_churn_export_to_crm__flow": [
        (
            15,
            "WAC508",
            "error",
            (
                "`warehouse` is a `postgresql` resource, but the static value is a plain "
                "string, passed as it is; write `$res:f/analytics/warehouse_pg` if that is the "
                "resource's path"
            ),
        ),
        (
            33,
            "WAC504",
            "error",
            (
                "`flow_env.CRM_BATCH_SIZ` is not a variable of this flow's `flow_env` (it "
                "defines `CRM_BATCH_SIZE`, `SCORE_MODEL`): Windmill has no such variable, so "
                "the expression gets no value for it"
            ),
        ),
    ],
    "m_contract_signature__flow": [
        (
            64,
            "WAC509",
            "error",
            (
                "`resume.aproved` is not a field of the approval form of `legal_review` (its "
                "`resume_form` declares `approved`, `redlines`): the approval page posts only "
                "those, so it is undefined unless the approver's call passes it anyway"
            ),
        ),
    ],
    "m_data_retention_report.flow": [
        (
            34,
            "WAC501",
            "error",
            (
                "module id `check_warehouse` is already used on line 22: "
                "`results.check_warehouse` can name only one step"
            ),
        ),
        (
            61,
            "WAC502",
            "error",
            "the failure_module must have the id `failure`, not `on_failure`",
        ),
    ],
    "m_expire_trial_accounts__flow": [
        (
            22,
            "WAC503",
            "error",
            (
                "`results.mark_expired.rowCount`: step `mark_expired` is a PostgreSQL query, "
                "whose result is the list of its last statement's rows, which has no "
                "`rowCount`; the number of rows it returns is `results.mark_expired.length` "
                "(an UPDATE or DELETE returns rows only with `RETURNING`)"
            ),
        ),
    ],
    "m_feature_flag_cleanup__flow": [
        (
            31,
            "WAC504",
            "warning",
            (
                "`flow_input.environment` is never `'prod'`: the flow's schema allows only "
                "`production`, `staging`, `dev` (`enum`), which the run form and the triggers "
                "built from it give, so this comparison is always false"
            ),
        ),
    ],
    "m_fx_rates_snapshot__flow": [
        (
            57,
            "WAC507",
            "error",
            (
                "the skip_if expression does not parse as JavaScript near "
                "`results.changed.count == 0 && !flow_input.always_archive))`: the step fails "
                "when Windmill evaluates it"
            ),
        ),
    ],
    "m_github_push_webhook__flow": [
        (
            51,
            "WAC503",
            "error",
            (
                "`results.build.preview_url`: step `build` is a Bash script, whose "
                "result is the last line it prints, as a string that Windmill does not "
                "parse (unless the script writes `./result.json`), which has no "
                "`preview_url`, so it is undefined"
            ),
        ),
        (
            54,
            "WAC504",
            "error",
            (
                "`flow_input.pusher_login`: the preprocessor returns `after`, `ref`, `repo` "
                "and no `pusher_login`, and a triggered run's inputs are what it returns, so "
                "this reads undefined whenever a trigger starts the flow"
            ),
        ),
    ],
    "m_inventory_reorder__flow": [
        (
            63,
            "WAC506",
            "error",
            (
                "`timeout` is a number of seconds, but the static value is a string: Windmill "
                "cannot read it and the flow fails at this step"
            ),
        ),
    ],
    "m_invoice_dunning__flow": [
        (
            83,
            "WAC503",
            "error",
            (
                "`results.send_final_notice` is in another branch of `ladder`: a branchone "
                "runs only one branch, so here it is null"
            ),
        ),
    ],
    "m_invoice_pdf_render__flow": [
        (
            28,
            "WAC506",
            "error",
            (
                "`main` of step `render` is the module's default export: Windmill's wrapper "
                'runs `import { main } from "./main.ts"`, which finds no export named `main`, '
                "so the step fails; write `export async function main(...)`"
            ),
        ),
    ],
    "m_lead_enrichment__flow": [
        (
            21,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.new_leads` is not a "
                "list (every `return` of step `new_leads`'s `main` gives an object): Windmill "
                "wants an array and the flow fails at this loop; loop over one of its list "
                "fields, or `Object.values(results.new_leads)`"
            ),
        ),
    ],
    "m_monthly_report_export__flow": [
        (
            32,
            "WAC506",
            "warning",
            "`pdf` is not one of the values `fmt` accepts (csv, xlsx)",
        ),
    ],
    "m_multi_channel_alert__flow": [
        (
            105,
            "WAC503",
            "error",
            (
                "`results.fanout[3]`: branchall `fanout` has 3 branches, so its result is a "
                "list of 3 (entries 0 to 2); entry 3 is undefined"
            ),
        ),
    ],
    "m_nightly_bucket_backup__flow": [
        (
            23,
            "WAC506",
            "error",
            (
                "the bash script sync.inline_script.sh takes `prefix` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            27,
            "WAC506",
            "warning",
            (
                "`path_prefix` is not a parameter of the bash script sync.inline_script.sh: "
                "the value goes nowhere"
            ),
        ),
    ],
    "m_onboarding_checklist__flow": [
        (
            46,
            "WAC504",
            "error",
            (
                "`flow_input.iter.value.default_rol` is not a field of the items of input "
                "`systems`, which loop `accounts` iterates over (their schema declares `name`, "
                "`default_role`): the run form asks only for those, so it is undefined unless "
                "a caller passes it anyway; did you mean `default_role`?"
            ),
        ),
    ],
    "m_partner_feed_ingest__flow": [
        (
            30,
            "WAC500",
            "error",
            (
                "exponential retries need `seconds` (the backoff base) above 0, but it is 0: "
                "Windmill refuses the flow when it is saved or pushed (\"Module 'list_files': "
                'Exponential backoff base (seconds) must be greater than 0")'
            ),
        ),
        (
            40,
            "WAC500",
            "warning",
            (
                "`parallelism` caps the iterations run at once only when the loop has "
                "`parallel: true`; this loop runs its iterations one at a time, so the setting "
                "does nothing"
            ),
        ),
    ],
    "m_payout_batch__flow": [
        (
            23,
            "WAC503",
            "error",
            "`results.transfers`: step `transfers` runs after this one",
        ),
    ],
    "m_purge_soft_deleted__flow": [
        (
            19,
            "WAC510",
            "error",
            (
                "while loop `batches` has no `stop_after_if`, on itself or on a step of its "
                "body (the one on `purge` stops only the nested loop `per_table`): "
                "nothing ends it, so it runs until one of its steps fails, which fails "
                "the flow"
            ),
        ),
    ],
    "m_rate_limited_import__flow": [
        (
            39,
            "WAC509",
            "error",
            (
                "`results` is not defined in a step's `sleep`: Windmill evaluates it without "
                "the flow's step results (it runs when the next step is pushed: read the "
                "step's own `result`): evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_refund_approval__flow": [
        (
            80,
            "WAC503",
            "error",
            (
                "`results.ask_manager.approved_amount`: `approved_amount` is a field of the "
                "approval form of step `ask_manager`, but the answer never lands in its result "
                "(its code returns no such field); Windmill hands it to the step right after "
                "`ask_manager` only, as `resume.approved_amount`"
            ),
        ),
    ],
    "m_region_canary_rollout.flow": [
        (
            35,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "iterator is evaluated before any iteration"
            ),
        ),
    ],
    "m_shipment_tracking__flow": [
        (
            23,
            "WAC506",
            "warning",
            "`max_rows` is an integer, but the static value is a string",
        ),
        (
            66,
            "WAC503",
            "error",
            (
                "`results.track.delivered`: the result of loop `track` is a list with one "
                "entry per iteration, which has no `delivered`; index it or map over it "
                "(`results.track.map((r) => r.delivered)`)"
            ),
        ),
    ],
    "m_support_ticket_triage__flow": [
        (
            50,
            "WAC506",
            "warning",
            "`critical` is not one of the values `priority` accepts (low, high, urgent)",
        ),
    ],
    "m_vendor_catalog_sync__flow": [
        (
            73,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; this step is not "
                "inside a loop"
            ),
        ),
    ],
    "m_warehouse_compaction__flow": [
        (
            49,
            "WAC506",
            "error",
            (
                "`table` is keyword-only in `main` of step `rewrite`, with no default: "
                "Windmill's parser leaves keyword-only parameters (after `*`) out of the "
                "script's inputs and calls `main` with only the others, so `main` never "
                "receives it and the step always fails with a TypeError; move `table` before "
                "the `*`"
            ),
        ),
    ],
    "m_warehouse_slot_booking__flow": [
        (
            54,
            "WAC506",
            "warning",
            (
                "`max_pallets_per_dock` is a number, but `flow_input.dock_capacity` is a "
                "string (the flow's schema declares input `dock_capacity` as a string): "
                "Windmill passes the value as it is, without converting it; declare input "
                "`dock_capacity` as a number in the flow's schema"
            ),
        ),
        (
            56,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "`skip_if` is evaluated outside its iterations"
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
    assert len(correct) == 22
    for folder in correct:
        assert file_findings(flow_file(folder)) == [], folder.name


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(row, code, severity) for row, code, severity, _ in file_findings(folder / "flow.yaml")]


# A poll loop: the step that checks is read after the loop, for the result the loop
# stopped on. A while loop runs at least once; a step of its own body that nothing
# before it can stop or skip runs in every iteration, the last one included.
POLL_FLOW = """\
summary: poll
value:
  modules:
    - id: wait
      value:
        type: {kind}
        {iterator}skip_failures: false
        modules:
{before}          - id: look
            value:
              type: rawscript
              language: python3
              content: |
                def main():
                    return {{"file": None}}
              input_transforms: {{}}
{look_extra}          - id: pause
            value:
              type: identity
            sleep: {{type: static, value: 30}}
            stop_after_if: {{expr: 'true', skip_if_stopped: false}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(file: {param_type}):
              return file
        input_transforms:
          file: {{type: javascript, expr: {expr}}}
"""

_STOP_EARLY = """\
          - id: gate
            value:
              type: identity
            stop_after_if: {expr: 'false', skip_if_stopped: false}
"""


@pytest.mark.parametrize(
    ("kind", "before", "look_extra", "param_type", "expr", "found"),
    [
        # the final iteration's result: what the loop ended on
        ("whileloopflow", "", "", "str", "results.look?.file ?? null", []),
        ("whileloopflow", "", "", "str", "results.look.file", []),
        # a list is wanted there: one iteration's result is not every iteration's
        ("whileloopflow", "", "", "list", "results.look", [(30, "WAC503", "warning")]),
        (
            "whileloopflow",
            "",
            "",
            "list",
            "results.look.map((r) => r.file)",
            [(30, "WAC503", "warning")],
        ),  # noqa: E501
        # a field of the result read for a list: the last iteration's field (a list
        # the loop builds up), which a list of iterations would not have
        ("whileloopflow", "", "", "list", "results.look.file", []),
        # a step before it may end the last iteration first: a stale result
        ("whileloopflow", _STOP_EARLY, "", "str", "results.look.file", [(34, "WAC503", "warning")]),
        # skipped in some iterations: maybe not the last one's
        (
            "whileloopflow",
            "",
            "            skip_if: {expr: 'false'}\n",
            "str",
            "results.look.file",
            [(31, "WAC503", "warning")],
        ),
        # a for loop may have no iteration at all
        ("forloopflow", "", "", "str", "results.look.file", [(30, "WAC503", "warning")]),
    ],
)
def test_a_while_loop_step_read_after_the_loop(
    tmp_path: Path,
    kind: str,
    before: str,
    look_extra: str,
    param_type: str,
    expr: str,
    found: list[tuple[int, str, str]],
) -> None:
    iterator = (
        "iterator: {type: javascript, expr: '[1, 2]'}\n        " if kind == "forloopflow" else ""
    )
    text = POLL_FLOW.format(
        kind=kind,
        iterator=iterator,
        before=before,
        look_extra=look_extra,
        param_type=param_type,
        expr=expr,
    )
    shift = 1 if kind == "forloopflow" else 0
    assert _findings(tmp_path, text) == [(row + shift, c, s) for row, c, s in found]


SQL_FIELD_FLOW = """\
summary: sql field
value:
  modules:
    - id: q
      value:
        type: rawscript
        language: postgresql
        content: |
          UPDATE t SET done = true WHERE done = false RETURNING id;
        input_transforms:
          database: {{type: static, value: $res:f/x/db}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(n):
              return n
        input_transforms:
          n: {{type: javascript, expr: results.q.{field}}}
"""


@pytest.mark.parametrize(
    ("field", "hint"),
    [
        # the affected-row count of database clients: the step's result is its rows
        ("rowCount", "the number of rows it returns is `results.q.length`"),
        ("affectedRows", "the number of rows it returns is `results.q.length`"),
        ("rowcount", "the number of rows it returns is `results.q.length`"),
        # a column: read it from a row
        ("id", "read the first row (`results.q[0].id`) or map over them"),
    ],
)
def test_a_row_count_read_on_a_sql_step_points_at_length(
    tmp_path: Path, field: str, hint: str
) -> None:
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(SQL_FIELD_FLOW.format(field=field))
    [(row, code, severity, message)] = file_findings(folder / "flow.yaml")
    assert (row, code, severity) == (20, "WAC503", "error")
    assert hint in message


SCALAR_FLOW = """\
summary: scalar result
value:
  modules:
    - id: check
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
          def main(v):
              return v
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("language", "code", "expr", "found"),
    [
        # a comparison or a negation is a boolean: a field of it is undefined
        ("bun", "export async function main() { return 3 > 2 }", "results.check.ok", True),
        ("bun", "export async function main() { return !false }", "results.check.ok", True),
        ("python3", "def main():\n              return 3 > 2", "results.check.ok", True),
        ("python3", "def main():\n              return not []", "previous_result.ok", True),
        ("python3", "def main():\n              return 42", "results.check.total", True),
        # what a boolean / number answers, a fallback, and `&&` (an operand)
        ("bun", "export async function main() { return 3 > 2 }", "results.check", False),
        ("python3", "def main():\n              return 4.5", "results.check.toFixed(1)", False),
        ("bun", "export async function main() { return 3 > 2 }", "results.check.ok ?? 1", False),
        ("bun", "export async function main() { return 3 && {ok: 1} }", "results.check.ok", False),
    ],
)
def test_a_field_of_a_boolean_or_number_result(
    tmp_path: Path, language: str, code: str, expr: str, found: bool
) -> None:
    text = SCALAR_FLOW.format(language=language, code=code, expr=expr)
    assert [c for _, c, _ in _findings(tmp_path, text)] == (["WAC503"] if found else [])


REFERENCE_FLOW = """\
summary: references
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          from typing import TypedDict

          class postgresql(TypedDict):
              host: str

          def main(x: {typ}):
              return 1
        input_transforms:
          x: {{type: static, value: "{value}"}}
"""


@pytest.mark.parametrize(
    ("typ", "value", "found"),
    [
        # a variable's value is a string
        ("int", "$var:f/x/retries", True),
        ("postgresql", "$var:f/x/pg", True),
        ("dict", "$var:f/x/conf", True),
        ("str", "$var:f/x/token", False),
        # a resource's value is an object
        ("str", "$res:f/x/slack", True),
        ("list", "$res:f/x/slack", True),
        ("dict", "$res:f/x/db", False),
        ("postgresql", "$res:f/x/db", False),
    ],
)
def test_a_variable_or_resource_reference_given_another_type(
    tmp_path: Path, typ: str, value: str, found: bool
) -> None:
    text = REFERENCE_FLOW.format(typ=typ, value=value)
    expected = [(17, "WAC506", "warning")] if found else []
    assert _findings(tmp_path, text) == expected


BRANCH_RESULT_FLOW = """\
summary: branch results
value:
  modules:
    - id: fan
      value:
        type: branchall
        parallel: true
        branches:
          - modules:
              - id: left
                value:
                  type: rawscript
                  language: bun
                  content: "export async function main() {{ return {{ count: 1 }} }}"
                  input_transforms: {{}}
          - modules:
              - id: right
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main():
                        return {{"count": 2, "extra": True}}
                  input_transforms: {{}}
    - id: pick
      value:
        type: branchone
        branches:
          - expr: "true"
            modules:
              - id: p1
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main():
                        return {{"route": "a"}}
                  input_transforms: {{}}
        default: {default}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(v):
              return v
        input_transforms:
          v: {{type: javascript, expr: '{expr}'}}
"""

_P2 = """
          - id: p2
            value:
              type: rawscript
              language: python3
              content: |
                def main():
                    return {"route": "b"}
              input_transforms: {}"""


@pytest.mark.parametrize(
    ("default", "expr", "found"),
    [
        # entry i of a branchall is branch i + 1's last step's result
        ("[]", "results.fan[0].cnt", True),
        ("[]", "results.fan[1].extra", False),
        ("[]", "results.fan[0].extra", True),
        ("[]", "results.fan[0].cnt ?? 0", False),
        # a callback sees every branch's entry
        ("[]", "results.fan.map((b) => b.cont)", True),
        ("[]", "results.fan.map((b) => b.extra)", False),
        # a branchone's result is the last step of the branch it takes
        (_P2, "results.pick.rout", True),
        (_P2, "results.pick.route", False),
        # an empty default hands on the result of the step before: not judged
        ("[]", "results.pick.rout", False),
    ],
)
def test_a_field_of_a_branch_result(tmp_path: Path, default: str, expr: str, found: bool) -> None:
    text = BRANCH_RESULT_FLOW.format(default=default, expr=expr)
    assert [c for _, c, _ in _findings(tmp_path, text)] == (["WAC503"] if found else [])


APPROVAL_IN_BRANCH_FLOW = """\
summary: approval in a branch
schema:
  type: object
  properties:
    amount: {{type: number}}
value:
  modules:
    - id: needs_review
      value:
        type: branchone
        branches:
          - expr: flow_input.amount > 1000
            modules:
              - id: approve
                value: {{type: identity}}
                suspend: {{required_events: 1, timeout: 3600}}
{inner}        default: []
    - id: pay
      value:
        type: rawscript
        language: python3
        content: |
          def main(amount: float):
              return amount
        input_transforms:
          amount: {{type: javascript, expr: '{expr}'}}
"""

_AFTER_APPROVAL = """\
              - id: record
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main(amount: float):
                        return amount
                  input_transforms:
                    amount: {type: javascript, expr: resume.approved_amount}
"""


@pytest.mark.parametrize(
    ("inner", "expr", "found"),
    [
        # the approval answers the step after it inside the branch, not the step after
        # the branchone: there `resume` is null
        ("", "resume.approved_amount ?? flow_input.amount", [(26, "WAC509")]),
        ("", "resume?.approved_amount ?? flow_input.amount", []),
        (_AFTER_APPROVAL, "flow_input.amount", []),
    ],
)
def test_resume_after_a_branch_holding_an_approval(
    tmp_path: Path, inner: str, expr: str, found: list[tuple[int, str]]
) -> None:
    text = APPROVAL_IN_BRANCH_FLOW.format(inner=inner, expr=expr)
    shift = inner.count("\n")
    assert [(r, c) for r, c, _ in _findings(tmp_path, text)] == [(r + shift, c) for r, c in found]


ARROW_MAIN_FLOW = """\
summary: arrow main
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: {language}
        content: |
          {code}
        input_transforms: {transforms}
"""

_GIVEN = "{region: {type: static, value: eu}}"


@pytest.mark.parametrize(
    ("language", "code", "transforms", "found"),
    [
        # windmill-parser-ts reads no parameter from a function assigned to `main`
        ("bun", "export const main = async (region: string) => region;", _GIVEN, True),
        ("deno", "export let main = function (region: string) { return region };", _GIVEN, True),
        (
            "bun",
            "const main = async (region: string) => region;\n          export { main };",
            _GIVEN,
            True,
        ),
        # no input given: `main()` is what it gets
        ("bun", "export const main = async () => 1;", "{}", False),
        # a function declaration is read
        ("bun", "export async function main(region: string) { return region }", _GIVEN, False),
    ],
)
def test_a_function_assigned_to_main_gets_no_input(
    tmp_path: Path, language: str, code: str, transforms: str, found: bool
) -> None:
    text = ARROW_MAIN_FLOW.format(language=language, code=code, transforms=transforms)
    row = 10 + code.count("\n")
    assert _findings(tmp_path, text) == ([(row, "WAC506", "error")] if found else [])


def test_a_while_loop_step_read_after_the_loop_says_no_empty_loop(tmp_path: Path) -> None:
    # a while loop runs at least once: "null if no iteration ran" would be untrue there
    text = POLL_FLOW.format(
        kind="whileloopflow",
        iterator="",
        before="",
        look_extra="",
        param_type="list",
        expr="results.look",
    )
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    [(_, code, _, message)] = file_findings(folder / "flow.yaml")
    assert code == "WAC503"
    assert message == (
        "`results.look`: `look` is inside loop `wait`, so after the loop it reads only the "
        "last iteration's result; `results.wait` has one result per iteration"
    )
