"""Turn the model of one workflow into nodes and control edges.

The builder walks the workflow function's statements in order. Durable
operations come from the model (`model.durable_calls`, looked up by their
tree-sitter call node); the structure around them (branches, loops, try
blocks, switch/match, parallel blocks, returns) is read from the tree. A
compound statement holding no durable call and no return/raise is not drawn.

Alongside the graph it records the program of key allocations that
`program.assign_keys` interprets.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import tree_sitter

from wac_lint.graph import program as prog
from wac_lint.graph.graph import Edge, Graph, Node, Position
from wac_lint.graph.keys import NEVER_AWAITED, Key
from wac_lint.graph.naming import (
    call_key_name,
    retry_attempts,
    task_key_name,
    windmill_rewritten_tasks,
)
from wac_lint.graph.syntax import Dialect, LoopParts, PythonDialect, TypeScriptDialect
from wac_lint.model import AWAITED, DROPPED, DurableCall, FunctionInfo, ScriptModel, Span, TaskDef
from wac_lint.source import LANG_PYTHON

TsNode = tree_sitter.Node
Frontier = list[tuple[str, str | None]]  # (node id, label of the edge leaving it)

# Callbacks of these array methods run once per element, all at once when async.
ARRAY_METHODS = frozenset({"map", "flatMap", "forEach", "filter", "some", "every", "reduce"})


@dataclass
class _Breakable:
    kind: str  # loop | switch
    head: str | None = None  # where `continue` goes
    breaks: Frontier = field(default_factory=list)
    continues: Frontier = field(default_factory=list)


@dataclass
class _FunctionFrame:
    callback: bool  # False for the workflow itself
    returns: Frontier = field(default_factory=list)


class GraphBuilder:
    def __init__(self, model: ScriptModel, function: FunctionInfo, graph: Graph) -> None:
        self.model = model
        self.function = function
        self.graph = graph
        self.python = model.source.language == LANG_PYTHON
        self.syn: Dialect = (PythonDialect if self.python else TypeScriptDialect)(model.source.data)
        self.rewritten = windmill_rewritten_tasks(model) if not self.python else {}
        self.calls = self._durable_calls()
        self.by_node = {_key(c.node): c for c in self.calls}
        self.starts = [c.node.start_byte for c in self.calls]
        self.local_functions = self._local_functions()
        self.emitted: set[tuple[int, int, str]] = set()
        self.expanding: list[str] = []
        self.frontier: Frontier = []
        self.seqs: list[list[prog.Item]] = [[]]
        self.breakables: list[_Breakable] = []
        self.functions: list[_FunctionFrame] = [_FunctionFrame(callback=False)]
        self.counter = 0
        self.call_site: dict[str, TsNode] = {}  # durable node id -> its call, for data flow
        self.not_run: dict[str, Key] = {}  # nodes that allocate nothing, and why
        self.unawaited = 0  # inside a Python `parallel(...)` that is never awaited
        # Which expansions of local functions a node was drawn in: two expansions
        # share call sites, and data never flows from one into the other.
        self.instance: dict[str, tuple[int, ...]] = {}
        self.expansions: list[int] = []
        self.expansion_count = 0
        self.relevant_cache: dict[tuple[int, int], bool] = {}

    # ---- entry point -----------------------------------------------------------------
    def build(self) -> prog.Seq:
        body = self.function.body
        assert body is not None
        if body.type in self.syn.blocks:
            self.block(body)
            if self.frontier:
                self.add_node(
                    "Return", end_position(self.model, body), label="return", implicit=True
                )
        else:  # an expression-bodied arrow returns its expression
            self.expr(body)
            self.add_node("Return", position(self.model, body), label="return", implicit=True)
        self.frontier = []
        self.detached()
        return prog.Seq(self.seqs[0])

    # ---- model lookups -------------------------------------------------------------
    def _durable_calls(self) -> list[DurableCall]:
        calls = list(self.model.durable_calls)
        known = {_key(c.node) for c in calls}
        # Tasks created inside the workflow body are not in the model's durable
        # calls (WAC003 reports them), but the SDK runs and keys them all the same.
        inner = {t.binding: t for t in self.model.tasks if t.inside_workflow and t.binding}
        body = self.function.body
        if inner and body is not None:
            for node in walk(body):
                if node.type in self.syn.calls and _key(node) not in known:
                    callee = node.child_by_field_name("function")
                    if callee is not None and self.syn.text(callee) in inner:
                        task = inner[self.syn.text(callee)]
                        calls.append(
                            DurableCall(
                                "task", node, Span.of(callee), task=task, name=task.step_name
                            )
                        )
        return sorted(calls, key=lambda c: (c.node.start_byte, -c.node.end_byte))

    def _local_functions(self) -> dict[str, TsNode]:
        """Functions defined in the workflow body: their calls are expanded in place."""
        found: dict[str, TsNode] = {}
        body = self.function.body
        for node in walk(body) if body is not None else ():
            local = self.syn.local_function(node)
            if local is not None and self.contains_durable(local[1]):
                found[local[0]] = local[1]
        return found

    def durable_in(self, node: TsNode) -> list[DurableCall]:
        i = bisect.bisect_left(self.starts, node.start_byte)
        out = []
        while i < len(self.calls) and self.calls[i].node.start_byte < node.end_byte:
            if self.calls[i].node.end_byte <= node.end_byte:
                out.append(self.calls[i])
            i += 1
        return out

    def contains_durable(self, node: TsNode | None) -> bool:
        return node is not None and bool(self.durable_in(node))

    def relevant(self, node: TsNode | None) -> bool:
        """Holds something the graph draws: a durable call, an exit, a local call."""
        if node is None:
            return False
        cache_key = (node.start_byte, node.end_byte)
        if cache_key not in self.relevant_cache:
            self.relevant_cache[cache_key] = self.contains_durable(node) or any(
                self._exits_or_expands(n) for n in walk(node, self.syn.functions)
            )
        return self.relevant_cache[cache_key]

    def relevant_here(self, stmt: TsNode) -> bool:
        """Inside a drawn loop, a branch that only breaks or continues matters too."""
        if self.relevant(stmt):
            return True
        if not any(b.kind == "loop" for b in self.breakables):
            return False
        stop = self.syn.functions | self.syn.loops
        jumps = (self.syn.breaks, self.syn.continues)
        return any(n.type in jumps for n in walk(stmt, stop))

    def _exits_or_expands(self, node: TsNode) -> bool:
        if node.type in (self.syn.returns, self.syn.raises):
            return True
        if node.type in self.syn.calls:
            callee = node.child_by_field_name("function")
            return callee is not None and self.syn.text(callee) in self.local_functions
        return False

    # ---- graph primitives ----------------------------------------------------------
    def new_id(self) -> str:
        node_id = f"step_{self.counter}"
        self.counter += 1
        return node_id

    def add_node(
        self, type_: str, pos: Position, node_id: str | None = None, **fields: object
    ) -> Node:
        node = Node(node_id or self.new_id(), type_, pos, dict(fields))
        self.graph.nodes.append(node)
        self.connect(self.frontier, node.id)
        self.frontier = [(node.id, None)]
        return node

    def connect(self, frontier: Frontier, target: str) -> None:
        for source, label in frontier:
            self.graph.edges.append(Edge(source, target, "control", label))

    def join_node(
        self, type_: str, pos: Position, node_id: str, exits: Frontier, **fields: object
    ) -> None:
        """A Merge / end node where `exits` meet; none when nothing reaches it.

        A Merge reached by a single edge adds nothing: the path just goes on.
        """
        self.frontier = exits
        if not exits or (type_ == "Merge" and len(exits) == 1):
            return
        self.add_node(type_, pos, node_id, **fields)

    def emit(self, item: prog.Item) -> None:
        self.seqs[-1].append(item)

    @contextmanager
    def capture(self) -> Iterator[list[prog.Item]]:
        items: list[prog.Item] = []
        self.seqs.append(items)
        try:
            yield items
        finally:
            self.seqs.pop()

    def captured(self, action: Callable[[], None]) -> prog.Seq:
        with self.capture() as items:
            action()
        return prog.Seq(items)

    # ---- statements ----------------------------------------------------------------
    def block(self, node: TsNode | None) -> None:
        for stmt in self.syn.statements(node):
            self.statement(stmt)

    def statement(self, stmt: TsNode) -> None:
        syn, t = self.syn, stmt.type
        if t == syn.ifs:
            self.if_statement(stmt)
        elif t in syn.loops:
            self.loop(stmt)
        elif t == syn.tries:
            self.try_statement(stmt)
        elif t == syn.switches:
            self.switch(stmt)
        elif t == syn.returns:
            self.return_statement(stmt)
        elif t == syn.raises:
            self.raise_statement(stmt)
        elif t == syn.breaks:
            self.break_statement()
        elif t == syn.continues:
            self.continue_statement()
        elif t in syn.blocks:
            self.block(stmt)
        elif t == "labeled_statement":
            body = stmt.child_by_field_name("body")
            if body is not None:
                self.statement(body)
        elif t == "with_statement":
            for child in stmt.named_children:
                if child.type == "with_clause":
                    self.expr(child)
            self.block(stmt.child_by_field_name("body"))
        elif self.syn.local_function(stmt) is not None or t in (
            "class_definition",
            "class_declaration",
            "decorated_definition",
        ):
            return  # defined, not run: local functions are expanded where called
        else:
            self.expr(stmt)

    def if_statement(self, stmt: TsNode) -> None:
        if not self.relevant_here(stmt):
            return
        arms, orelse = self.syn.if_chain(stmt)
        exits: Frontier = []
        first: list[str] = []

        def chain(index: int) -> None:
            arm = arms[index]
            self.expr(arm.condition)
            construct = "if" if index == 0 else ("elif" if self.python else "else if")
            branch = self.add_node(
                "Branch",
                header_position(self.model, arm.head, arm.condition),
                label=construct,
                construct=construct,
                condition=self.syn.text(strip_parens(arm.condition)),
            )
            first.append(branch.id)
            self.frontier = [(branch.id, "true")]
            then = self.captured(lambda: self.block(arm.body))
            exits.extend(self.frontier)
            self.frontier = [(branch.id, "false")]
            if index + 1 < len(arms):
                other = self.captured(lambda: chain(index + 1))
            else:
                other = self.captured(lambda: self.block(orelse))
                exits.extend(self.frontier)
            self.emit(prog.Alt([then, other]))

        chain(0)
        self.join_node(
            "Merge", end_position(self.model, stmt), f"{first[0]}_merge", exits, label="merge"
        )

    def loop(self, stmt: TsNode) -> None:
        if not self.relevant(stmt):
            return
        parts = self.syn.loop(stmt)
        for node in parts.before:
            self.expr(node)
        start = self.add_node(
            "LoopStart",
            header_position(self.model, stmt, parts.head_end),
            label=parts.construct,
            construct=parts.construct,
            condition=strip(parts.condition),
            iterable=parts.iterable,
        )
        ctx = _Breakable("loop", head=start.id)
        self.breakables.append(ctx)
        body = self.captured(lambda: self.loop_body(parts))
        self.breakables.pop()
        self.emit(prog.Loop(body, at_least_once=parts.at_least_once))
        back = [(src, "next") for src, _ in self.frontier + ctx.continues]
        self.connect(back, start.id)
        exits: Frontier = [] if parts.infinite else [(start.id, "done")]
        if parts.at_least_once and not parts.infinite:
            # do/while leaves after its condition, at the end of the body
            exits = [(src, "done") for src, _ in self.frontier] or [(start.id, "done")]
        breaks: Frontier = [(src, "break") for src, _ in ctx.breaks]
        orelse = parts.orelse if self.relevant(parts.orelse) else None
        if orelse is None:
            exits += breaks
        self.join_node(
            "LoopEnd",
            end_position(self.model, stmt),
            f"{start.id}_end",
            exits,
            label="end " + parts.construct,
        )
        if orelse is not None:
            # Python's `for/while ... else`: the else block runs unless the loop broke
            else_prog = self.captured(lambda: self.block(orelse))
            self.emit(prog.Alt([else_prog, prog.Seq([])]))
            self.frontier = self.frontier + breaks

    def loop_body(self, parts: LoopParts) -> None:
        if parts.cond_first is not None:
            self.expr(parts.cond_first)
        self.block(parts.body)
        for node in parts.after_body:
            self.expr(node)
        if parts.cond_last is not None:
            self.expr(parts.cond_last)

    def try_statement(self, stmt: TsNode) -> None:
        if not self.relevant(stmt):
            return
        body, handlers, orelse, final = self.syn.try_parts(stmt)
        branch = self.add_node(
            "Branch",
            header_position(self.model, stmt, None),
            label="try",
            construct="try",
            condition=self.syn.try_condition if handlers else "try/finally",
        )
        exits: Frontier = []
        self.frontier = [(branch.id, "try")]
        body_prog = self.captured(lambda: self.block(body))
        else_prog = self.captured(lambda: self.block(orelse))
        exits.extend(self.frontier)
        handler_progs = []
        for handler in handlers:
            self.frontier = [(branch.id, handler.label)]
            handler_progs.append(self.captured(lambda h=handler: self.block(h.body)))
            exits.extend(self.frontier)
        self.join_node(
            "Merge", end_position(self.model, stmt), f"{branch.id}_merge", exits, label="merge"
        )
        final_prog = self.captured(lambda: self.block(final))
        self.emit(prog.Try(body_prog, handler_progs, else_prog, final_prog))

    def switch(self, stmt: TsNode) -> None:
        subject, cases, falls = self.syn.switch(stmt)
        if not self.relevant(stmt):
            return
        self.expr(subject)
        branch = self.add_node(
            "Branch",
            header_position(self.model, stmt, subject),
            label="switch" if falls else "match",
            construct="switch" if falls else "match",
            condition=self.syn.text(strip_parens(subject)),
        )
        ctx = _Breakable("switch")
        if falls:
            self.breakables.append(ctx)
        exits: Frontier = []
        arms: list[prog.Seq] = []
        carried: Frontier = []
        for case in cases:
            self.frontier = [(branch.id, case.label)] + carried
            arm = self.captured(lambda c=case: [self.statement(s) for s in c.statements])
            arms.append(arm)
            carried = self.frontier if falls else []
            if not falls:
                exits.extend(self.frontier)
        if falls:
            self.breakables.pop()
            exits.extend(carried + ctx.breaks)
            # a case that falls into the next one runs that one's code too
            for i in range(len(arms) - 2, -1, -1):
                if falls_through(cases[i].statements):
                    arms[i] = prog.Seq(arms[i].items + arms[i + 1].items)
        if not any(c.default for c in cases):
            exits.append((branch.id, "no match"))
            arms.append(prog.Seq([]))
        self.emit(prog.Alt(arms, switch=falls))
        self.join_node(
            "Merge", end_position(self.model, stmt), f"{branch.id}_merge", exits, label="merge"
        )

    def return_statement(self, stmt: TsNode) -> None:
        value = self.syn.return_value(stmt)
        if value is not None:
            self.expr(value)
        frame = self.functions[-1]
        if frame.callback:
            frame.returns.extend(self.frontier)
            self.emit(prog.Exit("callback-return"))
        else:
            self.add_node("Return", position(self.model, stmt), label="return")
            self.emit(prog.Exit("return"))
        self.frontier = []

    def raise_statement(self, stmt: TsNode) -> None:
        value = self.syn.return_value(stmt)
        if value is not None:
            self.expr(value)
        self.add_node("Raise", position(self.model, stmt), label=self.syn.raise_label)
        self.emit(prog.Exit("raise"))
        self.frontier = []

    def break_statement(self) -> None:
        if self.breakables:
            self.breakables[-1].breaks.extend(self.frontier)
            self.emit(prog.Exit("break"))
        self.frontier = []

    def continue_statement(self) -> None:
        loop = next((b for b in reversed(self.breakables) if b.kind == "loop"), None)
        if loop is not None:
            loop.continues.extend(self.frontier)
            self.emit(prog.Exit("continue"))
        self.frontier = []

    # ---- expressions ---------------------------------------------------------------
    def expr(self, node: TsNode | None) -> None:
        """Draw the durable calls of an expression in evaluation order."""
        if node is None or not self.relevant(node):
            return
        call = self.by_node.get(_key(node))
        if call is not None:
            if call.kind == "gather":
                self.gather(call)
            elif call.kind == "parallel":
                self.parallel(call)
            else:
                for child in node.children:  # arguments evaluate before the call
                    self.expr(child)
                self.durable(call)
            return
        if node.type in self.syn.functions:
            self.loose_callback(node)
            return
        ternary = self.syn.conditional_expr(node)
        if ternary is not None and (self.relevant(ternary[1]) or self.relevant(ternary[2])):
            self.conditional(node, ternary[0], ternary[1], ternary[2])
            return
        short = self.syn.short_circuit(node)
        if short is not None and self.relevant(short[2]):
            self.short_circuit(node, *short)
            return
        if node.type in self.syn.comprehensions:
            self.comprehension_loop(node)
            return
        if node.type in self.syn.calls and self.expand_local_call(node):
            return
        for child in node.children:
            self.expr(child)

    def durable(self, call: DurableCall, site: TsNode | None = None) -> Node:
        """One durable operation; `site` is where a fan-out names its task."""
        self.emitted.add(_key(call.node))
        return self.durable_node(call, site)

    def durable_node(self, call: DurableCall, site: TsNode | None = None) -> Node:
        at = site if site is not None else call.node
        pos = position(self.model, at)
        fields: dict[str, object] = {}
        if call.kind == "task":
            type_ = "Step"
            callee = site if site is not None else call.node.child_by_field_name("function")
            name = self.callee_name(callee, call.task)
            task = call.task
            fields.update(
                label=name,
                name=name,
                script=(task.path if task is not None and task.path else name),
                task=task.kind if task is not None else "task",
                options=dict(task.options) if task is not None else {},
            )
            key_name = (
                task_key_name(self.model, task, self.rewritten)
                if task is not None
                else call_key_name(self.model, call, None)
            )
        elif call.kind == "step":
            type_ = "InlineStep"
            fields.update(label=call.name if call.name_is_literal else "step", name=call.name)
            if not call.name_is_literal:
                fields.update(name_source=self.syn.text(call.name_node))
            key_name = call_key_name(self.model, call)
        elif call.kind == "sleep":
            type_ = "Sleep"
            seconds = self.first_argument(call.node, "seconds")
            fields.update(
                label=f"sleep({self.syn.text(seconds)})", seconds=self.syn.text(seconds) or None
            )
            key_name = call_key_name(self.model, call)
        else:
            type_ = "WaitForApproval"
            label = "wait_for_approval" if self.python else "waitForApproval"
            fields.update(label=label, name=call.name)
            if not call.name_is_literal:
                fields.update(name_source=self.syn.text(call.name_node))
            fields.update(options=self.call_options(call.node))
            key_name = call_key_name(self.model, call)
        node = self.add_node(type_, pos, **fields)
        self.call_site[node.id] = call.node if site is None else site
        self.instance[node.id] = tuple(self.expansions)
        if self.never_runs(call) or self.unawaited:
            self.not_run[node.id] = NEVER_AWAITED  # allocates nothing
            return node
        eager = call.kind == "task" or call.consumption == AWAITED or not self.python
        self.emit(prog.Alloc(node.id, key_name, retry_attempts(call.task), eager=eager))
        return node

    def never_runs(self, call: DurableCall) -> bool:
        """A Python coroutine (step, sleep, approval, parallel) that is never awaited
        never runs; a task call, and any TypeScript call, runs when called."""
        return self.python and call.kind != "task" and call.consumption == DROPPED

    def callee_name(self, callee: TsNode | None, task: TaskDef | None) -> str:
        if callee is not None and callee.type in ("identifier", "attribute", "member_expression"):
            return self.syn.text(callee)
        if task is not None and task.binding:
            return task.binding
        if task is not None and task.step_name:
            return task.step_name
        return "<inline task>"

    def first_argument(self, call: TsNode, keyword: str) -> TsNode | None:
        args = call.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            if arg.type == "keyword_argument":
                name = arg.child_by_field_name("name")
                if name is not None and self.syn.text(name) == keyword:
                    return arg.child_by_field_name("value")
            elif arg.type != "comment":
                return arg
        return None

    def call_options(self, call: TsNode) -> dict[str, str]:
        """Keyword arguments (Python) or the properties of an options object (TS)."""
        args = call.child_by_field_name("arguments")
        out: dict[str, str] = {}
        for arg in args.named_children if args is not None else ():
            if arg.type == "keyword_argument":
                name, value = arg.child_by_field_name("name"), arg.child_by_field_name("value")
                if name is not None and value is not None:
                    out[self.syn.text(name)] = self.syn.text(value)
            elif arg.type == "object":
                for pair in arg.named_children:
                    if pair.type == "pair":
                        key, value = (
                            pair.child_by_field_name("key"),
                            pair.child_by_field_name("value"),
                        )
                        if key is not None and value is not None:
                            out[self.syn.text(key).strip("\"'")] = self.syn.text(value)
                    elif pair.type == "shorthand_property_identifier":
                        out[self.syn.text(pair)] = self.syn.text(pair)
        return out

    # ---- parallel blocks -----------------------------------------------------------
    def gather(self, call: DurableCall) -> None:
        construct = self.syn.text(call.node.child_by_field_name("function"))
        start = self.add_node(
            "ParallelStart", position(self.model, call.node), label="parallel", construct=construct
        )
        self.emitted.add(_key(call.node))
        branches = [b for b in self.gather_branches(call.node) if self.relevant(b)]
        ends: Frontier = []
        progs: list[prog.Seq] = []
        iterables = []
        for branch in branches:
            self.frontier = [(start.id, None)]
            items, iterable = self.parallel_branch(branch)
            progs.append(items)
            iterables.append(iterable)
            ends.extend(self.frontier)
        if len(iterables) == 1 and iterables[0] is not None:
            start.fields["iterable"] = iterables[0]
        if not branches:
            ends = [(start.id, None)]
        self.emit(prog.Par(progs, python=self.python))
        self.join_node(
            "ParallelEnd",
            end_position(self.model, call.node),
            f"{start.id}_join",
            ends,
            label="join",
        )

    def gather_branches(self, call: TsNode) -> list[TsNode]:
        args = call.child_by_field_name("arguments")
        out: list[TsNode] = []
        for arg in args.named_children if args is not None else ():
            if arg.type in ("comment", "keyword_argument"):
                continue
            out.extend(self.spread_elements(arg))
        return out

    def spread_elements(self, node: TsNode) -> list[TsNode]:
        if node.type in ("list_splat", "spread_element", "parenthesized_expression"):
            inner = node.named_children[0] if node.named_children else None
            return self.spread_elements(inner) if inner is not None else []
        if node.type in ("list", "tuple", "array"):
            out: list[TsNode] = []
            for child in node.named_children:
                if child.type != "comment":
                    out.extend(self.spread_elements(child))
            return out
        return [node]

    def parallel_branch(self, node: TsNode) -> tuple[prog.Seq, str | None]:
        """One branch of a gather: a call, or a fan-out over a comprehension / map."""
        if node.type in self.syn.comprehensions:
            body = node.child_by_field_name("body")
            clause = next((c for c in node.named_children if c.type == "for_in_clause"), None)
            right = clause.child_by_field_name("right") if clause is not None else None
            self.expr(right)
            inner = self.captured(lambda: self.expr(body))
            return prog.Seq([prog.Loop(inner, fanout=True)]), self.syn.text(right) or None
        mapped = self.array_method(node)
        if mapped is not None:
            receiver, fn = mapped
            self.expr(receiver)
            inner = self.captured(lambda: self.fan_out_function(fn))
            return prog.Seq([prog.Loop(inner, fanout=True)]), self.syn.text(receiver)
        return self.captured(lambda: self.expr(node)), None

    def array_method(self, node: TsNode) -> tuple[TsNode, TsNode] | None:
        """`xs.map(fn)` -> (xs, fn)."""
        if node.type not in self.syn.calls:
            return None
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return None
        prop = callee.child_by_field_name("property")
        receiver = callee.child_by_field_name("object")
        args = node.child_by_field_name("arguments")
        fns = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if prop is None or receiver is None or not fns or self.syn.text(prop) not in ARRAY_METHODS:
            return None
        return receiver, fns[0]

    def parallel(self, call: DurableCall) -> None:
        """`parallel(items, fn)`: fn runs once per item, `concurrency` at a time."""
        self.emitted.add(_key(call.node))
        args = call.node.child_by_field_name("arguments")
        positional = [
            a
            for a in (args.named_children if args else [])
            if a.type not in ("comment", "keyword_argument")
        ]
        items = positional[0] if positional else None
        fn = positional[1] if len(positional) > 1 else self.first_keyword(call.node, "fn")
        self.expr(items)
        options = self.call_options(call.node)
        options.pop(self.syn.text(items), None)
        start = self.add_node(
            "ParallelStart",
            position(self.model, call.node),
            label="parallel",
            construct="parallel",
            iterable=self.syn.text(items) or None,
            options=options,
        )
        dropped = self.never_runs(call)
        self.unawaited += dropped
        inner = self.captured(lambda: self.fan_out_function(fn))
        self.unawaited -= dropped
        self.emit(prog.Loop(inner, fanout=True))
        self.join_node(
            "ParallelEnd",
            end_position(self.model, call.node),
            f"{start.id}_join",
            self.frontier or [(start.id, None)],
            label="join",
        )

    def first_keyword(self, call: TsNode, name: str) -> TsNode | None:
        args = call.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            if arg.type == "keyword_argument":
                key = arg.child_by_field_name("name")
                if key is not None and self.syn.text(key) == name:
                    return arg.child_by_field_name("value")
        return None

    def fan_out_function(self, fn: TsNode | None) -> None:
        """The function a fan-out calls per item: a task, a callback, a local function."""
        if fn is None:
            return
        name = self.syn.text(fn)
        task = next((t for t in self.model.tasks if t.binding == name and t.top_level), None)
        if task is None:
            task = next((t for t in self.model.tasks if t.binding == name), None)
        if task is not None and fn.type in ("identifier", "attribute", "member_expression"):
            synthetic = DurableCall("task", fn, Span.of(fn), task=task, name=task.step_name)
            self.durable_node(synthetic, site=fn)
            return
        if fn.type in self.syn.functions:
            self.callback_body(fn)
            return
        if name in self.local_functions:
            self.expand(name)
            return
        self.expr(fn)

    # ---- callbacks and local functions ---------------------------------------------
    def callback_body(self, fn: TsNode) -> None:
        """Run a function's body in place; its `return` ends the callback only."""
        body = fn.child_by_field_name("body")
        frame = _FunctionFrame(callback=True)
        self.functions.append(frame)
        saved = self.breakables
        self.breakables = []
        with self.capture() as items:
            if body is not None and body.type in self.syn.blocks:
                self.block(body)
            else:
                self.expr(body)
        self.breakables = saved
        self.functions.pop()
        self.frontier = self.frontier + frame.returns
        self.emit(prog.Callback(prog.Seq(items)))

    def expand_local_call(self, call: TsNode) -> bool:
        callee = call.child_by_field_name("function")
        name = self.syn.text(callee) if callee is not None else ""
        if name not in self.local_functions or name in self.expanding:
            return False
        args = call.child_by_field_name("arguments")
        self.expr(args)
        self.expand(name)
        return True

    def expand(self, name: str) -> None:
        self.expanding.append(name)
        self.expansion_count += 1
        self.expansions.append(self.expansion_count)
        fn = self.local_functions[name]
        for call in self.durable_in(fn):
            self.emitted.add(_key(call.node))
        self.callback_body(fn)
        self.expansions.pop()
        self.expanding.pop()

    def loose_callback(self, fn: TsNode) -> None:
        """A function with durable calls met in an expression, not given to a fan-out."""
        parent = fn.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        callee = parent.child_by_field_name("function") if parent is not None else None
        if callee is not None and callee.start_byte <= fn.start_byte <= callee.end_byte:
            self.callback_body(fn)  # called on the spot: (async () => {...})()
            return
        in_arguments = parent is not None and parent.type in ("arguments", "argument_list")
        call = parent.parent if in_arguments and parent is not None else None
        mapped = self.array_method(call) if call is not None else None
        if mapped is not None:
            receiver, _ = mapped
            start = self.add_node(
                "ParallelStart",
                position(self.model, call),
                label="parallel",
                construct=self.syn.text(call.child_by_field_name("function")),
                iterable=self.syn.text(receiver),
            )
            inner = self.captured(lambda: self.callback_body(fn))
            self.emit(prog.Loop(inner, fanout=True))
            self.join_node(
                "ParallelEnd",
                end_position(self.model, call),
                f"{start.id}_join",
                self.frontier or [(start.id, None)],
                label="join",
            )
            return
        # Handed to some other function: it may run any number of times, later.
        owner = call if call is not None else fn
        start = self.add_node(
            "LoopStart",
            position(self.model, owner),
            label="callback",
            construct="callback",
            iterable=self.syn.text(owner.child_by_field_name("function"))
            if call is not None
            else None,
        )
        inner = self.captured(lambda: self.callback_body(fn))
        self.emit(prog.Loop(inner))
        self.connect([(s, "next") for s, _ in self.frontier], start.id)
        self.join_node(
            "LoopEnd",
            end_position(self.model, owner),
            f"{start.id}_end",
            [(start.id, "done")],
            label="end callback",
        )

    # ---- expression-level structure ------------------------------------------------
    def conditional(self, node: TsNode, cond: TsNode, yes: TsNode, no: TsNode) -> None:
        self.expr(cond)
        branch = self.add_node(
            "Branch",
            position(self.model, node),
            label="ternary",
            construct="ternary",
            condition=self.syn.text(cond),
        )
        self.frontier = [(branch.id, "true")]
        then = self.captured(lambda: self.expr(yes))
        exits = list(self.frontier)
        self.frontier = [(branch.id, "false")]
        other = self.captured(lambda: self.expr(no))
        exits.extend(self.frontier)
        self.emit(prog.Alt([then, other]))
        self.join_node(
            "Merge", end_position(self.model, node), f"{branch.id}_merge", exits, label="merge"
        )

    def short_circuit(self, node: TsNode, left: TsNode, op: str, right: TsNode) -> None:
        self.expr(left)
        branch = self.add_node(
            "Branch",
            position(self.model, node),
            label=op,
            construct=op,
            condition=self.syn.text(left),
        )
        runs, skips = {"and": ("true", "false"), "&&": ("true", "false")}.get(op, ("false", "true"))
        if op == "??":
            runs, skips = "nullish", "defined"
        self.frontier = [(branch.id, runs)]
        evaluated = self.captured(lambda: self.expr(right))
        exits = self.frontier + [(branch.id, skips)]
        self.emit(prog.Alt([evaluated, prog.Seq([])]))
        self.join_node(
            "Merge", end_position(self.model, node), f"{branch.id}_merge", exits, label="merge"
        )

    def comprehension_loop(self, node: TsNode) -> None:
        """`[await t(x) for x in xs]` outside a gather runs one call after the other."""
        body = node.child_by_field_name("body")
        clause = next((c for c in node.named_children if c.type == "for_in_clause"), None)
        right = clause.child_by_field_name("right") if clause is not None else None
        self.expr(right)
        start = self.add_node(
            "LoopStart",
            position(self.model, node),
            label="comprehension",
            construct="comprehension",
            iterable=self.syn.text(right) or None,
        )
        inner = self.captured(lambda: self.expr(body))
        self.emit(prog.Loop(inner))
        self.connect([(s, "next") for s, _ in self.frontier], start.id)
        self.join_node(
            "LoopEnd",
            end_position(self.model, node),
            f"{start.id}_end",
            [(start.id, "done")],
            label="end comprehension",
        )

    # ---- leftovers -----------------------------------------------------------------
    def detached(self) -> None:
        """Durable calls the walk never reached (in functions nothing calls).

        They are drawn without edges, and allocate nothing: they never run.
        """
        for call in self.calls:
            if _key(call.node) in self.emitted or call.kind in ("gather", "parallel"):
                continue
            self.frontier = []
            with self.capture():
                node = self.durable_node(call)
            node.fields["detached"] = True
            self.frontier = []
        self.frontier = []


