#!/usr/bin/env python3
"""Differential fuzzer: `wac-lint schema` against Windmill's own `wmill generate-metadata`.

    python bench/fuzz_schema.py [--count 2000] [--seed 1] [--oracle PATH] [--reduce 3]

Generates scripts in both languages (`schema_fuzz_gen.py`), about a third of
them with an existing, user-edited `.script.yaml`, into a temporary Windmill
project; runs `windmill-oracle` over all of them in a few batched calls
(`sig` for the signature, `script-yaml` for the file wmill writes) and
wac-lint in this process; compares the `.script.yaml` byte for byte. A
second pass feeds wmill's own output back as the existing file for a third of
the scripts (wmill is not always idempotent, wac-lint must not be either).

Every divergence is delta-reduced (lines, then tokens, of the script and of
its metadata; each reduction round is one oracle call over all candidates) to
a minimal script that still diverges the same way; the repros and a summary
go to `bench/results/fuzz_schema/`. Exit status 1 when anything diverged.

Scripts Windmill itself rejects are compared too: the outcome agrees when
wac-lint refuses them as well. Needs Node (the oracle); nothing here runs in
the test suite except through `tests/schema/test_fuzz_schema.py`.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from schema_fuzz_gen import Case, generate  # noqa: E402

from wac_lint.engine import read_source  # noqa: E402
from wac_lint.parsing import parse  # noqa: E402
from wac_lint.schema.files import SchemaError, expected_for_file  # noqa: E402
from wac_lint.schema.signature import extract_signature  # noqa: E402
from wac_lint.schema.types import SignatureError, signature_to_json  # noqa: E402

DEFAULT_ORACLE = Path("/work/shared/oracle/windmill-oracle")
RESULTS = ROOT / "bench" / "results" / "fuzz_schema"
WMILL_YAML = (
    'defaultTs: bun\nincludes:\n  - "f/**"\n  - "u/**"\nexcludes: []\n'
    "nonDottedPaths: true\ncodebases: []\n"
)
# A wasm trap leaves Windmill's parser module in a broken state for the files
# after it in the same Node process: those are asked again in a fresh one.
WASM_CRASHES = ("RuntimeError", "RangeError", "InternalError")
BATCH = 400


# --- running both sides -------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one side makes of a script: the file it writes, or why it refuses."""

    text: str | None = None
    error: str | None = None
    signature: Any = None  # normalised signature JSON (None when refused)


