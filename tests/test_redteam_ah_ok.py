"""Red team AH (aho): regressions for the general causes behind false findings on
correct scripts (`tests/corpus/adversarial/ah_ok_*`): plain Windmill scripts that use
the SDK without being workflows, and workflows in unusual but valid styles."""

from __future__ import annotations

from functools import cache

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


@cache
def run(code: str, ts: bool = False) -> tuple[tuple[int, str, str], ...]:
    lang = LANG_TYPESCRIPT if ts else LANG_PYTHON
    source = SourceFile("<t>.ts" if ts else "<t>.py", code, lang)
    result = analyze_source(source)
    assert not result.errors, [e.error for e in result.errors]
    return tuple((f.row, f.code, f.message) for f in result.findings)


def rows(code: str, ts: bool = False) -> list[tuple[int, str]]:
    return [(row, rule) for row, rule, _ in run(code, ts)]


# A clock read whose value reaches only a logging helper of the file: a function that
# does nothing but log (`note`, a lambda, `log = (...parts) => console.log(...)`) is a
# log call like `print` itself. A helper that also does something else, returns the
# value, or is a task (decorated) is not one, and the read stays reported.
PY_LOG_HELPERS = (
    "import time\n"  # 1
    "from wmill import task, workflow\n"  # 2
    "def note(msg: str) -> None:\n"  # 3
    '    """Log a line."""\n'  # 4
    '    print(f"[run] {msg}")\n'  # 5
    "def shout(msg):\n"  # 6
    "    print(msg)\n"  # 7
    "    return msg.upper()\n"  # 8
    "@task()\n"  # 9
    "async def remote_note(msg: str) -> None:\n"  # 10
    "    print(msg)\n"  # 11
    "say = lambda m: print(m)\n"  # 12
    "@workflow\n"  # 13
    "async def main(n: int):\n"  # 14
    "    t0 = time.perf_counter()\n"  # 15
    '    note(f"loaded in {time.perf_counter() - t0:.1f}s")\n'  # 16
    "    say(str(time.time()))\n"  # 17
    "    shout(str(time.time()))\n"  # 18
    "    await remote_note(str(time.time()))\n"  # 19
    "    return n\n"  # 20
)


def test_python_logging_helpers_are_log_calls() -> None:
    assert rows(PY_LOG_HELPERS) == [(18, "WAC102"), (19, "WAC102")]


TS_LOG_HELPERS = (
    'import { task, workflow } from "windmill-client";\n'  # 1
    "const log = (...parts: unknown[]) =>\n"  # 2
    "  console.log(`[${new Date().toISOString()}]`, ...parts);\n"  # 3
    "function info(msg: string) {\n"  # 4
    "  console.info(msg);\n"  # 5
    "}\n"  # 6
    "function keep(msg: string) {\n"  # 7
    "  console.info(msg);\n"  # 8
    "  return msg;\n"  # 9
    "}\n"  # 10
    "const t = task(async (x: number) => x);\n"  # 11
    "export const main = workflow(async (n: number) => {\n"  # 12
    "  const t0 = performance.now();\n"  # 13
    "  const r = await t(n);\n"  # 14
    "  log(`took ${Math.round(performance.now() - t0)} ms`);\n"  # 15
    "  info(String(Date.now()));\n"  # 16
    "  keep(String(Date.now()));\n"  # 17
    "  return r;\n"  # 18
    "});\n"  # 19
)


def test_typescript_logging_helpers_are_log_calls() -> None:
    assert rows(TS_LOG_HELPERS, ts=True) == [(17, "WAC102")]


def test_a_logging_helper_that_also_does_io_is_not_one() -> None:
    code = PY_LOG_HELPERS.replace(
        '    print(f"[run] {msg}")\n',
        '    print(f"[run] {msg}")\n    open("/tmp/run.log", "a").write(msg)\n',
    )
    found = rows(code)
    assert (17, "WAC102") in found  # `t0` read at row 17 (one row lower) reaches the file
    assert (19, "WAC102") in found and (20, "WAC102") in found


def test_a_recursive_logging_helper_terminates() -> None:
    code = (
        "import time\n"
        "from wmill import workflow\n"
        "def note(msg):\n"
        "    note(msg)\n"
        "@workflow\n"
        "async def main():\n"
        "    note(str(time.time()))\n"
        "    return 1\n"
    )
    assert rows(code) == [(7, "WAC102")]


# The same for a logging helper reached as a member: a function of an object literal
# (`log.info`), a static method, a method of an instance of a class of the file built
# in place or bound once. A method that keeps the value (`this.lines.push`) is no
# logging helper.
TS_LOG_MEMBERS = (
    'import { task, workflow } from "windmill-client";\n'  # 1
    "const log = {\n"  # 2
    '  info: (...a: unknown[]) => console.log("[info]", ...a),\n'  # 3
    "  warn(msg: string) {\n"  # 4
    '    console.warn("[warn]", msg);\n'  # 5
    "  },\n"  # 6
    "};\n"  # 7
    "class Reporter {\n"  # 8
    "  lines: string[] = [];\n"  # 9
    "  static note(msg: string) {\n"  # 10
    "    console.log(msg);\n"  # 11
    "  }\n"  # 12
    "  line(msg: string) {\n"  # 13
    "    console.log(`[report] ${msg}`);\n"  # 14
    "  }\n"  # 15
    "  keep(msg: string) {\n"  # 16
    "    this.lines.push(msg);\n"  # 17
    "  }\n"  # 18
    "}\n"  # 19
    "const t = task(async (x: number) => x);\n"  # 20
    "export const main = workflow(async (n: number) => {\n"  # 21
    "  const t0 = performance.now();\n"  # 22
    "  const r = await t(n);\n"  # 23
    "  log.info(`took ${performance.now() - t0}`);\n"  # 24
    "  log.warn(`at ${Date.now()}`);\n"  # 25
    "  Reporter.note(`at ${Date.now()}`);\n"  # 26
    "  new Reporter().line(`at ${Date.now()}`);\n"  # 27
    "  const rep = new Reporter();\n"  # 28
    "  rep.line(`at ${Date.now()}`);\n"  # 29
    "  rep.keep(`at ${Date.now()}`);\n"  # 30
    "  return { r, kept: rep.lines };\n"  # 31
    "});\n"  # 32
)


