"""Precision and recall of wac-lint on WAC scripts written by others.

    python bench/third_party/evaluate.py /tmp/windmill-benchmark
    python bench/third_party/evaluate.py CHECKOUT --wac-lint /work/main/.venv/bin/wac-lint
    python bench/third_party/evaluate.py CHECKOUT --ignore WAC901 --verbose

CHECKOUT is a work tree of a third-party repository (for `kweizh/windmill-benchmark`,
extract it outside this repository). Every WAC script in it (Python importing the SDK's
WAC names from `wmill`, TypeScript importing them from `windmill-client`) is checked
with `wac-lint check --format json`, from the directory a user would run it in: the
nearest directory holding `wmill.yaml`, else the one holding the script's `f/` or `u/`
folder (WAC901 compares the `lock:` line, which is relative to that directory).

The findings are compared with `judgments.json` (beside this file): one entry per
finding a person judged, keyed by path, line and code, and one per real mistake that
wac-lint should report. No third-party code is stored there, only positions, verdicts
and reasons. Verdicts:

- `tp`: a true finding. `group` names its root cause: a second finding of the same
  group is counted as a duplicate (one root cause is reported once).
- `fp`: a false finding, with the reason.
- `by_severity`: `{"error": "fp", "warning": "tp"}` when the verdict depends on the
  severity (a guide violation that runs fine is a true warning and a false error).
- `miss`: a real mistake wac-lint did not report when judged; reported now, it counts
  as a true finding (under its `group`, if any).

A finding no entry covers is listed as unjudged and left out of precision: judge it
and add it to the file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SKIP_DIRS = {"node_modules", ".git", ".npm", "_cacache", ".venv", "__pycache__"}
WAC_CALL = re.compile(
    r"\b(workflow|task|taskScript|task_script|taskFlow|task_flow|step|waitForApproval|"
    r"wait_for_approval|parallel)\s*\(|@(workflow|task)\b"
)
PY_SDK_IMPORT = re.compile(r"^\s*(from\s+wmill(\.\w+)*\s+import\b|import\s+wmill\b)", re.M)
TS_SDK_IMPORT = re.compile(
    r"""(from\s*["']windmill-client["']|require\(\s*["']windmill-client["']\s*\)|"""
    r"""import\(\s*["']windmill-client["']\s*\))"""
)


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    code: str
    severity: str
    message: str


def is_wac_script(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if path.suffix == ".py":
        imports = PY_SDK_IMPORT.search(text)
    else:
        imports = TS_SDK_IMPORT.search(text)
    return bool(imports) and bool(WAC_CALL.search(text))


def wac_scripts(root: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.suffix in (".py", ".ts", ".tsx") and is_wac_script(path):
                found.append(path)
    return found


def project_root(script: Path, checkout: Path) -> Path:
    """Where a user would run wac-lint (and wmill) for this script."""
    for parent in script.parents:
        if (parent / "wmill.yaml").is_file():
            return parent
        if parent == checkout:
            break
    parts = script.relative_to(checkout).parts
    for i, part in enumerate(parts[:-1]):
        if part in ("f", "u"):
            return checkout.joinpath(*parts[:i])
    return script.parent


def run_wac_lint(
    wac_lint: list[str], checkout: Path, scripts: list[Path], ignore: list[str]
) -> list[Finding]:
    by_root: dict[Path, list[Path]] = defaultdict(list)
    for script in scripts:
        by_root[project_root(script, checkout)].append(script)
    findings = []
    for root, files in sorted(by_root.items()):
        args = [*wac_lint, "check", "--no-cache", "--format", "json", "--exit-zero", "-q"]
        if ignore:
            args += ["--ignore", ",".join(ignore)]
        args += [str(f.relative_to(root)) for f in files]
        proc = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            sys.exit(f"wac-lint failed in {root}: {proc.stderr.strip()}")
        for item in json.loads(proc.stdout or "[]"):
            path = (root / item["filename"]).resolve().relative_to(checkout.resolve())
            findings.append(
                Finding(
                    path=path.as_posix(),
                    line=item["location"]["row"],
                    code=item["code"],
                    severity=item["severity"],
                    message=item["message"],
                )
            )
    return sorted(findings, key=lambda f: (f.path, f.line, f.code))


@dataclass(frozen=True)
class Judgment:
    path: str
    line: int
    code: str
    verdict: str
    reason: str
    group: str | None
    by_severity: dict[str, str]

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Judgment:
        return cls(
            path=str(item["path"]),
            line=int(item["line"]),
            code=str(item["code"]),
            verdict=str(item["verdict"]),
            reason=str(item.get("reason", "")),
            group=item.get("group"),
            by_severity={str(k): str(v) for k, v in item.get("by_severity", {}).items()},
        )

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.path, self.line, self.code)

    @property
    def root_cause(self) -> str:
        return self.group or f"{self.path}:{self.line}:{self.code}"

    @property
    def is_mistake(self) -> bool:
        """A real mistake wac-lint should report (at some severity)."""
        return self.verdict in ("tp", "miss") or "tp" in self.by_severity.values()

    def verdict_for(self, finding: Finding) -> str:
        if finding.severity in self.by_severity:
            return self.by_severity[finding.severity]
        return "tp" if self.verdict == "miss" else self.verdict


@dataclass
class Evaluation:
    rows: list[tuple[Finding, str, str]] = field(default_factory=list)
    unjudged: list[Finding] = field(default_factory=list)
    missed: list[Judgment] = field(default_factory=list)
    mistakes: int = 0
    per_code: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def count(self, verdict: str) -> int:
        return sum(1 for _, v, _ in self.rows if v == verdict)

    @property
    def precision(self) -> float:
        return self.count("tp") / len(self.rows) if self.rows else 1.0

    @property
    def recall(self) -> float:
        return (self.mistakes - len(self.missed)) / self.mistakes if self.mistakes else 1.0


def evaluate(findings: list[Finding], judgments: list[Judgment]) -> Evaluation:
    result = Evaluation()
    index = {j.key: j for j in judgments}
    groups_seen: set[str] = set()
    for finding in findings:
        entry = index.get((finding.path, finding.line, finding.code))
        if entry is None:
            result.unjudged.append(finding)
            continue
        verdict = entry.verdict_for(finding)
        if verdict == "tp" and entry.group:
            if entry.group in groups_seen:
                verdict = "duplicate"
            groups_seen.add(entry.group)
        result.per_code[finding.code][verdict] += 1
        result.rows.append((finding, verdict, entry.reason))
    reported = {(f.path, f.line, f.code) for f in findings}
    found = {j.root_cause for j in judgments if j.key in reported}
    mistakes = {j.root_cause: j for j in judgments if j.is_mistake}
    result.mistakes = len(mistakes)
    result.missed = [j for cause, j in sorted(mistakes.items()) if cause not in found]
    return result


def report(result: Evaluation, scripts: int, verbose: bool) -> None:
    print(f"WAC scripts: {scripts}   findings: {len(result.rows) + len(result.unjudged)}")
    if verbose:
        for finding, verdict, reason in result.rows:
            print(
                f"  {verdict:9} {finding.path}:{finding.line} {finding.code} ({finding.severity})"
            )
            print(f"            {reason}")
    for finding in result.unjudged:
        print(f"  UNJUDGED  {finding.path}:{finding.line} {finding.code}: {finding.message}")
    for miss in result.missed:
        print(f"  MISSED    {miss.path}:{miss.line} {miss.code}: {miss.reason}")
    print("per rule (tp / fp / duplicate):")
    for code, c in sorted(result.per_code.items()):
        print(f"  {code}: {c['tp']} / {c['fp']} / {c['duplicate']}")
    print(
        f"precision {result.precision:.1%} ({result.count('tp')} true of {len(result.rows)}"
        f" judged; {result.count('fp')} false, {result.count('duplicate')} duplicates,"
        f" {len(result.unjudged)} unjudged)"
    )
    print(
        f"recall    {result.recall:.1%} ({result.mistakes} real mistakes,"
        f" {len(result.missed)} missed)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("checkout", type=Path, help="work tree of the third-party repository")
    parser.add_argument("--judgments", type=Path, default=HERE / "judgments.json")
    parser.add_argument(
        "--wac-lint", default="wac-lint", help="the wac-lint command to evaluate (default: PATH)"
    )
    parser.add_argument("--ignore", action="append", default=[], help="rule code to leave out")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every verdict")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)

    checkout = args.checkout.resolve()
    if not checkout.is_dir():
        parser.error(f"{checkout} is not a directory")
    try:
        data = json.loads(args.judgments.read_text(encoding="utf-8"))
        judgments = [Judgment.from_json(item) for item in data["judgments"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        parser.error(f"cannot read {args.judgments}: {exc}")
    judgments = [j for j in judgments if j.code not in args.ignore]
    scripts = wac_scripts(checkout)
    findings = run_wac_lint(args.wac_lint.split(), checkout, scripts, args.ignore)
    result = evaluate(findings, judgments)
    if args.json:
        summary = {
            "scripts": len(scripts),
            "findings": len(findings),
            "tp": result.count("tp"),
            "fp": result.count("fp"),
            "duplicate": result.count("duplicate"),
            "unjudged": len(result.unjudged),
            "precision": result.precision,
            "mistakes": result.mistakes,
            "missed": len(result.missed),
            "recall": result.recall,
            "per_code": {code: dict(c) for code, c in sorted(result.per_code.items())},
        }
        print(json.dumps(summary, indent=2))
    else:
        report(result, len(scripts), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
