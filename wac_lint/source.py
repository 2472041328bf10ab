"""A script's text plus the position arithmetic every output needs.

tree-sitter reports (row, byte column); users and JSON output want character
columns. Conversions live here, once (the LSP converts to its own encoding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wac_lint import languages
from wac_lint.languages import Language, LanguageKind
from wac_lint.languages.flow import FLOW_FILES, FLOW_FOLDER_SUFFIXES, is_flow_path
from wac_lint.languages.python import (
    COMMENT_RUN,
    KEPT_COMMENT_LINES,
    blank_long_comment_runs,
)

LONE_CR = re.compile(rb"\r(?!\n)")
LANG_PYTHON = LanguageKind.PYTHON
LANG_TYPESCRIPT = LanguageKind.TYPESCRIPT
LANG_FLOW = LanguageKind.FLOW


def language_for_path(path: str | Path) -> LanguageKind | None:
    """The kind of file this name is (None: not one wac-lint reads)."""
    language = languages.language_for_path(path)
    return None if language is None else language.kind


@dataclass
class SourceFile:
    """A script or flow as read: its name, text, language and the bytes parsed."""

    path: str
    text: str
    language: LanguageKind  # a plain string is accepted and made the kind
    data: bytes = field(init=False, repr=False)
    _lines: list[bytes] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # `data` is what is parsed. A lone CR ends a line for Python (universal
        # newlines), for JavaScript and for editors, but not for tree-sitter's
        # grammars: it becomes LF here. One byte for one byte, so every offset,
        # row and column is the same in `text` (kept as written, for fixes).
        self.language = LanguageKind(self.language)
        data = self.text.encode("utf-8")
        if b"\r" in data:
            data = LONE_CR.sub(b"\n", data)
        self.data = self.lang.prepare(data)
        self._lines = self.data.split(b"\n")

    @property
    def lang(self) -> Language:
        """What is particular to the file's language (grammar, comments, SDK names)."""
        return languages.language_of(self.language)

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


__all__ = [
    "COMMENT_RUN",
    "FLOW_FILES",
    "FLOW_FOLDER_SUFFIXES",
    "KEPT_COMMENT_LINES",
    "LANG_FLOW",
    "LANG_PYTHON",
    "LANG_TYPESCRIPT",
    "LONE_CR",
    "SourceFile",
    "blank_long_comment_runs",
    "is_flow_path",
    "language_for_path",
]
