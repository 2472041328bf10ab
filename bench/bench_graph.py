#!/usr/bin/env python3
"""Benchmark: `wac-lint graph` vs Windmill's own WAC parser.

    python bench/bench_graph.py [PATH ...] [--oracle PATH] [--repeat N]

For the scripts under PATH (default: the graph conformance corpus, and the
~1,000-line generated scripts of bench/corpus/wac when present) this prints
one line each for:

* wac-lint: read + parse + model + graph + keys + data edges + JSON, in this
  process (best of N runs);
* `windmill-oracle dag` (when the oracle is installed): Windmill's wasm WAC
  parser on the same files, one Node process for all of them, start-up
  included.

Numbers are reported, not asserted.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wac_lint.graph import GraphError, graph_for_file  # noqa: E402
from wac_lint.graph.render import to_json  # noqa: E402

DEFAULTS = [ROOT / "tests/corpus/wac", ROOT / "tests/graph/corpus", ROOT / "bench/corpus/wac"]
DEFAULT_ORACLE = Path("/work/shared/oracle/windmill-oracle")


def scripts(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [p for p in sorted(path.rglob("*")) if p.suffix in (".py", ".ts")]
        elif path.exists():
            found.append(path)
    return found


def time_wac_lint(files: list[Path], repeat: int) -> tuple[float, int, int]:
    best = float("inf")
    drawn = nodes = 0
    for _ in range(repeat):
        drawn = nodes = 0
        start = time.perf_counter()
        for path in files:
            try:
                graph = graph_for_file(path)
            except GraphError:
                continue
            to_json(graph)
            drawn += 1
            nodes += len(graph.nodes)
        best = min(best, time.perf_counter() - start)
    return best, drawn, nodes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = scripts(args.paths or DEFAULTS)
    lines = sum(p.read_text().count("\n") for p in files)
    seconds, drawn, nodes = time_wac_lint(files, args.repeat)
    print(
        f"wac-lint graph: {len(files)} files ({lines} lines), {drawn} graphs, {nodes} nodes "
        f"in {seconds:.2f} s ({1000 * seconds / max(len(files), 1):.1f} ms/file)"
    )
    if args.oracle.exists() and shutil.which("node"):
        start = time.perf_counter()
        subprocess.run([str(args.oracle), "dag", *map(str, files)], capture_output=True, check=True)
        seconds = time.perf_counter() - start
        print(f"windmill-oracle dag: {len(files)} files in {seconds:.2f} s (one Node process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
