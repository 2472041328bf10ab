"""Red team S (blind flows, `tests/flows/repo/f/heldout_s`): 49 whole flows as teams and
the Windmill UI write them (inline Python / TypeScript / Bash / SQL / PowerShell / Go,
branches, for and while loops, approvals, failure and preprocessor modules, retries,
`stop_after_if`, early return, sleep, caches, resources and variables, two UI JSON
exports), 28 with the one or two mistakes a hand edit leaves and 21 correct. Every
finding with its exact message and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_s"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_backup_restore_drill__flow": [
        (
            28,
            "WAC508",
            "error",
            (
                "`res:f/dba/scratch_pg` is not a resource reference: Windmill resolves only "
                "`$res:<folder or user path>/<name>` and passes this string as it is"
            ),
        ),
        (
            31,
            "WAC503",
            "error",
            (
                "`results.latest_backup.key`: step `latest_backup` is a Bash script, whose "
                "result is the last line it prints, as a string that Windmill does not parse "
                "(unless the script writes `./result.json`), which has no `key`, so it is "
                "undefined"
            ),
        ),
        (
            47,
            "WAC506",
            "warning",
            (
                "`scratch` is an object, but the static value is a string; write "
                "`$res:f/dba/scratch_pg` if that is a resource's path"
            ),
        ),
    ],
    "m_bank_reconciliation__flow": [
        (
            56,
            "WAC504",
            "error",
            (
                "`flow_input.tolerance_cent` is not an input of this flow (its schema declares "
                "`day`, `iban`, `tolerance_cents`): nothing asks for it, so it is undefined "
                "unless a caller passes it anyway"
            ),
        ),
    ],
    "m_cdn_purge_after_deploy__flow": [
        (
            38,
            "WAC506",
            "warning",
            (
                "`options` is an object with `zoneId`, `dryRun`, `batchSize`, but the static "
                "value has none of them (`zone_id`, `dry_run`, `batch_size`): `main` reads "
                "undefined for each; did you mean `zoneId` for `zone_id`, `dryRun` for `dry_run`,"
                " `batchSize` for `batch_size`?"
            ),
        ),
    ],
    "m_churn_risk_digest__flow": [
        (
            48,
            "WAC507",
            "error",
            (
                "the iterator expression is statements without `return`: Windmill evaluates "
                "`return <expression>`, which does not parse, and the step fails; end it with "
                "`return <value>`"
            ),
        ),
    ],
    "m_data_quality_gate__flow": [
        (
            21,
            "WAC503",
            "error",
            (
                "`result.null_key_ratio`: every `return` of step `profile`'s `main` gives an "
                "object with `duplicate_keys`, `null_key_share`, `row_count` and no "
                "`null_key_ratio`, so it is undefined; did you mean `null_key_share`?"
            ),
        ),
    ],
    "m_fleet_key_rotation__flow": [
        (
            51,
            "WAC506",
            "error",
            (
                "the bash script rotate_key.sh takes `vault_addr` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
    ],
    "m_gdpr_export__flow": [
        (
            3,
            "WAC503",
            "warning",
            (
                "`early_return` names `zip_upload`, a step inside `per_account`: the flow editor "
                "offers only top-level steps for the early return, and a step inside a loop or "
                "branch has no single result to return"
            ),
        ),
    ],
    "m_invoice_ocr__flow": [
        (
            34,
            "WAC506",
            "error",
            (
                "`main` of ocr.inline_script.ts is the module's default export: Windmill's "
                'wrapper runs `import { main } from "./main.ts"`, which finds no export named '
                "`main`, so the step fails; write `export async function main(...)`"
            ),
        ),
    ],
    "m_kyc_document_checks__flow": [
        (
            57,
            "WAC509",
            "error",
            (
                "`previous_result` in the first step of loop `check_each` is the iteration's "
                "input (the flow's input with `iter`), not the result of `fetch_documents`, the "
                "step before `check_each`: `previous_result.country` is undefined there; read "
                "`results.fetch_documents.country`"
            ),
        ),
        (
            91,
            "WAC503",
            "error",
            (
                "`r.verdict`: an entry of the result of loop `check_each` is the result of the "
                "last step of its body, `store_verdict`, and step `store_verdict` is a PostgreSQL"
                " query, whose result is the list of its last statement's rows, which has no "
                "`verdict`"
            ),
        ),
    ],
    "m_lead_routing__flow": [
        (
            94,
            "WAC503",
            "error",
            (
                "`results.assign_enterprise`: `assign_enterprise` is in a branch of `route` that "
                "may not have run; use `results.route` (the result of the branch taken)"
            ),
        ),
    ],
    "m_listing_enrichment_race__flow": [
        (
            52,
            "WAC503",
            "error",
            (
                "`results.geocode` is in another branch of `enrich`, and with `parallel: true` "
                "the branches run at the same time: it is null unless that branch happens to "
                "finish first"
            ),
        ),
        (
            55,
            "WAC503",
            "error",
            (
                "`results.geocode` is in another branch of `enrich`, and with `parallel: true` "
                "the branches run at the same time: it is null unless that branch happens to "
                "finish first"
            ),
        ),
    ],
    "m_nps_survey_sender__flow": [
        (
            73,
            "WAC506",
            "warning",
            (
                "`send` is a boolean, but the static value is a string (`wmill` reads flow.yaml "
                "as YAML 1.2, where `yes` is a string, not a boolean as in YAML 1.1)"
            ),
        ),
        (
            80,
            "WAC500",
            "warning",
            (
                "`value.modules[2].value.modules[1].continue_on_errors` is not a key FlowModule "
                "reads (did you mean `continue_on_error`?): Windmill ignores it"
            ),
        ),
    ],
    "m_oncall_handover__flow": [
        (
            62,
            "WAC503",
            "error",
            ("`results.announce`: step `announce` runs after this one"),
        ),
    ],
    "m_order_webhook_intake__flow": [
        (
            75,
            "WAC504",
            "error",
            (
                "`flow_input.currency`: the preprocessor returns `email`, `line_items`, "
                "`order_id`, `total` and no `currency`, and a triggered run's inputs are what it "
                "returns, so this reads undefined whenever a trigger starts the flow"
            ),
        ),
    ],
    "m_partner_catalog_sync__flow": [
        (
            19,
            "WAC500",
            "error",
            (
                "exponential retries need `seconds` (the backoff base) above 0, but it is not set"
                ' (0): Windmill refuses the flow when it is saved or pushed ("Module '
                "'download_feed': Exponential backoff base (seconds) must be greater than 0\")"
            ),
        ),
        (
            58,
            "WAC509",
            "error",
            (
                "`results` is not defined in `retry_if`: Windmill evaluates it without the flow's"
                " step results (read the failed attempt's `result` and `flow_input`): evaluating "
                "it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_partner_sftp_ingest__flow": [
        (
            10,
            "WAC506",
            "error",
            (
                "the bash script fetch_files.inline_script.sh takes `ssh_key` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            20,
            "WAC506",
            "warning",
            (
                "`ssh_key_var` is not a parameter of the bash script "
                "fetch_files.inline_script.sh: the value goes nowhere"
            ),
        ),
        (
            32,
            "WAC503",
            "error",
            (
                "`results.fetch_files.files`: step `fetch_files` is a Bash script, whose "
                "result is the last line it prints, as a string that Windmill does not "
                "parse (unless the script writes `./result.json`), which has no "
                "`files`, so it is undefined"
            ),
        ),
    ],
    "m_payroll_export__flow": [
        (
            35,
            "WAC506",
            "warning",
            (
                "the static value of `period` is a template (`${...}`), but a static value is "
                "passed as written, never evaluated: the step gets this text; make it a "
                "`javascript` transform, expr: flow_input.month"
            ),
        ),
    ],
    "m_pricing_experiment__flow": [
        (
            28,
            "WAC504",
            "warning",
            (
                "`flow_input.arm` is never `'annual-discount'`: the flow's schema allows only "
                "`control`, `annual_discount`, `seat_bundle` (`enum`), which the run form and the"
                " triggers built from it give, so this comparison is always false; did you mean "
                "`'annual_discount'`?"
            ),
        ),
    ],
    "m_release_train__flow": [
        (
            60,
            "WAC500",
            "error",
            (
                "this `suspend` has no `required_events`: Windmill's flow runner waits only for a"
                " positive number of approvals, so the flow goes on without waiting and `resume` "
                "is null; add `required_events: 1`"
            ),
        ),
    ],
    "m_reseller_bulk_provision__flow": [
        (
            71,
            "WAC503",
            "error",
            (
                "`results.provision.admin_user_id`: the result of flow "
                "f/heldout_s/lib/provision_tenant (its last step `create_admin`) is what that "
                "step returns, and every `return` of its `main` gives an object with `invited`, "
                "`user_id` and no `admin_user_id`, so it is undefined; did you mean `user_id`?"
            ),
        ),
    ],
    "m_shipping_label_batch__flow": [
        (
            42,
            "WAC507",
            "error",
            (
                "`results.carrier_accounts` is read inside a function that is not `async`: "
                "Windmill rewrites it as `(await results.carrier_accounts)`, which does not parse"
                " there, and the step fails; read it before the function (`const v = ...`) and "
                "use `v` inside"
            ),
        ),
    ],
    "m_support_backlog_export__flow": [
        (
            30,
            "WAC506",
            "warning",
            (
                "`page_size` is an integer, but `flow_input.page_size` is a string (the flow's "
                "schema declares input `page_size` as a string): Windmill passes the value as it "
                "is, without converting it; declare input `page_size` as an integer in the flow's"
                " schema"
            ),
        ),
    ],
    "m_table_maintenance_loop__flow": [
        (
            4,
            "WAC510",
            "error",
            (
                "while loop `until_clean` has no `stop_after_if`, on itself or on a step of its "
                "body (the one on `vacuum` stops only the nested loop `vacuum_each`): "
                "nothing ends it, so it runs until one of its steps fails, which fails the "
                "flow"
            ),
        ),
    ],
    "m_ticket_triage__flow": [
        (
            75,
            "WAC501",
            "error",
            (
                "module id `notify_owner` is already used on line 43: `results.notify_owner` can "
                "name only one step"
            ),
        ),
    ],
    "m_trial_nurture__flow": [
        (
            84,
            "WAC509",
            "error",
            (
                "`results` is not defined in a step's `sleep`: Windmill evaluates it without the "
                "flow's step results (it runs when the next step is pushed: read the step's own "
                "`result`): evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_usage_billing__flow": [
        (
            66,
            "WAC506",
            "error",
            (
                "`idempotency_prefix` is keyword-only in `main` of invoice_item.inline_script.py,"
                " with no default: Windmill's parser leaves keyword-only parameters (after `*`) "
                "out of the script's inputs and calls `main` with only the others, so `main` "
                "never receives it and the step always fails with a TypeError; move "
                "`idempotency_prefix` before the `*`"
            ),
        ),
    ],
    "m_vendor_onboarding__flow": [
        (
            79,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an approval "
                "(`suspend`) step; after `create_vendor` it is null, so reading a field of it "
                "throws and the step fails"
            ),
        ),
    ],
    "m_weekly_signup_report__flow": [
        (
            43,
            "WAC503",
            "error",
            (
                "`results.previous_week.total`: step `previous_week` is a PostgreSQL query, whose"
                " result is the list of its last statement's rows, which has no `total`; read the"
                " first row (`results.previous_week[0].total`) or map over them"
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
    assert len(correct) == 21
    for folder in correct:
        assert file_findings(flow_file(folder)) == [], folder.name


def _findings(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    return [(row, code) for row, code, _, _ in file_findings(folder / "flow.yaml")]


DICT_RETURN_FLOW = """\
summary: dict() returns
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: python3
        content: |
          {prelude}
          def main(n: int):
              return {value}
        input_transforms:
          n: {{type: static, value: 1}}
    - id: b
      value:
        type: rawscript
        language: bun
        content: "export function main(x: any) {{ return x }}"
        input_transforms:
          x: {{type: javascript, expr: results.a.totl}}
