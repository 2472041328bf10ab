"""Red team V (blind flows, `tests/flows/repo/f/heldout_v`): 44 whole flows as teams and
the Windmill UI write them (`wmill sync pull` folders with `!inline` scripts in Python /
TypeScript / Bash / PostgreSQL / MySQL, one UI JSON export, branches, parallel and
sequential for loops, nested loops, while loops, approvals with forms, failure and
preprocessor modules, retries, `stop_after_if`, sleeps, caches, `flow_env`, resource
inputs), 22 with the one or two mistakes a hand edit leaves and 22 correct. Every
finding with its exact message and severity; the correct flows have none. Below: the
regressions the round fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_v"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_cert_renewal__flow": [
        (
            97,
            "WAC503",
            "error",
            (
                "`results.probe`: `probe` is inside parallel loop `probe_all`, whose iterations"
                " run as flows of their own, so after the loop `results.probe` is null; read "
                "`results.probe_all` (one result per iteration)"
            ),
        ),
    ],
    "m_contract_renewal_approval__flow": [
        (
            70,
            "WAC509",
            "error",
            (
                "`resume.approved_amount` is not a field of the approval form of "
                "`ask_controller` (its `resume_form` declares `approved_amount_eur`, `note`): "
                "the approval page posts only those, so it is undefined unless the approver's "
                "call passes it anyway"
            ),
        ),
    ],
    "m_crm_sync_paged__flow": [
        (
            35,
            "WAC503",
            "error",
            (
                "`results.fetch_page.next_cursor` (this step's result of the previous "
                "iteration): every `return` of step `fetch_page`'s `main` gives an object with "
                "`after`, `contacts` and no `next_cursor`, so it is undefined"
            ),
        ),
    ],
    "m_db_backup__flow": [
        (
            40,
            "WAC506",
            "error",
            (
                "`bucket` is not an input of the bash script dump.inline_script.sh: Windmill's "
                'bash parser reads only lines written `name="$N"` (double quotes, at the start '
                'of the line), so line 3, `bucket="$3"`, declares no input; the value goes '
                "nowhere and `$3` is empty when the script runs"
            ),
        ),
    ],
    "m_export_poll__flow": [
        (
            21,
            "WAC510",
            "error",
            (
                "while loop `wait_done` has no `stop_after_if`, on itself or on a step of its "
                "body (the one on `check_shard` stops only the nested loop `shards`): "
                "nothing ends it, so it runs forever: with `skip_failures: true` not even"
                " a failed iteration ends it"
            ),
        ),
    ],
    "m_feature_flag_rollout__flow": [
        (
            41,
            "WAC504",
            "warning",
            (
                "`flow_input.dry_run` is a boolean in the flow's schema, which the run form and"
                " the triggers built from it give, and `==` compares it with the string "
                "`'true'` as numbers (`true` / `false` are 1 / 0, `'true'` is NaN), so this is "
                "always false; compare with `true` / `false`"
            ),
        ),
    ],
    "m_geo_batch__flow": [
        (
            60,
            "WAC503",
            "error",
            (
                "`results.geo.timezone`: the result of flow f/heldout_v/ok_geo_enrich (its last"
                " step `timezone`) is what that step returns, and every `return` of its `main` "
                "gives an object with `lat`, `lng`, `place`, `tz` and no `timezone`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_inactive_user_cleanup__flow": [
        (
            29,
            "WAC503",
            "error",
            (
                "`u.emial`: each entry of `results.inactive_users` is a row of step "
                "`inactive_users`'s query, which selects `email`, `full_name`, `id`, "
                "`last_login` and no `emial`, so it is undefined; did you mean `email`?"
            ),
        ),
    ],
    "m_invoice_dunning__flow": [
        (
            48,
            "WAC504",
            "error",
            (
                "`flow_input.iter.value.email` is not a field of the items of `invoices` of "
                "each item of input `customers`, which loop `per_invoice` iterates over (their "
                "schema declares `number`, `amount_cents`, `due_date`): the run form asks only "
                "for those, so it is undefined unless a caller passes it anyway; inside loop "
                "`per_invoice`, `flow_input.iter` is its own item, and the item of the outer "
                "loop `per_customer` (which has `email`) is out of reach: carry it into the "
                "items in `per_invoice`'s iterator (`.map((x) => ({ ...x, email: "
                "flow_input.iter.value.email }))`)"
            ),
        ),
    ],
    "m_nightly_etl_failure__flow": [
        (
            48,
            "WAC503",
            "error",
            (
                "`results.extract.rows`: step `extract` is a PostgreSQL query, whose result is "
                "the list of its last statement's rows, which has no `rows`; the rows are the "
                "result itself: read `results.extract`"
            ),
        ),
        (
            54,
            "WAC500",
            "warning",
            (
                "exponential retries wait `multiplier * seconds^n` seconds, n counting every "
                "attempt so far: `seconds` is the base of the power, not the first delay, so "
                "these wait 60 s, 30 min, 15 h; use a base of 2 or 3 and set the first delay "
                "with `multiplier`"
            ),
        ),
        (
            69,
            "WAC509",
            "warning",
            (
                "`error.stepId`: the error the failure module receives has `message`, `name`, "
                "`stack` and `step_id` (and only what the failing code adds besides), so this "
                "is undefined; did you mean `error.step_id`?"
            ),
        ),
    ],
    "m_nightly_kpis__flow": [
        (
            41,
            "WAC503",
            "error",
            (
                "`results.orders_yesterday.count`: step `orders_yesterday` is a PostgreSQL "
                "query with `result_collection=last_statement_first_row_scalar`, whose result "
                "is the value of the first column of its first row, not the row, so `count` is "
                "undefined; read `results.orders_yesterday` itself"
            ),
        ),
    ],
    "m_order_webhook__flow": [
        (
            32,
            "WAC504",
            "error",
            (
                "`flow_input.customer_email`: the preprocessor returns `email`, `lines`, "
                "`order_id` and no `customer_email`, and a triggered run's inputs are what it "
                "returns, so this reads undefined whenever a trigger starts the flow"
            ),
        ),
    ],
    "m_partner_payouts__flow": [
        (
            45,
            "WAC500",
            "warning",
            (
                "`parallelism` caps the iterations run at once only when the loop has "
                "`parallel: true`; this loop runs its iterations one at a time, so the setting "
                "does nothing"
            ),
        ),
    ],
    "m_report_scheduler__flow": [
        (
            13,
            "WAC506",
            "warning",
            (
                "`Monthly` is not one of the values `granularity` accepts (weekly, monthly, "
                "quarterly)"
            ),
        ),
    ],
    "m_stock_level_alert__flow": [
        (
            27,
            "WAC503",
            "error",
            (
                "`results.lowest.length`: step `lowest` is a MySQL query with "
                "`result_collection=last_statement_first_row`, whose result is one row (null "
                "when there is none) with `on_hand`, `sku` and no `length`, so it is undefined;"
                " to test for a row, compare the result itself with null (`!= null`)"
            ),
        ),
    ],
    "m_store_onboarding__flow": [
        (
            20,
            "WAC506",
            "error",
            (
                "flow f/heldout_v/ok_geo_enrich takes `address` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            21,
            "WAC506",
            "warning",
            (
                "`street_address` is not a parameter of flow f/heldout_v/ok_geo_enrich: the "
                "value goes nowhere"
            ),
        ),
    ],
    "m_subscription_renewals__flow": [
        (
            66,
            "WAC503",
            "error",
            (
                "`previous_result.total_due`: the step before this one is loop `charge_each`, "
                "whose result is a list with one entry per iteration, which has no `total_due`;"
                " index it or map over it, or read the step you meant "
                "(`results.<id>.total_due`)"
            ),
        ),
        (
            74,
            "WAC509",
            "error",
            (
                "`results` is not defined in a step's `sleep`: Windmill evaluates it without "
                "the flow's step results (it runs when the next step is pushed: read the step's"
                " own `result`): evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_tag_sync__flow": [
        (
            63,
            "WAC504",
            "error",
            (
                "`flow_input.tags.split`: input `tags` is an array in the flow's schema, which "
                "the run form and the triggers built from it give, and an array has no `split`,"
                " so this is undefined (a call of it throws a TypeError); it is a list already "
                "(`.join(',')` makes one string of it)"
            ),
        ),
    ],
    "m_ticket_triage__flow": [
        (
            80,
            "WAC503",
            "error",
            (
                "`results.page_oncall` is in another branch of `route`: a branchone runs only "
                "one branch, so here it is null"
            ),
        ),
    ],
    "m_warehouse_loader__flow": [
        (
            47,
            "WAC506",
            "warning",
            (
                "`dsn` is a string, but `flow_input.warehouse` is a `postgresql` resource (the "
                "flow's schema: `format: resource-postgresql`), which reaches the step as the "
                "resource's value, an object; type the parameter as the resource (`postgresql`)"
                " and read its fields"
            ),
        ),
    ],
    "m_warehouse_restock__flow": [
        (
            49,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.quantity`: loop `reorder` iterates over "
                "`results.find_low_stock.items`, and every `return` of step `find_low_stock`'s "
                "`main` gives an object whose `items` is a list of objects with `qty`, `sku`, "
                "`supplier_id` and no `quantity`, so it is undefined"
            ),
        ),
    ],
    "m_weekly_ops_digest__flow": [
        (
            29,
            "WAC503",
            "error",
            (
                "`results.week_stats.revenue_eur`: step `week_stats` is a PostgreSQL query with"
                " `result_collection=all_statements_first_row`, whose result is a list with one"
                " entry per statement, its first row, which has no `revenue_eur`; `revenue_eur`"
                " is a column of statement 2: read `results.week_stats[1].revenue_eur`"
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


# A SQL step's result follows its `-- result_collection=...` (windmill-common
# `SqlResultCollectionStrategy`): one value with `_scalar` on the first row, one row
# with `last_statement_first_row`, one entry per statement with `all_statements_*`.
SQL_FLOW = """\
summary: sql shapes
value:
  modules:
    - id: q
      value:
        type: rawscript
        language: postgresql
        content: |
          -- result_collection={collection}
          -- database f/x/db
          SELECT count(*) AS n, max(id) AS last_id FROM a;
          SELECT sum(total) AS revenue FROM b;
        input_transforms: {{}}
    - id: use
      value:
        type: rawscript
        language: bun
        content: |
          export function main(x: unknown) {{ return x }}
        input_transforms:
          x: {{type: javascript, expr: '{expr}'}}
