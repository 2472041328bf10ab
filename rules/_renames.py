"""What WAC001/WAC002's fixes need to know before renaming: where a name occurs
and whether it is (re)bound anywhere, so that a rename never changes meaning."""

from __future__ import annotations

from wac_lint.frontends.body.records import iter_nodes
from wac_lint.model import ScriptModel

# Parent node types (and fields) where an identifier introduces a binding.
BINDING_PARENTS = {
    "parameters",
    "typed_parameter",
    "default_parameter",
    "typed_default_parameter",
    "lambda_parameters",
    "formal_parameters",
    "required_parameter",
    "optional_parameter",
    "for_in_clause",
    "for_statement",
    "for_in_statement",
    "as_pattern_target",
    "global_statement",
    "nonlocal_statement",
}
BINDING_FIELDS = {
    ("function_definition", "name"),
    ("class_definition", "name"),
    ("assignment", "left"),
    ("augmented_assignment", "left"),
    ("function_declaration", "name"),
    ("class_declaration", "name"),
    ("variable_declarator", "name"),
    ("arrow_function", "parameter"),
    ("assignment_expression", "left"),
}


def identifier_uses(model: ScriptModel, name: str) -> list[object]:
    return [
        n
        for n in iter_nodes(model.tree.root_node)
        if n.type == "identifier" and model.text(n) == name
    ]


def is_rebound(model: ScriptModel, name: str) -> bool:
    """Is `name` bound anywhere besides imports (parameter, assignment, def, loop...)?"""
    for node in identifier_uses(model, name):
        parent = node.parent  # type: ignore[attr-defined]
        if parent is None:
            continue
        if parent.type in BINDING_PARENTS:
            return True
        for field in ("name", "left", "parameter"):
            if (parent.type, field) in BINDING_FIELDS and parent.child_by_field_name(field) == node:
                return True
    return False
