"""The server's incremental path (edits recorded, the previous tree re-parsed)
gives exactly the findings and diagnostics of a fresh analysis of the same text,
on corpus scripts under random edits."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.protocol import default_converter

from tests.lsp.support import units
from wac_lint.lsp.analysis import Analysis, Options, Snapshot, analyze
from wac_lint.lsp.incremental import EditLog
from wac_lint.lsp.positions import UTF16

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "wac"
SCRIPTS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".py", ".ts"))
# What a user types: code, strings, indentation, an await, a call, non-ASCII.
PIECES = ["x", " ", "\n", "(", ")", "'", "await ", "é", "🎉", "\n    ", "#", "step(", "requests."]
converter = default_converter()


def position_at(text: str, index: int) -> types.Position:
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    return types.Position(line=line, character=units(text[start:index], UTF16))


def outcome(analysis: Analysis) -> tuple[object, ...]:
    diagnostics = converter.unstructure(analysis.diagnostics)
    return analysis.findings, diagnostics, analysis.skipped, analysis.problems


@pytest.mark.parametrize("path", SCRIPTS[::4], ids=lambda p: p.name)
def test_random_edits_analyse_as_a_fresh_parse(path: Path) -> None:
    rng = random.Random(path.name)
    language = "python" if path.suffix == ".py" else "typescript"
    uri = path.with_name(f"edited_{path.name}").as_uri()  # not on disk: no workspace reads
    text = path.read_text(encoding="utf-8")
    log = EditLog(text)
    first = analyze(Snapshot(uri, 1, text, language, log.epoch, log.plan(1)), 0, Options())
    assert first.model is not None
    log.adopt(log.epoch, 1, first.model.tree)
    for version in range(2, 8):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 1, 3, 12]))
        new = "".join(rng.choice(PIECES) for _ in range(rng.choice([0, 1, 2])))
        change = types.TextDocumentContentChangePartial(
            range=types.Range(start=position_at(text, start), end=position_at(text, end)),
            text=new,
        )
        text = text[:start] + new + text[end:]
        log.record([change], version, UTF16, text)
        plan = log.plan(version)
        assert plan is not None  # the edit was followed: the previous tree is re-used
        incremental = analyze(Snapshot(uri, version, text, language, log.epoch, plan), 0, Options())
        full = analyze(Snapshot(uri, version, text, language), 0, Options())
        assert outcome(incremental) == outcome(full), (version, start, end, new)
        if incremental.model is not None:
            log.adopt(log.epoch, version, incremental.model.tree)