"""


@pytest.mark.parametrize(
    ("prelude", "value", "found"),
    [
        ("", "dict(total=n, rows=[])", [(20, "WAC503")]),
        ("", "dict(rows=[], **{'totl': n})", []),  # a `**` splat: keys not all written
        ("", "dict([('totl', n)])", []),  # built from pairs: not read
        ("dict = lambda **kw: kw", "dict(total=n)", [(20, "WAC503")]),
        ("from collections import OrderedDict as dict", "dict(total=n)", []),
        ("", "{'total': n}", [(20, "WAC503")]),
    ],
)
def test_a_dict_call_return_is_read_as_its_keys(
    tmp_path: Path, prelude: str, value: str, found: list[tuple[int, str]]
) -> None:
    # `dict(total=n)` builds the object `{"total": n}`, unless the code binds `dict`
    # itself (an assignment counts as binding it: what it builds is not judged then)
    text = DICT_RETURN_FLOW.format(prelude=prelude or "import json", value=value)
    expected = [] if prelude.startswith("dict =") else found
    assert _findings(tmp_path, text) == expected


DESTRUCTURE_FLOW = """\
summary: destructured inputs
schema:
  type: object
  properties:
    limit: {{type: integer}}
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: bun
        content: "export function main(x: any) {{ return x }}"
        input_transforms:
          x:
            type: javascript
            expr: "{expr}"
