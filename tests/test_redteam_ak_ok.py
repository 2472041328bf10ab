"""Red team AK (ako): regressions for the general causes behind findings missed or made
on the correct-script corpus (`tests/corpus/adversarial/ak_ok_*`: 62 scripts, no
finding, none false) and on public Windmill scripts (17 triaged, 42 findings, all true;
one mistake missed, the WAC902 below; 45 findings with it).

- WAC902: a TypeScript `main` whose parameter types are written on the declaration of
  `main` instead of on the function given to `workflow(...)` (`export const main: (text:
  string) => Promise<any> = workflow(async (text) => ...)`, a public LLM orchestrator;
  also through a function type alias of the file). Windmill's parser reads only the
  function's own parameters (windmill-oracle `sig`: `unknown`, `auto_kind: "wac"`), so
  the inputs are untyped; this was not reported.
- WAC106: the workflow function written as an expression-bodied arrow returning a task
  call (`workflow(async (a: string) => t(a))`, also through `as` or a conditional) was
  reported as never awaited under `export const main = ...` (not under `export default`),
  while `{ return t(a); }` was not: an async function's expression body is what it
  returns, and the returned thenable is adopted (windmill-client 1.818.0: its `then`
  dispatches or hands over the result). Found writing the test above.
- WAC202: a test of the caught error's `name` / `message` with `!==` against the
  suspension's own value (`e.name !== "StepSuspend"`, `e.message !== "__step_suspend__"`)
  was read as true for the suspension (every `!==` of a field against a string was), so a
  handler that rethrows it through a conditional (`throw e instanceof Error && e.name !==
  "StepSuspend" ? new Wrapped(e) : e`, `if (e.message !== "__step_suspend__") {...} else
  { throw e }`) was reported, with a message saying the opposite of what the test does.
- WAC202: a regex literal tried on the caught error's `name` / `message` (`/suspend/i.test(
  e.name)`, `e.message.match(/^__step/)`) is evaluated on the suspension's own text; beside
  `e instanceof Error &&` it was not, and the guard was reported.
- WAC201 / WAC202: a negated call of a suspension predicate of the file (`!isSusp(e)`,
  `isSusp` returning `e.name === "StepSuspend"`) was read as true for the suspension (as
  `!isTaskError(e)` is), so `if (!isSusp(e)) {...} else { throw e }` was reported (with a
  message saying it never rethrows) and `if (!isSusp(e)) throw e` (which swallows it) was
  not; the predicate is now read through its negation.
"""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile

HEAD = (
    'import { task, workflow } from "windmill-client";\nconst t = task(async (x: string) => x);\n'
)


@cache
def run(code: str) -> tuple[tuple[int, str, str, str], ...]:
    # (their one-line arrow workflows draw no diagram in Windmill: WAC903, true and beside
    # the point of these look-alikes)
    result = analyze_source(SourceFile("<t>.ts", HEAD + code, LANG_TYPESCRIPT), ignore=["WAC903"])
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


def untyped(name: str, written: str) -> str:
    return (
        f"Windmill reads `{name}` as an untyped input: the type `{written}` is written "
        "on `main`'s declaration, but Windmill's parser reads only the parameters of the "
        "function given to `workflow(...)`, so the input form and `.script.yaml` have no "
        f"type for it; write it on the parameter (`{name}: {written}`)"
    )


def test_types_written_on_the_declaration_of_main_are_not_read() -> None:
    code = (
        "export const main: (text: string, n: number) => Promise<string> = "
        "workflow(async (text, n) => {\n  return await t(text + n);\n});\n"
    )
    assert run(code) == (
        (3, "WAC902", "warning", untyped("text", "string")),
        (3, "WAC902", "warning", untyped("n", "number")),
    )


def test_through_a_function_type_alias_of_the_file() -> None:
    code = (
        "type Handler = (ids: string[], opts: { dryRun: boolean }) => Promise<string>;\n"
        "export const main: Handler = workflow(async (ids, opts) => {\n"
        "  return await t(ids.join(opts.dryRun ? ',' : ';'));\n});\n"
    )
    assert run(code) == (
        (4, "WAC902", "warning", untyped("ids", "string[]")),
        (4, "WAC902", "warning", untyped("opts", "{ dryRun: boolean }")),
    )


def test_only_the_parameters_without_a_type_of_their_own() -> None:
    code = (
        "export let main: (a: string, n: number) => Promise<string> = "
        "workflow(async (a: string, n) => await t(a + n));\n"
    )
    assert run(code) == ((3, "WAC902", "warning", untyped("n", "number")),)


