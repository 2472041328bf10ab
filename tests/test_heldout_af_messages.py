"""Red team AF (blind flows, `tests/flows/repo/f/heldout_af`): 25 whole flows as teams write
them (`wmill sync pull` folders with `'!inline ...'` scripts in Python, TypeScript, Bash, Go,
PostgreSQL and Oracle; a Python script called by path with its `.script.yaml`, a hub script):
`approvers` read two steps after the approval, `resume` compared with a value its form's
`enum` does not offer, a retry written flat (`retry: {attempts, seconds}`, which Windmill
ignores) or with `delay` for `seconds`, a for loop iterating a `new Set(...)` (`{}` in JSON),
an unquoted YAML ternary, `stop_after_all_iters_if` on a script step, an integer input whose
schema default is a string, `$variable:` for `$var:`, a dashed webhook input read as
`flow_input.ticket-id`, a `priority` word, an Oracle query given a renamed bind, values outside
a path script's enum; the correct flows add `getResumeUrls` on the suspended step, `approvers`
in the next step, exponential retries with a `retry_if`, folded `>-` expressions, a while loop
paging with the flow's user state, flow-level concurrency / priority / `ws_error_handler_muted`.
12 with mistakes, 13 correct. Every finding with its exact message and severity; the correct
flows have none."""

from __future__ import annotations

from pathlib import Path

from tests.heldout_flows import folder_tests
from tests.helpers import file_findings

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_af"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_compost_pickups_default_string__flow": [
        (
            22,
            "WAC500",
            "warning",
            (
                'the `default` of `batch_size` in the flow\'s input schema is a string `"25"`, '
                "but the property's `type` is `integer`: a run left at its default gets a "
                "string where the steps expect an integer"
            ),
        ),
    ],
    "m_ferry_timetable_all_iters_on_step__flow": [
        (
            55,
            "WAC500",
            "warning",
            (
                "`stop_after_all_iters_if` is read only on a loop, after its last iteration; "
                "Windmill never evaluates it on this rawscript step: use `stop_after_if`"
            ),
        ),
    ],
    "m_festival_presale_unquoted_ternary__flow": [
        (
            61,
            "WAC500",
            "error",
            (
                "YAML does not parse: mapping values are not allowed in this context; the "
                "unquoted value holds `: `, which YAML reads as the start of a mapping: quote "
                "the value (`'...'`, doubling any `'` inside), or write it as a block scalar "
                "(`>-`, the text on the next lines)"
            ),
        ),
    ],
    "m_grant_panel_iterator_set__flow": [
        (
            46,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but this expression gives a `Set`, "
                "which reaches Windmill as `{}` (JSON keeps none of its entries): the flow "
                "runner wants an array and fails at this loop; spread it into a list "
                "(`[...new Set(...)]`, or `Array.from(...)`)"
            ),
        ),
    ],
    "m_helpdesk_webhook_dash_input__flow": [
        (
            45,
            "WAC500",
            "error",
            ("`value.modules[2].priority` is a string, but FlowModule wants a number"),
        ),
        (
            53,
            "WAC504",
            "error",
            (
                "`flow_input.ticket` is not an input of this flow (its schema declares `body`, "
                "`requester-email`, `subject`, `ticket-id`): nothing asks for it, so it is "
                "undefined unless a caller passes it anyway"
            ),
        ),
        (
            53,
            "WAC509",
            "error",
            (
                "`id` is not defined in a flow expression: evaluating it throws a "
                "ReferenceError and the step fails"
            ),
        ),
    ],
    "m_lab_samples_retry_flat__flow": [
        (
            68,
            "WAC500",
            "warning",
            (
                "`value.modules[1].value.modules[0].retry.attempts` is not a key of Retry "
                "itself but of its `constant` or `exponential`: Windmill ignores it here, so "
                "the setting is never applied; nest it (`constant: {attempts: ...}`)"
            ),
        ),
        (
            69,
            "WAC500",
            "warning",
            (
                "`value.modules[1].value.modules[0].retry.seconds` is not a key of Retry itself "
                "but of its `constant` or `exponential`: Windmill ignores it here, so the "
                "setting is never applied; nest it (`constant: {seconds: ...}`)"
            ),
        ),
    ],
    "m_ledger_close_oracle_param__flow": [
        (
            24,
            "WAC506",
            "error",
            (
                "the oracledb query unposted.odb.sql takes `period` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            31,
            "WAC506",
            "warning",
            (
                "`fiscal_period` is not a parameter of the oracledb query unposted.odb.sql: the "
                "value goes nowhere"
            ),
        ),
    ],
    "m_permit_review_approvers_later__flow": [
        (
            107,
            "WAC509",
            "error",
            (
                "`approvers` holds the approvers' names only in the step right after an "
                "approval (`suspend`) step; after `record_decision`, `approvers` is an empty "
                "list, so every entry read from it is undefined"
            ),
        ),
    ],
    "m_seed_bank_script_enum__flow": [
        (
            55,
            "WAC506",
            "warning",
            ("`frozen` is not one of the values `storage` accepts (cold, ambient, cryo)"),
        ),
        (
            79,
            "WAC506",
            "warning",
            ("`seed_count` is an integer, but the static value is a string"),
        ),
    ],
    "m_sftp_partner_var_prefix__flow": [
        (
            30,
            "WAC508",
            "error",
            (
                "`$variable:f/partners/feed_signing_key` is not a variable reference: Windmill "
                "resolves only `$var:<folder or user path>/<name>` and passes this string as it "
                "is"
            ),
        ),
    ],
    "m_tide_gauges_retry_delay_key__flow": [
        (
            51,
            "WAC500",
            "warning",
            (
                "`value.modules[0].value.modules[0].retry.constant.delay` is not a key Windmill "
                "reads: `constant` takes only `attempts` and `seconds`, so it ignores `delay` "
                "and the setting it was meant for keeps its default"
            ),
        ),
    ],
    "m_tutor_hiring_resume_enum__flow": [
        (
            76,
            "WAC509",
            "warning",
            (
                "`resume.verdict` is never `'hired'`: the approval form of `head_of_subject` "
                "allows only `hire`, `reject`, `second_demo` (`enum`), which the approval page "
                "offers, so this comparison is always false; did you mean `'hire'`?"
            ),
        ),
    ],
}


(
    _findings,
    test_messages,
    test_every_mistake_flow_is_pinned,
    test_every_marker_is_pinned,
    test_correct_flows_have_no_finding,
) = folder_tests(ROOT, EXPECTED, GAPS)


def test_the_script_called_by_path_has_no_finding() -> None:
    assert file_findings(ROOT / "lib" / "store_accession.py") == []


def test_the_correct_flows_are_thirteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 13