"""


@pytest.mark.parametrize(
    ("collection", "expr", "found"),
    [
        ("last_statement_first_row_scalar", "results.q.revenue", True),
        ("last_statement_first_row_scalar", "results.q + 1", False),
        ("last_statement_first_row_scalar", "results.q.other", False),  # a JSON value may
        ("last_statement_first_row", "results.q.length", True),
        ("last_statement_first_row", "results.q.revnue", True),
        ("last_statement_first_row", "results.q.revenue", False),
        ("all_statements_first_row", "results.q.revenue", True),
        ("all_statements_first_row", "results.q[1].revenue", False),
        ("all_statements_all_rows", "results.q.n", True),
        ("last_statement_all_rows_scalar", "results.q.revenue", True),
        ("last_statement_all_rows", "results.q[0].revenue", False),
    ],
)
def test_a_field_of_a_sql_step_follows_its_result_collection(
    tmp_path: Path, collection: str, expr: str, found: bool
) -> None:
    text = SQL_FLOW.format(collection=collection, expr=expr)
    assert (_findings(tmp_path, text) == [(21, "WAC503", "error")]) is found


def test_the_items_of_a_sql_step_giving_every_statement_are_not_its_last_rows(
    tmp_path: Path,
) -> None:
    # `all_statements_all_rows` gives a list of row lists: a loop over it has no row
    # of the last statement as its item, so its columns do not judge the item
    text = SQL_FLOW.format(collection="all_statements_all_rows", expr="1").replace(
        "    - id: use\n",
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        skip_failures: false\n"
        "        iterator: {type: javascript, expr: results.q}\n"
        "        modules:\n"
        "          - id: one\n"
        "            value:\n"
        "              type: script\n"
        "              path: f/x/one\n"
        "              input_transforms:\n"
        "                n: {type: javascript, expr: flow_input.iter.value.length}\n"
        "    - id: use\n",
    )
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("results.q.map((r) => r.revnue)", True),
        ("results.q[0].revnue", True),
        ("results.q.map((r) => r.revenue)", False),
        ("results.q.map((r) => r?.revnue ?? 0)", False),
    ],
)
def test_a_column_read_on_the_rows_of_a_sql_step(tmp_path: Path, expr: str, found: bool) -> None:
    text = SQL_FLOW.format(collection="last_statement_all_rows", expr=expr)
    assert (_findings(tmp_path, text) == [(21, "WAC503", "error")]) is found


ITEMS_FLOW = """\
summary: items of a field
value:
  modules:
    - id: low
      value:
        type: rawscript
        language: python3
        content: |
          def main():
              rows = [("a", 1)]
              return {{"items": [{{"sku": s, "qty": q}} for s, q in rows], "count": len(rows)}}
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        skip_failures: false
        iterator: {{type: javascript, expr: {iterator}}}
        modules:
          - id: one
            value:
              type: script
              path: f/x/one
              input_transforms:
                n: {{type: javascript, expr: {expr}}}
