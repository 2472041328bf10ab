"""Red team W (blind flows, `tests/flows/repo/f/heldout_w`): 39 whole flows as teams and
the Windmill UI write them (`wmill sync pull` folders with `'!inline ...'` scripts and
lock files, one UI JSON export; Python / TypeScript (Bun, Deno, native) / Bash /
PostgreSQL / MySQL / BigQuery / Snowflake steps, branches, for and while loops, nested
loops, approvals with forms and `getResumeUrls`, failure and preprocessor modules,
retries, `stop_after_if`, `skip_if`, sleeps, caches, mocks, `flow_env`, subflows), 20
with the one or two mistakes a hand edit leaves and 19 correct. Every finding with its
exact message and severity; the correct flows have none. Below: the regressions the
round fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_w"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_catalog_sync__flow": [
        (
            37,
            "WAC507",
            "error",
            (
                "`results.pull_pim.products` is a line of its own: Windmill's API answers a "
                "line that is only `results.<id>.<path>` before running anything (js_eval.rs "
                "reads the text in multi-line mode), so the rest of the input transform "
                "expression is ignored and the value is `results.pull_pim.products` itself; "
                "keep the chain on that line or start the expression with `return `"
            ),
        ),
        (
            42,
            "WAC506",
            "warning",
            ("`relaxed` is not one of the values `mode` accepts (strict, lenient)"),
        ),
    ],
    "m_contract_renewal__flow": [
        (
            79,
            "WAC509",
            "warning",
            (
                "`resume.renew` is a boolean in the approval form of `legal_signoff`, which the "
                "approval page posts as such, and a strict comparison never equates it with the "
                "string `'true'`, so this is always false; compare with `true` / `false`"
            ),
        ),
    ],
    "m_credit_limit_review__flow": [
        (
            19,
            "WAC508",
            "error",
            (
                "`$res:/f/risk/ledger_db` is not a resource reference: Windmill resolves only "
                "`$res:<folder or user path>/<name>` and passes this string as it is"
            ),
        ),
        (
            89,
            "WAC506",
            "warning",
            (
                "`new_limit` is a number, but `resume.approved_limit` is a string (the approval "
                "form of `risk_review` declares `approved_limit` as a string, which the "
                "approval page posts as it is): Windmill passes the value as it is, without "
                "converting it"
            ),
        ),
    ],
    "m_expense_review__flow": [
        (
            80,
            "WAC509",
            "error",
            (
                "`manager_approval` has a `skip_if`: when it is skipped no approval happens "
                "(the flow runner ignores a skipped step's `suspend`), so `resume` is null and "
                "reading a field of it throws and the step fails; read it with a fallback "
                "(`resume?.<field> ?? ...`)"
            ),
        ),
    ],
    "m_gdpr_erasure__flow": [
        (
            60,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.col`: loop `erase_tables` iterates over its static "
                "`iterator`, whose items have `column`, `table` and no `col`, so it is "
                "undefined; did you mean `column`?"
            ),
        ),
        (
            77,
            "WAC503",
            "error",
            (
                "`previous_result.deleted`: the step before this one is loop `erase_tables`, "
                "whose result is a list with one entry per iteration, which has no `deleted`; "
                "index it or map over it, or read the step you meant (`results.<id>.deleted`)"
            ),
        ),
    ],
    "m_github_pr_webhook__flow": [
        (
            47,
            "WAC504",
            "error",
            (
                "`flow_input.repository` is not an input of this flow (its schema declares "
                "`action`, `author`, `pr_number`, `repo`): nothing asks for it, so it is "
                "undefined unless a caller passes it anyway"
            ),
        ),
        (
            75,
            "WAC507",
            "error",
            (
                "the skip_if ends with a `//` comment: Windmill evaluates it as "
                "`Boolean(<expression>)` on the same line, so the comment runs on over the "
                "closing `)`, which does not parse, and the step fails; drop the comment or "
                "write it as `/* ... */`"
            ),
        ),
    ],
    "m_invoice_dunning__flow": [
        (
            36,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.id`: loop `remind_each` iterates over "
                "`results.overdue`, and step `overdue`'s query selects `amount_due`, "
                "`billing_email`, `days_overdue`, `invoice_id` and no `id`, so it is undefined"
            ),
        ),
        (
            45,
            "WAC508",
            "error",
            (
                "`$res:finance/smtp_relay` names no resource: workspace paths start with "
                "`u/<user>/` or `f/<folder>/`, so Windmill's lookup of `finance/smtp_relay` "
                "finds nothing and the step fails; did you mean `$res:f/finance/smtp_relay`?"
            ),
        ),
    ],
    "m_invoice_pdf_batch__flow": [
        (
            52,
            "WAC506",
            "warning",
            (
                "`template` is keyword-only in `main` of step `render_pdf`: Windmill's parser "
                "leaves keyword-only parameters (after `*`) out of the script's inputs and "
                "calls `main` with only the others, so the value never reaches `main` and its "
                "default applies; move `template` before the `*`"
            ),
        ),
        (
            74,
            "WAC503",
            "error",
            (
                "`results.render_pdf`: `render_pdf` is inside parallel loop `render_all`, whose "
                "iterations run as flows of their own, so after the loop `results.render_pdf` "
                "is null; read `results.render_all` (one result per iteration)"
            ),
        ),
    ],
    "m_kpi_digest__flow": [
        (
            46,
            "WAC504",
            "warning",
            (
                "`flow_input.regions` never holds `'EMEA'`: the flow's schema allows only "
                "`emea`, `amer`, `apac` for its items (`items.enum`), which the run form and "
                "the triggers built from it give, so `.includes('EMEA')` is always false; did "
                "you mean `'emea'`?"
            ),
        ),
        (
            70,
            "WAC506",
            "warning",
            (
                "`signups` is an integer, but `results.signups` is an array (step `signups` is "
                "a PostgreSQL query, whose result is the list of its last statement's rows): "
                "Windmill passes the value as it is, without converting it"
            ),
        ),
    ],
    "m_lead_enrichment__flow": [
        (
            46,
            "WAC503",
            "error",
            (
                "`results.normalize.company_domain`: every `return` of step `normalize`'s "
                "`main` gives an object with `company`, `domain` and no `company_domain`, so it "
                "is undefined; did you mean `company`?"
            ),
        ),
        (
            71,
            "WAC506",
            "warning",
            (
                "`tags` is an array, but `results.clearbit.tags` is a string (every `return` of "
                "step `clearbit`'s `main` gives an object whose `tags` is a string): Windmill "
                "passes the value as it is, without converting it"
            ),
        ),
    ],
    "m_log_retention__flow": [
        (
            15,
            "WAC510",
            "error",
            (
                "while loop `purge` has no `stop_after_if`, on itself or on a step of its body: "
                "nothing ends it, so it runs forever: with `skip_failures: true` not even a "
                "failed iteration ends it"
            ),
        ),
        (
            19,
            "WAC500",
            "warning",
            (
                "`parallelism` caps the iterations run at once only when the loop has "
                "`parallel: true`; this loop runs its iterations one at a time, so the setting "
                "does nothing"
            ),
        ),
    ],
    "m_nightly_backup__flow": [
        (
            59,
            "WAC506",
            "warning",
            (
                "`pg_conn` is an input of a bash script, a command-line word, but "
                "`$res:f/ops/pg_admin` is replaced by the resource's value, an object, which "
                "reaches the script as its JSON text; a connection string or secret belongs in "
                "a variable (`$var:`)"
            ),
        ),
        (
            62,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.size_mb`: loop `dump_each` iterates over "
                "`results.list_databases`, and every `return` of step `list_databases`'s `main` "
                "gives a list of objects with `name`, `size_bytes` and no `size_mb`, so it is "
                "undefined; did you mean `size_bytes`?"
            ),
        ),
    ],
    "m_partner_enrichment__flow": [
        (
            63,
            "WAC503",
            "warning",
            (
                "`results.firmographics.company.industry`: step `firmographics` has "
                "`continue_on_error: true`, and when it fails its result is its error (`{error: "
                "...}`), which has no `company`, so reading `.industry` of it throws and this "
                "step fails as well; chain optionally "
                "(`results.firmographics.company?.industry`) or test "
                "`results.firmographics.error` first"
            ),
        ),
        (
            87,
            "WAC503",
            "error",
            (
                "`results.health_score.grade`: every `return` of step `health_score`'s `main` "
                "gives an object with `band`, `partner_id`, `score` and no `grade`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_refund_approval__flow": [
        (
            57,
            "WAC506",
            "warning",
            (
                "`request_id` is a number, but `flow_input.iter.value` is an object (loop "
                "`refund_each` iterates over `results.load_requests`, a PostgreSQL query, whose "
                "rows are objects): Windmill passes the value as it is, without converting it"
            ),
        ),
        (
            60,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.payment_intent_id`: loop `refund_each` iterates over "
                "`results.load_requests`, and step `load_requests`'s query selects "
                "`amount_cents`, `currency`, `id`, `order_id` and no `payment_intent_id`, so it "
                "is undefined"
            ),
        ),
    ],
    "m_shipment_tracker__flow": [
        (
            57,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.tracking_no`: loop `poll_carrier` iterates over "
                "`results.open_shipments.map((s) => s.tracking_no)`, so each item is the "
                "`tracking_no` of an object, not the object itself, and `.tracking_no` reads a "
                "field of that `tracking_no` value; the item already is that value: read "
                "`flow_input.iter.value` itself"
            ),
        ),
        (
            74,
            "WAC507",
            "error",
            (
                "the stop_after_if is not one expression: Windmill evaluates it as "
                "`Boolean(<expression>)`, which does not parse, and the step fails"
            ),
        ),
        (
            108,
            "WAC507",
            "error",
            (
                "`results.delivered` is read inside a function that is not `async`: Windmill "
                "rewrites it as `(await results.delivered)`, which does not parse there, and "
                "the step fails; read it before the function (`const v = ...`) and use `v` "
                "inside"
            ),
        ),
    ],
    "m_stock_replenishment__flow": [
        (
            23,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "`skip_if` is evaluated outside its iterations"
            ),
        ),
        (
            58,
            "WAC506",
            "warning",
            (
                "`quantity` is an integer, but `flow_input.iter.value.qty` is a string (the "
                "flow's schema declares the items of input `lines`, which loop `order_lines` "
                "iterates over, with `qty` a string): Windmill passes the value as it is, "
                "without converting it"
            ),
        ),
    ],
    "m_trial_expiry__flow": [
        (
            16,
            "WAC506",
            "error",
            (
                "`main` of step `expiring_trials` is a function assigned to a variable: "
                "Windmill's parser reads parameters only from a `function main(...)` "
                "declaration, finds none here, and the worker calls `main()` with no arguments, "
                "so `days_left`, `plan` never reach it; write `export async function main(...)`"
            ),
        ),
        (
            52,
            "WAC504",
            "warning",
            (
                "`flow_input.plan` is never `'Pro'`: the flow's schema allows only `starter`, "
                "`pro`, `business` (`enum`), which the run form and the triggers built from it "
                "give, so this comparison is always false; did you mean `'pro'`?"
            ),
        ),
    ],
    "m_user_offboarding__flow": [
        (
            64,
            "WAC504",
            "error",
            (
                "`flow_input.iter.idx` is undefined: Windmill gives each iteration "
                "`flow_input.iter` as `{index, value}` (the iteration's position and its item) "
                "and nothing else; did you mean `index`?"
            ),
        ),
        (
            67,
            "WAC506",
            "warning",
            ("`deactivate` is not one of the values `action` accepts (suspend, deprovision)"),
        ),
    ],
    "m_vip_renewal__flow": [
        (
            34,
            "WAC506",
            "error",
            (
                "flow f/heldout_w/ok_customer_profile takes `customer_id` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            35,
            "WAC506",
            "warning",
            (
                "`customerId` is not a parameter of flow f/heldout_w/ok_customer_profile: the "
                "value goes nowhere"
            ),
        ),
    ],
    "m_warehouse_load__flow": [
        (
            30,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.stage.files` is not a "
                "list (every `return` of step `stage`'s `main` gives an object whose `files` is "
                "a string): Windmill wants an array and the flow fails at this loop; split it "
                "(`results.stage.files.split(',')`)"
            ),
        ),
        (
            54,
            "WAC508",
            "error",
            (
                "`warehouse` is a `snowflake` resource, but the static value is a plain string, "
                "passed as it is; write `$res:f/analytics/snowflake_loader` if that is the "
                "resource's path"
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
    assert len(correct) == 19
    for folder in correct:
        assert file_findings(flow_file(folder)) == [], folder.name


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(r, c, s) for r, c, s, _ in file_findings(folder / "flow.yaml")]


LOCAL_RETURN_FLOW = """\
summary: local return
value:
  modules:
    - id: normalize
      value:
        type: rawscript
        language: python3
        content: |
          def main(email: str):
{body}
        input_transforms:
          email: {{type: static, value: a@b.c}}
    - id: use
      value:
        type: rawscript
        language: python3
        content: |
          def main(x: str):
              return x
        input_transforms:
          x: {{type: javascript, expr: results.normalize.company_domain}}