def falls_through(statements: list[TsNode]) -> bool:
    last = statements[-1] if statements else None
    return last is None or last.type not in (
        "break_statement",
        "return_statement",
        "throw_statement",
        "continue_statement",
    )


def walk(node: TsNode, stop: frozenset[str] = frozenset()) -> Iterator[TsNode]:
    """Pre-order, without recursion; does not enter nested nodes of `stop` types."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if current is not node and current.type in stop:
            continue
        stack.extend(reversed(current.children))


def _key(node: TsNode) -> tuple[int, int, str]:
    return (node.start_byte, node.end_byte, node.type)


def strip_parens(node: TsNode | None) -> TsNode | None:
    while (
        node is not None and node.type == "parenthesized_expression" and node.named_child_count == 1
    ):
        node = node.named_children[0]
    return node


def strip(text: str | None) -> str | None:
    if text is not None and text.startswith("(") and text.endswith(")"):
        return text[1:-1].strip()
    return text


def position(model: ScriptModel, node: TsNode) -> Position:
    src = model.source
    (sr, sc), (er, ec) = node.start_point, node.end_point
    return Position(sr + 1, src.char_column(sr, sc) + 1, er + 1, src.char_column(er, ec) + 1)


def end_position(model: ScriptModel, node: TsNode) -> Position:
    src = model.source
    er, ec = node.end_point
    col = src.char_column(er, ec) + 1
    return Position(er + 1, col, er + 1, col)


def header_position(model: ScriptModel, start: TsNode, end: TsNode | None) -> Position:
    """From a compound statement's keyword to the end of its header."""
    src = model.source
    sr, sc = start.start_point
    if end is None:  # `try` / `do`: the keyword alone
        end_point = start.children[0].end_point if start.children else start.end_point
    else:
        end_point = end.end_point
    er, ec = end_point
    return Position(sr + 1, src.char_column(sr, sc) + 1, er + 1, src.char_column(er, ec) + 1)
