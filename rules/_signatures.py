"""The SDK signatures in `sdk_signatures.toml`, and the closest real option name."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from wac_lint.languages import LanguageKind
from wac_lint.rules import _data

NUMERIC = ("int", "number")


@dataclass(frozen=True)
class Signature:
    """The parameters and options of one SDK primitive, as the SDK defines them."""

    params: tuple[str, ...]
    required: int
    options: dict[str, str]  # keyword-only (Python) or options-object (TS) names -> type
    types: dict[str, str]  # types of positional-or-keyword parameters (Python)
    options_at: int | None  # TS: index of the options object argument

    def accepts(self, name: str) -> bool:
        return name in self.options or name in self.params

    def type_of(self, name: str) -> str | None:
        return self.options.get(name) or self.types.get(name)


def signature(language: LanguageKind, primitive: str) -> Signature | None:
    table = _data.load("sdk_signatures.toml").get(LanguageKind(language).value)
    if not isinstance(table, dict):
        return None
    entry = table.get(primitive)
    if not isinstance(entry, dict):
        return None
    return Signature(
        params=tuple(entry.get("params", ())),
        required=int(entry.get("required", 0)),
        options=dict(entry.get("options", {})),
        types=dict(entry.get("types", {})),
        options_at=entry.get("options_at"),
    )


def _normal(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def closest(name: str, real: list[str]) -> str | None:
    """The real option `name` most likely means, or None."""
    aliases = _data.load("sdk_signatures.toml").get("aliases", {})
    assert isinstance(aliases, dict)
    by_normal = {_normal(r): r for r in real}
    if _normal(name) in by_normal:
        return by_normal[_normal(name)]  # `cacheTtl` for `cache_ttl`, `self_approval` for TS
    alias = aliases.get(_normal(name))
    if isinstance(alias, str):
        if alias in real:
            return alias
        if _normal(alias) in by_normal:
            return by_normal[_normal(alias)]
    match = difflib.get_close_matches(_normal(name), list(by_normal), n=1, cutoff=0.75)
    return by_normal[match[0]] if match else None


def elsewhere(name: str) -> str | None:
    """The primitive an option really belongs to (`approver`: `get_resume_urls`)."""
    table = _data.load("sdk_signatures.toml").get("elsewhere", {})
    assert isinstance(table, dict)
    value = table.get(name)
    return value if isinstance(value, str) else None
