"""Expressions: durable calls in evaluation order, parallel blocks and fan-outs,
callbacks and local functions, and the branches hidden in ternaries and `and`/`or`."""

from __future__ import annotations

from wac_lint.graph import program as prog
from wac_lint.graph.base import BuilderBase, Frontier, FunctionFrame, TsNode
from wac_lint.graph.graph import Node
from wac_lint.graph.index import field_ids
from wac_lint.graph.keys import NEVER_AWAITED, KeyName
from wac_lint.graph.naming import (
    call_key_name,
    constant_name,
    retry_attempts,
)
from wac_lint.graph.positions import (
    end_position,
    node_key,
    position,
)
from wac_lint.model import AWAITED, DROPPED, DurableCall, DurableKind, Span, TaskDef

# Callbacks of these array methods run once per element, all at once when async.
ARRAY_METHODS = frozenset({"map", "flatMap", "forEach", "filter", "some", "every", "reduce"})


class ExpressionBuilder(BuilderBase):
    def expr(self, node: TsNode | None) -> None:
        """Draw the durable calls of an expression in evaluation order."""
        # A token holds no durable call, exit or local call: skip the lookups.
        if node is None or node.child_count == 0:
            return
        plain = self.plain_call(node)
        if plain is not None:
            self.durable(plain)
            return
        if not self.relevant(node):
            return
        call = self.by_node.get(node_key(node))
        if call is not None:
            if call.kind == "gather":
                self.gather(call)
            elif call.kind == "parallel":
                self.parallel(call)
            else:
                for child in node.children:  # arguments evaluate before the call
                    if child.child_count:
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
            if child.child_count:  # a token holds nothing drawn: no call for it
                self.expr(child)

    def durable(self, call: DurableCall, site: TsNode | None = None) -> Node:
        """One durable operation; `site` is where a fan-out names its task."""
        self.emitted.append(call)
        return self.durable_node(call, site)

    def durable_node(self, call: DurableCall, site: TsNode | None = None) -> Node:
        type_, fields, key_name = self.durable_fields(call, site)
        node = self.add_node_with(type_, position(self.model, site or call.node), fields)
        self.call_site[node.id] = call.node if site is None else site
        self.instance[node.id] = tuple(self.expansions) if self.expansions else ()
        if self.never_runs(call) or self.unawaited:
            self.not_run[node.id] = NEVER_AWAITED  # allocates nothing
            return node
        eager = call.kind == "task" or call.consumption == AWAITED or not self.lazy_coroutines
        task = call.task
        if task is None:
            retries = retry_attempts(None)
        else:  # the same for every call of the task: worked out once
            retries = self.task_retries.get(id(task), -1)
            if retries == -1:
                retries = self.task_retries[id(task)] = retry_attempts(task)
        self.seqs[-1].append(prog.Alloc(node.id, key_name, retries, eager))
        return node

    def durable_fields(
        self, call: DurableCall, site: TsNode | None
    ) -> tuple[str, dict[str, object], KeyName]:
        """Node type, JSON fields, and the name the SDK allocates a key for."""
        if call.kind == "task":
            return self.step_fields(call, site)
        fields: dict[str, object] = {}
        if call.kind == "sleep":
            seconds = self.syn.text(self.first_argument(call.node, "seconds"))
            fields.update(label=f"sleep({seconds})", seconds=seconds or None)
            return "Sleep", fields, call_key_name(self.model, call)
        name = constant_name(self.model, call)
        if call.kind == "step":
            type_ = "InlineStep"
            fields.update(label=name if name is not None else "step", name=name)
        else:
            type_ = "WaitForApproval"
            label = self.model.lang.sdk_names["wait_for_approval"]
            fields.update(label=label, name=name)
        if not call.name_is_literal:
            fields.update(name_source=self.syn.text(call.name_node))
        if type_ == "WaitForApproval":
            fields.update(options=self.call_options(call.node))
        return type_, fields, call_key_name(self.model, call)

    def step_fields(
        self, call: DurableCall, site: TsNode | None
    ) -> tuple[str, dict[str, object], KeyName]:
        callee = (
            site
            if site is not None
            else call.node.child_by_field_id(field_ids(self.model.source.language).function)
        )
        name = self.callee_name(callee, call.task)
        task = call.task
        fields: dict[str, object] = {
            "label": name,
            "name": name,
            "script": task.path if task is not None and task.path else name,
            "task": task.kind if task is not None else "task",
            "options": dict(task.options) if task is not None else {},
        }
        if task is None:
            return "Step", fields, call_key_name(self.model, call, KeyName.dynamic("<task>", ".+"))
        key_name = self.task_key_names.get(id(task))
        if key_name is None:  # the same for every call of the task: worked out once
            key_name = self.task_key_names[id(task)] = self.syn.task_key_name(task, self.rewritten)
        return "Step", fields, key_name

    def never_runs(self, call: DurableCall) -> bool:
        """A coroutine (step, sleep, approval, parallel) that is never awaited never
        runs where coroutines start when awaited (Python); a task call, and any call
        where they start at once (TypeScript's promises), runs when called."""
        return self.lazy_coroutines and call.kind != "task" and call.consumption == DROPPED

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
        self.emitted.append(call)
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
        self.emit(prog.Par(progs, lazy_coroutines=self.lazy_coroutines))
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
        self.emitted.append(call)
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
            synthetic = DurableCall(
                DurableKind.TASK, fn, Span.of(fn), task=task, name=task.step_name
            )
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
        frame = FunctionFrame(callback=True)
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
            self.emitted.append(call)
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
        if mapped is not None and call is not None:  # `mapped` implies `call`
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
