"""Red team N (blind flows, `tests/flows/repo/f/heldout_n`): workspace items reached by
path, control flow (while loops, branchall and loop results, stop conditions), the
special modules and rarer module shapes. Every finding with its exact message, each
checked against the OpenFlow schema wmill validates with and Windmill's flow runner
(windmill-worker `worker_flow.rs`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_n"

EXPECTED = {
    "m_rust_path_missing_currency.flow": [
        (
            8,
            "WAC506",
            "`main` of convert.rs takes `currency` (no default), but `input_transforms` "
            "gives it no value",
        ),
    ],
    "m_ansible_missing_target__flow": [
        (
            9,
            "WAC506",
            "`extra_vars` of deploy.playbook.yml takes `target` (no default), but "
            "`input_transforms` gives it no value",
        ),
    ],
    "m_while_subflow_only__flow": [
        (
            4,
            "WAC510",
            "while loop `again` has no `stop_after_if`, on itself or on a step of its "
            "body: nothing ends it, so it runs forever: with `skip_failures: true` not "
            "even a failed iteration ends it",
        ),
    ],
    "m_preprocessor_main_only__flow": [
        (
            12,
            "WAC506",
            "the code of step `preprocessor` defines no `preprocessor` function: the "
            "preprocessor module runs that function (Windmill sets the step's entrypoint "
            "to `preprocessor`), not `main`, so the step fails; name the function "
            "`preprocessor`",
        ),
    ],
    "m_preprocessor_ts_file_main.flow": [
        (
            8,
            "WAC506",
            "preprocessor.ts defines no `preprocessor` function: the preprocessor module "
            "runs that function (Windmill sets the step's entrypoint to `preprocessor`), "
            "not `main`, so the step fails; name the function `preprocessor`",
        ),
    ],
    "m_failure_script_missing_channel__flow": [
        (
            11,
            "WAC506",
            "`main` of notify.py takes `channel` (no default), but `input_transforms` "
            "gives it no value",
        ),
    ],
    "m_user_script_missing.flow": [
        (7, "WAC401", "`u/alice/greet` matches no script in this repository"),
    ],
    "m_branch_skip_failure_typo__flow": [
        (
            10,
            "WAC500",
            "`value.modules[0].value.branches[0].skip_failures` is not a key BranchAll "
            "reads (did you mean `skip_failure`?): Windmill ignores it",
        ),
    ],
    "m_cache_ttl_word__flow": [
        (5, "WAC500", "`value.modules[0].cache_ttl` is a string, but FlowModule wants a number"),
    ],
    "m_php_inline_file_extra__flow": [
        (11, "WAC506", "`count` is not a parameter of `main` of greet.php: the value goes nowhere"),
    ],
    "m_loop_result_field_in_iterator__flow": [
        (
            24,
            "WAC503",
            "`results.fetch_all.items`: the result of loop `fetch_all` is a list with one "
            "entry per iteration, which has no `items`; index it or map over it "
            "(`results.fetch_all.map((r) => r.items)`)",
        ),
    ],
    "m_php_missing_name.flow": [
        (
            14,
            "WAC506",
            "`main` of step `greet` takes `name` (no default), but `input_transforms` "
            "gives it no value",
        ),
    ],
    "m_rust_missing_who__flow": [
        (
            17,
            "WAC506",
            "`main` of step `shout` takes `who` (no default), but `input_transforms` gives "
            "it no value",
        ),
    ],
    "m_csharp_extra_input.flow": [
        (20, "WAC506", "`c` is not a parameter of `Main` of step `sum`: the value goes nowhere"),
    ],
    "m_ruby_missing_name__flow": [
        (
            12,
            "WAC506",
            "`main` of step `hello` takes `name` (no default), but `input_transforms` "
            "gives it no value",
        ),
    ],
    "m_while_no_exit__flow": [
        (
            4,
            "WAC510",
            "while loop `poll` has no `stop_after_if`, on itself or on a step of its body: "
            "nothing ends it, so it runs until one of its steps fails, which fails the "
            "flow",
        ),
    ],
    "m_loop_stop_error_message__flow": [
        (
            23,
            "WAC500",
            "Windmill drops `error_message` on a loop's `stop_after_if`: a true condition "
            "only ends the loop, and the flow goes on with the next step without an error; "
            "put the condition on the step inside the loop, or use "
            "`stop_after_all_iters_if`",
        ),
    ],
    "m_parallelism_without_parallel.flow": [
        (
            14,
            "WAC500",
            "`parallelism` caps the iterations run at once only when the loop has "
            "`parallel: true`; this loop runs its iterations one at a time, so the setting "
            "does nothing",
        ),
    ],
    "m_branchall_result_by_step.flow": [
        (
            31,
            "WAC503",
            "`results.fan.left`: the result of branchall `fan` is a list with one entry "
            "per branch, which has no `left`; read `results.fan[0]`",
        ),
        (
            32,
            "WAC503",
            "`results.fan.right`: the result of branchall `fan` is a list with one entry "
            "per branch, which has no `right`; read `results.fan[1]`",
        ),
    ],
    "m_custom_key_number.flow": [
        (
            11,
            "WAC500",
            "`value.modules[0].value.custom_concurrency_key` is an integer, but RawScript "
            "wants a string",
        ),
    ],
    "m_dup_id_loop_and_top.flow": [
        (
            21,
            "WAC501",
            "module id `clean` is already used on line 14: `results.clean` can name only one step",
        ),
    ],
    "m_early_return_in_branch__flow": [
        (
            7,
            "WAC503",
            "`early_return` names `fast`, a step inside `route`: the flow editor offers "
            "only top-level steps for the early return, and a step inside a loop or branch "
            "has no single result to return",
        ),
    ],
    "m_failure_reads_err.flow": [
        (
            13,
            "WAC509",
            "`err` is not defined in a flow expression (did you mean `error`?): evaluating "
            "it throws a ReferenceError and the step fails",
        ),
    ],
    "m_flow_path_is_script__flow": [
        (
            7,
            "WAC401",
            "`f/heldout_n/lib/notify` is a script (f/heldout_n/lib/notify.py), but this "
            "step's `type: flow` runs a flow: Windmill finds none at that path and the "
            "step fails; use `type: script`",
        ),
    ],
    "m_loop_result_by_step__flow": [
        (
            27,
            "WAC503",
            "`results.each.score`: the result of loop `each` is a list with one entry per "
            "iteration, which has no `score`; index it or map over it "
            "(`results.each.map((r) => r.score)`)",
        ),
    ],
    "m_preprocessor_wrong_id__flow": [
        (4, "WAC502", "the preprocessor_module must have the id `preprocessor`, not `prepare`"),
    ],
    "m_retry_if_reads_later__flow": [
        # `evaluate_retry` passes no `by_id` to the evaluator: no `results` in `retry_if`
        (
            13,
            "WAC509",
            "`results` is not defined in `retry_if`: Windmill evaluates it without the flow's "
            "step results (read the failed attempt's `result` and `flow_input`): evaluating it "
            "throws a ReferenceError and the step fails",
        ),
    ],
    "m_script_path_bool_as_string__flow": [
        (11, "WAC506", "`urgent` is a boolean, but the static value is a string"),
    ],
    "m_script_path_missing_channel__flow": [
        (
            8,
            "WAC506",
            "`main` of notify.py takes `channel` (no default), but `input_transforms` "
            "gives it no value",
        ),
    ],
    "m_script_path_typo_target.flow": [
        (
            7,
            "WAC401",
            "`f/heldout_n/lib/notfy` matches no script in this repository; did you mean "
            "`f/heldout_n/lib/notify`?",
        ),
    ],
    "m_script_path_unknown_key.flow": [
        (
            11,
            "WAC506",
            "`urgency` is not a parameter of `main` of notify.py: the value goes nowhere",
        ),
    ],
    "m_subflow_json_batch_word__flow": [
        (10, "WAC506", "`batch` is an integer, but the static value is a string"),
    ],
    "m_subflow_json_missing_source.flow": [
        (
            8,
            "WAC506",
            "flow f/heldout_n/lib/ingest takes `source` (no default), but "
            "`input_transforms` gives it no value",
        ),
    ],
    "m_while_stop_reads_inner__flow": [
        (
            17,
            "WAC503",
            "`results.page` is a step inside loop `pages`, whose `stop_after_if` cannot "
            "read its steps' results, so the loop never stops; use `result` (the last "
            "iteration's result) or put the `stop_after_if` on that step",
        ),
    ],
}


def findings(text: str, tmp_path: Path, name: str = "flow.yaml") -> list[tuple[int, str, str]]:
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.message) for f in result.findings]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    path = next(p for p in (ROOT / name).iterdir() if p.name.startswith("flow."))
    result = analyze_bytes(path.read_bytes(), str(path))
    assert [(f.row, f.code, f.message) for f in result.findings] == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name == "lib" or folder.name.startswith("m_"):
            continue
        path = next(p for p in folder.iterdir() if p.name.startswith("flow."))
        assert analyze_bytes(path.read_bytes(), str(path)).findings == [], folder.name


WHILE_SELF = """\
summary: s
value:
  modules:
    - id: pages
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: page
            value:
              type: rawscript
              language: bun
              content: "export async function main(n: number) { return { n, done: n > 3 } }"
              input_transforms:
                n: {type: javascript, expr: READ}
            stop_after_if:
              expr: result.done
