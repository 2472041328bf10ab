"""Loading and matching the call catalogues that WAC101 and WAC102 read.

The catalogues are data (TOML files beside this module) so that they can be
reviewed, documented and extended without touching rule code.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wac_lint.model import BodyCall
from wac_lint.rule import RuleContext, code_span

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Entry:
    pattern: str
    category: str

    def matches(self, call: BodyCall) -> bool:
        pattern = self.pattern
        if pattern.startswith("new "):
            if call.kind != "new":
                return False
            pattern = pattern[4:]
        if pattern.endswith("()"):
            if call.arg_count != 0 or call.kind == "read":
                return False
            pattern = pattern[:-2]
        if pattern.startswith("."):
            return call.qualname.endswith(pattern) and call.kind != "read"
        name = call.qualname
        return name == pattern or name.startswith(pattern + ".") or name.startswith(pattern + "/")


@cache
def load(filename: str) -> dict[str, tuple[Entry, ...]]:
    """language -> entries, from one catalogue file."""
    data = tomllib.loads((HERE / filename).read_text(encoding="utf-8"))
    return {
        language: tuple(
            Entry(pattern, category) for category, patterns in table.items() for pattern in patterns
        )
        for language, table in data.items()
    }


def entries(
    filename: str, language: str, extend: tuple[str, ...], allow: tuple[str, ...]
) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
    """The effective catalogue for a language: (entries, allowed patterns)."""
    base = load(filename).get(language, ())
    extra = tuple(Entry(p, "configured") for p in extend)
    allowed = tuple(Entry(p, "allowed") for p in allow)
    kept = tuple(e for e in base if e.pattern not in allow)
    return kept + extra, allowed


def match(call: BodyCall, catalogue: tuple[Entry, ...], allowed: tuple[Entry, ...]) -> Entry | None:
    if any(a.matches(call) for a in allowed):
        return None
    return next((e for e in catalogue if e.matches(call)), None)


def body_matches(
    ctx: RuleContext, filename: str, extend: tuple[str, ...], allow: tuple[str, ...]
) -> Iterator[tuple[BodyCall, Entry]]:
    """Each call or read of the workflow body that the catalogue names."""
    catalogue, allowed = entries(filename, ctx.model.language, extend, allow)
    for call in ctx.model.body_calls:
        entry = match(call, catalogue, allowed)
        if entry is not None:
            yield call, entry


def describe(ctx: RuleContext, call: BodyCall) -> str:
    """`requests.post`, plus the helper it was reached through."""
    where = f" (called through `{call.via}()`)" if call.via else ""
    return code_span(ctx.model.text(call.span)) + where
