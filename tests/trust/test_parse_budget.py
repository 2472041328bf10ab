"""Parses have a budget: tree-sitter's error recovery can run away on some inputs.

Fuzz seed 1212121 found a TypeScript file that parsed in milliseconds but whose
copy with the comments blanked (what the schema reader parses again) kept
tree-sitter busy for minutes. `wac_lint/bounded.py` stops a parse that uses more
thread CPU time than its budget; the file is then refused in one line, or the
second parse falls back to the first (tests/trust/test_linear_time.py times the
real input). Here the budget is set to nothing, so every parse runs past it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint import bounded
from wac_lint.cli import cli
from wac_lint.engine import InputError, analyze_bytes, source_from_bytes
from wac_lint.graph import GraphError, graph_for_source
from wac_lint.parsing import parser

# long enough that tree-sitter asks the progress callback while parsing it
SCRIPT = (
    "from wmill import task, workflow\n\n@task()\nasync def t(x: int) -> int:\n"
    "    return x\n\n"
    + "".join(f"def helper_{i}(x: int) -> int:\n    return x + {i}\n\n" for i in range(500))
    + "@workflow\nasync def main(x: int):\n    return await t(x)\n"
)
REASON = "too costly to parse (the parser's error recovery runs away on this input)"


@pytest.fixture
def no_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "BASE_SECONDS", -1.0)
    monkeypatch.setattr(bounded, "SECONDS_PER_MB", 0.0)


def test_the_budget_grows_with_the_file() -> None:
    assert bounded.budget(0) == pytest.approx(0.5)
    assert bounded.budget(1_000_000) == pytest.approx(1.5)


def test_a_parse_within_its_budget_is_the_plain_parse() -> None:
    data = SCRIPT.encode()
    plain = parser("python").parse(data)
    bounded_tree = bounded.bounded_parse(parser("python"), data)
    assert str(bounded_tree.root_node) == str(plain.root_node)
    # with the previous tree, as the language server re-parses after an edit
    edited = data.replace(b"return x", b"return y", 1)
    old = plain.copy()
    at = data.index(b"return x") + len("return ")
    old.edit(at, at + 1, at + 1, (4, 11), (4, 12), (4, 12))  # row 4: `    return x`
    again = bounded.bounded_parse(parser("python"), edited, old)
    assert str(again.root_node) == str(parser("python").parse(edited).root_node)


@pytest.mark.usefixtures("no_budget")
def test_a_parse_past_its_budget_is_refused_with_the_reason() -> None:
    with pytest.raises(bounded.ParseTooSlow):
        bounded.bounded_parse(parser("python"), SCRIPT.encode())
    with pytest.raises(InputError, match=r"^slow\.py: too costly to parse"):
        analyze_bytes(SCRIPT.encode(), "slow.py")
    with pytest.raises(GraphError, match=r"^slow\.py: too costly to parse"):
        graph_for_source(source_from_bytes(SCRIPT.encode(), "slow.py"))


def test_a_stopped_parse_does_not_leak_into_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    """tree-sitter keeps a stopped parse's state and resumes it on the parser's next
    call, whatever it is given: without a reset, the next file parsed on the thread
    got the stopped file's tree (or ran past its budget in turn)."""
    shared = parser("python")
    with monkeypatch.context() as budgetless:
        budgetless.setattr(bounded, "BASE_SECONDS", -1.0)
        budgetless.setattr(bounded, "SECONDS_PER_MB", 0.0)
        with pytest.raises(bounded.ParseTooSlow):
            bounded.bounded_parse(shared, SCRIPT.encode())
    other = b"x = 1\n"
    tree = bounded.bounded_parse(shared, other)
    assert tree.root_node.end_byte == len(other)
    assert str(tree.root_node) == str(parser("python").parse(other).root_node)


# Reads every node's text from a recursion as deep as Python allows (what the schema
# reader does on a deeply nested default), in a process of its own.
DEEP_TEXT = """
import sys
from wac_lint.bounded import bounded_parse
from wac_lint.parsing import parser

data = b"x = " + b"[" * 3000 + b"]" * 3000 + b"\\n"
tree = bounded_parse(parser("python"), data)

def down(node, depth=0):
    node.text
    for child in node.children:
        try:
            down(child, depth + 1)
        except RecursionError:
            node.text  # with the stack full: must not crash the process
            return
down(tree.root_node)
print("ok")
"""


def test_node_text_never_calls_back_into_python() -> None:
    """Fuzz finding (seed 1515151): a tree parsed through a read callback has no bytes
    of its own, so `Node.text` called the callback again; with Python's stack nearly
    full that call failed inside py-tree-sitter and the process died (a segmentation
    fault). The bounded parse hands back a tree parsed from the bytes."""
    proc = subprocess.run(
        [sys.executable, "-c", DEEP_TEXT], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok"


@pytest.mark.usefixtures("no_budget")
def test_the_commands_give_one_line_and_no_internal_error(tmp_path: Path) -> None:
    script = tmp_path / "slow.py"
    script.write_text(SCRIPT, encoding="utf-8")
    for command, code in (
        (["check", "--no-cache"], 1),
        (["graph"], 1),
        (["schema", "--stdout"], 2),
        (["schema"], 2),
    ):
        result = cli_runner().invoke(cli, [*command, str(script)])
        assert result.exit_code == code, (command, result.stderr)
        first, *rest = result.stderr.strip().splitlines()
        assert first.endswith(f"slow.py: {REASON}"), command
        assert "internal error" not in result.stderr
        assert rest == (["0 updated, 0 unchanged, 1 error"] if command == ["schema"] else [])
    assert not (tmp_path / "slow.script.yaml").exists()


@pytest.mark.usefixtures("no_budget")
def test_the_language_server_says_why() -> None:
    from wac_lint.lsp.analysis import Options, Snapshot, analyze

    outcome = analyze(Snapshot("file:///tmp/slow.py", 1, SCRIPT, "python"), 0, Options(), root=None)
    assert outcome.skipped == REASON
    assert outcome.diagnostics == []


class JumpingClock:
    """The thread's clock as a stalled machine shows it: real, but `jump` seconds
    ahead from the `at`-th reading on (a paused virtual machine resuming)."""

    def __init__(self, jump: float, at: int) -> None:
        self.jump, self.at, self.readings = jump, at, 0

    def thread_time(self) -> float:
        self.readings += 1
        return time.thread_time() + (self.jump if self.readings >= self.at else 0.0)


def test_a_stall_of_the_machine_does_not_refuse_a_quick_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CI refused a corpus script that parses in milliseconds as too costly to parse:
    the thread's clock jumped while the parser worked. A jump counts for at most
    STALL_SECONDS, so the parse goes on, and its tree is the plain parse's."""
    clock = JumpingClock(jump=30.0, at=5)
    monkeypatch.setattr(bounded, "time", clock)
    tree = bounded.bounded_parse(parser("python"), SCRIPT.encode())
    assert clock.readings > 5  # the jump happened inside the parse
    assert str(tree.root_node) == str(parser("python").parse(SCRIPT.encode()).root_node)


def test_steady_work_past_the_budget_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Gaps under STALL_SECONDS count whole: a clock advancing 40 ms at each progress
    check (a parse that really works that hard) runs out of a 0.5 s budget."""

    class Busy:
        now = 0.0

        def thread_time(self) -> float:
            self.now += 0.04
            return self.now

    monkeypatch.setattr(bounded, "time", Busy())
    with pytest.raises(bounded.ParseTooSlow):
        bounded.bounded_parse(parser("python"), SCRIPT.encode())
