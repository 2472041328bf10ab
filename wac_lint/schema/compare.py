"""Is a `.script.yaml` up to date? Decided on data, without writing YAML.

WAC901 runs on every WAC script of a repository; rendering the expected
`.script.yaml` and comparing texts was half of a cold `check` of a 2,000-script
tree. Here the existing file is loaded once, merged as wmill would merge it,
and the result compared with what was loaded. Only a "yes" is final: a "no"
(or a value this comparison does not vouch for) sends the caller to the full
rendering, whose text comparison and messages stay the reference. So a file
that differs from wmill's output in formatting only (key order, quoting) is
up to date here; `wac-lint schema --check` still reports it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from wac_lint.schema.jsonschema import MergeError
from wac_lint.schema.jsvalues import MAX_SAFE_INTEGER, UNDEFINED
from wac_lint.schema.merge import merge_metadata
from wac_lint.schema.types import Signature
from wac_lint.schema.yaml_read import MetadataError, load_mapping


def unchanged(
    signature: Signature,
    current: str,
    *,
    remote_path: str,
    lock_file: str,
    lock_exists: Callable[[str], bool],
) -> bool:
    """True when wmill would write the data `current` already holds; False otherwise or unsure."""
    try:
        loaded = load_mapping(current)
        merged = merge_metadata(
            signature,
            current,
            remote_path,
            lock_exists,
            lock_file,
            existing=copy_data(loaded),  # the merge rewrites what it is given
        )
    except (MetadataError, MergeError, RecursionError):
        return False  # the full path words the error
    return same_data(loaded, merged)


def copy_data(value: Any) -> Any:
    """A deep copy of loaded YAML (dicts, lists and scalars), faster than `copy.deepcopy`."""
    if isinstance(value, dict):
        return {k: copy_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_data(v) for v in value]
    return value


def same_data(loaded: Any, merged: Any) -> bool:
    """Whether writing `merged` as YAML and reading it back gives `loaded`.

    Strict where Python is lax (`True == 1`), and False for what the writer
    transforms in ways not mirrored here (NaN, -0, unsafe integers, lone
    surrogates, non-text keys): those take the full path.
    """
    if isinstance(merged, dict):
        if not isinstance(loaded, dict):
            return False
        keys = [k for k, v in merged.items() if v is not UNDEFINED]  # the writer drops these
        if len(keys) != len(loaded):
            return False
        for key in keys:
            if not isinstance(key, str) or key not in loaded:
                return False
            if not same_data(loaded[key], merged[key]):
                return False
        return True
    if isinstance(merged, list):
        if not isinstance(loaded, list) or len(loaded) != len(merged):
            return False
        return all(same_data(a, b) for a, b in zip(loaded, merged, strict=True))
    if merged is None or merged is UNDEFINED:
        return loaded is None
    if isinstance(merged, bool) or isinstance(loaded, bool):
        return type(merged) is type(loaded) and merged == loaded
    if isinstance(merged, (int, float)):
        return (
            isinstance(loaded, (int, float))
            and _plain(merged)
            and _plain(loaded)
            and (merged == loaded)
        )
    if isinstance(merged, str):
        return isinstance(loaded, str) and merged == loaded and _no_surrogates(merged)
    return False


def _plain(number: int | float) -> bool:
    """A number written and read back as itself (not NaN, infinite, -0 or beyond 2**53)."""
    if isinstance(number, int):
        return abs(number) <= MAX_SAFE_INTEGER
    return math.isfinite(number) and number != 0 or str(number) == "0.0"


def _no_surrogates(text: str) -> bool:
    return text.isascii() or not any("\ud800" <= c <= "\udfff" for c in text)
