#!/usr/bin/env python3
"""Compare `wac-lint schema` with wmill over a folder of hand-written scripts.

    python bench/redteam_schema.py DIR [--show]

DIR holds scripts under `f/...` (and any `<stem>.script.yaml` beside them, a
merge case). Each is compared like the differential fuzzer does (`.script.yaml` byte for byte,
rejections on both sides count as agreeing), and the signatures too: an identical
file over different signatures is reported as `signature`. Scripts are read as
bytes, so CRLF line ends reach both sides.
Prints one line per divergent script and the totals; needs Node (the oracle).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_schema import DEFAULT_ORACLE, Oracle, Verdict, compare  # noqa: E402
from schema_fuzz_gen import Case  # noqa: E402


def cases(root: Path) -> list[Case]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".py", ".ts") or path.name.endswith(".d.ts"):
            continue
        rel = path.relative_to(root).with_suffix("").as_posix()
        meta = path.with_name(path.name.split(".", 1)[0] + ".script.yaml")
        found.append(
            Case(
                rel,
                path.suffix,
                # bytes decoded as they are: `read_text` would turn CRLF into LF
                path.read_bytes().decode("utf-8"),
                meta.read_bytes().decode("utf-8") if meta.exists() else None,
            )
        )
    return found


def signature_checked(verdict: Verdict) -> Verdict:
    """An identical `.script.yaml` over different signatures (what `windmill-oracle
    sig` reads, which the Windmill UI uses) is still a divergence."""
    theirs, mine = verdict.theirs.signature, verdict.mine.signature
    if verdict.kind == "identical" and None not in (theirs, mine) and theirs != mine:
        return replace(verdict, kind="signature")
    return verdict


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    parser.add_argument("--show", action="store_true", help="print the diff of each divergence")
    args = parser.parse_args()
    verdicts = [signature_checked(v) for v in compare(Oracle(args.oracle), cases(args.root))]
    kinds = Counter(v.kind for v in verdicts)
    for verdict in verdicts:
        if not verdict.diverges:
            continue
        print(f"{verdict.kind}: {verdict.case.path}{verdict.case.suffix}")
        if not args.show:
            continue
        if verdict.kind == "reject":
            print(f"  wmill: {verdict.theirs.error}\n  wac-lint: {verdict.mine.error}")
        elif verdict.kind == "signature":
            print(f"  wmill:    {json.dumps(verdict.theirs.signature, sort_keys=True)}")
            print(f"  wac-lint: {json.dumps(verdict.mine.signature, sort_keys=True)}")
        else:
            diff = difflib.unified_diff(
                (verdict.theirs.text or "").splitlines(),
                (verdict.mine.text or "").splitlines(),
                "wmill",
                "wac-lint",
                lineterm="",
            )
            print("\n".join("  " + line for line in diff))
    print(f"{len(verdicts)} scripts: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return 1 if any(v.diverges for v in verdicts) else 0


if __name__ == "__main__":
    sys.exit(main())
