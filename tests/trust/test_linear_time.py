"""Inputs that used to take quadratic time: a generous CPU-time guard against hangs.

Before the fixes these took 5-50 s each (tree-sitter-python's scanner on comment
runs, `Node.parent` at every level of deep nesting, all-pairs data edges, key
allocation re-running nested loops, switch cases and `finally` blocks); now
each is well under a second of CPU. Real speed numbers live in bench/.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes, source_from_bytes
from wac_lint.graph import GraphError, graph_for_source
from wac_lint.parsing import parse
from wac_lint.schema.files import expected_for_source

CPU_SECONDS = 6.0  # per command; each takes < 1 s of CPU here
PY_HEAD = (
    "from wmill import task, workflow\n\n@task()\nasync def t(x: int) -> int:\n    return x\n\n"
)
TS_HEAD = (
    'import { task, workflow } from "windmill-client";\nconst t = task(async (x: number) => x);\n'
)


def comment_lines() -> tuple[str, str]:
    body = "@workflow\nasync def main(x: int):\n    if x:\n        y = 1\n"
    return "comments.py", PY_HEAD + body + "# a comment line\n" * 9000 + "    return x\n"


def nested_lambdas() -> tuple[str, str]:
    body = "@workflow\nasync def main(x: int):\n    f = " + "lambda: " * 11_700 + "1\n"
    return "lambdas.py", PY_HEAD + body + "    return x\n"


def nested_awaits_py() -> tuple[str, str]:
    chain = "await t(" * 20_000 + "x" + ")" * 20_000
    return "awaits.py", PY_HEAD + f"@workflow\nasync def main(x: int):\n    return {chain}\n"


def nested_awaits_ts() -> tuple[str, str]:
    chain = "await t(" * 20_000 + "x" + ")" * 20_000
    main = f"export const main = workflow(async (x: number) => {{\n  return {chain};\n}});\n"
    return "awaits.ts", TS_HEAD + main


def await_chain_ts() -> tuple[str, str]:
    main = "export const main = workflow(async (x: number) => {\n  return "
    return "chain.ts", TS_HEAD + main + "await " * 20_000 + "x;\n});\n"


def summary_dict_py() -> tuple[str, str]:
    """The usual shape (issue 14): one dict read and written by every block.
    `graph` drew an edge from every earlier write to every use: 4,000 lines, 38 s."""
    blocks = "".join(
        f"    rows = await t(summary)\n    summary['r{i}'] = rows\n"
        f"    if rows:\n        summary['n{i}'] = await t(summary['r{i}'])\n"
        for i in range(1_000)
    )
    main = "@workflow\nasync def main(x: int):\n    summary = {}\n"
    return "summary.py", PY_HEAD + main + blocks + "    return summary\n"


def summary_dict_ts() -> tuple[str, str]:
    blocks = "".join(
        f"  const rows{i} = await t(summary);\n  summary.r{i} = rows{i};\n"
        f"  if (rows{i}) {{\n    summary.n{i} = await t(summary.r{i});\n  }}\n"
        for i in range(1_000)
    )
    main = "export const main = workflow(async (x: number) => {\n  const summary: any = {};\n"
    return "summary.ts", TS_HEAD + main + blocks + "  return summary;\n});\n"


def nested_loops_ts() -> tuple[str, str]:
    """Each loop ran its body dry and for real, nested loops too: 2^depth (20: 60 s)."""
    depth = 40
    heads = "".join(f"for (const i{i} of [1, 2]) {{\n" for i in range(depth))
    main = "export const main = workflow(async (x: number) => {\n"
    return "loops.ts", TS_HEAD + main + heads + "await t(x);\n" + "}\n" * depth + "});\n"


def nested_fallthrough_ts() -> tuple[str, str]:
    """A case falling into the next ran that one's code again, nested: 2^depth (18: 5 s)."""
    depth = 40
    heads = "switch (x) { case 1: case 2:\n" * depth
    main = "export const main = workflow(async (x: number) => {\n"
    return "switch.ts", TS_HEAD + main + heads + "await t(x);\n" + "}\n" * depth + "});\n"


