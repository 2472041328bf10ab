#!/usr/bin/env python3
"""Benchmark `wac-lint check` on a Windmill-repository-sized tree.

    python bench/bench_tree.py [--runs 5] [--small-runs 20] [--regenerate]

Generates the tree with `bench/generate_tree.py` when it is missing (2,000
scripts, a third of them WAC, both languages, under `bench/corpus/tree`), then
measures, each as wall time over several runs (median and best) plus the CPU
time the processes used:

- cold: `wac-lint check --no-cache` on the whole tree;
- cold, writing the cache: the first run into an empty cache directory;
- warm: the same run again, every file served from the cache;
- ruff: `ruff check --no-cache --isolated` on the same tree (ruff reads only
  the Python files; its default rules);
- one small file: `wac-lint check --no-cache` on one 20-line script, end to
  end, against `python -c pass` with the same interpreter.

Goals (issue 6): cold within 2x of ruff, warm under 0.5 s, one small file
under 4x the bare interpreter start. Results are printed as a Markdown table
and written to `bench/results/tree.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TREE = HERE / "corpus" / "tree"
RESULTS = HERE / "results" / "tree.json"
SMALL_SCRIPT = """\
from wmill import task, workflow


@task()
async def fetch_order(order_id: str) -> dict:
    return {"id": order_id, "total": 42}


@task()
async def charge(order: dict) -> str:
    return f"charged {order['total']}"


@workflow
async def main(order_id: str):
    order = await fetch_order(order_id)
    receipt = await charge(order)
    return {"order": order, "receipt": receipt}
"""


# Installed packages have their bytecode compiled at install time; measure
# that, not a session that forbids writing .pyc files (each run would then
# compile every wac-lint module again, ~50 ms). The warm-up run writes them.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wac_lint_command() -> list[str]:
    """The console script beside this interpreter (what users run), else `-m`."""
    script = Path(sys.executable).with_name("wac-lint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "wac_lint"]


def ruff_command() -> list[str] | None:
    script = Path(sys.executable).with_name("ruff")
    if script.exists():
        return [str(script)]
    found = shutil.which("ruff")
    return [found] if found else None


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    command: list[str], runs: int, cwd: Path, before_each: object = None
) -> dict[str, float]:
    """Wall and CPU seconds of `command`; one unmeasured warm-up run first."""
    walls: list[float] = []
    cpus: list[float] = []
    for index in range(runs + 1):
        if callable(before_each):
            before_each()
        cpu = children_cpu()
        start = time.perf_counter()
        proc = subprocess.run(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV
        )
        wall = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {proc.stderr!r}")
        if index:  # the first run warms the OS page cache and .pyc files
            walls.append(wall)
            cpus.append(children_cpu() - cpu)
    return {
        "median": statistics.median(walls),
        "best": min(walls),
        "cpu_median": statistics.median(cpus),
        "runs": runs,
    }


def tree_counts(tree: Path) -> dict[str, int]:
    """What the generator wrote (scripts per language, WAC scripts)."""
    return json.loads((tree / "manifest.json").read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs on the tree")
    parser.add_argument("--small-runs", type=int, default=20, help="measured one-file runs")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the tree first")
    args = parser.parse_args()

    if args.regenerate or not (TREE / "manifest.json").exists():
        subprocess.run(
            [sys.executable, str(HERE / "generate_tree.py"), "--out", str(TREE)], check=True
        )
    wac_lint = wac_lint_command()
    results: dict[str, object] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count(),
            "load_before": os.getloadavg()[0],
        },
        "tree": tree_counts(TREE),
    }
    with tempfile.TemporaryDirectory(prefix="wac-lint-bench-") as scratch:
        cache = Path(scratch) / "cache"
        check = [*wac_lint, "check", "--exit-zero", "--quiet", "."]
        results["cold"] = measure([*check, "--no-cache"], args.runs, TREE)
        results["cold_writing_cache"] = measure(
            [*check, "--cache-dir", str(cache)],
            args.runs,
            TREE,
            before_each=lambda: shutil.rmtree(cache, ignore_errors=True),
        )
        subprocess.run([*check, "--cache-dir", str(cache)], cwd=TREE, capture_output=True, env=ENV)
        results["warm"] = measure([*check, "--cache-dir", str(cache)], args.runs, TREE)
        ruff = ruff_command()
        if ruff is not None:
            ruff_check = [*ruff, "check", "--no-cache", "--isolated", "--exit-zero", "--quiet", "."]
            results["ruff"] = measure(ruff_check, args.runs, TREE)

        small = Path(scratch) / "small"
        small.mkdir()
        (small / "order_flow.py").write_text(SMALL_SCRIPT, encoding="utf-8")
        results["small_file"] = measure(
            [*wac_lint, "check", "--no-cache", "order_flow.py"], args.small_runs, small
        )
        results["python_pass"] = measure([sys.executable, "-c", "pass"], args.small_runs, small)
    results["machine"]["load_after"] = os.getloadavg()[0]  # type: ignore[index]

    report(results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS.relative_to(HERE.parent)}")


def report(results: dict[str, object]) -> None:
    tree = results["tree"]
    print(f"tree: {tree}  machine: {results['machine']}\n")
    print("| run | median (s) | best (s) | CPU (s) |")
    print("| --- | ---: | ---: | ---: |")
    names = {
        "cold": "wac-lint, cold (`--no-cache`)",
        "cold_writing_cache": "wac-lint, first run (writes the cache)",
        "warm": "wac-lint, warm (cache)",
        "ruff": "ruff check --no-cache (Python files only)",
        "small_file": "wac-lint, one 20-line file",
        "python_pass": "python -c pass",
    }
    for key, label in names.items():
        if key in results:
            r = results[key]
            print(f"| {label} | {r['median']:.3f} | {r['best']:.3f} | {r['cpu_median']:.3f} |")  # type: ignore[index]

    print()

    def ratio(a: str, b: str) -> float:
        return results[a]["median"] / results[b]["median"]  # type: ignore[index]

    if "ruff" in results:
        cold = ratio("cold", "ruff")
        print(f"cold / ruff: {cold:.1f}x (goal <= 2x): {'met' if cold <= 2 else 'MISSED'}")
    warm = results["warm"]["median"]  # type: ignore[index]
    print(f"warm: {warm:.3f} s (goal < 0.5 s): {'met' if warm < 0.5 else 'MISSED'}")
    small = ratio("small_file", "python_pass")
    print(
        f"one file / python -c pass: {small:.1f}x (goal < 4x): {'met' if small < 4 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