def test_typescript_logging_members_are_log_calls() -> None:
    assert rows(TS_LOG_MEMBERS, ts=True) == [(30, "WAC102")]


PY_LOG_MEMBERS = (
    "import time\n"  # 1
    "from wmill import task, workflow\n"  # 2
    "class Reporter:\n"  # 3
    "    def line(self, msg: str) -> None:\n"  # 4
    '        print(f"[report] {msg}")\n'  # 5
    "    @staticmethod\n"  # 6
    "    def note(msg: str) -> None:\n"  # 7
    "        print(msg)\n"  # 8
    "    def keep(self, msg: str) -> str:\n"  # 9
    "        print(msg)\n"  # 10
    "        return msg\n"  # 11
    "@task()\n"  # 12
    "async def t(x: int) -> int:\n"  # 13
    "    return x\n"  # 14
    "@workflow\n"  # 15
    "async def main(n: int):\n"  # 16
    "    rep = Reporter()\n"  # 17
    "    t0 = time.perf_counter()\n"  # 18
    "    r = await t(n)\n"  # 19
    '    rep.line(f"took {time.perf_counter() - t0}")\n'  # 20
    "    Reporter.note(str(time.time()))\n"  # 21
    "    Reporter().line(str(time.time()))\n"  # 22
    "    rep.keep(str(time.time()))\n"  # 23
    "    return r\n"  # 24
)


def test_python_logging_methods_are_log_calls() -> None:
    assert rows(PY_LOG_MEMBERS) == [(23, "WAC102")]


# The job's output streams and the other printers are log lines too: Windmill keeps a
# job's stdout and stderr as its log.
def test_output_streams_and_printers_are_log_lines() -> None:
    py = (
        "import sys\n"
        "import time\n"
        "from pprint import pprint\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(x: int) -> int:\n"
        "    return x\n"
        "@workflow\n"
        "async def main(n: int):\n"
        "    t0 = time.perf_counter()\n"
        "    r = await t(n)\n"
        '    sys.stderr.write(f"took {time.perf_counter() - t0}\\n")\n'
        '    pprint({"at": time.time()})\n'
        "    return r + int(time.time())\n"  # 14: reaches the result
    )
    assert rows(py) == [(14, "WAC102")]
    ts = (
        'import { task, workflow } from "windmill-client";\n'
        "const t = task(async (x: number) => x);\n"
        "export const main = workflow(async (n: number) => {\n"
        "  const t0 = Date.now();\n"
        "  const r = await t(n);\n"
        "  process.stdout.write(`took ${Date.now() - t0}\\n`);\n"
        "  console.table([{ at: Date.now() }]);\n"
        "  console.dir({ at: Date.now() });\n"
        "  return r + Date.now();\n"  # 9: reaches the result
        "});\n"
    )
    assert rows(ts, ts=True) == [(9, "WAC102")]


# A value made an element of a collection that only a log line shows: a comprehension's
# element (also a generator expression given to the call itself, a `", ".join`), an
# element returned by an `xs.map(...)` callback. A clock read in the comprehension's
# filter, or a mapped array kept, stays reported.
def test_elements_of_logged_collections_are_log_lines() -> None:
    py = (
        "import json\n"
        "import time\n"
        "from wmill import task, workflow\n"
        "@task()\n"
        "async def t(x: int) -> list[int]:\n"
        "    return [x]\n"
        "@workflow\n"
        "async def main(n: int):\n"
        "    ids = await t(n)\n"
        '    print(json.dumps([{"id": i, "at": time.time()} for i in ids]))\n'
        "    print({i: time.time() for i in ids})\n"
        '    print(", ".join(f"{i}@{time.time()}" for i in ids))\n'
        "    print([i for i in ids if i < time.time()])\n"  # 13: the clock filters
        "    kept = [time.time() for i in ids]\n"  # 14: kept
        "    return ids, kept\n"
    )
    assert rows(py) == [(13, "WAC102"), (14, "WAC102")]
    ts = (
        'import { task, workflow } from "windmill-client";\n'
        "const t = task(async (x: number) => [x]);\n"
        "export const main = workflow(async (n: number) => {\n"
        "  const ids = await t(n);\n"
        "  console.log(JSON.stringify(ids.map((id) => ({ id, at: Date.now() }))));\n"
        '  console.log(ids.map((id) => `${id}@${Date.now()}`).join(", "));\n'
        "  const kept = ids.map((id) => id + Date.now());\n"  # 7: kept
        "  return { ids, kept };\n"
        "});\n"
    )
    assert rows(ts, ts=True) == [(7, "WAC102")]