"""


@pytest.mark.parametrize(
    "read",
    [
        "(results.page?.n ?? 0) + 1",
        "results.page ? results.page.n + 1 : 0",
        "(results.page || {n: 0}).n + 1",
    ],
)
def test_while_step_reads_its_previous_result_with_a_fallback(read: str, tmp_path: Path) -> None:
    assert findings(WHILE_SELF.replace("READ", f"'{read}'"), tmp_path) == []


def test_while_step_reads_its_previous_result_without_a_fallback(tmp_path: Path) -> None:
    assert findings(WHILE_SELF.replace("READ", "results.page.n + 1"), tmp_path) == [
        (
            15,
            "WAC503",
            "`results.page` is this step's result from the previous iteration of while "
            "loop `pages`, which the first iteration does not have: add a fallback "
            "(`results.page ?? ...`, `results.page?.x`)",
        )
    ]


def test_for_loop_step_reading_itself_is_still_reported(tmp_path: Path) -> None:
    text = WHILE_SELF.replace("whileloopflow", "forloopflow").replace(
        "skip_failures: false",
        "skip_failures: false\n        iterator: {type: javascript, expr: '[1, 2]'}",
    )
    assert findings(text.replace("READ", '"results.page ?? 0"'), tmp_path) == [
        (
            16,
            "WAC503",
            "`results.page` is this step's own result, which does not exist before it runs",
        )
    ]


@pytest.mark.parametrize(
    "expr",
    ["results.fan.length", "results.fan[0]", "results.fan.map((r) => r.n)", "results.fan?.[1]"],
)
def test_array_results_read_as_arrays_are_clean(expr: str, tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n"
        "    - id: fan\n"
        "      value:\n"
        "        type: branchall\n"
        "        branches:\n"
        "          - modules:\n"
        "              - id: left\n"
        "                value: {type: identity}\n"
        "          - modules:\n"  # two branches: `[1]` is the second one's result
        "              - id: right\n"
        "                value: {type: identity}\n"
        "    - id: use\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: bun\n"
        '        content: "export async function main(x: any) { return x }"\n'
        "        input_transforms:\n"
        f'          x: {{type: javascript, expr: "{expr}"}}\n'
    )
    assert findings(text, tmp_path) == []


def test_branchone_result_property_is_not_an_array_read(tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n"
        "    - id: route\n"
        "      value:\n"
        "        type: branchone\n"
        "        branches: []\n"
        "        default:\n"
        "          - id: only\n"
        "            value: {type: identity}\n"
        "    - id: use\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: bun\n"
        '        content: "export async function main(x: any) { return x }"\n'
        "        input_transforms:\n"
        '          x: {type: javascript, expr: "results.route.status"}\n'
    )
    assert findings(text, tmp_path) == []


BRANCHES = """\
summary: s
value:
  modules:
    - id: fan
      value:
        type: KIND
        BRANCHES
      STOP:
        expr: result.length > 0
