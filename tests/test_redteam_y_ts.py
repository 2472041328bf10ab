"""Red team Y (yt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/y_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code, f.message) for f in result.findings]


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    return [(row, code_) for row, code_, _ in run(code, *codes)]


HEAD = (
    'import { task, taskScript, step, sleep, waitForApproval, workflow } from "windmill-client";\n'
    "const send = task(async (to: string, body: string) => {\n"
    '  await fetch(`https://x/${to}`, { method: "POST", body });\n'
    "});\n"
)


def test_local_time_fields_and_zoneless_formats_of_a_date_read_the_worker_zone() -> None:
    # `getHours()` / `getDay()` of a date parsed from the input, and `toLocaleString`
    # given a locale but no `timeZone`, depend on the worker's `TZ`
    code = HEAD + (
        "export const main = workflow(async (ts: string, tz: string, opts: object) => {\n"
        "  const when = new Date(ts);\n"
        "  if (when.getHours() < 8) await sleep(3600);\n"  # 7
        "  await send(String(when.getDay()), 'x');\n"  # 8
        "  await send(when.toLocaleString('de-DE', { dateStyle: 'full' }), 'x');\n"  # 9
        "  await send(when.toLocaleDateString('en-US'), 'x');\n"  # 10
        "  await send(when.toLocaleString('de-DE', { timeZone: tz }), 'x');\n"
        "  await send(when.toLocaleString('de-DE', { timeZone: 'UTC', dateStyle: 'full' }), 'x');\n"
        "  await send(when.toLocaleDateString('en-US', { ...(opts as any) }), 'x');\n"
        "  await send(when.toLocaleDateString('en-US', opts as any), 'x');\n"
        "  await send(String(when.getUTCHours() + when.getUTCDay()), 'x');\n"
        "  console.log(when.getHours());\n"
        "  await step('hour', () => when.getHours());\n"
        "});\n"
    )
    got = run(code, "WAC102")
    assert [(r, c) for r, c, _ in got] == [
        (7, "WAC102"),
        (8, "WAC102"),
        (9, "WAC102"),
        (10, "WAC102"),
    ]
    assert "worker's time zone" in got[0][2] and "getUTCHours()" in got[0][2]
    assert "no `timeZone`" in got[2][2]


def test_a_web_crypto_digest_is_an_array_buffer_that_json_writes_as_an_empty_object() -> None:
    # `crypto.subtle.digest` resolves to an `ArrayBuffer`: given to another script it
    # arrives as `{}`; a task of the file is called with the live value in its child job
    code = HEAD + (
        'const record = taskScript("f/media/record_checksum");\n'
        "const local = task(async (id: string, sha: ArrayBuffer) => sha.byteLength);\n"
        "export const main = workflow(async (id: string, text: string) => {\n"
        "  const bytes = new TextEncoder().encode(text);\n"
        '  const digest = await crypto.subtle.digest("SHA-256", bytes);\n'
        "  await record({ id, sha256: digest });\n"  # 10
        "  await local(id, digest);\n"
        '  const hex = Buffer.from(await crypto.subtle.digest("SHA-256", bytes)).toString("hex");\n'
        "  await record({ id, sha256: hex });\n"
        '  return await step("sig", async () => crypto.subtle.digest("SHA-1", bytes));\n'  # 14
        "});\n"
    )
    got = run(code, "WAC107")
    assert [(r, c) for r, c, _ in got] == [(10, "WAC107"), (14, "WAC107")]
    assert "an `ArrayBuffer`" in got[0][2]
