"""Red team AC (blind flows, `tests/flows/repo/f/heldout_ac`): 41 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` scripts in Python, TypeScript, Bash and
PostgreSQL, two scripts and a subflow called by path in `lib/`): nested loops reading the outer
item, a branchone / parallel branchall step read from another branch, a step's `sleep` reading
results, a failure module missing an input or reading `flow_input.iter`, typed TypeScript, Bash
and SQL inputs (renamed, a string for a number, a resource without `$res:`), a SQL step's rows
read as one row, template strings and optional chaining over object inputs and nested result
fields, approvals (`resume` / `approvers` after a later step, a form field the form lacks, groups
without `user_auth_required`), retry / priority values Windmill refuses, `early_return`,
`flow_env`, an iterator that is an object or a list mapped to one field, a while loop stopped
from outside, loop results read through `filter(...)`, a default-exported `main`, and WAC
workflows written inside a flow step. 26 with the one or two mistakes a hand edit leaves, 15
correct. Every finding with its exact message and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ac"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_alumni_enrich_continue_on_error__flow": [
        (
            46,
            "WAC504",
            "error",
            (
                "`flow_input.dry_run` is not an input of this flow (its schema declares "
                "`dryRun`, `email`): nothing asks for it, so it is undefined unless a caller "
                "passes it anyway"
            ),
        ),
    ],
    "m_backup_failure_iter_value__flow": [
        (
            63,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; this step is not "
                "inside a loop"
            ),
        ),
    ],
    "m_cert_expiry_subflow_inputs__flow": [
        (
            42,
            "WAC506",
            "error",
            (
                "flow f/heldout_ac/lib/page_oncall takes `summary` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            49,
            "WAC506",
            "warning",
            (
                "`message` is not a parameter of flow f/heldout_ac/lib/page_oncall: the "
                "value goes nowhere"
            ),
        ),
    ],
    "m_courier_branch_sibling__flow": [
        (
            103,
            "WAC503",
            "error",
            (
                "`results.book_express` is in another branch of `choose_courier`: a "
                "branchone runs only one branch, so here it is null"
            ),
        ),
    ],
    "m_donations_script_path_values__flow": [
        (
            37,
            "WAC508",
            "error",
            (
                "`res:f/charity/stripe` is not a resource reference: Windmill resolves only "
                "`$res:<folder or user path>/<name>` and passes this string as it is"
            ),
        ),
        (
            69,
            "WAC506",
            "warning",
            (
                "`thread_ts` is a string, but the static value is a number (YAML reads the "
                "unquoted `1717171717.000200` as the number 1717171717.0002; quote it, "
                "`'1717171717.000200'`, to pass the text)"
            ),
        ),
    ],
    "m_dunning_optional_chain_typo__flow": [
        (
            42,
            "WAC503",
            "error",
            (
                "`results.fetch_invoice.customer.emial`: every `return` of step "
                "`fetch_invoice`'s `main` gives `customer` as an object with `email`, `id`, "
                "`locale` and no `emial`, so it is undefined; did you mean `email`?"
            ),
        ),
    ],
    "m_dw_freshness_sql_rows__flow": [
        (
            27,
            "WAC508",
            "error",
            (
                "`database` is a `postgresql` resource, but the static value is a plain "
                "string, passed as it is; write `$res:f/data/warehouse` if that is the "
                "resource's path"
            ),
        ),
        (
            60,
            "WAC503",
            "error",
            (
                "`results.count_loads.total`: step `count_loads` is a PostgreSQL query, "
                "whose result is the list of its last statement's rows, which has no "
                "`total`; read the first row (`results.count_loads[0].total`) or map over "
                "them"
            ),
        ),
    ],
    "m_equipment_loan_resume_field__flow": [
        (
            46,
            "WAC500",
            "warning",
            (
                "`user_groups_required` takes effect only with `user_auth_required: true`: "
                "Windmill checks approvers against it only when the approval requires a "
                "logged-in user, so here anyone with the approval link, in those groups or "
                "not, can approve; add `user_auth_required: true`"
            ),
        ),
        (
            81,
            "WAC509",
            "error",
            (
                "`resume.approved` is not a field of the approval form of `request` (its "
                "`resume_form` declares `asset_tag`, `remarks`): the approval page posts "
                "only those, so it is undefined unless the approver's call passes it anyway"
            ),
        ),
    ],
    "m_fleet_mileage_iteration_fields__flow": [
        (
            95,
            "WAC503",
            "error",
            (
                "`r.distance_km`: an entry of the result of loop `per_vehicle` is the result "
                "of the last step of its body, `odometer`, and every `return` of step "
                "`odometer`'s `main` gives an object with `fuel_l`, `km`, `trips`, `vin` and "
                "no `distance_km`, so it is undefined"
            ),
        ),
    ],
    "m_github_webhook_early_return_typo__flow": [
        (
            37,
            "WAC503",
            "warning",
            (
                "`early_return` names no step of this flow (`verify_signature`): sync "
                "endpoints never get an early result and wait for the whole flow"
            ),
        ),
    ],
    "m_grants_wac_ts_catch__flow": [
        (
            75,
            "WAC202",
            "error",
            (
                "This catch also catches the SDK's suspension (`StepSuspend` is an Error): "
                "its handler runs on every suspension; rethrow it first: `if (e?.name === "
                '"StepSuspend") throw e`'
            ),
        ),
    ],
    "m_greenhouse_bash_args__flow": [
        (
            43,
            "WAC506",
            "error",
            (
                "the bash script read_probe.sh takes `device` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            44,
            "WAC506",
            "warning",
            (
                "`device_id` is not a parameter of the bash script read_probe.sh: the value "
                "goes nowhere"
            ),
        ),
    ],
    "m_hotel_guest_template_field__flow": [
        (
            99,
            "WAC504",
            "error",
            (
                "`flow_input.guest.name` is not a field of input `guest` (its schema "
                "declares `full_name`, `email`, `party_size`): the run form asks only for "
                "those, so it is undefined unless a caller passes it anyway"
            ),
        ),
    ],
    "m_invoice_pdf_default_export__flow": [
        (
            25,
            "WAC506",
            "error",
            (
                "`main` of render_pdf.ts is the module's default export: Windmill's wrapper "
                'runs `import { main } from "./main.ts"`, which finds no export named '
                "`main`, so the step fails; write `export async function main(...)`"
            ),
        ),
    ],
    "m_lab_panels_outer_patient__flow": [
        (
            62,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.mrn`: loop `per_panel` iterates over "
                "`flow_input.iter.value.panels` of each item of `results.pending_orders`, "
                "and in every `return` of step `pending_orders`'s `main` the `panels` of "
                "each item is a list of objects with `code`, `specimen` and no `mrn`, so it "
                "is undefined; inside loop `per_panel`, `flow_input.iter` is its own item, "
                "and the item of the outer loop `per_patient` (which has `mrn`) is out of "
                "reach: carry it into the items in `per_panel`'s iterator (`.map((x) => ({ "
                "...x, mrn: flow_input.iter.value.mrn }))`)"
            ),
        ),
    ],
    "m_loyalty_iterator_page_object__flow": [
        (
            30,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.members_page` is "
                "not a list (every `return` of step `members_page`'s `main` gives an "
                "object): Windmill wants an array and the flow fails at this loop; loop over "
                "one of its list fields, or `Object.values(results.members_page)`"
            ),
        ),
    ],
    "m_newsletter_iterator_mapped_emails__flow": [
        (
            55,
            "WAC503",
            "error",
            (
                "`flow_input.iter.value.first_name`: loop `send_all` iterates over "
                "`results.subscribers.map((s) => s.email).filter((e) => "
                "!flow_input.exclude.includes(e))`, so each item is the `email` of an "
                "object, not the object itself, and `.first_name` reads a field of that "
                "`email` value; not the object's `first_name`; iterate over the objects and "
                "read `flow_input.iter.value.email`"
            ),
        ),
    ],
    "m_newsroom_resume_later_step__flow": [
        (
            81,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an "
                "approval (`suspend`) step; after `apply_edits` it is null, so reading a "
                "field of it throws and the step fails"
            ),
        ),
        (
            84,
            "WAC509",
            "error",
            (
                "`approvers` holds the approvers' names only in the step right after an "
                "approval (`suspend`) step; after `apply_edits`, `approvers` is an empty "
                "list, so every entry read from it is undefined"
            ),
        ),
    ],
    "m_payroll_failure_inputs__flow": [
        (
            76,
            "WAC506",
            "error",
            (
                "`main` of alert_finance.py takes `job_url` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
    ],
    "m_podcast_poll_sleep_results__flow": [
        (
            44,
            "WAC509",
            "error",
            (
                "`results` is not defined in a step's `sleep`: Windmill evaluates it without "
                "the flow's step results (it runs when the next step is pushed: read the "
                "step's own `result`): evaluating it throws a ReferenceError and the step "
                "fails"
            ),
        ),
    ],
    "m_press_release_branchall_sibling__flow": [
        (
            76,
            "WAC503",
            "error",
            (
                "`results.publish_web` is in another branch of `distribute`, and with "
                "`parallel: true` the branches run at the same time: it is null unless that "
                "branch happens to finish first"
            ),
        ),
    ],
    "m_receipts_ocr_retry_settings__flow": [
        (
            60,
            "WAC500",
            "error",
            (
                "exponential retries need `seconds` (the backoff base) above 0, but it is 0: "
                "Windmill refuses the flow when it is saved or pushed (\"Module 'ocr': "
                'Exponential backoff base (seconds) must be greater than 0")'
            ),
        ),
        (
            74,
            "WAC500",
            "error",
            (
                "`priority` is read as a whole number, but the value is 1.5: Windmill "
                'refuses the flow when it is saved or pushed ("Invalid flow value")'
            ),
        ),
    ],
    "m_reconcile_wac_step_clock__flow": [
        (
            65,
            "WAC102",
            "error",
            (
                "`datetime.now` reads the clock: the value changes between replays of the "
                "workflow body; capture it with `step(...)`"
            ),
        ),
    ],
    "m_status_page_flow_env_name__flow": [
        (
            40,
            "WAC504",
            "error",
            (
                "`flow_env.API_URL` is not a variable of this flow's `flow_env` (it defines "
                "`API_BASE`, `STATUSPAGE_API`, `STATUSPAGE_COMPONENT`, `STATUSPAGE_PAGE`): "
                "Windmill has no such variable, so the expression gets no value for it"
            ),
        ),
    ],
    "m_stock_count_while_stop_after__flow": [
        (
            22,
            "WAC510",
            "error",
            (
                "while loop `batches` has no `stop_after_if`, on itself or on a step of its "
                "body: nothing ends it, so it runs until one of its steps fails, which fails "
                "the flow"
            ),
        ),
        (
            55,
            "WAC503",
            "error",
            (
                "`results.batches[results.batches.length - 1]?.remaining`: an entry of the "
                "result of loop `batches` is the result of the last step of its body, "
                "`assign_counts`, and every `return` of step `assign_counts`'s `main` gives "
                "an object with `assigned` and no `remaining`, so it is undefined"
            ),
        ),
    ],
    "m_ticket_triage_ts_params__flow": [
        (
            42,
            "WAC506",
            "warning",
            "`maxQueueDepth` is a number, but the static value is a string",
        ),
        (
            54,
            "WAC506",
            "error",
            (
                "`main` of assign.ts takes `ticketId` (no default), but `input_transforms` "
                "gives it no value"
            ),
        ),
        (
            55,
            "WAC506",
            "warning",
            ("`ticket_id` is not a parameter of `main` of assign.ts: the value goes nowhere"),
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


def test_every_marker_is_pinned() -> None:
    # the `expect: WACxxx` markers in flow.yaml are the findings pinned above, and
    # every finding pinned has its marker
    for name, want in EXPECTED.items():
        lines = flow_file(ROOT / name).read_text().splitlines()
        marked = [
            (i, code.strip())
            for i, line in enumerate(lines, 1)
            if "expect:" in line  # `# expect:`, or `// expect:` in a step's code
            for code in line.split("expect:")[1].split(",")
        ]
        assert set(marked) == {(r, c) for r, c, _, _ in want}, name


@pytest.mark.parametrize(
    "name", [f.name for f in sorted(ROOT.iterdir()) if f.name.startswith("ok_")]
)
def test_correct_flows_have_no_finding(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == []


def test_the_scripts_and_the_subflow_called_by_path_have_no_finding() -> None:
    lib = ROOT / "lib"
    for script in sorted([*lib.glob("*.py"), *lib.glob("*.ts")]):
        assert file_findings(script) == [], script.name
    assert file_findings(flow_file(lib / "page_oncall__flow")) == []


def test_the_correct_flows_are_fifteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 15
