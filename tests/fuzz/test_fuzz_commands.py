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
from tests.fuzz.cases import make_case
from tests.fuzz.known import unexpected
from tests.fuzz.mutate import Lang
from tests.fuzz.seeds import Case
from tests.fuzz.targets import Target, run_case

TIMEOUT = 30.0  # seconds per input: a hang guard for a loaded CI machine, not a speed goal


def describe(case: Case) -> str:
    files = {n: d[:2000] for n, d in case.files.items()}
    return f"case: {case.description}\nfiles: {files!r}"


@pytest.mark.parametrize("target", list(Target), ids=lambda t: t.name.lower())
def test_mutated_inputs(target: Target, fuzz_settings: settings) -> None:
    @fuzz_settings
    @given(rng=st.randoms(use_true_random=False))
    def run(rng: random.Random) -> None:
        case = make_case(rng)
        note(describe(case))
        outcome = run_case(target, case, rng, TIMEOUT)
        failures = unexpected(outcome.violations, case)
        assert not failures, "\n".join(map(str, failures))

    run()


@pytest.mark.parametrize("target", [Target.FIX, Target.FIX_UNSAFE], ids=["fix", "fix_unsafe"])
@pytest.mark.parametrize("lang", list(Lang)[:2], ids=lambda lang: lang.value)
def test_fixes_on_generated_scripts(target: Target, lang: Lang, fuzz_settings: settings) -> None:
    """Scripts that parse reach every rule and fix; the fixed file must still compile."""

    @fuzz_settings
    @given(rng=st.randoms(use_true_random=False))
    def run(rng: random.Random) -> None:
        name = "f/flows/job.py" if lang is Lang.PYTHON else "f/flows/job.ts"
        case = Case(name, {name: generate.script(rng, lang)}, ["generated"])
        note(describe(case))
        outcome = run_case(target, case, rng, TIMEOUT)
        failures = unexpected(outcome.violations, case)
        assert not failures, "\n".join(map(str, failures))

    run()
