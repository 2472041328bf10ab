"""Red team P (blind flows, `tests/flows/repo/f/heldout_p`): expressions as Windmill's
evaluator runs them, flows as the UI exports them, and step options of the wrong type.
Every finding with its exact message and severity.

Windmill does not evaluate an expression as written (windmill-worker `js_eval.rs`,
`eval_timeout`): text without `return ` is run as `return <text>`, text with `return `
anywhere as a function body as it is; a condition as `Boolean(<text>)`
(`compute_bool_from_expr` in `worker_flow.rs`); and every `results.<x>`,
`results["<x>"]`, `flow_env.<x>`, `variable(` and `resource(` is rewritten into
`(await ...)` by a regex with no word boundary."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file
from wac_lint.flows.evaluation import EvalProblemKind, evaluation_problems

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_p"

REWRITE = (
    "Windmill rewrites every `results.<x>`, `flow_env.<x>`, `variable(` and `resource(` in "
    "the text, here too, into"
)


# js_eval.rs `handle_full_regex`: `RE_FULL` is `(?m)^(results|flow_env)...$`
API_LINE = (
    "`{read}` is a line of its own: Windmill's API answers a line that is only "
    "`results.<id>.<path>` before running anything (js_eval.rs reads the text in multi-line "
    "mode), so the rest of the {role} expression is ignored and the value is `{read}` itself; "
)

# worker_flow.rs: `approvers.extend(resumes.iter().map(|r| r.approver ... .to_string()))`
APPROVER = (
    "`.{prop}` of an approver: `approvers` lists the approvers' names (strings; the flow "
    "runner collects each resume's `approver`), so it is undefined; use the name itself"
)


def _no_return(place: str, role: str = "input transform") -> str:
    return (
        f"`return ` appears only in {place}, yet Windmill sees it and runs the {role} "
        "expression without prefixing `return`: nothing returns its value, so it is null; "
        "start the expression with `return `"
    )


def _in_function(read: str, verb: str = "read") -> str:
    past = "called" if verb == "call" else "read"
    return (
        f"`{read}` is {past} inside a function that is not `async`: Windmill rewrites it as "
        f"`(await {read})`, which does not parse there, and the step fails; {verb} it before "
        "the function (`const v = ...`) and use `v` inside"
    )


EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_comment_mentions_return__flow": [(16, "WAC507", "error", _no_return("a comment"))],
    "m_string_mentions_return.flow": [(17, "WAC507", "error", _no_return("a string"))],
    "m_return_in_callback_only__flow": [(16, "WAC507", "error", _no_return("a nested function"))],
    "m_iterator_callback_return.flow": [
        (14, "WAC507", "error", _no_return("a nested function", "iterator"))
    ],
    # the rewritten text does not parse, so the missing `return` is not reported too
    "m_function_keyword_callback.flow": [
        (22, "WAC507", "error", _in_function("results.pick")),
    ],
    "m_statements_without_return.flow": [
        (
            17,
            "WAC507",
            "error",
            "the input transform expression is statements without `return`: Windmill "
            "evaluates `return <expression>`, which does not parse, and the step fails; end "
            "it with `return <value>`",
        )
    ],
    "m_skip_if_statements__flow": [
        (
            12,
            "WAC507",
            "error",
            "the skip_if is not one expression: Windmill evaluates it as "
            "`Boolean(<expression>)`, which does not parse, and the step fails",
        )
    ],
    "m_skip_if_return_statements__flow": [
        (
            12,
            "WAC507",
            "error",
            "the skip_if is evaluated as `Boolean(<expression>)`: statements with `return` do "
            "not parse there, and the step fails; write one expression",
        )
    ],
    "m_stop_after_if_callback_return__flow": [
        (
            12,
            "WAC507",
            "error",
            "`return ` appears in a nested function: Windmill then evaluates "
            "`Boolean(<expression>)` without returning it, the condition is null instead of a "
            "boolean, and the step fails; write the callback as an expression "
            "(`(r) => r.done`)",
        )
    ],
    "m_results_in_arrow.flow": [(23, "WAC507", "error", _in_function("results.lookup"))],
    "m_variable_in_arrow__flow": [(17, "WAC507", "error", _in_function("variable(...)", "call"))],
    "m_payload_results_field.flow": [
        (
            17,
            "WAC507",
            "error",
            f"`flow_input.payload.results.length`: {REWRITE} "
            "`flow_input.payload.(await results.length)`, which does not parse, and the step "
            'fails; read the field as `["results"]`',
        )
    ],
    "m_step_result_results_field__flow": [
        (
            16,
            "WAC507",
            "error",
            f"`results.search.results.map`: {REWRITE} `results.search.(await results.map)`, "
            'which does not parse, and the step fails; read the field as `["results"]`',
        )
    ],
    "m_single_quoted_bracket.flow": [
        (
            16,
            "WAC507",
            "error",
            "`results['fetch']` is a Promise here: Windmill awaits only `results.<id>` and "
            '`results["<id>"]` (double quotes), so the expression works on a Promise instead '
            "of the step's result; write `results.<id>`",
        )
    ],
    "m_sleep_reads_step_results__flow": [
        (
            5,
            "WAC509",
            "error",
            "`results` is not defined in a step's `sleep`: Windmill evaluates it without the "
            "flow's step results (it runs when the next step is pushed: read the step's own "
            "`result`): evaluating it throws a ReferenceError and the step fails",
        )
    ],
    "m_retry_if_reads_results.flow": [
        (
            14,
            "WAC509",
            "error",
            "`results` is not defined in `retry_if`: Windmill evaluates it without the flow's "
            "step results (read the failed attempt's `result` and `flow_input`): evaluating it "
            "throws a ReferenceError and the step fails",
        )
    ],
    "m_timeout_negative.flow": [
        (
            5,
            "WAC506",
            "error",
            "`timeout` cannot be negative, but the static value is -1: Windmill refuses it "
            '("Timeout value cannot be negative") and the flow fails at this step',
        )
    ],
    "m_timeout_fraction__flow": [
        (
            5,
            "WAC506",
            "error",
            "`timeout` is read as a whole number, but the static value is 1.5: Windmill "
            "cannot read it and the flow fails at this step",
        )
    ],
    "m_sleep_negative__flow": [
        (
            5,
            "WAC506",
            "error",
            "`sleep` is a number of seconds, but the static value is -5, a negative whole "
            "number: Windmill cannot read it and the flow fails at this step",
        )
    ],
    "m_parallelism_negative.flow": [
        (
            9,
            "WAC506",
            "error",
            "`parallelism` is read as a whole number from 0 to 65535, but the static value is "
            "-2: Windmill cannot read it and the flow fails at this loop",
        )
    ],
    "m_approver_field.flow": [
        (19, "WAC509", "error", APPROVER.format(prop="approver")),
        (20, "WAC509", "error", APPROVER.format(prop="email")),
    ],
    "m_list_result_field.flow": [
        (
            18,
            "WAC503",
            "error",
            "`results.rows.count`: step `rows` returns a list (every `return` of its `main` "
            "gives one), which has no `count`; index it or map over it "
            "(`results.rows.map((r) => r.count)`)",
        )
    ],
    "m_list_result_field_file__flow": [
        (
            17,
            "WAC503",
            "error",
            "`results.fetch_orders.items`: step `fetch_orders` returns a list (every `return` "
            "of its `main` gives one), which has no `items`; index it or map over it "
            "(`results.fetch_orders.map((r) => r.items)`)",
        )
    ],
    "m_branch_first_previous_result__flow": [
        (
            26,
            "WAC509",
            "error",
            "`previous_result` in the first step of a branch of `route` is the flow's input, "
            "not the result of `load`, the step before `route`: `previous_result.rows` is "
            "undefined there; read `results.load.rows`",
        )
    ],
    "m_loop_first_previous_result.flow": [
        (
            23,
            "WAC509",
            "error",
            "`previous_result` in the first step of loop `each` is the iteration's input (the "
            "flow's input with `iter`), not the result of `load`, the step before `each`: "
            "`previous_result.batch` is undefined there; read `results.load.batch`",
        )
    ],
    "m_while_first_previous_result__flow": [
        (
            15,
            "WAC509",
            "error",
            "`previous_result` in the first step of loop `pages` is the iteration's input (the "
            "flow's input with `iter`), not an earlier step's result: `previous_result.next` is "
            "undefined there; the previous iteration's result is `results.page` "
            "(`results.page?.next`)",
        )
    ],
    "m_suspend_no_required_events.flow": [
        (
            5,
            "WAC500",
            "error",
            "this `suspend` has no `required_events`: Windmill's flow runner waits only for a "
            "positive number of approvals, so the flow goes on without waiting and `resume` is "
            "null; add `required_events: 1`",
        )
    ],
    "m_multiline_chain__flow": [
        (
            18,
            "WAC507",
            "error",
            API_LINE.format(read="results.fetch.items", role="input transform")
            + "keep the chain on that line or start the expression with `return `",
        )
    ],
    "m_branch_condition_line.flow": [
        (
            18,
            "WAC507",
            "error",
            API_LINE.format(read="results.check.changed", role="branch condition")
            + "join that line with the one before it",
        )
    ],
    "m_comment_first_line.flow": [
        (
            18,
            "WAC507",
            "error",
            "the input transform expression starts with a comment line: Windmill evaluates "
            "`return <expression>`, and a `return` followed by a line break returns nothing "
            "(the code below never runs), so the value is null; put the comment after the code "
            "or start the expression with `return `",
        )
    ],
    "m_flow_input_case.flow": [
        (
            15,
            "WAC504",
            "error",
            "`flow_input.customerID` is not an input of this flow (its schema declares "
            "`customerId`): nothing asks for it, so it is undefined unless a caller passes it "
            "anyway",
        )
    ],
    "m_delete_after_use_word__flow": [
        (
            5,
            "WAC500",
            "error",
            "`value.modules[0].delete_after_use` is a string, but FlowModule wants a boolean",
        )
    ],
    "m_skip_if_stopped_word.flow": [
        (
            13,
            "WAC500",
            "error",
            "`value.modules[1].stop_after_if.skip_if_stopped` is a string, but StopAfterIf "
            "wants a boolean",
        )
    ],
    "m_ui_export_missing_inline__flow": [
        (
            7,
            "WAC500",
            "error",
            "`!inline fetch.inline_script.ts` names no file in the flow's folder (nor "
            "`a.inline_script.ts`, the name wmill tries next): `wmill sync push` stops on a "
            "missing inline script",
        )
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name.startswith("m_"):
            continue
        assert file_findings(flow_file(folder)) == [], folder.name


K = EvalProblemKind


@pytest.mark.parametrize(
    ("text", "condition", "kinds"),
    [
        # what Windmill runs as written (after its `return ` prefix)
        ("results.a.map((r) => r.id)", False, []),
        ("{count: results.a.length}", False, []),
        ("`${results.a.length} rows // ${flow_input.x}`", False, []),
        ("const n = results.a.length\nreturn n + 1", False, []),
        ("return results.a.filter(function (r) { return r.ok })", False, []),
        ("flow_input.x\n  ?? 'd'", False, []),
        ("{ ...results.page, extra: 1 }", False, []),  # a spread is no cut name
        ("Promise.all(flow_input.k.map(async (k) => results.m[k]))", False, []),
        ("results.a.results.length", False, []),  # one path: the API answers it
        ("return results.a\n  .filter((r) => r.ok)", False, []),
        ("results.a.ok\n", True, []),  # `Boolean(results.a.ok\n)`: no line of its own
        ("results.a\n  .filter((r) => r.ok)", False, [K.API_LINE]),
        ("// note\nresults.a", False, []),  # the API answers the read, the comment aside
        ("/* rows */ results.a.map((r) => r.id)", False, []),
        ("// active\nresults.a.filter((r) => r.ok)", False, [K.COMMENT_FIRST]),
        ("// active\nresults.a.ok", True, []),  # `Boolean(// active\n...)`: no return
        ("flow_input.x ||\nresults.a.ok\n", True, [K.API_LINE]),
        ("(await results['a']).rows", False, []),
        ("results['a']", False, []),  # the returned promise is awaited
        ("const results = [1]; return results[0]", False, []),  # its own `results`
        ("previous_results.rows", False, []),  # an undefined name: WAC509's finding
        ("result.some((r) => r.done)", True, []),
        ("'see results.txt' + flow_input.x", False, []),  # in a string: no failure
        # what fails or loses the value
        ("const n = 1; n + 1", False, [K.STATEMENTS]),
        ("if (flow_input.x) 1", False, [K.STATEMENTS]),
        ("x.map((r) => { return r })", False, [K.NO_RETURN]),
        ("results.a.length > 0\nreturn true", True, [K.RETURN_IN_CONDITION]),
        ("result.length; result.length > 1", True, [K.STATEMENTS]),
        ("flow_input.k.map(function (k) { return 1 }).length > 0", True, [K.RETURN_IN_CONDITION]),
        ("flow_input.k.map((k) => flow_env.base + k)", False, [K.AWAIT_IN_FUNCTION]),
        ("flow_input.k.map((k) => resource(k))", False, [K.AWAIT_IN_FUNCTION]),
        ("const all_results = results.a; return all_results.length", False, [K.SPLIT_NAME]),
        ("flow_input.body?.results.length", False, [K.SPLIT_NAME]),
        ("results[flow_input.step].rows", False, [K.NOT_AWAITED]),
        ('results?.["a"].rows', False, [K.NOT_AWAITED]),
        ("results['a']", True, [K.NOT_AWAITED]),  # Boolean(promise) is always true
    ],
)
def test_what_windmills_evaluator_makes_of_it(
    text: str, condition: bool, kinds: list[EvalProblemKind]
) -> None:
    assert [p.kind for p in evaluation_problems(text, condition)] == kinds


def test_the_flows_skip_expr_is_a_condition(tmp_path: Path) -> None:
    """`push_next_flow_job` evaluates the flow's `skip_expr` with
    `compute_bool_from_expr`, as `Boolean(<text>)`, like a step's `skip_if`."""
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True)
    path = folder / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  skip_expr: 'flow_input.rows.some((r) => { return r.skip })'\n"
        "  modules: []\nschema:\n  type: object\n  properties:\n    rows: {type: array}\n"
    )
    assert file_findings(path) == [
        (
            3,
            "WAC507",
            "error",
            "`return ` appears in a nested function: Windmill then evaluates "
            "`Boolean(<expression>)` without returning it, the condition is null instead of a "
            "boolean, and the step fails; write the callback as an expression "
            "(`(r) => r.done`)",
        )
    ]