"""


@pytest.mark.parametrize(
    ("iterator", "expr", "found"),
    [
        ("results.low.items", "flow_input.iter.value.quantity", True),
        ("results.low.items", "flow_input.iter.value.qty", False),
        ("results.low.other", "flow_input.iter.value.quantity", False),
    ],
)
def test_a_loop_over_a_list_field_of_a_step(
    tmp_path: Path, iterator: str, expr: str, found: bool
) -> None:
    text = ITEMS_FLOW.format(iterator=iterator, expr=expr)
    assert (_findings(tmp_path, text) == [(24, "WAC503", "error")]) is found


PREVIOUS_FLOW = """\
summary: after a loop
value:
  modules:
    - id: each
      value:
        type: {kind}
        {body}
    - id: use
      value:
        type: script
        path: f/x/use
        input_transforms:
          n: {{type: javascript, expr: {expr}}}
"""
_LOOP = (
    "skip_failures: false\n        iterator: {type: javascript, expr: '[1]'}\n"
    "        modules:\n          - id: one\n            value: {type: identity}"
)
_BRANCHES = (
    "branches:\n          - modules:\n              - id: one\n"
    "                value: {type: identity}"
)


@pytest.mark.parametrize(
    ("kind", "body", "expr", "found"),
    [
        ("forloopflow", _LOOP, "previous_result.total", True),
        ("forloopflow", _LOOP, "previous_result.length", False),
        ("forloopflow", _LOOP, "previous_result[0]", False),
        ("branchall", _BRANCHES, "previous_result.total", True),
    ],
)
def test_a_field_of_previous_result_right_after_a_loop(
    tmp_path: Path, kind: str, body: str, expr: str, found: bool
) -> None:
    text = PREVIOUS_FLOW.format(kind=kind, body=body, expr=expr)
    found_codes = [(code, severity) for _, code, severity in _findings(tmp_path, text)]
    assert (found_codes == [("WAC503", "error")]) is found


INPUT_FLOW = """\
summary: typed inputs
schema:
  type: object
  properties:
    flag: {{type: boolean}}
    count: {{type: integer}}
    tags: {{type: array, items: {{type: string}}}}
    name: {{type: string}}
    db: {{type: object, format: resource-postgresql}}
