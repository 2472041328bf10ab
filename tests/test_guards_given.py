"""A helper that reads the clock only when an argument is omitted (`def stamp(day=None):
if day is None: day = datetime.now()`) gets no WAC102 at a call whose argument is known
not to be None (see `wac_lint.guards`): a module constant bound once, a result whose
declared return type has no None, a string method, a dict literal's key, a typed input's
field, a parameter with a given default. Where the value may be None the finding stays."""

from __future__ import annotations

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

PY_HEAD = """from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional, TypedDict

from wmill import step, task, workflow


def stamp(day=None):
    if day is None:
        day = datetime.now().isoformat()
    return f"run-{day}"


@task()
async def fetch_day(region: str) -> str:
    return "2024-01-01"


@task()
async def maybe_day(region: str) -> str | None:
    return None


@dataclass
class Cfg:
    day: str
    other: str | None = None


class Inp(TypedDict):
    day: str
"""

TS_HEAD = """import { step, task, workflow } from "windmill-client";
function stamp(day?: string): string {
  if (day === undefined) {
    day = new Date().toISOString();
  }
  return `run-${day}`;
}
const fetchDay = task(async (region: string): Promise<string> => "2024-01-01");
const maybeDay = task(async (region: string): Promise<string | null> => null);
interface Inp {
  day: string;
  other?: string;
}
"""


def findings(text: str, language: str) -> list[tuple[int, str, str]]:
    name = "w.py" if language == LANG_PYTHON else "w.ts"
    source = SourceFile(path=name, text=text, language=language)
    # the snippets' one-line arrows are no workflow to Windmill's diagram (WAC903, true
    # and beside the point here)
    found = analyze_source(source, ignore=["WAC903"]).findings
    return [(f.row, f.code, f.message) for f in found]


def py(prelude: str, body: str) -> str:
    return PY_HEAD + prelude + "\n\n@workflow\n" + body


def ts(prelude: str, body: str) -> str:
    return TS_HEAD + prelude + body


PY_GIVEN = {
    "module string constant": (
        'REGION_DAY = "2024-01-01"',
        "async def main():\n    return stamp(REGION_DAY)\n",
    ),
    "module date constant": (
        "TODAY = date(2024, 1, 1)",
        "async def main():\n    return stamp(TODAY)\n",
    ),
    "module constant from another": (
        'BASE = "2024"\nFIRST = f"{BASE}-01-01"',
        "async def main():\n    return stamp(FIRST)\n",
    ),
    "task result typed str": (
        "",
        "async def main(r: str):\n    d = await fetch_day(r)\n    return stamp(d)\n",
    ),
    "task result through a local": (
        "",
        "async def main(r: str):\n    d = await fetch_day(r)\n    e = d\n    return stamp(e)\n",
    ),
    "helper typed str": (
        "def pick(x) -> str:\n    return x",
        "async def main(r: str):\n    return stamp(pick(r))\n",
    ),
    "step result of a str input": (
        "",
        'async def main(r: str):\n    d = await step("d", lambda: r)\n    return stamp(d)\n',
    ),
    "step result of isoformat": (
        "",
        'async def main():\n    d = await step("d", lambda: datetime.now().isoformat())\n'
        "    return stamp(d)\n",
    ),
    "step result of a function typed str": (
        'def today() -> str:\n    return "2024-01-01"',
        'async def main():\n    d = await step("d", today)\n    return stamp(d)\n',
    ),
    "isoformat": (
        "",
        "async def main(r: str):\n    return stamp(date.fromisoformat(r).isoformat())\n",
    ),
    "strip": ("", "async def main(r: str):\n    return stamp(r.strip())\n"),
    "dict literal key": (
        "",
        'async def main(r: str):\n    days = {"eu": "2024-01-01", "us": "2024-01-02"}\n'
        '    return stamp(days["eu"])\n',
    ),
    "module dict constant key": (
        'DAYS = {"eu": "2024-01-01"}',
        'async def main():\n    return stamp(DAYS["eu"])\n',
    ),
    "item of a dict[str, str] input": (
        "",
        'async def main(opts: dict[str, str]):\n    return stamp(opts["day"])\n',
    ),
    "item of a list[str] input": (
        "",
        "async def main(days: list[str]):\n    return stamp(days[0])\n",
    ),
    "untyped given default": ("", 'async def main(r="2024-01-01"):\n    return stamp(r)\n'),
    "dataclass field": ("", "async def main(cfg: Cfg):\n    return stamp(cfg.day)\n"),
    "TypedDict key": ("", 'async def main(cfg: Inp):\n    return stamp(cfg["day"])\n'),
    "TypedDict key of a list element": (
        "",
        'async def main(rows: list[Inp]):\n    return [stamp(row["day"]) for row in rows]\n',
    ),
    "TypedDict key of a loop element": (
        "",
        "async def main(rows: list[Inp]):\n    out = []\n    for row in rows:\n"
        '        out.append(stamp(row["day"]))\n    return out\n',
    ),
    "parameter reassigned after the test": (
        "def later(at=None):\n    if at is None:\n        at = datetime.now()\n"
        "    if isinstance(at, str):\n        at = datetime.fromisoformat(at)\n"
        '    return f"{at:%Y}"',
        'async def main():\n    return later("2024-01-01")\n',
    ),
}