"""


def test_stop_after_if_on_a_branchall_is_never_evaluated(tmp_path: Path) -> None:
    text = (
        BRANCHES.replace("KIND", "branchall")
        .replace("BRANCHES", "branches: [{modules: [{id: a, value: {type: identity}}]}]")
        .replace("STOP", "stop_after_if")
    )
    assert findings(text, tmp_path) == [
        (
            8,
            "WAC500",
            "Windmill never evaluates `stop_after_if` on a branchall; use "
            "`stop_after_all_iters_if`, which it evaluates after the last branch with "
            "`result` the list of the branches' results",
        )
    ]
    clean = text.replace("stop_after_if", "stop_after_all_iters_if")
    assert findings(clean, tmp_path) == []


BRANCHALL_CONDITIONS = """\
summary: s
value:
  modules:
    - id: fetch
      value:
        type: branchall
        parallel: true
        branches:
          - summary: fetch when healthy
            expr: FIRST
            parallel: true
            modules: [{id: a, value: {type: identity}}]
          - summary: fallback
            expr: SECOND
            modules: [{id: b, value: {type: identity}}]
"""


def test_a_condition_on_a_branchall_branch_is_never_evaluated(tmp_path: Path) -> None:
    text = BRANCHALL_CONDITIONS.replace("FIRST", "flow_input.healthy").replace(
        "SECOND", "'!flow_input.healthy'"
    )
    assert findings(text, tmp_path) == [
        (
            row,
            "WAC500",
            f"branch {n} of branchall `fetch` has an `expr`, which Windmill never evaluates: "
            "a branchall runs every branch, so this one runs whatever its condition says; "
            "to run a branch only when its condition holds, make `fetch` a `branchone` (it "
            "runs the first branch whose `expr` is true)",
        )
        for n, row in ((1, 10), (2, 14))
    ]


@pytest.mark.parametrize(("first", "second"), [("''", "'false'"), ("'true'", "''")])
def test_the_flow_editors_branchall_conditions_are_not_reported(
    first: str, second: str, tmp_path: Path
) -> None:
    # the editor writes `expr: ''` on branchall branches, `'false'` on one added later
    text = BRANCHALL_CONDITIONS.replace("FIRST", first).replace("SECOND", second)
    assert findings(text, tmp_path) == []


def test_stop_after_all_iters_if_on_a_branchone_is_never_evaluated(tmp_path: Path) -> None:
    text = (
        BRANCHES.replace("KIND", "branchone")
        .replace("BRANCHES", "branches: []\n        default: [{id: a, value: {type: identity}}]")
        .replace("STOP", "stop_after_all_iters_if")
    )
    assert findings(text, tmp_path) == [
        (
            9,
            "WAC500",
            "`stop_after_all_iters_if` is read only on a loop, after its last iteration; "
            "Windmill never evaluates it on this branchone step: use `stop_after_if`",
        )
    ]


def test_parallelism_with_parallel_true_is_clean(tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n"
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: '[1, 2]'}\n"
        "        skip_failures: false\n"
        "        parallel: PARALLEL\n"
        "        parallelism: {type: static, value: 2}\n"
        "        modules: [{id: a, value: {type: identity}}]\n"
    )
    assert findings(text.replace("PARALLEL", "true"), tmp_path) == []
    assert [code for _, code, _ in findings(text.replace("PARALLEL", "false"), tmp_path)] == [
        "WAC500"
    ]


WHILE = """\
summary: s
value:
  modules:
    - id: poll
      value:
        type: whileloopflow
        skip_failures: false
        modules:
          - id: route
            value:
              type: branchone
              branches: []
              default:
                - id: check
                  value: {type: identity}
                  STOP
