"""Queries through an ORM's model manager (`Vendor.objects...`), for WAC101.

Django's `Model.objects` (and MongoEngine's, which copies its API) is the model's
manager: `get`, `first`, `count`, `create`, `update`, `delete`, ... run a query at
once, while `filter`, `exclude`, `order_by`, `values`, ... only build a lazy QuerySet,
whose query runs when something evaluates it: `list(...)`, a `for` loop, `len(...)`,
an index (Django's "When QuerySets are evaluated"). The model class is usually
imported from the project's own app (`from festival.models import Vendor`), which no
catalogue can name, so a file that imports Django or MongoEngine has its `X.objects`
chains read here: a chain that runs a query, or a lazy one the body evaluates, reads
the database again on every replay.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from wac_lint.model import BodyCall, CallKind, ScriptModel, Span
from wac_lint.rule import code_span
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._catalogue import chain_label
from wac_lint.rules._sdk_calls import Node

MANAGER = "objects"
ORM_PACKAGES = frozenset({"django", "mongoengine"})
# QuerySet methods that run the query (and their `a`-prefixed async forms)
_RUNS = (
    "get first last count exists aggregate create get_or_create update_or_create "
    "bulk_create bulk_update update delete earliest latest in_bulk iterator contains "
    "explain"
).split()
RUNS = frozenset(_RUNS) | frozenset("a" + m for m in _RUNS)
# QuerySet methods that return another QuerySet without a query
LAZY = frozenset(
    (
        "all filter exclude order_by values values_list annotate alias select_related "
        "prefetch_related only defer distinct using reverse none select_for_update dates "
        "datetimes union intersection difference extra"
    ).split()
)
# builtins that evaluate the iterable they are given
EVALUATING = frozenset(
    "list tuple set frozenset sorted len bool sum any all max min dict enumerate".split()
)


@dataclass
class ManagerQuery:
    """A query the body runs: the call to report and what to say of it."""

    call: BodyCall
    message: str


def manager_queries(model: ScriptModel, calls: list[BodyCall]) -> Iterator[ManagerQuery]:
    semantic = model.semantic
    if semantic is None or not any(
        (b.target or "").split(".")[0] in ORM_PACKAGES for b in semantic.import_bindings()
    ):
        return
    by_node = {c.node.id: c for c in calls if c.kind == CallKind.CALL and c.elsewhere is None}
    for call in calls:
        if call.kind != CallKind.CALL or call.elsewhere is not None:
            continue
        parts = call.qualname.split(".")
        if len(parts) < 3 or not parts[0] or "(" in call.qualname:
            continue
        if parts[-2] == MANAGER and parts[-1] in RUNS | LAZY:
            methods = [parts[-1]]
        elif parts[-1] == MANAGER:  # MongoEngine: `Vendor.objects(city=c)`
            methods = ["objects"]
        else:
            continue
        manager = ".".join(parts[-3:-1] if methods[0] != MANAGER else parts[-2:])
        end, methods = chain_end(model, call.node, methods)
        ran = next((m for m in methods if m in RUNS), None)
        label = code_span(chain_label(model, end))
        if ran is not None:
            yield ManagerQuery(
                call,
                f"{label} queries the database through the model manager `{manager}` (`{ran}` "
                "runs the query) in the workflow body, which re-runs on every replay; move it "
                "into a task or a `step(...)`",
            )
            continue
        if any(m not in LAZY and m != MANAGER for m in methods):
            continue  # a method the ORM does not define here: not known to be a QuerySet
        for at, how in evaluations(model, end):
            # the evaluating call of the body (`list(...)`), or the call moved to where the
            # loop or index evaluates it
            reported = by_node.get(at.id) or replace(call, node=at, span=Span.of(at))
            yield ManagerQuery(
                reported,
                f"{how} runs the query of {label} (a QuerySet is lazy: evaluating it reads the "
                "database) in the workflow body, which re-runs on every replay; move it into a "
                "task or a `step(...)`",
            )
            break


def chain_end(model: ScriptModel, node: Node, methods: list[str]) -> tuple[Node, list[str]]:
    """The outermost call of `node`'s method chain (`...filter(...).order_by(...)`) and
    the methods along it, while they are QuerySet methods."""
    while True:
        attribute = node.parent
        call = attribute.parent if attribute is not None else None
        if (
            attribute is None
            or call is None
            or attribute.type != "attribute"
            or call.type != "call"
            or attribute.child_by_field_name("object") != node
        ):
            return node, methods
        name = attribute.child_by_field_name("attribute")
        method = model.text(name) if name is not None else ""
        if method not in RUNS | LAZY:
            return node, [*methods, method]
        node, methods = call, [*methods, method]


def evaluations(model: ScriptModel, value: Node) -> Iterator[tuple[Node, str]]:
    """Where the body evaluates the lazy QuerySet `value`: given to a builtin that
    iterates it (`list(qs)`), looped over, indexed; or, assigned to a name once, where
    that name is."""
    yield from consumed(model, value)
    parent = outer(value).parent
    if parent is None or parent.type != "assignment":
        return
    target = parent.child_by_field_name("left")
    if target is None or target.type != "identifier" or model.semantic is None:
        return
    binding = model.semantic.resolve(target)
    if binding is None or binding.assigned_value is None:
        return
    function = next(sdk.enclosing_functions(model, parent), None)
    if function is None:
        return
    name = model.text(target)
    for read in sdk.nodes_in(model, "identifier", function):
        if read.start_byte < parent.end_byte or model.text(read) != name:
            continue
        if model.semantic.resolve(read) is binding:
            yield from consumed(model, read, via=model.text(target))


def consumed(model: ScriptModel, value: Node, via: str | None = None) -> Iterator[tuple[Node, str]]:
    node = outer(value)
    parent = node.parent
    if parent is None:
        return
    shown = f"`{via}`" if via is not None else "it"
    if parent.type == "argument_list" and parent.parent is not None:
        call = parent.parent
        callee = call.child_by_field_name("function")
        name = model.text(callee) if callee is not None and callee.type == "identifier" else None
        first = next((c for c in parent.named_children if c.type != "comment"), None)
        if name in EVALUATING and first == node and builtin(model, callee):
            yield call, f"`{name}(…)`"
    elif parent.type in ("for_statement", "for_in_clause") and (
        parent.child_by_field_name("right") == node
    ):
        yield node, f"Looping over {shown}" if via is not None else "Looping over the QuerySet"
    elif parent.type == "subscript" and parent.child_by_field_name("value") == node:
        index = parent.child_by_field_name("subscript")
        if index is not None and index.type != "slice":
            yield parent, f"Indexing {shown}" if via is not None else "Indexing the QuerySet"


def builtin(model: ScriptModel, callee: Node | None) -> bool:
    """`list` here is the builtin: no binding of the file shadows it."""
    return (
        callee is not None
        and model.semantic is not None
        and (model.semantic.resolve(callee) is None)
    )


def outer(node: Node) -> Node:
    while node.parent is not None and node.parent.type == "parenthesized_expression":
        node = node.parent
    return node
