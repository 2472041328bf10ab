"""The analysis of a script does work linear in its size.

Not a timing: the count of Python calls and lines one `analyze_source` runs
(`sys.settrace`), which does not depend on the machine or its load. Lines, not only
calls: a loop over tree-sitter attributes (`node.prev_named_sibling`) makes no call,
and WAC102's walk back to a seed was quadratic that way with linear call counts. A file four
times longer must cost about four times the calls; a rule that scans the whole
body once per step or per task call (as WAC107's check for methods no JSON value
has did, after round T: a 5,000-line TypeScript edit took 1.3 s instead of 0.3 s)
makes the ratio grow with the size, which this catches at sizes small enough for
the suite. The shapes are those of `bench/bench_lsp.py` (many tasks, each called
once in a long body, with steps between) and one task awaited many times (as in
`bench/bench_pathological.py`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from bench.bench_lsp import python_script, typescript_script
from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, LanguageKind, SourceFile

# 4x the size: linear work gives ~4.0 (3.6-3.96 measured on these shapes); the
# quadratic WAC107 check gave 5.9 on the TypeScript tasks between these sizes, the
# seed walks 4.7-5.2, the stored reads 4.4 (and 6.3 at 4x more)
LIMIT = 4.6


def repeated_task(language: LanguageKind, statements: int) -> str:
    if language == LANG_PYTHON:
        head = "from wmill import task, workflow\n\n@task()\nasync def t(x: int) -> int:\n"
        head += "    return x\n\n@workflow\nasync def main(x: int):\n"
        body = "    x = await t(x)\n" * statements
        return head + body + "    return x\n"
    head = 'import { task, workflow } from "windmill-client";\n'
    head += "const t = task(async (x: number) => x);\n"
    head += "export const main = workflow(async (x: number) => {\n"
    body = "  x = await t(x);\n" * statements
    return head + body + "  return x;\n});\n"


def picked_function(language: LanguageKind, blocks: int) -> str:
    """A name assigned a function of the file in `match` arms, then called (Python):
    its scope was walked again at every call of the name."""
    head = "from wmill import task, workflow\n\ndef archive(p: str) -> None:\n"
    head += "    return None\n\ndef keep(p: str) -> None:\n    return None\n\n"
    head += "@workflow\nasync def main(path: str, policy: str):\n"
    block = (
        "    match policy:\n"
        '        case "archive":\n'
        "            cleanup = archive\n"
        "        case _:\n"
        "            cleanup = keep\n"
        "    cleanup(path)\n"
    )
    return head + block * blocks + "    return path\n"


def namespace_steps(language: LanguageKind, statements: int) -> str:
    """`wmill.step(...)` through the module (WAC002, with a fix each): the fix read the
    whole file once per call to see whether the bare name was free."""
    head = "import wmill\n\n@wmill.workflow\nasync def main(x: int):\n"
    body = '    x = await wmill.step("s", lambda: 1)\n' * statements
    return head + body + "    return x\n"


def stored_then_gathered(language: LanguageKind, blocks: int) -> str:
    """The same names hold each block's coroutines until a gather (Python): every later
    read of the name counted as a use of each earlier call."""
    head = "import asyncio\n\nfrom wmill import task, workflow\n\n@task()\n"
    head += "async def fetch(x: int) -> int:\n    return x\n\n"
    head += "@workflow\nasync def main(x: int):\n"
    block = (
        "    first = fetch(x)\n"
        "    second = fetch(x + 1)\n"
        "    a, b = await asyncio.gather(first, second)\n"
    )
    return head + block * blocks + "    return x\n"


def approvals_in_branches(language: LanguageKind, branches: int) -> str:
    """One approval key in every branch of one `if` / `elif` chain or `switch` (WAC303):
    every pair of approvals was compared (4,000 branches: 76 s)."""
    if language == LANG_PYTHON:
        head = "from wmill import wait_for_approval, workflow\n\n@workflow\n"
        head += "async def main(x: int):\n"
        arms = "".join(
            f"    {'if' if i == 0 else 'elif'} x == {i}:\n"
            "        await wait_for_approval(key='sign-off')\n"
            for i in range(branches)
        )
        return head + arms + "    return x\n"
    # TypeScript's `else if` nests each branch in the previous one, so a chain is as
    # deep as it is long and any per-node look at the ancestors grows with it: the
    # flat shape is a `switch`
    head = 'import { waitForApproval, workflow } from "windmill-client";\n'
    head += "export const main = workflow(async (x: number) => {\n  switch (x) {\n"
    arms = "".join(
        f"    case {i}:\n      await waitForApproval({{ key: 'sign-off' }});\n      break;\n"
        for i in range(branches)
    )
    return head + arms + "  }\n  return x;\n});\n"


def seeded_draws(language: LanguageKind, statements: int) -> str:
    """Draws from a generator seeded before each of them (WAC102): every draw looked
    at every seed, and walked back over the statements to it (4,000: 20-50 s)."""
    if language == LANG_PYTHON:
        head = "import random\n\nfrom wmill import workflow\n\n@workflow\n"
        head += "async def main(x: int):\n"
        body = "    random.seed(x)\n    x = random.randint(0, x)\n" * statements
        return head + body + "    return x\n"
    head = 'import { faker } from "@faker-js/faker";\n'
    head += 'import { workflow } from "windmill-client";\n'
    head += "export const main = workflow(async (x: number) => {\n"
    body = "  faker.seed(x);\n  x = faker.number.int(x);\n" * statements
    return head + body + "  return x;\n});\n"


def draws_after_one_seed(language: LanguageKind, statements: int) -> str:
    """One seed, then many draws (WAC102): each draw walked back to the seed."""
    head = "import random\n\nfrom wmill import workflow\n\n@workflow\n"
    head += "async def main(x: int):\n    random.seed(x)\n"
    return head + "    x = random.randint(0, x)\n" * statements + "    return x\n"


def suggested_wraps(language: LanguageKind, statements: int) -> str:
    """A finding with a wrap-in-step suggestion on every statement (WAC102): each
    suggestion re-parsed the whole file (2,300 in 60 KB: 25 s)."""
    if language == LANG_PYTHON:
        head = "import uuid\n\nfrom wmill import workflow\n\n@workflow\n"
        head += "async def main(x: int):\n"
        return head + "    u = str(uuid.uuid4())\n" * statements + "    return x\n"
    head = 'import { workflow } from "windmill-client";\n'
    head += "export const main = workflow(async (x: number) => {\n"
    return head + "  x = Math.random();\n" * statements + "  return x;\n});\n"


def finally_blocks(language: LanguageKind, blocks: int) -> str:
    """A task awaited in a `try` with a `finally`, many times (WAC203): each `finally`
    scanned every durable call of the body."""
    if language == LANG_PYTHON:
        head = "from wmill import task, workflow\n\n@task()\nasync def t(x: int) -> int:\n"
        head += "    return x\n\n@workflow\nasync def main(x: int):\n"
        block = "    try:\n        x = await t(x)\n    finally:\n        print(1)\n"
        return head + block * blocks + "    return x\n"
    head = 'import { task, workflow } from "windmill-client";\n'
    head += "const t = task(async (x: number) => x);\n"
    head += "export const main = workflow(async (x: number) => {\n"
    block = "  try { x = await t(x); } finally { console.log(1); }\n"
    return head + block * blocks + "  return x;\n});\n"


def many_tasks(language: LanguageKind, lines: int) -> str:
    return (python_script if language == LANG_PYTHON else typescript_script)(lines)


def work_done(language: LanguageKind, text: str) -> int:
    name = "work.py" if language == LANG_PYTHON else "work.ts"
    source = SourceFile(name, text, language)
    analyze_source(source)  # imports and compiled queries out of the count
    count = 0

    def counter(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1  # a call, a line, a return or an exception of Python code
        return counter

    sys.settrace(counter)
    try:
        result = analyze_source(source)
    finally:
        sys.settrace(None)
    assert not result.errors
    return count


SHAPES: dict[str, tuple[Callable[[LanguageKind, int], str], int, tuple[LanguageKind, ...]]] = {
    "many tasks": (many_tasks, 500, (LANG_PYTHON, LANG_TYPESCRIPT)),  # lines
    "one task awaited": (repeated_task, 300, (LANG_PYTHON, LANG_TYPESCRIPT)),  # statements
    "function picked in match arms": (picked_function, 30, (LANG_PYTHON,)),  # blocks
    "steps through the module": (namespace_steps, 40, (LANG_PYTHON,)),  # statements
    "stored then gathered": (stored_then_gathered, 20, (LANG_PYTHON,)),  # blocks
    "approvals in branches": (approvals_in_branches, 60, (LANG_PYTHON, LANG_TYPESCRIPT)),
    "seeded draws": (seeded_draws, 60, (LANG_PYTHON, LANG_TYPESCRIPT)),  # pairs
    "draws after one seed": (draws_after_one_seed, 100, (LANG_PYTHON,)),  # statements
    "suggested wraps": (suggested_wraps, 150, (LANG_PYTHON, LANG_TYPESCRIPT)),  # statements
    "finally blocks": (finally_blocks, 120, (LANG_PYTHON, LANG_TYPESCRIPT)),  # blocks
}
CASES = [(shape, language) for shape, (_, _, languages) in SHAPES.items() for language in languages]


@pytest.mark.parametrize(("shape", "language"), CASES)
def test_four_times_the_script_costs_about_four_times_the_work(
    shape: str, language: LanguageKind
) -> None:
    make, size, _ = SHAPES[shape]
    small = work_done(language, make(language, size))
    large = work_done(language, make(language, size * 4))
    assert large / small < LIMIT, (small, large)
