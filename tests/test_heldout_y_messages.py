"""Red team Y (blind flows, `tests/flows/repo/f/heldout_y`): 36 whole flows as teams and
the Windmill UI write them (`wmill sync pull` folders with `'!inline ...'` Python,
TypeScript and bash scripts, one flow-editor JSON export, shared scripts and a subflow by
path): approvals (`suspend` with `required_events`, `timeout` or none, `resume_form`,
`user_auth_required`, `self_approval_disabled`, `user_groups_required`,
`continue_on_disapprove_timeout`), identity gates, `branchone` / `branchall` results,
nested loops, while loops, `early_return`, flow-level concurrency, `same_worker`,
`cache_ttl`, `mock`, static values of every JSON type (`null`, `$res:`, `$var:`),
`skip_if` reading `previous_result` / `result`, `stop_after_all_iters_if` with
`error_message`, `flow_env`, preprocessor and failure modules with `retry`. 19 with the
one or two mistakes a hand edit leaves, 17 correct. Every finding with its exact message
and severity; the correct flows have none. Below: the regressions the round fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_y"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_bulk_import_env__flow": [
        (
            32,
            "WAC504",
            "error",
            (
                "`flow_env.batch_size` is not a variable of this flow's `flow_env` (it defines "
                "`BATCH_SIZE`, `TARGET_TABLE`): Windmill has no such variable, so the "
                "expression gets no value for it; did you mean `flow_env.BATCH_SIZE`?"
            ),
        ),
    ],
    "m_customer_onboarding__flow": [
        (
            29,
            "WAC506",
            "warning",
            ("`delay_days` is an integer, but the static value is a string"),
        ),
    ],
    "m_enrich_mock__flow": [
        (
            32,
            "WAC503",
            "error",
            (
                "`results.enrich_account.employees`: every `return` of step `enrich_account`'s "
                "`main` gives an object with `industry`, `size` and no `employees`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_expense_approval__flow": [
        (
            24,
            "WAC500",
            "warning",
            (
                "`self_approval_disabled` takes effect only with `user_auth_required: true`: "
                "Windmill checks approvers against it only when the approval requires a "
                "logged-in user, so here anyone with the approval link, the flow's starter "
                "included, can approve; add `user_auth_required: true`"
            ),
        ),
    ],
    "m_incident_router__flow": [
        (
            64,
            "WAC503",
            "error",
            (
                "`results.route[0]`: the result of branchone `route` is the result of the last "
                "step of the branch it takes (`page_oncall`, `open_ticket`, `log_only`), which "
                "returns an object (with `channel`, `reference`), not a list, so entry 0 is "
                "undefined; read its fields (`results.route.channel`)"
            ),
        ),
    ],
    "m_inventory_poll__flow": [
        (
            16,
            "WAC503",
            "error",
            (
                "`results.fetch_page.next_cursor` (this step's result of the previous "
                "iteration): every `return` of step `fetch_page`'s `main` gives an object with "
                "`cursor`, `items` and no `next_cursor`, so it is undefined; did you mean "
                "`cursor`?"
            ),
        ),
    ],
    "m_invoice_dunning__flow": [
        (
            11,
            "WAC506",
            "warning",
            (
                "`main` of overdue.inline_script.ts takes `days_overdue` (no default), but it "
                "is given a static `null`, what the flow editor leaves in an input nobody "
                "filled in: `main` receives `null` for a number; give it a value or an "
                "expression"
            ),
        ),
        (
            14,
            "WAC506",
            "warning",
            (
                "`max_reminders` is a number, but `$var:f/billing/max_reminders` is replaced by "
                "the variable's value, which is always a string"
            ),
        ),
    ],
    "m_lead_scoring__flow": [
        (
            24,
            "WAC506",
            "warning",
            ("`boost_tags` is an array, but the static value is an object"),
        ),
    ],
    "m_nightly_backup__flow": [
        (
            37,
            "WAC509",
            "warning",
            (
                "`error.step`: the error the failure module receives has `message`, `name`, "
                "`stack` and `step_id` (and only what the failing code adds besides), so this "
                "is undefined; did you mean `error.step_id`?"
            ),
        ),
        (
            40,
            "WAC500",
            "warning",
            (
                "`retry_if` decides only whether an attempt of the `constant` / `exponential` "
                "retries is made, and this `retry` has none (`attempts` is 0 or unset in both): "
                "the step is never retried; add `constant: {attempts: <n>, seconds: <s>}`"
            ),
        ),
    ],
    "m_payout_batches__flow": [
        (
            50,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; this step is not inside "
                "a loop"
            ),
        ),
    ],
    "m_quarterly_close__flow": [
        (
            47,
            "WAC503",
            "error",
            (
                "`results.close_books.ledger`: the result of branchall `close_books` is a list "
                "with one entry per branch, which has no `ledger`; read "
                "`results.close_books[0]`"
            ),
        ),
    ],
    "m_quote_request__flow": [
        (
            4,
            "WAC503",
            "warning",
            (
                "`early_return` names no step of this flow (`results.price_quote`): sync "
                "endpoints never get an early result and wait for the whole flow; it takes a "
                "step's id, not an expression: `early_return: price_quote`"
            ),
        ),
    ],
    "m_report_export__flow": [
        (
            12,
            "WAC506",
            "warning",
            ("`month` is not one of the values `granularity` accepts (day, week)"),
        ),
        (
            28,
            "WAC506",
            "warning",
            ("`pdf` is not one of the values `fmt` accepts (csv, xlsx)"),
        ),
    ],
    "m_route_planner__flow": [
        (
            49,
            "WAC503",
            "error",
            (
                "`results.geocode`: `geocode` is inside parallel loop `geocode_all`, whose "
                "iterations run as flows of their own, so after the loop `results.geocode` is "
                "null; read `results.geocode_all` (one result per iteration)"
            ),
        ),
    ],
    "m_sla_notifier__flow": [
        (
            4,
            "WAC503",
            "warning",
            (
                "`early_return` names no step of this flow (`find_breachs`): sync endpoints "
                "never get an early result and wait for the whole flow; did you mean "
                "`find_breaches`?"
            ),
        ),
    ],
    "m_store_restock__flow": [
        (
            47,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.region`: loop `each_sku` iterates over "
                "`results.list_low_skus`, and every `return` of step `list_low_skus`'s `main` "
                "gives a list of objects with `on_hand`, `reorder_qty`, `sku` and no `region`, "
                "so it is undefined"
            ),
        ),
    ],
    "m_ticket_triage__flow": [
        (
            19,
            "WAC503",
            "error",
            (
                "`previous_result.priority`: every `return` of step `classify_ticket`'s `main` "
                "gives an object with `queue`, `severity` and no `priority`, so it is undefined"
            ),
        ),
    ],
    "m_vendor_onboarding__flow": [
        (
            22,
            "WAC500",
            "warning",
            (
                "`user_groups_required` takes effect only with `user_auth_required: true`: "
                "Windmill checks approvers against it only when the approval requires a "
                "logged-in user, so here anyone with the approval link, in those groups or not, "
                "can approve; add `user_auth_required: true`"
            ),
        ),
    ],
    "m_webhook_ingest__flow": [
        (
            25,
            "WAC504",
            "error",
            (
                "`flow_input.received_at`: the preprocessor returns `order_id`, `topic` and no "
                "`received_at`, and a triggered run's inputs are what it returns, so this reads "
                "undefined whenever a trigger starts the flow"
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
    assert len(correct) == 17
    for folder in correct:
        assert file_findings(flow_file(folder)) == [], folder.name


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "y" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


APPROVAL_FLOW = """\
summary: approval settings
value:
  modules:
    - id: ask
      value: {{type: identity}}
      suspend:
        required_events: 1
{settings}
"""


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        # windmill-api `conditionally_require_authed_user` looks at both settings only
        # inside `if approval_conditions.user_auth_required`
        ("        self_approval_disabled: true", [(8, "WAC500", "warning")]),
        (
            "        user_groups_required: {type: static, value: [finance]}",
            [(8, "WAC500", "warning")],
        ),
        (
            "        user_groups_required: {type: javascript, expr: '[flow_input.team]'}",
            [(8, "WAC500", "warning")],
        ),
        (
            "        user_auth_required: false\n        self_approval_disabled: true",
            [(9, "WAC500", "warning")],
        ),
        # with a logged-in approver both are checked
        ("        user_auth_required: true\n        self_approval_disabled: true", []),
        (
            "        user_auth_required: true\n"
            "        user_groups_required: {type: static, value: [finance]}",
            [],
        ),
        # what the flow editor leaves when nothing is picked
        ("        self_approval_disabled: false", []),
        ("        user_groups_required: {type: static, value: []}", []),
    ],
)
def test_approver_checks_need_a_logged_in_approver(
    tmp_path: Path, settings: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, APPROVAL_FLOW.format(settings=settings)) == expected


RETRY_FLOW = """\
summary: failure module retry
value:
  modules:
    - id: a
      value: {{type: identity}}
  {special}:
    id: {special_id}
    value:
      type: rawscript
      language: python3
      content: |
        def {entry}():
            return 1
      input_transforms: {{}}
    retry:
{retry}
"""


@pytest.mark.parametrize(
    ("special", "retry", "expected"),
    [
        # the runner retries the failure / preprocessor module by the same
        # `Retry::interval`: a condition alone never makes an attempt
        ("failure_module", "      retry_if: {expr: 'true'}", [(16, "WAC500", "warning")]),
        ("preprocessor_module", "      retry_if: {expr: 'true'}", [(16, "WAC500", "warning")]),
        (
            "failure_module",
            "      constant: {attempts: 2, seconds: 5}\n      retry_if: {expr: 'true'}",
            [],
        ),
    ],
)
def test_retry_if_without_attempts_on_special_modules(
    tmp_path: Path, special: str, retry: str, expected: list[tuple[int, str, str]]
) -> None:
    special_id = "failure" if special == "failure_module" else "preprocessor"
    entry = "main" if special == "failure_module" else "preprocessor"
    text = RETRY_FLOW.format(special=special, special_id=special_id, entry=entry, retry=retry)
    assert _findings(tmp_path, text) == expected


INDEX_FLOW = """\
summary: index of an object result
value:
  modules:
    - id: seed
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"ref": "S"}}
        input_transforms: {{}}
    - id: pick
      value:
        type: branchone
        branches:
          - expr: 'true'
            modules:
              - id: left
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main():
                        return {{"ref": "L", "n": 1}}
                  input_transforms: {{}}
        default:
          - id: right
            value:
              type: rawscript
              language: bun
              content: |
                export async function main() {{
                  return {right};
                }}
              input_transforms: {{}}
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
    ("right", "expr", "expected"),
    [
        # a branchone's result is the last step of the branch it took: an object here
        ('{ ref: "R", n: 2 }', "results.pick[0]", [(44, "WAC503", "error")]),
        ('{ ref: "R", n: 2 }', "results.pick[0].ref", [(44, "WAC503", "error")]),
        # a script step whose every `return` is an object literal
        ('{ ref: "R", n: 2 }', "results.seed[1]", [(44, "WAC503", "error")]),
        # one branch ends with a list: entry 0 may be there
        ('[{ ref: "R" }]', "results.pick[0]", []),
        # the fields, and an absence handled on purpose
        ('{ ref: "R", n: 2 }', "results.pick.ref", []),
        ('{ ref: "R", n: 2 }', "results.pick?.[0] ?? null", []),
    ],
)
def test_an_index_of_an_object_result(
    tmp_path: Path, right: str, expr: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, INDEX_FLOW.format(right=right, expr=expr)) == expected


