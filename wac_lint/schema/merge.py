"""The whole `.script.yaml`: existing metadata + inferred schema + lock line.

What `wmill generate-metadata --schema-only` does with a script's metadata:
start from the existing file (or wmill's default metadata), replace `schema`
by the merged schema, set or drop `has_preprocessor`, drop `auto_kind` and
`no_main_func`, and point `lock` at `<remote path>.script.lock` (or keep a
shared lock under `locks/` that exists). Every other key is kept as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wac_lint.schema.jsonschema import MergeError, default_schema, infer_schema
from wac_lint.schema.types import Signature
from wac_lint.schema.yaml_read import MetadataError, load_mapping

INLINE_PREFIX = "!inline "
SHARED_LOCK_DIR = "locks"
# Dependency files whose languages need a lock (wmill's languageNeedsLock).
SHARED_LOCK_SOURCES = ("package.json", "requirements.in", "composer.json", "go.mod")


def default_metadata(remote_path: str, lock_file: str | None = None) -> dict[str, Any]:
    """What wmill writes first for a script that has no metadata yet."""
    return {
        "summary": "",
        "description": "",
        "lock": INLINE_PREFIX + (lock_file or f"{remote_path}.script.lock"),
        "kind": "script",
        "schema": default_schema(),
    }


def merge_metadata(
    sig: Signature,
    existing_text: str | None,
    remote_path: str,
    lock_exists: Callable[[str], bool] | None = None,
    lock_file: str | None = None,
    *,
    existing: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The metadata object wmill writes (raises MetadataError / MergeError).

    `existing`: `existing_text` already loaded (it is changed in place).
    """
    own_lock = lock_file or f"{remote_path}.script.lock"
    if existing_text is None:
        metadata = default_metadata(remote_path, own_lock)
        old_lock = None
    else:
        metadata = existing if existing is not None else load_mapping(existing_text)
        # wmill re-reads the raw text for this; it parses to the same value.
        old_lock = metadata.get("lock") if "!inline" in existing_text else None
        _check_lock(metadata)
    schema, has_preprocessor = infer_schema(sig, metadata.get("schema"))
    metadata["schema"] = schema
    if has_preprocessor:
        metadata["has_preprocessor"] = True
    else:
        metadata.pop("has_preprocessor", None)
    metadata.pop("auto_kind", None)
    metadata.pop("no_main_func", None)
    shared = _shared_lock(old_lock, lock_exists)
    metadata["lock"] = INLINE_PREFIX + (shared or own_lock)
    return metadata


def _check_lock(metadata: dict[str, Any]) -> None:
    """wmill reads `lock` before replacing it and fails on values it cannot read."""
    lock = metadata.get("lock")
    if lock is None or isinstance(lock, (str, list)):
        return
    raise MergeError("`lock` is neither text nor a list")


def _shared_lock(lock: Any, lock_exists: Callable[[str], bool] | None) -> str | None:
    """A `lock: '!inline locks/<deps>.lock'` reference wmill keeps (when the file exists)."""
    if lock_exists is None or not isinstance(lock, str) or not lock.startswith(INLINE_PREFIX):
        return None
    ref = lock[len(INLINE_PREFIX) :]
    normalized = ref.replace("\\", "/")
    if not normalized.startswith(SHARED_LOCK_DIR + "/"):
        return None
    name = normalized[len(SHARED_LOCK_DIR) + 1 :]
    if "/" in name or not name.endswith(".lock"):
        return None
    if not name[: -len(".lock")].endswith(SHARED_LOCK_SOURCES):
        return None
    return ref if lock_exists(ref) else None


__all__ = ["MergeError", "MetadataError", "default_metadata", "merge_metadata"]
