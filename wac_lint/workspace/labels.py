"""How cross-file analysis names things: a node's text, a file as shown to the
user, a module as a dotted label.
"""

from __future__ import annotations

from pathlib import Path

import tree_sitter

from wac_lint.config import real_path
from wac_lint.workspace.root import Project


def plain_string(node: tree_sitter.Node) -> bool:
    """A string literal with no interpolation and no prefix (`"f.lib.x"`, not `f"..."`)."""
    return (
        node.type == "string"
        and all(c.type in ("string_start", "string_content", "string_end") for c in node.children)
        and node.text is not None
        and node.text[:1] in (b'"', b"'")
    )


def module_label(file: Path, project: Project) -> str:
    """`f.lib.helpers` for Python, `f/lib/helpers.ts` for TypeScript (as imports spell them)."""
    try:
        relative = real_path(file).relative_to(project.root)
    except ValueError:
        return file.stem
    if file.suffix == ".py":
        parts = list(relative.with_suffix("").parts)
        if parts and parts[-1] == "script" and len(parts) > 1 and parts[-2].endswith("__mod"):
            parts = [*parts[:-2], parts[-2][: -len("__mod")]]
        return ".".join(parts)
    parts = list(relative.parts)
    if len(parts) > 1 and parts[-2].endswith("__mod") and parts[-1].startswith("script."):
        # the entry point of a script with modules, named as its path is imported
        return "/".join([*parts[:-2], parts[-2][: -len("__mod")] + ".ts"])
    return relative.as_posix()


def node_text(node: tree_sitter.Node) -> str:
    return (node.text or b"").decode("utf-8", "replace")


def shown_path(file: Path) -> str:
    try:
        return str(real_path(file).relative_to(real_path(Path.cwd())))
    except ValueError:
        return str(file)
