"""A few fuzz cases as a user runs them: a fresh `python -m wac_lint`, real exit
codes and streams (the in-process runs cannot see what `main()` adds: the
one-line internal error, the exit code of an uncaught exception)."""

from __future__ import annotations

import random

import pytest

from tests.fuzz.cases import make_case
from tests.fuzz.known import unexpected
from tests.fuzz.targets import Target, invoke_subprocess, run_case

TIMEOUT = 60.0  # seconds per command, start-up included, on a loaded machine


@pytest.mark.parametrize("target", list(Target), ids=lambda t: t.name.lower())
def test_subprocess(target: Target) -> None:
    rng = random.Random(f"subprocess-{target.name}")
    failures = []
    for _ in range(1):
        case = make_case(rng)
        outcome = run_case(target, case, rng, TIMEOUT, invoke=invoke_subprocess)
        assert outcome.runs, "nothing was run"
        failures += [f"{case.description}: {v}" for v in unexpected(outcome.violations, case)]
    assert not failures, "\n".join(failures)
