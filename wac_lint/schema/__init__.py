"""Windmill `.script.yaml` generation, offline (`wac-lint schema`).

Library API:

* `extract_signature(source, tree)` -> `Signature`: the `main` signature
  Windmill's own parsers read from a Python or TypeScript script;
* `render_script_yaml(source, tree, existing, remote_path=...)` -> the exact
  text `wmill generate-metadata --schema-only` writes for that script, given
  the current `.script.yaml` text (or None when there is none).
"""

from __future__ import annotations

import importlib
from typing import Any

# Exported names and the modules that define them, imported on first use so
# that `wac-lint check` pays only for what a file needs (no YAML for a script
# without metadata, no TypeScript machinery for a Python file).
_EXPORTS = {
    "Arg": "wac_lint.schema.types",
    "Signature": "wac_lint.schema.types",
    "SignatureError": "wac_lint.schema.types",
    "signature_to_json": "wac_lint.schema.types",
    "MergeError": "wac_lint.schema.jsonschema",
    "MetadataError": "wac_lint.schema.yaml_read",
    "extract_signature": "wac_lint.schema.signature",
    "find_project_root": "wac_lint.schema.paths",
    "metadata_path": "wac_lint.schema.paths",
    "remote_path": "wac_lint.schema.paths",
    "render_script_yaml": "wac_lint.schema.render",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_EXPORTS)