SKIP_IF_FLOW = """\
summary: skip_if reads the step before
value:
  modules:
    - id: classify
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"severity": "urgent", "queue": "billing"}}
        input_transforms: {{}}
    - id: escalate
      skip_if:
        expr: {expr}
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"done": True}}
        input_transforms: {{}}
"""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # `skip_if` runs before the step: `previous_result` and `result` are both the
        # result of the step before it (`compute_bool_from_expr`)
        ("previous_result.priority !== 'urgent'", [(14, "WAC503", "error")]),
        ("result.priority !== 'urgent'", [(14, "WAC503", "error")]),
        ("previous_result.severity !== 'urgent'", []),
        ("result.severity !== 'urgent'", []),
        # not the step's own result
        ("result.done", [(14, "WAC503", "error")]),
    ],
)
def test_skip_if_reads_the_result_of_the_step_before(
    tmp_path: Path, expr: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, SKIP_IF_FLOW.format(expr=expr)) == expected


def test_early_return_names_the_step_meant(tmp_path: Path) -> None:
    text = (
        "summary: early return\n"
        "value:\n"
        "  early_return: {name}\n"
        "  modules:\n"
        "    - id: price_quote\n"
        "      value: {{type: identity}}\n"
    )
    messages = []
    for i, name in enumerate(["results.price_quote", "price_qoute", "shipping"]):
        folder = tmp_path / str(i)
        folder.mkdir()
        messages.append(_findings(folder, text.format(name=name)))
        path = folder / "f" / "y" / "probe.flow" / "flow.yaml"
        messages[-1] = [m for _, _, _, m in file_findings(path)]
    assert messages[0][0].endswith(
        "; it takes a step's id, not an expression: `early_return: price_quote`"
    )
    assert messages[1][0].endswith("; did you mean `price_quote`?")
    assert messages[2][0].endswith("wait for the whole flow")


