"""An edit that changes only a comment or spaces reuses the previous findings
(`lsp/reuse.py`): through the server's incremental path, random edits to corpus
scripts (in comments, in the indentation of comment rows, next to spaces and at
the end of rows, and anywhere) give exactly what a
full analysis of the same text (and the same incremental parse) gives, and
comment edits are reused."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.protocol import default_converter

from bench.bench_lsp import python_script, typescript_script
from tests.lsp.support import units
from wac_lint.lsp.analysis import Analysis, Options, Snapshot, analyze
from wac_lint.lsp.incremental import EditLog
from wac_lint.lsp.positions import UTF16

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SCRIPTS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".py", ".ts"))
COMMENT = {".py": re.compile(r"#[^\n]*"), ".ts": re.compile(r"//[^\n]*|/\*.*?\*/", re.S)}
# What lands in a comment: letters, spaces, the words that suppress, markers, code.
IN_COMMENT = ["x", " ", "é", "🎉", "noqa", "wac-lint: ignore", "*/", "#", "//", "\n", ")", "'"]
ANYWHERE = ["x", " ", "\n", "(", ")", "'", "await ", "#", "// ", "step(", "\n    "]
SPACE_RUN = re.compile(r"[ \t]+|(?=\n)")  # a run of spaces, or the end of a row
converter = default_converter()


def position_at(text: str, index: int) -> types.Position:
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    return types.Position(line=line, character=units(text[start:index], UTF16))


def outcome(analysis: Analysis) -> tuple[object, ...]:
    diagnostics = converter.unstructure(analysis.diagnostics)
    return analysis.findings, diagnostics, analysis.skipped, analysis.problems, analysis.errors


def random_edit(
    rng: random.Random, text: str, suffix: str, typed: list[str] = IN_COMMENT, code: bool = True
) -> tuple[int, int, str]:
    """(start, end, new text): mostly in a comment or its row's indentation."""
    comments = [m.span() for m in COMMENT[suffix].finditer(text)]
    kind = rng.random() if code else rng.random() * 0.9
    if comments and kind < 0.55:  # inside a comment (or at its edges)
        start, end = rng.choice(comments)
        at = rng.randint(start if code else min(start + 2, end), end)  # the marker kept
        deleted = min(end, at + rng.choice([0, 0, 1, 2]))
        return at, deleted, rng.choice(typed) if deleted == at or rng.random() < 0.5 else ""
    alone = [(a, b) for a, b in comments if not text[text.rfind("\n", 0, a) + 1 : a].strip()]
    if alone and kind < 0.8:  # the indentation of a comment alone on its row
        start, _ = rng.choice(alone)
        at = rng.randint(text.rfind("\n", 0, start) + 1, start)
        if at < start and rng.random() < 0.5:
            return at, at + 1, ""
        return at, at, rng.choice([" ", "\t", "  "])
    spaces = [m.start() for m in SPACE_RUN.finditer(text)]
    if not code:  # keep the file valid: no code indented anew
        spaces = [at for at in spaces if at > 0 and text[at - 1] != "\n"]
    if spaces and kind < 0.9:  # next to spaces, at the end of a row, on a blank row
        at = rng.choice(spaces)
        if text[at] in " \t" and rng.random() < 0.5:
            return at, at + 1, ""
        return at, at, rng.choice([" ", "\t", "  "])
    at = rng.randrange(len(text) + 1)
    return at, min(len(text), at + rng.choice([0, 0, 1, 3])), rng.choice(ANYWHERE)


