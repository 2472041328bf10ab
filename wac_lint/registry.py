"""The rule catalogue: every `Rule` subclass defined in `wac_lint.rules`."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from wac_lint.rule import Rule


@cache
def all_rules() -> tuple[type[Rule], ...]:
    import wac_lint.rules as package

    found: dict[str, type[Rule]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value is not Rule
                and value.__module__ == module.__name__
            ):
                found[value.code] = value
    return tuple(found[code] for code in sorted(found))


def rule_by_code(code: str) -> type[Rule] | None:
    code = code.upper()
    for rule in all_rules():
        if rule.code == code or rule.name == code.lower():
            return rule
    return None


def matches(code: str, selectors: list[str]) -> bool:
    """ruff-style selection: exact codes, prefixes (`WAC1`) and `ALL`."""
    return any(sel == "ALL" or code.startswith(sel) for sel in selectors)


@cache
def rule_codes() -> tuple[str, ...]:
    """The rules' codes, read from their module names (`wac401_unresolved_...` holds
    WAC401; a test keeps the two in step) without importing the rules: checking a
    configuration's selectors must not cost a warm run the import of every rule."""
    import wac_lint.rules as package

    codes = set()
    for info in pkgutil.iter_modules(package.__path__):
        prefix = info.name.split("_", 1)[0]
        if not info.name.startswith("_") and prefix[:3] == "wac" and prefix[3:].isdigit():
            codes.add(prefix.upper())
    return tuple(sorted(codes))


def unknown_selectors(selectors: list[str] | tuple[str, ...]) -> list[str]:
    """The selectors that name no rule (a typo must not silently select nothing)."""
    codes = rule_codes()
    return [
        sel
        for sel in selectors
        if sel != "ALL" and not (sel and any(code.startswith(sel) for code in codes))
    ]
