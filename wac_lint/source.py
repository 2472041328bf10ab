"""A script's text plus the position arithmetic every output needs.

tree-sitter reports (row, byte column); users and JSON output want character
columns. Conversions live here, once (the LSP converts to its own encoding).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

LANG_PYTHON = "python"
LANG_TYPESCRIPT = "typescript"
LANG_FLOW = "flow"  # an OpenFlow definition (flow.yaml / flow.json in a flow folder)

FLOW_FILES = ("flow.yaml", "flow.json")
FLOW_FOLDER_SUFFIXES = (".flow", "__flow")  # wmill.yaml nonDottedPaths false / true


def is_flow_path(path: str | Path) -> bool:
    """`<name>.flow/flow.yaml` or `<name>__flow/flow.yaml` (and `flow.json`)."""
    name = str(path)
    if not name.endswith(FLOW_FILES):  # the common case: one string test
        return False
    p = Path(name)
    return p.name in FLOW_FILES and p.parent.name.endswith(FLOW_FOLDER_SUFFIXES)


def language_for_path(path: str | Path) -> str | None:
    name = str(path)
    if is_flow_path(name):
        return LANG_FLOW
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
        self.data = self.text.encode("utf-8")
        self._lines = self.data.split(b"\n")

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