def edit_and_compare(
    uri: str,
    language: str,
    suffix: str,
    text: str,
    rng: random.Random,
    edits: int,
    typed: list[str] = IN_COMMENT,
    code: bool = True,
) -> int:
    """Apply `edits` random edits as the server does; the number reused."""
    log = EditLog(text)
    previous = analyze(Snapshot(uri, 1, text, language, log.epoch, log.plan(1)), 0, Options())
    assert previous.tree is not None
    log.adopt(log.epoch, 1, previous.tree)
    reused = 0
    for version in range(2, edits + 2):
        start, end, new = random_edit(rng, text, suffix, typed, code)
        change = types.TextDocumentContentChangePartial(
            range=types.Range(start=position_at(text, start), end=position_at(text, end)),
            text=new,
        )
        text = text[:start] + new + text[end:]
        log.record([change], version, UTF16, text)
        snapshot = Snapshot(
            uri, version, text, language, log.epoch, log.plan(version), previous=previous
        )
        incremental = analyze(snapshot, 0, Options())
        # The same incremental parse analysed in full (tree-sitter may recover from a
        # syntax error differently when it re-parses: that is not reuse's doing).
        plan = log.plan(version)
        full = analyze(Snapshot(uri, version, text, language, log.epoch, plan), 0, Options())
        assert outcome(incremental) == outcome(full), (version, start, end, new)
        assert (incremental.model is None) == (full.model is None)
        if incremental.model is not None and full.model is not None:
            assert incremental.model.source.text == full.model.source.text
            assert incremental.model.tree.root_node == incremental.tree.root_node
        reused += incremental.reused
        if incremental.tree is not None:
            log.adopt(log.epoch, version, incremental.tree)
        previous = incremental
    return reused


@pytest.mark.parametrize("path", SCRIPTS[::3], ids=lambda p: str(p.relative_to(CORPUS)))
def test_random_edits_reuse_exactly_what_a_full_analysis_finds(path: Path) -> None:
    rng = random.Random(path.name)
    language = "python" if path.suffix == ".py" else "typescript"
    # On disk next to the original: the same configuration and workspace reads.
    uri = path.as_uri()
    edit_and_compare(uri, language, path.suffix, path.read_text(encoding="utf-8"), rng, 8)


@pytest.mark.parametrize(
    ("language", "suffix", "text"),
    [("python", ".py", python_script(400)), ("typescript", ".ts", typescript_script(400))],
)
def test_comment_edits_in_a_workflow_are_reused(
    language: str, suffix: str, text: str, tmp_path: Path
) -> None:
    rng = random.Random(language)
    uri = (tmp_path / f"flow{suffix}").as_uri()
    # Typing words into comments, indenting them, spacing code: the file stays valid.
    reused = edit_and_compare(uri, language, suffix, text, rng, 30, ["x", " ", "é"], code=False)
    assert reused >= 12  # edits on the rows of the findings (WAC101, WAC102) are not reused


def test_a_suppression_comment_is_never_reused(tmp_path: Path) -> None:
    text = python_script(120)
    row = text.split("\n").index("    started = datetime.now()  # a finding (WAC102)")
    uri = (tmp_path / "flow.py").as_uri()
    log = EditLog(text)
    first = analyze(Snapshot(uri, 1, text, "python", log.epoch, log.plan(1)), 0, Options())
    assert first.tree is not None
    assert "WAC102" in {f.code for f in first.findings}
    log.adopt(log.epoch, 1, first.tree)
    # A suppression typed into a comment on the row above the finding.
    filler = next(i for i, line in enumerate(text.split("\n")) if "filler" in line)
    lines = text.split("\n")
    edited_lines = [*lines]
    edited_lines[filler] = lines[filler] + " wac-lint: ignore-file[WAC102]"
    edited = "\n".join(edited_lines)
    at = types.Position(line=filler, character=len(lines[filler]))
    change = types.TextDocumentContentChangePartial(
        range=types.Range(start=at, end=at), text=" wac-lint: ignore-file[WAC102]"
    )
    log.record([change], 2, UTF16, edited)
    snapshot = Snapshot(uri, 2, edited, "python", log.epoch, log.plan(2), previous=first)
    second = analyze(snapshot, 0, Options())
    assert not second.reused
    assert "WAC102" not in {f.code for f in second.findings}
    assert row > filler
