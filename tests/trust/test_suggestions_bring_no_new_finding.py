"""`check --fix --unsafe-fixes`: a suggestion whose rewritten lines would then be
reported for something new is refused and said so; one that only lets another,
older finding show elsewhere still lands."""

from __future__ import annotations

from pathlib import Path

from wac_lint.fixes import apply_fixes, fix_file, sound_subset
from wac_lint.rule import Edit, Finding, Fix
from wac_lint.source import LANG_PYTHON, SourceFile

SHUFFLE = (
    "import random\n"
    "from wmill import task, workflow\n"
    "\n"
    "@task()\n"
    "async def notify(who: str) -> str:\n"
    "    return who\n"
    "\n"
    "@workflow\n"
    "async def main(people: list[str]):\n"
    "    pool = list(people)\n"
    "    random.shuffle(pool)\n"
    "    now = random.random()\n"
    "    return [await notify(p) for p in pool], now\n"
)


def test_a_wrap_that_would_lose_a_change_on_replay_is_refused(tmp_path: Path) -> None:
    script = tmp_path / "lottery.py"
    script.write_text(SHUFFLE)
    outcome = fix_file(script, None, ["WAC102", "WAC104"], None, unsafe=True, root=tmp_path)
    # `random.random()` is wrapped; `random.shuffle(pool)` in a step would change `pool`
    # only in the round that ran it (WAC104), so it is left as it was
    assert script.read_text() == SHUFFLE.replace(
        "from wmill import task, workflow", "from wmill import task, workflow, step"
    ).replace("now = random.random()", 'now = await step("random_random", lambda: random.random())')
    assert outcome.applied == 1
    assert outcome.refused == [
        f"{script}:11:5: WAC102 fix not applied: the rewritten code would be reported as WAC104 "
        "state-mutated-in-durable-callback"
    ]


def test_without_a_check_the_same_suggestion_is_applied() -> None:
    source = SourceFile("lottery.py", SHUFFLE, LANG_PYTHON)
    edit = Edit(11, 5, 11, 25, 'await step("s", lambda: random.shuffle(pool))')
    finding = Finding(
        "WAC102", "n", "m", "error", "lottery.py", 11, 5, 11, 25, Fix("wrap", (edit,), "unsafe")
    )
    text, good, bad = sound_subset(source, [finding], unsafe=True)
    assert good == [finding] and bad == [] and "lambda: random.shuffle(pool)" in text

    def reported(_: SourceFile) -> list[Finding]:
        # a finding on another row, new or not, is not the suggestion's doing
        return [Finding("WAC101", "x", "new", "error", "lottery.py", 3, 1, 3, 2)]

    text, good, bad = sound_subset(source, [finding], True, reported, [])
    assert good == [finding] and bad == []


def test_written_rows_follow_the_edits_of_each_fix() -> None:
    text = "a\nb\nc\nd\n"
    first = Finding(
        "WAC1", "n", "m", "error", "x", 1, 1, 1, 2, Fix("f", (Edit(1, 1, 1, 2, "A\nA"),), "safe")
    )
    second = Finding(
        "WAC2", "n", "m", "error", "x", 3, 1, 3, 2, Fix("f", (Edit(3, 1, 3, 2, "C"),), "safe")
    )
    outcome = apply_fixes(text, [first, second])
    assert outcome.text == "A\nA\nb\nC\nd\n"
    assert outcome.rows == [frozenset({1, 2}), frozenset({4})]


def test_syntax_only_a_newer_python_reads_is_named_not_called_broken(tmp_path: Path) -> None:
    import sys

    script = tmp_path / "aliases.py"
    code = (
        "import random\n"
        "from wmill import workflow\n"
        "type Pick = int\n"
        "@workflow\n"
        "async def main() -> Pick:\n"
        "    return random.randint(1, 6)\n"
    )
    script.write_text(code)
    outcome = fix_file(script, None, ["WAC102"], None, unsafe=True, root=tmp_path)
    if sys.version_info >= (3, 12):
        assert outcome.applied == 1
        return
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert outcome.problem == (
        f"{script}: not fixed: Python {version}'s parser refuses it: invalid syntax (line 3)"
    )
    assert script.read_text() == code