@pytest.mark.parametrize(
    ("retry", "expected"),
    [
        # `Retry::interval` gives no attempt: the delay is never waited for
        ("exponential: {seconds: 5, multiplier: 2}", [(7, "WAC500", "warning")]),
        ("constant: {seconds: 30}", [(7, "WAC500", "warning")]),
        ("constant: {attempts: 0, seconds: 30}", [(7, "WAC500", "warning")]),
        ("constant: {attempts: 3, seconds: 30}", []),
        # what the flow editor writes for retries left off
        (
            "constant: {attempts: 0, seconds: 0}\n"
            "        exponential: {attempts: 0, multiplier: 1, seconds: 1, random_factor: 0}",
            [],
        ),
    ],
)
def test_a_retry_delay_without_attempts(
    tmp_path: Path, retry: str, expected: list[tuple[int, str, str]]
) -> None:
    text = (
        "summary: retry\n"
        "value:\n"
        "  modules:\n"
        "    - id: a\n"
        "      value: {type: identity}\n"
        "      retry:\n"
        f"        {retry}\n"
    )
    assert _findings(tmp_path, text) == expected


IDENTITY_FLOW = """\
summary: identity hands on the result before it
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"rows": [1, 2], "count": 2}}
        input_transforms: {{}}
    - id: gate
      value: {{type: identity}}
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
    ("expr", "expected"),
    [
        ("results.gate.total", [(22, "WAC503", "error")]),
        ("previous_result.total", [(22, "WAC503", "error")]),
        ("results.gate.count", []),
        ("previous_result.rows", []),
        ("results.gate.total ?? 0", []),
    ],
)
def test_an_identity_step_hands_on_the_result_before_it(
    tmp_path: Path, expr: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, IDENTITY_FLOW.format(expr=expr)) == expected


FIRST_STEP_SKIP_FLOW = """\
summary: skip_if of a loop body's first step
schema:
  type: object
  properties:
    limit: {{type: integer}}
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"items": [1, 2], "batch": 7}}
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: results.load.items}}
        skip_failures: false
        modules:
          - id: first
            skip_if:
              expr: {expr}
            value: {{type: identity}}
          - id: second
            value: {{type: identity}}
