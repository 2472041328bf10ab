#!/usr/bin/env python3
"""`wac-lint graph` against Windmill's own WAC diagram, over whole folders of scripts.

    python bench/dag_differential.py [PATH ...] [--oracle PATH] [--batch 400]

The conformance test (`tests/graph/test_conformance.py`) pins every difference
on its 109 goldens; this runs the same comparison on any scripts, by default
every `.py` / `.ts` file of `tests/corpus` (the adversarial corpus included),
calling `windmill-oracle dag` in batches. For each script Windmill draws, every
durable operation it finds must appear in our graph in the same order, on the
same line, with the same type and name, or with a name difference the test
documents. Prints the counts, then each script where one of Windmill's
operations is missing (a real gap of the graph) and the names of the scripts
where we draw an operation the test's classifier cannot explain (not a gap:
Windmill draws less than the SDK runs). Needs Node (the oracle); exit 1 when
an operation is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.graph.test_conformance import DURABLE, compare  # noqa: E402

DEFAULT_ORACLE = Path("/work/shared/oracle/windmill-oracle")


def scripts(paths: list[Path]) -> list[Path]:
    found: set[Path] = set()
    for path in paths:
        if path.is_file():
            found.add(path)
        else:
            found.update(p for p in path.rglob("*") if p.suffix in (".py", ".ts") and p.is_file())
    return sorted(found)


def windmill_dags(oracle: Path, files: list[Path], batch: int) -> dict[str, dict]:
    answers: dict[str, dict] = {}
    for start in range(0, len(files), batch):
        chunk = [str(f) for f in files[start : start + batch]]
        out = subprocess.run(
            [str(oracle), "dag", *chunk], capture_output=True, text=True, check=False
        )
        for line in out.stdout.splitlines():
            answer = json.loads(line)
            answers[answer["file"]] = answer.get("result") or {"type": "error"}
    return answers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "tests" / "corpus"])
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    parser.add_argument("--batch", type=int, default=400)
    args = parser.parse_args()
    if not args.oracle.exists():
        print(f"error: windmill-oracle not found at {args.oracle} (it needs Node)")
        return 2
    files = scripts(args.paths)
    answers = windmill_dags(args.oracle, files, args.batch)
    counts: Counter[str] = Counter(scripts=len(files))
    names: Counter[str] = Counter()
    missing: list[tuple[Path, list[object]]] = []
    unexplained: list[Path] = []
    for path in files:
        result = answers.get(str(path))
        if result is None or result.get("type") != "success":
            counts["rejected by Windmill"] += 1
            continue
        counts["compared"] += 1
        comparison = compare(path, result)
        counts["Windmill operations"] += len(
            [n for n in result["nodes"] if n["node_type"]["type"] in DURABLE]
        )
        names.update(comparison.names)
        if comparison.missing:
            missing.append((path, [(op.line, op.type, op.name) for op in comparison.missing]))
        if comparison.missed.get("unexplained"):
            unexplained.append(path)
        counts["operations only we draw"] += sum(comparison.missed.values())
    print(", ".join(f"{key}: {value}" for key, value in counts.items()))
    print(f"scripts with a Windmill operation missing from our graph: {len(missing)}")
    print("documented name differences:", dict(names) or "none")
    for path, ops in missing:
        print(f"  MISSING {path}: {ops}")
    print(f"scripts with an operation only we draw, reason not classified: {len(unexplained)}")
    for path in unexplained:
        print(f"  {path}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