"""


@pytest.mark.parametrize(
    "stop",
    ["stop_after_if: {expr: result.done}", "stop_after_if: {expr: 'true', skip_if_stopped: true}"],
)
def test_a_stop_on_a_step_in_a_branch_of_the_body_ends_the_while_loop(
    stop: str, tmp_path: Path
) -> None:
    assert findings(WHILE.replace("STOP", stop), tmp_path) == []


def test_a_stop_inside_a_nested_loop_does_not_end_the_outer_while_loop(tmp_path: Path) -> None:
    text = WHILE.replace(
        "type: branchone",
        "type: forloopflow\n"
        "              skip_failures: false\n"
        "              iterator: {type: javascript, expr: '[1]'}",
    ).replace("branches: []\n              default:", "modules:")
    text = text.replace("STOP", "stop_after_if: {expr: result.done}")
    assert [(row, code) for row, code, _ in findings(text, tmp_path)] == [(4, "WAC510")]


def test_continue_on_error_lets_a_failing_iteration_end_the_while_loop(tmp_path: Path) -> None:
    text = WHILE.replace("STOP", "").replace(
        "      value:\n        type: whileloopflow",
        "      continue_on_error: true\n      value:\n        type: whileloopflow",
    )
    assert findings(text, tmp_path) == []


def test_a_json_flow_reading_a_misspelt_step_and_a_branchall_field(tmp_path: Path) -> None:
    text = """{
  "summary": "JSON flow",
  "value": {
    "modules": [
      {"id": "fan", "value": {"type": "branchall", "branches": [
        {"modules": [{"id": "a", "value": {"type": "identity"}}]}]}},
      {"id": "show", "value": {"type": "rawscript", "language": "bun",
        "content": "export async function main(v: any, w: any) { return [v, w] }",
        "input_transforms": {
          "v": {"type": "javascript", "expr": "results.fann"},
          "w": {"type": "javascript", "expr": "results.fan.a"}}}}
    ]
  }
}
"""
    assert findings(text, tmp_path, "flow.json") == [
        (10, "WAC503", "`results.fann` names no step of this flow; did you mean `results.fan`?"),
        (
            11,
            "WAC503",
            "`results.fan.a`: the result of branchall `fan` is a list with one entry per "
            "branch, which has no `a`; read `results.fan[0]`",
        ),
    ]


def test_a_subflow_argument_its_schema_lacks_but_it_reads_is_used(tmp_path: Path) -> None:
    # Every argument of a flow step reaches the subflow's flow_input: a name the
    # subflow reads (`flow_input.b ?? ''`) is used, declared or not.
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    sub = tmp_path / "f" / "x" / "sub.flow"
    sub.mkdir(parents=True)
    (sub / "flow.yaml").write_text(
        "summary: sub\n"
        "schema:\n  type: object\n  properties:\n    a: {type: string}\n"
        "value:\n  modules:\n"
        "    - id: s\n      value:\n        type: rawscript\n        language: bun\n"
        '        content: "export async function main(a: string, b: string) { return a + b }"\n'
        "        input_transforms:\n"
        "          a: {type: javascript, expr: flow_input.a}\n"
        "          b: {type: javascript, expr: \"flow_input.b ?? ''\"}\n"
    )
    caller = tmp_path / "f" / "x" / "main.flow"
    caller.mkdir()
    path = caller / "flow.yaml"
    path.write_text(
        "summary: main\nvalue:\n  modules:\n"
        "    - id: call\n      value:\n        type: flow\n        path: f/x/sub\n"
        "        input_transforms:\n"
        "          a: {type: static, value: x}\n"
        "          b: {type: static, value: y}\n"
        "          c: {type: static, value: z}\n"
    )
    found = analyze_bytes(path.read_bytes(), str(path)).findings
    assert [(f.row, f.code, f.message) for f in found] == [
        (11, "WAC506", "`c` is not a parameter of flow f/x/sub: the value goes nowhere")
    ]


def test_stop_after_if_on_a_parallel_for_loop_is_not_evaluated(tmp_path: Path) -> None:
    text = (
        "summary: s\nvalue:\n  modules:\n"
        "    - id: each\n"
        "      STOP: {expr: result.length > 100}\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: '[1, 2]'}\n"
        "        skip_failures: true\n"
        "        parallel: PARALLEL\n"
        "        modules: [{id: a, value: {type: identity}}]\n"
    )
    parallel = text.replace("PARALLEL", "true")
    assert findings(parallel.replace("STOP", "stop_after_if"), tmp_path) == [
        (
            5,
            "WAC500",
            "Windmill does not evaluate `stop_after_if` on a loop with `parallel: true`: "
            "its iterations all run; use `stop_after_all_iters_if`, evaluated after the "
            "last one",
        )
    ]
    assert findings(parallel.replace("STOP", "stop_after_all_iters_if"), tmp_path) == []
    sequential = text.replace("PARALLEL", "false").replace("STOP", "stop_after_if")
    assert findings(sequential, tmp_path) == []
