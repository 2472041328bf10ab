"""The tests every pinned held-out flow folder runs (`tests/test_heldout_*_messages.py`):
each mistake flow (`m_...`) gives exactly the findings pinned for it, every
`expect: WACxxx` marker of its `flow.yaml` is one of them and every one has its marker,
and each correct flow (`ok_...`) gives none. A module binds what `folder_tests` returns
to its test names, so each folder's tests keep their ids."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.helpers import file_findings, flow_file

Finding = tuple[int, str, str, str]  # row, code, severity, message


class FolderTests(NamedTuple):
    findings: Callable[[str], list[Finding]]
    test_messages: Callable[[str], None]
    test_every_mistake_flow_is_pinned: Callable[[], None]
    test_every_marker_is_pinned: Callable[[], None]
    test_correct_flows_have_no_finding: Callable[[str], None]


def folder_tests(
    root: Path, expected: dict[str, list[Finding]], gaps: dict[str, str]
) -> FolderTests:
    @cache
    def findings(folder: str) -> list[Finding]:
        return file_findings(flow_file(root / folder))

    def param(name: str) -> object:
        if name in gaps:
            return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=gaps[name]))
        return name

    @pytest.mark.parametrize("name", [param(n) for n in sorted(expected)])
    def test_messages(name: str) -> None:
        assert findings(name) == expected[name]

    def test_every_mistake_flow_is_pinned() -> None:
        assert {f.name for f in root.iterdir() if f.name.startswith("m_")} == set(expected)

    def test_every_marker_is_pinned() -> None:
        for name, want in expected.items():
            lines = flow_file(root / name).read_text().splitlines()
            marked = [
                (i, code.strip())
                for i, line in enumerate(lines, 1)
                if "expect:" in line
                for code in line.split("expect:")[1].split(",")
            ]
            assert set(marked) == {(r, c) for r, c, _, _ in want}, name

    @pytest.mark.parametrize(
        "name", [f.name for f in sorted(root.iterdir()) if f.name.startswith("ok_")]
    )
    def test_correct_flows_have_no_finding(name: str) -> None:
        assert findings(name) == []

    return FolderTests(
        findings,
        test_messages,
        test_every_mistake_flow_is_pinned,
        test_every_marker_is_pinned,
        test_correct_flows_have_no_finding,
    )
