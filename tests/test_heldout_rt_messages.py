"""Red team RT: TypeScript workflows ported from other durable-execution frameworks and
values crossing the checkpoint's JSON, pinned with WAC107 / WAC302 / WAC101's messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = 'import { step, task, taskScript, workflow } from "windmill-client";\n'


def findings(code: str, code_: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def retry_task(policy: str) -> str:
    return (
        HEAD
        + "const render = task(async (id: string) => id, { retry: "
        + policy
        + " });\n"
        + "export const main = workflow(async (id: string) => await render(id));\n"
    )


def test_retry_delay_in_milliseconds() -> None:
    code = retry_task("{ attempts: 3, delay: 5 * 1000, max_delay: retryCapMs }")
    ms = (
        "retry `{}` is a number of seconds in the SDK (the backoff is a durable sleep), but "
        "`{}` is in milliseconds: it waits 1000 times longer than meant; give seconds"
    )
    assert findings(code, "WAC302") == [
        (2, ms.format("delay", "5 * 1000")),
        (2, ms.format("max_delay", "retryCapMs")),
    ]


def test_retry_delay_in_seconds_is_fine() -> None:
    code = retry_task("{ attempts: 3, delay: MIN_TIMEOUT_MS / 1000, multiplier: 2, max_delay: 60 }")
    assert findings(code, "WAC302") == []
