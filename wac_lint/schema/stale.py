"""A short account of how a `.script.yaml` differs from what wmill would write.

Used in messages ("input `limit` is missing, `required` differs"), so it names
inputs and keys rather than printing a diff.
"""

from __future__ import annotations

from typing import Any

from wac_lint.schema.yaml_read import MetadataError, load

MAX_ITEMS = 3


def differences(current: str, expected: str) -> list[str]:
    """What changes between the two texts, most useful first (empty: formatting only)."""
    try:
        old = load(current)
        new = load(expected)
    except MetadataError as exc:
        return [str(exc)]
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ["not a mapping"]
    found: list[str] = []
    old_schema = _mapping(old.get("schema"))
    new_schema = _mapping(new.get("schema"))
    old_props = _mapping(old_schema.get("properties"))
    new_props = _mapping(new_schema.get("properties"))
    for name in new_props:
        if name not in old_props:
            found.append(f"input `{name}` is missing")
    for name in old_props:
        if name not in new_props:
            found.append(f"input `{name}` is no longer a parameter")
    for name, prop in new_props.items():
        if name in old_props and old_props[name] != prop:
            keys = _changed_keys(old_props[name], prop)
            found.append(
                f"input `{name}` differs ({', '.join(keys)})" if keys else f"input `{name}` differs"
            )
    if old_schema.get("required") != new_schema.get("required"):
        found.append("`required` differs")
    for key in sorted(set(old) | set(new)):
        if key != "schema" and old.get(key) != new.get(key):
            found.append(f"`{key}` differs")
    for key in sorted(set(old_schema) | set(new_schema)):
        if key not in ("properties", "required") and old_schema.get(key) != new_schema.get(key):
            found.append(f"`schema.{key}` differs")
    return found or ["formatting differs"]


def summary(current: str, expected: str) -> str:
    items = differences(current, expected)
    text = ", ".join(items[:MAX_ITEMS])
    if len(items) > MAX_ITEMS:
        text += f" and {len(items) - MAX_ITEMS} more"
    return text


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _changed_keys(old: Any, new: Any) -> list[str]:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
