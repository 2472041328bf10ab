from __future__ import annotations
from typing import Optional, List, Dict


def main(
    a: "int",
    b: "Optional[str]" = None,
    c: List["str"] = [],
    d: "list[int]" = [],
    e: Dict[str, "float"] = {},
    f: 'bool' = False,
):
    return a
