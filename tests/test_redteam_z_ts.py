"""Red team Z (zt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/z_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def findings(code: str, *codes: str) -> list[tuple[int, str]]:
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.code) for f in result.findings]


HEAD = (
    'import { task, step, sleep, workflow } from "windmill-client";\n'
    "const send = task(async (at: string) => {\n"
    '  await fetch(`https://x/${at}`, { method: "POST" });\n'
    "});\n"
)


def test_a_local_date_time_whose_instant_is_read_depends_on_the_worker_zone() -> None:
    # ECMA-262: `new Date(y, m, d)` and a date-time string without an offset are local
    # time; a date-only ISO string, `Z`, an offset and `Date.UTC` are not
    code = HEAD + (
        "export const main = workflow(async (day: string, startTime: string, y: number) => {\n"
        "  const doors = new Date(`${day} ${startTime}`);\n"  # 6
        "  await send(doors.toISOString());\n"
        "  await send(new Date(y, 5, 1).toISOString());\n"  # 8
        '  const at = Date.parse("2026-06-01T18:00");\n'  # 9
        '  const utc = Date.parse("2026-06-01") + Date.parse("2026-06-01T18:00:00Z");\n'
        "  const z = new Date(`${day}T${startTime}:00Z`).getTime();\n"
        '  const off = new Date("2026-06-01T18:00:00+02:00").getTime();\n'
        "  const fields = new Date(Date.UTC(y, 5, 1)).toISOString();\n"
        "  const local = new Date(y, 5, 1).getDay();\n"  # local in, local out
        "  const later = new Date(`${day}T10:00`).valueOf();\n"  # 15
        "  const withOffset = new Date(`${day}T${startTime}${day}`).getTime();\n"
        "  await send(String([at, utc, z, off, fields, local, later, withOffset]));\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, "WAC102"), (8, "WAC102"), (9, "WAC102"), (15, "WAC102")]
    result = analyze_source(SourceFile("<t>.ts", code, LANG_TYPESCRIPT), select=["WAC102"])
    assert "without an offset as the worker's local time" in result.findings[0].message
    assert "the calendar fields it is given" in result.findings[1].message


def test_task_promises_kept_in_a_map_are_followed_to_their_use() -> None:
    # `map.set(k, task(x))` keeps the task's thenable in the map, like `.push`: what the
    # body later does with the map decides whether it is awaited (`map.size` does not)
    code = HEAD + (
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const sends = new Map<string, PromiseLike<void>>();\n"
        "  const kept = new Map<string, PromiseLike<void>>();\n"
        "  const later = new Map<string, PromiseLike<void>>();\n"
        "  for (const id of ids) {\n"
        "    sends.set(id, send(id));\n"  # 10
        "    kept.set(id, send(id));\n"
        "    later.set(id, send(id));\n"
        "  }\n"
        "  await Promise.all([...kept.values()]);\n"
        "  for (const [id, p] of later) await p;\n"
        "  return { queued: sends.size };\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [(10, "WAC106")]


def test_typeof_of_a_stored_promise_does_not_await_it() -> None:
    code = HEAD + (
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const all = Array.fromAsync(ids, (id) => send(id));\n"  # 6
        "  const some = Array.fromAsync(ids, (id) => send(id));\n"
        "  await some;\n"
        "  return { pending: typeof all };\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [(6, "WAC106")]


def test_a_local_date_read_as_a_number_by_an_operator_depends_on_the_worker_zone() -> None:
    # `+d`, `d - now`, `a < b` read the `Date`'s `valueOf()`, its instant
    code = HEAD + (
        "export const main = workflow(async (y: number, m: number, now: number) => {\n"
        "  const end = new Date(y, m, 1, 22, 30);\n"  # 6
        "  const utc = new Date(Date.UTC(y, m, 1, 22, 30));\n"
        "  await sleep((+end - now) / 1000 + (+utc - now) / 1000);\n"
        "  if (new Date(y, m, 2) < new Date(y, m, 3)) await send(String(end.getDay()));\n"  # 9
        "  const day = new Date(y, m, 4);\n"  # local getters only: fine
        "  await send(String(day.getDate()));\n"
        "});\n"
    )
    assert findings(code, "WAC102") == [(6, "WAC102"), (9, "WAC102"), (9, "WAC102")]


def test_object_keys_of_stored_promises_does_not_await_them() -> None:
    # `Object.keys(jobs)` lists the keys: the promises kept as values are never awaited
    code = HEAD + (
        "export const main = workflow(async (ids: string[]) => {\n"
        "  const jobs: Record<string, PromiseLike<void>> = {};\n"
        "  const kept: Record<string, PromiseLike<void>> = {};\n"
        "  for (const id of ids) {\n"
        "    jobs[id] = send(id);\n"  # 9
        "    kept[id] = send(id);\n"
        "  }\n"
        "  for (const k of Object.keys(kept)) await kept[k];\n"
        "  return { ids: Object.keys(jobs) };\n"
        "});\n"
    )
    assert findings(code, "WAC106") == [(9, "WAC106")]
