#!/usr/bin/env python3
"""Regenerate tests/golden/dag/*.json from Windmill's own WAC parser.

Maintainer tool: it needs node/npm (through the windmill-oracle). The tests
only read the committed JSON files and never run this script.

For every WAC script under tests/corpus/wac/ (``*.py`` and ``*.ts``, bad/
included), run ``windmill-oracle dag`` (``windmill-parser-wasm-wac``
``parse_workflow_as_code``, what the Windmill UI draws) and write the
``result`` object (or the ``error`` string, as ``{"error": ...}``, when the
parser threw) to

    tests/golden/dag/<path relative to tests/corpus/wac, "/" replaced by "__">.json

pretty-printed with sorted keys. Stale golden files (whose corpus file is
gone) are removed.

Usage:
    python tests/corpus/make_dag_goldens.py            # regenerate everything
    python tests/corpus/make_dag_goldens.py --check    # exit 1 if a golden is out of date
    WINDMILL_ORACLE=/path/to/windmill-oracle python tests/corpus/make_dag_goldens.py
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent          # tests/corpus
REPO = HERE.parent.parent
CORPUS = HERE / "wac"
GOLDEN = REPO / "tests" / "golden" / "dag"
DEFAULT_ORACLE = "/work/shared/oracle/windmill-oracle"


def corpus_files() -> list[Path]:
    files = [p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".py", ".ts")]
    return sorted(files, key=lambda p: p.relative_to(CORPUS).as_posix())


def golden_name(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix().replace("/", "__") + ".json"


def run_oracle(oracle: str, files: list[Path]) -> dict[Path, dict]:
    out = subprocess.run(
        [oracle, "dag", *[str(f) for f in files]],
        check=True, capture_output=True, text=True,
    )
    lines = out.stdout.splitlines()
    if len(lines) != len(files):
        sys.exit(f"oracle returned {len(lines)} lines for {len(files)} files:\n{out.stderr}")
    answers: dict[Path, dict] = {}
    for f, line in zip(files, lines):
        obj = json.loads(line)
        if obj.get("file") != str(f):
            sys.exit(f"oracle answered for {obj.get('file')!r}, expected {str(f)!r}")
        if "result" in obj:
            answers[f] = obj["result"]
        else:
            answers[f] = {"error": obj.get("error")}
    return answers


def render(obj: dict) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare, write nothing")
    ap.add_argument("--oracle", default=os.environ.get("WINDMILL_ORACLE", DEFAULT_ORACLE))
    args = ap.parse_args()

    files = corpus_files()
    if not files:
        sys.exit(f"no corpus files under {CORPUS}")
    answers = run_oracle(args.oracle, files)

    wanted = {golden_name(f): render(answers[f]) for f in files}
    existing = {p.name for p in GOLDEN.glob("*.json")} if GOLDEN.is_dir() else set()
    stale = sorted(existing - set(wanted))
    changed = sorted(
        name for name, text in wanted.items()
        if not (GOLDEN / name).exists() or (GOLDEN / name).read_text() != text
    )

    if args.check:
        for name in changed:
            print(f"out of date: {name}")
        for name in stale:
            print(f"stale: {name}")
        return 1 if changed or stale else 0

    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name in changed:
        (GOLDEN / name).write_text(wanted[name])
    for name in stale:
        (GOLDEN / name).unlink()
    print(f"{len(files)} corpus files, {len(changed)} golden(s) written, {len(stale)} stale removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
