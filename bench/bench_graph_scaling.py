#!/usr/bin/env python3
"""`graph` against `check` as a workflow body grows: is it linear?

    python bench/bench_graph_scaling.py [--lines 1000 4000 16000 50000]

The shape is issue 14's usual one: one `summary` dict read and written by every
block (a task call, a write, a branch with another call). Each size runs in a
fresh interpreter; per size and language it prints CPU seconds of `check`
(analysis in-process) and of `graph` (model, keys, data edges and JSON), their
ratio, the data edges drawn, and the peak memory of the `graph` process.
Goals (issue 14): graph at most 3x check, 50,000 lines in under 2 s and 300 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PY_HEAD = "from wmill import task, workflow\n\n@task()\nasync def t(x) -> int:\n    return 1\n\n"
TS_HEAD = (
    'import { task, workflow } from "windmill-client";\nconst t = task(async (x: any) => 1);\n'
)


def summary_py(blocks: int) -> str:
    body = "".join(
        f"    rows = await t(summary)\n    summary['r{i}'] = rows\n"
        f"    if rows:\n        summary['n{i}'] = await t(summary['r{i}'])\n"
        for i in range(blocks)
    )
    main = "@workflow\nasync def main(x: int):\n    summary = {}\n"
    return PY_HEAD + main + body + "    return summary\n"


def summary_ts(blocks: int) -> str:
    body = "".join(
        f"  const rows{i} = await t(summary);\n  summary.r{i} = rows{i};\n"
        f"  if (rows{i}) {{\n    summary.n{i} = await t(summary.r{i});\n  }}\n"
        for i in range(blocks)
    )
    main = "export const main = workflow(async (x: number) => {\n  const summary: any = {};\n"
    return TS_HEAD + main + body + "  return summary;\n});\n"


CHILD = """
import json, resource, sys, time
from wac_lint.engine import analyze_bytes, source_from_bytes
from wac_lint.graph import graph_for_source
from wac_lint.graph.render import to_json
path, command = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
start = time.process_time()
if command == "check":
    analyze_bytes(data, path)
    edges = 0
else:
    graph = graph_for_source(source_from_bytes(data, path))
    to_json(graph)
    edges = sum(e.kind == "data" for e in graph.edges)
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "edges": edges, "mb": peak}))
"""


def run(path: Path, command: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), command],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[1000, 4000, 16000, 50000])
    parser.add_argument("--out", type=Path, default=ROOT / "bench/corpus/scaling")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    header = ("file", "lines", "check s", "graph s", "ratio", "edges", "MB")
    print(f"{header[0]:<18} " + " ".join(f"{h:>8}" for h in header[1:]))
    for lines in args.lines:
        for ext, make, per_block in ((".py", summary_py, 4), (".ts", summary_ts, 5)):
            path = args.out / f"summary_{lines}{ext}"
            path.write_text(make(max(1, lines // per_block)))
            actual = path.read_text().count("\n")
            check = run(path, "check")
            graph = run(path, "graph")
            ratio = graph["seconds"] / max(check["seconds"], 1e-9)
            print(
                f"{path.name:<18} {actual:>8} {check['seconds']:>8.2f} {graph['seconds']:>8.2f} "
                f"{ratio:>8.1f} {int(graph['edges']):>8} {graph['mb']:>8.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
