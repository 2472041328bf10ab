"""Suppression comments.

- `# wac-lint: ignore[WAC101]` / `// wac-lint: ignore[WAC101, WAC102]` on the
  finding's line, or alone on the line above it; `ignore` without codes: all.
- `# noqa: WAC101` (Python), on the finding's line.
- `wac-lint: ignore-file[WAC101]` anywhere in a comment: the whole file.

Only real comments count (found in the tree), so a string that happens to
contain the words suppresses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wac_lint.model import ScriptModel
from wac_lint.queries import captures
from wac_lint.rule import Finding

IGNORE = re.compile(r"wac-lint:\s*ignore(?!-file)(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)
IGNORE_FILE = re.compile(r"wac-lint:\s*ignore-file(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)
NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z0-9]+(?:\s*,\s*[A-Z0-9]+)*))?", re.IGNORECASE)
ALL = "*"


@dataclass
class Suppressions:
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


def collect(model: ScriptModel) -> Suppressions:
    result = Suppressions()
    text = model.source.text
    if "wac-lint" not in text and "noqa" not in text:
        return result  # the common case costs one substring search
    src = model.source
    for node in captures(src.language, "(comment) @c", model.tree.root_node).get("c", ()):
        comment = model.text(node)
        row = node.start_point[0]
        for match in IGNORE_FILE.finditer(comment):
            result.file_wide |= parse_codes(match.group("codes"))
        codes: set[str] = set()
        for match in IGNORE.finditer(comment):
            codes |= parse_codes(match.group("codes"))
        if src.language == "python":
            for match in NOQA.finditer(comment):
                codes |= parse_codes(match.group("codes"))
        if not codes:
            continue
        result.by_line.setdefault(row + 1, set()).update(codes)
        before = src.line_bytes(row)[: node.start_point[1]]
        if not before.strip():  # alone on its line: also covers the next line
            result.by_line.setdefault(row + 2, set()).update(codes)
    return result
