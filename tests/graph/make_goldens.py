#!/usr/bin/env python3
"""Regenerate tests/graph/golden/*.json: Windmill's own DAG for tests/graph/corpus.

Maintainer tool, like tests/corpus/make_dag_goldens.py (same output format):
it runs `windmill-oracle dag` (needs node and npm); the tests only read the
committed JSON files.

    python tests/graph/make_goldens.py            # write changed goldens, drop stale ones
    python tests/graph/make_goldens.py --check    # exit 1 if a golden is out of date
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLDEN = HERE / "golden"
DEFAULT_ORACLE = "/work/shared/oracle/windmill-oracle"


def render(obj: dict[str, object]) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    parser.add_argument("--oracle", default=os.environ.get("WINDMILL_ORACLE", DEFAULT_ORACLE))
    args = parser.parse_args()
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".py", ".ts"))
    out = subprocess.run(
        [args.oracle, "dag", *map(str, files)], check=True, capture_output=True, text=True
    )
    lines = out.stdout.splitlines()
    if len(lines) != len(files):
        sys.exit(f"oracle returned {len(lines)} lines for {len(files)} files:\n{out.stderr}")
    stale = False
    wanted = set()
    for path, line in zip(files, lines, strict=True):
        answer = json.loads(line)
        if answer.get("file") != str(path):
            sys.exit(f"oracle answered for {answer.get('file')!r}, expected {str(path)!r}")
        result = answer["result"] if "result" in answer else {"error": answer.get("error")}
        target = GOLDEN / f"{path.name}.json"
        wanted.add(target.name)
        text = render(result)
        if not target.exists() or target.read_text() != text:
            stale = True
            print(("stale: " if args.check else "write: ") + str(target))
            if not args.check:
                target.write_text(text)
    for old in GOLDEN.glob("*.json"):
        if old.name not in wanted:
            stale = True
            print(("extra: " if args.check else "remove: ") + str(old))
            if not args.check:
                old.unlink()
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