def nested_finally_ts() -> tuple[str, str]:
    """`finally` runs for the normal and the leaving paths, nested: 2^depth (16: 3 s)."""
    depth = 30
    heads = "try { if (x) { return 1; } await t(x); } finally {\n" * depth
    main = "export const main = workflow(async (x: number) => {\n"
    return "finally.ts", TS_HEAD + main + heads + "await t(x);\n" + "}\n" * depth + "});\n"


def unclosed_annotation_py() -> tuple[str, str]:
    """A task parameter's annotation of 1,000 nested calls: finding the names a
    parameter list binds walked up from every identifier (`Node.parent` searches
    from the root): 40 s in WAC104 (fuzz finding)."""
    annotation = "f(" * 1_000 + ")" * 1_000
    task = f"@task()\nasync def save(path: {annotation}):\n    return 1\n\n"
    main = "@workflow\nasync def main(x: int):\n    return await save(x)\n"
    return "annotation.py", PY_HEAD + task + main


def nested_helper_calls_py() -> tuple[str, str]:
    """3,000 nested calls of a helper of the file in the workflow body: the walk
    asked of each call whether its arguments hold a durable call, scanning again
    what the call around it had scanned: 35 s of `check` (fuzz finding, seed
    4040404)."""
    helper = "def f(x):\n    return x\n\n"
    chain = "f(" * 3_000 + "x" + ")" * 3_000
    return "helpers.py", PY_HEAD + helper + f"@workflow\nasync def main(x: int):\n    y = {chain}\n"


def nested_helper_calls_ts() -> tuple[str, str]:
    chain = "f(" * 3_000 + "x" + ")" * 3_000
    main = f"export const main = workflow(async (x: number) => {{\n  const y = {chain};\n}});\n"
    return "helpers.ts", TS_HEAD + "function f(x: number) { return x; }\n" + main


def nested_helper_calls_around_task_py() -> tuple[str, str]:
    """The same with a task call at the bottom: every list holds it."""
    helper = "def f(x):\n    return x\n\n"
    chain = "f(" * 3_000 + "await t(x)" + ")" * 3_000
    return "around.py", PY_HEAD + helper + f"@workflow\nasync def main(x: int):\n    y = {chain}\n"


def nested_awaits_in_try_ts() -> tuple[str, str]:
    """3,000 nested awaits of async arrows in a `try` of the body: whether the
    handler can swallow a suspension asked each await about the awaits inside it
    again: 24 s of `check` (fuzz finding, seed 6060606)."""
    chain = "async () => await " * 3_000 + "x"
    main = (
        "export const main = workflow(async (x: number) => {\n"
        f"  try {{\n    const y = {chain};\n  }} catch (e) {{\n    return 0;\n  }}\n"
        "  return await t(x);\n});\n"
    )
    return "try_awaits.ts", TS_HEAD + main


def nested_awaits_in_try_py() -> tuple[str, str]:
    chain = "await (" * 3_000 + "x" + ")" * 3_000
    body = (
        "@workflow\nasync def main(x: int):\n"
        f"    try:\n        y = {chain}\n    except Exception:\n        return 0\n"
        "    return await t(x)\n"
    )
    return "try_awaits.py", PY_HEAD + body


def seeded_draw_deep_py() -> tuple[str, str]:
    """WAC102's seed search climbed from the draw to the root with `Node.parent`
    (which costs the node's depth) three times: 12,000 nested lists, about 20 s."""
    draw = "[" * 12_000 + "random.random(), await t(x)" + "]" * 12_000
    body = f"@workflow\nasync def main(x: int):\n    y = {draw}\n    return y\n"
    return "seeded_deep.py", "import random\n" + PY_HEAD + body


def parenthesized_attribute_chain_py() -> tuple[str, str]:
    """`((x).a).a...`: every link was named through 40 links of its chain (check 2 s),
    and the graph's query kept a match pending at every link (7 s)."""
    chain = "(" * 20_000 + "x" + ").a" * 20_000
    body = f"@workflow\nasync def main(x: int):\n    y = {chain}\n    return await t(x)\n"
    return "attribute_chain.py", PY_HEAD + body


def call_chain_py() -> tuple[str, str]:
    """`f(lambda: 1)()()...`: every call's callee named through 40 links, and its text
    (the whole chain below it) copied at every link: 50,000 links, 7-8 s of `check`
    and of `graph` (1 s now)."""
    helper = "def f(*a):\n    return f\n\n"
    chain = "f(lambda: 1)" + "()" * 50_000
    body = f"@workflow\nasync def main(x: int):\n    y = {chain}\n    return await t(x)\n"
    return "call_chain.py", PY_HEAD + helper + body