"""


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # the first step of an iteration's flow: its last result is that flow's input
        ("previous_result.batch > 5", [(24, "WAC509", "error")]),
        ("result.batch > 5", [(24, "WAC509", "error")]),
        ("previous_result.iter.index > 0", []),
        ("previous_result.limit > 5", []),
        ("results.load.batch > 5", []),
    ],
)
def test_skip_if_of_the_first_step_of_a_loop_body(
    tmp_path: Path, expr: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, FIRST_STEP_SKIP_FLOW.format(expr=expr)) == expected


MOCK_FLOW = """\
summary: a mocked step's result is its mock
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              return {{"rows": [1, 2], "count": 2}}
        input_transforms: {{}}
      mock:
        enabled: {enabled}
{mock}
    - id: b
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
    ("enabled", "mock", "expr", "expected"),
    [
        # the runner completes a mocked step with `return_value`, whatever the code returns
        ("true", "        return_value: {rows: []}", "results.a.count", [(23, "WAC503", "error")]),
        ("true", "        return_value: {rows: []}", "results.a.rows", []),
        ("true", "        return_value: [1, 2]", "results.a.count", [(23, "WAC503", "error")]),
        ("true", "        return_value: [1, 2]", "results.a.length", []),
        # no `return_value`: null
        ("true", "", "results.a.rows", [(23, "WAC503", "error")]),
        ("true", "", "results.a?.rows ?? []", []),
        # a disabled mock: the code's returns decide
        ("false", "        return_value: {rows: []}", "results.a.count", []),
        ("false", "        return_value: {rows: []}", "results.a.total", [(23, "WAC503", "error")]),
    ],
)
def test_a_mocked_step_is_judged_by_its_mock(
    tmp_path: Path, enabled: str, mock: str, expr: str, expected: list[tuple[int, str, str]]
) -> None:
    text = MOCK_FLOW.format(enabled=enabled, mock=mock, expr=expr)
    if not mock:
        text = text.replace("        enabled: true\n\n", "        enabled: true\n")
        expected = [(r - 1, c, s) for r, c, s in expected]
    assert _findings(tmp_path, text) == expected
