#!/usr/bin/env python3
"""Benchmark: `.script.yaml` generation by wac-lint vs Windmill's own parsers.

    python bench/bench_schema.py [PATH ...] [--oracle PATH] [--repeat N] [--no-wmill]

For the scripts under PATH (default: the schema conformance corpus) this
reports, as one line each:

* wac-lint: read + parse (tree-sitter) + signature + merge + YAML for every
  script, in this process (best of N runs);
* `windmill-oracle sig`: Windmill's wasm signature parsers on the same files
  (one Node process for all files, start-up included) - the parsing step alone;
* `windmill-oracle script-yaml` (unless --no-wmill): the real
  `wmill generate-metadata --schema-only` for the same files.

Numbers are reported, not asserted. Node is only needed for the oracle lines.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wac_lint.schema.files import SchemaError, expected_for_file  # noqa: E402

CORPUS = ROOT / "tests" / "schema" / "corpus"
DEFAULT_ORACLE = Path("/work/shared/oracle/windmill-oracle")


def scripts(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.suffix in (".py", ".ts") and p.is_file()
            )
        else:
            found.append(path)
    return [p for p in found if not p.name.endswith(".d.ts")]


def time_wac_lint(files: list[Path], repeat: int) -> tuple[float, int]:
    best = float("inf")
    errors = 0
    for _ in range(repeat):
        errors = 0
        start = time.perf_counter()
        for file in files:
            try:
                expected_for_file(file)
            except SchemaError:
                errors += 1
        best = min(best, time.perf_counter() - start)
    return best, errors


def time_oracle(oracle: Path, mode: str, files: list[Path]) -> float:
    with tempfile.TemporaryDirectory(prefix="bench-schema-") as tmp:
        # script-yaml keeps paths under f/; copy so that every file has a unique one.
        work = Path(tmp)
        names = []
        for index, file in enumerate(files):
            target = work / "f" / "bench" / f"s{index}{file.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(file, target)
            meta = file.with_name(file.name.split(".", 1)[0] + ".script.yaml")
            if mode == "script-yaml" and meta.exists():
                shutil.copy(meta, target.with_name(f"s{index}.script.yaml"))
            names.append(str(target.relative_to(work)))
        start = time.perf_counter()
        subprocess.run([str(oracle), mode, *names], cwd=work, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[CORPUS / "f"])
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-wmill", action="store_true", help="skip the full wmill run")
    args = parser.parse_args()
    files = scripts(args.paths)
    wac, errors = time_wac_lint(files, args.repeat)
    print(
        f"wac-lint schema:            {len(files)} scripts in {wac * 1000:8.1f} ms "
        f"({wac / len(files) * 1000:.2f} ms/script; {errors} scripts wmill cannot handle)"
    )
    if not args.oracle.exists():
        print(f"(no oracle at {args.oracle}: Windmill timings skipped)")
        return
    ok = []
    for file in files:
        try:
            expected_for_file(file)
            ok.append(file)
        except SchemaError:
            pass  # wmill would abort the whole batch on these
    sig = time_oracle(args.oracle, "sig", files)
    print(
        f"windmill-oracle sig:        {len(files)} scripts in {sig * 1000:8.1f} ms "
        f"({sig / len(files) * 1000:.2f} ms/script, Node start-up included); "
        f"wac-lint is {sig / wac:.1f}x faster"
    )
    if not args.no_wmill:
        full = time_oracle(args.oracle, "script-yaml", ok)
        print(
            f"wmill generate-metadata:    {len(ok)} scripts in {full * 1000:8.1f} ms "
            f"({full / len(ok) * 1000:.2f} ms/script, CLI start-up included)"
        )


if __name__ == "__main__":
    main()