def call_chain_ts() -> tuple[str, str]:
    chain = "f(() => 1)" + "()" * 50_000
    main = (
        "function f(...a: any[]): any { return f; }\n"
        "export const main = workflow(async (x: number) => {\n"
        f"  const y = {chain};\n  return await t(x);\n}});\n"
    )
    return "call_chain.ts", TS_HEAD + main


def task_under_awaits_ts() -> tuple[str, str]:
    """Fuzz finding (seed 1212121): 35,000 `await`s spliced before a module-level
    `task(...)`: the front-end's top-level and enclosing-function tests climbed from
    the task to the root with `Node.parent` at every level: 40 s of `check`."""
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const snap = " + "await " * 35_000 + "task(async (v: string) => `s-${v}`);\n"
        "export const main = workflow(async (v: string) => {\n  return await snap(v);\n});\n"
    )
    return "task_under_awaits.ts", code


def brackets_around_a_comment_ts() -> tuple[str, str]:
    """Fuzz finding (seed 1212121): unclosed `[`s, a line comment, then more. The
    file parses in milliseconds, but the schema reader parses it again with its
    comments blanked, and tree-sitter's error recovery on that text ran for minutes
    (600 brackets: over 20 s; 35,000: not finished in 10 minutes). Parses now have
    a budget (`wac_lint/bounded.py`); the blanked parse falls back to the tree it
    has."""
    code = (
        'import { task, workflow } from "windmill-client";\n\n'
        "const save = task(async (sku: string, cents: number) => {\n"
        "  retu" + "[" * 5_085 + "//" + "[" * 29_915 + "1" + "]" * 35_000 + "rn sku;\n"
        "});\n\nexport const main = workflow(async (sku: string) => {\n"
        "  return await save(sku, 1);\n});\n"
    )
    return "brackets_comment.ts", code


def parenthesised_read_ts() -> tuple[str, str]:
    """Fuzz finding (seed 1313131): a read wrapped in 35,000 parentheses; finding
    the chain around it asked `parent_of` for each wrapper, which searches the walk's
    ancestors: a minute of `check`."""
    read = "(" * 35_000 + "process.env.REGION" + ")" * 35_000
    main = (
        "export const main = workflow(async (x: number) => {\n"
        f"  const region = {read};\n  return await t(x);\n}});\n"
    )
    return "parenthesised_read.ts", TS_HEAD + main


def not_chains_py() -> tuple[str, str]:
    """Fuzz finding (seed 1414141): a clock read and an unawaited task call under
    35,000 `not`s: WAC102's timeout search and WAC106's may-I-add-`await` test each
    climbed to the function with `Node.parent`, 16 s apiece."""
    nots = "not " * 35_000
    body = (
        "@workflow\nasync def main(x: int):\n"
        f"    y = {nots}datetime.now()\n    z = {nots}t(x)\n    return x\n"
    )
    return "not_chains.py", "from datetime import datetime\n" + PY_HEAD + body


def task_under_arrows_ts() -> tuple[str, str]:
    """Fuzz finding (seed 1515151): a task defined under 35,000 nested arrows: the
    front-end asked for the enclosing function of each enclosing function in turn,
    each a descent from the root (100 s of `graph`)."""
    main = (
        "const deep = " + "() => " * 35_000 + "task(async (v: number) => v);\n"
        "export const main = workflow(async (x: number) => {\n  return await t(x);\n});\n"
    )
    return "task_under_arrows.ts", TS_HEAD + main


def helper_called_often_py() -> tuple[str, str]:
    """A helper that hands back task calls, called 8,000 times from the body: what it
    hands back was read from its body at every call (8,000 lines: over 8 s)."""
    lines = "".join(f"    v{i} = {i} + 1\n" for i in range(8_000))
    helper = f"def helper(ids):\n{lines}    return [t(i) for i in ids]\n\n\n"
    calls = "    await asyncio.gather(*helper(ids))\n" * 8_000
    body = f"@workflow\nasync def main(ids: list[int]):\n{calls}    return 1\n"
    return "helper_called_often.py", "import asyncio\n" + PY_HEAD + helper + body


