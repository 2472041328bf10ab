"""Fuzz suite settings: a short derandomized run by default, `--fuzz-long` for more.

The short run (part of every `pytest`) draws the same inputs every time; the
long run (`pytest tests/fuzz --fuzz-long`, or `python bench/fuzz.py --minutes N`
for a time budget, per-target figures and shrunk repros) draws fresh ones.
`WAC_FUZZ_EXAMPLES=N` sets the number of inputs per test in either mode.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from tests.fuzz.known import SEEN
from tests.lsp.conftest import start  # noqa: F401 - the LSP fuzz test's server fixture

SHORT_EXAMPLES = 60  # per target: the whole short run stays well under a minute
LONG_EXAMPLES = 3000

settings.register_profile(
    "fuzz-base",
    deadline=None,  # the targets enforce their own hang bound
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
_BASE = settings.get_profile("fuzz-base")
settings.register_profile(
    "fuzz-short", _BASE, derandomize=True, database=None, max_examples=SHORT_EXAMPLES
)
settings.register_profile("fuzz-long", _BASE, max_examples=LONG_EXAMPLES)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz-long",
        action="store_true",
        default=False,
        help=f"fuzz with fresh random inputs, {LONG_EXAMPLES} per test (WAC_FUZZ_EXAMPLES=N)",
    )


def pytest_configure(config: pytest.Config) -> None:
    long_run = bool(config.getoption("--fuzz-long", default=False))
    profile = "fuzz-long" if long_run else "fuzz-short"
    if os.environ.get("WAC_FUZZ_EXAMPLES"):
        settings.register_profile(
            profile + "-n",
            settings.get_profile(profile),
            max_examples=int(os.environ["WAC_FUZZ_EXAMPLES"]),
        )
        profile += "-n"
    config.fuzz_profile = profile  # type: ignore[attr-defined]


@pytest.fixture
def fuzz_settings(request: pytest.FixtureRequest) -> settings:
    """The hypothesis settings of this run (decorate the inner `@given` function)."""
    return settings.get_profile(str(getattr(request.config, "fuzz_profile", "fuzz-short")))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Known failures met by the fuzz run: reported, not failed (see known.py)."""
    if not SEEN:
        return
    terminalreporter.section("fuzz: known failures met (issue 9 and fuzz findings)")
    for (issue, signature), count in sorted(SEEN.items()):
        terminalreporter.write_line(f"{count:5d}  {issue}: {signature}")
