"""An analysis whose document moved on stops at its next check (engine `stop`)."""

from __future__ import annotations

import pytest

from tests.lsp.support import BAD_PY
from wac_lint.engine import Superseded, analyze_source
from wac_lint.lsp.analysis import SUPERSEDED, Options, Snapshot, analyze
from wac_lint.registry import rules_for_language
from wac_lint.source import LANG_PYTHON, SourceFile


class Countdown:
    """`stop` that answers True from its `after`-th question on."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.after


def test_stop_is_asked_before_the_model_and_each_rule() -> None:
    source = SourceFile("flow.py", BAD_PY, "python")
    full = analyze_source(source, stop=lambda: False)
    assert full.findings  # the same analysis, never stopped, finds what it finds
    with pytest.raises(Superseded):
        analyze_source(source, stop=Countdown(1))
    later = Countdown(4)
    with pytest.raises(Superseded):
        analyze_source(source, stop=later)
    assert later.asked == 4  # once before the model, then once per rule until told
    never = Countdown(10_000)
    assert analyze_source(source, stop=never).findings == full.findings
    # once before the model, then once per rule that reads Python files
    assert never.asked == 1 + len(rules_for_language(LANG_PYTHON))


def test_a_superseded_analysis_is_neither_a_result_nor_a_problem() -> None:
    snapshot = Snapshot("file:///tmp/flow.py", 3, BAD_PY, "python")
    stopped = analyze(snapshot, 0, Options(), stop=Countdown(3))
    assert stopped.skipped == SUPERSEDED
    assert (stopped.findings, stopped.diagnostics, stopped.problems) == ([], [], [])
    assert stopped.model is None  # nothing for the edit log to adopt
    assert analyze(snapshot, 0, Options(), stop=lambda: False).diagnostics