"""


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # bound once to a dict literal, then only returned: its keys are known
        ('    out = {"domain": email, "company": email}\n    return out', True),
        ('    out: dict = {"domain": email}\n    return out', True),
        ("    out = dict(domain=email)\n    return out", True),
        # changed after it was bound, bound twice, handed to other code: unknown
        ('    out = {"domain": email}\n    out["company_domain"] = email\n    return out', False),
        ('    out = {"domain": email}\n    out.update(extra())\n    return out', False),
        ('    out = {"domain": email}\n    if email:\n        out = load()\n    return out', False),
        ('    out = {"domain": email}\n    fill(out)\n    return out', False),
        ('    out = {"domain": email}\n    return out if email else {"company_domain": 1}', False),
        ("    out = load(email)\n    return out", False),
    ],
)
def test_a_dict_returned_through_a_local(tmp_path: Path, body: str, found: bool) -> None:
    body = "\n".join("          " + line for line in body.splitlines())
    text = LOCAL_RETURN_FLOW.format(body=body)
    row = 21 + body.count("\n")
    assert _findings(tmp_path, text) == ([(row, "WAC503", "error")] if found else [])


APPENDED_ITEMS_FLOW = """\
summary: appended items
value:
  modules:
    - id: dbs
      value:
        type: rawscript
        language: python3
        content: |
          def main():
{body}
        input_transforms: {{}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: results.dbs}}
        skip_failures: false
        modules:
          - id: dump
            value:
              type: rawscript
              language: python3
              content: |
                def main(mb: int):
                    return mb
              input_transforms:
                mb: {{type: javascript, expr: flow_input.iter.value.size_mb}}
