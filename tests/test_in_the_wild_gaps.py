"""Gaps the red team's real-world scripts found (redteam-f): pinned messages."""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_source, read_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def findings(code: str, language: str, code_: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=[code_])
    return [(f.row, f.message) for f in result.findings]


def test_intl_date_time_format_without_a_date_reads_the_clock() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const run = task(async (d: string) => d);\n"
        'const fmt = new Intl.DateTimeFormat("en-GB");\n'
        "export const main = workflow(async (when: string) => {\n"
        '  const today = new Intl.DateTimeFormat("en-US").format();\n'
        "  const given = fmt.format(new Date(when));\n"
        "  const parts = fmt.formatToParts();\n"
        "  return await run(today + given + parts.length);\n});\n"
    )
    tail = (
        " reads the clock: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )
    # `fmt.format(date)` reads no clock, but `fmt` has no `timeZone`: it formats in the
    # worker's zone (red team Y)
    zoneless = (
        " formats in the worker's time zone (`TZ`): its `Intl.DateTimeFormat` is built "
        "without a `timeZone` option, and the workers running the rounds may be in "
        "different zones, so the text differs between replays of the workflow body; "
        "pass `{ timeZone }` to the formatter or capture it with `step(...)`"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC102") == [
        (5, '`new Intl.DateTimeFormat("en-US").format`' + tail),
        (6, "`fmt.format`" + zoneless),
        (7, "`fmt.formatToParts`" + tail),
    ]


CHARGE = (
    "from wmill import task, workflow\n\n@task()\n"
    "async def charge(customer_id: str, amount_cents: int) -> dict:\n    return {}\n\n"
    "@workflow\nasync def main(customer_id: str, extra: dict):\n"
)


def test_keywords_built_in_a_dict_then_unpacked_are_checked() -> None:
    code = CHARGE + (
        "    kwargs = dict(customer_id=customer_id, amount=100)\n"
        "    return await charge(**kwargs)\n"
    )
    assert findings(code, LANG_PYTHON, "WAC402") == [
        (
            9,
            "`amount` is not a parameter of `charge`: the task's job fails (TypeError); "
            "did you mean `amount_cents`?",
        ),
        (
            10,
            "`charge` requires `amount_cents`, which this call does not pass: the task's "
            "job fails (TypeError)",
        ),
    ]


def test_unpacked_dicts_that_change_or_hold_unknown_keys_are_not_judged() -> None:
    code = CHARGE + (
        '    a = {"customer_id": customer_id}\n    a["amount_cents"] = 5\n'
        "    b = dict(customer_id=customer_id)\n    b.update(amount_cents=3)\n"
        '    c = {"customer_id": customer_id, **extra}\n'
        '    d = {"customer_id": customer_id, "amount_cents": 1}\n    print(d["customer_id"])\n'
        '    e = {"customer_id": customer_id}\n'
        "    return [await charge(**a), await charge(**b), await charge(**c),\n"
        "            await charge(**d), await charge(**e, amount_cents=2)]\n"
    )
    assert findings(code, LANG_PYTHON, "WAC402") == []


def test_an_options_object_in_a_const_is_checked_against_the_target(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("")
    (tmp_path / "f" / "etl").mkdir(parents=True)
    (tmp_path / "f" / "etl" / "extract.py").write_text(
        "def main(url: str, limit: int = 10):\n    return url\n"
    )
    script = tmp_path / "f" / "etl" / "run.ts"
    script.write_text(
        'import { taskScript, workflow } from "windmill-client";\n'
        'const extract = taskScript("f/etl/extract");\n'
        "export const main = workflow(async (url: string) => {\n"
        "  const args = { url, lmit: 5 } satisfies Record<string, unknown>;\n"
        "  const grown = { url };\n  Object.assign(grown, { limit: 3 });\n"
        "  return [await extract(args), await extract(grown)];\n});\n"
    )
    result = analyze_source(read_source(script), select=["WAC402"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            4,
            "`lmit` is not a parameter of `f/etl/extract` (it takes `url`, `limit`, from the "
            "`main` signature of f/etl/extract.py); did you mean `limit`?",
        )
    ]


MODULE_TAIL = (
    " on every replay of the workflow: the script runs again from the top each time; "
    "move that call into a function the workflow runs in a task or a `step(...)`"
)


def test_an_imported_module_that_stores_an_awaited_fetch(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("")
    folder = tmp_path / "f" / "ops"
    folder.mkdir(parents=True)
    (folder / "flags.ts").write_text(
        'const res = await fetch("https://flags.example.com/all");\n'
        "export const FLAGS = await res.json();\n"
    )
    script = folder / "wf.ts"
    script.write_text(
        'import { task, workflow } from "windmill-client";\nimport { FLAGS } from "./flags.ts";\n'
        "const run = task(async (x: number) => x);\n"
        "export const main = workflow(async (x: number) => (FLAGS.on ? await run(x) : 0));\n"
    )
    result = analyze_source(read_source(script), select=["WAC101"])
    assert [(f.row, f.message) for f in result.findings] == [
        (
            2,
            "importing f/ops/flags.ts runs its module-level `fetch` (line 1), which does "
            "network I/O," + MODULE_TAIL,
        )
    ]


def test_a_stored_response_or_variable_at_module_level_is_not_a_client() -> None:
    code = (
        "import requests\nimport wmill\nfrom wmill import workflow\n\n"
        'resp = requests.get("https://x/config", timeout=5)\n'
        'TOKEN = wmill.get_variable("f/ops/token")\n'
        "session = requests.Session()\n\n"
        "@workflow\nasync def main():\n    return resp.status_code, len(TOKEN)\n"
    )
    tail = (
        " at module level: the script runs again from the top on every replay of the "
        "workflow, so this happens again each time; call it in a task or a `step(...)` in the body"
    )
    assert findings(code, LANG_PYTHON, "WAC101") == [
        (5, "`requests.get` does network I/O" + tail),
        (6, "`wmill.get_variable` calls the Windmill API" + tail),
    ]


def test_a_task_result_only_tested_for_truth_is_never_awaited() -> None:
    code = (
        "from wmill import task_script, workflow\n\n"
        'push = task_script("f/rmm/push")\n\n'
        "@workflow\nasync def main(scripts: list):\n"
        "    pushed = push(scripts=scripts)\n"
        "    if pushed:\n        print('pushed')\n"
        '    return {"status": "ok" if pushed else "failed"}\n'
    )
    assert findings(code, LANG_PYTHON, "WAC106") == [
        (
            7,
            "The result of `push(...)` is never awaited: the SDK still dispatches the task, "
            "but its result is lost (a failure still raises `TaskError` at this call when "
            "the body replays); `await` it or gather it",
        )
    ]


def test_a_promise_tested_then_awaited_is_consumed() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const push = task(async (n: number) => n);\n"
        "export const main = workflow(async (n: number) => {\n"
        "  const p = push(n);\n  if (!p) return 0;\n  return (await p) + 1;\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC106") == []


def test_task_error_imported_from_windmill_client_is_reported_once() -> None:
    code = (
        'import { task, workflow, TaskError } from "windmill-client";\n'
        'import type { TaskError as Failure } from "windmill-client";\n'
        "const pay = task(async (id: string) => ({ id }));\n"
        "export const main = workflow(async (id: string) => {\n"
        "  try {\n    return await pay(id);\n  } catch (e) {\n"
        "    if (e instanceof TaskError) return { failed: (e as Failure).message };\n"
        "    throw e;\n  }\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC204") == [
        (
            1,
            "`windmill-client` exports no `TaskError` (1.818.0 throws a plain `Error` whose `name` "
            'is "TaskError"): this import fails when the script is loaded (SyntaxError: export '
            'not found); drop it and test `e?.name === "TaskError"` in the handler',
        )
    ]


def test_a_name_guard_read_through_a_cast_rethrows_the_suspension() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const pay = task(async (id: string) => ({ id }));\n"
        "export const main = workflow(async (id: string) => {\n"
        "  try {\n    await pay(id);\n  } catch (e) {\n"
        '    if ((e as Error)?.name !== "TaskError") throw e;\n  }\n'
        "  try {\n    await pay(id);\n  } catch (err: unknown) {\n"
        '    if ((<any>err).name !== "TaskError") throw err;\n  }\n'
        "  try {\n    await pay(id);\n  } catch (err) {\n"
        '    if ((other as Error).name !== "TaskError") throw err;\n    return 1;\n  }\n'
        "  return 0;\n});\nconst other = new Error();\n"
    )
    assert [row for row, _ in findings(code, LANG_TYPESCRIPT, "WAC202")] == [16]


def test_members_of_an_object_a_factory_of_the_file_returns() -> None:
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "function createApi(base: string) {\n"
        "  return {\n"
        "    post: (path: string, body: unknown) =>\n"
        '      fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(body) }),\n'
        "    base,\n  };\n}\n"
        'const api = createApi("https://x.example.com");\n'
        'const ping = task(async () => api.post("/ping", {}));\n'
        "export const main = workflow(async (id: string) => {\n"
        "  await ping();\n"
        '  return await api.post("/x", { id });\n});\n'
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC101") == [
        (
            13,
            "`fetch` (reached through `main → api.post → fetch`) does network I/O in the "
            "workflow body, which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]


def test_helpers_of_a_default_export_or_a_factory_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("")
    folder = tmp_path / "f" / "ops"
    folder.mkdir(parents=True)
    (folder / "api.ts").write_text(
        "function createApi(base: string) {\n"
        '  return { post: (p: string) => fetch(`${base}${p}`, { method: "POST" }) };\n}\n'
        'export const api = createApi("https://x.example.com");\n'
        'export default { notify: (t: string) => fetch("https://hooks.example.com") };\n'
    )
    script = folder / "wf.ts"
    script.write_text(
        'import { workflow } from "windmill-client";\n'
        'import hooks, { api } from "./api.ts";\n'
        "export const main = workflow(async () => {\n"
        '  await api.post("/x");\n  await hooks.notify("hi");\n  return 1;\n});\n'
    )
    result = analyze_source(read_source(script), select=["WAC101"])
    assert [(f.row, f.message.split(" does ")[0]) for f in result.findings] == [
        (4, "`fetch` (reached through `main → f/ops/api.ts.api.post → fetch`)"),
        (5, "`fetch` (reached through `main → f/ops/api.ts.default.notify → fetch`)"),
    ]


def test_building_an_object_of_functions_runs_none_of_them() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "function createApi(base: string) {\n"
        "  return {\n"
        '    async post(path: string) { return fetch(`${base}${path}`, { method: "POST" }); },\n'
        "    get: (path: string) => fetch(`${base}${path}`),\n"
        "  };\n}\n"
        "export const main = workflow(async (id: string) => {\n"
        '  const api = createApi("https://x.example.com");\n'
        '  const slack = { ping: () => fetch("https://hooks.example.com") };\n'
        "  return [api, slack].length;\n});\n"
    )
    assert findings(code, LANG_TYPESCRIPT, "WAC101") == []


def test_a_clock_read_only_logged_is_not_reported() -> None:
    code = (
        "import logging\nimport random\nfrom datetime import datetime\n"
        "from wmill import task, workflow\n\nlog = logging.getLogger(__name__)\n\n"
        "@task()\nasync def run(x: str) -> str:\n    return x\n\n"
        "@workflow\nasync def main(x: int):\n"
        '    log.info("starting at %s", datetime.now().isoformat())\n'
        '    print(f"run {x} at {str(datetime.utcnow())}")\n'
        "    if random.random() > 0.5:\n        await run('heads')\n"
        "    return await run(str(datetime.now()))\n"
    )
    tail = ": the value changes between replays of the workflow body; capture it with `step(...)`"
    assert findings(code, LANG_PYTHON, "WAC102") == [
        (16, "`random.random` is random" + tail),
        (18, "`datetime.now` reads the clock" + tail),
    ]


def test_a_library_exception_around_a_task_reading_attributes() -> None:
    code = (
        "import httpx\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def create(email: str) -> dict:\n    return {}\n\n"
        "@workflow\nasync def main(signup: dict, user):\n"
        "    try:\n        return await create(user.email)\n"
        "    except httpx.HTTPStatusError as e:\n        return {'error': str(e)}\n"
        "    finally:\n        pass\n"
    )
    found = findings(code, LANG_PYTHON, "WAC204")
    assert [row for row, _ in found] == [12]
    assert found[0][1].startswith("`except httpx.HTTPStatusError` never matches here")


def test_a_lookup_error_around_a_task_reading_items_is_not_judged() -> None:
    code = (
        "from wmill import task, workflow\n\n"
        "@task()\nasync def create(email: str) -> dict:\n    return {}\n\n"
        "@workflow\nasync def main(signup: dict):\n"
        "    try:\n        return await create(signup['email'])\n"
        "    except KeyError:\n        return None\n"
    )
    assert findings(code, LANG_PYTHON, "WAC204") == []


def test_an_asserted_task_result_is_never_awaited() -> None:
    code = (
        "from wmill import task_script, workflow\n\n"
        'push = task_script("f/rmm/push")\n\n'
        "@workflow\nasync def main(scripts: list):\n"
        "    pushed = push(scripts=scripts)\n"
        '    assert pushed, "push failed"\n    return "ok"\n'
    )
    assert [row for row, _ in findings(code, LANG_PYTHON, "WAC106")] == [7]


def test_a_dict_with_a_key_deleted_before_unpacking_is_not_judged() -> None:
    code = CHARGE + (
        '    a = {"customer_id": customer_id, "amount_cents": 1, "note": "x"}\n'
        '    del a["note"]\n'
        "    return await charge(**a)\n"
    )
    assert findings(code, LANG_PYTHON, "WAC402") == []


def test_data_frames_and_arrays_do_not_survive_the_checkpoint() -> None:
    code = (
        "import numpy as np\nimport pandas as pd\nfrom wmill import step, task_script, workflow\n\n"
        "summarize = task_script('f/reports/summarize')\n\n\n\n"
        "@workflow\nasync def main(path: str):\n"
        "    frame = await step('load', lambda: pd.read_csv(path))\n"
        "    ok = await step('records', lambda: pd.read_csv(path).to_dict('records'))\n"
        "    weights = np.array([1, 2, 3])\n"
        "    return await summarize(weights), frame, ok\n"
    )
    assert findings(code, LANG_PYTHON, "WAC107") == [
        (
            11,
            "`pd.read_csv(path)` is a pandas `DataFrame` returned by this step: it is "
            "checkpointed as JSON and comes back as a string of its printed form (`str()`)",
        ),
        (
            14,
            "`weights` is a numpy array passed to the script `f/reports/summarize`: the job's "
            "arguments are sent as JSON, so it arrives as a string of its printed form (`str()`)",
        ),
    ]


def test_pandas_timestamp_now_reads_the_clock() -> None:
    code = (
        "import pandas as pd\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def run(d: str) -> str:\n    return d\n\n"
        "@workflow\nasync def main():\n"
        '    day = pd.Timestamp.now().strftime("%Y-%m-%d")\n'
        '    fixed = pd.Timestamp("2024-01-01").isoformat()\n'
        "    return await run(day + fixed)\n"
    )
    assert findings(code, LANG_PYTHON, "WAC102") == [
        (
            10,
            "`pd.Timestamp.now` reads the clock: the value changes between replays of the "
            "workflow body; capture it with `step(...)`",
        )
    ]


def test_s3_connection_settings_ask_the_windmill_api() -> None:
    code = (
        "import wmill\nfrom wmill import task, workflow\n\n"
        "@task()\nasync def q(sql: str) -> list:\n    return []\n\n"
        "@workflow\nasync def main(sql: str):\n"
        "    settings = wmill.duckdb_connection_settings()\n"
        "    return await q(sql + settings['connection_settings_str'])\n"
    )
    assert findings(code, LANG_PYTHON, "WAC101") == [
        (
            10,
            "`wmill.duckdb_connection_settings` calls the Windmill API in the workflow body, "
            "which re-runs on every replay; move it into a task or a `step(...)`",
        )
    ]
