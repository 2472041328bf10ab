#!/usr/bin/env python3
"""Benchmark cross-file analysis on a workspace whose scripts import each other.

    python bench/bench_workspace.py [--runs 3] [--count 2000] [--imports 300]

Generates two trees with `bench/generate_tree.py` and the same seed: the
2,000-script tree of `bench_tree.py`, and the same tree plus shared helper
modules under `f/lib/` (chains of imports, some doing I/O) and `--imports`
workflows importing them and dispatching scripts of the tree
(`generate_tree.py --imports`). Measures `wac-lint check` on each, cold
(`--no-cache`) and warm (every file from the cache), wall (median, best) and
CPU. Goal (issue 12): cross-file analysis must not make a warm run on an
unchanged tree slower than 0.5 s. Results: a Markdown table, and
`bench/results/workspace.json`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_tree import measure, wac_lint_command  # noqa: E402
from generate_tree import generate  # noqa: E402

RESULTS = HERE / "results" / "workspace.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--imports", type=int, default=300)
    args = parser.parse_args()
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, imports in (("single-file tree", 0), ("workspace with imports", args.imports)):
            tree = Path(tmp) / label.replace(" ", "_")
            counts = generate(tree, args.count, 0.33, 6, imports)
            cache = Path(tmp) / "cache"
            shutil.rmtree(cache, ignore_errors=True)
            base = [*wac_lint_command(), "check", "-q", "."]
            rows[f"{label}, cold"] = measure([*base, "--no-cache"], args.runs, tree)
            rows[f"{label}, warm"] = measure([*base, "--cache-dir", str(cache)], args.runs, tree)
            rows[f"{label}, files"] = {
                "count": float(
                    sum(1 for _ in tree.rglob("*.py")) + sum(1 for _ in tree.rglob("*.ts"))
                )
            }
            print(f"{label}: {counts}", file=sys.stderr)
    print("| run | median | best | CPU |\n| --- | ---: | ---: | ---: |")
    for name, row in rows.items():
        if "median" in row:
            print(
                f"| {name} | {row['median']:.2f} s | {row['best']:.2f} s | "
                f"{row['cpu_median']:.2f} s |"
            )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