"""


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "    found = []\n    for n, s in rows():\n"
            '        found.append({"name": n, "bytes": s})\n    return found',
            True,
        ),
        ('    found = [{"name": "a", "bytes": 1}]\n    return found', True),
        # items that are not dict literals, or a list extended by other code: unknown
        ("    found = []\n    for r in rows():\n        found.append(r)\n    return found", False),
        ("    found = []\n    found.extend(rows())\n    return found", False),
        ("    found = []\n    found += rows()\n    return found", False),
    ],
)
def test_the_items_of_a_list_filled_by_append(tmp_path: Path, body: str, found: bool) -> None:
    body = "\n".join("          " + line for line in body.splitlines())
    text = APPENDED_ITEMS_FLOW.format(body=body)
    shift = body.count("\n")
    assert _findings(tmp_path, text) == ([(26 + shift, "WAC503", "error")] if found else [])


STRING_FIELD_FLOW = """\
summary: string field
value:
  modules:
    - id: stage
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
    - id: score
      value:
        type: rawscript
        language: python3
        content: |
          def main(tags: list[str]):
              return len(tags)
        input_transforms:
          tags: {{type: javascript, expr: results.stage.tags}}
"""


@pytest.mark.parametrize(
    ("language", "code", "found"),
    [
        ("python3", 'def main():\n    return {"tags": ",".join(load())}', True),
        ("python3", 'import json\ndef main():\n    return {"tags": json.dumps(load())}', True),
        ("python3", 'def main():\n    return {"tags": load().isoformat()}', True),
        ("python3", 'def main():\n    return {"tags": sep.join(load())}', False),
        ("python3", 'def main():\n    return {"tags": load()}', False),
    ],
)
def test_a_field_known_to_be_a_string_given_to_a_list(
    tmp_path: Path, language: str, code: str, found: bool
) -> None:
    code = "\n".join("          " + line for line in code.splitlines())
    text = STRING_FIELD_FLOW.format(language=language, code=code)
    row = 19 + code.count("\n")
    assert _findings(tmp_path, text) == ([(row, "WAC506", "warning")] if found else [])


ITER_MEMBER_FLOW = """\
summary: iter member
value:
  modules:
    - id: each
      value:
        type: {loop}
        {iterator}
        skip_failures: false
        modules:
          - id: step
            value:
              type: rawscript
              language: python3
              content: |
                def main(x):
                    return x
              input_transforms:
                x: {{type: javascript, expr: "{expr}"}}
            stop_after_if: {{expr: "true"}}
