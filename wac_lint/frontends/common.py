"""What both front-ends share: name resolution and the walk of the workflow body.

Each language subclass says how its syntax spells calls, functions, imports and
options; the walk that turns a workflow body into durable calls, plain calls and
exception handlers is written once, here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import tree_sitter

from wac_lint.model import (
    AWAITED,
    DROPPED,
    GATHERED,
    RETURNED,
    STORED,
    UNKNOWN,
    BindingKind,
    BodyCall,
    DurableCall,
    ExceptionHandler,
    FinallyBlock,
    FunctionInfo,
    Param,
    ScriptModel,
    SdkBinding,
    SdkReference,
    Span,
    TaskDef,
)

Node = tree_sitter.Node

LOOPS = frozenset(
    {
        "for_statement",
        "while_statement",
        "for_in_statement",
        "do_statement",
    }
)

# Concepts whose call in the body is itself a checkpointed operation.
DURABLE_CONCEPTS = {"step": "step", "sleep": "sleep", "wait_for_approval": "approval"}


@dataclass(frozen=True)
class Syntax:
    """Node type names of one tree-sitter grammar."""

    call: frozenset[str]
    new: frozenset[str]
    function: frozenset[str]
    awaits: frozenset[str]
    attribute: str
    attribute_name_field: str
    identifier: frozenset[str]
    returns: frozenset[str]
    assignment: frozenset[str]
    expression_statement: str
    # Nodes a value passes through unchanged on its way to whoever consumes it.
    transparent: frozenset[str]
    arguments: frozenset[str]
    comprehension: frozenset[str]
    try_statement: str
    class_definition: frozenset[str]


class FrontEnd:
    syntax: Syntax
    sdk_module: str  # how qualified names spell the SDK module
    gather_names: frozenset[str]  # qualified names that await all their arguments

    def __init__(self, model: ScriptModel) -> None:
        self.model = model
        self.data = model.source.data
        # local name -> qualified name, from every import in the file
        self.imports: dict[str, str] = {}
        # local name -> (concept, kind) for SDK names bound directly
        self.sdk_names: dict[str, tuple[str, BindingKind]] = {}
        # local names bound to the SDK module itself
        self.sdk_modules: set[str] = set()
        self.task_bindings: dict[str, TaskDef] = {}
        self.top_functions = FunctionTable(self)
        self.sdk_by_local: dict[str, str] = {}

    # ---- entry point -------------------------------------------------------
    def build(self) -> ScriptModel:
        root = self.model.tree.root_node
        self.collect_syntax_errors(root)
        self.collect_imports(root)
        self.model.in_scope = bool(self.model.bindings)
        if not self.model.in_scope:
            return self.model  # no WAC rule looks at a file that does not import the SDK
        self.collect_top_functions(root)
        for node in self.scan_identifiers(root):
            if self.reference(node):
                self.definition_at(node)
        for name in [wf.function.name for wf in self.model.workflows if wf.function] + [
            t.binding for t in self.model.tasks
        ]:
            self.top_functions.pop(name or "")  # not helpers the body "calls"
        wf = self.model.workflow
        if wf is not None and wf.function is not None and wf.function.body is not None:
            BodyWalker(self, wf.function).run()
        return self.model

    def scan_identifiers(self, root: Node) -> list[Node]:
        """WAC references and calls of `main`, found from the source text.

        A regular expression finds the few places the relevant names occur and
        the tree gives the node there, so identifiers that cannot matter are
        never visited. Returns the references (a bare SDK name, or a whole
        `module.name` chain) in source order; calls of `main` go into the model.
        """
        names = {n.encode() for n in self.sdk_names}
        modules = {n.encode() for n in self.sdk_modules}
        refs: list[Node] = []
        for match in name_pattern(frozenset(names | modules | {b"main"})).finditer(self.data):
            node = root.descendant_for_byte_range(match.start(), match.end())
            if node is None or node.type not in self.syntax.identifier:
                continue  # inside a string, a comment, or part of a longer name
            if node.start_byte != match.start() or node.end_byte != match.end():
                continue
            text = match.group()
            if text in names:
                refs.append(node)
            elif text in modules:
                parent = node.parent
                if parent is not None and self.resolve_sdk(parent) is not None:
                    refs.append(parent)
            else:
                parent = node.parent
                if parent is not None and parent.type in self.syntax.call:
                    if self.callee(parent) == node:
                        self.model.main_calls.append(Span.of(parent))
        self.model.main_calls.sort(key=lambda span: span.start_byte)
        return sorted(refs, key=lambda n: n.start_byte)

    def reference(self, node: Node) -> bool:
        """Record a use of a WAC name; False for names inside import statements."""
        parent = node.parent
        if parent is None or parent.type in self.import_parts:
            return False
        if node.type in self.syntax.identifier and parent.type == self.syntax.attribute:
            return False  # `x.task` is some other object's attribute
        sdk = self.resolve_sdk(node)
        if sdk is None:
            return False
        concept, kind = sdk
        self.model.references.append(
            SdkReference(concept, self.sdk_names_by_concept[concept], kind, Span.of(node), node)
        )
        return True

    # ---- hooks each language implements -------------------------------------
    def collect_imports(self, root: Node) -> None:
        raise NotImplementedError

    import_parts: frozenset[str]  # node types inside import statements
    sdk_names_by_concept: dict[str, str]

    def collect_top_functions(self, root: Node) -> None:
        raise NotImplementedError

    def definition_at(self, ref: Node) -> None:
        """A workflow or task defined where this WAC name is used, if any."""
        raise NotImplementedError

    def callee(self, call: Node) -> Node | None:
        return call.child_by_field_name("function")

    def positional_args(self, call: Node) -> list[Node]:
        raise NotImplementedError

    def keyword_arg(self, call: Node, name: str) -> Node | None:
        """A named option: Python keyword argument, TS options-object property."""
        raise NotImplementedError

    def function_info(self, node: Node) -> FunctionInfo:
        raise NotImplementedError

    def make_function_info(self, node: Node, params: list[Param], is_async: bool) -> FunctionInfo:
        name_node = node.child_by_field_name("name")
        return FunctionInfo(
            name=self.text(name_node) if name_node is not None else None,
            node=node,
            body=node.child_by_field_name("body"),
            is_async=is_async,
            params=params,
            top_level=self.is_top_level(node),
            span=Span.of(name_node if name_node is not None else node),
        )

    def string_value(self, node: Node | None) -> str | None:
        """The value of a plain string literal (no interpolation), else None."""
        raise NotImplementedError

    def handler_of(self, node: Node, walker: BodyWalker) -> list[ExceptionHandler]:
        """Exception handlers a try statement (or `.catch` call) contributes."""
        raise NotImplementedError

    # ---- shared helpers ----------------------------------------------------
    def text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def collect_syntax_errors(self, root: Node) -> None:
        if not root.has_error:
            return
        stack = [root]
        while stack:
            node = stack.pop()
            if node.is_error or node.is_missing:
                self.model.syntax_errors.append(self.first_line(Span.of(node)))
                continue
            if node.has_error:
                stack.extend(reversed(node.children))
        self.model.syntax_errors.sort(key=lambda s: s.start_byte)

    def first_line(self, span: Span) -> Span:
        """An error region cut at its first line: where the error starts is what matters."""
        if span.end_row == span.start_row:
            return span
        line = self.model.source.line_bytes(span.start_row).rstrip(b"\r")
        end_col = max(len(line), span.start_col)
        line_start = span.start_byte - span.start_col
        return Span(
            span.start_byte,
            line_start + end_col,
            span.start_row,
            span.start_col,
            span.start_row,
            end_col,
        )

    def add_binding(
        self, kind: BindingKind, local: str, concept: str | None, sdk_name: str | None, node: Node
    ) -> None:
        self.model.bindings.append(SdkBinding(kind, local, concept, sdk_name, Span.of(node)))
        if concept is None:
            self.sdk_modules.add(local)
        else:
            self.sdk_names[local] = (concept, kind)

    def dotted(self, node: Node | None) -> str | None:
        """`a.b.c` for a chain of plain names, else None."""
        parts: list[str] = []
        while node is not None:
            if node.type in self.syntax.identifier:
                parts.append(self.text(node))
                return ".".join(reversed(parts))
            if node.type == self.syntax.attribute:
                name = node.child_by_field_name(self.syntax.attribute_name_field)
                if name is None:
                    return None
                parts.append(self.text(name))
                node = node.child_by_field_name("object")
                continue
            if node.type in ("parenthesized_expression", "non_null_expression") and (
                node.named_child_count == 1
            ):
                node = node.named_children[0]
                continue
            return None
        return None

    def qualname(self, node: Node | None) -> str | None:
        """The dotted name with its head resolved through the file's imports."""
        if node is None:
            return None
        name = self.dotted(node)
        if name is None:
            if node.type == self.syntax.attribute:
                attr = node.child_by_field_name(self.syntax.attribute_name_field)
                if attr is not None:
                    return "." + self.text(attr)  # method on a computed receiver
            return None
        return self.resolve_name(name)

    def resolve_name(self, name: str) -> str:
        head, _, rest = name.partition(".")
        target = self.imports.get(head)
        if target is None:
            return name
        return f"{target}.{rest}" if rest else target

    def resolve_sdk(self, node: Node | None) -> tuple[str, BindingKind] | None:
        """Which WAC primitive an expression names, and how it reached it."""
        if node is None:
            return None
        if node.type in self.syntax.identifier:
            return self.sdk_names.get(self.text(node))
        if node.type == self.syntax.attribute:
            obj = node.child_by_field_name("object")
            attr = node.child_by_field_name(self.syntax.attribute_name_field)
            if obj is not None and attr is not None and obj.type in self.syntax.identifier:
                if self.text(obj) in self.sdk_modules:
                    concept = self.sdk_by_local.get(self.text(attr))
                    if concept is not None:
                        return concept, BindingKind.NAMESPACE
        return None

    def is_top_level(self, node: Node) -> bool:
        parent = node.parent
        while parent is not None:
            if parent.type in self.syntax.function or parent.type in self.syntax.class_definition:
                return False
            parent = parent.parent
        return True

    def enclosing_function(self, node: Node) -> Node | None:
        parent = node.parent
        while parent is not None:
            if parent.type in self.syntax.function:
                return parent
            parent = parent.parent
        return None

    def gather_qualname(self, call: Node) -> bool:
        name = self.qualname(self.callee(call))
        if name in self.gather_names:
            return True
        sdk = self.resolve_sdk(self.callee(call))
        return sdk is not None and sdk[0] == "parallel"


