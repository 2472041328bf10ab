"""A configuration key a rule declares (`Rule.settings`).

Core knows its own keys (`select`, `exclude`, ...); every other key of the
configuration belongs to a rule that declares it, so that validation, the
cache fingerprint and the docs learn about it from the rule, not from a list
kept in core.
"""

from __future__ import annotations

from dataclasses import dataclass

from wac_lint.kinds import Kind

SettingValue = tuple[str, ...] | bool


class SettingKind(Kind):
    STRINGS = "strings"  # a list of strings
    FLAG = "flag"  # true or false


@dataclass(frozen=True)
class Setting:
    """A configuration key a rule declares, with its kind and one line of help."""

    key: str  # as written in the configuration file: `extend-side-effects`
    kind: SettingKind
    help: str  # one line for the docs

    @property
    def default(self) -> SettingValue:
        return False if self.kind is SettingKind.FLAG else ()

    def parse(self, value: object) -> SettingValue | None:
        """The value as stored, or None when it has the wrong type."""
        if self.kind is SettingKind.FLAG:
            return value if isinstance(value, bool) else None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        return None

    @property
    def expected(self) -> str:
        return "true or false" if self.kind is SettingKind.FLAG else "a list of strings"


def strings(key: str, help: str) -> Setting:
    return Setting(key, SettingKind.STRINGS, help)


def flag(key: str, help: str) -> Setting:
    return Setting(key, SettingKind.FLAG, help)