"""


@pytest.mark.parametrize(
    ("loop", "expr", "found"),
    [
        ("forloopflow", "flow_input.iter.idx", "`flow_input.iter.idx`"),
        ("forloopflow", "flow_input.iter.item.id", "`flow_input.iter.item`"),
        ("whileloopflow", "flow_input.iter.position + 1", "`flow_input.iter.position`"),
        ("forloopflow", "flow_input.iter.index + 1", None),
        ("forloopflow", "flow_input.iter.value.id", None),
        ("forloopflow", "flow_input.iter.item ?? flow_input.iter.value", None),
    ],
)
def test_a_member_of_iter_other_than_index_and_value(
    tmp_path: Path, loop: str, expr: str, found: str | None
) -> None:
    iterator = (
        "iterator: {type: javascript, expr: '[1, 2]'}"
        if loop == "forloopflow"
        else "parallel: false"
    )
    text = ITER_MEMBER_FLOW.format(loop=loop, iterator=iterator, expr=expr)
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    findings = file_findings(folder / "flow.yaml")
    if found is None:
        assert findings == []
    else:
        [(row, code, severity, message)] = findings
        assert (row, code, severity) == (18, "WAC504", "error")
        assert message.startswith(found + " is undefined")


REFERENCE_ROOT_FLOW = """\
summary: reference root
value:
  modules:
    - id: send
      value:
        type: rawscript
        language: python3
        content: |
          def main(smtp: dict, token: str):
              return smtp
        input_transforms:
          smtp: {{type: static, value: "{res}"}}
          token: {{type: static, value: "{var}"}}
