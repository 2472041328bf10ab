"""Pure string helpers: no I/O, same output for the same input."""

import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str) -> str:
    return _NON_WORD.sub("-", title.lower()).strip("-")


def chunk(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
