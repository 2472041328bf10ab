"""Positions between wac-lint (1-based rows, character columns) and LSP.

A `Finding` counts columns in characters (code points). An LSP position counts
them in the unit the client and server negotiated at `initialize`: UTF-16 code
units unless the client offered something else (`general.positionEncodings`).
The two differ on every line holding a character outside the BMP (emoji: one
character, two UTF-16 units, four UTF-8 bytes) or, for UTF-8, any non-ASCII
character; getting it wrong underlines the wrong text.

Lines are split on `\\n` only, as tree-sitter counts rows; a trailing `\\r` is
not part of the line's content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lsprotocol import types

# The values of lsprotocol's `PositionEncodingKind` (a string enum, equal to these):
# spelled here so that the first diagnostics need not wait for lsprotocol's import
# (`lsp/early.py`).
UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


def units_of(char: str, encoding: str) -> int:
    """How many code units of `encoding` one character takes."""
    code = ord(char)
    if encoding == UTF8:
        return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
    if encoding == UTF32:
        return 1
    return 2 if code > 0xFFFF else 1


def to_units(line: str, char_col: int, encoding: str) -> int:
    """Code units of `encoding` in the first `char_col` characters of `line`."""
    prefix = line[: max(char_col, 0)]
    if encoding == UTF32 or prefix.isascii():
        return len(prefix)
    if encoding == UTF8:
        return len(prefix.encode("utf-8", "surrogatepass"))
    # surrogatepass: a lone surrogate (legal in JSON strings) counts as one unit
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def to_chars(line: str, units: int, encoding: str) -> int:
    """The character index `units` code units into `line`.

    A position inside a character (the middle of a surrogate pair or of a UTF-8
    sequence) is moved to that character's start; one past the end of the line
    is clamped to the end, as the LSP specification asks.
    """
    if units <= 0:
        return 0
    if encoding == UTF32 or line.isascii():
        return min(units, len(line))
    seen = 0
    for index, char in enumerate(line):
        seen += units_of(char, encoding)
        if seen > units:
            return index
        if seen == units:
            return index + 1
    return len(line)


class LineIndex:
    """The lines of one document, for converting positions both ways."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.lines = text.split("\n")
        if "\r" in text:  # CRLF files: the \r is not content (only paid for when present)
            self.lines = [line.removesuffix("\r") for line in self.lines]
        self.encoding = encoding

    def line(self, row: int) -> str:
        if 0 <= row < len(self.lines):
            return self.lines[row]
        return ""

    def units(self, row: int, char_col: int) -> tuple[int, int]:
        """(line, character) of an LSP position for a 0-based row and 0-based
        character column (clamped)."""
        if row >= len(self.lines):
            row = len(self.lines) - 1
            char_col = len(self.lines[row])
        row = max(row, 0)
        line = self.lines[row]
        char_col = min(max(char_col, 0), len(line))
        return row, to_units(line, char_col, self.encoding)

    def position(self, row: int, char_col: int) -> types.Position:
        """LSP position for a 0-based row and 0-based character column (clamped)."""
        from lsprotocol import types  # loaded by then (see UTF16 above)

        line, character = self.units(row, char_col)
        return types.Position(line=line, character=character)

    def finding_range(self, row: int, column: int, end_row: int, end_column: int) -> types.Range:
        """LSP range for 1-based rows and 1-based character columns (a Finding, an Edit)."""
        from lsprotocol import types

        return types.Range(
            start=self.position(row - 1, column - 1),
            end=self.position(end_row - 1, end_column - 1),
        )

    def char_position(self, position: types.Position) -> tuple[int, int]:
        """0-based (row, character column) for an LSP position from the client."""
        row = min(max(position.line, 0), len(self.lines) - 1)
        return row, to_chars(self.lines[row], position.character, self.encoding)
