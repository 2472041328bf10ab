"""Red team AC (act): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/ac_ts_*`): tasks held in collections (a `Map`, an object's
values or entries, an array spread) reached through a loop's `[key, task]` pattern or an
array method's callback; plain functions reached the same way; handler tests that read
what `StepSuspend` always has (`e.message`, a message derived from it); a handler whose
first step on the suspension's path is a durable call."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str, lang: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    name = "<t>.ts" if lang == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


def reported(code: str, code_: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=[code_])
    return [(f.row, str(f.severity), f.message) for f in result.findings]


TASKS = (
    'import { task, workflow } from "windmill-client";\n'
    "const sms = task(async (id: string) => id);\n"  # 2
    "const mail = task(async (id: string) => id);\n"  # 3
    'const BY_CHANNEL = new Map([["sms", sms], ["mail", mail]]);\n'  # 4
    "const TABLE = { sms, mail };\n"  # 5
    "const LIST = [sms, mail];\n"  # 6
)

UNAWAITED = (
    "The result of `t(...)` is never awaited: the SDK still dispatches the task, but its "
    "result and its failure are lost; `await` it or gather it"
)


def body(*lines: str) -> str:
    inner = "".join(f"  {line}\n" for line in lines)
    return TASKS + f"export const main = workflow(async (id: string) => {{\n{inner}}});\n"


def test_a_task_from_a_map_iterated_with_a_key_value_pattern_is_a_task_call() -> None:
    # windmill-client 1.818.0: each `t(id)` returns ctx._nextStep(...)'s bare `{ then }`
    code = body("for (const [k, t] of BY_CHANNEL) t(id);", "return 1;")  # 8
    assert reported(code, "WAC106") == [(8, "error", UNAWAITED)]
    for loop in (
        "for (const [k, t] of BY_CHANNEL.entries()) t(id);",
        "for (const [k, t] of Object.entries(TABLE)) t(id);",
        "for (const t of BY_CHANNEL.values()) t(id);",
        "for (const t of [...BY_CHANNEL.values()]) t(id);",
    ):
        assert findings(body(loop, "return 1;"), "WAC106") == [(8, "WAC106")], loop
    # awaited: fine; the key of an entry is no task
    assert findings(body("for (const [k, t] of BY_CHANNEL) await t(k);"), "WAC106") == []
    # a Map iterated without destructuring yields [key, task] arrays, not tasks
    assert findings(body("for (const e of BY_CHANNEL) console.log(e);"), "WAC106") == []


def test_the_element_parameter_of_an_array_method_callback_holds_each_task() -> None:
    for line in (
        "LIST.forEach((t) => { t(id); });",
        "BY_CHANNEL.forEach((t, k) => { t(k); });",  # a Map's forEach hands it the values
        "Object.entries(TABLE).forEach(([k, t]) => { t(k); });",
        "Array.from(BY_CHANNEL.values()).map((t) => { t(id); });",
    ):
        assert findings(body(line, "return 1;"), "WAC106") == [(8, "WAC106")], line
    # kept and only counted: never awaited
    kept = body("const started = Object.values(TABLE).map((t) => t(id));", "return started.length;")
    assert findings(kept, "WAC106") == [(8, "WAC106")]
    # gathered: fine
    gathered = body("return await Promise.all([...BY_CHANNEL.values()].map((t) => t(id)));")
    assert findings(gathered, "WAC106") == []


def test_a_task_in_a_field_of_each_element_of_an_array_of_descriptors() -> None:
    steps = TASKS + 'const STEPS = [{ name: "sms", run: sms }, { name: "mail", run: mail }];\n'

    def steps_body(*lines: str) -> str:
        inner = "".join(f"  {line}\n" for line in lines)
        return steps + f"export const main = workflow(async (id: string) => {{\n{inner}}});\n"

    for line in (
        "for (const s of STEPS) s.run(id);",
        "for (const { name, run } of STEPS) run(name);",
        "for (const { run: go } of STEPS) go(id);",
        "STEPS.forEach((s) => { s.run(id); });",
    ):
        assert findings(steps_body(line, "return 1;"), "WAC106") == [(9, "WAC106")], line
    fine = steps_body(
        "for (const s of STEPS) await s.run(id);",
        "return await Promise.all(STEPS.map((s) => s.run(id)));",
    )
    assert findings(fine, "WAC106") == []
    # one element's field is no task: not taken for one
    mixed = TASKS + (
        "const STEPS = [{ run: sms }, { run: async (x: string) => x }];\n"
        "export const main = workflow(async (id: string) => {\n"
        "  for (const s of STEPS) s.run(id);\n"
        "});\n"
    )
    assert findings(mixed, "WAC106") == []


def test_plain_functions_reached_through_entries_and_map_values_run_in_the_body() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const radio = task(async (zone: string) => zone);\n"
        "const siren = async (zone: string) => {\n"
        '  await fetch("https://sirens.example/" + zone, { method: "POST" });\n'  # 4
        "  return zone;\n"
        "};\n"
        'const ALERT = new Map([["radio", radio], ["siren", siren]]);\n'
        "const BY_NAME = { radio, siren };\n"
        "export const main = workflow(async (zone: string) => {\n"
        "  for (const [k, send] of ALERT) await send(zone);\n"  # 10
        "  for (const [k, send] of Object.entries(BY_NAME)) await send(zone);\n"  # 11
        "  ALERT.forEach(async (send) => { await send(zone); });\n"  # 12
        "  for (const send of ALERT.values()) await send(zone);\n"  # 13
        "  return 1;\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [10, 11, 12, 13]


def test_plain_functions_in_a_field_of_descriptors_run_in_the_body() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const a = task(async (x: string) => x);\n"
        "const ping = async (x: string) => {\n"
        '  await fetch("https://p.example/" + x, { method: "POST" });\n'
        "  return x;\n"
        "};\n"
        'const HOOKS = [{ name: "ping", run: ping }, { name: "a", run: a }];\n'
        "export const main = workflow(async (x: string) => {\n"
        "  for (const h of HOOKS) await h.run(x);\n"  # 9
        "  for (const { run } of HOOKS) await run(x);\n"  # 10
        "  HOOKS.forEach(async (h) => { await h.run(x); });\n"  # 11
        "  return 1;\n"
        "});\n"
    )
    assert [row for row, _ in findings(code, "WAC101")] == [9, 10, 11]
    quiet = code.replace('await fetch("https://p.example/" + x, { method: "POST" });', "")
    assert findings(quiet, "WAC101") == []


def test_python_items_of_a_table_of_tasks() -> None:
    code = (
        "from wmill import task, workflow\n"
        "@task()\nasync def a(x: str) -> str:\n    return x\n"
        "@task()\nasync def b(x: str) -> str:\n    return x\n"
        'HANDLERS = {"a": a, "b": b}\n'
        "@workflow\nasync def main(x: str):\n"
        "    for name, h in HANDLERS.items():\n"
        "        h(x)\n"  # 12
        "    return 1\n"
    )
    assert findings(code, "WAC106", lang=LANG_PYTHON) == [(12, "WAC106")]


HANDLER = (
    'import { task, workflow } from "windmill-client";\n'
    "const lockout = task(async (id: string) => id);\n"
    "const alert = task(async (id: string, why: string) => id);\n"
    "export const main = workflow(async (id: string) => {\n"
    "  try {\n"
    "    return await lockout(id);\n"
    "  } catch (e) {\n"  # 7
)


def test_a_test_of_the_suspensions_own_message_is_true_for_it() -> None:
    # wacError.mjs / client.mjs: StepSuspend is an Error named "StepSuspend" whose
    # message is "__step_suspend__": `e.message` is truthy for it
    code = HANDLER + (
        '    if (e instanceof Error && e.message) return "failed";\n'  # 8
        "    throw e;\n"
        "  }\n"
        "});\n"
    )
    assert reported(code, "WAC202") == [
        (
            7,
            "error",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and as "
            "`e instanceof Error && e.message` is true for it, leaves through the `return` on "
            "line 8: on that path its handler runs on every suspension; rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        )
    ]
    derived = HANDLER + (
        "    const msg = e instanceof Error ? e.message : String(e);\n"
        '    if (msg) return "failed: " + msg;\n'
        "    throw e;\n"
        "  }\n"
        "});\n"
    )
    assert findings(derived, "WAC202") == [(7, "WAC202")]
    # a test of a message the suspension never has: its real failures only
    quota = HANDLER + (
        '    if (e instanceof Error && e.message.includes("quota")) return "later";\n'
        "    throw e;\n"
        "  }\n"
        "});\n"
    )
    assert findings(quota, "WAC202") == []
    # the suspension's own name, as one side of `&&`: a guard that rethrows it
    guard = HANDLER + (
        '    if (e.message && e.name === "StepSuspend") throw e;\n    return "failed";\n  }\n});\n'
    )
    assert findings(guard, "WAC202") == []


def test_a_name_bound_to_the_caught_error_is_the_caught_error() -> None:
    # `const error = err as Error`: the same object; a test of its fields is one of err's
    head = HANDLER.replace("catch (e)", "catch (err)")
    code = head + (
        "    const error = err as Error;\n"
        '    if (error.name) return "failed: " + error.name;\n'
        "    throw err;\n"
        "  }\n"
        "});\n"
    )
    assert findings(code, "WAC202") == [(7, "WAC202")]
    for guard in (
        'if (error.name === "StepSuspend") throw err;',
        'if (error.name === "StepSuspend") throw error;',
        'if (error.name !== "TaskError") throw err;',
    ):
        fine = head + f"    const error = err as Error;\n    {guard}\n    return 1;\n  }}\n}});\n"
        assert findings(fine, "WAC202") == [], guard
    quota = head + (
        "    const error = err as Error;\n"
        '    if (error.message.includes("quota")) return 1;\n'
        "    throw err;\n"
        "  }\n"
        "});\n"
    )
    assert findings(quota, "WAC202") == []


def test_a_switch_true_in_a_handler_is_followed_case_by_case() -> None:
    def switch(first: str) -> str:
        return HANDLER + (
            "    switch (true) {\n"
            f"      case {first}:\n"
            '        return "first";\n'
            '      case (e as Error).message.includes("quota"):\n'
            '        return "quota";\n'
            "      default:\n"
            "        throw e;\n"
            "    }\n"
            "  }\n"
            "});\n"
        )

    # both tests are false for StepSuspend: it reaches `default: throw e`
    assert findings(switch("(e as any).status === 429"), "WAC202") == []
    # `e instanceof Error` is true for it: the first clause returns
    assert findings(switch("e instanceof Error"), "WAC202") == [(7, "WAC202")]
    # a clause that breaks out of the switch, then the handler carries on
    broken = HANDLER + (
        "    switch (true) {\n"
        "      case e instanceof Error:\n"
        '        console.log("failed");\n'
        "        break;\n"
        "      default:\n"
        "        throw e;\n"
        "    }\n"
        '    return "after";\n'
        "  }\n"
        "});\n"
    )
    assert findings(broken, "WAC202") == [(7, "WAC202")]


def test_a_durable_call_first_on_the_suspensions_path_is_the_warning() -> None:
    # client.mjs: `_nextStep` begins with `_rethrowSwallowed()`, so the task called first
    # in the branch the suspension takes rethrows it; the `continue` after never runs then
    code = HANDLER + (
        "    if (e instanceof Error && e.message) {\n"
        "      await alert(id, e.message);\n"
        '      return "alerted";\n'
        "    }\n"
        "    throw e;\n"
        "  }\n"
        "});\n"
    )
    assert reported(code, "WAC202") == [
        (
            7,
            "warning",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and "
            "reaches a durable call before doing anything else: windmill-client 1.818.0 "
            "rethrows the suspension there, before dispatching it, so the workflow still "
            "suspends; the guide asks to rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        )
    ]
    # a branch the suspension does not take leads past the test to what follows
    skipped = HANDLER + (
        "    if ((e as any).status === 429) {\n"
        '      return "throttled";\n'
        "    }\n"
        '    await alert(id, "failed");\n'
        '    return "alerted";\n'
        "  }\n"
        "});\n"
    )
    assert [s for _, s, _ in reported(skipped, "WAC202")] == ["warning"]
    # work before the durable call on that path: the error
    logged = HANDLER + (
        "    if (e instanceof Error && e.message) {\n"
        "      console.error(e.message);\n"
        "      await alert(id, e.message);\n"
        '      return "alerted";\n'
        "    }\n"
        "    throw e;\n"
        "  }\n"
        "});\n"
    )
    assert [s for _, s, _ in reported(logged, "WAC202")] == ["error"]


def test_a_value_nested_two_containers_deep_is_named_once() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const totals = task(async (n: number) => ({ all: [n].map((x) => BigInt(x)) }));\n"
        "export const main = workflow(async (n: number) => await totals(n));\n"
    )
    assert reported(code, "WAC107") == [
        (
            2,
            "warning",
            "`BigInt(x)` is a `bigint` inside the value returned by this task: it is "
            "checkpointed as JSON and comes back as a string of its digits",
        )
    ]
