"""Red team U (blind flows, `tests/flows/repo/f/heldout_u`): 43 whole flows as teams and
the Windmill UI write them (`wmill sync pull` folders with quoted `'!inline ...'`
scripts in Python / TypeScript / Deno / Bash / PostgreSQL / MySQL, one UI JSON export,
branches, sequential and parallel for loops, nested loops, while loops, approvals with
forms, failure and preprocessor modules, retries, `stop_after_if`, `early_return`,
sleeps, caches, concurrency and debounce keys, subflows, hub scripts), 21 with the one
or two mistakes a hand edit leaves and 22 correct. Every finding with its exact message
and severity; the correct flows have none. Below: the regressions the round fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_u"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_crm_contact_sync__flow": [
        (
            62,
            "WAC500",
            "error",
            (
                "exponential retries need `seconds` (the backoff base) above 0, but it is not "
                'set (0): Windmill refuses the flow when it is saved or pushed ("Module '
                "'upsert': Exponential backoff base (seconds) must be greater than 0\")"
            ),
        ),
    ],
    "m_expense_review__flow": [
        (
            57,
            "WAC509",
            "error",
            (
                "`previous_result` in the first step of a branch of `route` is the flow's "
                "input, not the result of `report`, the step before `route`: "
                "`previous_result.total` is undefined there; read `results.report.total`"
            ),
        ),
    ],
    "m_nightly_etl__flow": [
        (
            67,
            "WAC503",
            "error",
            (
                "`results.extract`: `extract` is inside parallel loop `load_tables`, whose "
                "iterations run as flows of their own, so after the loop `results.extract` is "
                "null; read `results.load_tables` (one result per iteration)"
            ),
        ),
    ],
    "m_pager_escalation__flow": [
        (
            17,
            "WAC510",
            "error",
            (
                "while loop `escalate` has no `stop_after_if`, on itself or on a step of its "
                "body: nothing ends it, so it runs until one of its steps fails, which fails "
                "the flow"
            ),
        ),
    ],
    "m_refund_approval__flow": [
        (
            84,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an "
                "approval (`suspend`) step; after `approval` it is null (the approval inside "
                "branchone `approval` answers only the step after it in its own branch or "
                "body), so reading a field of it throws and the step fails"
            ),
        ),
    ],
    "m_ticket_triage__flow": [
        (
            52,
            "WAC506",
            "warning",
            (
                "`critical` is not one of the values `page_threshold` accepts (low, normal, "
                "high, urgent)"
            ),
        ),
    ],
    "m_tenant_usage_rollup__flow": [
        (
            20,
            "WAC504",
            "error",
            (
                "`$args[tenant]` in `concurrency_key` names no input of this flow (its schema "
                "declares `included_units`, `period_start`, `tenant_id`): Windmill puts an empty "
                "string in its place, so every run gets the same key and they all share one "
                "concurrency limit"
            ),
        ),
    ],
    "m_stripe_dispute_webhook__flow": [
        (
            56,
            "WAC506",
            "error",
            (
                "`$args[charge]` in `custom_concurrency_key` names no input of step "
                "`gather_evidence` (its `input_transforms` give `charge_id`, `dispute_id`, "
                "`stripe`): Windmill puts an empty string in its place, so every run of the step "
                "gets the same key and they all share one concurrency limit"
            ),
        ),
    ],
    "m_search_reindex__flow": [
        (
            20,
            "WAC504",
            "error",
            (
                "`product_id` in `debounce_args_to_accumulate` is not an input of this flow (its "
                "schema declares `index`, `product_ids`): no run passes it, so nothing is "
                "accumulated and the debounced run gets only the last run's arguments"
            ),
        ),
    ],
    "m_new_hire_onboarding__flow": [
        (
            21,
            "WAC504",
            "warning",
            (
                "`employee_id` is a required input of this flow, but no step, condition or "
                "setting reads `flow_input.employee_id`: every run must give it, and it goes "
                "nowhere; hand it to the step it was meant for, or drop it from `required`"
            ),
        ),
        (
            21,
            "WAC500",
            "warning",
            (
                "`required` lists `manager_email`, which is not a property of the flow's input "
                "schema (it declares `employee_id`, `full_name`, `start_date`, `manager`, "
                "`team`): the form has no field for it, so the entry makes no input required; "
                "did you mean `manager`?"
            ),
        ),
    ],
    "m_payout_batch__flow": [
        (
            10,
            "WAC500",
            "warning",
            (
                "the `default` of `min_amount_cents` in the flow's input schema is a string "
                '`"2500"`, but the property\'s `type` is `integer`: a run left at its default '
                "gets a string where the steps expect an integer"
            ),
        ),
    ],
    "m_weekly_digest__flow": [
        (
            10,
            "WAC500",
            "warning",
            (
                "the `default` of `frequency` in the flow's input schema is `monthly`, which its "
                "`enum` does not list (`daily`, `weekly`): the form offers only those, and a run "
                "left at its default gets a value no step expects"
            ),
        ),
    ],
    "m_sitemap_ping__flow": [
        (
            47,
            "WAC504",
            "error",
            (
                "`flow_input.iter.value.url`: the items of input `sitemaps`, which loop "
                "`ping_each` iterates over, are strings (their schema's `type`), which have no "
                "field `url`, so this is undefined; the item itself is `flow_input.iter.value`"
            ),
        ),
    ],
    "m_bounce_cleanup__flow": [
        (
            71,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.mail`: loop `unsubscribe` iterates over "
                "`results.bounces`, and every `return` of step `bounces`'s `main` gives a list "
                "of objects with `at`, `bounce_id`, `email` and no `mail`, so it is undefined; "
                "did you mean `email`?"
            ),
        ),
    ],
    "m_invoice_reminders__flow": [
        (
            50,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.email`: loop `remind` iterates over `results.overdue`, "
                "and step `overdue`'s query selects `amount_due`, `billing_email`, `due_date`, "
                "`number` and no `email`, so it is undefined"
            ),
        ),
    ],
    "m_restock_alerts__flow": [
        (
            61,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.quantity`: loop `request_each` iterates over "
                "`results.low_stock`, and every `return` of step `low_stock`'s `main` gives a "
                "list of objects with `on_hand`, `reorder_qty`, `sku` and no `quantity`, so it "
                "is undefined"
            ),
        ),
    ],
    "m_partner_export__flow": [
        (
            31,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.partners` is not a "
                "list (step `partners` is a PostgreSQL query with `-- "
                "result_collection=last_statement_first_row`, whose result is its first row "
                "(null when there is none)): Windmill wants an array and the flow fails at this "
                "loop; loop over one of its list fields, or `Object.values(results.partners)`"
            ),
        ),
    ],
    "m_vendor_contract_renewal__flow": [
        (
            64,
            "WAC509",
            "warning",
            (
                "`resume.decision` is never `'renewed'`: the approval form of `decide` allows "
                "only `renew`, `renegotiate`, `terminate` (`enum`), which the approval page "
                "offers, so this comparison is always false; did you mean `'renew'`?"
            ),
        ),
    ],
    "m_db_failover_drill__flow": [
        (
            24,
            "WAC507",
            "error",
            (
                "the input transform expression is the resource reference "
                "`$res:f/platform/staging_replica` written as JavaScript, where it is a label "
                "and a division: `return $res:f/platform/staging_replica` does not parse, and "
                "the step fails; write it as a static value (`type: static`, `value: "
                "'$res:f/platform/staging_replica'`)"
            ),
        ),
    ],
    "m_lead_enrichment__flow": [
        (
            42,
            "WAC401",
            "error",
            (
                "`f/heldout_u/ok_company_lookup__flow` is the folder (or file) name of flow "
                "`f/heldout_u/ok_company_lookup`, not its path: `wmill sync pull` adds that "
                "suffix to the name it writes, so Windmill looks for another flow and the job "
                "fails; write `f/heldout_u/ok_company_lookup`"
            ),
        ),
    ],
    "m_cert_expiry_scan__flow": [
        (
            35,
            "WAC506",
            "error",
            (
                "`host` is not an input of the bash script check_cert.sh: Windmill's bash parser "
                'reads only lines written `name="$N"` (double quotes, at the start of the line), '
                "so line 1, `HOST=$1`, declares no input; the value goes nowhere and `$1` is "
                "empty when the script runs"
            ),
        ),
        (
            38,
            "WAC506",
            "error",
            (
                "`warn_days` is not an input of the bash script check_cert.sh: Windmill's bash "
                "parser reads inputs from `$1` up and stops at `$1`, which no line declares as "
                'it reads them (`name="$1"` at the start of a line; line 1 has `HOST=$1`); the '
                "value goes nowhere and `$2` is empty when the script runs"
            ),
        ),
    ],
}

# Mistakes the analysis missed when the flows were written (blind): (row, code) of each
# finding they should have. Strict xfails until fixed; a fixed flow moves to EXPECTED.
GAPS: dict[str, list[tuple[int, str]]] = {}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == EXPECTED[name]


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.xfail(strict=True)) for n in sorted(GAPS)]
)
def test_gaps(name: str) -> None:
    assert [(r, c) for r, c, _, _ in file_findings(flow_file(ROOT / name))] == GAPS[name]


def test_every_mistake_flow_is_pinned() -> None:
    mistakes = {f.name for f in ROOT.iterdir() if f.name.startswith("m_")}
    assert mistakes == set(EXPECTED) | set(GAPS)
    assert not set(EXPECTED) & set(GAPS)


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


KEYS_FLOW = """\
summary: keys
schema:
  type: object
  properties:
    tenant_id: {{type: string}}
    ids: {{type: array, items: {{type: string}}}}