def nested_module_calls_py() -> tuple[str, str]:
    """Fuzz finding (seed 1717171): 6,000 nested calls at module level: the
    module-level reader found each call's ancestors by a descent from the root
    (10 s of `check`; the fuzzed 9 KB file with 4,000: 16 s on a loaded machine)."""
    nested = "f(" * 6_000 + ")" * 6_000
    body = "@workflow\nasync def main(x: int):\n    return await t(x)\n"
    return "nested_module_calls.py", PY_HEAD + f"x = {nested}\n\n\n" + body


def nested_module_calls_ts() -> tuple[str, str]:
    nested = "f(" * 6_000 + ")" * 6_000
    main = "export const main = workflow(async (x: number) => {\n  return await t(x);\n});\n"
    return "nested_module_calls.ts", TS_HEAD + f"const x = {nested};\n" + main


def nested_steps_py() -> tuple[str, str]:
    """Stress finding: 3,000 step callbacks nested in one another. Each callback's
    calls, changes and names were read again for every callback around it, names
    were looked up through every scope, and `Node.parent` was asked at every level
    (1,500 nested: 350 s of `check`)."""
    nested = "step('k', lambda: " * 3_000 + "x" + ")" * 3_000
    body = f"@workflow\nasync def main(x: int):\n    y = {nested}\n    return y\n"
    return "nested_steps.py", PY_HEAD.replace("task, workflow", "step, task, workflow") + body


def nested_steps_ts() -> tuple[str, str]:
    nested = "step('k', () => " * 3_000 + "x" + ")" * 3_000
    main = (
        "export const main = workflow(async (x: number) => {\n"
        f"  const y = {nested};\n  return y;\n}});\n"
    )
    head = TS_HEAD.replace("{ task, workflow }", "{ step, task, workflow }")
    return "nested_steps.ts", head + main


def nested_io_calls_py() -> tuple[str, str]:
    """Stress finding: 6,000 nested `requests.post(...)` calls in the body. Each one
    asked for its enclosing functions by a descent from the root (15 s)."""
    nested = "requests.post(" * 6_000 + "x" + ")" * 6_000
    body = f"@workflow\nasync def main(x: int):\n    y = {nested}\n    return y\n"
    return "nested_io_calls.py", "import requests\n" + PY_HEAD + body


def nested_task_calls_py() -> tuple[str, str]:
    """Stress finding: 6,000 nested task calls in the body. WAC106's may-I-add-`await`
    test descended from the root for each (17 s)."""
    nested = "t(" * 6_000 + "x" + ")" * 6_000
    body = f"@workflow\nasync def main(x: int):\n    y = {nested}\n    return y\n"
    return "nested_task_calls.py", PY_HEAD + body


def nested_called_lambdas_py() -> tuple[str, str]:
    """Stress finding: 3,000 nested `(lambda: ...)()` in the body. Whether each can
    suspend scanned every lambda inside it again (6,000: 41 s)."""
    nested = "(lambda: " * 3_000 + "x" + ")()" * 3_000
    body = f"@workflow\nasync def main(x: int):\n    y = {nested}\n    return y\n"
    return "nested_called_lambdas.py", PY_HEAD + body


def nested_logged_clock_py() -> tuple[str, str]:
    """Stress finding: 3,000 clock reads nested in one another's formatting in a
    helper the body calls. WAC102's only-logged test climbed from each (over 30 s)."""
    nested = "str(datetime.now()) + str(" * 3_000 + "x" + ")" * 3_000
    helper = f"def h(x):\n    return {nested}\n\n\n"
    body = "@workflow\nasync def main(x: int):\n    return h(x)\n"
    return "nested_logged_clock.py", "from datetime import datetime\n" + PY_HEAD + helper + body


def approval_under_nots_in_loop_py() -> tuple[str, str]:
    """Fuzz finding (seed 1919191): an approval under 35,000 `not`s in a `while`
    loop: WAC303's does-it-run-again test climbed from the approval to the function
    with `Node.parent` (48 s of `check`)."""
    nots = "not " * 35_000
    body = (
        "@workflow\nasync def main(x: int):\n    while True:\n"
        f"        decision = {nots}await wait_for_approval(key='final', timeout=60)\n"
        "        if decision:\n            return x\n"
    )
    head = PY_HEAD.replace("task, workflow", "task, wait_for_approval, workflow")
    return "approval_under_nots.py", head + body


