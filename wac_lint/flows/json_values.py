"""What JSON Schema calls the type of a value read from a flow's YAML or JSON."""

from __future__ import annotations

from typing import Any


def json_type(value: Any) -> str:
    """The JSON Schema type of a value read from YAML / JSON (`bool` before `int`:
    Python's `True` is an int)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "null"