value:
  concurrent_limit: 1
  concurrency_key: '{flow_key}'
  debounce_delay_s: 30
  debounce_args_to_accumulate: [{accumulate}]
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          def main(tenant: str):
              return tenant
        concurrent_limit: 1
        custom_concurrency_key: '{step_key}'
        input_transforms:
          tenant: {{type: javascript, expr: flow_input.tenant_id}}
"""


@pytest.mark.parametrize(
    ("flow_key", "accumulate", "step_key", "found"),
    [
        # every `$args[x]` names an input (of the flow, of the step)
        ("$workspace/t-$args[tenant_id]", "ids", "s-$args[tenant]", []),
        # the flow's key reads an argument the flow does not have
        ("t-$args[tenant]", "ids", "s-$args[tenant]", [(9, "WAC504", "error")]),
        # the step's key reads a flow input, not one of the step's own arguments
        ("t-$args[tenant_id]", "ids", "s-$args[tenant_id]", [(21, "WAC506", "error")]),
        # an accumulated argument no run passes
        ("t-$args[tenant_id]", "id", "s-$args[tenant]", [(11, "WAC504", "error")]),
        # no `$args` at all
        ("$workspace/backfill", "ids", "one-at-a-time", []),
    ],
)
def test_args_in_concurrency_and_debounce_keys(
    tmp_path: Path, flow_key: str, accumulate: str, step_key: str, found: list[tuple[int, str, str]]
) -> None:
    text = KEYS_FLOW.format(flow_key=flow_key, accumulate=accumulate, step_key=step_key)
    assert _findings(tmp_path, text) == found


SCHEMA_FLOW = """\
summary: schema
schema:
  type: object
  properties:
    x:
      {prop}
  required: [{required}]
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          def main(x=None):
              return x
        input_transforms:
          x: {{type: javascript, expr: flow_input.x}}
