"""The language server on mutated documents: every request answered, nothing crashes,
every quick fix leaves a document that parses.

One server (a real `wac-lint lsp` subprocess, driven by pytest-lsp as in
`tests/lsp/`) receives a stream of fuzz cases: open, a few incremental edits of
random ranges, a full resync, then hover and code actions at random positions
(quick fixes applied to our copy of the text and checked like `--fix`
results). The server must answer each request within the bound, publish
diagnostics for the last version, log no error, and still be running at the
end. Seeded: the short run sends the same documents every time.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import time
from pathlib import Path

import pytest
from lsprotocol import types

from tests.fuzz import properties
from tests.fuzz.cases import make_case
from tests.fuzz.known import SEEN, known_quick_fix_problem
from tests.fuzz.mutate import Lang, mutate
from tests.lsp.conftest import Client, Starter
from tests.lsp.support import apply_edits, edits_of, offset, units

pytestmark = pytest.mark.asyncio(loop_scope="module")

REQUEST_TIMEOUT = 20.0  # seconds per request: a hang guard for a loaded machine
# Characters some component may count as a line break besides LF: the LSP spec
# (CR), Python's str.splitlines (VT, FF, FS/GS/RS, NEL, LS, PS). With any of
# them in a document, our copy's positions could honestly differ from the
# server's, so quick-fix results are only checked on documents without them.
OTHER_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def document_count(config: pytest.Config) -> int:
    if os.environ.get("WAC_FUZZ_EXAMPLES"):
        return int(os.environ["WAC_FUZZ_EXAMPLES"])
    return 1000 if config.getoption("--fuzz-long", default=False) else 40


def position_in(text: str, rng: random.Random) -> types.Position:
    """A valid position (UTF-16 units), sometimes at the very end of the document."""
    lines = text.split("\n")
    line = rng.randrange(len(lines))
    return types.Position(line=line, character=rng.randint(0, units(lines[line], "utf-16")))


def wild_position(text: str, rng: random.Random) -> types.Position:
    """Mostly valid; one in ten past the end of its line or of the document (the
    protocol says to clamp those; a client that sends them must still get an answer)."""
    if rng.random() >= 0.1:
        return position_in(text, rng)
    lines = text.split("\n")
    if rng.random() < 0.5:
        return types.Position(line=len(lines) + rng.choice([0, 1, 10**6]), character=0)
    line = rng.randrange(len(lines))
    return types.Position(line=line, character=len(lines[line]) + rng.choice([1, 2, 10**6]))


def range_in(text: str, rng: random.Random) -> types.Range:
    a, b = position_in(text, rng), position_in(text, rng)
    if (b.line, b.character) < (a.line, a.character):
        a, b = b, a
    return types.Range(start=a, end=b)


def character_index(text: str, position: types.Position) -> int:
    return offset(text, position, "utf-16")


async def answered(request: asyncio.Future[object] | object, what: str) -> object:
    try:
        return await asyncio.wait_for(request, REQUEST_TIMEOUT)  # type: ignore[arg-type]
    except asyncio.TimeoutError:
        raise AssertionError(f"no answer to {what} within {REQUEST_TIMEOUT:.0f} s") from None


async def fuzz_document(
    client: Client, uri: str, text: str, lang: Lang, rng: random.Random
) -> list[str]:
    """One document's session; returns the problems found (empty: all good)."""
    problems: list[str] = []
    language_id = "python" if lang is Lang.PYTHON else "typescript"
    client.open(uri, text, language_id=language_id)
    version = 1
    for _ in range(rng.randint(0, 4)):
        version += 1
        where = range_in(text, rng)
        replacement = rng.choice(["", "x", "await ", "\n", "(", "task", "\r\n", "é😀"])
        first = character_index(text, where.start)
        last = character_index(text, where.end)
        text = text[:first] + replacement + text[last:]
        client.change(uri, version, replacement, where)
    # Whatever the server made of the edits, this puts both copies in the same state.
    version += 1
    client.change(uri, version, text)
    diagnostics = await client.wait_for_version(uri, version, timeout=REQUEST_TIMEOUT)
    document = types.TextDocumentIdentifier(uri=uri)
    for _ in range(2):
        position = wild_position(text, rng)
        await answered(
            client.text_document_hover_async(
                types.HoverParams(text_document=document, position=position)
            ),
            f"hover at {position}",
        )
    targets = diagnostics[:4] + [None]
    for diagnostic in targets:
        context = types.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [])
        where = diagnostic.range if diagnostic else range_in(text, rng)
        if diagnostic is None and rng.random() < 0.1:
            where = types.Range(start=wild_position(text, rng), end=wild_position(text, rng))
        result = await answered(
            client.text_document_code_action_async(
                types.CodeActionParams(text_document=document, range=where, context=context)
            ),
            f"codeAction on {where}",
        )
        if OTHER_LINE_BREAKS.search(text):
            continue
        for action in result or []:  # type: ignore[attr-defined]
            if not isinstance(action, types.CodeAction) or action.edit is None:
                continue
            if not (action.edit.changes or action.edit.document_changes):
                continue
            fixed = apply_edits(text, edits_of(action, uri))
            for problem in properties.fix_problems(
                text.encode(), fixed.encode(), lang, editor=True
            ):
                issue = known_quick_fix_problem(problem)
                if issue is None:
                    problems.append(f"quick fix {action.title!r}: {problem}")
                else:
                    SEEN[(issue, f"[lsp] quick fix: {problem}")] += 1
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    return problems


async def test_server_survives_mutated_documents(
    start: Starter, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    client = await start(init_options={"debounce": 0})
    long_run = bool(request.config.getoption("--fuzz-long", default=False))
    seed = int(os.environ.get("WAC_FUZZ_SEED") or (time.time_ns() if long_run else 0))
    rng = random.Random(seed)
    count = document_count(request.config)
    problems: list[str] = []
    started = time.monotonic()
    for index in range(count):
        case = make_case(rng)
        data = case.script_bytes
        if rng.random() < 0.3:  # an editor holds text, not bytes: more mutations on the text
            data, _ = mutate(data, rng, case.lang)
        text = data.decode("utf-8", "replace").replace("\x00", "")
        suffix = ".py" if case.lang is Lang.PYTHON else ".ts"
        uri = (tmp_path / f"doc{index}{suffix}").as_uri()
        try:
            found = await fuzz_document(client, uri, text, case.lang, rng)
        except AssertionError as exc:  # a request left unanswered
            raise AssertionError(f"WAC_FUZZ_SEED={seed}, {case.description}: {exc}") from None
        problems += [f"{case.description}: {problem}" for problem in found]
        assert client._server is not None and client._server.returncode is None, (
            f"WAC_FUZZ_SEED={seed}: the server exited after {case.description}"
        )
    errors = [m.message[:300] for m in client.log_messages if m.type == types.MessageType.Error]
    assert not errors, f"WAC_FUZZ_SEED={seed}: {errors}"
    assert not problems, f"WAC_FUZZ_SEED={seed}:\n" + "\n".join(problems)
    print(f"lsp fuzz: {count} documents in {time.monotonic() - started:.1f} s (seed {seed})")