@lru_cache(maxsize=64)
def name_pattern(names: frozenset[bytes]) -> re.Pattern[bytes]:
    """Whole-word occurrences of any of `names` (identifiers are ASCII here)."""
    alternatives = b"|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rb"(?<![\w$])(?:" + alternatives + rb")(?![\w$])")


class FunctionTable:
    """Top-level functions by name; their details are worked out when first asked for."""

    def __init__(self, fe: FrontEnd) -> None:
        self.fe = fe
        self.nodes: dict[str, Node] = {}
        self.infos: dict[str, FunctionInfo] = {}

    def add(self, name: str, node: Node) -> None:
        self.nodes[name] = node

    def get(self, name: str) -> FunctionInfo | None:
        info = self.infos.get(name)
        if info is None and name in self.nodes:
            info = self.infos[name] = self.fe.function_info(self.nodes[name])
        return info

    def pop(self, name: str) -> None:
        self.nodes.pop(name, None)
        self.infos.pop(name, None)


def iter_nodes(root: Node) -> Iterator[Node]:
    """Pre-order walk without recursion (files can nest thousands deep)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


class BodyWalker:
    """Walks one workflow function and records what its body does, in order."""

    def __init__(self, fe: FrontEnd, function: FunctionInfo) -> None:
        self.fe = fe
        self.function = function
        self.syntax = fe.syntax
        self.model = fe.model
        self.visited_helpers: set[str] = set()
        self.helper_sites: dict[str, Span] = {}
        self.ancestors: list[Node] = []  # see `walk`
        self.current: Node | None = None  # the node `walk` is visiting
        self.task_functions = {
            (t.function.node.start_byte, t.function.node.end_byte)
            for t in self.model.tasks
            if t.function is not None
        }
        syntax = self.syntax
        # node type -> what the walk does with it; other node types are only passed through
        self.roles: dict[str, str] = {
            **{t: "identifier" for t in syntax.identifier},
            syntax.attribute: "attribute",
            **{t: "call" for t in syntax.call},
            **{t: "new" for t in syntax.new},
            **{t: "function" for t in syntax.function},
            **{t: "class" for t in syntax.class_definition},
            syntax.try_statement: "try",
        }
        # identifiers of the workflow body by name, filled by the walk
        self.identifier_index: dict[bytes, list[Node]] = {}
        self.data = fe.data
        self.imported = {name.encode() for name in fe.imports}

    def run(self) -> None:
        assert self.function.body is not None
        self.walk(self.function.body, via=None, in_callback=False)
        self.model.durable_calls.sort(key=lambda d: d.node.start_byte)
        self.model.body_calls.sort(key=lambda c: c.node.start_byte)
        self.model.handlers.sort(key=lambda h: h.node.start_byte)
        for call in self.model.durable_calls:
            if call.consumption == STORED:
                call.consumption = self.stored_use(call.node)

    def walk(self, start: Node, via: str | None, in_callback: bool) -> None:
        """Visit `start`'s subtree with a cursor (no recursion: files nest deep)."""
        outer, current = self.ancestors, self.current  # a helper's walk runs inside its caller's
        try:
            self.walk_subtree(start, via, in_callback)
        finally:
            self.ancestors, self.current = outer, current

    def walk_subtree(self, start: Node, via: str | None, in_callback: bool) -> None:
        roles = self.roles
        cursor = start.walk()
        inherited = [in_callback]  # per depth: whether we are inside a callback
        # The current node's ancestors within `start`: `Node.parent` costs the
        # node's depth (tree-sitter walks down from the root), so asking it at
        # every level of 10,000 nested lambdas was quadratic.
        ancestors: list[Node] = []
        self.ancestors = ancestors
        while True:
            node = cursor.node
            role = roles.get(node.type)
            flag = inherited[-1]
            descend = True
            if role is not None:
                self.current = node
                descend, flag = self.visit(role, node, start, via, flag)
            if descend and cursor.goto_first_child():
                inherited.append(flag)
                ancestors.append(node)
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent():
                    return
                inherited.pop()
                ancestors.pop()

    def visit(
        self, role: str, node: Node, start: Node, via: str | None, cb: bool
    ) -> tuple[bool, bool]:
        """Record one node; (whether to look inside it, callback flag for its children)."""
        if role == "identifier":
            key = self.data[node.start_byte : node.end_byte]
            if via is None:
                self.identifier_index.setdefault(key, []).append(node)
            if key in self.imported:  # only imported names are catalogue entries on their own
                self.visit_read(node, via)
            return False, cb
        if role == "attribute":
            self.visit_read(node, via)
        elif role == "call":
            if via is None:
                self.model.handlers.extend(self.fe.handler_of(node, self))
            self.visit_call(node, via, cb)
        elif role == "new":
            self.visit_call(node, via, cb)
        elif role == "function" and node != start:
            if self.is_durable_callback(node):
                return False, cb  # the callback given to step()/task() is where effects belong
            return True, True
        elif role == "class":
            return False, cb
        elif role == "try" and via is None:
            self.model.handlers.extend(self.fe.handler_of(node, self))
            self.visit_finally(node)
        return True, cb

    def visit_finally(self, try_node: Node) -> None:
        clause = next((c for c in try_node.children if c.type == "finally_clause"), None)
        if clause is None:
            return
        keyword = clause.children[0] if clause.children else clause
        body = try_node.child_by_field_name("body")
        exits = [Span.of(n) for n in self.exits_of(clause)]
        protects = body is not None and self.holds_durable(body)
        self.model.finally_blocks.append(FinallyBlock(clause, Span.of(keyword), protects, exits))

    def exits_of(self, block: Node) -> list[Node]:
        """return / break / continue statements that leave `block` itself."""
        found = []
        for node in iter_nodes(block):
            if node.type == "return_statement":
                if self.fe.enclosing_function(node) == self.fe.enclosing_function(block):
                    found.append(node)
            elif node.type in ("break_statement", "continue_statement"):
                if not self.inside_loop_within(node, block):
                    found.append(node)
        return found

    def inside_loop_within(self, node: Node, block: Node) -> bool:
        parent = node.parent
        while parent is not None and parent != block:
            if parent.type in LOOPS or parent.type in self.syntax.function:
                return True
            if parent.type == "switch_statement" and node.type == "break_statement":
                return True
            parent = parent.parent
        return False

    def is_durable_callback(self, fn: Node) -> bool:
        """True for a task's own function, or one passed straight to step()/task()."""
        if (fn.start_byte, fn.end_byte) in self.task_functions:
            return True
        call = self.call_of_argument(fn)
        if call is None:
            return False
        sdk = self.fe.resolve_sdk(self.fe.callee(call))
        return sdk is not None and sdk[0] in ("step", "task")

    def parent_of(self, node: Node) -> Node | None:
        """`node.parent`, from the walk's ancestors when `node` is on the current path.

        `Node.parent` costs the node's depth: asked at every node of deeply
        nested code (10,000 nested lambdas or awaited calls) it was quadratic.
        """
        ancestors = self.ancestors
        if node == self.current:
            return ancestors[-1] if ancestors else node.parent
        for index in range(len(ancestors) - 1, 0, -1):
            if ancestors[index] == node:
                return ancestors[index - 1]
        return node.parent

    def call_of_argument(self, node: Node) -> Node | None:
        parent = self.parent_of(node)
        while parent is not None and parent.type in (
            "parenthesized_expression",
            "keyword_argument",
        ):
            parent = self.parent_of(parent)
        if parent is not None and parent.type in self.syntax.arguments:
            call = self.parent_of(parent)
            if call is not None and call.type in self.syntax.call:
                return call
        return None

    def visit_call(self, call: Node, via: str | None, in_callback: bool) -> None:
        """Record one call: durable, a gather, or a plain call (and follow helpers)."""
        fe = self.fe
        if call.type in self.syntax.new:
            ctor = call.child_by_field_name("constructor")
            name = fe.qualname(ctor)
            if name is not None:
                args = call.child_by_field_name("arguments")
                count = args.named_child_count if args is not None else 0
                self.add_body_call(name, "new", call, via, count)
            return
        callee = fe.callee(call)
        if callee is None:
            return
        sdk = fe.resolve_sdk(callee)
        if sdk is not None:
            concept = sdk[0]
            if concept in DURABLE_CONCEPTS and via is None:
                self.add_durable(call, callee, DURABLE_CONCEPTS[concept], in_callback)
            elif concept == "parallel" and via is None:
                self.add_durable(call, callee, "parallel", in_callback)
            elif concept == "get_resume_urls":
                self.add_body_call(
                    f"{fe.sdk_module}.{fe.text(callee).split('.')[-1]}",
                    "call",
                    call,
                    via,
                    len(fe.positional_args(call)),
                )
            return
        if callee.type in self.syntax.call:
            inner = fe.resolve_sdk(fe.callee(callee))
            if inner is not None and inner[0] in ("task", "task_script", "task_flow"):
                # `await task(async () => ...)()`: a task defined and called on the spot
                task = next((t for t in fe.model.tasks if t.node == callee), None)
                if via is None:
                    self.add_durable(call, callee, "task", in_callback, task)
                return
        name = fe.dotted(callee)
        if name is not None and name in fe.task_bindings:
            if via is None:
                self.add_durable(call, callee, "task", in_callback, fe.task_bindings[name])
            return
        qual = fe.resolve_name(name) if name is not None else fe.qualname(callee)
        if qual is None:
            return
        if qual in fe.gather_names:
            if via is None:
                self.add_durable(call, callee, "gather", in_callback)
            return
        self.add_body_call(qual, "call", call, via, len(fe.positional_args(call)))
        helper = fe.top_functions.get(name or "")
        if helper is not None and helper.body is not None and name not in self.visited_helpers:
            assert name is not None
            self.visited_helpers.add(name)
            if via is None:
                self.helper_sites[name] = Span.of(call)
            self.walk(helper.body, via=via or name, in_callback=True)
        return

    def visit_read(self, node: Node, via: str | None) -> None:
        """A value read by name (`os.environ`, `process.env.X`, an imported name)."""
        parent = node.parent
        if parent is None:
            return
        if parent.type == self.syntax.attribute:
            return  # part of a longer chain, recorded at the chain's end
        if parent.type in self.syntax.call and node == self.fe.callee(parent):
            return
        if parent.type in self.syntax.new and node == parent.child_by_field_name("constructor"):
            return
        head = self.fe.dotted(node)
        if head is not None and head.split(".")[0] in self.fe.task_bindings:
            return  # `process.env` where `process` is the file's own task
        name = self.fe.qualname(node)
        if name is not None and not name.startswith("."):
            self.add_body_call(name, "read", node, via, 0)

    def add_body_call(self, name: str, kind: str, node: Node, via: str | None, count: int) -> None:
        # a call is reported at its callee (`requests.post`), anything else as a whole
        shown = self.fe.callee(node) if kind == "call" else None
        span = Span.of(shown if shown is not None else node)
        site = self.helper_sites.get(via) if via is not None else None
        self.model.body_calls.append(BodyCall(name, kind, node, span, count, via, site))

    def add_durable(
        self,
        call: Node,
        callee: Node,
        kind: str,
        in_callback: bool,
        task: TaskDef | None = None,
    ) -> None:
        fe = self.fe
        durable = DurableCall(kind, call, Span.of(callee), task=task, in_callback=in_callback)
        if kind == "step":
            args = fe.positional_args(call)
            durable.name_node = args[0] if args else fe.keyword_arg(call, "name")
            durable.name = fe.string_value(durable.name_node)
            durable.name_is_literal = durable.name is not None
        elif kind == "approval":
            key = fe.keyword_arg(call, "key")
            durable.name_node = key
            durable.name = fe.string_value(key) if key is not None else None
            durable.name_is_literal = key is None or durable.name is not None
        elif kind == "task" and task is not None:
            durable.name = task.step_name
        durable.consumption = self.consumption(call)
        self.model.durable_calls.append(durable)

    # ---- how a durable result is used --------------------------------------
    def consumption(self, call: Node) -> str:
        syntax = self.syntax
        node = call
        while True:
            parent = self.parent_of(node)
            if parent is None:
                return UNKNOWN
            kind = parent.type
            if kind in syntax.awaits:
                return AWAITED
            if kind in syntax.transparent or kind in syntax.comprehension:
                node = parent
                continue
            if kind in syntax.arguments:
                outer = self.parent_of(parent)
                if outer is not None and outer.type in syntax.call:
                    if self.fe.gather_qualname(outer):
                        return GATHERED
                    if self.is_durable_call(outer):
                        return DROPPED  # an un-awaited result passed on as a task's input
                    callee = self.fe.callee(outer)
                    if callee is not None and node.type in syntax.function:
                        node = outer  # e.g. xs.map(x => task(x)): follow the mapped result
                        continue
                    if callee is not None and self.fe.dotted(callee) is None:
                        node = outer
                        continue
                return UNKNOWN
            if kind in syntax.returns:
                fn = self.fe.enclosing_function(parent)
                if fn is not None and fn != self.function.node:
                    node = fn
                    continue
                return RETURNED
            if kind in syntax.function:
                node = parent  # expression-bodied lambda / arrow returns it
                continue
            if kind in syntax.assignment:
                return STORED
            if kind == syntax.expression_statement:
                return DROPPED
            if kind == syntax.attribute and node == parent.child_by_field_name("object"):
                outer = parent.parent  # x.then(...) / x.catch(...) consumes the promise
                if outer is not None and outer.type in syntax.call and kind == "member_expression":
                    node = outer
                    continue
                return DROPPED  # a field read on the awaitable, not on its result
            if kind == "subscript" and node == parent.child_by_field_name("value"):
                return DROPPED
            return UNKNOWN

    def stored_use(self, call: Node) -> str:
        """A stored durable result lives on only if a later use awaits or hands it on."""
        target = self.assigned_name(call)
        if target is None:
            return UNKNOWN
        for node in self.identifier_index.get(target.encode(), ()):
            if node.start_byte > call.end_byte and self.consumption(node) != DROPPED:
                return STORED
        return DROPPED

    def is_durable_call(self, call: Node) -> bool:
        callee = self.fe.callee(call)
        sdk = self.fe.resolve_sdk(callee)
        if sdk is not None:
            return sdk[0] in ("step", "sleep", "wait_for_approval")
        name = self.fe.dotted(callee)
        return name is not None and name in self.fe.task_bindings

    def assigned_name(self, call: Node) -> str | None:
        node = call
        while node.parent is not None and node.parent.type in self.syntax.transparent:
            node = node.parent
        parent = node.parent
        if parent is None:
            return None
        target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
        if target is not None and target.type in self.syntax.identifier:
            return self.fe.text(target)
        return None

    def holds_durable(self, node: Node) -> bool:
        """Does this region await anything or call a WAC primitive or task?"""
        for inner in iter_nodes(node):
            if inner.type in self.syntax.awaits:
                return True
            if inner.type in self.syntax.call:
                callee = self.fe.callee(inner)
                if self.fe.resolve_sdk(callee) is not None:
                    return True
                name = self.fe.dotted(callee)
                if name is not None and name in self.fe.task_bindings:
                    return True
        return False