"""


@pytest.mark.parametrize(
    ("prop", "required", "found"),
    [
        ('{type: integer, default: "25"}', "x", [(6, "WAC500", "warning")]),
        ("{type: integer, default: 25}", "x", []),
        ("{type: number, default: 25}", "x", []),
        ("{type: boolean, default: 'false'}", "x", [(6, "WAC500", "warning")]),
        ("{type: array, items: {type: string}, default: a}", "x", [(6, "WAC500", "warning")]),
        ("{type: string, default: null}", "x", []),
        # a resource input's default is its `$res:` path; a dynamic select's type says
        # nothing of its values
        ("{type: object, format: resource-postgresql, default: '$res:f/x/db'}", "x", []),
        ("{type: object, format: dynselect-pick, default: a}", "x", []),
        ("{type: string, enum: [a, b], default: c}", "x", [(6, "WAC500", "warning")]),
        ("{type: string, enum: [a, b], default: b}", "x", []),
        # `required` naming what the schema does not declare
        ("{type: string}", "x, y", [(7, "WAC500", "warning")]),
        ("{type: string}", "", []),
    ],
)
def test_an_input_schema_that_contradicts_itself(
    tmp_path: Path, prop: str, required: str, found: list[tuple[int, str, str]]
) -> None:
    text = SCHEMA_FLOW.format(prop=prop, required=required)
    assert _findings(tmp_path, text) == found


def test_an_approval_form_default_outside_its_enum(tmp_path: Path) -> None:
    text = """\
