"""Red team AF (aft): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/af_ts_*`): timers raced against a durable call that are
spelled another way (`setTimeout` of `node:timers/promises` imported under another
name, a promise an `AbortSignal.timeout` settles), and the signal in such a timer,
which is no clock test (WAC102); values that JSON does not carry through the checkpoint:
`process.hrtime.bigint()`, windmill-client's `loadS3File` bytes, `Infinity` (also as a
fallback, `x ?? Infinity`), an array declared `Error[]` and filled later, an
`AbortSignal` / `AbortController`, and wmill's `load_s3_file` bytes in Python (WAC107).

Each case is one small script; the analyses are cached so that a script shared by two
assertions is analysed once."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

HEAD = (
    "import { task, taskScript, step, waitForApproval, workflow, loadS3File }"
    ' from "windmill-client";\n'
    'const score = taskScript("f/x/score");\n'  # 2
    "const load = task(async (id: string) => ({ id }));\n"  # 3
)


@cache
def _analysed(code: str) -> tuple[tuple[int, str, str, str], ...]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT))
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, str(f.severity), f.message) for f in result.findings)


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _, _ in _analysed(code) if code_ in codes]


def messages(code: str, code_: str) -> list[str]:
    return [message for _, c, _, message in _analysed(code) if c == code_]


def body(*lines: str, head: str = "") -> str:
    """A workflow whose first body line is line 5 (plus the lines of `head`)."""
    inner = "".join(f"  {line}\n" for line in lines)
    return HEAD + head + "export const main = workflow(async (id: string) => {\n" + inner + "});\n"


# --- WAC108: timers spelled another way ------------------------------------------------

DELAY = 'import { setTimeout as delay } from "node:timers/promises";\n'  # 4


def test_an_aliased_timers_promises_set_timeout_is_a_timer() -> None:
    code = body(
        "const r = await Promise.race([score({ id }), delay(60_000, null)]);",  # 6
        "return r;",
        head=DELAY,
    )
    assert findings(code, "WAC108") == [(6, "WAC108")]


def test_an_aliased_timer_raced_against_an_approval() -> None:
    code = body(
        "const a = await Promise.race([waitForApproval({ timeout: 60 }), delay(1000, null)]);",
        "return a;",
        head=DELAY,
    )
    assert findings(code, "WAC108") == [(6, "WAC108")]


ABORT_TIMER = (
    "function deadline(ms: number): Promise<never> {\n"  # 4
    "  const signal = AbortSignal.timeout(ms);\n"
    "  return new Promise((_, reject) => {\n"
    '    signal.addEventListener("abort", () => reject(new Error("late")));\n'
    "  });\n"
    "}\n"
)


def test_a_promise_an_abort_signal_timeout_settles_is_a_timer() -> None:
    code = body(
        "const r = await Promise.race([score({ id }), deadline(5000)]);",  # 11
        "return r;",
        head=ABORT_TIMER,
    )
    assert findings(code, "WAC108", "WAC102") == [(11, "WAC108")]


def test_the_signal_of_a_timer_promise_is_no_clock_test() -> None:
    # raced against a task of the file (left alone by WAC108): still no WAC102
    code = body("return await Promise.race([load(id), deadline(5000)]);", head=ABORT_TIMER)
    assert findings(code, "WAC108", "WAC102") == []


def test_a_signal_the_body_tests_is_still_a_clock_read() -> None:
    code = body(
        "const s = AbortSignal.timeout(5000);",  # 5
        "await load(id);",
        "if (s.aborted) return null;",
        "return 1;",
    )
    assert findings(code, "WAC102") == [(5, "WAC102")]


def test_an_abort_signal_only_handed_to_fetch_is_not_a_timer() -> None:
    code = body(
        "const r = await Promise.race([score({ id }), load(id)]);",
        "return r;",
    )
    assert findings(code, "WAC108") == []


# --- WAC107: values JSON does not carry --------------------------------------------------


def test_process_hrtime_bigint_from_a_step() -> None:
    code = body('const t0 = await step("t0", () => process.hrtime.bigint());', "return 1;")
    assert findings(code, "WAC107") == [(5, "WAC107")]
    assert "is a `bigint` returned by this step" in messages(code, "WAC107")[0]


def test_hrtime_bigint_imported_from_node_process() -> None:
    code = body(
        'const t0 = await step("t0", () => hrtime.bigint());',
        "return 1;",
        head='import { hrtime } from "node:process";\n',
    )
    assert findings(code, "WAC107") == [(6, "WAC107")]


def test_load_s3_file_bytes_from_a_step() -> None:
    code = body('const raw = await step("raw", () => loadS3File({ s3: id }));', "return 1;")
    assert findings(code, "WAC107") == [(5, "WAC107")]
    assert "is a `Uint8Array`" in messages(code, "WAC107")[0]


def test_load_s3_file_decoded_in_the_step_is_fine() -> None:
    code = body(
        'const t = await step("t", async () =>',
        "  new TextDecoder().decode(await loadS3File({ s3: id })));",
        "return t;",
    )
    assert findings(code, "WAC107") == []


LIMITS = (
    "const limits = task(async (sku: string) => {\n"  # 4
    "  const r = await fetch(`https://x.example/${sku}`);\n"
    "  const b = (await r.json()) as { max?: number };\n"
    "  return { sku, max: b.max ?? Infinity, floor: -Infinity, cap: Number.MAX_VALUE };\n"  # 7
    "});\n"
)


def test_infinity_in_a_task_result() -> None:
    code = body("const l = await limits(id);", "return Math.min(l.max, 3);", head=LIMITS)
    assert findings(code, "WAC107") == [(7, "WAC107")] * 2
    assert messages(code, "WAC107")[0] == (
        "`Infinity` is a number JSON cannot write inside the value returned by this task: "
        "it is checkpointed as JSON and comes back as `null`, which arithmetic, comparisons "
        "and `Math.min` / `Math.max` read as 0"
    )


def test_nan_and_null_fallbacks_are_left_alone() -> None:
    code = body(
        "return (await step('r', () => ({ a: Number.NaN, b: NaN, c: null }))).a;",
        head="",
    )
    assert findings(code, "WAC107") == []


def test_a_local_named_infinity_is_not_the_global() -> None:
    code = body(
        "const Infinity = 1e9;",
        'return await step("cap", () => ({ cap: Infinity }));',
    )
    assert findings(code, "WAC107") == []


PROBLEMS = (
    "const check = task(async (files: string[]) => {\n"  # 4
    "  const problems: Error[] = [];\n"
    "  const when: Array<Date> = [];\n"
    "  const names: string[] = [];\n"
    "  for (const f of files) problems.push(new Error(f));\n"
    "  return { problems, when, names };\n"  # 9
    "});\n"
)


def test_an_array_declared_of_errors_or_dates_and_filled_later() -> None:
    code = body("return await check([id]);", head=PROBLEMS)
    assert findings(code, "WAC107") == [(9, "WAC107"), (9, "WAC107")]
    got = messages(code, "WAC107")
    assert got[0].startswith("`problems` is an array of `Error`s (its declared type)")
    assert got[1].startswith("`when` is an array of `Date`s (its declared type)")


def test_an_error_array_mapped_to_messages_is_fine() -> None:
    code = body(
        "return await check([id]);",
        head=PROBLEMS.replace(
            "return { problems, when, names }", "return problems.map((p) => p.message)"
        ),
    )
    assert findings(code, "WAC107") == []


def test_an_abort_signal_sent_to_a_script() -> None:
    code = body(
        "const c = new AbortController();",
        "return await score({ id, signal: c.signal, timeout: AbortSignal.timeout(10) });",  # 6
    )
    assert findings(code, "WAC107") == [(6, "WAC107"), (6, "WAC107")]
    assert "is an `AbortSignal`" in messages(code, "WAC107")[0]


def test_an_abort_signal_given_to_fetch_in_a_task_is_fine() -> None:
    code = body(
        "return await pull(id);",
        head=(
            "const pull = task(async (id: string) => {\n"
            "  const c = new AbortController();\n"
            "  const r = await fetch(`https://x.example/${id}`, { signal: c.signal });\n"
            "  return (await r.json()) as { id: string };\n"
            "});\n"
        ),
    )
    assert findings(code, "WAC107") == []


def test_number_positive_infinity_in_a_step_result() -> None:
    code = body('return await step("cap", () => ({ cap: Number.POSITIVE_INFINITY }));')
    assert findings(code, "WAC107") == [(5, "WAC107")]


def test_python_load_s3_file_bytes_from_a_step() -> None:
    # the same SDK helper in wmill 1.850.0: `load_s3_file(...) -> bytes`
    code = (
        "import wmill\n"
        "from wmill import step, workflow, load_s3_file\n\n"
        "@workflow\n"
        "async def main(key: str):\n"
        '    raw = await step("raw", lambda: wmill.load_s3_file({"s3": key}))\n'  # 6
        '    two = await step("two", lambda: load_s3_file({"s3": key}))\n'  # 7
        "    return len(raw) + len(two)\n"
    )
    result = analyze_source(SourceFile("<t>.py", code, LANG_PYTHON), select=["WAC107"])
    assert [(f.row, f.code) for f in result.findings] == [(6, "WAC107"), (7, "WAC107")]