class Oracle:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.calls = 0

    def _run(self, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
        self.calls += 1
        return subprocess.run(
            [str(self.path), *args], cwd=cwd, capture_output=True, text=True, check=False
        )

    def signatures(self, root: Path, files: Sequence[str]) -> dict[str, dict[str, Any]]:
        results: dict[str, dict[str, Any]] = {}
        pending = list(files)
        while pending:
            batch, pending = pending[:BATCH], pending[BATCH:]
            run = self._run(["sig", *batch], root)
            records = [json.loads(line) for line in run.stdout.split("\n") if line]
            for index, record in enumerate(records):
                results[record["file"]] = record
                if str(record.get("error", "")).startswith(WASM_CRASHES):
                    pending = batch[index + 1 :] + pending
                    break
            else:
                if len(records) < len(batch):
                    # The oracle's wrapper splits Node's output with str.splitlines(), so a
                    # result holding U+2028 (or another Unicode line break) breaks it: that
                    # file gets no signature (wmill is still asked for its .script.yaml).
                    results[batch[len(records)]] = {"unknown": "oracle could not report"}
                    pending = batch[len(records) + 1 :] + pending
        return results

    def script_yaml(self, root: Path, files: Sequence[str]) -> dict[str, str | None]:
        """wmill's `.script.yaml` per file; None when wmill fails on that file."""
        out: dict[str, str | None] = {}
        for start in range(0, len(files), BATCH):
            out.update(self._script_yaml(root, list(files[start : start + BATCH])))
        return out

    def _script_yaml(self, root: Path, files: list[str]) -> dict[str, str | None]:
        if not files:
            return {}
        run = self._run(["script-yaml", *files], root)
        if run.returncode == 0:
            records = [json.loads(line) for line in run.stdout.split("\n") if line]
            return {r["file"]: r["script_yaml"] for r in records}
        if len(files) == 1:  # wmill aborts the whole batch on one bad file: find it
            return {files[0]: None}
        half = len(files) // 2
        return {**self._script_yaml(root, files[:half]), **self._script_yaml(root, files[half:])}


def normalise_signature(result: Any) -> Any:
    """Windmill's parser JSON reduced to what the schema uses, compared as JavaScript does."""
    if not isinstance(result, dict):
        return result
    if result.get("type") == "Invalid":
        return {"type": "Invalid"}
    keys = ("name", "typ", "default", "has_default", "otyp")
    return _as_js(
        {
            "has_preprocessor": bool(result.get("has_preprocessor")),
            "args": [{k: arg.get(k) for k in keys} for arg in result.get("args", [])],
        }
    )


def _as_js(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        number = float(value)
        return None if math.isinf(number) else number
    if isinstance(value, list):
        return [_as_js(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_js(v) for k, v in value.items()}
    return value


def ours(root: Path, file: str) -> Outcome:
    path = root / file
    try:
        text = expected_for_file(path).expected
    except SchemaError as exc:
        return Outcome(error=str(exc))
    source = read_source(path)
    bom = path.read_bytes().startswith(b"\xef\xbb\xbf")
    try:
        signature = signature_to_json(extract_signature(source, parse(source), bom=bom))
    except SignatureError as exc:  # pragma: no cover - expected_for_file raised already
        return Outcome(error=str(exc))
    return Outcome(text=text, signature=normalise_signature(signature))


# --- one comparison round -----------------------------------------------------------------------


@dataclass
class Verdict:
    case: Case
    kind: str  # "identical", "both-reject", "yaml", "reject" ("signature" while reducing)
    theirs: Outcome
    mine: Outcome

    @property
    def diverges(self) -> bool:
        return self.kind in ("yaml", "reject", "signature")


def write_project(root: Path, cases: Sequence[Case]) -> list[str]:
    (root / "wmill.yaml").write_text(WMILL_YAML, encoding="utf-8")
    files = []
    for case in cases:
        script = root / (case.path + case.suffix)
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(case.script, encoding="utf-8")
        meta = root / (case.path + ".script.yaml")
        if case.metadata is not None:
            meta.write_text(case.metadata, encoding="utf-8")
        elif meta.exists():
            meta.unlink()
        files.append(case.path + case.suffix)
    return files


def compare(
    oracle: Oracle, cases: Sequence[Case], *, signatures_only: bool = False
) -> list[Verdict]:
    """Both sides over `cases` (in one temporary project, a few oracle calls).

    With `signatures_only`, wmill is not run: a case is "identical" when the
    signatures agree (used while reducing a divergence that shows there).
    """
    with tempfile.TemporaryDirectory(prefix="fuzz-schema-") as tmp:
        root = Path(tmp)
        files = write_project(root, cases)
        sigs = oracle.signatures(root, files)
        if signatures_only:
            return [
                _signature_verdict(case, sigs[file], ours(root, file))
                for case, file in zip(cases, files, strict=True)
            ]
        accepted = [f for f in files if "error" not in sigs[f]]
        texts = oracle.script_yaml(root, accepted)
        verdicts = []
        for case, file in zip(cases, files, strict=True):
            record = sigs[file]
            if "error" in record:
                theirs = Outcome(error=str(record["error"]))
            elif texts.get(file) is None:
                theirs = Outcome(error="wmill generate-metadata failed")
            else:
                theirs = Outcome(
                    text=texts[file], signature=normalise_signature(record.get("result"))
                )
            mine = ours(root, file)
            verdicts.append(Verdict(case, _kind(theirs, mine), theirs, mine))
        return verdicts


def _signature_verdict(case: Case, record: dict[str, Any], mine: Outcome) -> Verdict:
    if "error" in record:
        theirs = Outcome(error=str(record["error"]))
    else:
        theirs = Outcome(signature=normalise_signature(record.get("result")))
    if theirs.error is None and mine.error is None:
        same = "result" not in record or theirs.signature == mine.signature
        return Verdict(case, "identical" if same else "signature", theirs, mine)
    return Verdict(case, _kind(theirs, mine), theirs, mine)


def _kind(theirs: Outcome, mine: Outcome) -> str:
    if theirs.error is not None and mine.error is not None:
        return "both-reject"
    if theirs.error is not None or mine.error is not None:
        return "reject"
    return "identical" if theirs.text == mine.text else "yaml"


# --- delta reduction ----------------------------------------------------------------------------

TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def ddmin(
    units: list[str],
    interesting: Callable[[list[list[str]]], list[bool]],
    max_rounds: int = 25,
    subsets: bool = True,
) -> list[str]:
    """Zeller's ddmin, one `interesting` call per round over all candidates of the round.

    Stops after `max_rounds` rounds with the smallest input found so far;
    `subsets=False` tries complements only (half the candidates per round).
    """
    granularity = 2
    for _ in range(max_rounds):
        if len(units) < 2:
            break
        size = math.ceil(len(units) / granularity)
        chunks = [units[i : i + size] for i in range(0, len(units), size)]
        candidates = [
            [u for j, chunk in enumerate(chunks) if j != i for u in chunk]
            for i in range(len(chunks))
        ]
        if granularity > 2 and subsets:
            candidates += chunks
        verdicts = interesting(candidates)
        found = next((i for i, ok in enumerate(verdicts) if ok), None)
        if found is not None:
            units = candidates[found]
            # a complement: keep about the same chunk size; a single chunk: start over
            granularity = max(granularity - 1, 2) if found < len(chunks) else 2
            continue
        if granularity >= len(units):
            break
        granularity = min(len(units), granularity * 2)
    return units


def reduce_case(oracle: Oracle, verdict: Verdict, rounds: list[int]) -> Case:
    """The smallest script (and metadata) that still diverges the same way."""
    target = verdict.kind
    their_reject = verdict.theirs.error is not None
    # A divergence that already shows in the signature is reduced on signatures alone
    # (Windmill's parser only: a fraction of the cost of running wmill).
    by_signature = (
        target == "yaml"
        and verdict.theirs.signature is not None
        and verdict.theirs.signature != verdict.mine.signature
    )
    if by_signature:
        target = "signature"

    def still(cases: list[Case]) -> list[bool]:
        rounds[0] += 1
        results = compare(oracle, cases, signatures_only=by_signature)
        return [r.kind == target and (r.theirs.error is not None) == their_reject for r in results]

    case = verdict.case
    for field_name in ("script",) if by_signature else ("script", "metadata"):
        for splitter, max_rounds in ((_lines, 25), (_tokens, 12)):
            text = getattr(case, field_name)
            if text is None:
                continue
            units = splitter(text)

            def interesting(
                candidates: list[list[str]], name: str = field_name, base: Case = case
            ) -> list[bool]:
                return still([replace(base, **{name: "".join(c)}) for c in candidates])

            small = ddmin(units, interesting, max_rounds, subsets=splitter is _lines)
            case = replace(case, **{field_name: "".join(small)})
    return case


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


# --- the run ------------------------------------------------------------------------------------


@dataclass
class Report:
    compared: int = 0
    identical: int = 0
    both_reject: int = 0
    divergent: list[Verdict] = field(default_factory=list)
    by_pass: Counter[str] = field(default_factory=Counter)

    def add(self, verdicts: Sequence[Verdict], label: str) -> None:
        for verdict in verdicts:
            self.compared += 1
            self.by_pass[label] += 1
            if verdict.kind == "identical":
                self.identical += 1
            elif verdict.kind == "both-reject":
                self.both_reject += 1
            else:
                self.divergent.append(verdict)


def second_pass_cases(verdicts: Sequence[Verdict], rng: random.Random) -> list[Case]:
    """wmill's own output as the existing file (for a third of the scripts it accepted).

    Not an output holding a `__proto__` key: merging it, wmill writes onto
    `Object.prototype`, and every later script of the same oracle call inherits
    what it wrote (seed 61206: a default `{"__proto__": []}` gave six other
    scripts an `items` key; each alone is identical). See DIVERGENCES.md, 12."""
    out = []
    for verdict in verdicts:
        text = verdict.theirs.text
        if text is not None and rng.random() < 1 / 3 and "__proto__" not in text:
            out.append(replace(verdict.case, metadata=text))
    return out


def run(args: argparse.Namespace) -> int:
    oracle = Oracle(args.oracle)
    start = time.perf_counter()
    cases = generate(args.seed, args.count)
    report = Report()
    first = compare(oracle, cases)
    report.add(first, "first")
    second = compare(oracle, second_pass_cases(first, random.Random(args.seed)))
    report.add(second, "second")
    compared_in = time.perf_counter() - start
    with_meta = sum(1 for v in [*first, *second] if v.case.metadata is not None)
    languages = Counter(v.case.suffix for v in [*first, *second])
    print(
        f"{report.compared} comparisons ({languages['.py']} Python, "
        f"{languages['.ts']} TypeScript; {with_meta} with an existing .script.yaml, "
        f"{report.by_pass['second']} of them wmill's own output): "
        f"{report.identical} identical, {report.both_reject} rejected by both, "
        f"{len(report.divergent)} divergent ({compared_in:.0f} s, {oracle.calls} oracle calls)"
    )
    if RESULTS.exists():
        shutil.rmtree(RESULTS)
    RESULTS.mkdir(parents=True)
    reduced: dict[str, Case] = {}
    rounds = [0]
    for verdict in report.divergent[: args.reduce]:
        small = reduce_case(oracle, verdict, rounds)
        key = small.script + "\0" + (small.metadata or "")
        reduced.setdefault(key, small)
    for index, case in enumerate(reduced.values()):
        stem = RESULTS / f"repro{index}"
        stem.with_suffix(case.suffix).write_text(case.script, encoding="utf-8")
        if case.metadata is not None:
            stem.with_suffix(".script.yaml").write_text(case.metadata, encoding="utf-8")
        print(f"--- repro{index}{case.suffix} (minimised, {rounds[0]} reduction rounds so far)")
        print(case.script, end="")
        if case.metadata is not None:
            print(f"--- with existing .script.yaml:\n{case.metadata}", end="")
    for verdict in report.divergent[: args.show]:
        print(f"=== {verdict.case.path}{verdict.case.suffix} [{verdict.kind}]")
        print(verdict.case.script, end="")
        print(f"--- wmill: {verdict.theirs.error or ''}\n{verdict.theirs.text or ''}", end="")
        print(f"--- wac-lint: {verdict.mine.error or ''}\n{verdict.mine.text or ''}", end="")
    summary = {
        "seed": args.seed,
        "scripts": args.count,
        "comparisons": report.compared,
        "identical": report.identical,
        "rejected_by_both": report.both_reject,
        "divergent": len(report.divergent),
        "divergent_paths": [v.case.path + v.case.suffix for v in report.divergent],
        "minimised_repros": len(reduced),
        "seconds": round(compared_in, 1),
    }
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 1 if report.divergent else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="scripts to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    parser.add_argument("--reduce", type=int, default=3, help="divergences to minimise")
    parser.add_argument("--show", type=int, default=0, help="divergences to print in full")
    args = parser.parse_args()
    if not args.oracle.exists():
        sys.exit(f"no oracle at {args.oracle} (see /work/shared/oracle/README.md)")
    sys.exit(run(args))


if __name__ == "__main__":
    main()