summary: form
value:
  modules:
    - id: approve
      value: {type: identity}
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              decision: {type: string, enum: [approve, reject], default: approved}
"""
    assert _findings(tmp_path, text) == [(12, "WAC500", "warning")]


ITEMS_FLOW = """\
summary: items
schema:
  type: object
  properties:
    urls:
      type: array
      items: {{type: {kind}}}
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: flow_input.urls}}
        skip_failures: false
        modules:
          - id: get
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
    ("kind", "expr", "found"),
    [
        ("string", "flow_input.iter.value.url", [(24, "WAC504", "error")]),
        ("string", "flow_input.iter.value", []),
        ("string", "flow_input.iter.value.length", []),
        ("string", 'flow_input.iter.value.split(",")', []),
        ("string", "flow_input.iter.value.url ?? flow_input.iter.value", []),
        ("integer", "flow_input.iter.value.id", [(24, "WAC504", "error")]),
        ("integer", "flow_input.iter.value.toFixed(0)", []),
        # items of no single primitive type: not judged here
        ("object", "flow_input.iter.value.url", []),
    ],
)
def test_a_field_of_a_primitive_item(
    tmp_path: Path, kind: str, expr: str, found: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, ITEMS_FLOW.format(kind=kind, expr=expr)) == found


ITERATED_STEP_FLOW = """\
summary: iterated
value:
  modules:
    - id: src
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: results.src}}
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
                x: {{type: javascript, expr: '{expr}'}}
"""

_PY_COMPREHENSION = """\
          def main(rows: list):
              return [{"sku": r["sku"], "qty": r["n"]} for r in rows]"""
_PY_LITERALS = """\
          def main():
              if False:
                  return []
              return [{"sku": "a"}, dict(sku="b", note="x")]"""
_PY_SPREAD = """\
          def main(rows: list):
              return [{**r, "sku": r["id"]} for r in rows]"""
_TS_MAP = """\
          export async function main(rows: { id: string }[]) {
            return rows.map((r) => ({ sku: r.id, qty: 1 }));
          }"""
_TS_MAP_BLOCK = """\
          export async function main(rows: { id: string }[]) {
            return rows.map((r) => {
              if (!r.id) return { sku: "", qty: 0 };
              return { sku: r.id, qty: 1 };
            });
          }"""
_SQL = """\
          -- $1 day
          SELECT o.id, c.email AS customer_email, sum(i.qty) total
          FROM orders o JOIN customers c ON c.id = o.customer_id
          GROUP BY o.id, c.email;"""
_SQL_STAR = """\
          SELECT o.* FROM orders o;"""
_SQL_FIRST_ROW = """\
          -- result_collection=last_statement_first_row
          SELECT array_agg(id) AS ids FROM orders;"""


@pytest.mark.parametrize(
    ("language", "code", "expr", "found"),
    [
        ("python3", _PY_COMPREHENSION, "flow_input.iter.value.quantity", True),
        ("python3", _PY_COMPREHENSION, "flow_input.iter.value.qty", False),
        ("python3", _PY_COMPREHENSION, "flow_input.iter.value.quantity ?? 0", False),
        ("python3", _PY_LITERALS, "flow_input.iter.value.note", False),
        ("python3", _PY_LITERALS, "flow_input.iter.value.sku_id", True),
        ("python3", _PY_SPREAD, "flow_input.iter.value.anything", False),
        ("bun", _TS_MAP, "flow_input.iter.value.skuId", True),
        ("bun", _TS_MAP, "flow_input.iter.value.sku", False),
        ("bun", _TS_MAP_BLOCK, "flow_input.iter.value.quantity", True),
        ("postgresql", _SQL, "flow_input.iter.value.email", True),
        ("postgresql", _SQL, "flow_input.iter.value.customer_email", False),
        ("postgresql", _SQL, "flow_input.iter.value.total", False),
        ("postgresql", _SQL_STAR, "flow_input.iter.value.email", False),
        # one row, not a list of rows: another finding (WAC506), not this one
        ("postgresql", _SQL_FIRST_ROW, "flow_input.iter.value.email", False),
    ],
)
def test_a_field_of_an_iterated_step_item(
    tmp_path: Path, language: str, code: str, expr: str, found: bool
) -> None:
    text = ITERATED_STEP_FLOW.format(language=language, code=code, expr=expr)
    codes = [code for _, code, _ in _findings(tmp_path, text) if code == "WAC503"]
    assert codes == (["WAC503"] if found else [])