@pytest.mark.parametrize(
    ("language", "code", "judged"),
    [
        ("python3", "def main():\n    return [1, 2]\n", True),
        ("python3", "def main(x):\n    if x:\n        return []\n    return [i for i in x]", True),
        ("python3", "def main():\n    rows = load()\n    return rows\n", False),  # a variable
        # a local bound once to a list literal and only returned: that list (round W)
        ("python3", "def main():\n    rows = [1]\n    return rows\n", True),
        ("python3", "def main(x):\n    if x:\n        return [x]\n", False),  # also None
        ("python3", "def main():\n    def f():\n        return 1\n    return [f()]\n", True),
        ("bun", "export async function main() { return [1, 2] }", True),
        # an array method given a callback always builds an array (round X)
        ("bun", "export async function main(x: number[]) { return x.map((v) => [v]) }", True),
        ("bun", "export async function main(x: any) { return x.map(f) }", False),
        ("bun", "export async function main() { return ['a'] as string[] }", True),
        ("deno", "export const main = async () => [1]", True),
        ("bun", "export async function main() { const f = () => ({}); return [f()] }", True),
        ("bun", "export async function main(x: number) { if (x) { return [x] } }", False),
        ("bun", "export async function main() { return { rows: [] } }", False),
        # Go's `main` is read since round AJ: a slice literal is a list
        ("go", "package inner\nfunc main() ([]int, error) { return []int{1}, nil }", True),
        ("go", "package inner\nfunc main(x []int) ([]int, error) { return x, nil }", False),
    ],
)
def test_which_steps_return_a_list(language: str, code: str, judged: bool) -> None:
    from wac_lint.flows.returns import returns_list

    assert returns_list(language, code) is judged


def test_a_name_read_twice_in_a_folded_expression_is_one_finding(tmp_path: Path) -> None:
    """A folded YAML scalar (`>`) puts every read at the expression's start: two reads
    of `results.a` in a plain arrow were two identical findings (a public flow)."""
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True)
    path = folder / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n    - id: a\n      value:\n        type: rawscript\n"
        "        language: bun\n        content: 'export async function main() { return [1] }'\n"
        "        input_transforms: {}\n    - id: b\n      value:\n        type: rawscript\n"
        "        language: bun\n"
        "        content: 'export async function main(x: any) { return x }'\n"
        "        input_transforms:\n          x:\n            type: javascript\n"
        "            expr: >\n              (() => Array.isArray(results.a)\n"
        "                ? results.a.flat() : [])()\n"
    )
    assert file_findings(path) == [(18, "WAC507", "error", _in_function("results.a"))]
