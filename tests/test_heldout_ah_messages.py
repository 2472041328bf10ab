"""Red team AH-F (blind flows, `tests/flows/repo/f/heldout_ah`): 34 whole flows as teams
and agents write them (`wmill sync pull` folders with `'!inline ...'` scripts in Python,
TypeScript and PostgreSQL, a path script, a TypeScript script and a subflow in `lib/`):
an unquoted `expr: !flow_input.dry_run` (a YAML tag: the expression is lost), an
expression written as a YAML mapping or list, a `$res:` path as a javascript expression,
a branchone's result indexed as a list, a subflow ending with a for loop read as an
object, `skip_if_stopped` beside `stop_after_if`, the failure handler under
`error_handler:`, a mocked step with no `return_value`, a condition on a branchall's
branch, an approval form's fields outside `resume_form.schema`, `input_transforms` on an
identity step and on a for loop, `process.env` in an expression, a loop's `parallelism`
reading `flow_input.iter`, renamed parameters of an inline script and of a subflow, a
`15m` timeout, a preprocessor returning camelCase keys; the correct flows add a quoted
`'!flow_input.dry_run'`, `stop_after_if` with `skip_if_stopped`, `resource(...)` and
`variable(...)` in expressions, a mock with its `return_value`, nested loops whose inner
`parallelism` reads the outer item, a failure module reading the last finished iteration
of a sequential loop. 18 with mistakes, 16 correct. Every finding with its exact message
and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_flows import folder_tests
from tests.helpers import file_findings

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ah"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_bakery_wholesale_timeout_words__flow": [
        (
            39,
            "WAC506",
            "error",
            (
                "`timeout` is a number of seconds, but the static value is a string: Windmill "
                "cannot read it and the flow fails at this step"
            ),
        ),
        (
            48,
            "WAC500",
            "error",
            (
                "`value.modules[2].value.input_transforms.orderLists.expr` is a list, but "
                "JavascriptTransform wants a string: YAML reads an unquoted `[ ... ]` as a list; "
                "quote the expression (`'[ ... ]'`)"
            ),
        ),
    ],
    "m_bike_coop_branchall_expr__flow": [
        (
            62,
            "WAC500",
            "warning",
            (
                "branch 3 of branchall `after_close` has an `expr`, which Windmill never "
                "evaluates: a branchall runs every branch, so this one runs whatever its "
                "condition says; to run a branch only when its condition holds, make "
                "`after_close` a `branchone` (it runs the first branch whose `expr` is true)"
            ),
        ),
    ],
    "m_bird_count_parallelism_iter__flow": [
        (
            45,
            "WAC505",
            "error",
            (
                "`flow_input.iter` exists only inside a loop's modules; the loop's own "
                "`parallelism` is evaluated outside its iterations"
            ),
        ),
    ],
    "m_brewery_batch_error_handler_key__flow": [
        (
            70,
            "WAC500",
            "error",
            (
                "`value.error_handler` is not a key Windmill reads (FlowValue has no "
                "`error_handler`), so the step `failure` under it never runs; put it under "
                "`failure_module`"
            ),
        ),
    ],
    "m_coop_orders_js_res_ref__flow": [
        (
            27,
            "WAC507",
            "error",
            (
                "the input transform expression is the resource reference "
                "`$res:f/coop/members_pg` written as JavaScript, where it is a label and a "
                "division: `return $res:f/coop/members_pg` does not parse, and the step fails; "
                "write it as a static value (`type: static`, `value: '$res:f/coop/members_pg'`)"
            ),
        ),
    ],
    "m_dance_recital_process_env__flow": [
        (
            67,
            "WAC509",
            "error",
            (
                "`process` is not defined in a flow expression (Node's `process`: Windmill "
                "evaluates flow expressions in a bare JavaScript runtime, not in Node; read a "
                "setting with `flow_env.<name>` or `variable('<path>')`, and the environment in a "
                "step's code): evaluating it throws a ReferenceError and the step fails"
            ),
        ),
    ],
    "m_drone_survey_mock_no_value__flow": [
        (
            40,
            "WAC503",
            "error",
            (
                "`results.plan_flight.legs`: step `plan_flight` is mocked (`mock.enabled: true`) "
                "without a `return_value`, so its result is null and reading `legs` from it "
                "throws a TypeError"
            ),
        ),
    ],
    "m_hostel_checkin_resume_form_unwrapped__flow": [
        (
            48,
            "WAC500",
            "warning",
            (
                "`value.modules[1].suspend.resume_form.properties` is a JSON Schema keyword, "
                "which Windmill reads only inside `resume_form`'s `schema`: it ignores it here, "
                "so the approval page shows no form fields, and `resume` has none of them; nest "
                "it (`schema: {type: object, properties: ...}`)"
            ),
        ),
    ],
    "m_kiln_firing_expr_mapping__flow": [
        (
            43,
            "WAC500",
            "error",
            (
                "`value.modules[1].value.input_transforms.request.expr` is a mapping, but "
                "JavascriptTransform wants a string: YAML reads an unquoted `{ ... }` as a "
                "mapping; quote the expression (`'{ ... }'`)"
            ),
        ),
    ],
    "m_lost_pets_preprocessor_keys__flow": [
        (
            72,
            "WAC504",
            "error",
            (
                "`flow_input.owner_email`: the preprocessor returns `colour`, `last_seen`, "
                "`ownerEmail`, `reportId`, `species` and no `owner_email`, and a triggered run's "
                "inputs are what it returns, so this reads undefined whenever a trigger starts "
                "the flow"
            ),
        ),
        (
            75,
            "WAC504",
            "error",
            (
                "`flow_input.report_id`: the preprocessor returns `colour`, `last_seen`, "
                "`ownerEmail`, `reportId`, `species` and no `report_id`, and a triggered run's "
                "inputs are what it returns, so this reads undefined whenever a trigger starts "
                "the flow"
            ),
        ),
    ],
    "m_meter_reads_skip_if_tag__flow": [
        (
            57,
            "WAC500",
            "error",
            (
                "YAML reads `!flow_input.dry_run` as a tag, not as part of the value: Windmill's "
                "CLI does not know that tag, drops it and keeps an empty string, so the "
                "expression Windmill evaluates is empty; quote the value "
                "(`'!flow_input.dry_run'`)"
            ),
        ),
    ],
    "m_orchard_harvest_inner_main_renamed__flow": [
        (
            60,
            "WAC506",
            "error",
            (
                "`main` of book_crew.ts takes `crewDays` (no default), but `input_transforms` "
                "gives it no value"
            ),
        ),
        (
            64,
            "WAC506",
            "warning",
            ("`pickerDays` is not a parameter of `main` of book_crew.ts: the value goes nowhere"),
        ),
    ],
    "m_podcast_network_subflow_inputs__flow": [
        (
            23,
            "WAC506",
            "error",
            (
                "flow f/heldout_ah/lib/playlist_rollup takes `day` (no default), but "
                "`input_transforms` gives it no value"
            ),
        ),
        (
            27,
            "WAC506",
            "warning",
            (
                "`date` is not a parameter of flow f/heldout_ah/lib/playlist_rollup: the value "
                "goes nowhere"
            ),
        ),
    ],
    "m_quarry_blast_identity_inputs__flow": [
        (
            60,
            "WAC500",
            "warning",
            (
                "`value.modules[1].value.default[0].value.input_transforms` is not a key of an "
                "identity step (only rawscript, script, flow and aiagent steps read it): Windmill "
                "ignores it here"
            ),
        ),
    ],
    "m_radio_royalties_subflow_list__flow": [
        (
            57,
            "WAC503",
            "error",
            (
                "`results.rollup.total_plays`: flow f/heldout_ah/lib/playlist_rollup returns the "
                "result of its last step, for loop `per_hour`: a list with one entry per "
                "iteration, which has no `total_plays`; index it or map over it"
            ),
        ),
    ],
    "m_ski_school_stop_skip_sibling__flow": [
        (
            31,
            "WAC500",
            "warning",
            (
                "`value.modules[0].skip_if_stopped` is not a key of FlowModule itself but of its "
                "`stop_after_if` or `stop_after_all_iters_if`: Windmill ignores it here, so the "
                "setting is never applied; nest it (`stop_after_if: {skip_if_stopped: ...}`)"
            ),
        ),
    ],
    "m_tram_depot_loop_inputs__flow": [
        (
            40,
            "WAC500",
            "warning",
            (
                "`value.modules[1].value.input_transforms` is not a key of a forloopflow step "
                "(only rawscript, script, flow and aiagent steps read it): Windmill ignores it "
                "here"
            ),
        ),
        (
            64,
            "WAC504",
            "error",
            (
                "`flow_input.technicians` is not an input of this flow (its schema declares "
                "`depot`, `km_threshold`): nothing asks for it, so it is undefined unless a "
                "caller passes it anyway"
            ),
        ),
    ],
    "m_vet_intake_branchone_index__flow": [
        (
            97,
            "WAC503",
            "error",
            (
                "`results.triage[0]`: the result of branchone `triage` is the result of the last "
                "step of the branch it takes (`emergency`, `exotic`, `routine`), which returns an "
                "object (with `note`, `priority`, `room`), not a list, so entry 0 is undefined; "
                "read its fields (`results.triage.note`)"
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


@pytest.mark.parametrize("script", ["notify_crew.py", "score_parcel.ts"])
def test_the_scripts_called_by_path_have_no_finding(script: str) -> None:
    assert file_findings(ROOT / "lib" / script) == []


def test_the_subflow_has_no_finding() -> None:
    assert _findings("lib/playlist_rollup__flow") == []


def test_the_correct_flows_are_sixteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 16