PY_MAYBE = {
    "module constant rebound": (
        'REGION_DAY = "x"\nREGION_DAY = None',
        "async def main():\n    return stamp(REGION_DAY)\n",
    ),
    "module constant rebound by global": (
        'REGION_DAY = "x"\n\n\ndef reset():\n    global REGION_DAY\n    REGION_DAY = None',
        "async def main():\n    reset()\n    return stamp(REGION_DAY)\n",
    ),
    "module constant from the environment": (
        'import os\nREGION_DAY = os.environ.get("DAY")',
        "async def main():\n    return stamp(REGION_DAY)\n",
    ),
    "constant shadowed by a parameter": (
        'REGION_DAY = "x"',
        "async def main(REGION_DAY=None):\n    return stamp(REGION_DAY)\n",
    ),
    "task result optional": (
        "",
        "async def main(r: str):\n    d = await maybe_day(r)\n    return stamp(d)\n",
    ),
    "helper typed optional": (
        'def pick(x) -> "str | None":\n    return None',
        "async def main(r: str):\n    return stamp(pick(r))\n",
    ),
    "step result of a lambda that may give None": (
        "",
        'async def main(r: dict):\n    d = await step("d", lambda: r.get("day"))\n'
        "    return stamp(d)\n",
    ),
    "step result of an untyped function": (
        'def today():\n    return "2024-01-01"',
        'async def main(r: str):\n    d = await step("d", today)\n    return stamp(d)\n',
    ),
    "task result typed by an alias that admits None": (
        "MaybeDay = Optional[str]\n\n\n@task()\nasync def aliased_day(r: str) -> MaybeDay:\n"
        "    return None",
        "async def main(r: str):\n    d = await aliased_day(r)\n    return stamp(d)\n",
    ),
    "class field with a call default": (
        "class Req:\n    day: str = make_default()",
        "async def main(req: Req):\n    return stamp(req.day)\n",
    ),
    "dict get": (
        "",
        'async def main(r: str):\n    days = {"eu": "x"}\n    return stamp(days.get(r))\n',
    ),
    "dict key set to None": (
        "",
        'async def main(r: str):\n    days = {"eu": "x"}\n    days["eu"] = None\n'
        '    return stamp(days["eu"])\n',
    ),
    "dict updated": (
        "",
        'async def main(r: str):\n    days = {"eu": "x"}\n    days.update(eu=None)\n'
        '    return stamp(days["eu"])\n',
    ),
    "dict value None": ('DAYS = {"eu": None}', 'async def main():\n    return stamp(DAYS["eu"])\n'),
    "local also unpacked into": (
        "",
        'async def main(r: str):\n    d = "2024-01-01"\n    d, n = None, 1\n    return stamp(d)\n',
    ),
    "item of a dict of optional values": (
        "",
        'async def main(opts: dict[str, Optional[str]]):\n    return stamp(opts["day"])\n',
    ),
    "None default": ("", "async def main(r=None):\n    return stamp(r)\n"),
    "optional key of a loop element": (
        "class Row(TypedDict):\n    day: str | None",
        "async def main(rows: list[Row]):\n    out = []\n    for row in rows:\n"
        '        out.append(stamp(row["day"]))\n    return out\n',
    ),
    "loop element rebound": (
        "",
        "async def main(rows: list[Inp]):\n    out = []\n    for row in rows:\n"
        '        row = {"day": None}\n        out.append(stamp(row["day"]))\n    return out\n',
    ),
    "optional annotation": (
        "from typing import Optional",
        "async def main(r: Optional[str] = None):\n    return stamp(r)\n",
    ),
    "dataclass optional field": ("", "async def main(cfg: Cfg):\n    return stamp(cfg.other)\n"),
}

