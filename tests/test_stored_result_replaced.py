"""A durable call stored in a name that a later statement of the same block assigns
anew: the reads after that statement hold the new value, not this call's. Python
names have no reaching definitions in the model, so every later read of the name
used to count as a use of the first result (`job = fetch(a)`, `job = fetch(b)`,
`await job`: the first task's result and failure are lost, and nothing said so)."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_HEAD = (
    "from wmill import task, workflow\n\n\n@task()\nasync def fetch(x: int) -> int:\n"
    "    return x\n\n\ndef wrap(job):\n    return job\n\n\n"
    "@workflow\nasync def main(x: int, c: bool):\n"
)
TS_HEAD = (
    'import { task, workflow } from "windmill-client";\n'
    "const fetchOne = task(async (x: number) => x);\n"
    "export const main = workflow(async (x: number, c: boolean) => {\n"
)
DROPPED = (
    "The result of `fetch(...)` is never awaited: the SDK still dispatches the task, but "
    "its result is lost (a failure still raises `TaskError` at this call when the body "
    "replays); `await` it or gather it"
)


def findings(text: str, language: str) -> list[tuple[int, str, str]]:
    name = "w.py" if language == LANG_PYTHON else "w.ts"
    source = SourceFile(path=name, text=text, language=language)
    # (WAC903, Windmill's diagram refusing a stored task call, is beside the point here)
    found = analyze_source(source, ignore=["WAC903"]).findings
    return [(f.row, f.code, f.message) for f in found]


def test_a_result_replaced_before_any_read_is_dropped() -> None:
    body = "    job = fetch(x)\n    job = fetch(x + 1)\n    return await job\n"
    assert findings(PY_HEAD + body, LANG_PYTHON) == [(15, "WAC106", DROPPED)]


def test_a_result_replaced_in_a_loop_body_is_dropped() -> None:
    body = (
        "    for i in range(x):\n        job = fetch(i)\n        job = fetch(i + 1)\n"
        "        await job\n"
    )
    assert findings(PY_HEAD + body, LANG_PYTHON) == [(16, "WAC106", DROPPED)]


@pytest.mark.parametrize(
    "body",
    [
        # the new value is made from the old one: it is used
        "    job = fetch(x)\n    job = wrap(job)\n    return await job\n",
        # replaced only on one branch: the read may hold the first result
        "    job = fetch(x)\n    if c:\n        job = fetch(x + 1)\n    return await job\n",
        # a handler may read the name before the second assignment ran
        "    job = fetch(x)\n    try:\n        job = fetch(x + 1)\n    except ValueError:\n"
        "        pass\n    return await job\n",
        "    try:\n        job = fetch(x)\n        wrap(x)\n        job = fetch(x + 1)\n"
        "    except ValueError:\n        return await job\n    return await job\n",
        # `break` can leave the loop between the call and the new value
        "    for i in range(x):\n        job = fetch(i)\n        if c:\n            break\n"
        "        job = fetch(i + 1)\n        await job\n    return await job\n",
        # `+=` keeps the old value in the new one
        "    jobs = [fetch(x)]\n    jobs += [fetch(x + 1)]\n"
        "    return await asyncio.gather(*jobs)\n",
    ],
)
def test_a_result_that_may_still_be_read_is_not_reported(body: str) -> None:
    text = PY_HEAD.replace("from wmill", "import asyncio\n\nfrom wmill") + body
    assert [f for f in findings(text, LANG_PYTHON) if f[1] == "WAC106"] == []


def test_typescript_let_replaced_before_any_read_is_dropped() -> None:
    body = "  let job = fetchOne(x);\n  job = fetchOne(x + 1);\n  return await job;\n});\n"
    [(row, code, message)] = findings(TS_HEAD + body, LANG_TYPESCRIPT)
    assert (row, code) == (4, "WAC106") and "never awaited" in message
