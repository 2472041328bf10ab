"""Shortcuts taken for speed must give the answer of the work they skip.

Each test here pins a case at the edge of one shortcut (bench/README.md,
"speed16"): the gate must not skip a case the full work would have handled.
"""

from __future__ import annotations

from wac_lint.languages.python import COMMENT_RUN, KEPT_COMMENT_LINES, Python


def comment_run(lines: int, indent: str = "") -> bytes:
    return b"".join(f"{indent}# note {n}\n".encode() for n in range(lines))


def test_comment_run_gate_keeps_the_shortest_run_it_must_shorten() -> None:
    # Exactly as many `#` as the shortest run the pattern matches: the count
    # gate lets it through, and the run is shortened as before.
    shortest = 2 * KEPT_COMMENT_LINES
    data = b"def main():\n    return 1\n" + comment_run(shortest, "    ") + b"x = 1\n"
    assert data.count(b"#") == shortest
    assert COMMENT_RUN.search(data)
    prepared = Python().prepare(data)
    assert prepared != data
    assert len(prepared) == len(data)
    assert prepared.count(b"\n") == data.count(b"\n")
    assert prepared.count(b"#") == KEPT_COMMENT_LINES


def test_comment_run_gate_skips_what_the_pattern_never_matches() -> None:
    # One `#` short: no run can be long enough, the text is the parser's as is.
    data = b"x = 1\n" + comment_run(2 * KEPT_COMMENT_LINES - 1)
    assert not COMMENT_RUN.search(data)
    assert Python().prepare(data) is data