def approval_under_nots_in_loop_ts() -> tuple[str, str]:
    nots = "!" * 35_000
    main = (
        "export const main = workflow(async (x: number) => {\n  while (true) {\n"
        f"    const decision = {nots}(await waitForApproval({{ timeout: 60 }}));\n"
        "    if (decision) return x;\n  }\n});\n"
    )
    head = TS_HEAD.replace("{ task, workflow }", "{ task, waitForApproval, workflow }")
    return "approval_under_nots.ts", head + main


def task_call_under_parentheses_in_loop_py() -> tuple[str, str]:
    """Stress finding: an un-awaited task call under 30,000 parentheses in a loop:
    how its value is used climbed from it with `Node.parent` once the climb was off
    the body walk's stack (over 20 s of `check`)."""
    wrapped = "(" * 30_000 + "t(x)" + ")" * 30_000
    body = (
        "@workflow\nasync def main(x: int):\n    while True:\n"
        f"        y = {wrapped}\n        if y:\n            break\n    return x\n"
    )
    return "task_under_parentheses.py", PY_HEAD + body


def fetch_under_nots_in_try_ts() -> tuple[str, str]:
    """Stress finding: a `fetch` under 30,000 `!`s in a `try`: WAC101's search for a
    library call composed into another climbed with `Node.parent` (over 20 s)."""
    nots = "!" * 30_000
    main = (
        "export const main = workflow(async (x: number) => {\n"
        f"  try {{\n    const y = {nots}fetch('https://a.example');\n  }} catch (e) {{\n"
        "    console.log(e);\n  }\n  return await t(x);\n});\n"
    )
    return "fetch_under_nots.ts", TS_HEAD + main


def method_call_under_minuses_py() -> tuple[str, str]:
    """Fuzz finding (seed 2020202): `self.items()` under 30,000 unary minuses in a
    method of a class built on a library class: the cross-file search for the base's
    method climbed to the class with `Node.parent` (16 s for 36 KB)."""
    minuses = "-" * 30_000
    cls = (
        "from collections import UserDict\n\n\nclass Labels(UserDict):\n"
        f"    def render(self) -> str:\n        return str({minuses}len(self.items()))\n\n\n"
    )
    body = "@workflow\nasync def main(x: int):\n    Labels({}).render()\n    return await t(x)\n"
    return "method_under_minuses.py", PY_HEAD + cls + body


def approval_under_additions_ts() -> tuple[str, str]:
    """Stress finding: an approval at the end of 30,000 `1 + ` in a loop: the graph's
    query tested each `binary_expression`'s operator, a field after its first child,
    so it kept a match pending at every level (over a minute of `graph`)."""
    sums = "1 + " * 30_000
    main = (
        "export const main = workflow(async (x: number) => {\n  while (true) {\n"
        f"    const y = {sums}(await waitForApproval({{ timeout: 60 }})).value;\n"
        "    if (y) break;\n  }\n  return x;\n});\n"
    )
    head = TS_HEAD.replace("{ task, workflow }", "{ task, waitForApproval, workflow }")
    return "approval_under_additions.ts", head + main


def ternaries_around_reads_ts() -> tuple[str, str]:
    """Fuzz finding (seed 20261206): a result read in each arm of 16,000 nested
    ternaries. `graph` kept every enclosing span per use (a set per nesting level)
    and walked up the whole nest from each read after it: 11.7 s of CPU and 5.5 GB
    here (Python's shape: 5 s), over two minutes at 70,000."""
    arms = "w ? " * 16_000 + "1" + " : w" * 16_000
    main = (
        "export const main = workflow(async (x: number) => {\n"
        f"  const w = await t(x);\n  const z = {arms};\n  return await t(z);\n}});\n"
    )
    return "ternaries.ts", TS_HEAD + main


def ternaries_around_reads_py() -> tuple[str, str]:
    arms = "(w if w else " * 16_000 + "1" + ")" * 16_000
    main = f"@workflow\nasync def main(x: int):\n    w = await t(x)\n    z = {arms}\n"
    return "ternaries.py", PY_HEAD + main + "    return await t(z)\n"