value:
  modules:
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x: {param}):
              return x
        input_transforms:
          x: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("expr", "param", "found"),
    [
        ("flow_input.flag == 'true'", "bool", ("WAC504", "warning")),
        ("flow_input.flag != 'false'", "bool", ("WAC504", "warning")),
        ("flow_input.flag == '1'", "bool", None),
        ("flow_input.flag == 1", "bool", None),
        ("flow_input.count == 'ten'", "bool", ("WAC504", "warning")),
        ("flow_input.count == '10'", "bool", None),
        ("flow_input.name == 10", "bool", None),
        ("flow_input.tags.split(',')", "list", ("WAC504", "error")),
        ("flow_input.tags.join(',')", "str", None),
        ("flow_input.tags.length", "int", None),
        ("flow_input.name.split(',')", "list", None),
        ("flow_input.count.length", "int", ("WAC504", "error")),
        ("flow_input.db", "str", ("WAC506", "warning")),
        ("flow_input.db", "dict", None),
        ("flow_input.db", "postgresql", None),
    ],
)
def test_what_a_typed_input_can_be_compared_with_and_read_from(
    tmp_path: Path, expr: str, param: str, found: tuple[str, str] | None
) -> None:
    text = INPUT_FLOW.format(expr=expr, param=param)
    assert _findings(tmp_path, text) == ([(20, *found)] if found else [])


