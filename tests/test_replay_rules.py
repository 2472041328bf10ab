"""Pinned messages and exact fix outputs of the replay-semantics rules
(WAC104, WAC105, WAC107, WAC204, WAC301-WAC305)."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.fixes import apply_fixes
from wac_lint.model import Span
from wac_lint.rule import Finding
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_HEAD = (
    "from wmill import task, task_script, step, sleep, wait_for_approval, parallel, workflow\n"
)
TS_HEAD = (
    "import { task, taskScript, step, sleep, waitForApproval, parallel, workflow } "
    'from "windmill-client";\n'
)


def analyze(code: str, language: str, only: str) -> list[Finding]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language))
    return [f for f in result.findings if f.code == only]


MESSAGES = [
    (
        "WAC104",
        LANG_PYTHON,
        PY_HEAD + "@workflow\nasync def main():\n    audit = []\n"
        "    await step('c', lambda: audit.append(1))\n    return audit\n",
        (
            5,
            "error",
            "This `step(...)` callback changes `audit`, which belongs to the workflow "
            "body: once the step is checkpointed it is not called again and only its return value "
            "comes back, so the change is lost on replay; return the value from the step and "
            "assign "
            "it in the body",
        ),
    ),
    (
        "WAC105",
        LANG_PYTHON,
        PY_HEAD + "@task()\nasync def n(u: str):\n    return u\n\n@workflow\nasync def main(us: "
        "list[str]):\n"
        "    for u in set(us):\n        await n(u)\n",
        (
            8,
            "error",
            "Durable calls are dispatched in the order of a `set`, which can differ "
            "between replays; checkpoint keys follow call order, so results can be swapped; "
            "iterate `sorted(...)`",
        ),
    ),
    (
        "WAC107",
        LANG_TYPESCRIPT,
        TS_HEAD + 'export const main = workflow(async () => await step("d", () => new Date()));\n',
        (
            2,
            "warning",
            "`new Date()` is a `Date` returned by this step: it is checkpointed as JSON "
            "and comes back as its ISO string",
        ),
    ),
    (
        "WAC204",
        LANG_PYTHON,
        PY_HEAD
        + "@task()\nasync def t(x: str):\n    return x\n\n@workflow\nasync def main(x: str):\n"
        "    try:\n        return await t(x)\n    except KeyError:\n        return None\n",
        (
            10,
            "error",
            "`except KeyError` never matches here: the guarded code only runs tasks and "
            "steps, and the SDK raises `TaskError` for their failures (the original class is only "
            "in `e.result['error']['name']`); catch `TaskError` instead of `KeyError`",
        ),
    ),
    (
        "WAC301",
        LANG_TYPESCRIPT,
        TS_HEAD + "export const main = workflow(async (xs: string[]) => {\n"
        "  const t = task(async (x: string) => x);\n  return await parallel(xs, t, 3);\n});\n",
        (
            4,
            "error",
            "`parallel` reads `options?.concurrency`, so a bare number is ignored and every "
            "item runs at once; write `{ concurrency: 3 }`",
        ),
    ),
    (
        "WAC301",
        LANG_PYTHON,
        PY_HEAD + "@workflow\nasync def main():\n    await step('x')\n",
        (
            4,
            "error",
            '`step` needs a name and a function (`step("name", fn)`): this raises `TypeError`',
        ),
    ),
    (
        "WAC302",
        LANG_TYPESCRIPT,
        TS_HEAD
        + "export const main = workflow(async () => await waitForApproval({ approver: 'a' }));\n",
        (
            2,
            "error",
            "`approver` is not an option of `waitForApproval` (the SDK ignores it, so the "
            "default applies); it is a parameter of `getResumeUrls`",
        ),
    ),
    (
        "WAC302",
        LANG_PYTHON,
        PY_HEAD + "@workflow\nasync def main(xs: list[int]):\n"
        "    return await parallel(xs, str, concurrency=0)\n",
        (
            4,
            "warning",
            "`concurrency=0` dispatches every item at once (the SDK treats a value below "
            "1 as no limit); drop it or give a positive number",
        ),
    ),
    (
        "WAC303",
        LANG_PYTHON,
        PY_HEAD + "@workflow\nasync def main():\n    await wait_for_approval(key='k')\n"
        "    return await wait_for_approval(key='k')\n",
        (
            5,
            "error",
            "The approval key `'k'` is already used on line 4: the SDK raises `WAC step key "
            "... is already used` here; give each approval its own key",
        ),
    ),
    (
        "WAC304",
        LANG_PYTHON,
        PY_HEAD + "@task()\nasync def t(x: str):\n    return await step('s', lambda: x)\n\n"
        "@workflow\nasync def main(x: str):\n    return await t(x)\n",
        (
            4,
            "warning",  # it runs there (wmill 1.850.0), only not as a durable operation
            "`step` inside a task body runs its function in place and checkpoints nothing; "
            "call it from the workflow body",
        ),
    ),
    (
        "WAC305",
        LANG_PYTHON,
        PY_HEAD
        + "@workflow\nasync def main():\n    return await wait_for_approval(3600, None, False)\n",
        (
            4,
            "info",
            "`False` is Enterprise-only approval behaviour (WAC guide: do not use it unless "
            "that behaviour is asked for); it has no effect elsewhere",
        ),
    ),
]


@pytest.mark.parametrize("case", MESSAGES, ids=lambda c: f"{c[0]}-{c[1]}-{c[3][0]}")
def test_message_is_pinned(case: tuple[str, str, str, tuple[int, str, str]]) -> None:
    code, language, source, (row, severity, message) = case
    found = [(f.row, f.severity, f.message) for f in analyze(source, language, code)]
    assert found == [(row, severity, message)]


FIXES = [
    (
        "WAC302",
        LANG_TYPESCRIPT,
        TS_HEAD
        + "const t = task(async (x: number) => x, { concurrencyLimit: 2, retry: { tries: 1 } });\n"
        "export const main = workflow(async () => await t(1));\n",
        TS_HEAD + "const t = task(async (x: number) => x, "
        "{ concurrency_limit: 2, retry: { attempts: 1 } });\n"
        "export const main = workflow(async () => await t(1));\n",
    ),
    (
        "WAC302",
        LANG_TYPESCRIPT,
        TS_HEAD + "export const main = workflow(async (timeoutSec: number) => "
        "await waitForApproval({ timeoutSec }));\n",
        TS_HEAD + "export const main = workflow(async (timeoutSec: number) => "
        "await waitForApproval({ timeout: timeoutSec }));\n",
    ),
    (
        "WAC302",
        LANG_PYTHON,
        PY_HEAD + "ext = task_script('f/x', cacheTTL=60)\n\n@workflow\nasync def main():\n"
        "    return await ext()\n",
        PY_HEAD + "ext = task_script('f/x', cache_ttl=60)\n\n@workflow\nasync def main():\n"
        "    return await ext()\n",
    ),
    (
        "WAC105",
        LANG_PYTHON,
        PY_HEAD + "@task()\nasync def n(u: str):\n    return u\n\n@workflow\nasync def main(us: "
        "list[str]):\n"
        "    return [await n(u) for u in {x.lower() for x in us}]\n",
        PY_HEAD + "@task()\nasync def n(u: str):\n    return u\n\n@workflow\nasync def main(us: "
        "list[str]):\n"
        "    return [await n(u) for u in sorted({x.lower() for x in us})]\n",
    ),
    (
        "WAC107",
        LANG_PYTHON,
        "import datetime\n" + PY_HEAD + "@workflow\nasync def main():\n"
        "    return await step('d', lambda: datetime.date.today())\n",
        "import datetime\n" + PY_HEAD + "@workflow\nasync def main():\n"
        "    return await step('d', lambda: datetime.date.today().isoformat())\n",
    ),
    (
        "WAC107",
        LANG_TYPESCRIPT,
        TS_HEAD + "export const main = workflow(async (ids: string[]) => "
        'await step("m", () => new Map(ids.map((i) => [i, 1]))));\n',
        TS_HEAD + "export const main = workflow(async (ids: string[]) => "
        'await step("m", () => Object.fromEntries(new Map(ids.map((i) => [i, 1])))));\n',
    ),
]


@pytest.mark.parametrize("case", FIXES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_fix_output_is_pinned_and_clears_the_finding(case: tuple[str, str, str, str]) -> None:
    code, language, source, expected = case
    found = analyze(source, language, code)
    assert found and all(f.fix is not None and f.fix.applicability == "unsafe" for f in found)
    fixed = apply_fixes(source, found, unsafe=True).text
    assert fixed == expected
    assert analyze(fixed, language, code) == []
    assert analyze(fixed, language, "WAC000") == []


def test_suggestions_are_not_applied_without_unsafe_fixes() -> None:
    code, language, source, _ = FIXES[0]
    found = analyze(source, language, code)
    assert apply_fixes(source, found, unsafe=False).text == source


# The "wrap in step" suggestion of WAC101 / WAC102 (rules/_wrap_in_step.py).
WRAPS = [
    (
        "WAC101",
        LANG_PYTHON,
        "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(url: str):\n"
        "    requests.post(url, json={'a': 1})\n    return 1\n",
        "import requests\nfrom wmill import workflow, step\n\n@workflow\nasync def main(url: "
        "str):\n"
        "    await step(\"requests_post\", lambda: requests.post(url, json={'a': 1}))\n    return "
        "1\n",
    ),
    (
        "WAC101",
        LANG_PYTHON,
        "import requests\nfrom wmill import step, workflow\n\n@workflow\nasync def main(url: "
        "str):\n"
        "    data = requests.get(url).json()\n    return data\n",
        "import requests\nfrom wmill import step, workflow\n\n@workflow\nasync def main(url: "
        "str):\n"
        '    data = await step("requests_get", lambda: requests.get(url).json())\n    return data\n'
        "",
    ),
    (
        "WAC102",
        LANG_PYTHON,
        "import time\nfrom wmill import step, workflow\n\n@workflow\nasync def main():\n"
        "    started = time.time()\n    return started\n",
        "import time\nfrom wmill import step, workflow\n\n@workflow\nasync def main():\n"
        '    started = await step("time_time", lambda: time.time())\n    return started\n',
    ),
    (
        "WAC101",
        LANG_TYPESCRIPT,
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        '  await fetch(url, { method: "POST" });\n  return 1;\n});\n',
        'import { workflow, step } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        '  await step("fetch", async () => { await fetch(url, { method: "POST" }); });\n'
        "  return 1;\n});\n",
    ),
    (
        "WAC102",
        LANG_TYPESCRIPT,
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n  return Date.now();\n});\n",
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        '  return await step("Date_now", () => Date.now());\n});\n',
    ),
    (
        # the body drops the value: the callback returns nothing (an axios response,
        # circular, would make the step's `JSON.stringify` throw)
        "WAC101",
        LANG_TYPESCRIPT,
        'import axios from "axios";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        "  await axios.post(url, { ok: true });\n  return 1;\n});\n",
        'import axios from "axios";\n'
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        '  await step("axios_post", async () => { await axios.post(url, { ok: true }); });\n'
        "  return 1;\n});\n",
    ),
    (
        "WAC101",
        LANG_TYPESCRIPT,
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        "  const body = await (await fetch(url)).json();\n  return body;\n});\n",
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string) => {\n"
        '  const body = await step("fetch", async () => await (await fetch(url)).json());\n'
        "  return body;\n});\n",
    ),
    (
        "WAC102",
        LANG_TYPESCRIPT,
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n  const r = Math.random();\n  return r;\n});\n"
        "",
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        '  const r = await step("Math_random", () => Math.random());\n  return r;\n});\n',
    ),
]


@pytest.mark.parametrize("case", WRAPS, ids=lambda c: f"{c[0]}-{c[1]}-{c[2].count(chr(10))}")
def test_wrap_in_step_output_is_pinned(case: tuple[str, str, str, str]) -> None:
    code, language, source, expected = case
    found = analyze(source, language, code)
    assert len(found) == 1 and found[0].fix is not None
    assert found[0].fix.applicability == "unsafe"
    fixed = apply_fixes(source, found, unsafe=True).text
    assert fixed == expected
    assert analyze(fixed, language, code) == []
    assert analyze(fixed, language, "WAC000") == []


@pytest.mark.parametrize("case", WRAPS, ids=lambda c: f"{c[0]}-{c[1]}-{c[2].count(chr(10))}")
def test_wrap_in_step_past_the_reparse_budget_is_the_same(
    case: tuple[str, str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `WHOLE_FILE_BUDGET` bytes re-parsed in a file each edit is parsed on its
    own rather than the whole file per suggestion (2,300 findings in a 60 KB body:
    25 s): the same suggestion, which applies to a file that parses."""
    from wac_lint.rules import _wrap_in_step

    monkeypatch.setattr(_wrap_in_step, "WHOLE_FILE_BUDGET", 0)
    code, language, source, expected = case
    found = analyze(source, language, code)
    assert len(found) == 1 and found[0].fix is not None
    assert apply_fixes(source, found, unsafe=True).text == expected


