"""Red team X (xt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/x_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


HEAD = (
    'import { task, step, sleep, waitForApproval, workflow } from "windmill-client";\n'
    "const send = task(async (to: string, body: string) => {\n"
    '  await fetch(`https://x/${to}`, { method: "POST", body });\n'
    "});\n"
)


def test_call_and_apply_pass_the_task_the_arguments_after_this() -> None:
    # `Function.prototype.call(thisArg, ...args)` / `apply(thisArg, [args])` /
    # `Reflect.apply(fn, thisArg, [args])`: the wrapper receives `args`, not `thisArg`
    code = HEAD + (
        "export const main = workflow(async (to: string, rest: string[]) => {\n"
        '  await send.call(null, to, "hi");\n'
        '  await send.apply(undefined, [to, "hi"]);\n'
        '  await Reflect.apply(send, null, [to, "hi"]);\n'
        "  await send.apply(null, [...rest]);\n"
        "  await send.apply(null, rest);\n"
        '  await send.bind(null, to)("hi");\n'
        "  await send.call(null, to);\n"  # 12: `body` missing
        '  await send.apply(null, [to, "hi", "x"]);\n'  # 13: one too many
        "});\n"
    )
    assert findings(code, "WAC402") == [(12, "WAC402"), (13, "WAC402")]
