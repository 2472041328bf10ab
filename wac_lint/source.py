"""A script's text plus the position arithmetic every output needs.

tree-sitter reports (row, byte column); users and JSON output want character
columns. Conversions live here, once (the LSP converts to its own encoding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

LONE_CR = re.compile(rb"\r(?!\n)")
LANG_PYTHON = "python"
LANG_TYPESCRIPT = "typescript"


# tree-sitter-python's scanner looks ahead over every following comment line
# at each one (to place INDENT/DEDENT), so a run of k comment lines costs k**2:
# 4,500 of them took 5 s. Runs longer than this are shortened for the parser.
KEPT_COMMENT_LINES = 32
COMMENT_RUN = re.compile(rb"(?:^[ \t]*#[^\n]*\n){%d,}" % (2 * KEPT_COMMENT_LINES), re.MULTILINE)
SUPPRESSION_WORDS = (b"wac-lint", b"noqa")


def blank_long_comment_runs(data: bytes) -> bytes:
    """`data` with the comment lines of long runs, past the first few, made blank.

    Only lines Python's tokenizer confirms as whole-line comments are touched
    (a `#` line inside a string stays), each byte becomes a space (positions
    are unchanged), and a comment that could suppress a finding is kept.
    Nothing reads the text of such comments but suppression.
    """
    import io
    import tokenize

    lines = data.split(b"\n")
    comment_rows: list[int] = []
    try:
        tokens = tokenize.generate_tokens(io.StringIO(data.decode("utf-8")).readline)
        for token in tokens:
            if token.type == tokenize.COMMENT and not token.line[: token.start[1]].strip():
                comment_rows.append(token.start[0] - 1)
    except (tokenize.TokenError, SyntaxError, ValueError):
        pass  # the comments before the error are still known
    out = list(lines)
    run_start = previous = -2
    for row in comment_rows:
        if row != previous + 1:
            run_start = row
        previous = row
        if row - run_start >= KEPT_COMMENT_LINES and not any(
            word in lines[row] for word in SUPPRESSION_WORDS
        ):
            out[row] = b" " * len(lines[row])
    return b"\n".join(out)


def language_for_path(path: str | Path) -> str | None:
    name = str(path)
    if name.endswith(".py"):
        return LANG_PYTHON
    if name.endswith(".d.ts"):
        return None
    if name.endswith((".ts", ".mts", ".cts")):
        return LANG_TYPESCRIPT
    return None


@dataclass
class SourceFile:
    path: str
    text: str
    language: str
    data: bytes = field(init=False, repr=False)
    _lines: list[bytes] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # `data` is what is parsed. A lone CR ends a line for Python (universal
        # newlines), for JavaScript and for editors, but not for tree-sitter's
        # grammars: it becomes LF here. One byte for one byte, so every offset,
        # row and column is the same in `text` (kept as written, for fixes).
        data = self.text.encode("utf-8")
        if b"\r" in data:
            data = LONE_CR.sub(b"\n", data)
        if self.language == LANG_PYTHON and COMMENT_RUN.search(data):
            data = blank_long_comment_runs(data)
        self.data = data
        self._lines = data.split(b"\n")

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def line_bytes(self, row: int) -> bytes:
        if 0 <= row < len(self._lines):
            return self._lines[row]
        return b""

    def line_text(self, row: int) -> str:
        return self.line_bytes(row).decode("utf-8", errors="replace").rstrip("\r")

    def char_column(self, row: int, byte_col: int) -> int:
        """0-based character column for a 0-based byte column on `row`."""
        line = self.line_bytes(row)
        if byte_col <= 0:
            return 0
        return len(line[:byte_col].decode("utf-8", errors="replace"))

    def byte_column_from_char(self, row: int, char_col: int) -> int:
        text = self.line_bytes(row).decode("utf-8", errors="replace")
        return len(text[:char_col].encode("utf-8"))