def cpu_time(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


@pytest.mark.parametrize(
    "make",
    [
        comment_lines,
        nested_lambdas,
        nested_awaits_py,
        nested_awaits_ts,
        await_chain_ts,
        summary_dict_py,
        summary_dict_ts,
        nested_loops_ts,
        nested_fallthrough_ts,
        nested_finally_ts,
        unclosed_annotation_py,
        nested_helper_calls_py,
        nested_helper_calls_ts,
        nested_helper_calls_around_task_py,
        nested_awaits_in_try_ts,
        nested_awaits_in_try_py,
        seeded_draw_deep_py,
        parenthesized_attribute_chain_py,
        call_chain_py,
        call_chain_ts,
        task_under_awaits_ts,
        brackets_around_a_comment_ts,
        parenthesised_read_ts,
        not_chains_py,
        task_under_arrows_ts,
        helper_called_often_py,
        nested_module_calls_py,
        nested_module_calls_ts,
        nested_steps_py,
        nested_steps_ts,
        nested_io_calls_py,
        nested_task_calls_py,
        nested_called_lambdas_py,
        nested_logged_clock_py,
        approval_under_nots_in_loop_py,
        approval_under_nots_in_loop_ts,
        task_call_under_parentheses_in_loop_py,
        fetch_under_nots_in_try_ts,
        method_call_under_minuses_py,
        approval_under_additions_ts,
        ternaries_around_reads_ts,
        ternaries_around_reads_py,
    ],
)
def test_every_command_is_fast_on_pathological_files(
    make: Callable[[], tuple[str, str]], tmp_path: Path
) -> None:
    name, code = make()
    assert len(code.encode()) < 1024 * 1024
    data = code.encode()
    script = tmp_path / name
    script.write_bytes(data)

    def check() -> object:
        return analyze_bytes(data, str(script))

    def graph() -> object:
        try:
            return graph_for_source(source_from_bytes(data, str(script)))
        except GraphError as exc:  # a bounded answer: the drawing recurses along the nesting
            assert "nested too deeply to analyse" in str(exc)
            return None

    def schema() -> object:
        source = source_from_bytes(data, str(script))
        return expected_for_source(script, source, parse(source))

    for command in (check, graph, schema):
        seconds = cpu_time(command)
        assert seconds < CPU_SECONDS, f"{name}: {command.__name__} took {seconds:.1f} s of CPU"


def test_long_comment_runs_keep_suppressions_and_strings() -> None:
    """The parser's view of a long comment run is shortened; nothing else changes."""
    run = "".join(f"# note {i}\n" for i in range(200))
    code = (
        "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(u: str):\n"
        f'    doc = """\n{run}"""\n{run}'
        "    # wac-lint: ignore[WAC101]\n    requests.post(u)\n"
        f"{run}    return requests.get(u)\n"
    )
    source = source_from_bytes(code.encode(), "x.py")
    assert len(source.data) == len(code.encode())
    tree = parse(source)
    string = next(n for n in _walk(tree.root_node) if n.type == "string")
    assert string.text is not None and string.text.decode().count("# note") == 200
    findings = analyze_bytes(code.encode(), "x.py").findings
    assert [(f.code, f.row) for f in findings] == [("WAC101", code.count("\n"))]


def test_long_runs_of_suppression_comments_are_shortened_too() -> None:
    """Fuzz finding (seed 1313131): a run of suppression comments was kept whole for
    the parser, and tree-sitter-python's scanner is quadratic in a comment run's
    length (1,000 lines after an indented block: 0.5 s of parse; 3,000: 4 s). Only
    the comments whose blanking could change a finding stay: `ignore-file`, and the
    run's last line, which covers the code line below it."""
    run = "    # wac-lint: ignore[WAC102]\n" * 3_000
    code = (
        "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(u: str):\n"
        "    if u:\n        u = u.strip()\n"
        + run
        + "    # wac-lint: ignore-file[WAC999]\n"
        + run
        + "    # wac-lint: ignore[WAC101]\n    requests.post(u)\n"
        + "    return requests.get(u)\n"
    )
    source = source_from_bytes(code.encode(), "x.py")
    kept = source.data.decode().count("wac-lint:")
    assert kept == 32 + 1 + 1  # the run's first lines, `ignore-file`, its last line
    started = time.process_time()
    findings = analyze_bytes(code.encode(), "x.py").findings
    assert time.process_time() - started < 1.0
    assert [(f.code, f.row) for f in findings] == [("WAC101", code.count("\n"))]


def _walk(node):  # type: ignore[no-untyped-def]
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.children)


