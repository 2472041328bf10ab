"""Red team AM (amt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/am_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str, lang: str = LANG_TYPESCRIPT):
    name = "<t>.ts" if lang == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return result.findings


def findings(code: str, *codes: str, lang: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    return [(f.row, f.code) for f in run(code, *codes, lang=lang)]


def duplicate_key(shown: str, value: str, line: int) -> str:
    return (
        f'The approval key `{shown}` (the string `"{value}"`) is already used on line {line}: '
        "the SDK raises `WAC step key ... is already used` here; give each approval its own key"
    )


def test_an_enum_member_given_as_approval_key_is_its_string() -> None:
    # windmill-client 1.818.0 `_waitForApproval`: `_allocKey("jury")` a second time gives
    # `jury_2`, and the SDK throws; `Desk.Jury` of an enum (`const` or not) is "jury"
    for enum in ("const enum", "enum", "export const enum"):
        code = (
            'import { waitForApproval, workflow } from "windmill-client";\n'
            f'{enum} Desk {{ Jury = "jury", Treasurer = "treasurer" }}\n'
            "export const main = workflow(async (ok: boolean) => {\n"
            "  await waitForApproval({ key: Desk.Jury });\n"
            "  if (!ok) await waitForApproval({ key: Desk.Jury, timeout: 60 });\n"  # 5
            "  await waitForApproval({ key: Desk.Treasurer });\n"
            "  return ok;\n"
            "});\n"
        )
        found = run(code, "WAC303")
        assert [(f.row, f.message) for f in found] == [(5, duplicate_key("Desk.Jury", "jury", 4))]


def test_a_str_enum_member_given_as_python_approval_key_is_its_string() -> None:
    # wmill 1.850.0 `_wait_for_approval`: a `StrEnum` member is a str equal to its value
    code = (
        "from enum import Enum, StrEnum\n"
        "from wmill import wait_for_approval, workflow\n"
        "class Desk(StrEnum):\n"
        '    JURY = "jury"\n'
        "class Plain(Enum):\n"
        '    A = "a"\n'
        "@workflow\n"
        "async def main(x: str):\n"
        "    await wait_for_approval(key=Desk.JURY)\n"
        "    await wait_for_approval(key=Desk.JURY)\n"  # 10
        "    await wait_for_approval(key=Plain.A.value)\n"
        "    await wait_for_approval(key=Plain.A.value)\n"  # 12
        "    return x\n"
    )
    found = run(code, "WAC303", lang=LANG_PYTHON)
    assert [(f.row, f.message) for f in found] == [
        (10, duplicate_key("Desk.JURY", "jury", 9)),
        (12, duplicate_key("Plain.A.value", "a", 11)),
    ]


def test_a_name_bound_to_an_unchanged_literal_is_judged_by_its_members() -> None:
    # windmill-client 1.818.0 `taskScript`: the argument object is sent as the job's JSON
    # arguments; `_runInlineStep` stores `JSON.stringify` of the step's result. A name
    # bound to `{ at: new Date(iso) }` (or its `structuredClone`) carries the `Date` there
    code = (
        'import { step, taskScript, workflow } from "windmill-client";\n'
        'const report = taskScript("f/quilts/condition_report");\n'
        "export const main = workflow(async (id: string, iso: string) => {\n"
        "  const entry = { id, at: new Date(iso) };\n"
        "  const a = await report({ entry: structuredClone(entry) });\n"  # 5
        "  const b = await report(entry);\n"
        "  const s = await step('s', () => [entry]);\n"
        "  const changed = { id, at: new Date(iso) };\n"
        "  changed.at = new Date(0);\n"
        "  const c = await report({ changed });\n"  # 10: the literal no longer says
        "  const plain = { id, at: iso };\n"
        "  const d = await report({ plain: structuredClone(plain) });\n"
        "  return [a, b, s, c, d];\n"
        "});\n"
    )
    sent = (
        "a `Date` inside the value passed to the script `f/quilts/condition_report`: the "
        "job's arguments are sent as JSON, so it arrives as its ISO string"
    )
    found = run(code, "WAC107")
    assert [(f.row, f.message) for f in found] == [
        (5, f"`structuredClone(entry)` holds `new Date(iso)` (line 4), {sent}"),
        (6, f"`entry` holds `new Date(iso)` (line 4), {sent}"),
        (
            7,
            "`entry` holds `new Date(iso)` (line 4), a `Date` inside the value returned by "
            "this step: it is checkpointed as JSON and comes back as its ISO string",
        ),
    ]


def test_a_python_name_bound_to_an_unchanged_dict_is_judged_by_its_members() -> None:
    code = (
        "from datetime import datetime\n"
        "from wmill import task_script, workflow\n"
        'report = task_script("f/x/report")\n'
        "@workflow\n"
        "async def main(iso: str):\n"
        '    entry = {"at": datetime.fromisoformat(iso)}\n'
        '    other = {"at": datetime.fromisoformat(iso)}\n'
        '    other["at"] = iso\n'
        "    await report(entry=entry)\n"  # 9
        "    await report(entry=other)\n"
        "    return iso\n"
    )
    assert findings(code, "WAC107", lang=LANG_PYTHON) == [(9, "WAC107")]


WAITS = (
    "`setTimeout` waits, holding the worker (use the SDK's `sleep`), in the workflow body, "
    "which re-runs on every replay; move it into a task or a `step(...)`"
)


def test_a_timer_resolving_promise_with_resolvers_waits() -> None:
    # windmill-client 1.818.0: only `sleep` suspends durably (`_sleep`); a timer that
    # settles the promise of `Promise.withResolvers()`, awaited by the body, holds the worker
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const hang = task(async function hang(id: string) { return id; });\n"
        "export const main = workflow(async (id: string, s: number) => {\n"
        "  await hang(id);\n"
        "  const { promise, resolve } = Promise.withResolvers<void>();\n"
        "  setTimeout(resolve, s * 1000);\n"  # 6
        "  await promise;\n"
        "  const d = Promise.withResolvers<void>();\n"
        "  setTimeout(() => d.resolve(), s * 1000);\n"  # 9
        "  await d.promise;\n"
        "  const { promise: p2, reject: fail } = Promise.withResolvers<void>();\n"
        "  setTimeout(() => { fail(new Error('late')); }, 10);\n"  # 12
        "  await p2;\n"
        "  setTimeout(() => console.log('tick'), 10);\n"  # schedules only
        "  const { resolve: r3 } = Promise.withResolvers<string>();\n"
        "  setTimeout(() => console.log(r3), 10);\n"  # never calls it
        "  return id;\n"
        "});\n"
    )
    found = run(code, "WAC101")
    assert [(f.row, f.message) for f in found] == [(6, WAITS), (9, WAITS), (12, WAITS)]


def test_a_method_decorator_running_the_method_inside_step_defers_its_body() -> None:
    # windmill-client 1.818.0 `_runInlineStep`: the function given to `step` runs once
    # and is checkpointed; a TC39 method decorator whose wrapper calls the method only
    # through `target.apply(this, args)` / `target.call(...)` inside that function
    # makes the method's body a step callback, not body code
    code = (
        'import { step, workflow } from "windmill-client";\n'
        "function checkpointed(name: string) {\n"
        "  return function (target: any, _ctx: ClassMethodDecoratorContext) {\n"
        "    return function (this: unknown, ...args: unknown[]) {\n"
        "      return step(name, () => target.apply(this, args));\n"
        "    };\n"
        "  };\n"
        "}\n"
        "function stepped(target: any, ctx: ClassMethodDecoratorContext) {\n"
        "  return function (this: unknown, id: string) {\n"
        "    return step('stepped', () => target.call(this, id));\n"
        "  };\n"
        "}\n"
        "function twice(target: any, _ctx: ClassMethodDecoratorContext) {\n"
        "  return async function (this: unknown, ...args: unknown[]) {\n"
        "    await target.apply(this, args);\n"
        "    return step('again', () => target.apply(this, args));\n"
        "  };\n"
        "}\n"
        "class Market {\n"
        '  @checkpointed("price")\n'
        "  async price(id: string) { return (await fetch(`https://m/${id}`)).status; }\n"
        "  @stepped\n"
        "  async stock(id: string) { return (await fetch(`https://s/${id}`)).status; }\n"
        "  @twice\n"
        "  async sync(id: string) { return (await fetch(`https://y/${id}`)).status; }\n"
        "}\n"
        "const market = new Market();\n"
        "export const main = workflow(async (id: string) => {\n"
        "  const a = await market.price(id);\n"
        "  const b = await market.stock(id);\n"
        "  const c = await market.sync(id);\n"  # 32: `twice` also runs it in the body
        "  return [a, b, c];\n"
        "});\n"
    )
    assert findings(code, "WAC101") == [(32, "WAC101")]


NOT_AWAITED = (
    "The result of `{}(...)` is never awaited: the SDK still dispatches the task, but its "
    "result and its failure are lost; `await` it or gather it"
)


def test_a_task_destructured_from_a_literal_or_an_identity_function_is_that_task() -> None:
    # windmill-client 1.818.0: `task()` returns `wrapper`; an identity function of the
    # file (`proxyActivities<T>(impl: T): T { return impl; }`) hands the literal back,
    # so the destructured names are the tasks themselves
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const ship = task(async function ship(id: string) { return id; });\n"
        "const bill = task(async function bill(id: string) { return id; });\n"
        "function proxyActivities<T>(impl: T): T { return impl; }\n"
        "const same = <T,>(x: T) => x;\n"
        "function wrapped<T>(impl: T) { return { impl }; }\n"
        "const ACTS = { ship, charge: bill };\n"
        "const { ship: s1 } = proxyActivities({ ship, bill });\n"
        "const { charge: c1 } = same(ACTS);\n"
        "const { ship: s2 } = ACTS;\n"
        "const { impl: w1 } = wrapped(ship);\n"
        "const { ship: s3 } = { ship, ...{ ship: bill } };\n"
        "export const main = workflow(async (id: string) => {\n"
        "  s1(id);\n"  # 14
        "  c1(id);\n"
        "  s2(id);\n"
        "  w1(id);\n"  # not known: a member of another object
        "  s3(id);\n"  # a spread after it may override it
        "  return id;\n"
        "});\n"
    )
    found = run(code, "WAC106")
    assert [(f.row, f.message) for f in found] == [
        (14, NOT_AWAITED.format("s1")),
        (15, NOT_AWAITED.format("c1")),
        (16, NOT_AWAITED.format("s2")),
    ]


def test_a_schema_named_inside_another_runs_its_callbacks_where_that_one_parses() -> None:
    # zod runs the `.refine` / `.transform` / `.default` callbacks of every schema the
    # parsed one holds: `z.array(Line)` runs `Line`'s when `Request.parseAsync` runs
    code = (
        'import { task, workflow } from "windmill-client";\n'
        'import { z } from "zod";\n'
        "const Line = z.object({\n"
        "  sku: z.string().refine(async (s) => (await fetch(`https://c/${s}`)).ok),\n"
        "});\n"
        "const Stamp = z.object({ at: z.string().default(() => new Date().toISOString()) });\n"
        "const Plain = z.object({ sku: z.string().transform((s) => s.trim()) });\n"
        "const Request = z.object({ lines: z.array(Line).min(1) });\n"
        "const Stamped = z.object({ meta: Stamp.optional(), plain: z.array(Plain) });\n"
        "const Clean = z.object({ plain: z.array(Plain) });\n"
        "const t = task(async function t(x: string) { return x; });\n"
        "export const main = workflow(async (raw: unknown) => {\n"
        "  const a = await Request.parseAsync(raw);\n"  # 13
        "  const b = Stamped.parse(raw);\n"  # 14
        "  const c = Clean.parse(raw);\n"
        "  return [a, b, c, await t('x')];\n"
        "});\n"
    )
    assert findings(code, "WAC101", "WAC102") == [(13, "WAC101"), (14, "WAC102")]


def swallowed_in(helper: str) -> str:
    return (
        "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
        f"`{helper}`, which the workflow calls): its handler runs on every suspension; "
        'rethrow it first: `if (e?.name === "StepSuspend") throw e`'
    )


def test_a_catch_on_a_helper_parameter_given_a_promise_of_durable_calls() -> None:
    # windmill-client 1.818.0: a pending task's `then` raises `StepSuspend`;
    # `Promise.all` rejects with it, and `p.catch(() => fallback)` in the helper turns it
    # into the fallback. A task call given as it is (a bare `{ then }`) has no `catch`
    code = (
        'import { step, task, workflow } from "windmill-client";\n'
        "const q = task(async function q(c: string) { return { eur: 1, c }; });\n"
        "function orDefault<T>(p: Promise<T>, fallback: T): Promise<T> {\n"
        "  return p.catch(() => fallback);\n"
        "}\n"
        "export const main = workflow(async (cs: string[]) => {\n"
        "  const a = await orDefault(q('x') as unknown as Promise<{ eur: number }>, null);\n"
        "  const b = await orDefault(Promise.all(cs.map((c) => q(c))), []);\n"  # 8
        "  const c = await orDefault(step('s', () => 1), 0);\n"  # 9
        "  const d = await orDefault(Promise.resolve(3), 0);\n"
        "  return [a, b, c, d];\n"
        "});\n"
    )
    found = run(code, "WAC202")
    assert [(f.row, f.message) for f in found] == [
        (8, swallowed_in("orDefault")),
        (9, swallowed_in("orDefault")),
    ]
