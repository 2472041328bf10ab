"""The node of a call a helper of another module makes (`BodyCall.elsewhere`).

A call the body reaches through a helper of another script keeps this file's call
site as its `node` (the other file's tree is not kept): its arguments and ancestors
are the helper call's, not the call's. A rule that must read the call itself (a
timer's delay, the `new Promise(...)` it resolves) reads it here, from that file.
"""

from __future__ import annotations

from wac_lint.model import BodyCall, ScriptModel
from wac_lint.rules._sdk_calls import Node

# Call nodes of the two languages: the smallest one holding the recorded span.
CALLS = frozenset({"call", "call_expression", "new_expression"})


def foreign_call(call: BodyCall) -> tuple[ScriptModel, Node] | None:
    """The other file's model and the call node `call.elsewhere` points at; None for a
    call of this file, or when that file no longer reads (or holds no call there)."""
    where = call.elsewhere
    if where is None:
        return None
    model = _model(where.path)
    if model is None:
        return None
    source = model.source
    start_row, end_row = where.row - 1, where.end_row - 1
    start = (start_row, source.byte_column_from_char(start_row, where.column - 1))
    end = (end_row, source.byte_column_from_char(end_row, where.end_column - 1))
    node: Node | None = model.tree.root_node.descendant_for_point_range(start, end)
    while node is not None and node.type not in CALLS:
        node = node.parent
    return (model, node) if node is not None else None


# (path, text) -> the parsed file: read again each time, parsed once per content
_PARSED: dict[tuple[str, str], ScriptModel] = {}


def _model(path: str) -> ScriptModel | None:
    from wac_lint.engine import InputError, read_source
    from wac_lint.parsing import parse

    try:
        source = read_source(path)
        key = (path, source.text)
        model = _PARSED.get(key)
        if model is None:
            if len(_PARSED) >= 32:
                _PARSED.clear()
            model = _PARSED[key] = ScriptModel(source=source, tree=parse(source))
        return model
    except (InputError, OSError, RecursionError, ValueError):
        return None
