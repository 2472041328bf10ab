"""A fuzzing campaign: cases from a seed, run through the targets for a time budget,
failures classified (known issue or new) and shrunk to minimal repros.

Used by `bench/fuzz.py` (the long run); the pytest suite uses the same cases
and targets through hypothesis.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from tests.fuzz.cases import OPTION_SALT, case_for_seed
from tests.fuzz.known import known_issue
from tests.fuzz.minimize import minimize
from tests.fuzz.seeds import Case
from tests.fuzz.targets import Kind, Target, Violation, run_case


@dataclass
class Failure:
    target: Target
    kind: Kind
    detail: str
    case: Case
    option_seed: int
    known: str | None  # the issue-9 bullet it belongs to, if any
    count: int = 1
    repro: Case | None = None

    @property
    def signature(self) -> str:
        # One entry per target, kind and message shape (numbers and quoted parts vary).
        shape = "".join("#" if ch.isdigit() else ch for ch in self.detail.split(":")[0])
        return f"{self.target.value} | {self.kind.value} | {shape[:80]}"


@dataclass
class Campaign:
    seed: int
    targets: list[Target]
    timeout: float = 20.0
    tried: Counter[Target] = field(default_factory=Counter)
    failed: Counter[Target] = field(default_factory=Counter)
    seconds: dict[Target, float] = field(default_factory=dict)
    # (seconds, bytes, description, case seed): the seed rebuilds it (`case_for_seed`)
    slowest: dict[Target, tuple[float, int, list[str], int]] = field(default_factory=dict)
    failures: dict[str, Failure] = field(default_factory=dict)

    def run(self, minutes: float, progress: bool = False) -> None:
        master = random.Random(self.seed)
        deadline = time.monotonic() + minutes * 60
        index = 0
        try:
            while time.monotonic() < deadline:
                case_seed = master.randrange(2**63)
                target = self.targets[index % len(self.targets)]
                index += 1
                self.one(target, case_seed)
                if progress and index % 200 == 0:
                    print(self.summary_line(), flush=True)
        except KeyboardInterrupt:  # Ctrl-C ends the run early: report what was found
            print("interrupted", flush=True)

    def one(self, target: Target, case_seed: int) -> list[Violation]:
        case, _ = case_for_seed(case_seed)
        option_seed = case_seed ^ OPTION_SALT
        started = time.perf_counter()
        outcome = run_case(target, case, random.Random(option_seed), self.timeout)
        took = time.perf_counter() - started
        self.seconds[target] = self.seconds.get(target, 0.0) + took
        if target not in self.slowest or took > self.slowest[target][0]:
            size = sum(len(data) for data in case.files.values())
            self.slowest[target] = (took, size, case.description, case_seed)
        self.tried[target] += 1
        if outcome.violations:
            self.failed[target] += 1
        for violation in outcome.violations:
            failure = Failure(
                target,
                violation.kind,
                violation.detail,
                case,
                option_seed,
                known_issue(violation, case),
            )
            if failure.signature in self.failures:
                self.failures[failure.signature].count += 1
            else:
                self.failures[failure.signature] = failure
        return outcome.violations

    def summary_line(self) -> str:
        total = sum(self.tried.values())
        return f"{total} inputs, {sum(self.failed.values())} failing, {len(self.failures)} kinds"

    def shrink_all(self, seconds_each: float) -> None:
        for failure in self.failures.values():
            try:
                failure.repro = shrink(failure, seconds_each, self.timeout)
            except Exception as exc:  # a harness bug must not lose the run's figures
                print(f"could not shrink {failure.signature}: {exc!r}", flush=True)

    def report(self) -> dict[str, object]:
        return {
            "seed": self.seed,
            "per_target": {
                t.value: {
                    "inputs": self.tried[t],
                    "failing_inputs": self.failed[t],
                    "seconds": round(self.seconds.get(t, 0.0), 1),
                    "slowest_input": {
                        "seconds": round(self.slowest[t][0], 2),
                        "bytes": self.slowest[t][1],
                        "input": self.slowest[t][2],
                        "seed": self.slowest[t][3],
                    }
                    if t in self.slowest
                    else None,
                }
                for t in self.targets
            },
            "inputs": sum(self.tried.values()),
            "failing_inputs": sum(self.failed.values()),
            "failures": [
                {
                    "signature": f.signature,
                    "target": f.target.value,
                    "kind": f.kind.value,
                    "detail": f.detail,
                    "known": f.known,
                    "count": f.count,
                    "input": f.case.description,
                    "repro": repro_dict(f.repro) if f.repro else None,
                }
                for f in sorted(self.failures.values(), key=lambda f: (f.known or "", f.signature))
            ],
        }


def _fails_like(failure: Failure, case: Case, timeout: float) -> bool:
    outcome = run_case(failure.target, case, random.Random(failure.option_seed), timeout)
    return any(v.kind is failure.kind for v in outcome.violations)


def shrink(failure: Failure, seconds: float, timeout: float) -> Case:
    """The failure's case with the other files dropped and each remaining file minimized."""
    deadline = time.monotonic() + seconds
    case = replace(failure.case, files=dict(failure.case.files))
    if failure.kind is Kind.TIMEOUT:
        return case  # every attempt would take the full time bound
    for name in sorted(case.files):
        if name == case.script:
            continue
        trial = replace(case, files={k: v for k, v in case.files.items() if k != name})
        if _fails_like(failure, trial, timeout):
            case.files = trial.files
    # The script first (it may be a link: then only the other files shrink).
    for name in sorted(case.files, key=lambda n: n != case.script):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break

        def fails(data: bytes, name: str = name) -> bool:
            trial = replace(case, files={**case.files, name: data})
            return _fails_like(failure, trial, timeout)

        case.files[name] = minimize(case.files[name], fails, remaining)
    return case


def repro_dict(case: Case) -> dict[str, object]:
    return {
        "script": case.script,
        "links": case.links,
        "modes": {name: f"{mode:o}" for name, mode in case.modes.items()},
        "files": {
            name: data.decode("utf-8", "backslashreplace") for name, data in case.files.items()
        },
    }


def save(report: dict[str, object], failures: dict[str, Failure], directory: Path) -> None:
    """The JSON report, and for each failure its repro project as files."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "fuzz.json").write_text(json.dumps(report, indent=2) + "\n")
    for failure in failures.values():
        case = failure.repro or failure.case
        tag = hashlib.sha256(failure.signature.encode()).hexdigest()[:10]
        folder = directory / "repros" / tag
        for name, data in case.files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (folder / "FAILURE.txt").write_text(
            f"{failure.signature}\n{failure.detail}\nknown: {failure.known}\n"
            f"option seed: {failure.option_seed}\nscript: {case.script}\n"
            + "".join(f"link: {name} -> {target}\n" for name, target in case.links.items())
            + "".join(f"mode: {name} {mode:o}\n" for name, mode in case.modes.items())
        )
