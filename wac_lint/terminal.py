"""Text that is safe to print: a file's bytes never drive the user's terminal.

File names and messages (which quote source code) come from files anyone can
write. Control characters in them (ESC starts a terminal escape sequence; CR
and BS rewrite what is shown; bidirectional overrides reorder it) are shown as
Python-style escapes instead, so every text output says exactly what is there.
"""

from __future__ import annotations

import re

# C0 controls but TAB, DEL, C1 controls, and the Unicode bidirectional controls.
UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every unsafe character written as `\\xNN` / `\\uNNNN`."""
    return UNSAFE.sub(_escape, text)