"""


@pytest.mark.parametrize(
    ("expr", "found"),
    [
        ("const { limt } = flow_input; return limt", [(16, "WAC504")]),
        ("const { limt: max } = flow_input; return max", [(16, "WAC504")]),
        ("const { limit } = flow_input; return limit", []),
        ("const { limt = 10 } = flow_input; return limt", []),  # a default: may be missing
        ("const { limit, ...rest } = flow_input; return rest", []),
        ("return ((flow_input) => { const { limt } = flow_input; return limt })({})", []),
        ("const { later } = results; return later", [(16, "WAC503")]),
    ],
)
def test_destructured_reads_of_flow_objects(
    tmp_path: Path, expr: str, found: list[tuple[int, str]]
) -> None:
    assert _findings(tmp_path, DESTRUCTURE_FLOW.format(expr=expr)) == found


LOOP_ENTRY_FLOW = """\
summary: loop entries
value:
  modules:
    - id: each
      value:
        type: forloopflow
        iterator: {{type: javascript, expr: "[1, 2]"}}
        skip_failures: false
        modules:
          - id: first
            value:
              type: rawscript
              language: python3
              content: |
                def main(x: int):
                    return {{"verdict": "clear", "x": x}}
              input_transforms:
                x: {{type: javascript, expr: flow_input.iter.value}}
{first_stop}          - id: store
            value:
              type: rawscript
              language: {language}
              content: |
                {code}
              input_transforms: {transforms}
    - id: after
      value:
        type: rawscript
        language: bun
        content: "export function main(x: any) {{ return x }}"
        input_transforms:
          x: {{type: javascript, expr: "{expr}"}}
