"""Suppression comments.

- `# wac-lint: ignore[WAC101]` / `// wac-lint: ignore[WAC101, WAC102]` on the
  finding's line, or alone on the line above it; `ignore` without codes: all.
- `# noqa: WAC101` (languages whose `Language.noqa` is set: Python), on the
  finding's line.
- `wac-lint: ignore-file[WAC101]` anywhere in a comment: the whole file.

Only real comments count (found in the tree), so a string that happens to
contain the words suppresses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wac_lint.rule import Finding

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel
    from wac_lint.model import ScriptModel

IGNORE = re.compile(r"wac-lint:\s*ignore(?!-file)(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)
IGNORE_FILE = re.compile(r"wac-lint:\s*ignore-file(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)
NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z0-9]+(?:\s*,\s*[A-Z0-9]+)*))?", re.IGNORECASE)
ALL = "*"


@dataclass
class Suppressions:
    """A file's suppression comments: codes per line and for the whole file."""

    by_line: dict[int, set[str]] = field(default_factory=dict)  # 1-based row -> codes
    file_wide: set[str] = field(default_factory=set)

    def suppresses(self, finding: Finding) -> bool:
        if ALL in self.file_wide or finding.code in self.file_wide:
            return True
        codes = self.by_line.get(finding.row, ())
        return ALL in codes or finding.code in codes


def parse_codes(raw: str | None) -> set[str]:
    if raw is None or not raw.strip():
        return {ALL}
    return {c.strip().upper() for c in raw.split(",") if c.strip()}


def comments(model: ScriptModel | FlowModel) -> Iterator[tuple[int, int, str]]:
    """(0-based row, byte column, text) of each real comment of the file."""
    return model.source.lang.comments(model)


def collect(model: ScriptModel | FlowModel) -> Suppressions:
    result = Suppressions()
    text = model.source.text
    if "wac-lint" not in text and "noqa" not in text:
        return result  # the common case costs one substring search
    src = model.source
    for row, column, comment in comments(model):
        for match in IGNORE_FILE.finditer(comment):
            result.file_wide |= parse_codes(match.group("codes"))
        codes: set[str] = set()
        for match in IGNORE.finditer(comment):
            codes |= parse_codes(match.group("codes"))
        if src.lang.noqa:
            for match in NOQA.finditer(comment):
                codes |= parse_codes(match.group("codes"))
        if not codes:
            continue
        result.by_line.setdefault(row + 1, set()).update(codes)
        before = src.line_bytes(row)[:column]
        if not before.strip():  # alone on its line: also covers the next line
            result.by_line.setdefault(row + 2, set()).update(codes)
    return result
