"""A short account of how a `.script.yaml` differs from what wmill would write.

Used in messages ("input `limit` is missing, `required` differs"), so it names
inputs and keys rather than printing a diff.
"""

from __future__ import annotations

from typing import Any

from wac_lint.schema.types import Signature
from wac_lint.schema.yaml_read import MetadataError, load

MAX_ITEMS = 3
# Written by newer `wmill` versions (false for a script with a `main` and no
# preprocessor), dropped by the pinned one's merge.
FLAGS = ("has_preprocessor", "no_main_func")


def differences(current: str, expected: str, signature: Signature | None = None) -> list[str]:
    """What changes between the two texts, most useful first.

    With the script's `signature`, only what changes the description of `main`:
    what another `wmill` version writes for the same script (see
    `without_version_drift`) is left out, and formatting alone gives an empty
    list. Without it, formatting alone is "formatting differs".
    """
    try:
        old = load(current)
        new = load(expected)
    except MetadataError as exc:
        return [str(exc)]
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ["not a mapping"]
    if signature is not None:
        without_version_drift(old, new, signature)
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
    if signature is not None:
        return found
    return found or ["formatting differs"]


def without_version_drift(old: dict[str, Any], new: dict[str, Any], signature: Signature) -> None:
    """Drop, in place, what differs between two loaded `.script.yaml`s only because
    different `wmill` versions wrote them (`old`: the file, `new`: what the pinned
    CLI writes):

    - `has_preprocessor` / `no_main_func` in the file and not in the output, with
      the value the script has (newer CLIs write `false` for both);
    - `originalType` on one side only, at any depth of the schema (older CLIs do
      not write it; where both sides have it and differ, it still counts);
    - `default: null` against no `default` (the same input, one written by hand).
    """
    for key in FLAGS:
        if key in old and key not in new and old[key] is getattr(signature, key):
            del old[key]
    if isinstance(old.get("schema"), dict) and isinstance(new.get("schema"), dict):
        _align_drift(old["schema"], new["schema"])


def _align_drift(old: Any, new: Any) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        if ("originalType" in old) != ("originalType" in new):
            old.pop("originalType", None)
            new.pop("originalType", None)
        if old.get("default", ...) is None and "default" not in new:
            del old["default"]  # `default: null` is no default (a file written by hand)
        if new.get("default", ...) is None and "default" not in old:
            del new["default"]
        for key in old.keys() & new.keys():
            _align_drift(old[key], new[key])
    elif isinstance(old, list) and isinstance(new, list):
        for a, b in zip(old, new, strict=False):  # extra items differ anyway
            _align_drift(a, b)


def summary(current: str, expected: str, signature: Signature | None = None) -> str | None:
    """The differences as a phrase; None when, given `signature`, none describes `main`."""
    items = differences(current, expected, signature)
    if not items:
        return None
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