NESTED_FLOW = """\
summary: nested loops
schema:
  type: object
  properties:
    customers:
      type: array
      items:
        type: object
        properties:
          email: {{type: string}}
          invoices:
            type: array
            items:
              type: object
              properties:
                number: {{type: string}}
              additionalProperties: false
        additionalProperties: false
value:
  modules:
    - id: outer
      value:
        type: forloopflow
        skip_failures: false
        iterator: {{type: javascript, expr: flow_input.customers}}
        modules:
          - id: inner
            value:
              type: forloopflow
              skip_failures: false
              iterator: {{type: javascript, expr: '{iterator}'}}
              modules:
                - id: one
                  value:
                    type: script
                    path: f/x/one
                    input_transforms:
                      n: {{type: javascript, expr: {expr}}}
"""


@pytest.mark.parametrize(
    ("iterator", "expr", "found"),
    [
        ("flow_input.iter.value.invoices", "flow_input.iter.value.email", True),
        ("flow_input.iter.value.invoices", "flow_input.iter.value.numbr", True),
        ("flow_input.iter.value.invoices", "flow_input.iter.value.number", False),
        (
            "flow_input.iter.value.invoices"
            ".map((i) => ({ ...i, email: flow_input.iter.value.email }))",
            "flow_input.iter.value.email",
            False,
        ),
    ],
)
def test_the_items_of_a_loop_nested_in_a_loop_over_an_input(
    tmp_path: Path, iterator: str, expr: str, found: bool
) -> None:
    text = NESTED_FLOW.format(iterator=iterator, expr=expr)
    assert (_findings(tmp_path, text) == [(38, "WAC504", "error")]) is found


def test_a_nested_loop_reading_the_outer_item_says_it_is_out_of_reach(tmp_path: Path) -> None:
    text = NESTED_FLOW.format(
        iterator="flow_input.iter.value.invoices", expr="flow_input.iter.value.email"
    )
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    [(_, _, _, message)] = file_findings(folder / "flow.yaml")
    assert "the item of the outer loop `outer` (which has `email`) is out of reach" in message


WHILE_FLOW = """\
summary: pages
value:
  modules:
    - id: pages
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: page
            value:
              type: rawscript
              language: python3
              content: |
                def main(after: str | None = None):
                    nxt = "x"
                    return {{"rows": [], "after": nxt}} if nxt else {{"rows": [], "after": None}}
              input_transforms:
                after: {{type: javascript, expr: '{expr}'}}
            stop_after_if: {{expr: result.after == null}}
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("results.page?.next_cursor ?? null", True),
        ("results.page?.after ?? null", False),
        ("results.page?.error ?? null", False),
    ],
)
def test_a_while_loop_step_reading_its_previous_result(
    tmp_path: Path, expr: str, found: bool
) -> None:
    text = WHILE_FLOW.format(expr=expr)
    assert (_findings(tmp_path, text) == [(18, "WAC503", "error")]) is found


def test_a_conditional_return_gives_both_objects(tmp_path: Path) -> None:
    # `a if c else b` (and `c ? a : b`): the keys of both objects, so a field only one
    # of them has is found, and one neither has is not
    text = WHILE_FLOW.format(expr="1").replace("result.after == null", "result.nxt.length === 0")
    assert _findings(tmp_path, text) == [(19, "WAC503", "error")]


STATUS_FLOW = """\
summary: status values
value:
  modules:
    - id: check
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
      stop_after_if: {{expr: "{stop}"}}
    - id: pick
      value:
        type: branchone
        branches:
          - expr: "{expr}"
            modules: []
        default: []
"""
_PY = (
    "          def main():\n"
    "              ok = True\n"
    "              if not ok:\n"
    '                  return {"status": "FAILED"}\n'
    '              return {"status": "OK" if ok else "DEGRADED"}'
)
_TS = (
    "          export function main() {\n"
    "            const ok = true;\n"
    '            return ok ? { status: "OK" } : { status: "FAILED" };\n'
    "          }"
)


@pytest.mark.parametrize(
    ("language", "code", "stop", "expr", "found"),
    [
        ("python3", _PY, "result.status == 'failed'", "true", [(15, "WAC503", "warning")]),
        ("python3", _PY, "false", "results.check.status === 'ok'", [(20, "WAC503", "warning")]),
        (
            "python3",
            _PY,
            "false",
            "results.check.status !== 'Degraded'",
            [(20, "WAC503", "warning")],
        ),
        ("bun", _TS, "false", "results.check.status === 'ok'", [(19, "WAC503", "warning")]),
        ("python3", _PY, "false", "results.check.status === 'OK'", []),
        # a value unlike every returned one: the code may be a stub of the real one
        ("python3", _PY, "result.status == 'pending'", "true", []),
    ],
)
def test_a_status_compared_with_a_value_its_step_never_returns(
    tmp_path: Path,
    language: str,
    code: str,
    stop: str,
    expr: str,
    found: list[tuple[int, str, str]],
) -> None:
    text = STATUS_FLOW.format(language=language, code=code, stop=stop, expr=expr)
    assert _findings(tmp_path, text) == found


NESTED_RESULT_FLOW = """\
summary: nested loops over a step's items
value:
  modules:
    - id: customers
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
    - id: outer
      value:
        type: forloopflow
        skip_failures: false
        iterator: {{type: javascript, expr: results.customers}}
        modules:
          - id: inner
            value:
              type: forloopflow
              skip_failures: false
              iterator: {{type: javascript, expr: flow_input.iter.value.invoices}}
              modules:
                - id: one
                  value:
                    type: script
                    path: f/x/one
                    input_transforms:
                      n: {{type: javascript, expr: {expr}}}