def test_deeply_nested_script_yaml_is_refused_quickly() -> None:
    """3,000 nested flow collections made PyYAML's scanner take seconds (fuzz finding)."""
    import time

    from wac_lint.schema.yaml_read import MetadataError, load

    text = "x: " + "[" * 3000 + "]" * 3000 + "\n"
    start = time.process_time()
    try:
        load(text)
    except MetadataError as exc:
        assert "nested more than 500 levels deep" in str(exc)
    else:
        raise AssertionError("a 3,000-deep document was accepted")
    assert time.process_time() - start < 1.0
    shallow = load("x: " + "[" * 100 + "]" * 100 + "\n")  # well within the bound
    depth = 0
    value = shallow["x"]
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    assert depth == 99


def test_brackets_inside_quoted_scalars_are_not_nesting() -> None:
    """A string default of 600 `{` is what wmill writes for `b = "{{{..."`: the
    depth bound counts only brackets outside quotes (fuzz finding)."""
    from wac_lint.schema.yaml_read import MetadataError, load

    braces = "{" * 600
    text = (
        f"schema:\n  properties:\n    b:\n      default: '{braces}'\n"
        f'    c:\n      default: "\\"{braces}"\n    d:\n      description: it\'s ['
        "\n      default: '''[['\n  required: []\n"
    )
    loaded = load(text)
    assert loaded["schema"]["properties"]["b"]["default"] == braces
    assert loaded["schema"]["properties"]["c"]["default"] == '"' + braces
    try:
        load("x: '" + "[" * 600 + "'\ny: " + "[" * 600 + "]" * 600 + "\n")
    except MetadataError as exc:
        assert "nested more than 500 levels deep" in str(exc)
    else:
        raise AssertionError("600 nested brackets outside quotes were accepted")


def test_brackets_inside_plain_scalars_are_not_nesting() -> None:
    """`$: t[[[...` is a string (a plain scalar of block context holds brackets as
    text): the depth bound refused the metadata `schema` wrote for it (fuzz finding,
    seed 9090909). Brackets where a node starts still count, after a document marker,
    an anchor or a tag too."""
    from wac_lint.schema.yaml_read import MetadataError, load

    opened = "[" * 600
    loaded = load(f"$: t{opened}\nlock: x\nschema:\n  required: []\n  note: v {opened}\n")
    assert loaded["$"] == "t" + opened and loaded["schema"]["note"] == "v " + opened
    assert load(f"# {opened}\nx: [1]\n") == {"x": [1]}
    deep = "[" * 600 + "]" * 600
    for text in (f"x: {deep}\n", f"--- {deep}\n", f"x: &a {deep}\n", f"x:\n  - !!seq {deep}\n"):
        try:
            load(text)
        except MetadataError as exc:
            assert "nested more than 500 levels deep" in str(exc)
        else:
            raise AssertionError(f"600 nested brackets accepted: {text[:12]!r}")


def test_approvals_under_deep_unary_operators_are_linear() -> None:
    """Fuzz finding (seed 9090909, a mutated corpus script that no longer parses):
    35,000 minus signs spliced into an `await` put the approval below a chain that
    deep, and `check` took 110 s climbing from it to the root with `Node.parent`
    (which costs the node's depth) in WAC303's branch test and the SDK facts'
    function and loop tests."""
    chain = "-" * 35_000
    code = (
        "from wmill import wait_for_approval, workflow\n\n"
        "@workflow\nasync def main(amount: int):\n    if amount > 1000:\n"
        f'        approval = aw{chain}1ait wait_for_approval(key="manager", timeout=86400)\n'
        "    else:\n"
        '        approval = await wait_for_approval(key="manager", timeout=3600)\n'
        "    return approval\n"
    )
    started = time.process_time()
    analyze_bytes(code.encode(), "deep_unary.py")
    assert time.process_time() - started < CPU_SECONDS