TS_GIVEN = {
    "module const": (
        'const DEFAULT_DAY = "2024-01-01";\n',
        "export const main = workflow(async () => stamp(DEFAULT_DAY));\n",
    ),
    "module const read in an arrow too": (
        'export const DEFAULT_DAY = "2024-01-01";\n',
        "export const main = workflow(async () => {\n  const f = () => DEFAULT_DAY;\n"
        "  return stamp(DEFAULT_DAY) + f();\n});\n",
    ),
    "task result Promise<string>": (
        "",
        "export const main = workflow(async (r: string) => {\n  const d = await fetchDay(r);\n"
        "  return stamp(d);\n});\n",
    ),
    "step result of toISOString": (
        "",
        "export const main = workflow(async () => {\n"
        '  const d = await step("d", () => new Date().toISOString());\n  return stamp(d);\n});\n',
    ),
    "toISOString": (
        "",
        "export const main = workflow(async (r: string) => stamp(new Date(r).toISOString()));\n",
    ),
    "trim": ("", "export const main = workflow(async (r: string) => stamp(r.trim()));\n"),
    "given default": ("", 'export const main = workflow(async (r = "2024-01-01") => stamp(r));\n'),
    "interface field": ("", "export const main = workflow(async (inp: Inp) => stamp(inp.day));\n"),
    "interface field of a loop element": (
        "",
        "export const main = workflow(async (rows: Inp[]) => {\n  const out: string[] = [];\n"
        "  for (const row of rows) {\n    out.push(stamp(row.day));\n  }\n  return out;\n});\n",
    ),
    "object literal key": (
        "",
        "export const main = workflow(async (r: string) => {\n"
        '  const days = { eu: "2024-01-01" };\n  return stamp(days.eu);\n});\n',
    ),
}

TS_MAYBE = {
    "let rebound": (
        'let DEFAULT_DAY: string | undefined = "2024-01-01";\nDEFAULT_DAY = undefined;\n',
        "export const main = workflow(async () => stamp(DEFAULT_DAY));\n",
    ),
    "task result nullable": (
        "",
        "export const main = workflow(async (r: string) => {\n  const d = await maybeDay(r);\n"
        "  return stamp(d ?? undefined);\n});\n",
    ),
    "step result of a block": (
        "",
        "export const main = workflow(async () => {\n"
        '  const d = await step("d", () => {\n    return undefined;\n  });\n'
        "  return stamp(d);\n});\n",
    ),
    "item of a Record input": (
        "",
        "export const main = workflow(async (opts: { [key: string]: string }) => "
        'stamp(opts["day"]));\n',
    ),
    "optional chain call": (
        "",
        "export const main = workflow(async (inp?: Inp) => stamp(inp?.day.trim()));\n",
    ),
    "task result typed by an alias that admits null": (
        "type MaybeDay = string | null;\n"
        "const aliasedDay = task(async (r: string): Promise<MaybeDay> => null);\n",
        "export const main = workflow(async (r: string) => {\n  const d = await aliasedDay(r);\n"
        "  return stamp(d as string);\n});\n",
    ),
    "interface optional field": (
        "",
        "export const main = workflow(async (inp: Inp) => stamp(inp.other));\n",
    ),
    "optional chain": ("", "export const main = workflow(async (inp?: Inp) => stamp(inp?.day));\n"),
    "object key assigned": (
        "",
        "export const main = workflow(async (r: string) => {\n"
        '  const days: Record<string, string | undefined> = { eu: "2024-01-01" };\n'
        "  days.eu = undefined;\n  return stamp(days.eu);\n});\n",
    ),
}


@pytest.mark.parametrize("case", sorted(PY_GIVEN))
def test_python_given_argument_leaves_the_clock_unread(case: str) -> None:
    prelude, body = PY_GIVEN[case]
    assert findings(py(prelude, body), LANG_PYTHON) == []


@pytest.mark.parametrize("case", sorted(PY_MAYBE))
def test_python_argument_that_may_be_none_keeps_the_finding(case: str) -> None:
    prelude, body = PY_MAYBE[case]
    found = findings(py(prelude, body), LANG_PYTHON)
    assert [code for _, code, _ in found] == ["WAC102"]
    assert found[0][2] == (
        "`datetime.now` (reached through `main → stamp → datetime.now`) reads the clock: the value"
        " changes between replays of the workflow body; capture it with `step(...)`"
    )


@pytest.mark.parametrize("case", sorted(TS_GIVEN))
def test_typescript_given_argument_leaves_the_clock_unread(case: str) -> None:
    prelude, body = TS_GIVEN[case]
    assert findings(ts(prelude, body), LANG_TYPESCRIPT) == []


@pytest.mark.parametrize("case", sorted(TS_MAYBE))
def test_typescript_argument_that_may_be_undefined_keeps_the_finding(case: str) -> None:
    prelude, body = TS_MAYBE[case]
    found = findings(ts(prelude, body), LANG_TYPESCRIPT)
    assert [code for _, code, _ in found] == ["WAC102"]
    assert found[0][2] == (
        "`new Date()` (reached through `main → stamp → new Date()`) reads the clock: the value"
        " changes between replays of the workflow body; capture it with `step(...)`"
    )
