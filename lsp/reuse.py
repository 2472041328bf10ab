"""Reusing the previous analysis when an edit changed nothing the analysis reads:
a comment's text, or spaces between tokens.

A full analysis of a 5,000-line workflow costs hundreds of milliseconds, and
most of that is flow-sensitive (replay regions, step keys, durable-call order):
an edit to code can change the findings of everything after it, so the server
re-runs the whole analysis then. Some edits change no token the grammar sees:

- typing inside a comment that stands between statements, or changing the
  indentation of a comment alone on its row, when the comment keeps its place
  in the tree (same start, same container, every enclosing node alike);
- widening or narrowing a run of spaces between two tokens, at the end of a
  row or on a blank row (not Python's indentation of code, not inside a string,
  a comment, a template or a regular expression), every enclosing node alike.

Neither adds or removes a row, so the findings of the previous version stand,
at the same rows and columns, unless

- either tree has a syntax error (error recovery weighs the bytes it skips),
- the comment can suppress a finding (`wac-lint:` or `noqa`, before or after),
- a finding, a related location or a fix edit lies on the edited row (its
  columns may shift, or it quotes the change), or
- a finding's text quotes the change without collapsing spaces as `code_span`
  does: the comment up to the change (or the code on both sides of the spaces),
  spaces ignored, appears in no message, related message, fix title or fix
  content (a message quoting a function whose first 60 characters reach it).

Anything else (several changes on different rows, a changed row count, a
comment that becomes code, a configuration change, a previous analysis that
failed or was not of the same configuration) is a full analysis.
`tests/lsp/test_reuse.py` applies random edits to the corpus through the
server's incremental path and compares every result with a full analysis of
the same parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tree_sitter

    from wac_lint.rule import Finding
    from wac_lint.source import SourceFile

# Where a comment stands between statements: its text is part of no expression
# and no signature, only of the blocks and functions that enclose it.
CONTAINERS = frozenset({"module", "block", "program", "statement_block", "class_body"})
SUPPRESSION_WORDS = (b"wac-lint", b"noqa")
SPACES = (b" ", b"\t", b"\n", b"")  # b"": the start or the end of the file
# Node kinds whose text is not tokens: a space there is part of a value.
LITERALS = ("string", "comment", "regex", "template", "jsx", "heredoc")


@dataclass(frozen=True)
class TriviaEdit:
    """What changed: one row (0-based), and what a message quoting it would hold."""

    row: int
    quoted: str  # the old text next to the change, spaces removed


def common_prefix(a: bytes, b: bytes) -> int:
    """Length of the longest common prefix: a binary search over slices compared
    with memcmp (memoryview comparison goes item by item, 30x slower)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def common_suffix(a: bytes, b: bytes, limit: int) -> int:
    """Length of the longest common suffix, at most `limit`."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid : len(a) - lo] == b[len(b) - mid : len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def changed_region(old: bytes, new: bytes) -> tuple[int, int, int] | None:
    """(start, old end, new end) of the bytes that differ, or None if none do."""
    if old == new:
        return None
    start = common_prefix(old, new)
    tail = common_suffix(old, new, min(len(old), len(new)) - start)
    return start, len(old) - tail, len(new) - tail


def trivia_edit(
    old: SourceFile,
    old_tree: tree_sitter.Tree,
    new: SourceFile,
    new_tree: tree_sitter.Tree,
) -> TriviaEdit | None:
    """The edit from `old` to `new`, if it changed one statement-level comment that
    keeps its place in the tree (its text after the marker, or the indentation of
    the row it stands alone on) or only spaces between tokens. Else None (no
    change, or one that may touch code)."""
    old_raw, new_raw = old.text.encode("utf-8"), new.text.encode("utf-8")
    region = changed_region(old_raw, new_raw)
    if region is None or b"\r" in old_raw or b"\r" in new_raw:
        return None
    start, old_end, new_end = region
    if b"\n" in old_raw[start:old_end] or b"\n" in new_raw[start:new_end]:
        return None
    if old_tree.root_node.has_error or new_tree.root_node.has_error:
        return None  # error recovery weighs the bytes it skips: lengths may matter
    row = old_raw.count(b"\n", 0, start)
    row_start = old_raw.rfind(b"\n", 0, start) + 1
    marker = old.lang.line_comment.encode()
    old_first = _first_text(old_raw, row_start)
    new_first = _first_text(new_raw, row_start)
    indented = (
        old_end <= old_first
        and new_end <= new_first
        and old_raw.startswith(marker, old_first)
        and new_raw.startswith(marker, new_first)
        and not old_raw[start:old_end].strip()
        and not new_raw[start:new_end].strip()
    )
    shift = new_end - old_end  # how far the bytes after the change moved
    if _blanked_in_both(old, new, row, row_start):
        # A comment line the language blanked before parsing (`Language.prepare`):
        # the trees hold no comment there; the raw text says where it is.
        if not indented and not (old_raw.startswith(marker, old_first) and old_first < start):
            return None
        comment_start, old_comment_end = old_first, _row_end(old_raw, row_start)
        new_comment_start, new_comment_end = new_first, _row_end(new_raw, row_start)
    else:
        if changed_region(old.data, new.data) != region:
            return None  # the parsed bytes changed elsewhere too
        if indented:
            before = _comment_at(old_tree, old_first, old_first + 1)
            after = _comment_at(new_tree, new_first, new_first + 1)
        else:
            # From the character before the change: inside the comment in both texts
            # when the change is (a range at its very end is ambiguous).
            before = _comment_at(old_tree, max(start - 1, 0), max(old_end, start))
            after = _comment_at(new_tree, max(start - 1, 0), max(new_end, start))
        if before is None or after is None:
            return _spacing_edit(old, old_tree, new, new_tree, region, (old_raw, new_raw), row)
        if not _same_place(before, after, start, shift):
            return None
        if not indented and not (before.start_byte < start and old_end <= before.end_byte):
            return None  # the marker changed, or the code after the comment
        comment_start, old_comment_end = before.start_byte, before.end_byte
        new_comment_start, new_comment_end = after.start_byte, after.end_byte
    old_comment = old_raw[comment_start:old_comment_end].lower()
    new_comment = new_raw[new_comment_start:new_comment_end].lower()
    if any(word in text for word in SUPPRESSION_WORDS for text in (old_comment, new_comment)):
        return None
    # What a message quoting the comment would show of it before the change.
    quoted = old_raw[comment_start : old_comment_end if indented else start]
    return TriviaEdit(row, "".join(quoted.decode("utf-8", "replace").split()))


def _spacing_edit(
    old: SourceFile,
    old_tree: tree_sitter.Tree,
    new: SourceFile,
    new_tree: tree_sitter.Tree,
    region: tuple[int, int, int],
    texts: tuple[bytes, bytes],
    row: int,
) -> TriviaEdit | None:
    """The edit, if it only widened or narrowed a run of spaces between two tokens
    (or at the end of a row, or on a blank row): every token the grammar sees is
    the same, and `code_span` quotes the code alike (it collapses spaces)."""
    start, old_end, new_end = region
    old_raw, new_raw = texts
    row_start = old_raw.rfind(b"\n", 0, start) + 1
    if old_raw[start:old_end].strip(b" \t") or new_raw[start:new_end].strip(b" \t"):
        return None
    before, after = old_raw[start - 1 : start], old_raw[old_end : old_end + 1]
    if before == b"\\" or not (before in SPACES or after in SPACES):
        return None  # a line continuation, or a space that splits or joins tokens
    row_end = _row_end(old_raw, start)
    new_row = new_raw[row_start : _row_end(new_raw, start)]
    blank = not old_raw[row_start:row_end].strip() and not new_row.strip()
    if old.lang.line_comment == "#" and not blank and not old_raw[row_start:start].strip():
        return None  # Python's indentation is syntax
    if changed_region(old.data, new.data) != region:
        return None
    # The smallest node holding the change and the characters on both sides of it.
    low = max(start - 1, 0)
    old_node = old_tree.root_node.descendant_for_byte_range(low, old_end + 1)
    new_node = new_tree.root_node.descendant_for_byte_range(low, new_end + 1)
    if old_node is None or new_node is None or _in_literal(old_node) or _in_literal(new_node):
        return None
    shift = new_end - old_end
    if not _same_ancestry(old_node, new_node, start, shift):
        return None
    # A message quoting the code around the change without collapsing its spaces.
    left = "".join(old_raw[row_start:start].decode("utf-8", "replace").split())[-8:]
    right = "".join(old_raw[old_end:row_end].decode("utf-8", "replace").split())[:8]
    return TriviaEdit(row, left + right)


def _in_literal(node: tree_sitter.Node) -> bool:
    """Whether the node is (or is inside) a string, comment, template, regex or JSX text."""
    current: tree_sitter.Node | None = node
    while current is not None:
        if any(kind in current.type for kind in LITERALS):
            return True
        current = current.parent
    return False


def _same_ancestry(old: tree_sitter.Node, new: tree_sitter.Node, start: int, shift: int) -> bool:
    """Whether both nodes and all their ancestors match: kind, extent, children."""

    def moved(offset: int) -> int:
        return offset + shift if offset >= start else offset

    old_node: tree_sitter.Node | None = old
    new_node: tree_sitter.Node | None = new
    while old_node is not None or new_node is not None:
        if old_node is None or new_node is None:
            return False
        if (
            old_node.type != new_node.type
            or new_node.start_byte != moved(old_node.start_byte)
            or new_node.end_byte != moved(old_node.end_byte)
            or old_node.child_count != new_node.child_count
        ):
            return False
        old_node, new_node = old_node.parent, new_node.parent
    return True


def _first_text(data: bytes, row_start: int) -> int:
    """Offset of the first character of a row that is not a space or a tab."""
    end = _row_end(data, row_start)
    line = data[row_start:end]
    return row_start + len(line) - len(line.lstrip(b" \t"))


def _row_end(data: bytes, index: int) -> int:
    end = data.find(b"\n", index)
    return len(data) if end < 0 else end


def _comment_at(tree: tree_sitter.Tree, start: int, end: int) -> tree_sitter.Node | None:
    node = tree.root_node.descendant_for_byte_range(start, end)
    return node if node is not None and node.type == "comment" else None


def _same_place(before: tree_sitter.Node, after: tree_sitter.Node, start: int, shift: int) -> bool:
    """Whether the comment sits in the same statement-level container in both trees,
    every enclosing node alike (kind, extent, children), so that the grammar saw the
    same structure around it."""
    if after.end_byte != before.end_byte + shift:
        return False
    if after.start_byte != (
        before.start_byte + shift if before.start_byte >= start else before.start_byte
    ):
        return False
    parent = before.parent
    if parent is None or parent.type not in CONTAINERS or after.parent is None:
        return False
    siblings = before.prev_sibling, after.prev_sibling
    if (siblings[0] is None) != (siblings[1] is None):
        return False
    if siblings[0] is not None and siblings[1] is not None:
        if siblings[0].type != siblings[1].type or siblings[0].end_byte != siblings[1].end_byte:
            return False
    return _same_ancestry(parent, after.parent, start, shift)


def _blanked_in_both(old: SourceFile, new: SourceFile, row: int, row_start: int) -> bool:
    """Whether the edited row is a comment line the language blanked in both texts
    (its parsed bytes are spaces, its text is not), every other row parsed alike."""
    if old.line_count != new.line_count:
        return False
    old_line, new_line = old.line_bytes(row), new.line_bytes(row)
    if old_line.strip() or new_line.strip():
        return False
    if not old.text.split("\n")[row].strip() or not new.text.split("\n")[row].strip():
        return False
    old_cut = old.data[:row_start] + old.data[row_start + len(old_line) :]
    new_cut = new.data[:row_start] + new.data[row_start + len(new_line) :]
    return old_cut == new_cut


def still_true(findings: list[Finding], edit: TriviaEdit) -> bool:
    """Whether findings drawn from the old text hold, unchanged, for the new one."""
    row = edit.row + 1  # findings count rows from 1
    quoted = edit.quoted
    for finding in findings:
        if finding.row <= row <= finding.end_row:
            return False
        texts = [finding.message]
        for related in finding.related:
            if related.filename == finding.filename and related.row <= row <= related.end_row:
                return False
            texts.append(related.message)
        if finding.fix is not None:
            texts.append(finding.fix.message)
            for change in finding.fix.edits:
                if change.row <= row <= change.end_row:
                    return False
                texts.append(change.content)
        if quoted and any(quoted in "".join(text.split()) for text in texts):
            return False
    return True