"""


@pytest.mark.parametrize(
    ("res", "var", "found"),
    [
        ("$res:finance/smtp_relay", "$var:f/x/token", [12]),
        ("$res:f/finance/smtp_relay", "$var:secrets/token", [13]),
        ("$res:u/alice/smtp", "$var:g/ops/token", []),
        ("$res:f/finance/smtp_relay", "$var:f/x/token", []),
    ],
)
def test_a_reference_whose_path_starts_with_neither_u_nor_f(
    tmp_path: Path, res: str, var: str, found: list[int]
) -> None:
    text = REFERENCE_ROOT_FLOW.format(res=res, var=var)
    assert _findings(tmp_path, text) == [(row, "WAC508", "error") for row in found]


BASH_RESOURCE_FLOW = """\
summary: bash resource
value:
  modules:
    - id: dump
      value:
        type: rawscript
        language: bash
        content: |
          conn="$1"
          days="${{2:-14}}"
          pg_dump "$conn" > /tmp/x
        input_transforms:
          conn: {{type: static, value: "{conn}"}}
          days: {{type: static, value: 21}}
"""


@pytest.mark.parametrize(
    ("conn", "found"),
    [
        ("$res:f/ops/pg_admin", True),
        ("$var:f/ops/pg_url", False),
        ("postgres://localhost/x", False),
    ],
)
def test_a_resource_given_to_a_bash_input(tmp_path: Path, conn: str, found: bool) -> None:
    text = BASH_RESOURCE_FLOW.format(conn=conn)
    assert _findings(tmp_path, text) == ([(13, "WAC506", "warning")] if found else [])


SKIPPABLE_APPROVAL_FLOW = """\
summary: skippable approval
value:
  modules:
    - id: approve
{skip}      value:
        type: identity
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              approved: {{type: boolean}}
    - id: record
      value:
        type: rawscript
        language: python3
        content: |
          def main(approved: bool):
              return approved
        input_transforms:
          approved: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("skip", "expr", "found"),
    [
        ("      skip_if: {expr: flow_input.small}\n", "resume.approved", True),
        ("      skip_if: {expr: flow_input.small}\n", "resume?.approved ?? true", False),
        ("      skip_if: {expr: flow_input.small}\n", "resume ? resume.approved : true", False),
        ("", "resume.approved", False),
    ],
)
def test_resume_after_an_approval_step_that_may_be_skipped(
    tmp_path: Path, skip: str, expr: str, found: bool
) -> None:
    text = SKIPPABLE_APPROVAL_FLOW.format(skip=skip, expr=expr)
    row = 22 + skip.count("\n")
    assert _findings(tmp_path, text) == ([(row, "WAC509", "error")] if found else [])


