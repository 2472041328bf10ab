#!/usr/bin/env python3
"""Instructions (not seconds) of `check` and `graph` on issue 9's long-body shapes.

    python bench/bench_instructions.py [--statements 1000] [--build LABEL@PYTHONPATH ...]

CPU seconds on a shared machine move by 30% between identical runs; the count of
instructions a run executes does not. Each case runs in a fresh interpreter under
`valgrind --tool=callgrind` (about 50x slower: keep `--statements` small; the
work is linear, so 1,000 statements rank changes as 20,000 would), once with the
command and once without it (imports, grammars, queries and a warm-up run on a
tiny file in both), and the difference is printed in millions. Builds: the
installed one by default; `--build main@/tmp/base/site` times another checkout laid
out as bench/README.md's "Another checkout" says.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys
sys.path.insert(0, {bench!r})
import bench_pathological as bp
from wac_lint.engine import analyze_bytes, source_from_bytes
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.graph import graph_for_source
tune_for_analysis()
shape, command, n, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
py, ts = bp.PY_HEAD + bp.PY_MAIN, bp.TS_HEAD + bp.TS_MAIN
code = {{
    "awaited.py": py + "    x = await t(x)\\n" * n + "    return x\\n",
    "awaited.ts": ts + "  x = await t(x);\\n" * n + "}});\\n",
    "summary.py": py + "    summary = {{}}\\n" + "".join(
        f"    rows = await t(summary)\\n    summary['r{{i}}'] = rows\\n"
        f"    if rows:\\n        summary['n{{i}}'] = await t(summary['r{{i}}'])\\n"
        for i in range(n // 5)
    ),
}}[shape]
path = f"{{folder}}/{{shape}}"
for tiny, name in ((py + "    return 1\\n", "w.py"), (ts + "  return 1;\\n}});\\n", "w.ts")):
    analyze_bytes(tiny.encode(), f"{{folder}}/{{name}}")  # grammars, queries, rules
    graph_for_source(source_from_bytes(tiny.encode(), f"{{folder}}/{{name}}"))
if command == "check":
    analyze_bytes(code.encode(), path)
elif command == "graph":
    graph_for_source(source_from_bytes(code.encode(), path))
"""

COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(args: list[str], pythonpath: str | None) -> int:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    run = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-P",
            "-c",
            CHILD.format(bench=str(HERE)),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--build", action="append", default=[], help="LABEL@PYTHONPATH")
    parser.add_argument("--shapes", nargs="+", default=["awaited.py", "awaited.ts", "summary.py"])
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    builds = [tuple(b.split("@", 1)) for b in args.build] or [("installed", "")]
    print(f"{'build':<12} {'shape':<12} {'check M':>8} {'graph M':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for label, pythonpath in builds:
            n = str(args.statements)
            idle = instructions([args.shapes[0], "none", n, folder], pythonpath)
            for shape in args.shapes:
                counts = [
                    (instructions([shape, command, n, folder], pythonpath) - idle) / 1e6
                    for command in ("check", "graph")
                ]
                print(f"{label:<12} {shape:<12} {counts[0]:>8.0f} {counts[1]:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
