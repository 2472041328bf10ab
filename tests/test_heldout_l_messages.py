"""Red team L (blind flows, `tests/flows/repo/f/heldout_l`): every finding with its exact
message, each checked against the flow guide, the OpenFlow schema wmill validates with
and the signatures windmill-oracle reads (`tests/flows/golden/signatures.jsonl`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_l"

EXPECTED = {
    "m_after_loop_reads_iter__flow": [
        (
            18,
            "WAC505",
            "`flow_input.iter` exists only inside a loop's modules; this step is not inside a loop",
        ),
    ],
    "m_approval_groups_undeclared.flow": [
        (
            11,
            "WAC500",
            "`user_groups_required` takes effect only with `user_auth_required: true`: "
            "Windmill checks approvers against it only when the approval requires a logged-in "
            "user, so here anyone with the approval link, in those groups or not, can approve; "
            "add `user_auth_required: true`",
        ),
        (
            11,
            "WAC504",
            "`flow_input.approver_groups` is not an input of this flow (its schema "
            "declares `amount`): nothing asks for it, so it is undefined unless a "
            "caller passes it anyway",
        ),
    ],
    "m_bash_path_renamed__flow": [
        (
            8,
            "WAC506",
            "the bash script cleanup.sh takes `dir` (no default), but "
            "`input_transforms` gives it no value",
        ),
        (
            9,
            "WAC506",
            "`directory` is not a parameter of the bash script cleanup.sh: the value goes nowhere",
        ),
    ],
    "m_branch_expr_reads_own_step.flow": [
        (
            8,
            "WAC503",
            "`results.validate` is inside this step (`route`), which has not run it yet",
        ),
    ],
    "m_branch_expr_syntax.flow": [
        (
            12,
            "WAC507",
            "the branch condition expression does not parse as JavaScript near "
            "`flow_input.amount >`: the step fails when Windmill evaluates it",
        ),
    ],
    "m_branch_reads_other_branch__flow": [
        (
            24,
            "WAC503",
            "`results.handle_a` is in another branch of `route`: a branchone runs only one "
            "branch, so here it is null",
        ),
    ],
    "m_branchone_no_default.flow": [
        (
            6,
            "WAC500",
            "`value.modules[0].value` lacks `default`, which BranchOne requires",
        ),
    ],
    "m_continue_on_error_string.flow": [
        (
            5,
            "WAC500",
            "`value.modules[0].continue_on_error` is a string, but FlowModule wants a boolean",
        ),
    ],
    "m_deno_typo_param.flow": [
        (
            12,
            "WAC506",
            "`main` of step `greet` takes `name` (no default), but "
            "`input_transforms` gives it no value",
        ),
        (
            13,
            "WAC506",
            "`nme` is not a parameter of `main` of step `greet`: the value goes nowhere",
        ),
    ],
    "m_duplicate_in_while.flow": [
        (
            11,
            "WAC501",
            "module id `fetch` is already used on line 4: `results.fetch` can name only one step",
        ),
    ],
    "m_failure_wrong_id__flow": [
        (
            7,
            "WAC502",
            "the failure_module must have the id `failure`, not `on_error`",
        ),
    ],
    "m_go_path_missing_lon.flow": [
        (
            8,
            "WAC506",
            "`main` of geo.go takes `lon` (no default), but `input_transforms` gives it no value",
        ),
    ],
    "m_inline_deno_py_file__flow": [
        (
            8,
            "WAC500",
            "`hello.py` is a Python file, but step `hello` has `language: deno`: "
            "Windmill runs its text as deno code",
        ),
    ],
    "m_iterator_syntax__flow": [
        (
            14,
            "WAC507",
            "the iterator expression does not parse as JavaScript near "
            "`results.list.map((x) => x.id`: the step fails when Windmill evaluates "
            "it",
        ),
    ],
    "m_loop_no_skip_failures__flow": [
        (
            6,
            "WAC500",
            "`value.modules[0].value` lacks `skip_failures`, which ForloopFlow requires",
        ),
    ],
    "m_nested_loop_inner_read_after__flow": [
        (
            33,
            "WAC503",
            "`results.greet`: `greet` is inside loop `members`, so after the loop it reads "
            "only the last iteration's result (null if no iteration ran); "
            "`results.members` has one result per iteration",
        ),
    ],
    "m_parallelism_unknown_step.flow": [
        (
            14,
            "WAC503",
            "`results.conf` names no step of this flow; did you mean `results.config`?",
        ),
    ],
    "m_preprocessor_reads_results__flow": [
        (
            10,
            "WAC503",
            "`results.first`: the preprocessor runs before every step, so no step "
            "result exists yet",
        ),
    ],
    "m_python_bool_given_string__flow": [
        (
            12,
            "WAC506",
            "`dry_run` is a boolean, but the static value is a string",
        ),
    ],
    "m_res_empty_path.flow": [
        (
            9,
            "WAC508",
            "`$res:` is not a resource reference: Windmill resolves only "
            "`$res:<folder or user path>/<name>` and passes this string as it is",
        ),
    ],
    "m_resource_plain_path__flow": [
        (
            17,
            "WAC508",
            "`db` is a `postgresql` resource, but the static value is a plain "
            "string, passed as it is; write `$res:f/db/main` if that is the "
            "resource's path",
        ),
    ],
    "m_retry_attempts_word__flow": [
        (
            6,
            "WAC500",
            "`value.modules[0].retry.constant.attempts` is a string, but Retry wants an integer",
        ),
    ],
    "m_skip_if_reads_self__flow": [
        (
            5,
            "WAC503",
            "`results.sync` is this step's own result, which does not exist before it runs",
        ),
    ],
    "m_sleep_undeclared_input__flow": [
        (
            9,
            "WAC504",
            "`flow_input.wait_seconds` is not an input of this flow (its schema "
            "declares `delay_seconds`): nothing asks for it, so it is undefined "
            "unless a caller passes it anyway",
        ),
    ],
    "m_subflow_bad_enum.flow": [
        (
            10,
            "WAC506",
            "`xlsx` is not one of the values `format` accepts (csv, pdf)",
        ),
    ],
    "m_subflow_missing_month__flow": [
        (
            8,
            "WAC506",
            "flow f/heldout_l/lib/report takes `month` (no default), but "
            "`input_transforms` gives it no value",
        ),
    ],
    "m_subflow_path_missing__flow": [
        (
            7,
            "WAC401",
            "`f/heldout_l/lib/monthly_report` matches no flow in this repository",
        ),
    ],
    "m_template_unknown_input.flow": [
        (
            14,
            "WAC504",
            "`flow_input.nmae` is not an input of this flow (its schema declares "
            "`name`): nothing asks for it, so it is undefined unless a caller passes "
            "it anyway",
        ),
    ],
    "m_timeout_reads_later.flow": [
        (
            5,
            "WAC503",
            "`results.limits`: step `limits` runs after this one",
        ),
    ],
    "m_top_iterator_reads_iter.flow": [
        (
            8,
            "WAC505",
            "`flow_input.iter` exists only inside a loop's modules; the loop's own "
            "iterator is evaluated before any iteration",
        ),
    ],
    "m_ts_array_given_string.flow": [
        (
            10,
            "WAC506",
            "`tags` is an array, but the static value is a string",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    path = next(p for p in (ROOT / name).iterdir() if p.name.startswith("flow."))
    result = analyze_bytes(path.read_bytes(), str(path))
    assert [(f.row, f.code, f.message) for f in result.findings] == EXPECTED[name]


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name == "lib" or folder.name.startswith("m_"):
            continue
        path = next(p for p in folder.iterdir() if p.name.startswith("flow."))
        assert analyze_bytes(path.read_bytes(), str(path)).findings == [], folder.name
