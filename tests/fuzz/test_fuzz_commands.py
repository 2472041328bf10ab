"""Every command holds its properties on mutated and generated inputs.

For each target (`check`, `graph`, `schema --stdout`, `schema`, `check --fix`,
`check --fix --unsafe-fixes`): exit code in {0, 1, 2}, no uncaught exception,
no "internal error", no traceback, output in its format, no raw control
characters in text output, no write outside the paths the command may write,
the hang bound kept; for fixes, the fixed file parses (and compiles, for
Python) and keeps its BOM and line endings; for `check`, a cached result
equals a fresh one. Known failures (known.py) are counted, not failed.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from tests.fuzz import generate
from tests.fuzz.cases import case_for_seed
from tests.fuzz.known import unexpected
from tests.fuzz.mutate import Lang
from tests.fuzz.seeds import Case
from tests.fuzz.targets import Target, run_case

# Hypothesis draws a seed; the case comes from a seeded Random (hypothesis's own
# Random leans to its simplest values, which would skew every choice towards
# the first option). A failure prints its seed: `python bench/fuzz.py --replay
# TARGET SEED` rebuilds the case and shrinks it.
SEEDS = st.integers(min_value=0, max_value=2**63 - 1)
TIMEOUT = 30.0  # seconds per input: a hang guard for a loaded CI machine, not a speed goal


def describe(case: Case) -> str:
    files = {n: d[:2000] for n, d in case.files.items()}
    return f"case: {case.description}\nfiles: {files!r}"


@pytest.mark.parametrize("target", list(Target), ids=lambda t: t.name.lower())
def test_mutated_inputs(target: Target, fuzz_settings: settings) -> None:
    @fuzz_settings
    @given(seed=SEEDS)
    def run(seed: int) -> None:
        case, options = case_for_seed(seed)
        note(describe(case))
        outcome = run_case(target, case, options, TIMEOUT)
        failures = unexpected(outcome.violations, case)
        assert not failures, "\n".join(map(str, failures))

    run()


@pytest.mark.parametrize("target", [Target.FIX, Target.FIX_UNSAFE], ids=["fix", "fix_unsafe"])
@pytest.mark.parametrize("lang", list(Lang)[:2], ids=lambda lang: lang.value)
def test_fixes_on_generated_scripts(target: Target, lang: Lang, fuzz_settings: settings) -> None:
    """Scripts that parse reach every rule and fix; the fixed file must still compile."""

    @fuzz_settings
    @given(seed=SEEDS)
    def run(seed: int) -> None:
        rng = random.Random(seed)
        name = "f/flows/job.py" if lang is Lang.PYTHON else "f/flows/job.ts"
        case = Case(name, {name: generate.script(rng, lang)}, ["generated"])
        note(describe(case))
        outcome = run_case(target, case, rng, TIMEOUT)
        failures = unexpected(outcome.violations, case)
        assert not failures, "\n".join(map(str, failures))

    run()
