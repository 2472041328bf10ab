"""Flows: `wac-lint check` on a 500-module flow (goal: under 0.5 s), and a tree
without flows checked before and after flows were supported (no slower).

    python bench/bench_flows.py [--modules 500] [--repeat 5]

Writes `bench/corpus/flows/big.flow/` (a generated flow: sequential steps,
loops, branchone / branchall, inline Python and TypeScript scripts referenced
with `!inline`, expressions reading earlier results) and prints the timings,
also to `bench/results/flows.json`. The tree timing uses `bench/corpus/tree`
when `generate_tree.py` has made it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "flows"
RESULTS = HERE / "results"

PY_STEP = "def main(x: int, label: str = 'step'):\n    return x + 1\n"
TS_STEP = "export async function main(x: number, label = 'step') {\n  return x + 1;\n}\n"


def step(ident: str, previous: str | None, indent: str, inline: str, language: str) -> str:
    expr = f"results.{previous} ?? 0" if previous else "flow_input.start"
    return (
        f"{indent}- id: {ident}\n"
        f"{indent}  summary: step {ident}\n"
        f"{indent}  value:\n"
        f"{indent}    type: rawscript\n"
        f"{indent}    language: {language}\n"
        f"{indent}    content: !inline {inline}\n"
        f"{indent}    input_transforms:\n"
        f"{indent}      x: {{type: javascript, expr: '{expr}'}}\n"
        f"{indent}      label: {{type: static, value: '{ident}'}}\n"
    )


def generate(modules: int) -> Path:
    folder = CORPUS / "big.flow"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "step.py").write_text(PY_STEP)
    (folder / "step.ts").write_text(TS_STEP)
    out = [
        "summary: A generated flow\n",
        "schema:\n  type: object\n  properties:\n    start: {type: integer}\n",
        "value:\n  modules:\n",
    ]
    out.append(step("first", None, "    ", "step.py", "python3"))
    count, previous, group = 1, "first", 0
    while count < modules:
        group += 1
        kind = group % 4
        if kind == 0:  # a loop of three steps
            loop = f"loop_{group}"
            out.append(
                f"    - id: {loop}\n      value:\n        type: forloopflow\n"
                f"        skip_failures: false\n"
                f"        iterator: {{type: javascript, expr: '[1, 2, results.{previous}]'}}\n"
                "        modules:\n"
            )
            inner = None
            for i in range(3):
                ident = f"s{group}_{i}"
                out.append(step(ident, inner, "          ", "step.ts", "bun"))
                inner = ident
            count += 4
            previous = loop
        elif kind == 1:  # a branchone with two branches
            branch = f"branch_{group}"
            out.append(
                f"    - id: {branch}\n      value:\n        type: branchone\n        branches:\n"
                f"          - expr: 'results.{previous} > 1'\n            modules:\n"
            )
            out.append(step(f"s{group}_a", previous, "              ", "step.py", "python3"))
            out.append("        default:\n")
            out.append(step(f"s{group}_b", previous, "          ", "step.py", "python3"))
            count += 3
            previous = branch
        else:
            ident = f"s{group}"
            out.append(step(ident, previous, "    ", "step.py", "python3"))
            count += 1
            previous = ident
    (folder / "flow.yaml").write_text("".join(out))
    return folder / "flow.yaml"


def timed(args: list[str], repeat: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of a command; CPU time (user + system of the
    child) is what a busy machine distorts least."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def in_process(path: Path, repeat: int) -> tuple[float, float, int]:
    from wac_lint.engine import analyze_bytes

    walls, cpus, found = [], [], 0
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        found = len(analyze_bytes(path.read_bytes(), str(path)).findings)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--modules", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    flow = generate(args.modules)
    cli = [sys.executable, "-m", "wac_lint", "check", "--no-cache"]
    results: dict[str, object] = {"modules": args.modules, "lines": flow.read_text().count("\n")}
    results["check_cli_wall_s"], results["check_cli_cpu_s"] = timed([*cli, str(flow)], args.repeat)
    wall, cpu, found = in_process(flow, args.repeat)
    results["analyze_in_process_wall_s"], results["analyze_in_process_cpu_s"] = wall, cpu
    results["findings"] = found
    startup = timed([sys.executable, "-c", "pass"], args.repeat)
    results["python_startup_wall_s"], results["python_startup_cpu_s"] = startup
    results["load_average"] = os.getloadavg()[0]
    tree = HERE / "corpus" / "tree"
    if tree.is_dir():
        results["tree_check_wall_s"], results["tree_check_cpu_s"] = timed(
            [*cli, str(tree)], max(1, args.repeat // 2)
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "flows.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
