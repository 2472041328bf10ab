"""The rule catalogue: every `Rule` subclass defined in `wac_lint.rules`."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from wac_lint.languages import LanguageKind, language_of
from wac_lint.rule import Rule
from wac_lint.setting import Setting
from wac_lint.source import language_for_path

# The modules of WAC5xx, the flow rules, define rules of flows alone (a test keeps it
# so): a run over scripts alone need not import them.
FLOW_RULE_MODULES = "wac5"


@cache
def all_rules() -> tuple[type[Rule], ...]:
    return _rules_of_modules(flow_rules=True)


@cache
def rules_for_language(language: LanguageKind | None) -> tuple[type[Rule], ...]:
    """The rules that read files of `language` (every rule for None, and for a kind
    of file that holds scripts, such as a flow with inline scripts), without importing
    the flow rules' modules for a script."""
    if language is None or language_of(language).embeds_scripts:
        return all_rules()
    found = all_rules() if all_rules.cache_info().currsize else _rules_of_modules(False)
    return tuple(rule for rule in found if language in rule.languages)


def _rules_of_modules(flow_rules: bool) -> tuple[type[Rule], ...]:
    import wac_lint.rules as package

    found: dict[str, type[Rule]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        if not flow_rules and info.name.startswith(FLOW_RULE_MODULES):
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


@cache
def declared_settings() -> dict[str, Setting]:
    """Every configuration key a rule declares (rules sharing a key declare one object)."""
    found: dict[str, Setting] = {}
    for rule in all_rules():
        for setting in rule.settings:
            other = found.setdefault(setting.key, setting)
            if other != setting:
                raise ValueError(f"{rule.code} declares '{setting.key}' unlike another rule")
    return found


@cache
def rules_reading_other_files(language: LanguageKind | None = None) -> tuple[type[Rule], ...]:
    return tuple(
        rule for rule in rules_for_language(language) if _defines_below_rule(rule, "extra_inputs")
    )


def _defines_below_rule(rule: type[Rule], name: str) -> bool:
    """Whether a subclass of `Rule` overrides `name`: read from the class
    dictionaries, since a compiled (mypyc) class method has no `__func__`."""
    for klass in rule.__mro__:
        if name in vars(klass):
            return klass is not Rule
    return False


def extra_inputs(script: str) -> list[str]:
    """Files besides `script` that some rule's findings on it depend on."""
    found: list[str] = []
    for rule in rules_reading_other_files(language_for_path(script)):
        found.extend(p for p in rule.extra_inputs(script) if p not in found)
    return found


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
