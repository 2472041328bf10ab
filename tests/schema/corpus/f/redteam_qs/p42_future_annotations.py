from __future__ import annotations

from typing import Optional


def main(a: "list[int]", b: "Optional[str]" = None, c: 'dict' = {}, d: "int | None" = None):
    return a
