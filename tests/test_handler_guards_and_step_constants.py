"""Messages of findings the whole-workflow corpus (redteam-c) brought out: WAC103 on a
step name held in a rebound module variable, WAC202 on handlers that read like guards but let
the suspension through, and none on the guard forms that do rethrow it."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

TS_HEAD = (
    'import { step, task, workflow } from "windmill-client";\n'
    "const charge = task(async (x: string) => x);\n"
)


def findings(text: str, language: str, name: str) -> list[tuple[int, str, str]]:
    source = SourceFile(path=name, text=text, language=language)
    return [(f.row, f.code, f.message) for f in analyze_source(source).findings]


def ts_handler(body: str) -> str:
    return (
        TS_HEAD + "export const main = workflow(async (x: string) => {\n"
        "  try {\n    return await charge(x);\n  } catch (e) {\n"
        f"{body}"
        "  }\n});\n"
    )


def test_step_name_from_rebound_module_variable_keeps_the_general_message() -> None:
    text = (
        'from wmill import step, workflow\n\nSTEP = "a"\nSTEP = "b"\n\n@workflow\n'
        "async def main():\n    return await step(STEP, lambda: 1)\n"
    )
    [(_, code, message)] = findings(text, LANG_PYTHON, "w.py")
    assert code == "WAC103" and "is computed at run time" in message


@pytest.mark.parametrize(
    "body",
    [
        # a predicate helper whose test holds for StepSuspend
        "    if (isSuspend(e)) throw e;\n    return null;\n",
        # an alias of the caught error, rethrown for all but TaskError
        '    const err = e as Error;\n    if (err.name !== "TaskError") throw err;\n'
        "    return null;\n",
        # a test false for StepSuspend, with an else that rethrows
        '    if (e instanceof Error && e.name === "TaskError") {\n      return null;\n'
        "    } else {\n      throw e;\n    }\n",
        # `!(...)` of a test false for StepSuspend
        '    if (!(e instanceof Error && e.name === "TaskError")) throw e;\n    return null;\n',
    ],
)
def test_guards_that_rethrow_the_suspension(body: str) -> None:
    helper = (
        "function isSuspend(e: unknown): boolean {\n"
        '  return typeof e === "object" && e !== null && (e as any).name === "StepSuspend";\n'
        "}\n"
    )
    assert findings(helper + ts_handler(body), LANG_TYPESCRIPT, "w.ts") == []


SWALLOW = (
    "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its "
    'handler runs on every suspension; rethrow it first: `if (e?.name === "StepSuspend") '
    "throw e`"
)


def swallow_on(path: str) -> str:
    return (
        f"This catch also catches the SDK's suspension (`StepSuspend` is an Error) and {path}: "
        "on that path its handler runs on every suspension; rethrow it first: "
        '`if (e?.name === "StepSuspend") throw e`'
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # every Error passes `instanceof Error`, so the else never sees StepSuspend
        (
            "    if (e instanceof Error) {\n      return null;\n    } else {\n      throw e;\n"
            "    }\n",
            swallow_on(
                "as `e instanceof Error` is true for it, leaves through the `return` on line 9"
            ),
        ),
        # the helper's test also needs a property StepSuspend does not have
        ("    if (isSuspend(e)) throw e;\n    return null;\n", SWALLOW),
        # the alias is rethrown only when it is a TaskError
        (
            '    const err = e as Error;\n    if (err.name === "TaskError") throw err;\n'
            "    return null;\n",
            swallow_on(
                'rethrows it only when `err.name === "TaskError"` is true (never, for it); '
                "otherwise it leaves through the `return` on line 10"
            ),
        ),
    ],
)
def test_guards_that_swallow_the_suspension(body: str, message: str) -> None:
    helper = 'const isSuspend = (e: any) => e?.name === "StepSuspend" && e.retryable;\n'
    text = helper + ts_handler(body)
    assert findings(text, LANG_TYPESCRIPT, "w.ts") == [(7, "WAC202", message)]


def test_task_call_dropped_as_the_right_side_of_a_logical_expression() -> None:
    text = (
        'import { task, workflow } from "windmill-client";\n'
        "const notify = task(async (x: string) => x);\n"
        "export const main = workflow(async (x: string, loud: boolean) => {\n"
        "  loud && notify(x);\n"
        "  const kept = loud && (await notify(x));\n"
        "  return await (loud ? notify(x) : null) ?? kept;\n"
        "});\n"
    )
    assert [(row, code) for row, code, _ in findings(text, LANG_TYPESCRIPT, "w.ts")] == [
        (4, "WAC106")
    ]
    py_text = (
        "from wmill import task, workflow\n\n@task()\nasync def notify(x: str):\n    return x\n\n"
        "@workflow\nasync def main(x: str, loud: bool):\n"
        "    loud and notify(x)\n"
        "    return await (loud and notify(x))\n"
    )
    [(row, code, message)] = findings(py_text, LANG_PYTHON, "w.py")
    assert (row, code) == (9, "WAC106")
    assert message.startswith("The result of `notify(...)` is never awaited")


def test_switch_on_the_error_name_whose_default_rethrows() -> None:
    body = (
        "    switch ((e as Error).name) {\n"
        '      case "TaskError":\n        return null;\n'
        "      default:\n        throw e;\n    }\n"
    )
    assert findings(ts_handler(body), LANG_TYPESCRIPT, "w.ts") == []
    swallowing = body.replace("throw e;", "return undefined;")
    assert [(r, c) for r, c, _ in findings(ts_handler(swallowing), LANG_TYPESCRIPT, "w.ts")] == [
        (6, "WAC202")
    ]


def test_catch_around_awaiting_task_promises_collected_earlier() -> None:
    text = (
        TS_HEAD + "export const main = workflow(async (xs: string[]) => {\n"
        "  const pending: Promise<string>[] = [];\n"
        "  for (const x of xs) pending.push(charge(x));\n"
        "  try {\n    return await Promise.all(pending);\n  } catch (e) {\n    return [];\n  }\n"
        "});\n"
    )
    assert findings(text, LANG_TYPESCRIPT, "w.ts") == [(8, "WAC202", SWALLOW)]
    py_text = (
        "import asyncio\nfrom wmill import task, workflow\n\n@task()\nasync def charge(x: str):\n"
        "    return x\n\n@workflow\nasync def main(xs: list[str]):\n"
        "    coros = [charge(x) for x in xs]\n"
        "    try:\n        return await asyncio.gather(*coros)\n    except:\n        return []\n"
    )
    [(row, code, _)] = findings(py_text, LANG_PYTHON, "w.py")
    assert (row, code) == (13, "WAC201")


def test_llm_and_saas_client_calls_in_the_body_are_network_io() -> None:
    text = (
        'import { task, workflow } from "windmill-client";\nimport OpenAI from "openai";\n'
        'import Stripe from "stripe";\nconst openai = new OpenAI();\n'
        "const t = task(async (x: string) => x);\n"
        "export const main = workflow(async (body: string, sig: string) => {\n"
        '  const event = Stripe.webhooks.constructEvent(body, sig, "whsec");\n'
        '  const r = await openai.chat.completions.create({ model: "m", messages: [] });\n'
        "  return await t(event.type);\n});\n"
    )
    assert findings(text, LANG_TYPESCRIPT, "w.ts") == [
        (
            8,
            "WAC101",
            "`openai.chat.completions.create` calls a cloud or external API in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]
    py_text = (
        "import anthropic\nfrom wmill import workflow\n\nclaude = anthropic.Anthropic()\n\n"
        "@workflow\nasync def main(x: str):\n"
        '    return claude.messages.create(model="m", max_tokens=1, messages=[])\n'
    )
    [(row, code, message)] = findings(py_text, LANG_PYTHON, "w.py")
    assert (row, code) == (8, "WAC101")
    assert message.startswith(
        "`claude.messages.create` calls a cloud or external API in the workflow body"
    )
