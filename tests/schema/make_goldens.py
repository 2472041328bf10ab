#!/usr/bin/env python3
"""Regenerate the schema goldens from Windmill itself (needs Node; not run by the tests).

    python tests/schema/make_goldens.py [--oracle PATH]

For every script under `tests/schema/corpus/f/` this asks `windmill-oracle`
(Windmill's own parsers and the real `wmill generate-metadata --schema-only`):

* `golden/signatures.json`: what `parse_python` / `parse_deno` return (or the
  error they raise) for each script, keyed by its path below `corpus/`;
* `golden/f/<group>/<name>.script.yaml`: the file wmill writes. A
  `<name>.script.yaml` next to a script in the corpus is the metadata that
  existed before (a merge case); the oracle copies it in first.
* `golden/second_pass/f/...`: what wmill writes when run again over its own
  output (every script becomes a merge case; wmill is not always idempotent),
  except for scripts whose second pass would make wmill write into
  `Object.prototype` (see `writes_into_object_prototype`).

Scripts whose signature makes Windmill fail are only recorded in
`signatures.json` (wmill would abort the whole batch on them). The corpus
directory holds a `wmill.yaml`, so `wac-lint schema` run there finds the same
project root the oracle uses and writes the same `lock:` lines.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLDEN = HERE / "golden"
DEFAULT_ORACLE = Path("/work/shared/oracle/windmill-oracle")
BATCH = 400


def scripts() -> list[str]:
    found = [
        p.relative_to(CORPUS).as_posix()
        for p in sorted((CORPUS / "f").rglob("*"))
        if p.is_file() and p.suffix in (".py", ".ts") and not p.name.endswith(".d.ts")
    ]
    return found


def run_sig(oracle: Path, files: list[str]) -> dict[str, object]:
    out = subprocess.run(
        [str(oracle), "sig", *files], cwd=CORPUS, check=True, capture_output=True, text=True
    ).stdout
    results: dict[str, object] = {}
    for line in out.splitlines():
        record = json.loads(line)
        results[record["file"]] = (
            {"error": record["error"]} if "error" in record else record["result"]
        )
    return results


def run_script_yaml(oracle: Path, files: list[str], cwd: Path, out: Path) -> None:
    for start in range(0, len(files), BATCH):
        batch = files[start : start + BATCH]
        subprocess.run(
            [str(oracle), "script-yaml", "--out", str(out), *batch],
            cwd=cwd,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def metadata_of(script: str) -> str:
    directory, _, name = script.rpartition("/")
    return f"{directory}/{name.split('.', 1)[0]}.script.yaml"


def writes_into_object_prototype(signature: object) -> bool:
    """Does wmill's second pass over this script modify JavaScript's `Object.prototype`?

    An object type with a property named `__proto__` (a TS interface member, a
    JSON default's key): once the old schema has the object's `properties`,
    wmill's `"__proto__" in old` finds Object.prototype and writes type keys
    onto it, which changes what it writes for the scripts after it in the same
    run. Such scripts get a first-pass golden only.
    """

    def visit(value: object) -> bool:
        if isinstance(value, dict):
            if value.get("key") == "__proto__":
                return True
            return any(visit(v) for v in value.values())
        if isinstance(value, list):
            return any(visit(v) for v in value)
        return False

    return isinstance(signature, dict) and visit(signature.get("args", []))


def run_second_pass(oracle: Path, files: list[str]) -> None:
    """wmill over a copy of the corpus where each script's metadata is its first-pass golden."""
    with tempfile.TemporaryDirectory(prefix="schema-second-pass-") as tmp:
        root = Path(tmp)
        shutil.copytree(CORPUS / "f", root / "f")
        shutil.copy(CORPUS / "wmill.yaml", root / "wmill.yaml")
        for script in files:
            shutil.copy(GOLDEN / metadata_of(script), root / metadata_of(script))
        run_script_yaml(oracle, files, root, GOLDEN / "second_pass")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    args = parser.parse_args()
    if not args.oracle.exists():
        sys.exit(f"no oracle at {args.oracle}")
    files = scripts()
    signatures = run_sig(args.oracle, files)
    for old in (GOLDEN / "f", GOLDEN / "second_pass"):
        if old.exists():
            shutil.rmtree(old)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    (GOLDEN / "signatures.json").write_text(
        json.dumps(signatures, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    ok = [f for f in files if "error" not in signatures[f]]  # type: ignore[operator]
    run_script_yaml(args.oracle, ok, CORPUS, GOLDEN)
    run_second_pass(args.oracle, [f for f in ok if not writes_into_object_prototype(signatures[f])])
    errors = len(files) - len(ok)
    print(f"{len(files)} scripts, {len(ok)} goldens (and second pass), {errors} errors")


if __name__ == "__main__":
    main()
