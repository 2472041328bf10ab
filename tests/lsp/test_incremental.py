"""Incremental re-parsing gives the tree a fresh parse gives, whatever the edits."""

from __future__ import annotations

import tree_sitter
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lsprotocol import types

from tests.lsp.support import BAD_PY, BAD_TS, units
from wac_lint.lsp.incremental import EditLog, parser_for
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT

UTF16 = types.PositionEncodingKind.Utf16
PIECES = ["", "x", " ", "\n", "(", ")", "'", '"""', "await ", "é", "🎉", "東京", "\n    ", "#"]


def position_at(text: str, index: int) -> types.Position:
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    return types.Position(line=line, character=units(text[start:index], UTF16))


Shape = list[tuple[str, int, int, tuple[int, int], tuple[int, int]]]


def shape(tree: tree_sitter.Tree) -> Shape:
    """Every node with its byte span and its points (rows and byte columns)."""
    nodes: Shape = []
    cursor = tree.walk()
    while True:
        node = cursor.node
        assert node is not None
        nodes.append((node.type, node.start_byte, node.end_byte, node.start_point, node.end_point))
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return nodes


def fresh(text: str, language: str) -> Shape:
    return shape(parser_for(language).parse(text.encode("utf-8")))


@st.composite
def edit_sequences(draw: st.DrawFn, base: str) -> list[list[tuple[int, int, str]]]:
    """Notifications of 1-3 changes each, as (start, end, new text) string indices into
    the text each change applies to."""
    text = base
    notifications = []
    for _ in range(draw(st.integers(1, 6))):
        changes = []
        for _ in range(draw(st.integers(1, 3))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, min(len(text), start + 40)))
            # never split a surrogate pair: edits come from an editor's cursor
            new = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=4)))
            changes.append((start, end, new))
            text = text[:start] + new + text[end:]
        notifications.append(changes)
    return notifications


def replay(base: str, language: str, notifications: list[list[tuple[int, int, str]]]) -> None:
    log = EditLog(base)
    log.adopt(log.epoch, 1, parser_for(language).parse(base.encode("utf-8")))
    text = base
    for version, changes in enumerate(notifications, start=2):
        events: list[types.TextDocumentContentChangeEvent] = []
        for start, end, new in changes:
            events.append(
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=position_at(text, start), end=position_at(text, end)),
                    text=new,
                )
            )
            text = text[:start] + new + text[end:]
        log.record(events, version, UTF16, text)
        plan = log.plan(version)
        assert plan is not None and log.text == text
        tree = plan.parse(text.encode("utf-8"), language)
        assert shape(tree) == fresh(text, language)
        log.adopt(log.epoch, version, tree)


@settings(max_examples=60, deadline=None)
@given(edit_sequences(BAD_PY))
# an incremental re-parse of an unchanged tree (the old `bounded_parse`) made the next
# edit's tree differ from a fresh parse
@example(
    notifications=[
        [(0, 24, ""), (181, 181, "xawait "), (0, 29, "x\n    ")],
        [(121, 121, "x('東京"), (163, 200, ""), (0, 0, "")],
        [(0, 39, ""), (68, 77, "")],
    ],
)
def test_python_edits(notifications: list[list[tuple[int, int, str]]]) -> None:
    replay(BAD_PY, LANG_PYTHON, notifications)


@settings(max_examples=40, deadline=None)
@given(edit_sequences(BAD_TS))
def test_typescript_edits(notifications: list[list[tuple[int, int, str]]]) -> None:
    replay(BAD_TS, LANG_TYPESCRIPT, notifications)


def test_whole_document_changes_and_carriage_returns_forget_the_tree() -> None:
    log = EditLog(BAD_PY)
    log.adopt(log.epoch, 1, parser_for(LANG_PYTHON).parse(BAD_PY.encode()))
    assert log.plan(1) is not None
    log.record([types.TextDocumentContentChangeWholeDocument(text="x = 1\n")], 2, UTF16, "x = 1\n")
    assert log.plan(2) is None
    # An analysis started before the forgetting cannot bring its old tree back.
    log.adopt(0, 1, parser_for(LANG_PYTHON).parse(BAD_PY.encode()))
    assert log.plan(2) is None

    at = types.Position(line=0, character=0)
    crlf = types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text="\r\n")
    log.adopt(log.epoch, 2, parser_for(LANG_PYTHON).parse(b"x = 1\n"))
    log.record([crlf], 3, UTF16, "\r\nx = 1\n")
    assert log.plan(3) is None


def test_a_text_that_disagrees_with_the_editor_forgets_the_tree() -> None:
    log = EditLog("a = 1\n")
    log.adopt(log.epoch, 1, parser_for(LANG_PYTHON).parse(b"a = 1\n"))
    at = types.Position(line=0, character=0)
    change = types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text="b")
    log.record([change], 2, UTF16, "something else\n")
    assert log.plan(2) is None and log.text == "something else\n"