CONTINUE_ON_ERROR_FLOW = """\
summary: continue on error
value:
  modules:
    - id: enrich
      continue_on_error: {flag}
      value:
        type: rawscript
        language: bun
        content: |
          export async function main() {{
            return {{ company: {{ industry: "x" }} }};
          }}
        input_transforms: {{}}
    - id: score
      value:
        type: rawscript
        language: bun
        content: |
          export async function main(industry: string | null) {{
            return industry;
          }}
        input_transforms:
          industry: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("flag", "expr", "found"),
    [
        ("true", "results.enrich.company.industry", True),
        ("true", "results.enrich.company.industry.toLowerCase()", True),
        ("true", "results.enrich.company?.industry ?? null", False),
        ("true", "results.enrich.error ? null : results.enrich.company.industry", False),
        ("true", "results.enrich.company", False),
        ("false", "results.enrich.company.industry", False),
    ],
)
def test_a_member_of_a_field_of_a_step_allowed_to_fail(
    tmp_path: Path, flag: str, expr: str, found: bool
) -> None:
    text = CONTINUE_ON_ERROR_FLOW.format(flag=flag, expr=expr)
    assert _findings(tmp_path, text) == ([(23, "WAC503", "warning")] if found else [])


ITEM_TYPE_FLOW = """\
summary: item types
schema:
  type: object
  properties:
    lines:
      type: array
      items:
        type: object
        properties:
          sku: {{type: string}}
          qty: {{type: string}}
value:
  modules:
    - id: rows
      value:
        type: rawscript
        language: postgresql
        content: |
          SELECT id, sku FROM orders;
        input_transforms:
          database: {{type: static, value: $res:f/x/db}}
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: {iterator}}}
        skip_failures: false
        modules:
          - id: use
            value:
              type: rawscript
              language: python3
              content: |
                def main(value: {annotation}):
                    return value
              input_transforms:
                value: {{type: javascript, expr: {expr}}}
"""


@pytest.mark.parametrize(
    ("iterator", "annotation", "expr", "found"),
    [
        ("flow_input.lines", "int", "flow_input.iter.value.qty", True),
        ("flow_input.lines", "str", "flow_input.iter.value.qty", False),
        ("flow_input.lines", "int", "flow_input.iter.value", True),
        ("flow_input.lines", "dict", "flow_input.iter.value", False),
        ("results.rows", "int", "flow_input.iter.value", True),
        ("results.rows", "int", "flow_input.iter.value.id", False),
        ("results.rows", "dict", "flow_input.iter.value", False),
    ],
)
def test_a_loop_item_of_a_known_type_given_to_a_parameter(
    tmp_path: Path, iterator: str, annotation: str, expr: str, found: bool
) -> None:
    text = ITEM_TYPE_FLOW.format(iterator=iterator, annotation=annotation, expr=expr)
    assert _findings(tmp_path, text) == ([(36, "WAC506", "warning")] if found else [])


RESUME_TYPE_FLOW = """\
summary: resume types
value:
  modules:
    - id: review
      value:
        type: identity
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              limit: {{type: string}}
              approved: {{type: boolean}}
    - id: apply
      value:
        type: rawscript
        language: python3
        content: |
          def main(value: {annotation}):
              return value
        input_transforms:
          value: {{type: javascript, expr: "{expr}"}}
"""


@pytest.mark.parametrize(
    ("annotation", "expr", "found"),
    [
        ("float", "resume.limit", [(23, "WAC506", "warning")]),
        ("str", "resume.limit", []),
        ("bool", "resume.approved", []),
        ("bool", "resume.approved === 'true'", [(23, "WAC509", "warning")]),
        ("bool", "resume.approved !== 'false'", [(23, "WAC509", "warning")]),
        ("bool", "resume.approved == 'true'", []),
        ("bool", "resume.approved === true", []),
    ],
)
def test_an_approval_form_field_of_a_known_type(
    tmp_path: Path, annotation: str, expr: str, found: list[tuple[int, str, str]]
) -> None:
    text = RESUME_TYPE_FLOW.format(annotation=annotation, expr=expr)
    assert _findings(tmp_path, text) == found


CONDITION_COMMENT_FLOW = """\
summary: condition comment
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: bun
        content: "export async function main() {{ return {{ labels: [] }} }}"
        input_transforms: {{}}
    - id: b
      skip_if:
{condition}
      value:
        type: identity