"""
_CUSTOMERS_PY = (
    "          def main():\n"
    "              rows = []\n"
    '              return [{"email": e, "invoices": [{"number": n} for n in ns]} for e, ns in rows]'
)
_CUSTOMERS_TS = (
    "          export function main() {\n"
    "            const rows: [string, string[]][] = [];\n"
    "            return rows.map(([email, ns]) => ({\n"
    "              email,\n"
    "              invoices: ns.map((n) => ({ number: n })),\n"
    "            }));\n"
    "          }"
)


@pytest.mark.parametrize(
    ("language", "code", "expr", "found"),
    [
        ("python3", _CUSTOMERS_PY, "flow_input.iter.value.email", True),
        ("python3", _CUSTOMERS_PY, "flow_input.iter.value.number", False),
        ("bun", _CUSTOMERS_TS, "flow_input.iter.value.email", True),
        ("bun", _CUSTOMERS_TS, "flow_input.iter.value.number", False),
    ],
)
def test_a_loop_nested_in_a_loop_over_a_step_result(
    tmp_path: Path, language: str, code: str, expr: str, found: bool
) -> None:
    text = NESTED_RESULT_FLOW.format(language=language, code=code, expr=expr)
    codes = [(code, severity) for _, code, severity in _findings(tmp_path, text)]
    assert (codes == [("WAC503", "error")]) is found


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("results.low.items.map((i) => i.quantity)", True),
        ("results.low.items[0].quantity", True),
        ("results.low.items.map((i) => i.qty)", False),
        ("results.low.items.map((i) => i?.quantity ?? 0)", False),
    ],
)
def test_a_field_read_on_the_items_of_a_list_field_of_a_step(
    tmp_path: Path, expr: str, found: bool
) -> None:
    text = ITEMS_FLOW.format(
        iterator="results.low.items", expr="flow_input.iter.value.qty"
    ).replace(
        "    - id: each\n",
        "    - id: use\n"
        "      value:\n"
        "        type: script\n"
        "        path: f/x/use\n"
        "        input_transforms:\n"
        f"          n: {{type: javascript, expr: '{expr}'}}\n"
        "    - id: each\n",
    )
    assert (_findings(tmp_path, text) == [(18, "WAC503", "error")]) is found


BRANCHONE_FLOW = """\
summary: after a branchone
value:
  modules:
    - id: pick
      value:
        type: branchone
        branches:
          - expr: 'true'
            modules:
              - id: a
                value:
                  type: rawscript
                  language: python3
                  content: |
                    def main():
                        return {{"sent": 1}}
                  input_transforms: {{}}
        default:
          - id: b
            value:
              type: rawscript
              language: python3
              content: |
                def main():
                    return {{"sent": 0, "skipped": True}}
              input_transforms: {{}}
    - id: after
      value:
        type: script
        path: f/x/after
        input_transforms:
          n: {{type: javascript, expr: {expr}}}
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("previous_result.count", True),
        ("previous_result.sent", False),
        ("previous_result.skipped", False),
        ("previous_result.count ?? 0", False),
    ],
)
def test_a_field_of_previous_result_right_after_a_branchone(
    tmp_path: Path, expr: str, found: bool
) -> None:
    text = BRANCHONE_FLOW.format(expr=expr)
    assert (_findings(tmp_path, text) == [(32, "WAC503", "error")]) is found