@pytest.mark.parametrize(
    ("annotation", "iterator", "found"),
    [
        ("-- result_collection=last_statement_first_row", "results.src", True),
        ("-- result_collection=last_statement_first_row", "results.src.ids", False),
        ("-- result_collection=last_statement_all_rows", "results.src", False),
        ("", "results.src", False),
    ],
)
def test_a_loop_over_a_first_row_sql_step(
    tmp_path: Path, annotation: str, iterator: str, found: bool
) -> None:
    code = f"          {annotation}\n          SELECT array_agg(id) AS ids FROM orders;"
    text = ITERATED_STEP_FLOW.format(language="postgresql", code=code, expr="1").replace(
        "expr: results.src}", f"expr: {iterator}}}"
    )
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    iterators = [c for _, c, _, m in file_findings(folder / "flow.yaml") if "`iterator`" in m]
    assert iterators == (["WAC506"] if found else [])


RESUME_FLOW = """\
summary: resume
value:
  modules:
    - id: decide
      value: {{type: identity}}
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              decision: {{type: string, enum: [approve, reject]}}
              note: {{type: string}}
    - id: act
      value:
        type: rawscript
        language: python3
        content: |
          def main(ok: bool):
              return ok
        input_transforms:
          ok: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("resume.decision === 'approved'", [(22, "WAC509", "warning")]),
        ("resume.decision !== 'rejected'", [(22, "WAC509", "warning")]),
        ("resume.decision === 'approve'", []),
        ("resume.note === 'approved'", []),
    ],
)
def test_resume_compared_with_a_value_its_form_does_not_offer(
    tmp_path: Path, expr: str, found: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, RESUME_FLOW.format(expr=expr)) == found


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        # a reference written as JavaScript: one finding, not one per word of its path
        ("$res:f/data/warehouse", [(24, "WAC507", "error")]),
        ("$var:f/ops/api_token", [(24, "WAC507", "error")]),
        # a JavaScript string holding one is an expression (its type is WAC508's to judge)
        ("flow_input.iter.value", []),
    ],
)
def test_a_workspace_reference_written_as_an_expression(
    tmp_path: Path, expr: str, found: list[tuple[int, str, str]]
) -> None:
    assert _findings(tmp_path, ITEMS_FLOW.format(kind="string", expr=expr)) == found


@pytest.mark.parametrize(
    ("path", "found"),
    [
        # the folder name `wmill sync pull` writes, not the flow's path: an error
        ("f/x/lookup__flow", [(7, "WAC401", "error")]),
        ("f/x/lookup", []),
        # a path nothing in the repository has may be in the workspace only: info
        ("f/x/other", [(7, "WAC401", "info")]),
    ],
)
def test_a_flow_step_given_a_folder_name(
    tmp_path: Path, path: str, found: list[tuple[int, str, str]]
) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    sub = tmp_path / "f" / "x" / "lookup__flow"
    sub.mkdir(parents=True)
    (sub / "flow.yaml").write_text("summary: s\nvalue:\n  modules: []\n")
    text = (
        "summary: caller\nvalue:\n  modules:\n    - id: a\n      value:\n        type: flow\n"
        f"        path: {path}\n        input_transforms: {{}}\n"
    )
    assert _findings(tmp_path, text) == found


BASH_FLOW = """\
summary: bash
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: bash
        content: |
{code}
        input_transforms:
          host: {{type: static, value: example.com}}
"""


@pytest.mark.parametrize(
    ("code", "found"),
    [
        # read as Windmill reads it
        ('          host="$1"\n          echo "$host"', []),
        ('          HOST="${1:-localhost}"\n          echo "$HOST"', [(11, "WAC506", "warning")]),
        # written in a form Windmill's parser does not read: `$1` is empty at run time
        ('          HOST=$1\n          echo "$HOST"', [(11, "WAC506", "error")]),
        ('          export host="$1"\n          echo "$host"', [(11, "WAC506", "error")]),
        (
            '          set -e\n            host="$1"\n          echo "$host"',
            [(11, "WAC506", "error")],
        ),
        # nothing names it: the plain "goes nowhere" warning
        ('          echo "$1"', [(11, "WAC506", "warning")]),
    ],
)
def test_a_bash_input_written_in_a_form_windmill_does_not_read(
    tmp_path: Path, code: str, found: list[tuple[int, str, str]]
) -> None:
    text = BASH_FLOW.format(code=code)
    shift = code.count("\n")
    assert _findings(tmp_path, text) == [(r + shift, c, s) for r, c, s in found]