"""

_SQL = "INSERT INTO t VALUES (1);"
_DB = "{database: {type: static, value: $res:f/x/db}}"
_PY_OBJ = "def main():\n                    return {'verdict': 'clear'}"


@pytest.mark.parametrize(
    ("language", "code", "first_stop", "expr", "found"),
    [
        ("postgresql", _SQL, "", "results.each.map((r) => r.verdict)", [(32, "WAC503")]),
        ("postgresql", _SQL, "", "results.each[0].verdict", [(32, "WAC503")]),
        ("postgresql", _SQL, "", "results.each.map((r) => r.length)", []),  # rows: a list
        # `?.` guards a null entry, not a field no entry has
        ("postgresql", _SQL, "", "results.each.map((r) => r?.verdict)", [(32, "WAC503")]),
        ("mysql", _SQL, "", "results.each.map((r) => r.verdict ?? null)", []),
        # an earlier step that may end the iteration: its result may be the entry
        (
            "postgresql",
            _SQL,
            "            stop_after_if: {expr: result.x > 1}\n",
            "results.each.map((r) => r.verdict)",
            [],
        ),
    ],
)
def test_a_loop_entry_is_its_last_step_result(
    tmp_path: Path,
    language: str,
    code: str,
    first_stop: str,
    expr: str,
    found: list[tuple[int, str]],
) -> None:
    text = LOOP_ENTRY_FLOW.format(
        language=language, code=code, first_stop=first_stop, expr=expr, transforms=_DB
    )
    shift = 1 if first_stop else 0
    assert _findings(tmp_path, text) == [(row + shift, c) for row, c in found]


def test_a_loop_entry_of_a_script_step_is_judged_by_its_returns(tmp_path: Path) -> None:
    text = LOOP_ENTRY_FLOW.format(
        language="python3",
        code=_PY_OBJ,
        first_stop="",
        expr="results.each.map((r) => r.verdit)",
        transforms="{}",
    )
    folder = tmp_path / "f" / "x" / "probe.flow"
    folder.mkdir(parents=True)
    (folder / "flow.yaml").write_text(text)
    [(row, code, severity, message)] = file_findings(folder / "flow.yaml")
    assert (row, code, severity) == (33, "WAC503", "error")
    assert message == (
        "`r.verdit`: an entry of the result of loop `each` is the result of the last step "
        "of its body, `store`, and every `return` of step `store`'s `main` gives an object "
        "with `verdict` and no `verdit`, so it is undefined; did you mean `verdict`?"
    )


OBJECT_PARAM_FLOW = """\
summary: object parameter
value:
  modules:
    - id: a
      value:
        type: rawscript
        language: bun
        content: |
          type Options = {{ zoneId: string; dryRun?: boolean }};
          export async function main(options: Options) {{ return options }}
        input_transforms:
          options: {{type: static, value: {value}}}
"""


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("{zone_id: z1, dry_run: true}", [(12, "WAC506")]),
        # one member given, and a key spelt like another the object lacks: `dry_run` goes
        # nowhere and `main` reads `dryRun` as undefined (round AO: `_misspelt_member_given`)
        ("{zoneId: z1, dry_run: true}", [(12, "WAC506")]),
        ("{zoneId: z1, note: purge}", []),  # an extra key spelt like no member: not judged
        ("{}", []),
        ("$res:f/web/cloudflare_options", []),
        ("res:f/web/cloudflare_options", [(12, "WAC508")]),  # WAC508 names it, once
    ],
)
def test_a_static_object_that_misses_every_member(
    tmp_path: Path, value: str, found: list[tuple[int, str]]
) -> None:
    assert _findings(tmp_path, OBJECT_PARAM_FLOW.format(value=value)) == found
