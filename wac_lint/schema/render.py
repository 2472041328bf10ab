"""Rendering the `.script.yaml` text wmill writes for a script."""

from __future__ import annotations

from collections.abc import Callable

import tree_sitter

from wac_lint.schema.merge import merge_metadata
from wac_lint.schema.signature import extract_signature
from wac_lint.schema.yaml_emit import dumps
from wac_lint.source import SourceFile


def render_script_yaml(
    source: SourceFile,
    tree: tree_sitter.Tree,
    existing: str | None,
    *,
    remote_path: str,
    lock_exists: Callable[[str], bool] | None = None,
    lock_file: str | None = None,
) -> str:
    """The `.script.yaml` text wmill writes for `source`.

    `existing` is the current metadata text (None if the file is missing),
    `remote_path` the script's Windmill path (`f/folder/name`), `lock_exists`
    answers whether a path relative to the project root exists (for shared
    `locks/` references), `lock_file` the script's own lock file relative to the
    root (default `<remote_path>.script.lock`; a `__mod/` script's is
    `<remote_path>__mod/script.lock`). Raises SignatureError, MetadataError or MergeError.
    wmill reads scripts without their byte order mark, so none is assumed here.
    """
    signature = extract_signature(source, tree)
    return dumps(merge_metadata(signature, existing, remote_path, lock_exists, lock_file))
