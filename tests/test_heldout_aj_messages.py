"""Red team AJ-F (blind flows, `tests/flows/repo/f/heldout_aj`): 31 whole flows as teams
and agents write them (`wmill sync pull` folders with `'!inline ...'` scripts in Python,
Bun and Deno TypeScript, Go, Bash, PostgreSQL, PowerShell and GraphQL, a Python and a
TypeScript script by path in `lib/`, one subflow two flows call): a script path written
with its file's extension and a subflow path with its folder's `__flow` suffix,
`error.step_id` compared in the failure module with an id no step has, a `$res:`
reference given to a `str` parameter and a `$var:` one to an `int`, a resource flow
input given to a `str` parameter, a `branchone` without `default`, `suspend` and `retry`
written under a step's `value`, `//` comments inside folded (`>`) expressions that
swallow the next lines, an unquoted `0042` for a string parameter (YAML 1.2 reads the
number 42), a boolean approval field compared with `'true'`, a Go step's object result
as a loop's iterator, fields read from a Bash step's result (the last line it prints, a
string), a static `'!inline template.html'` value (wmill inlines only `content`),
`early_return` naming a step in a branchall, a subflow's inner step read from outside,
exponential retries with `seconds: 30` (the base of the power); the correct flows add
their twins and a webhook flow with a Python preprocessor, a GraphQL step, a PowerShell
step and a PostgreSQL step. 17 with mistakes, 14 correct. Every finding with its exact
message and severity; the correct flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_flows import folder_tests
from tests.helpers import file_findings

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_aj"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_aquarium_go_iterator_object__flow": [
        (
            36,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but `results.list_tanks` is not a "
                "list (every `return` of step `list_tanks`'s `main` gives an object): Windmill "
                "wants an array and the flow fails at this loop; loop over one of its list "
                "fields, or `Object.values(results.list_tanks)`"
            ),
        ),
    ],
    "m_bowling_league_folded_chain_comment__flow": [
        (
            68,
            "WAC507",
            "error",
            (
                "this `//` comment also comments out the lines after it: YAML joins the lines "
                "of a `>` block into one, so `.sort((a, b) => b.series - a.series) .slice(0, "
                "10)` is part of the comment and never runs; write the expression as a literal "
                "block (`|`), which keeps its line breaks, or use `/* ... */`"
            ),
        ),
    ],
    "m_canal_locks_script_path_extension__flow": [
        (
            90,
            "WAC401",
            "error",
            (
                "`f/heldout_aj/lib/notify_lockkeeper.py` is the folder (or file) name of script "
                "`f/heldout_aj/lib/notify_lockkeeper`, not its path: `wmill sync pull` adds "
                "that suffix to the name it writes, so Windmill looks for another script and "
                "the job fails; write `f/heldout_aj/lib/notify_lockkeeper`"
            ),
        ),
    ],
    "m_cheese_cave_bash_result_field__flow": [
        (
            53,
            "WAC503",
            "error",
            (
                "`results.read_climate.humidity`: step `read_climate` is a Bash script, whose "
                "result is the last line it prints, as a string that Windmill does not parse "
                "(unless the script writes `./result.json`), which has no `humidity`, so it is "
                "undefined"
            ),
        ),
        (
            64,
            "WAC503",
            "error",
            (
                "`results.read_climate.humidity`: step `read_climate` is a Bash script, whose "
                "result is the last line it prints, as a string that Windmill does not parse "
                "(unless the script writes `./result.json`), which has no `humidity`, so it is "
                "undefined"
            ),
        ),
    ],
    "m_film_festival_static_inline_template__flow": [
        (
            53,
            "WAC500",
            "error",
            (
                "`template` gets the text `!inline schedule_email.html`, not the file's "
                "contents: `wmill sync push` replaces `!inline <file>` only in a step's "
                "`content` (and `lock`), never in an input value; write the text in the value "
                "(a `|` block), or keep it in a variable (`$var:`) or a resource"
            ),
        ),
        (
            96,
            "WAC500",
            "warning",
            (
                "`value.modules[4].value.modules[0].value.retry` is not a key of a rawscript "
                "step's `value` but of the module: Windmill ignores it here; move it beside "
                "`value`"
            ),
        ),
    ],
    "m_ice_rink_resource_to_text_param__flow": [
        (
            70,
            "WAC506",
            "warning",
            (
                "`webhook_url` is a string, but `$res:f/ice_rink/crew_slack_webhook` is "
                "replaced by the resource's value, an object; a secret string belongs in a "
                "variable (`$var:`)"
            ),
        ),
    ],
    "m_lighthouse_branchone_without_default__flow": [
        (
            38,
            "WAC500",
            "error",
            ("`value.modules[1].value` lacks `default`, which BranchOne requires"),
        ),
    ],
    "m_opera_gala_subflow_inner_step__flow": [
        (
            57,
            "WAC503",
            "error",
            ("`results.sold_seats` names no step of this flow"),
        ),
    ],
    "m_opera_house_subflow_folder_path__flow": [
        (
            28,
            "WAC401",
            "error",
            (
                "`f/heldout_aj/ok_opera_seating_plan__flow` is the folder (or file) name of "
                "flow `f/heldout_aj/ok_opera_seating_plan`, not its path: `wmill sync pull` "
                "adds that suffix to the name it writes, so Windmill looks for another flow and "
                "the job fails; write `f/heldout_aj/ok_opera_seating_plan`"
            ),
        ),
    ],
    "m_planetarium_resume_bool_as_text__flow": [
        (
            91,
            "WAC509",
            "warning",
            (
                "`resume.accept` is a boolean in the approval form of `coordinator`, which the "
                "approval page posts as such, and a strict comparison never equates it with the "
                "string `'true'`, so this is always false; compare with `true` / `false`"
            ),
        ),
    ],
    "m_recycling_depot_resource_input_to_text__flow": [
        (
            72,
            "WAC506",
            "warning",
            (
                "`dsn` is a string, but `flow_input.weighbridge_db` is a `postgresql` resource "
                "(the flow's schema: `format: resource-postgresql`), which reaches the step as "
                "the resource's value, an object; type the parameter as the resource "
                "(`postgresql`) and read its fields"
            ),
        ),
    ],
    "m_robotics_lab_suspend_inside_value__flow": [
        (
            53,
            "WAC500",
            "error",
            (
                "step `watch_test_cycle` sends approval links (`get_resume_urls()`) but has no "
                "`suspend`: the links resume this step's own job, which nothing waits on, and "
                "no step of the flow waits for them, so the flow goes on without approval; put "
                "the `suspend` on this step, or ask for flow-level links "
                "(`get_resume_urls(approver, flow_level=True)`), which a later approval step "
                "accepts"
            ),
        ),
        (
            61,
            "WAC500",
            "warning",
            (
                "`value.modules[2].value.suspend` is not a key of a rawscript step's `value` "
                "but of the module: Windmill ignores it here; move it beside `value`"
            ),
        ),
        (
            80,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an approval "
                "(`suspend`) step; after `watch_test_cycle` it is null, so reading a field of "
                "it throws and the step fails"
            ),
        ),
        (
            83,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an approval "
                "(`suspend`) step; after `watch_test_cycle` it is null, so reading a field of "
                "it throws and the step fails"
            ),
        ),
    ],
    "m_rowing_club_leading_zero_code__flow": [
        (
            44,
            "WAC506",
            "warning",
            (
                "`clubCode` is a string, but the static value is an integer (YAML reads the "
                "unquoted `0042` as the number 42, without its leading zeros; quote it, "
                "`'0042'`, to pass the text)"
            ),
        ),
    ],
    "m_salt_mine_variable_to_int__flow": [
        (
            44,
            "WAC506",
            "warning",
            (
                "`quota_tonnes` is an integer, but `$var:f/salt_mine/daily_quota_tonnes` is "
                "replaced by the variable's value, which is always a string"
            ),
        ),
    ],
    "m_sheep_shearing_folded_comment__flow": [
        (
            42,
            "WAC507",
            "error",
            (
                "this `//` comment also comments out the lines after it: YAML joins the lines "
                "of a `>` block into one, so `.map((b) => ({ farm: b.farm, district: "
                "b.district, sheep:...` is part of the comment and never runs; write the "
                "expression as a literal block (`|`), which keeps its line breaks, or use `/* "
                "... */`"
            ),
        ),
    ],
    "m_tattoo_studio_early_return_in_branchall__flow": [
        (
            29,
            "WAC503",
            "warning",
            (
                "`early_return` names `reserve_slot`, a step inside `fan_out`: the flow editor "
                "offers only top-level steps for the early return, and a step inside a loop or "
                "branch has no single result to return"
            ),
        ),
    ],
    "m_tea_importer_failure_step_literal__flow": [
        (
            59,
            "WAC500",
            "warning",
            (
                "exponential retries wait `multiplier * seconds^n` seconds, n counting every "
                "attempt so far: `seconds` is the base of the power, not the first delay, so "
                "these wait 60 s, 30 min, 15 h, 18.2 h (Windmill computes them in 16-bit "
                "integers: past 65535 s the power saturates and the product with `multiplier` "
                "wraps around); use a base of 2 or 3 and set the first delay with `multiplier`"
            ),
        ),
        (
            124,
            "WAC503",
            "error",
            (
                "`error.step_id` is never `'customs_check'`: the failure module's "
                "`error.step_id` is the id of the step that failed, and no step of this flow "
                "has that id, so this comparison is always false; did you mean "
                "`customs_clearance`?"
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


@pytest.mark.parametrize("script", ["notify_lockkeeper.py", "post_bulletin.ts"])
def test_the_scripts_called_by_path_have_no_finding(script: str) -> None:
    assert file_findings(ROOT / "lib" / script) == []


def test_the_correct_flows_are_fourteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 14