"""


@pytest.mark.parametrize(
    ("condition", "found"),
    [
        ("        expr: results.a.labels.length === 0 // nothing to label", True),
        ("        expr: 'results.a.labels.length === 0 // nothing to label'", True),
        ("        expr: |\n          results.a.labels.length === 0 // nothing to label", False),
        ("        expr: results.a.labels.length === 0 /* nothing to label */", False),
        ('        expr: "results.a.labels.length === 0 // none\\n"', False),
    ],
)
def test_a_one_line_condition_ending_with_a_comment(
    tmp_path: Path, condition: str, found: bool
) -> None:
    text = CONDITION_COMMENT_FLOW.format(condition=condition)
    row = 12 + condition.count("\n")
    assert _findings(tmp_path, text) == ([(row, "WAC507", "error")] if found else [])


ITEM_ENUM_FLOW = """\
summary: item enum
schema:
  type: object
  properties:
    regions:
      type: array
      items:
        type: string
        enum: [emea, amer, apac]
    tags:
      type: array
      items: {{type: string}}
value:
  modules:
    - id: a
      skip_if: {{expr: "{expr}"}}
      value:
        type: identity
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("!flow_input.regions.includes('EMEA')", True),
        ('flow_input.regions.includes(\\"latam\\")', True),
        ("!flow_input.regions.includes('emea')", False),
        ("flow_input.tags.includes('EMEA')", False),
        ("flow_input.regions.map((r) => r.toUpperCase()).includes('EMEA')", False),
    ],
)
def test_includes_on_an_array_input_whose_items_have_an_enum(
    tmp_path: Path, expr: str, found: bool
) -> None:
    text = ITEM_ENUM_FLOW.format(expr=expr)
    assert _findings(tmp_path, text) == ([(16, "WAC504", "warning")] if found else [])


STATIC_ITEMS_FLOW = """\
summary: static items
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator:
          type: static
          value: {items}
        skip_failures: false
        modules:
          - id: use
            value:
              type: rawscript
              language: python3
              content: |
                def main(column):
                    return column
              input_transforms:
                column: {{type: javascript, expr: {expr}}}
"""


@pytest.mark.parametrize(
    ("items", "expr", "found"),
    [
        (
            "[{table: users, column: email}, {table: subs, column: mail}]",
            "flow_input.iter.value.col",
            True,
        ),
        ("[{table: users, column: email}, {table: subs}]", "flow_input.iter.value.column", False),
        ("[{table: users, column: email}]", "flow_input.iter.value.col ?? 'email'", False),
        ("[users, subs]", "flow_input.iter.value.length", False),
    ],
)
def test_a_field_the_items_of_a_static_iterator_lack(
    tmp_path: Path, items: str, expr: str, found: bool
) -> None:
    text = STATIC_ITEMS_FLOW.format(items=items, expr=expr)
    assert _findings(tmp_path, text) == ([(20, "WAC503", "error")] if found else [])


@pytest.mark.parametrize(
    ("code", "keys"),
    [
        ("const out = { domain: a, company: a };\n  return out;", {"domain", "company"}),
        ("const out = { domain: a } as const;\n  return out;", {"domain"}),
        ("const out = { domain: a };\n  out.company = 1;\n  return out;", None),
        ("let out = { domain: a };\n  if (a) { out = load(); }\n  return out;", None),
        ("const out = { domain: a };\n  send(out);\n  return out;", None),
        ("const out = load();\n  return out;", None),
    ],
)
def test_a_typescript_object_returned_through_a_local(code: str, keys: set[str] | None) -> None:
    from wac_lint.flows.returns import returned_keys

    text = f"export async function main(a: string) {{\n  {code}\n}}"
    assert returned_keys("bun", text) == (frozenset(keys) if keys is not None else None)
