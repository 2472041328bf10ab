"""Recall and precision of wac-lint on the adversarial corpus (tests/corpus/adversarial).

    python bench/adversarial_score.py            # per theme, then overall
    python bench/adversarial_score.py --json
    python bench/adversarial_score.py -v         # every missed / false finding

An expected finding is a `(file, line, code)` marked `expect:`; a reported finding on
another line or with another code is false. The test (tests/test_adversarial_corpus.py)
asks for all of them; this prints how far the analysis is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from wac_lint.engine import analyze_source, read_source

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "adversarial"
EXPECT = re.compile(r"expect:\s*(WAC\d{3}(?:\s*,\s*WAC\d{3})*)")
Key = tuple[str, int, str]


def expected(path: Path, name: str) -> set[Key]:
    marks = set()
    for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = EXPECT.search(line)
        if match:
            marks |= {(name, row, code.strip()) for code in match.group(1).split(",")}
    return marks


def ratios(t: dict[str, int]) -> dict[str, float]:
    reported = t["found"] + t["false"]
    return {
        "recall": t["found"] / t["expected"] if t["expected"] else 1.0,
        "precision": t["found"] / reported if reported else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    themes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    missed: list[Key] = []
    false: list[Key] = []
    for path in sorted(p for p in ROOT.rglob("*") if p.suffix in (".py", ".ts")):
        name = path.relative_to(ROOT).as_posix()
        want = expected(path, name)
        # as tests/test_adversarial_corpus.py: WAC901 judges metadata these scripts lack
        found = analyze_source(read_source(path)).findings
        got = {(name, f.row, f.code) for f in found if f.code != "WAC901"}
        t = themes[path.parent.name]
        t["scripts"] += 1
        t["correct_scripts"] += not want
        t["clean_correct_scripts"] += not want and not got
        t["expected"] += len(want)
        t["found"] += len(want & got)
        t["false"] += len(got - want)
        missed += sorted(want - got)
        false += sorted(got - want)

    themes["ALL"] = {k: sum(t[k] for t in themes.values()) for k in next(iter(themes.values()))}
    rates = {theme: ratios(t) for theme, t in themes.items()}
    if args.json:
        print(json.dumps({theme: {**t, **rates[theme]} for theme, t in themes.items()}, indent=2))
        return 0
    print(f"{'theme':14} scripts correct  expected found false  recall precision")
    for theme, t in sorted(themes.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        print(
            f"{theme:14} {t['scripts']:7} {t['correct_scripts']:7} {t['expected']:9}"
            f" {t['found']:5} {t['false']:5} {rates[theme]['recall']:7.1%}"
            f" {rates[theme]['precision']:9.1%}"
        )
    total = themes["ALL"]
    print(
        f"correct look-alikes with no finding: {total['clean_correct_scripts']}"
        f" of {total['correct_scripts']}"
    )
    if args.verbose:
        for name, row, code in missed:
            print(f"  MISSED {name}:{row} {code}")
        for name, row, code in false:
            print(f"  FALSE  {name}:{row} {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
