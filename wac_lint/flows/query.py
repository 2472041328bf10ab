"""What several flow rules ask of the model: references with their positions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from wac_lint.flows.expressions import ParsedExpression, Ref, RefKind, parse_expression
from wac_lint.flows.model import Expression, FlowModel, FlowModule
from wac_lint.flows.positions import locate
from wac_lint.model import Span

if TYPE_CHECKING:
    from wac_lint.flows.yaml_tree import YNode


def parsed(expr: Expression) -> ParsedExpression:
    return parse_expression(expr.text)


def references(model: FlowModel, kind: RefKind) -> Iterator[tuple[Expression, Ref]]:
    for expr in model.expressions:
        for ref in parsed(expr).refs:
            if ref.kind is kind:
                yield expr, ref


# `$args[name]` in a job's concurrency / debounce key: windmill-queue `interpolate_args`
# replaces it with the job's argument `name`, or with an empty string when it has none
ARG_TAG = re.compile(r"\$args\[(\w+)\]")


def arg_tags(model: FlowModel, node: YNode) -> Iterator[tuple[str, Span]]:
    """Each `$args[name]` of a key scalar, with where it is written."""
    for found in ARG_TAG.finditer(node.text):
        start, end = locate(model.source, node, found.start(), found.end())
        yield found.group(1), model.span_between(start, end)


# what a key written as an expression or a template looks like: `${flow_input.x}`,
# `{{ x }}`, a bare `flow_input.x` (windmill-queue `interpolate_args` replaces only
# `$args[name]` and `$workspace`, so these stay in the key as written)
KEY_TEMPLATE = re.compile(
    r"\$\{\s*(?:flow_input\.)?(?P<a>[A-Za-z_]\w*)[^}]*\}"
    r"|\{\{\s*(?:flow_input\.)?(?P<b>[A-Za-z_]\w*)[^}]*\}\}"
    r"|(?<![\w$.])flow_input\.(?P<c>[A-Za-z_]\w*)"
)


def key_templates(model: FlowModel, node: YNode) -> Iterator[tuple[str, str, Span]]:
    """Each expression or template written in a concurrency / debounce key scalar
    (`${flow_input.tenant}`), with the name it reads and where it is written."""
    for found in KEY_TEMPLATE.finditer(node.text):
        name = found.group("a") or found.group("b") or found.group("c")
        start, end = locate(model.source, node, found.start(), found.end())
        yield found.group(0), name, model.span_between(start, end)


def ref_span(model: FlowModel, expr: Expression, ref: Ref) -> Span:
    start, end = locate(model.source, expr.node, ref.start, ref.end)
    return model.span_between(start, end)


def offset_span(model: FlowModel, expr: Expression, start: int, end: int) -> Span:
    begin, finish = locate(model.source, expr.node, start, end)
    return model.span_between(begin, finish)


def enclosing_loop(module: FlowModule | None) -> FlowModule | None:
    while module is not None:
        parent = module.parent
        if parent is not None and parent.kind is not None and parent.kind.is_loop:
            return parent
        module = parent
    return None
