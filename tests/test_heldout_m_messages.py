"""Red team M (blind flows, `tests/flows/repo/f/heldout_m`): every finding with its exact
message, each checked against the flow guide, the OpenFlow schema wmill validates with,
and what Windmill's flow runner defines in expressions (windmill-worker `worker_flow.rs`,
`js_eval.rs`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_m"
THROWS = "evaluating it throws a ReferenceError and the step fails"

EXPECTED = {
    "m_arrow_reads_later_step__flow": [
        (16, "WAC503", "`results.enrich`: step `enrich` runs after this one"),
        # the read sits in a plain arrow: Windmill's `(await results.enrich)` does not
        # parse there (js_eval.rs), whatever the order of the steps
        (
            16,
            "WAC507",
            "`results.enrich` is read inside a function that is not `async`: Windmill "
            "rewrites it as `(await results.enrich)`, which does not parse there, and the "
            "step fails; read it before the function (`const v = ...`) and use `v` inside",
        ),
    ],
    "m_bracket_hyphen_step__flow": [
        (
            16,
            "WAC503",
            "`results.load-data` names no step of this flow; did you mean `results.load_data`?",
        ),
    ],
    "m_branchall_read_inner_before_end.flow": [
        (
            19,
            "WAC503",
            "`results.left` is in another branch of `fan`, and with `parallel: true` the "
            "branches run at the same time: it is null unless that branch happens to finish "
            "first",
        ),
    ],
    "m_concurrent_limit_string.flow": [
        (3, "WAC500", "`value.concurrent_limit` is a string, but FlowValue wants a number"),
    ],
    "m_error_outside_failure__flow": [
        (
            16,
            "WAC509",
            "`error` is a failed step's error only in the failure module or after a "
            "step with `continue_on_error: true`; after `fetch` there is no error to "
            "read, so the expression throws or reads a placeholder",
        ),
    ],
    "m_flowinput_camel.flow": [
        (
            14,
            "WAC509",
            "`flowInput` is not defined in a flow expression (did you mean "
            f"`flow_input`?): {THROWS}",
        ),
    ],
    "m_inline_ts_file_wrong_type.flow": [
        (11, "WAC506", "`enabled` is a boolean, but the static value is a string"),
    ],
    "m_input_reads_result__flow": [
        (
            16,
            "WAC509",
            "`result` is not defined in an input transform (only in `stop_after_if`, "
            "`skip_if` and the step options); read `previous_result` or "
            f"`results.<id>`: {THROWS}",
        ),
    ],
    "m_iter_without_flow_input.flow": [
        (
            22,
            "WAC509",
            "`iter` is not defined in a flow expression (did you mean "
            f"`flow_input.iter`?): {THROWS}",
        ),
    ],
    "m_loop_iterator_own_id.flow": [
        (
            8,
            "WAC503",
            "`results.pages` is this step's own result, which does not exist before it runs",
        ),
    ],
    "m_optional_chain_typo_step.flow": [
        (
            16,
            "WAC503",
            "`results.fetch_order` names no step of this flow; did you mean "
            "`results.fetch_orders`?",
        ),
    ],
    "m_resume_without_approval.flow": [
        (
            16,
            "WAC509",
            "`resume` is the answer to an approval only in the step right after an "
            "approval (`suspend`) step; after `prepare` it is null, so reading a field "
            "of it throws and the step fails",
        ),
    ],
    "m_skip_if_uses_iter_outside_loop__flow": [
        (
            6,
            "WAC505",
            "`flow_input.iter` exists only inside a loop's modules; this step is not inside a loop",
        ),
    ],
    "m_step_priority_word__flow": [
        (5, "WAC500", "`value.modules[0].priority` is a string, but FlowModule wants a number"),
    ],
    "m_suspend_required_events_word__flow": [
        (
            6,
            "WAC500",
            "`value.modules[0].suspend.required_events` is a string, but FlowModule "
            "wants an integer",
        ),
    ],
    "m_sleep_static_duration.flow": [
        (
            11,
            "WAC506",
            "`sleep` is a number of seconds, but the static value is a string: Windmill "
            "cannot read it and the flow fails at this step",
        ),
    ],
    "m_timeout_static_minutes__flow": [
        (
            5,
            "WAC506",
            "`timeout` is a number of seconds, but the static value is a string: Windmill "
            "cannot read it and the flow fails at this step",
        ),
    ],
    "m_iterator_static_csv.flow": [
        (
            8,
            "WAC506",
            "`iterator` must give the list to loop over, but the static value is a "
            "string: Windmill wants an array and the flow fails at this loop",
        ),
    ],
    "m_parallelism_static_word__flow": [
        (
            13,
            "WAC506",
            "`parallelism` is a number of iterations run at once, but the static value "
            "is a string: Windmill cannot read it and the flow fails at this loop",
        ),
    ],
    "m_var_prefix_space.flow": [
        (
            12,
            "WAC508",
            "`$var: f/secrets/api_token` is not a variable reference: Windmill looks up "
            "the text after `$var:` exactly as the variable's path, which is not "
            "`<folder or user path>/<name>`, finds no variable and the step fails",
        ),
    ],
    "m_python_no_main__flow": [
        (
            12,
            "WAC506",
            "`main` of step `greet` does not exist: the code defines no `main` function, "
            "which Windmill imports to run the step, so the step fails",
        ),
    ],
    "m_duplicate_transform_key__flow": [
        (
            11,
            "WAC500",
            "`limit` is already a key of this mapping (line 10): Windmill's CLI refuses a "
            "YAML mapping with a repeated key (`Map keys must be unique`), so `wmill sync "
            "push` stops on this flow",
        ),
    ],
    "m_flow_env_undeclared.flow": [
        (
            12,
            "WAC504",
            "`flow_env.API_URL` is not a variable of this flow's `flow_env` (it defines "
            "`API_BASE`): Windmill has no such variable, so the expression gets no value "
            "for it",
        ),
    ],
    "m_stop_after_all_iters_on_step.flow": [
        (
            5,
            "WAC500",
            "`stop_after_all_iters_if` is read only on a loop, after its last iteration; "
            "Windmill never evaluates it on this rawscript step: use `stop_after_if`",
        ),
    ],
    "m_resume_two_steps_later__flow": [
        (
            22,
            "WAC509",
            "`resume` is the answer to an approval only in the step right after an "
            "approval (`suspend`) step; after `log` it is null, so reading a field of it "
            "throws and the step fails",
        ),
    ],
    "m_lodash_in_expression.flow": [
        (16, "WAC509", f"`_` is not defined in a flow expression: {THROWS}"),
    ],
    "m_previous_results_typo__flow": [
        (
            16,
            "WAC509",
            "`previous_results` is not defined in a flow expression (did you mean "
            f"`previous_result`?): {THROWS}",
        ),
    ],
    "m_inline_code_wrong_language.flow": [
        (
            8,
            "WAC500",
            "the code of step `greet` is TypeScript, but the step has `language: "
            "python3`: Windmill runs it as python3 code, which fails to parse",
        ),
    ],
    "m_sleep_reads_own_result__flow": [
        (
            5,
            # a step's `sleep` is evaluated with no step context (worker_flow.rs passes no
            # `by_id`): `results` is undefined there, the step's own result is `result`
            "WAC509",
            "`results` is not defined in a step's `sleep`: Windmill evaluates it without the "
            "flow's step results (it runs when the next step is pushed: read the step's own "
            "`result`): evaluating it throws a ReferenceError and the step fails",
        ),
    ],
    "m_skip_expr_undeclared.flow": [
        (
            7,
            "WAC504",
            "`flow_input.dryrun` is not an input of this flow (its schema declares "
            "`dry_run`): nothing asks for it, so it is undefined unless a caller passes "
            "it anyway",
        ),
    ],
    "m_deno_number_given_word__flow": [
        (13, "WAC506", "`size` is a number, but the static value is a string"),
    ],
    "m_moment_in_sleep.flow": [
        (9, "WAC509", f"`moment` is not defined in a flow expression: {THROWS}"),
    ],
    "m_early_return_unknown.flow": [
        (
            3,
            "WAC503",
            "`early_return` names no step of this flow (`acknowledge`): sync endpoints "
            "never get an early result and wait for the whole flow",
        ),
    ],
    "m_early_return_in_loop__flow": [
        (
            7,
            "WAC503",
            "`early_return` names `handle`, a step inside `each`: the flow editor offers "
            "only top-level steps for the early return, and a step inside a loop or "
            "branch has no single result to return",
        ),
    ],
    "m_inline_file_no_main__flow": [
        (
            8,
            "WAC506",
            "`main` of handle.py does not exist: the code defines no `main` function, "
            "which Windmill imports to run the step, so the step fails",
        ),
    ],
    "m_javascript_value_not_expr.flow": [
        (
            14,
            "WAC500",
            "`value.modules[0].value.input_transforms.name` lacks `expr`, which "
            "JavascriptTransform requires, and has `value`, which JavascriptTransform does "
            "not read: write the value under `expr`",
        ),
    ],
    "m_static_with_expr__flow": [
        (
            16,
            "WAC506",
            "`name` is a static transform with an `expr`, which Windmill evaluates only "
            "for `type: javascript`: the step does not get the expression's value",
        ),
    ],
    "m_mock_enabled_word.flow": [
        (
            6,
            "WAC500",
            "`value.modules[0].mock.enabled` is a string, but FlowModule wants a boolean",
        ),
    ],
    "m_all_iters_in_input.flow": [
        (
            22,
            "WAC509",
            "`all_iters` is defined only in a loop's `stop_after_if`; after the loop read "
            f"`results.<loop id>` (one result per iteration): {THROWS}",
        ),
    ],
    "m_continue_on_errors_typo.flow": [
        (
            5,
            "WAC500",
            "`value.modules[0].continue_on_errors` is not a key FlowModule reads (did you "
            "mean `continue_on_error`?): Windmill ignores it",
        ),
    ],
    "m_results_capitalised.flow": [
        (
            12,
            "WAC509",
            f"`Results` is not defined in a flow expression (did you mean `results`?): {THROWS}",
        ),
    ],
    "m_flow_inputs_plural__flow": [
        (
            14,
            "WAC509",
            "`flow_inputs` is not defined in a flow expression (did you mean "
            f"`flow_input`?): {THROWS}",
        ),
    ],
    "m_branchall_skip_failures_typo.flow": [
        (
            9,
            "WAC500",
            "`value.modules[0].value.branches[0].skip_failures` is not a key BranchAll "
            "reads (did you mean `skip_failure`?): Windmill ignores it",
        ),
    ],
    "m_input_transform_singular__flow": [
        (
            6,
            "WAC506",
            "`main` of step `greet` takes `name` (no default), but `input_transforms` "
            "gives it no value",
        ),
        (
            11,
            "WAC500",
            "`value.modules[0].value.input_transform` is not a key RawScript reads (did "
            "you mean `input_transforms`?): Windmill ignores it",
        ),
    ],
    "m_python_script_guard_only.flow": [
        (
            8,
            "WAC506",
            "`main` of step `job` does not exist: the code defines no `main` function, "
            "which Windmill imports to run the step, so the step fails",
        ),
    ],
    "m_rawscript_concurrency_key.flow": [
        (
            11,
            "WAC500",
            "`value.modules[0].value.concurrency_key` is not a key RawScript reads (did "
            "you mean `custom_concurrency_key`?): Windmill ignores it",
        ),
    ],
    "m_error_after_success__flow": [
        (
            25,
            "WAC509",
            "`error` is a failed step's error only in the failure module or after a "
            "step with `continue_on_error: true`; after `process` there is no error to "
            "read, so the expression throws or reads a placeholder",
        ),
    ],
    "m_iterator_static_object.flow": [
        (
            10,
            "WAC506",
            "`iterator` must give the list to loop over, but the static value is an "
            "object: Windmill wants an array and the flow fails at this loop",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    path = next(p for p in (ROOT / name).iterdir() if p.name.startswith("flow."))
    result = analyze_bytes(path.read_bytes(), str(path))
    assert [(f.row, f.code, f.message) for f in result.findings] == EXPECTED[name]


@pytest.mark.parametrize(
    "name",
    [
        "m_stop_after_all_iters_on_step.flow",
        "m_early_return_unknown.flow",
        "m_early_return_in_loop__flow",
    ],
)
def test_settings_that_never_act_are_warnings(name: str) -> None:
    path = ROOT / name / "flow.yaml"
    [finding] = analyze_bytes(path.read_bytes(), str(path)).findings
    assert finding.severity == "warning"


def test_every_mistake_flow_is_pinned() -> None:
    mistakes = {p.name for p in ROOT.iterdir() if p.name.startswith("m_")}
    assert mistakes == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name.startswith("m_"):
            continue
        path = next(p for p in folder.iterdir() if p.name.startswith("flow."))
        assert analyze_bytes(path.read_bytes(), str(path)).findings == [], folder.name


@pytest.mark.parametrize(
    ("text", "looked_up"),
    [
        ("$var:f/secrets/token", None),
        ("$var:u/me/token", None),
        ("$var: f/secrets/token", True),
        ("$var:token", True),
        ("$variable:f/secrets/token", False),
        ("price in $varnish", None),
    ],
)
def test_variable_references(text: str, looked_up: bool | None) -> None:
    from wac_lint.rules.wac508_bad_resource_reference import variable_near_miss

    problem = variable_near_miss(text)
    if looked_up is None:
        assert problem is None
    else:
        assert problem is not None
        assert ("finds no variable" in problem) is looked_up


def test_python_code_under_bun_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True)
    flow = folder / "flow.yaml"
    flow.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: greet\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: bun\n"
        "        content: |\n"
        "          def main(name: str):\n"
        "              return name\n"
        "        input_transforms: {}\n"
    )
    found = analyze_bytes(flow.read_bytes(), str(flow)).findings
    assert [(f.row, f.code, f.message) for f in found] == [
        (
            8,
            "WAC500",
            "the code of step `greet` is Python, but the step has `language: bun`: "
            "Windmill runs it as bun code, which fails to parse",
        )
    ]
