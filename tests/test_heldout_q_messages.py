"""Red team Q (blind flows, `tests/flows/repo/f/heldout_q`): what a step's target
really receives (Python keyword-only parameters), what a loop's iterator really
holds, fields of object inputs, and flow options Windmill reads as numbers of a
type. Every finding with its exact message and severity."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_q"

# windmill-worker python_executor.rs: `args["x"] = kwargs.get("x")` for each input the
# parser read, then `main(**args)`; windmill-parser-py leaves out keyword-only ones
KEYWORD_ONLY = (
    "Windmill's parser leaves keyword-only parameters (after `*`) out of the script's "
    "inputs and calls `main` with only the others"
)


def _required_keyword_only(name: str) -> str:
    return (
        f"`{name}` is keyword-only in `main` of step `pick`, with no default: {KEYWORD_ONLY}, "
        f"so `main` never receives it and the step always fails with a TypeError; move "
        f"`{name}` before the `*`"
    )


EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "m_py_kwonly_missing__flow": [(11, "WAC506", "error", _required_keyword_only("limit"))],
    "m_py_kwonly_given.flow": [(13, "WAC506", "error", _required_keyword_only("limit"))],
    "m_py_kwonly_default_given__flow": [
        (
            13,
            "WAC506",
            "warning",
            f"`sep` is keyword-only in `main` of step `pick`: {KEYWORD_ONLY}, so the value "
            "never reaches `main` and its default applies; move `sep` before the `*`",
        )
    ],
}


def _findings(path: Path) -> list[tuple[int, str, str, str]]:
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def _flow(folder: Path) -> Path:
    return next(p for p in folder.iterdir() if p.name.startswith("flow."))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert _findings(_flow(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name.startswith("m_") or folder.name == "lib":
            continue
        assert _findings(_flow(folder)) == [], folder.name