def test_left_alone() -> None:
    # typed on the function itself, a default (the input takes its type), `any` /
    # `unknown` written on the declaration (untyped, as written), a rest parameter
    # (positions no longer line up), no declared type at all
    decl = "export const main: "
    for code in (
        decl + "(a: string) => Promise<string> = workflow(async (a: string) => t(a));\n",
        decl + "(n: number) => Promise<string> = workflow(async (n = 3) => t(String(n)));\n",
        decl + "(a: any, b: unknown) => Promise<string> = workflow(async (a, b) => t(`${a}`));\n",
        decl + "(...xs: string[]) => Promise<string> = workflow(async (a, b) => t(a + b));\n",
        "export const main = workflow(async (a: string) => t(a));\n",
    ):
        assert run(code) == (), code


def test_an_expression_bodied_workflow_returns_its_task_call() -> None:
    for body in ("t(a)", "(a ? t(a) : t('none'))", "t(a) as Promise<string>"):
        for export in ("export const main = ", "export default "):
            code = f"{export}workflow(async (a: string) => {body});\n"
            assert run(code) == (), code


def test_an_expression_body_still_returns_its_list_of_task_calls_unawaited() -> None:
    code = "export const main = workflow(async (xs: string[]) => [t(xs[0]), t(xs[1])]);\n"
    message = (
        "`t(...)` is returned inside a list or object without being awaited: the workflow "
        "would return promises, not their results; return `await Promise.all(...)`"
    )
    assert run(code) == ((3, "WAC106", "error", message), (3, "WAC106", "error", message))


CATCH = (
    "class Wrapped extends Error {\n"
    "  constructor(public inner: Error) { super(inner.message); }\n}\n"
    "export const main = workflow(async (a: string) => {\n"
    '  let r = "";\n  try {\n    r = await t(a);\n  } catch (e) {\n    HANDLER\n  }\n'
    "  return r;\n});\n"
)


def test_a_handler_that_lets_the_suspension_through_a_not_equal_test() -> None:
    for handler in (
        'throw e instanceof Error && e.name !== "StepSuspend" ? new Wrapped(e) : e;',
        'throw (e as Error)?.name !== "StepSuspend" ? new Wrapped(e as Error) : e;',
        'if ((e as Error).message !== "__step_suspend__") { r = "m"; } else { throw e; }',
        'if ("StepSuspend" != (e as Error).name) { r = "n"; } else { throw e; }',
    ):
        code = CATCH.replace("HANDLER", handler)
        assert run(code) == (), handler


def test_a_handler_that_keeps_the_suspension_through_a_not_equal_test() -> None:
    wraps = CATCH.replace(
        "HANDLER", 'throw (e as Error).name !== "StepSuspend" ? e : new Wrapped(e as Error);'
    )
    assert run(wraps) == (
        (
            10,
            "WAC202",
            "error",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its "
            "handler runs on every suspension; rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        ),
    )
    swallows = CATCH.replace(
        "HANDLER", 'if ((e as Error).message !== "__step_suspend__") throw e; r = "m";'
    )
    assert run(swallows) == (
        (
            10,
            "WAC202",
            "error",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and "
            'rethrows it only when `(e as Error).message !== "__step_suspend__"` is true '
            "(never, for it); otherwise the handler carries on: on that path its handler "
            "runs on every suspension; rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        ),
    )


def test_a_regex_test_of_the_name_is_tried_on_the_suspension() -> None:
    for handler in (
        'if (e instanceof Error && /suspend/i.test(e.name)) throw e; r = "s";',
        'if (e instanceof Error && /(?<kind>Step)Suspend/.test(e.name)) throw e; r = "g";',
        'if (e instanceof Error && e.message.match(/^__step/)) throw e; r = "m";',
        'if (/quota/.test((e as Error).message)) { r = "q"; return r; } throw e;',
    ):
        assert run(CATCH.replace("HANDLER", handler)) == (), handler
    returns = 'if (/suspend/i.test((e as Error).name)) { r = "s"; return r; } throw e;'
    assert run(CATCH.replace("HANDLER", returns)) == (
        (
            10,
            "WAC202",
            "error",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and as "
            "`/suspend/i.test((e as Error).name)` is true for it, leaves through the `return` "
            "on line 11: on that path its handler runs on every suspension; rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        ),
    )


PREDICATE = 'const isSusp = (e: unknown): boolean => (e as Error)?.name === "StepSuspend";\n'


def test_a_negated_suspension_predicate_of_the_file() -> None:
    for handler in (
        'if (!isSusp(e)) { r = "i"; } else { throw e; }',
        'if (!isSusp(e)) { r = "f"; return r; } throw e;',
    ):
        assert run(PREDICATE + CATCH.replace("HANDLER", handler)) == (), handler
    swallows = PREDICATE + CATCH.replace("HANDLER", 'if (!isSusp(e)) throw e; r = "g";')
    assert run(swallows) == (
        (
            11,
            "WAC202",
            "error",
            "This catch also catches the SDK's suspension (`StepSuspend` is an Error) and "
            "rethrows it only when `!isSusp(e)` is true (never, for it); otherwise the handler "
            "carries on: on that path its handler runs on every suspension; rethrow it first: "
            '`if (e?.name === "StepSuspend") throw e`',
        ),
    )
