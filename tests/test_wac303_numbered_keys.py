"""WAC303: an approval's explicit key taken by an earlier durable call that the SDK
keyed under another spelling than its name: the n-th run of a name (`draft_2`), a
sleep (`sleep`), an approval without a key (`approval`), and an anonymous TypeScript
task (`step`). Both SDKs allocate every key from one counter per name
(`WorkflowCtx._alloc_key` / `_allocKey`: `name`, `name_2`, ...) and raise when an
explicit approval key had to be renumbered (`wmill` 1.850.0, `windmill-client`
1.818.0); `task(async (x) => ...)` has `fn.name === ""`, so `_nextStep` keys it
`step`."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY = (
    "from wmill import sleep, step, task, wait_for_approval, workflow\n\n"
    "@task()\nasync def draft(x: int) -> int:\n    return x\n\n"
)
TS = (
    'import { sleep, step, task, waitForApproval, workflow } from "windmill-client";\n'
    "const anon = task(async (x: number) => x);\n"
    "async function named(x: number) { return x; }\n"
    "const draft = task(named);\n"
)
REST = (
    "steps, tasks and approvals draw their keys from one set of names): the SDK raises "
    "`WAC step key ... is already used` here; give the approval another key"
)
TAIL = "(" + REST


def findings(code: str, language: str = LANG_PYTHON) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, language), select=["WAC303"])
    return [(f.row, f.message) for f in result.findings]


def workflow_py(*lines: str) -> str:
    return (
        PY
        + "@workflow\nasync def main(x: int, big: bool):\n"
        + "".join(f"    {line}\n" for line in lines)
    )


def workflow_ts(*lines: str) -> str:
    return (
        TS
        + "export const main = workflow(async (x: number, big: boolean) => {\n"
        + "".join(f"  {line}\n" for line in lines)
        + "});\n"
    )


def test_the_second_run_of_a_task_takes_its_numbered_key() -> None:
    code = workflow_py(
        "await draft(x)",
        "await draft(x + 1)",
        'await wait_for_approval(key="draft_2")',
    )
    assert findings(code) == [
        (
            11,
            'The approval key `"draft_2"` is already the step key of the 2nd run of '
            "`draft(...)` on line 10 (the SDK keys a name's later runs `draft_2`, `draft_3`, "
            "...; " + REST,
        )
    ]
    # one run: `draft_2` is free
    assert findings(workflow_py("await draft(x)", 'await wait_for_approval(key="draft_2")')) == []


def test_runs_that_may_not_happen_do_not_number_the_key() -> None:
    """Two calls in exclusive branches run once; a call in a loop or under a condition
    may run any number of times, so the n-th run is not known."""
    for lines in (
        ("if big:", "    await draft(x)", "else:", "    await draft(x + 1)"),
        ("for i in range(x):", "    await draft(i)", "await draft(x)"),
        ("if big:", "    await draft(x)", "await draft(x)"),
        ("await draft(x)", "v = big and await draft(x)"),
    ):
        code = workflow_py(*lines, 'await wait_for_approval(key="draft_2")')
        assert findings(code) == [], lines


def test_gathered_runs_count_in_order() -> None:
    code = workflow_py(
        "await asyncio.gather(draft(x), draft(x + 1), draft(x + 2))",
        'await wait_for_approval(key="draft_3")',
    )
    assert [row for row, _ in findings("import asyncio\n" + code)] == [11]


def test_sleeps_and_unkeyed_approvals_take_their_own_names() -> None:
    code = workflow_py(
        "await sleep(5)",
        'await wait_for_approval(key="sleep")',
        "await wait_for_approval()",
        "await wait_for_approval()",
        'await wait_for_approval(key="approval_2")',
    )
    assert findings(code) == [
        (
            10,
            f'The approval key `"sleep"` is already the step key of `sleep(...)` on line 9 {TAIL}',
        ),
        (
            13,
            'The approval key `"approval_2"` is already the step key of the 2nd run of '
            "`wait_for_approval()` (no key) on line 12 (the SDK keys a name's later runs "
            "`approval_2`, `approval_3`, ...; " + REST,
        ),
    ]


def test_a_python_sleep_never_awaited_takes_no_key() -> None:
    code = workflow_py("sleep(5)", 'await wait_for_approval(key="sleep")')
    assert findings(code) == []


def test_an_anonymous_typescript_task_is_keyed_step() -> None:
    code = workflow_ts("await anon(x);", 'await waitForApproval({ key: "step" });')
    assert findings(code, LANG_TYPESCRIPT) == [
        (7, f'The approval key `"step"` is already the step key of `anon(...)` on line 6 {TAIL}')
    ]
    # the function's own name keys a task of a named function: `named`, not `draft`
    code = workflow_ts("await draft(x);", 'await waitForApproval({ key: "draft" });')
    assert findings(code, LANG_TYPESCRIPT) == []
    code = workflow_ts("await draft(x);", 'await waitForApproval({ key: "named" });')
    assert [row for row, _ in findings(code, LANG_TYPESCRIPT)] == [7]
    # an anonymous task's run does not take `anon`, its binding's name
    code = workflow_ts("await anon(x);", 'await waitForApproval({ key: "anon" });')
    assert findings(code, LANG_TYPESCRIPT) == []


def test_typescript_numbered_runs() -> None:
    code = workflow_ts(
        "await draft(x);",
        "await Promise.all([draft(1), draft(2)]);",
        'await waitForApproval({ key: "named_3" });',
    )
    assert [row for row, _ in findings(code, LANG_TYPESCRIPT)] == [8]
