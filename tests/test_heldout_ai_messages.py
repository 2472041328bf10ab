"""Red team AI-F (blind flows, `tests/flows/repo/f/heldout_ai`): 31 whole flows as teams
and agents write them (`wmill sync pull` folders with `'!inline ...'` scripts in Python,
Bun and Deno TypeScript, PostgreSQL, MS SQL, Bash, PowerShell and GraphQL, a Python and a
TypeScript script by path in `lib/`): web APIs in expressions, which Windmill's bare
expression runtime lacks (`btoa`, `new URL`, `crypto.randomUUID()`, `fetch` in a
`skip_if`, `TextEncoder` in a branch condition, `structuredClone`), files handed on
through `./shared` without `same_worker: true`, `same_worker` at the top of flow.yaml, a
resource input prefixed again with `$res:`, a static transform with an `expr` and a
javascript one with a `value`, a flow input whose name ends in `results` (cut in two by
Windmill's `await` rewrite), `flow_env` read in a callback, a `Set` as a loop's iterator,
a field of a loop's result that only its first step returns, an `enum` compared in the
wrong case, a string date input's `toISOString()`, `resume.x ?? ...` after a branch
holding the approval, `self_approval_disabled` without `user_auth_required`; the correct
flows add their twins, a second loop reading the first's result by `iter.index`, a
GraphQL while loop paging by its own last result, an approval restricted to a group whose
`approvers` are read behind a length test, MS SQL and PowerShell steps. 18 with
mistakes, 13 correct. Every finding with its exact message and severity; the correct
flows have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_flows import folder_tests
from tests.helpers import file_findings

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_ai"

# flows the analysis gets wrong today (strict xfails): remove an entry once it passes
GAPS: dict[str, str] = {}

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_allotments_enum_case__flow": [
        (
            46,
            "WAC504",
            "warning",
            (
                "`flow_input.plot_size` is never `'Full'`: the flow's schema allows only "
                "`quarter`, `half`, `full` (`enum`), which the run form and the triggers built "
                "from it give, so this comparison is always false; did you mean `'full'`?"
            ),
        ),
        (
            63,
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
    "m_beekeeping_fetch_in_skip_if__flow": [
        (
            53,
            "WAC509",
            "error",
            (
                "`fetch` is not defined in a flow expression (a web API: Windmill evaluates "
                "flow expressions in a bare JavaScript runtime, which has the language's own "
                "objects (`JSON`, `Math`, `Date`, `encodeURIComponent`...) but none of the web "
                "platform's: no `fetch`, `URL`, `atob` / `btoa`, `TextEncoder`, `crypto` nor "
                "timers; do this in a step's code): evaluating it throws a ReferenceError and "
                "the step fails"
            ),
        ),
    ],
    "m_blood_bank_input_named_results__flow": [
        (
            43,
            "WAC507",
            "error",
            (
                "`flow_input.screening_results.filter`: Windmill rewrites every `results.<x>`, "
                "`flow_env.<x>`, `variable(` and `resource(` in the text, here too, into "
                "`flow_input.screening_(await results.filter)`, which calls "
                "`flow_input.screening_`, a name nothing defines, and the step fails; read it "
                'as `flow_input["screening_results"]`, or rename `screening_results`'
            ),
        ),
    ],
    "m_bookbindery_resource_prefixed_twice__flow": [
        (
            32,
            "WAC508",
            "error",
            (
                "input `shop_db` is a resource input (`format: resource-postgresql`), which the"
                " run form and the triggers give as a reference already (`$res:<path>`), so "
                "writing `$res:` before it makes `$res:$res:<path>`, which names no resource, "
                "and the step fails; pass `flow_input.shop_db` as it is"
            ),
        ),
    ],
    "m_choir_tour_loop_result_inner_field__flow": [
        (
            76,
            "WAC503",
            "error",
            (
                "`v.capacity`: an entry of the result of loop `venue_checks` is the result of "
                "the last step of its body, `hold_date`, and every `return` of step "
                "`hold_date`'s `main` gives an object with `date`, `held`, `venue_id` and no "
                "`capacity`, so it is undefined"
            ),
        ),
    ],
    "m_city_marathon_resume_after_branch__flow": [
        (
            91,
            "WAC509",
            "error",
            (
                "`resume` is the answer to an approval only in the step right after an approval"
                " (`suspend`) step; after `elite_check` it is null (the approval inside "
                "branchone `elite_check` answers only the step after it in its own branch or "
                "body), so reading a field of it throws and the step fails"
            ),
        ),
    ],
    "m_climbing_gym_random_uuid__flow": [
        (
            63,
            "WAC509",
            "error",
            (
                "`crypto` is not defined in a flow expression (a web API: Windmill evaluates "
                "flow expressions in a bare JavaScript runtime, which has the language's own "
                "objects (`JSON`, `Math`, `Date`, `encodeURIComponent`...) but none of the web "
                "platform's: no `fetch`, `URL`, `atob` / `btoa`, `TextEncoder`, `crypto` nor "
                "timers; do this in a step's code): evaluating it throws a ReferenceError and "
                "the step fails"
            ),
        ),
    ],
    "m_escape_rooms_js_value_key__flow": [
        (
            52,
            "WAC500",
            "error",
            (
                "`value.modules[1].value.input_transforms.team` lacks `expr`, which "
                "JavascriptTransform requires, and has `value`, which JavascriptTransform does "
                "not read: write the value under `expr`"
            ),
        ),
    ],
    "m_farmers_market_iterator_set__flow": [
        (
            36,
            "WAC506",
            "error",
            (
                "`iterator` must give the list to loop over, but this expression gives a `Set`,"
                " which reaches Windmill as `{}` (JSON keeps none of its entries): the flow "
                "runner wants an array and fails at this loop; spread it into a list (`[...new "
                "Set(...)]`, or `Array.from(...)`)"
            ),
        ),
    ],
    "m_ferry_tickets_btoa_header__flow": [
        (
            44,
            "WAC509",
            "error",
            (
                "`btoa` is not defined in a flow expression (a web API: Windmill evaluates flow"
                " expressions in a bare JavaScript runtime, which has the language's own "
                "objects (`JSON`, `Math`, `Date`, `encodeURIComponent`...) but none of the web "
                "platform's: no `fetch`, `URL`, `atob` / `btoa`, `TextEncoder`, `crypto` nor "
                "timers; do this in a step's code): evaluating it throws a ReferenceError and "
                "the step fails"
            ),
        ),
    ],
    "m_glacier_survey_shared_dir__flow": [
        (
            49,
            "WAC500",
            "error",
            (
                "step `cut_tiles` uses the folder `./shared`, as step `download_images` does, "
                "but the flow does not set `same_worker: true` (under `value`): only then do a "
                "flow's steps share that folder; without it each step's job has a folder of its"
                " own, deleted with the job, so what `download_images` left there is gone and "
                "this step fails; set `value.same_worker: true`, or pass the data (or an S3 "
                "object) as a result"
            ),
        ),
    ],
    "m_mushroom_walks_flow_env_in_callback__flow": [
        (
            44,
            "WAC507",
            "error",
            (
                "`flow_env.CDN_BASE` is read inside a function that is not `async`: Windmill "
                "rewrites it as `(await flow_env.CDN_BASE)`, which does not parse there, and "
                "the step fails; read it before the function (`const v = ...`) and use `v` "
                "inside"
            ),
        ),
    ],
    "m_observatory_static_with_expr__flow": [
        (
            55,
            "WAC506",
            "error",
            (
                "`instrument` is a static transform with an `expr`, which Windmill evaluates "
                "only for `type: javascript`: the step does not get the expression's value"
            ),
        ),
    ],
    "m_pottery_kiln_same_worker_top_level__flow": [
        (
            2,
            "WAC500",
            "warning",
            (
                "`same_worker` is not a key of OpenFlow itself but of its `value`: Windmill "
                "ignores it here, so the setting is never applied; nest it (`value: "
                "{same_worker: ...}`)"
            ),
        ),
    ],
    "m_print_shop_text_encoder__flow": [
        (
            53,
            "WAC509",
            "error",
            (
                "`TextEncoder` is not defined in a flow expression (a web API: Windmill "
                "evaluates flow expressions in a bare JavaScript runtime, which has the "
                "language's own objects (`JSON`, `Math`, `Date`, `encodeURIComponent`...) but "
                "none of the web platform's: no `fetch`, `URL`, `atob` / `btoa`, `TextEncoder`,"
                " `crypto` nor timers; do this in a step's code): evaluating it throws a "
                "ReferenceError and the step fails"
            ),
        ),
    ],
    "m_seed_library_url_host__flow": [
        (
            32,
            "WAC509",
            "error",
            (
                "`URL` is not defined in a flow expression (a web API: Windmill evaluates flow "
                "expressions in a bare JavaScript runtime, which has the language's own objects"
                " (`JSON`, `Math`, `Date`, `encodeURIComponent`...) but none of the web "
                "platform's: no `fetch`, `URL`, `atob` / `btoa`, `TextEncoder`, `crypto` nor "
                "timers; do this in a step's code): evaluating it throws a ReferenceError and "
                "the step fails"
            ),
        ),
    ],
    "m_tailor_fittings_string_date_method__flow": [
        (
            49,
            "WAC504",
            "error",
            (
                "`flow_input.fitting_at.toISOString`: input `fitting_at` is a string in the "
                "flow's schema, which the run form and the triggers built from it give, and a "
                "string has no `toISOString`, so this is undefined (a call of it throws a "
                "TypeError)"
            ),
        ),
    ],
    "m_wildlife_cams_structured_clone__flow": [
        (
            63,
            "WAC509",
            "error",
            (
                "`structuredClone` is not defined in a flow expression (a web API: Windmill "
                "evaluates flow expressions in a bare JavaScript runtime, which has the "
                "language's own objects (`JSON`, `Math`, `Date`, `encodeURIComponent`...) but "
                "none of the web platform's: no `fetch`, `URL`, `atob` / `btoa`, `TextEncoder`,"
                " `crypto` nor timers; do this in a step's code; "
                "`JSON.parse(JSON.stringify(x))` copies a JSON value): evaluating it throws a "
                "ReferenceError and the step fails"
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


@pytest.mark.parametrize("script", ["send_sms.ts", "render_farm_pdf.py"])
def test_the_scripts_called_by_path_have_no_finding(script: str) -> None:
    assert file_findings(ROOT / "lib" / script) == []


def test_the_correct_flows_are_thirteen() -> None:
    assert len([f for f in ROOT.iterdir() if f.name.startswith("ok_")]) == 13
