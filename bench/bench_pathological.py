"""Pathological inputs that used to take quadratic time, timed per command.

Each file is under 1 MB (the deep-nesting ones are small: key allocation
used to be exponential in their depth); the goal is at most 1 s of CPU for every command
(`check`, `graph`, `schema`), in-process (no interpreter start-up) with the
collector thresholds the commands set (`--default-gc`: CPython's). Prints a
table: file, size, then CPU seconds per command (an `x` marks a command that
refused the file with a one-line reason, e.g. "nested too deeply to analyse").

    python bench/bench_pathological.py [--repeat 3] [FILE ...]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wac_lint.engine import InputError, analyze_bytes, source_from_bytes
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.graph import GraphError, graph_for_source
from wac_lint.parsing import parse
from wac_lint.schema.files import SchemaError, expected_for_source

PY_HEAD = (
    "from wmill import task, workflow\n\n@task()\nasync def t(x: int) -> int:\n    return x\n\n"
)
TS_HEAD = (
    'import { task, workflow } from "windmill-client";\nconst t = task(async (x: number) => x);\n'
)
PY_MAIN = "@workflow\nasync def main(x: int):\n"
TS_MAIN = "export const main = workflow(async (x: number) => {\n"


def cases() -> dict[str, str]:
    chain = "await t(" * 20_000 + "x" + ")" * 20_000
    return {
        "comment_lines.py": PY_HEAD
        + PY_MAIN
        + "    if x:\n        y = 1\n"
        + "# a comment line\n" * 9_000
        + "    return x\n",
        "nested_lambdas.py": PY_HEAD + PY_MAIN + "    f = " + "lambda: " * 11_700 + "1\n",
        "nested_awaits.py": PY_HEAD + PY_MAIN + f"    return {chain}\n",
        "nested_awaits.ts": TS_HEAD + TS_MAIN + f"  return {chain};\n}});\n",
        "await_chain.ts": TS_HEAD + TS_MAIN + "  return " + "await " * 20_000 + "x;\n});\n",
        "awaited_statements.py": PY_HEAD
        + PY_MAIN
        + "    x = await t(x)\n" * 20_000
        + "    return x\n",
        "awaited_statements.ts": TS_HEAD + TS_MAIN + "  x = await t(x);\n" * 20_000 + "});\n",
        "summary_dict.py": PY_HEAD
        + PY_MAIN
        + "    summary = {}\n"
        + "".join(
            f"    rows = await t(summary)\n    summary['r{i}'] = rows\n"
            f"    if rows:\n        summary['n{i}'] = await t(summary['r{i}'])\n"
            for i in range(4_000)
        ),
        "approvals_elif.py": "from wmill import wait_for_approval, workflow\n\n"
        + PY_MAIN
        + "".join(
            f"    {'if' if i == 0 else 'elif'} x == {i}:\n"
            "        await wait_for_approval(key='sign-off')\n"
            for i in range(4_000)
        ),
        "seeded_draws.ts": 'import { faker } from "@faker-js/faker";\n'
        + TS_HEAD
        + TS_MAIN
        + "  faker.seed(x);\n  x = faker.number.int(x);\n" * 4_000
        + "});\n",
        "stored_gathered.py": "import asyncio\n"
        + PY_HEAD
        + PY_MAIN
        + "    first = t(x)\n    second = t(x)\n    a, b = await asyncio.gather(first, second)\n"
        * 2_000,
        "nested_loops.ts": TS_HEAD
        + TS_MAIN
        + "for (const i of [1, 2]) {\n" * 100
        + "await t(x);\n"
        + "}\n" * 100
        + "});\n",
        "nested_fallthrough.ts": TS_HEAD
        + TS_MAIN
        + "switch (x) { case 1: case 2:\n" * 100
        + "await t(x);\n"
        + "}\n" * 100
        + "});\n",
        "nested_finally.ts": TS_HEAD
        + TS_MAIN
        + "try { if (x) { return 1; } await t(x); } finally {\n" * 40
        + "await t(x);\n"
        + "}\n" * 40
        + "});\n",
    }


def cpu(work: Callable[[], object], repeat: int) -> tuple[float, bool]:
    best, refused = float("inf"), False
    for _ in range(repeat):
        start = time.process_time()
        try:
            work()
        except (InputError, GraphError, SchemaError):
            refused = True
        best = min(best, time.process_time() - start)
    return best, refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("names", nargs="*", help="only these files (default: all)")
    parser.add_argument(
        "--default-gc",
        action="store_true",
        help="keep CPython's collector thresholds (the commands raise them: gc_policy.py)",
    )
    args = parser.parse_args()
    if not args.default_gc:
        tune_for_analysis()  # as `check`, `graph` and `schema` do
    print(f"{'file':<24} {'KB':>6} {'check':>8} {'graph':>8} {'schema':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, code in cases().items():
            if args.names and name not in args.names:
                continue
            data = code.encode()
            script = Path(tmp) / name
            script.write_bytes(data)

            def check(data: bytes = data, script: Path = script) -> object:
                return analyze_bytes(data, str(script))

            def graph(data: bytes = data, script: Path = script) -> object:
                return graph_for_source(source_from_bytes(data, str(script)))

            def schema(data: bytes = data, script: Path = script) -> object:
                source = source_from_bytes(data, str(script))
                return expected_for_source(script, source, parse(source))

            cells = []
            for command in (check, graph, schema):
                seconds, refused = cpu(command, args.repeat)
                cells.append(f"{seconds:7.2f}{'x' if refused else ' '}")
            print(f"{name:<24} {len(data) / 1024:6.0f} {' '.join(cells)}")


if __name__ == "__main__":
    main()
