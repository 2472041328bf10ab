#!/usr/bin/env python3
"""Issue 14's command-line speed goals, in one run, for one or more wac-lint builds side by side.

    python bench/bench_goals.py [--runs 5] [--wac-lint LABEL=CMD ...]

Each `--wac-lint` is a label and a command that runs wac-lint (default: this
checkout, `this=<venv>/wac-lint`); give two to compare builds, e.g. the main
branch unpacked with `git archive` (see bench/README.md):

    --wac-lint "main=python -P -m wac_lint" (with PYTHONPATH set per label: LABEL@PATH=CMD)

Every command runs `--runs` times (after one unmeasured warm-up), round-robin
across all commands so load from elsewhere hits them alike; the table shows the
median CPU (user + system of the process and its workers: this machine is
shared, so CPU is the figure to trust) and the median wall time.

Goals (issue 14):
- 20 Python WAC files of ~1,000 lines, `check --no-cache`: at most 2x the wall
  time and 2.5x the CPU of `ruff check --no-cache --select ALL`;
- the 2,000-script tree, cold (`--no-cache`): at most 6x the CPU of ruff's
  default rules; warm (every file from the cache): at most 0.2 s;
- one small file: at most 5x `python -c pass`.

`python -c pass` is run by a fresh virtual environment with nothing installed
(made in the scratch folder), not by this checkout's: an editable install puts
its import finder in every start of that python (87.8 against 38.0 M
instructions), and this machine's base interpreter loads other packages' `.pth`
files (139 M), which made the ratio look better than a user's. Beside it, the design's floor for one
small file: the venv's python importing click and tree-sitter, loading the
Python grammar and parsing the script (what any build of this design pays).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR = (
    "import sys, click, tree_sitter, tree_sitter_python\n"
    "parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_python.language()))\n"
    "parser.parse(open(sys.argv[1], 'rb').read())\n"
)
WAC = HERE / "corpus" / "wac"
TREE = HERE / "corpus" / "tree"
RESULTS = HERE / "results" / "goals.json"
sys.path.insert(0, str(HERE))

from bench_tree import SMALL_SCRIPT  # noqa: E402

# Installed tools have their bytecode; measure that (see bench_tree.py).
BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(
            f"{shlex.join(command)} failed ({proc.returncode}): {proc.stderr[-500:]!r}"
        )
    return wall, children_cpu() - cpu


def parse_build(text: str) -> tuple[str, list[str], dict[str, str]]:
    """LABEL=CMD or LABEL@PYTHONPATH=CMD."""
    label, _, command = text.partition("=")
    env = dict(BASE_ENV)
    if "@" in label:
        label, _, path = label.partition("@")
        env["PYTHONPATH"] = path
    return label, shlex.split(command), env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--wac-lint", action="append", default=[], metavar="LABEL=CMD")
    args = parser.parse_args()
    if not (WAC / "manifest.json").exists():
        subprocess.run([sys.executable, str(HERE / "generate_wac_corpus.py")], check=True)
    if not (TREE / "manifest.json").exists():
        subprocess.run(
            [sys.executable, str(HERE / "generate_tree.py"), "--out", str(TREE)], check=True
        )
    default = Path(sys.executable).with_name("wac-lint")
    builds = [parse_build(b) for b in args.wac_lint] or [("this", [str(default)], dict(BASE_ENV))]
    ruff = [str(Path(sys.executable).with_name("ruff"))]
    if not Path(ruff[0]).exists():
        ruff = [shutil.which("ruff") or "ruff"]
    python_files = sorted(str(p) for p in WAC.glob("*.py"))

    with tempfile.TemporaryDirectory(prefix="wac-lint-goals-") as scratch:
        small = Path(scratch) / "small"
        small.mkdir()
        clean = Path(scratch) / "clean-venv"  # a user's python: nothing installed
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(clean)], check=True)
        plain_python = str(clean / "bin" / "python")
        (small / "order_flow.py").write_text(SMALL_SCRIPT, encoding="utf-8")
        # (goal, label, command, cwd, env, before each run)
        cases: list[tuple[str, str, list[str], Path, dict[str, str], object]] = []
        for label, wac, env in builds:
            cache = Path(scratch) / f"cache-{label}"
            check = [*wac, "check", "--exit-zero", "--quiet"]
            cases += [
                ("py20", label, [*check, "--no-cache", *python_files], WAC, env, None),
                ("tree_cold", label, [*check, "--no-cache", "."], TREE, env, None),
                ("tree_warm", label, [*check, "--cache-dir", str(cache), "."], TREE, env, None),
                ("small", label, [*wac, "check", "--no-cache", "order_flow.py"], small, env, None),
            ]
        isolated = ["--no-cache", "--isolated", "--exit-zero", "--quiet"]
        cases += [
            (
                "py20",
                "ruff",
                [*ruff, "check", *isolated, "--select", "ALL", *python_files],
                WAC,
                BASE_ENV,
                None,
            ),
            ("tree_cold", "ruff", [*ruff, "check", *isolated, "."], TREE, BASE_ENV, None),
            ("small", "python -c pass", [plain_python, "-c", "pass"], small, BASE_ENV, None),
            (
                "small",
                "floor",
                [sys.executable, "-c", FLOOR, "order_flow.py"],
                small,
                BASE_ENV,
                None,
            ),
        ]
        samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for index in range(args.runs + 1):
            for goal, label, command, cwd, env, _ in cases:
                wall, cpu = run(command, cwd, env)
                if index:  # the first round fills the caches (OS, .pyc, wac-lint's warm cache)
                    samples.setdefault((goal, label), []).append((wall, cpu))

    medians = {
        f"{goal}/{label}": {
            "wall": statistics.median(w for w, _ in runs),
            "cpu": statistics.median(c for _, c in runs),
            "samples": runs,
        }
        for (goal, label), runs in samples.items()
    }
    report(medians, [label for label, _, _ in builds])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps({"load": os.getloadavg(), "results": medians}, indent=2) + "\n", encoding="utf-8"
    )


def report(m: dict[str, dict[str, object]], labels: list[str]) -> None:
    def get(key: str, what: str) -> float:
        return float(m[key][what])  # type: ignore[arg-type]

    print(f"load average {os.getloadavg()[0]:.1f}; median of the runs; CPU = user + system\n")
    print("| goal | reference | " + " | ".join(labels) + " |")
    print("| --- | --- | " + " | ".join("---:" for _ in labels) + " |")
    rows = [
        ("20 x 1,000-line Python, CPU (goal <= 2.5x)", "py20", "ruff", "cpu", 2.5),
        ("20 x 1,000-line Python, wall (goal <= 2x)", "py20", "ruff", "wall", 2.0),
        ("2,000-script tree cold, CPU (goal <= 6x)", "tree_cold", "ruff", "cpu", 6.0),
        ("one small file, CPU (goal <= 5x)", "small", "python -c pass", "cpu", 5.0),
    ]
    for title, goal, ref, what, limit in rows:
        base = get(f"{goal}/{ref}", what)
        cells = []
        for label in labels:
            value = get(f"{goal}/{label}", what)
            ok = "met" if value <= limit * base else "missed"
            cells.append(f"{value:.3f} s = {value / base:.1f}x ({ok})")
        print(f"| {title} | {ref} {base:.3f} s | " + " | ".join(cells) + " |")
    base, floor = get("small/python -c pass", "cpu"), get("small/floor", "cpu")
    print(
        "| one small file: the design's floor (click, grammar, parse) | "
        f"python -c pass {base:.3f} s | {floor:.3f} s = {floor / base:.1f}x |"
    )
    cells = []
    for label in labels:
        value = get(f"tree_warm/{label}", "wall")
        cells.append(f"{value:.3f} s ({'met' if value <= 0.2 else 'missed'})")
    print("| 2,000-script tree warm, wall (goal <= 0.2 s) | | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
