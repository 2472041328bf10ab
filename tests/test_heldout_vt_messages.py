"""Red team V (vt): TypeScript workflows ported from other engines, promise combinators,
values crossing the checkpoint and operations runbooks, pinned with the messages of the
findings round V's blind scripts first missed."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { sleep, step, task, taskScript, waitForApproval, workflow } from "windmill-client";\n'
)


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def test_milliseconds_through_a_constant() -> None:
    code = (
        'import ms from "ms";\n' + HEAD + "const APPROVAL_TIMEOUT_MS = 30 * 60 * 1000;\n"
        "const THREE_DAYS = 3 * 24 * 60 * 60 * 1000;\n"
        'const BAKE = ms("10m");\n'
        "const BAKE_SECONDS = 10 * 60;\n"
        "const HALF = THREE_DAYS / 1000 / 2;\n"
        "export const main = workflow(async () => {\n"
        "  await sleep(BAKE);\n"
        "  await sleep(BAKE_SECONDS);\n"
        "  await sleep(HALF);\n"
        '  await waitForApproval({ key: "dba", timeout: APPROVAL_TIMEOUT_MS });\n'
        '  await waitForApproval({ key: "legal", timeout: THREE_DAYS });\n'
        "});\n"
    )
    assert findings(code, "WAC301") == [
        (
            9,
            "`sleep` takes seconds, but `BAKE` is in milliseconds (`setTimeout`'s unit): the "
            "workflow waits 1000 times longer; pass seconds (`5 * 60` for five minutes)",
        )
    ]
    ms_timeout = (
        "`timeout` is a number of seconds in the SDK, but `{}` is in milliseconds: it is "
        "1000 times longer than meant; give seconds"
    )
    assert findings(code, "WAC302") == [
        (12, ms_timeout.format("APPROVAL_TIMEOUT_MS")),
        (13, ms_timeout.format("THREE_DAYS")),
    ]


def test_sleep_given_an_object() -> None:
    code = (
        HEAD + "export const main = workflow(async () => {\n"
        "  await sleep({ minutes: 5 } as unknown as number);\n"
        "  await sleep([5] as unknown as number);\n"
        "  await sleep(5 * 60);\n"
        "});\n"
    )
    assert findings(code, "WAC301") == [
        (
            3,
            "`sleep` takes a number of seconds: `{ minutes: 5 } as unknown as number` is not "
            "one, and `Math.round` of it is `NaN`; pass a number (`5 * 60` for five minutes)",
        )
    ]


def test_python_sleep_given_a_dict() -> None:
    code = (
        "from wmill import sleep, workflow\n\n"
        "@workflow\n"
        "async def main():\n"
        '    await sleep({"minutes": 5})\n'
        "    await sleep(300)\n"
    )
    result = analyze_source(SourceFile("<p>", code, LANG_PYTHON), select=["WAC301"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            5,
            '`sleep` takes a number of seconds: `{"minutes": 5}` is not one, and `int()` of it '
            "raises `TypeError`; pass a number (`5 * 60` for five minutes)",
        )
    ]