def test_wrap_in_step_parsed_alone_refuses_text_that_does_not_parse() -> None:
    from wac_lint.languages import LanguageKind
    from wac_lint.rules._wrap_in_step import _parses_alone

    source = SourceFile("x.py", "x = 1\n", LANG_PYTHON)
    model = source.lang.build_model(source)
    span = Span(0, 1, 0, 0, 0, 1)
    assert model.language is LanguageKind.PYTHON
    assert _parses_alone(model, (span, 'await step("a", lambda: f(x))'), False)
    assert not _parses_alone(model, (span, 'await step("a", lambda: f(x)'), False)
    assert _parses_alone(model, (span, ", step"), True)
    assert not _parses_alone(model, (span, ", step step"), True)


NO_WRAP = [
    # the value is kept and a Response does not survive the checkpoint
    (
        "WAC101",
        LANG_PYTHON,
        "import requests\nfrom wmill import step, workflow\n\n@workflow\nasync def main(url: "
        "str):\n"
        "    resp = requests.get(url)\n    return resp.status_code\n",
    ),
    # a datetime kept in a variable would come back a string
    (
        "WAC102",
        LANG_PYTHON,
        "from datetime import datetime\nfrom wmill import step, workflow\n\n@workflow\n"
        "async def main():\n    now = datetime.now()\n    return now.year\n",
    ),
    # a lambda cannot hold an `await`
    (
        "WAC101",
        LANG_PYTHON,
        "import httpx\nfrom wmill import step, workflow\n\n@workflow\nasync def main(url: str):\n"
        "    await httpx.post(url, json=await compute())\n    return 1\n\nasync def compute():\n"
        "    return 1\n",
    ),
    # `step` is a local name here
    (
        "WAC101",
        LANG_TYPESCRIPT,
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (url: string, step: number) => {\n"
        "  await fetch(url);\n  return step;\n});\n",
    ),
    # inside a callback the body runs itself: wrapping would change what runs when
    (
        "WAC101",
        LANG_TYPESCRIPT,
        'import { step, workflow } from "windmill-client";\n'
        "export const main = workflow(async (urls: string[]) => {\n"
        "  await Promise.all(urls.map(async (u) => { await fetch(u); }));\n  return 1;\n});\n",
    ),
    # reached through a helper
    (
        "WAC101",
        LANG_PYTHON,
        "import requests\nfrom wmill import step, workflow\n\ndef ping(url):\n"
        "    return requests.get(url).status_code\n\n@workflow\nasync def main(url: str):\n"
        "    ping(url)\n    return 1\n",
    ),
]


@pytest.mark.parametrize("case", NO_WRAP, ids=lambda c: f"{c[0]}-{c[1]}-{c[2].count(chr(10))}")
def test_no_wrap_where_it_would_change_meaning(case: tuple[str, str, str]) -> None:
    code, language, source = case
    found = analyze(source, language, code)
    assert found and all(f.fix is None for f in found)


def test_wrap_round_trips_on_the_wac101_wac102_examples() -> None:
    from wac_lint.registry import rule_by_code

    wrapped = 0
    for code in ("WAC101", "WAC102"):
        rule = rule_by_code(code)
        assert rule is not None
        for example in rule.INVALID:
            source = example.clean_code
            for finding in analyze(source, example.language, code):
                if finding.fix is None:
                    continue
                wrapped += 1
                fixed = apply_fixes(source, [finding], unsafe=True).text
                assert "await step(" in fixed
                assert analyze(fixed, example.language, "WAC000") == []
                left = analyze(fixed, example.language, code)
                assert all(f.row != finding.row for f in left), fixed
    assert wrapped >= 3


def test_sdk_calls_are_resolved_through_rebinding_and_submodules() -> None:
    source = (
        "from wmill import workflow\nfrom wmill.client import task as _task\n"
        "t = _task\n\n@t(timeout_secs=60)\nasync def load(x: int):\n    return x\n\n"
        "@workflow\nasync def main():\n    return await load(1)\n"
    )
    found = analyze(source, LANG_PYTHON, "WAC302")
    assert [(f.row, f.message) for f in found] == [
        (
            5,
            "`timeout_secs` is not an option of `task`: the SDK raises `TypeError` on this "
            "call; did you mean `timeout`?",
        )
    ]


def test_a_local_name_that_shadows_the_sdk_is_not_the_sdk() -> None:
    source = (
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (waitForApproval: (x: number) => number) => {\n"
        "  return waitForApproval(3600);\n});\n"
    )
    assert analyze(source, LANG_TYPESCRIPT, "WAC301") == []
