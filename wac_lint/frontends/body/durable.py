"""The body walk's durable results and suspensions: the `DurableFlow` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from wac_lint.frontends.body.records import Frame, Node, iter_nodes, key, truth_tested
from wac_lint.frontends.body.tasks import TaskLookups
from wac_lint.frontends.body.vocabulary import (
    ADDING_METHODS,
    AWAITS_RETURNED,
    CONTAINERS,
    EARLY_EXIT_WORDS,
    FILLING_METHODS,
    LOGICAL_EXPRESSIONS,
    LOGICAL_OPERATORS,
    LOOP_HEADS,
    MAX_STATEMENT_DEPTH,
    ORDER_KEEPING_METHODS,
    QUEUEING_METHODS,
    SEQUENCE_LITERALS,
    SEQUENCE_PATTERNS,
    STATEMENT_BLOCKS,
    STORING_METHODS,
    SUBSCRIPTS,
    TASK_SEQUENCES,
    TRUTH_TESTS,
    UNPACKING,
)
from wac_lint.model import (
    AWAITED,
    DROPPED,
    GATHERED,
    RETURNED,
    STORED,
    UNKNOWN,
    Consumption,
    DurableCall,
    DurableKind,
    Handback,
    ParamKind,
    Span,
    TaskDef,
)
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope


class DurableFlow(TaskLookups):
    """Where a durable call's result goes (awaited, stored, gathered, handed back, or
    dropped) and whether an expression suspends the workflow."""

    def queued_function_suspends(self, callee: Node, scope: Scope) -> bool:
        """`for (const undo of compensations.reverse()) await undo()` (Python: `for undo
        in reversed(compensations): await undo()`): a loop variable over a list the file
        builds (`const compensations = []`, bound once) from functions it pushes onto it
        (`compensations.push(() => cancelFlight(ref))`, `.append(lambda: ...)`) or lists
        in place, one of which reaches a durable call, so calling the item can dispatch
        one. Once per loop variable."""
        if callee.type not in self.syntax.identifier:
            return False
        # the loop's own scope (a TS `for (const x of ...)`), which `scope` may enclose
        binding = self.semantic.resolve(callee, scope) or self.semantic.resolve(callee)
        if binding is None or binding.kind != NameKind.LOOP:
            return False
        memo = self.queued_memo
        k = key(binding.node)
        if k not in memo:
            memo[k] = False  # a cycle reaches nothing new
            memo[k] = self._queued_function_suspends(binding)
        return memo[k]

    def _queued_function_suspends(self, binding: Binding) -> bool:
        loop = binding.node.parent
        while loop is not None and loop.type not in LOOP_HEADS:
            loop = loop.parent
        iterable = loop.child_by_field_name("right") if loop is not None else None
        # `xs.reverse()`, `xs.slice()`, `reversed(xs)`, `list(xs)`: the same functions
        while iterable is not None and iterable.type in self.syntax.call:
            callee = self.fe.callee(iterable)
            if callee is not None and callee.type == self.syntax.attribute:
                method = callee.child_by_field_name(self.syntax.attribute_name_field)
                if method is None or self.fe.text(method) not in ORDER_KEEPING_METHODS:
                    return False
                iterable = callee.child_by_field_name("object")
            elif callee is not None and self.fe.text(callee) in ("reversed", "list", "tuple"):
                args = iterable.child_by_field_name("arguments")
                given = [a for a in args.named_children if a.type != "comment"] if args else []
                iterable = given[0] if len(given) == 1 else None
            else:
                return False
        if iterable is None or iterable.type not in self.syntax.identifier:
            return False
        held = self.semantic.resolve(iterable, self.semantic.scope_at(iterable))
        if held is None or held.kind != NameKind.ASSIGNMENT or held.rebound:
            return False
        value = held.value
        if value is None or value.type not in TASK_SEQUENCES:
            return False
        queued = [c for c in value.named_children if c.type != "comment"]
        name = self.fe.text(iterable)
        for call in self.model.node_index.of_kinds(self.syntax.call, held.scope.node):
            callee = self.fe.callee(call)
            if callee is None or callee.type != self.syntax.attribute:
                continue
            owner = callee.child_by_field_name("object")
            method = callee.child_by_field_name(self.syntax.attribute_name_field)
            if owner is None or method is None or self.fe.text(owner) != name:
                continue
            if self.fe.text(method) not in QUEUEING_METHODS:
                continue
            args = call.child_by_field_name("arguments")
            queued += [a for a in args.named_children if a.type != "comment"] if args else []
        return any(
            item.type in self.syntax.function
            and self.reaches_durable(item, self.semantic.scope_at(item))
            for item in queued
        )

    def hands_back_value(self, function: Node) -> bool:
        """The callback gives its caller a value: it is async (a promise of its
        awaits), an expression body, or a block with a `return` of a value. A
        `forEach` callback that only stores its task calls (`pending.push(t(x))`,
        awaited later) drops nothing of theirs."""
        body = function.child_by_field_name("body")
        if body is None or any(c.type == "async" for c in function.children[:3]):
            return True
        if body.type != "statement_block":
            return True
        stack = list(body.named_children)
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in self.syntax.returns and node.named_children:
                return True
            stack.extend(node.named_children)
        return False

    def factory_given_durable(self, callee: Node, scope: Scope) -> bool:
        """`sync = withRetries(pushStock)` then `sync(sku)`: the function the file's
        factory returns was handed a task (or a durable call) where it was made, so the
        handlers in it guard durable calls, as if the call passed the task itself."""
        from wac_lint.semantic import Binding

        if callee.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(callee, scope)
        if self.factory_product(binding) is None or not isinstance(binding, Binding):
            return False
        value = binding.assigned_value
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        args = value.child_by_field_name("arguments") if value is not None else None
        where = binding.scope
        return args is not None and (
            self.arguments_hold_durable(args, where) or self.passes_task(args, where)
        )

    def product_forwards_task(self, callee: Node, product: Node, scope: Scope) -> bool:
        """`tracedClose = traced(closeRoad)` then `tracedClose(id)`, where the file's
        `traced(f)` returns `(...a) => { log(f.name); return f(...a); }`: the product
        returns the call of a parameter of its factory that was handed a task (or a
        durable call) where it was made, so what it returns is that task's promise."""
        from wac_lint.semantic import Binding

        if not self.factory_given_durable(callee, scope):
            return False
        binding = self.semantic.resolve(callee, scope)
        value = binding.assigned_value if isinstance(binding, Binding) else None
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        maker = self.fe.callee(value) if value is not None else None
        factory = (
            self.binding_function(self.semantic.resolve(maker, binding.scope))
            if maker is not None
            and maker.type in self.syntax.identifier
            and isinstance(binding, Binding)
            else None
        )
        if factory is None:
            return False
        params = {p.name for p in self.fe.function_info(factory[1]).params}
        body = product.child_by_field_name("body")
        if body is None:
            return False
        if any(c.type == "async" for c in product.children[:3]):
            # `async (id) => { const r = await f(id); ... }`: it runs the task itself
            stack = [body]
            while stack:
                node = stack.pop()
                if node.type in self.syntax.function:
                    continue  # a nested function runs only where it is called
                called = self.fe.callee(node) if node.type in self.syntax.call else None
                if called is not None and called.type in self.syntax.identifier:
                    if self.fe.text(called) in params:
                        return True
                stack.extend(node.named_children)
            return False
        returned = [body] if body.type != "statement_block" else self.fe.own_returns(body)
        for value in returned:
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if value.type not in self.syntax.call:
                continue
            called = self.fe.callee(value)
            if called is not None and called.type in self.syntax.identifier:
                if self.fe.text(called) in params:
                    return True
        return False

    def add_durable(
        self,
        call: Node,
        callee: Node,
        kind: DurableKind,
        frame: Frame,
        task: TaskDef | None = None,
    ) -> None:
        fe = self.fe
        durable = DurableCall(kind, call, Span.of(callee), task=task, in_callback=frame.in_callback)
        if kind == DurableKind.STEP:
            args = fe.positional_args(call)
            durable.name_node = args[0] if args else fe.keyword_arg(call, "name")
            durable.name = fe.string_value(durable.name_node)
            durable.name_is_literal = durable.name is not None
        elif kind == DurableKind.APPROVAL:
            key_node = fe.keyword_arg(call, "key")
            durable.name_node = key_node
            durable.name = fe.string_value(key_node) if key_node is not None else None
            durable.name_is_literal = key_node is None or durable.name is not None
        elif kind == DurableKind.TASK and task is not None:
            durable.name = task.step_name
        self.settle(durable, frame)
        self.model.durable_calls.append(durable)

    def settle(self, durable: DurableCall, frame: Frame) -> None:
        """How the body uses a durable call's result (or the callback's it is in)."""
        if frame.dropper is not None:
            durable.consumption = DROPPED
            durable.dropped_by = frame.dropper
        else:
            durable.consumption, decided, durable.contained = self._consumption(durable.node)
            if durable.consumption == DROPPED and decided is not durable.node:
                # `pMap(xs, (x) => t(x))` / `p.then(() => t(x))` as a statement: the
                # outer call resolves with the task's promise, and is what is dropped
                callee = self.fe.callee(decided) if decided.type in self.syntax.call else None
                if callee is not None and self.fe.qualname(callee) in self.fe.promise_chainers:
                    durable.dropped_by = Span.of(callee)

    def add_helper_call(
        self, call: Node, callee: Node, function: Node, frame: Frame, forwards: bool = False
    ) -> None:
        """A call of the file's own async function that runs durable operations: its
        coroutine / promise must be consumed like a task's. `forwards`: a plain
        function that returns the call of a task this call hands it."""
        is_async = any(c.type == "async" for c in function.children[:3])
        handback = Handback.NONE if is_async else self.hands_back_durable(function)
        if forwards and handback == Handback.NONE:
            handback = Handback.ONE
        if not is_async and handback == Handback.NONE:
            return
        durable = DurableCall(
            DurableKind.HELPER,
            call,
            Span.of(callee),
            in_callback=frame.in_callback,
            function=function,
            handback=handback,
        )
        self.settle(durable, frame)
        self.model.helper_calls.append(durable)

    def forwards_passed_task(self, function: Node, call: Node, scope: Scope) -> bool:
        """`submit(notify, shipment_id=s)` where the file's plain `def submit(fn, *args,
        **kwargs)` does `return fn(*args, **kwargs)`: the helper calls the function it is
        handed and returns its result, so what comes back here is the task's coroutine /
        promise, to be consumed like the task call itself. An `async def` helper doing
        the same (`async def spawn(self, fn, *a): return fn(*a)`) hands it back from its
        own coroutine: awaiting the helper gives that awaitable, not the task's result."""
        body = function.child_by_field_name("body")
        if body is None:
            return False
        fe = self.fe
        info = fe.function_info(function).params
        plain = [p.name for p in info if p.kind == ParamKind.PLAIN]
        named = {p.name for p in info if p.kind in (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)}
        forwarded: set[str] = set()
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue
            if node.type in self.syntax.returns:
                value = next((c for c in node.named_children if c.type != "comment"), None)
                while value is not None and value.type == "parenthesized_expression":
                    value = value.named_children[0] if value.named_children else None
                is_call = value is not None and value.type in self.syntax.call
                callee = fe.callee(value) if value is not None and is_call else None
                if callee is not None and callee.type in self.syntax.identifier:
                    binding = self.semantic.resolve(callee)
                    if binding is not None and binding.kind == NameKind.PARAMETER:
                        forwarded.add(fe.text(callee))
                continue
            stack.extend(node.named_children)
        if not forwarded:
            return False
        called = fe.callee(call)
        if plain and plain[0] in ("self", "cls") and called is not None:
            if called.type == self.syntax.attribute:
                plain = plain[1:]  # `runner.submit(t, x)`: `self` is not passed
        given = list(zip(plain, fe.positional_args(call), strict=False))
        if self.syntax.keyword_argument:
            given += [(p, v) for p in named if (v := fe.keyword_arg(call, p)) is not None]
        return any(
            param in forwarded
            and arg.type in self.syntax.identifier
            and (self.task_of(arg, scope) is not None or self.imported_task(arg, scope))
            for param, arg in given
        )

    def calls_task_field(self, method: tuple[str, Node, Scope], call: Node, scope: Scope) -> bool:
        """`sig.delay()` where `sig` was built `Sig(renew, h)` by a class of the file whose
        constructor keeps its `fn` parameter in a field (`self.fn = fn`, `this.fn = fn`,
        a TypeScript parameter property, a list of tasks `this.steps = steps`) and the
        method calls that field (`return self.fn(*self.args)`, `for (const s of
        this.steps) x = await s(x)`): the method runs the task it was handed. An async
        method is a durable helper; a plain one must hand the call back (`return`)."""
        callee = self.fe.callee(call)
        if callee is None or callee.type != self.syntax.attribute:
            return False
        obj = callee.child_by_field_name("object")
        if obj is None:
            return False
        _, function, class_scope = method
        if function.child_by_field_name("body") is None:
            return False
        fields: set[str] = set()
        for built, where in self.constructions(obj, scope, 0)[:16]:
            fields |= self.task_fields(built, where, class_scope)
        if not fields:
            return False
        memo = (key(function), frozenset(fields))
        if memo not in self.field_call_memo:
            self.field_call_memo[memo] = self.method_calls_fields(function, fields)
        called = self.field_call_memo[memo]
        if called is None:
            return False
        known = self.task_field_calls.setdefault(key(function), (set(), set()))
        known[0].update(called[0])
        known[1].update(called[1])
        return True

    def built_methods(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`sig.delay()` where `sig` loops over `[Sig(renew, h) for h in hosts]` (or is
        bound to one built instance): the method of the class of the file that built it."""
        parts = self.attribute_parts(callee)
        if parts is None:
            return []
        obj, attr = parts
        if obj.type not in self.syntax.identifier:
            return []
        found: list[tuple[str, Node, Scope]] = []
        for built, where in self.constructions(obj, scope, 0)[:16]:
            maker = built.child_by_field_name(
                "constructor" if built.type in self.syntax.new else "function"
            )
            made = self.file_class(maker, where) if maker is not None else None
            method = self.class_method(made, self.fe.text(attr)) if made is not None else None
            if method is not None and all(m[1] != method[1] for m in found):
                found.append(method)
        return found

    def constructions(self, obj: Node, scope: Scope, depth: int) -> list[tuple[Node, Scope]]:
        """The calls (`Sig(...)`, `new Job(...)`) that built the object `obj` names: the
        expression itself, a name bound to one once, or a loop variable over a literal
        list / comprehension of them (bounded)."""
        syntax = self.syntax
        while obj.type in syntax.awaits or obj.type == "parenthesized_expression":
            if not obj.named_children:
                return []
            obj = obj.named_children[-1]
        if obj.type in syntax.call or obj.type in syntax.new:
            return [(obj, scope)]
        if depth >= 3:
            return []
        if obj.type in ("ternary_expression", "conditional_expression"):
            # `oil ? new FinishJob(i) : new VarnishJob(i)` (Python `A() if c else B()`):
            # either one, so the method of each
            if obj.type == "ternary_expression":
                sides = [obj.child_by_field_name(f) for f in ("consequence", "alternative")]
            else:
                named = [c for c in obj.named_children if c.type != "comment"]
                sides = [named[0], named[2]] if len(named) == 3 else []
            return [
                made
                for side in sides
                if side is not None
                for made in self.constructions(side, scope, depth + 1)
            ]
        if obj.type not in syntax.identifier:
            return []
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.rebound:
            return []
        if binding.kind == NameKind.ASSIGNMENT and binding.assigned_value is not None:
            if binding.member:
                return []
            return self.constructions(binding.assigned_value, binding.scope, depth + 1)
        if binding.kind != NameKind.LOOP:
            return []
        loop = binding.node.parent
        for _ in range(2):  # `for sig in xs` / `for (const s of xs)`
            if (
                loop is None
                or loop.type in LOOP_HEADS
                or loop.type
                in (
                    "for_statement",
                    "for_in_statement",
                )
            ):
                break
            loop = loop.parent
        items = loop.child_by_field_name("right") if loop is not None else None
        if items is None:
            return []
        if items.type in syntax.identifier:
            held = self.semantic.resolve(items, binding.scope)
            if not isinstance(held, Binding) or held.rebound or held.assigned_value is None:
                return []
            items = held.assigned_value
        if items.type in syntax.comprehension:
            made = items.child_by_field_name("body")
            return self.constructions(made, binding.scope, depth + 1) if made else []
        if items.type not in ("list", "tuple", "array"):
            return []
        out: list[tuple[Node, Scope]] = []
        for element in items.named_children[:16]:
            if element.type in syntax.call or element.type in syntax.new:
                out.append((element, binding.scope))
        return out

    def task_fields(self, built: Node, scope: Scope, class_scope: Scope) -> set[str]:
        """The fields of the object `built` makes that its constructor fills from a
        parameter given a task, or a literal list of tasks (empty unless the object is
        an instance of `class_scope` or of a class extending it)."""
        syntax = self.syntax
        fe = self.fe
        maker = built.child_by_field_name("constructor" if built.type in syntax.new else "function")
        made = self.file_class(maker, scope) if maker is not None else None
        if made is None or not self.inherits(made, class_scope):
            return set()
        ctor = self.class_method(made, "constructor" if syntax.new else "__init__")
        if ctor is None:
            return self.task_record_fields(built, made, scope)
        function = ctor[1]
        params = function.child_by_field_name("parameters")
        body = function.child_by_field_name("body")
        if params is None or body is None:
            return set()
        names: list[str] = []
        properties: set[str] = set()
        for param in params.named_children:
            if param.type == "comment":
                continue
            if param.type in (
                "list_splat_pattern",
                "dictionary_splat_pattern",
                "keyword_separator",
            ):
                break
            name = param.child_by_field_name("pattern") or param.child_by_field_name("name")
            if param.type in syntax.identifier:
                name = param
            elif param.type == "typed_parameter" and param.named_children:
                name = param.named_children[0]
            if name is None or name.type not in syntax.identifier:
                break
            names.append(fe.text(name))
            if any(c.type in ("accessibility_modifier", "readonly") for c in param.children):
                properties.add(fe.text(name))  # `constructor(private fn: ...)`
        if not syntax.new and names:
            names = names[1:]  # `self`
        given = dict(zip(names, fe.positional_args(built), strict=False))
        if syntax.keyword_argument:
            for spelled in names:
                value = fe.keyword_arg(built, spelled)
                if value is not None:
                    given[spelled] = value
        tasked = {p for p, value in given.items() if self.task_value(value, scope)}
        if not tasked:
            return set()
        fields = tasked & properties
        for attr_name, param_name in self.stored_parameters(body):
            if param_name in tasked:
                fields.add(attr_name)
        return fields

    def stored_parameters(self, body: Node) -> list[tuple[str, str]]:
        """`self.fn = fn` / `this.fn = fn` in a constructor: (field, name stored), read
        once per constructor however many objects the body builds."""
        k = key(body)
        known = self.stored_memo.get(k)
        if known is not None:
            return known
        syntax = self.syntax
        fe = self.fe
        found: list[tuple[str, str]] = []
        for node in iter_nodes(body):
            if node.type not in ("assignment", "assignment_expression"):
                continue
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                continue
            field = self.own_field(left)
            if field is not None and right.type in syntax.identifier:
                found.append((field, fe.text(right)))
        self.stored_memo[k] = found
        return found

    def task_record_fields(self, built: Node, made: Scope, scope: Scope) -> set[str]:
        """A dataclass / NamedTuple of the file built with a task for an annotated field
        (`Job(fn=renew, host=h)`, `Job(renew, h)`): the fields given one."""
        if not self.syntax.keyword_argument:
            return set()
        node = made.node
        body = node.child_by_field_name("body") or node
        fields: set[str] = set()
        for statement in body.named_children[:64]:
            inner = statement.named_children[0] if statement.named_children else None
            if statement.type != "expression_statement" or inner is None:
                continue
            target = inner.child_by_field_name("left")
            if inner.type != "assignment" or inner.child_by_field_name("type") is None:
                continue
            if target is None or target.type not in self.syntax.identifier:
                continue
            given = self.field_argument(built, self.fe.text(target))
            if given is not None and self.task_value(given, scope):
                fields.add(self.fe.text(target))
        return fields

    def task_value(self, value: Node, scope: Scope) -> bool:
        """A task named (`renew`), or a literal list of them (`[extract, load]`)."""
        items = [value]
        if value.type in ("list", "tuple", "array"):
            items = [i for i in value.named_children if i.type != "comment"]
        return bool(items) and any(
            i.type in self.syntax.identifier
            and (self.task_of(i, scope) is not None or self.imported_task(i, scope))
            for i in items[:16]
        )

    def method_calls_fields(
        self, function: Node, fields: set[str]
    ) -> tuple[set[str], set[str]] | None:
        """The method calls `self.<field>(...)` (or each function of a field it loops
        over); a plain (not async) one must return that call. The fields it calls and
        the loop variables it calls them by, or None."""
        syntax = self.syntax
        fe = self.fe
        is_async = any(c.type == "async" for c in function.children[:3])
        body = function.child_by_field_name("body")
        if body is None:
            return None
        looped: set[str] = set()
        for node in iter_nodes(body):
            if node.type not in ("for_statement", "for_in_statement"):
                continue
            right = node.child_by_field_name("right")
            left = node.child_by_field_name("left")
            if right is None or left is None:
                continue
            if self.own_field(right) in fields and left.type in syntax.identifier:
                looped.add(fe.text(left))
        hits: tuple[set[str], set[str]] = (set(), set())
        for node in iter_nodes(body):
            if node.type not in syntax.call:
                continue
            called = fe.callee(node)
            if called is None:
                continue
            if called.type == syntax.attribute:
                hit = self.own_field(called) in fields
            else:
                hit = called.type in syntax.identifier and fe.text(called) in looped
            if not hit:
                continue
            if not is_async:
                parent = node.parent
                while parent is not None and parent.type in syntax.transparent:
                    parent = parent.parent
                if parent is None or parent.type not in syntax.returns:
                    continue
            if called.type == syntax.attribute:
                hits[0].add(fe.text(called).rsplit(".", 1)[-1])
            else:
                hits[1].add(fe.text(called))
        return hits if hits[0] or hits[1] else None

    def hands_back_durable(self, function: Node) -> Handback:
        """A function that is not async (a Python `def`, a TypeScript `function`,
        `function*` or arrow) that yields or returns the coroutine / promise of a
        durable call (`yield resize(image)`, `return [notify(u) for u in users]`,
        `(id) => ship(id)`): calling it queues the steps (both SDKs dispatch a task
        when it is called), and what it hands back must be awaited like a task's."""
        k = key(function)
        known = self.handback_memo.get(k)
        if known is None:
            # a helper called from many places is read once; a cycle hands back nothing
            self.handback_memo[k] = Handback.NONE
            known = self.handback_memo[k] = self.read_handback(function)
        return known

    def read_handback(self, function: Node) -> Handback:
        body = function.child_by_field_name("body")
        if body is None:
            return Handback.NONE
        if function.type == "arrow_function" and body.type != "statement_block":
            return self.hands_back_here(body)  # `(id) => ship(id)`: what it returns
        found = Handback.NONE
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue
            if node.type in ("yield", "yield_expression", "return_statement"):
                here = self.hands_back_here(node)
                if here == Handback.NONE and self.delegates_durable(node):
                    return Handback.MANY  # `yield* noticesFor(s)`: what it yields, yielded
                if here == Handback.MANY:
                    return here
                if here == Handback.ONE:
                    found = here
                continue
            stack.extend(node.named_children)
        return found

    def delegates_durable(self, node: Node) -> bool:
        """`yield* noticesFor(s)` / `yield from notices_for(s)`: a delegation to a
        generator of the file that yields durable calls' awaitables."""
        if not any(c.type in ("*", "from") for c in node.children):
            return False
        value = next((c for c in node.named_children if c.type != "comment"), None)
        if value is None or value.type not in self.syntax.call:
            return False
        callee = self.fe.callee(value)
        if callee is None or callee.type not in self.syntax.identifier:
            return False
        found = self.binding_function(self.semantic.resolve(callee, self.semantic.scope_at(callee)))
        return found is not None and self.hands_back_durable(found[1]) != Handback.NONE

    def hands_back_here(self, value: Node) -> Handback:
        """A durable call in `value` whose result is not awaited there: one, or one
        per item of a collection (a list, a comprehension, a mapper's result)."""
        syntax = self.syntax
        found = Handback.NONE
        values = [(value, False)]
        while values:
            current, many = values.pop()
            if current.type in syntax.call:
                if not many and self.gathers_durable(current):
                    found = Handback.ONE  # `Promise.all(ids.map(...))`: one awaitable
                    continue
                if self.maps_durable(current):
                    return Handback.MANY
                if self.is_durable_call(current):
                    if many:
                        return Handback.MANY
                    found = Handback.ONE
                    continue
            if current.type in syntax.function or current.type in syntax.awaits:
                continue  # awaited there, or a function of its own
            inner = many or current.type in CONTAINERS or current.type in syntax.comprehension
            values.extend((child, inner) for child in current.named_children)
        return found

    def gathers_durable(self, call: Node) -> bool:
        """`asyncio.gather(*[ship(i) for i in ids])`: the durable calls it is given,
        gathered into one awaitable (Python's `as_completed` hands back many)."""
        callee = self.fe.callee(call)
        qual = self.fe.qualname(callee) if callee is not None else None
        if qual not in self.fe.gather_names or qual == "asyncio.as_completed":
            return False
        args = call.child_by_field_name("arguments")
        return args is not None and self.hands_back_here(args) != Handback.NONE

    def maps_durable(self, call: Node) -> bool:
        """`ids.map((id) => ship(id))`, `map(ship, ids)`: a mapper whose result holds
        the promise / coroutine of a durable call per item, none awaited there."""
        fe = self.fe
        callee = fe.callee(call)
        qual = fe.qualname(callee) if callee is not None else None
        if qual not in fe.task_mappers:
            return False
        if qual in fe.lazy_mappers:
            parent = self.parent_of(call)
            if parent is None or parent.type not in ("argument_list", "list_splat"):
                return False  # `return map(ship, ids)`: nothing is called until iterated
        for arg in fe.positional_args(call):
            if arg.type in self.syntax.identifier and fe.text(arg) in fe.task_bindings:
                return True
            if arg.type not in self.syntax.function:
                continue
            if any(c.type == "async" for c in arg.children[:3]):
                body = arg.child_by_field_name("body")
                if body is not None and self.holds_durable_call(body):
                    return True  # `async (id) => { await ship(id); }`: a promise each
            elif self.hands_back_durable(arg) != Handback.NONE:
                return True
        return False

    def holds_durable_call(self, root: Node) -> bool:
        """A durable call in `root`, outside the functions defined there."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.call and self.is_durable_call(node):
                return True
            if node is not root and node.type in self.syntax.function:
                continue
            stack.extend(node.named_children)
        return False

    # ---- how a durable result is used --------------------------------------
    def consumption(self, call: Node) -> Consumption:
        return self.consumption_at(call)[0]

    def consumption_at(self, call: Node) -> tuple[Consumption, Node]:
        """How a value is used, and the node whose use decides it (the stored one)."""
        verdict, node, _ = self._consumption(call)
        return verdict, node

    def _consumption(self, call: Node) -> tuple[Consumption, Node, bool]:
        """How a value is used, the node whose use decides it, and whether the value
        got there inside a container (a list, a comprehension, the result of `.map`)."""
        self._contained = False
        verdict, node = self._consumption_walk(call)
        return verdict, node, self._contained

    def _consumption_walk(self, call: Node) -> tuple[Consumption, Node]:
        syntax = self.syntax
        fe = self.fe
        up = self.climber(call)
        node = call
        while True:
            parent = up(node)
            if parent is None:
                return UNKNOWN, node
            kind = parent.type
            if kind in syntax.awaits:
                return AWAITED, node
            if kind in TRUTH_TESTS and truth_tested(parent, node):
                return DROPPED, node  # `if x:`, `x ? a : b`, `not x`: an awaitable is truthy
            if kind in syntax.formatted:
                return DROPPED, node  # f"{x}", `${x}`: formatted as text, never awaited
            if kind in syntax.transparent or kind in syntax.comprehension:
                if kind in CONTAINERS or kind in syntax.comprehension:
                    self._contained = True
                node = parent
                continue
            # `list(t(x) for x in xs)`: a generator expression is the call's arguments
            sole_argument = (
                kind in syntax.call
                and node.type == "generator_expression"
                and parent.child_by_field_name("arguments") == node
            )
            if kind in syntax.arguments or sole_argument:
                outer = parent if sole_argument else up(parent)
                if outer is not None and not sole_argument and fe.ignores_argument(outer, node):
                    return DROPPED, node  # given to a parameter nothing ever reads
                if outer is not None and outer.type in syntax.call:
                    if fe.gather_qualname(outer):
                        return GATHERED, node
                    if self.is_durable_call(outer):
                        return DROPPED, node  # an un-awaited result passed on as a task's input
                    callee = fe.callee(outer)
                    qual = fe.qualname(callee) if callee is not None else None
                    if qual in fe.value_wrappers:
                        if qual in fe.key_views and self.names_dict(node):
                            return DROPPED, node  # sorted(d), list(d): its keys, not its values
                        node = outer  # create_task(x), list(x): the value flows on
                        continue
                    if qual in fe.inspecting_calls:
                        return DROPPED, node  # len(x), str(x): looked at, never awaited
                    holder = self.added_to(callee, node)
                    if holder is not None:
                        # `pending.add(job)`: the awaitable lives on in `pending`, which
                        # decides its fate (`gather(*pending)`, or nothing at all): read
                        # once the walk has seen the whole body (see `stored_use`)
                        if not self.settling:
                            return STORED, node
                        return self.container_use(holder, outer), node
                    if (
                        callee is not None
                        and node.type in syntax.function
                        and callee.type == syntax.attribute
                        and (method := callee.child_by_field_name(syntax.attribute_name_field))
                        is not None
                        and fe.text(method) in STORING_METHODS
                        and qual not in fe.promise_chainers  # p-queue's `add` runs it
                    ):
                        # `undo.push(() => cancel(ref))`: the function is kept for later,
                        # not run; whoever calls it gets the task's promise back
                        return STORED, node
                    if (
                        callee is not None
                        and node.type in syntax.function
                        and qual in AWAITS_RETURNED
                    ):
                        # `stack.push_async_callback(lambda: release(x))`: the stack
                        # awaits what the function returns
                        return AWAITED, node
                    if callee is not None and node.type in syntax.function:
                        node = outer  # e.g. xs.map(x => task(x)): follow the mapped result
                        self._contained = True
                        continue
                    if callee is not None and fe.dotted(callee) is None:
                        node = outer
                        continue
                    position = None if sole_argument else self.zipped_position(qual, parent, node)
                    loop = up(outer)
                    if (
                        position is not None
                        and node.type in syntax.identifier
                        and loop is not None
                        and loop.type in ("for_statement", "for_in_clause")
                        and loop.child_by_field_name("right") == outer
                        and not any(c.type == "async" for c in loop.children[:1])
                    ):
                        # `for r, job in zip(rows, jobs):`: each item is that target
                        return self.loop_item_use(loop, position), node
                return UNKNOWN, node
            if kind in syntax.returns:
                fn = up(parent)
                while fn is not None and fn.type not in syntax.function:
                    fn = up(fn)
                if fn is not None and fn != self.function.node:
                    node = fn
                    continue
                return RETURNED, node
            if kind in syntax.function:
                if parent == self.function.node:
                    # the expression body of the function being judged (`workflow(async
                    # (a) => t(a))`) is what it returns, as `return t(a)` would be
                    return RETURNED, node
                node = parent  # expression-bodied lambda / arrow returns it
                continue
            if kind in syntax.assignment:
                return STORED, node
            if kind == syntax.expression_statement:
                return DROPPED, node
            if kind in LOGICAL_EXPRESSIONS and node == parent.child_by_field_name("right"):
                op = parent.child_by_field_name("operator")
                if op is not None and fe.text(op) in LOGICAL_OPERATORS:
                    node = parent  # `cond && task(x)`: the right side is the value
                    continue
            if kind in LOGICAL_EXPRESSIONS and node == parent.child_by_field_name("left"):
                op = parent.child_by_field_name("operator")
                if op is not None and fe.text(op) in LOGICAL_OPERATORS:
                    if fe.text(op) in ("and", "&&"):
                        # `task(x) and y`: an awaitable is truthy, so the value is `y`
                        return DROPPED, node
                    node = parent  # `task(x) or y`: an awaitable is truthy, it is the value
                    continue
            if kind == syntax.attribute and node == parent.child_by_field_name("object"):
                outer = up(parent)  # x.then(...) / x.catch(...) consumes the promise
                if outer is not None and outer.type in syntax.call and kind == "member_expression":
                    method = parent.child_by_field_name(syntax.attribute_name_field)
                    if (
                        method is not None
                        and fe.text(method) == "then"
                        and node.type in syntax.call
                        and fe.returns_bare_thenable(node)
                    ):
                        # a task thenable's `then` runs now: it dispatches (throwing the
                        # suspension), or hands over the result or the failure at once
                        return AWAITED, node
                    node = outer
                    continue
                name = parent.child_by_field_name(syntax.attribute_name_field)
                if (
                    outer is not None
                    and outer.type in syntax.call
                    and name is not None
                    and fe.text(name) in fe.container_views
                ):
                    node = outer  # d.values(), d.items(): the coroutines flow on
                    self._contained = True
                    continue
                return DROPPED, node  # a field read on the awaitable, not on its result
            if kind == "subscript" and node == parent.child_by_field_name("value"):
                return DROPPED, node
            if kind == "unary_expression" and (op := parent.child_by_field_name("operator")):
                if fe.text(op) == "typeof":
                    return DROPPED, node  # `typeof p`: looked at, never awaited
            if (
                kind in ("for_statement", "for_in_clause")
                and node.type in syntax.identifier
                and node == parent.child_by_field_name("right")
                and not any(c.type == "async" for c in parent.children[:1])
            ):
                # `for w in workers: w.cancel()` over a stored list of awaitables: each
                # item is used as the loop variable (`async for` iterates a generator)
                return self.loop_item_use(parent), node
            if (
                kind in ("for_statement", "for_in_statement")
                and node.type in syntax.call
                and node == parent.child_by_field_name("right")
                and not any(c.type in ("async", "await") for c in parent.children[:2])
                and (kind == "for_statement" or any(c.type == "of" for c in parent.children))
            ):
                # `for (const p of notices(xs)) { n++; }`: the generator's body runs as it
                # is iterated, each item the awaitable of a durable call it yields, used
                # as the loop variable (unused: dropped)
                return self.loop_item_use(parent, unused_drops=True), node
            return UNKNOWN, node

    def added_to(self, callee: Node | None, node: Node) -> Node | None:
        """The plain name a call `name.add(node)` / `.append` / `.push` stores `node`
        in (not a function kept for later: see STORING_METHODS), else None."""
        if (
            callee is None
            or callee.type != self.syntax.attribute
            or node.type in self.syntax.function
        ):
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        holder = callee.child_by_field_name("object")
        if method is None or holder is None or not self.holder_name(holder):
            return None
        return holder if self.fe.text(method) in ADDING_METHODS else None

    def holder_name(self, holder: Node) -> bool:
        """A container a stored awaitable can be followed in: a plain name (`jobs`), or
        one field of a plain name (`run.pending`)."""
        if holder.type in self.syntax.identifier:
            return True
        if holder.type != self.syntax.attribute:
            return False
        base = holder.child_by_field_name("object")
        return base is not None and base.type in self.syntax.identifier

    def container_use(self, holder: Node, adding: Node) -> Consumption:
        """How the body uses the container `holder` names after `adding` put an
        awaitable in it: the first later read that does more than look at it (`len`,
        another `.add`, `.discard` handed as a callback), else DROPPED."""
        name = self.fe.text(holder)
        memo_key = (name, adding.end_byte)
        known = self.container_memo.get(memo_key)
        if known is not None:
            return known
        self.container_memo[memo_key] = UNKNOWN  # a container added to itself
        saved = self._contained
        verdict = DROPPED
        starts, reads = self.reads_in_order(name)
        for at in range(bisect_right(starts, adding.end_byte), len(starts)):
            found, _, _ = self._consumption(reads[at])
            if found != DROPPED:
                verdict = found
                break
        self._contained = saved
        self.container_memo[memo_key] = verdict
        return verdict

    def loop_item_use(
        self, loop: Node, position: int | None = None, unused_drops: bool = False
    ) -> Consumption:
        """How a `for` loop (or a comprehension's `for`) over stored awaitables uses
        each one: DROPPED when every read of its variable only looks at the awaitable
        (`w.cancel()`, `w.done()`, `if job:`), so none is ever awaited; UNKNOWN
        otherwise. `position`: the item's place in the loop's target, for a loop over
        `zip(rows, jobs)` / `enumerate(jobs)`."""
        left = loop.child_by_field_name("left")
        body = (
            loop.child_by_field_name("body")
            if loop.type in ("for_statement", "for_in_statement")
            else loop.parent
        )
        if left is not None and position is not None:
            parts = [c for c in left.named_children if c.type != "comment"]
            if left.type not in ("pattern_list", "tuple_pattern") or position >= len(parts):
                return UNKNOWN
            left = parts[position]
        if left is None or body is None or left.type not in self.syntax.identifier:
            return UNKNOWN
        name = self.fe.text(left)
        target = loop.child_by_field_name("left") or left
        contained = self._contained
        verdicts = [
            self._consumption_walk(use)[0]
            for use in iter_nodes(body)
            if use.type in self.syntax.identifier
            and self.fe.text(use) == name
            and not target.start_byte <= use.start_byte < target.end_byte
        ]
        self._contained = contained
        if not verdicts:
            return DROPPED if unused_drops else UNKNOWN
        return DROPPED if all(v == DROPPED for v in verdicts) else UNKNOWN

    @staticmethod
    def zipped_position(qual: str | None, arguments: Node, node: Node) -> int | None:
        """Where `node`, an argument of `zip(...)` / `enumerate(...)`, lands in each
        tuple the call yields; None for other calls."""
        given = [c for c in arguments.named_children if c.type != "comment"]
        if qual == "zip" and all(c.type not in ("list_splat", "keyword_argument") for c in given):
            return next((i for i, c in enumerate(given) if c.id == node.id), None)
        if qual == "enumerate" and given and given[0].id == node.id:
            return 1
        return None

    def names_dict(self, node: Node) -> bool:
        """Is this a name bound once to a dict display or comprehension?"""
        if node.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(node)
        if binding is None or binding.rebound or binding.value is None:
            return False
        return binding.value.type in self.fe.dict_displays

    def climber(self, start: Node) -> Callable[[Node], Node | None]:
        """A parent lookup for climbing from `start` one step at a time.

        While `start` is the node the walk visits, its ancestors come from the
        walk's stack (`Node.parent` costs the node's depth: asked at every level
        of 20,000 nested awaits, consumption analysis was quadratic).
        """
        ancestors = self.ancestors
        current = self.current
        index = -1
        if current is not None and current.id == start.id:
            index = len(ancestors)
        else:
            for at in range(len(ancestors) - 1, max(len(ancestors) - 6, 0), -1):
                if ancestors[at].id == start.id:
                    index = at
                    break

        # off the walk's stack (`start` is not the node visited, or the climb left the
        # walk's root): `start`'s own ancestors, found once by one descent
        chain: dict[int, Node | None] | None = None

        def up(node: Node) -> Node | None:
            nonlocal index, chain
            if 0 < index <= len(ancestors):
                here = ancestors[index] if index < len(ancestors) else current
                if here is not None and here.id == node.id:
                    index -= 1
                    return ancestors[index]
            index = -1
            if chain is None:
                found = self.fe.model.ancestor_walk().ancestors(start)
                chain = dict(zip([n.id for n in (start, *found)], [*found, None], strict=True))
            if node.id in chain:
                return chain[node.id]
            return node.parent

        return up

    def stored_use(self, call: Node) -> tuple[Consumption, bool, Span | None]:
        """A stored durable result lives on only if a later use awaits or hands it on.

        Returned from the workflow (and nothing else) is RETURNED, with whether it
        went back inside a container (`return jobs` after `jobs = [task(x) ...]`).
        """
        _, held, stored_in_container = self._consumption(call)  # `jobs = xs.map(...)`
        target = self.assigned_name(held) or self.assigned_name(call)
        if target is None:
            return UNKNOWN, False, None
        if "." in target:
            return self.field_holder_use(call, target), False, None
        # kept as an item of a container (`jobs = [t(x) ...]`, `jobs[k] = t(x)`,
        # `jobs.append(t(x))`): `jobs[0]` reads that item, and its use decides
        itemised = stored_in_container or self.stores_item(held)
        returned: bool | None = None
        returned_by: Span | None = None
        consumed = False
        # A `return` that hands back the awaitable itself is a mistake on its path
        # (`if dry: return jobs` before `await gather(*jobs)`) whatever other uses
        # consume it: inside a container in any language, or bare where an `async`
        # function does not adopt it (Python).
        adopts = self.model.lang.async_return_adopts_awaitable
        field = self.stored_field(call)  # `job = { done: audit(id) }`: read as `job.done`
        wrong: tuple[bool, Span] | None = None
        replaced_at = self.replaced_at(call, target)
        starts, reads = self.reads_in_order(target)
        for at in range(bisect_right(starts, call.end_byte), len(starts)):
            node = reads[at]
            if replaced_at is not None and node.start_byte >= replaced_at:
                break  # `job = t(a)`, then `job = t(b)`: later reads hold the new value
            if not self.sees_value_of(node, call):
                continue  # `let jobs = [...]; jobs = [t(x)]`: this read holds the new value
            read = self.field_read(node, field) if field is not None else None
            if read is None and itemised:
                read = self.item_read(node)
            verdict, _, contained = self._consumption(read or node)
            if verdict == RETURNED:
                returned = bool(returned) or contained
                returned_by = returned_by or Span.of(node)
                if wrong is None and (contained or stored_in_container or not adopts):
                    wrong = (contained, Span.of(node))
            elif verdict != DROPPED:
                consumed = True
        if consumed and wrong is not None:
            return RETURNED, wrong[0], wrong[1]
        if consumed:
            return STORED, False, None
        if returned is not None:
            return RETURNED, returned, returned_by
        return DROPPED, False, None

    def left_before_use(self, call: Node) -> Span | None:
        """A durable call stored in a name (`const quote = request(x)`) whose first later
        read consumes it (`await quote`), with a `return` of the same function between
        the two (`if (!ok) return ...`) that can run after the call: on that path the function ends
        with the call dispatched (the SDK queued it when it was called) and its result
        never awaited. The first such `return` statement, else None."""
        _, held, in_container = self._consumption(call)
        target = self.assigned_name(held) or self.assigned_name(call)
        if target is None or "." in target or in_container or self.stores_item(held):
            return None
        if self.stored_field(call) is not None:
            return None  # `job = { done: t(x) }`: what reads it is `job.done`
        replaced_at = self.replaced_at(call, target)
        starts, reads = self.reads_in_order(target)
        first_use: Node | None = None
        for at in range(bisect_right(starts, call.end_byte), len(starts)):
            node = reads[at]
            if replaced_at is not None and node.start_byte >= replaced_at:
                break
            if not self.sees_value_of(node, call):
                continue
            # the first read decides: a `return` before it leaves with the call pending;
            # a first read that returns or drops it is the stored analysis's own case
            if self._consumption(node)[0] not in (DROPPED, RETURNED):
                first_use = node
            break
        if first_use is None:
            return None
        owner = self.enclosing_function(call)
        if owner is None:
            return None
        returns = self.syntax.returns
        body = owner.child_by_field_name("body")
        stack: list[Node] = [body] if body is not None else []
        found: Node | None = None
        while stack:
            visit = stack.pop()
            if visit.start_byte >= first_use.start_byte or visit.end_byte <= call.end_byte:
                continue
            if visit.type in self.syntax.function:
                continue  # a nested function's own returns
            if visit.type in returns and visit.start_byte > call.end_byte:
                if (
                    visit.end_byte <= first_use.start_byte
                    and (found is None or visit.start_byte < found.start_byte)
                    and self.runs_after(call, visit)
                ):
                    found = visit
                continue
            stack.extend(visit.named_children)
        return Span.of(found) if found is not None else None

    def runs_after(self, first: Node, later: Node) -> bool:
        """`later` can run after `first` without going back (a loop): in the innermost
        block holding both, `later` is in a statement after the one holding `first`
        (not the other branch of the `if` whose first branch holds `first`)."""
        up = self.climber(first)
        held: dict[int, int] = {}  # block id -> start of the statement holding `first`
        child = first
        at = up(first)
        while at is not None:
            if at.type in STATEMENT_BLOCKS:
                held[at.id] = child.start_byte
            child, at = at, up(at)
        up = self.climber(later)
        child = later
        at = up(later)
        while at is not None:
            if at.id in held:
                return child.start_byte > held[at.id]
            child, at = at, up(at)
        return False

    def field_holder_use(self, call: Node, target: str) -> Consumption:
        """How the body uses `run.pending` after `call`'s awaitable was put in it
        (`run.pending.append(t(x))`, `run.jobs[k] = t(x)`): the first later read of
        that field that does more than look at it decides; the object used otherwise
        (handed on whole, a method called on it, which may read the field) is UNKNOWN,
        and so is a holder outside the workflow function itself (`self.jobs` in a
        method: the body's reads of it are not indexed)."""
        base, _, field = target.partition(".")
        if "." in field or self.enclosing_function(call) != self.function.node:
            return UNKNOWN
        starts, reads = self.reads_in_order(base)
        for at in range(bisect_right(starts, call.end_byte), len(starts)):
            read = reads[at]
            parent = read.parent
            if parent is None or parent.type != self.syntax.attribute:
                return UNKNOWN  # `flush(run)`: handed on whole
            if parent.child_by_field_name("object") != read:
                continue  # `x.run`: another object's field of that name
            name = parent.child_by_field_name(self.syntax.attribute_name_field)
            if name is None or self.fe.text(name) != field:
                outer = parent.parent
                if outer is not None and outer.type in self.syntax.call:
                    return UNKNOWN  # `run.flush()`: a method may read the field
                continue  # `run.skipped`: another field
            verdict = self._consumption(self.item_read(parent) or parent)[0]
            if verdict != DROPPED:
                return verdict
        return DROPPED

    def item_read(self, read: Node) -> Node | None:
        """`jobs[k]` of a read of `jobs`: the item it hands on."""
        parent = read.parent
        if parent is None or parent.type not in SUBSCRIPTS:
            return None
        holder = parent.child_by_field_name("value") or parent.child_by_field_name("object")
        return parent if holder == read else None

    def stores_item(self, node: Node) -> bool:
        """Is the value `node` holds (where a durable call's value is stored) put in a
        container as one item: `jobs.append(t(x))`, `jobs[k] = t(x)`?"""
        parent = node.parent
        if parent is None:
            return False
        if parent.type in self.syntax.arguments and parent.parent is not None:
            return self.added_to(self.fe.callee(parent.parent), node) is not None
        target = parent.child_by_field_name("left")
        return (
            parent.type in self.syntax.assignment
            and target is not None
            and target.type in SUBSCRIPTS
            and node == parent.child_by_field_name("right")
        )

    def enclosing_function(self, node: Node) -> Node | None:
        up = self.climber(node)
        at = up(node)
        while at is not None and at.type not in self.syntax.function:
            at = up(at)
        return at

    def reads_in_order(self, name: str) -> tuple[list[int], list[Node]]:
        """The body's identifiers spelled `name`, by start (sorted once per name, so
        that each stored call reads only those after it: scanning them all made a name
        stored in 2,000 times quadratic)."""
        nodes = self.identifier_index.get(name.encode(), [])
        known = self._reads_in_order.get(name)
        if known is None or len(known[1]) != len(nodes):  # the walk added some since
            ordered = sorted(nodes, key=lambda n: n.start_byte)
            known = self._reads_in_order[name] = ([n.start_byte for n in ordered], ordered)
        return known

    def replaced_at(self, call: Node, target: str) -> int | None:
        """Where `target`, which `call`'s result was stored in, surely holds something
        else: the end of the first later statement of the same block that assigns it
        anew (`job = t(b)`), when nothing between can leave the block early (`break`,
        `continue`, or an exception a `try` around it handles) and `call` runs where its
        statement does (not in a function defined there). None when there is no such
        statement, or when the call lies deeper than a statement's few levels.

        A Python name has no reaching definitions of its own (a TypeScript `let`'s are
        `sees_value_of`'s), so without this every later read of the name counted as a
        use of the first result, and each stored call read the rest of the body."""
        path = self.fe.model.ancestor_walk().nearest(call, MAX_STATEMENT_DEPTH)
        statement: Node | None = None
        block: Node | None = None
        for depth, node in enumerate(path):
            if node.type in self.syntax.function:
                if block is None:
                    return None  # defined in the statement: runs whenever it is called
                break
            if node.type == self.syntax.try_statement and block is not None:
                return None  # a handler may read the name before the new value came
            if block is None and node.type in STATEMENT_BLOCKS:
                block = node
                statement = path[depth - 1] if depth else call
        else:
            return None  # no function within reach: do not guess
        if statement is None or block is None:
            return None
        assignments = self.plain_assignments(block).get(target, [])
        later = bisect_left(assignments, (statement.end_byte, -1))  # in source order
        if later == len(assignments):
            return None
        start, end = assignments[later]
        exits = self.early_exits()
        first_exit = bisect_left(exits, statement.end_byte)
        if first_exit < len(exits) and exits[first_exit] < start:
            return None  # a `break` / `continue` may leave before the new value
        return end

    def plain_assignments(self, block: Node) -> dict[str, list[tuple[int, int]]]:
        """The statements of `block` that assign a name anew (`name = v`), by name, as
        byte ranges in source order (worked out once per block)."""
        found = self._plain_assignments.get(block.id)
        if found is not None:
            return found
        found = {}
        for statement in block.named_children:
            if statement.type != self.syntax.expression_statement:
                continue
            assigned = statement.named_children[0] if statement.named_child_count else None
            if assigned is None or assigned.type not in self.syntax.assignment:
                continue
            left = assigned.child_by_field_name("left")
            operator = assigned.child_by_field_name("operator")
            if left is None or left.type not in self.syntax.identifier:
                continue
            if operator is not None and self.fe.text(operator) != "=":
                continue
            found.setdefault(self.fe.text(left), []).append(
                (statement.start_byte, statement.end_byte)
            )
        self._plain_assignments[block.id] = found
        return found

    def early_exits(self) -> list[int]:
        """Where the file spells `break` or `continue` (in code, a string or a comment:
        a spelling outside code only makes `replaced_at` more careful)."""
        if self._early_exits is None:
            source = self.fe.model.source.data
            self._early_exits = [m.start() for m in EARLY_EXIT_WORDS.finditer(source)]
        return self._early_exits

    def stored_field(self, call: Node) -> str | None:
        """The key under which a durable call is stored in an object / dict literal bound
        to a name (`done` of `const job = { done: audit(id) }`, `jobs` of `const batch =
        { jobs: ids.map((id) => t(id)) }`), else None."""
        holder = self.consumption_at(call)[1]
        if holder.type not in ("object", "dictionary"):
            return None
        for pair in holder.named_children:
            value = pair.child_by_field_name("value") if pair.type == "pair" else None
            if value is None or not value.start_byte <= call.start_byte < value.end_byte:
                continue
            found = pair.child_by_field_name("key")
            if found is None or found.type not in ("property_identifier", "string", "identifier"):
                return None
            return self.fe.text(found).strip("\"'")
        return None

    def field_read(self, read: Node, field: str) -> Node | None:
        """`job.done` / `job["done"]`: the read of the stored field, which hands on the
        awaitable itself (other fields and the object as a whole do not)."""
        parent = read.parent
        if parent is None:
            return None
        if parent.type in (self.syntax.attribute,) and parent.child_by_field_name("object") == read:
            name = parent.child_by_field_name(self.syntax.attribute_name_field)
            return parent if name is not None and self.fe.text(name) == field else None
        if parent.type in ("subscript", "subscript_expression"):
            holder = parent.child_by_field_name("value") or parent.child_by_field_name("object")
            index = parent.child_by_field_name("subscript") or parent.child_by_field_name("index")
            if holder == read and index is not None and index.type == "string":
                return parent if self.fe.text(index).strip("\"'") == field else None
        return None

    def sees_value_of(self, read: Node, call: Node) -> bool:
        """Whether a read of a `let` may hold the value `call` was stored with: false
        when every assignment that reaches the read is another one."""
        semantic = self.fe.semantic
        parent = read.parent
        if (
            parent is not None
            and parent.type in ("assignment_expression", "assignment")
            and parent.child_by_field_name("left") == read
        ):
            return False  # `jobs = ...` writes the name, it reads nothing
        binding = semantic.resolve(read)
        values = semantic.reaching_values(binding, read) if binding is not None else None
        if values is None:
            return True
        return any(
            value is None or value.start_byte <= call.start_byte < value.end_byte
            for value in values
        )

    def is_durable_call(self, call: Node) -> bool:
        callee = self.fe.callee(call)
        sdk = self.fe.resolve_sdk(callee)
        if sdk is not None:
            return sdk[0] in ("step", "sleep", "wait_for_approval")
        name = self.fe.dotted(callee)
        return name is not None and name in self.fe.task_bindings

    def assigned_name(self, call: Node) -> str | None:
        node = call
        element: tuple[Node, Node] | None = None  # (a list literal, the item `call` is in)
        while node.parent is not None and (
            node.parent.type in self.syntax.transparent or node.parent.type in self.syntax.awaits
        ):
            if element is None and node.parent.type in SEQUENCE_LITERALS:
                element = (node.parent, node)
            node = node.parent
        parent = node.parent
        if parent is None:
            return None
        if parent.type in self.syntax.arguments and parent.parent is not None:
            # `pending.add(job)`: stored in the container
            holder = self.added_to(self.fe.callee(parent.parent), node)
            return self.fe.text(holder) if holder is not None else None
        target = parent.child_by_field_name("left") or parent.child_by_field_name("name")
        if target is not None and target.type in self.syntax.identifier:
            return self.fe.text(target)
        if (
            target is not None
            and target.type in SUBSCRIPTS
            and parent.type in self.syntax.assignment
            and node == parent.child_by_field_name("right")
        ):
            # `jobs[k] = t(x)`: stored in the container, which decides its fate
            holder = target.child_by_field_name("value") or target.child_by_field_name("object")
            if holder is not None and self.holder_name(holder):
                return self.fe.text(holder)
        if target is not None and target.type in SEQUENCE_PATTERNS and element is not None:
            # `const [a, b] = [task(x), task(y)]`: the item lands in the name at its place
            literal, item = element
            if literal != node:
                return None
            items = [c for c in literal.named_children if c.type != "comment"]
            names = [c for c in target.named_children if c.type != "comment"]
            if any(c.type in UNPACKING for c in (*items, *names)) or len(items) != len(names):
                return None
            name = names[items.index(item)]
            if name.type in self.syntax.identifier:
                return self.fe.text(name)
        return None

    # ---- what can suspend ----------------------------------------------------
    def holds_durable(self, node: Node, scope: Scope) -> bool:
        """Can this region raise the SDK's suspension? A WAC primitive, a task, or
        a function of the file that reaches one, called in it."""
        calls, awaits, functions = self.syntax.call, self.syntax.awaits, self.syntax.function
        stack = [node]
        while stack:
            inner = stack.pop()
            if inner.type in functions and inner.id != node.id:
                # a function written in the region: its own answer, worked out once
                # (scanning it again for each region around it: 1,500 nested
                # `(lambda: ...)()` read 11 million nodes)
                if key(inner) not in self.durable_memo:
                    self.settle_functions_in(inner, scope)
                if self.durable_memo.get(key(inner)):
                    return True
                continue
            if (inner.type in calls or inner.type in awaits) and self.suspends_at(inner, scope):
                return True
            stack.extend(reversed(inner.children))
        return False

    def settle_functions_in(self, function: Node, outer: Scope) -> None:
        """`reaches_durable` of `function` and of every function written in it,
        innermost first, each in the scope it is written in: then none asks about the
        next one in turn (thousands nest, past Python's recursion limit)."""
        kinds = self.function_kinds
        for inner in reversed(self.model.node_index.of_kinds(kinds, function)):
            if key(inner) in self.durable_memo:
                continue
            holder = outer if inner.id == function.id else self.semantic.scope_at(inner)
            self.reaches_durable(inner, holder)

    def suspends_at(self, inner: Node, scope: Scope) -> bool:
        """Is this node itself (not what it holds) where the suspension can be raised?"""
        if inner.type in self.syntax.call:
            if self.call_suspends(inner, scope):
                return True
            fields, looped = self.walked_fields
            if fields or looped:
                called = self.fe.callee(inner)
                if called is not None and self.calls_field(called, scope, fields, looped):
                    return True  # `self.fn(...)` of an object built `Sig(renew, h)`
            callee = self.fe.callee(inner) if self.params_durable else None
            if callee is not None and callee.type in self.syntax.identifier:
                binding = self.semantic.resolve(callee, scope)
                if binding is not None and binding.kind == NameKind.PARAMETER:
                    return True  # `attempt()` where the body passed `() => task(x)`
        elif self.params_durable and inner.type in self.syntax.awaits:
            awaited = inner.named_children[-1] if inner.named_children else None
            if awaited is not None and awaited.type in self.syntax.identifier:
                binding = self.semantic.resolve(awaited, scope)
                if binding is not None and binding.kind == NameKind.PARAMETER:
                    return True  # `await coro` where the body passed `task(x)`
        return False

    def own_field(self, node: Node) -> str | None:
        """The field `self.fn` / `this.fn` names, or None for any other node."""
        if node.type != self.syntax.attribute:
            return None
        holder = node.child_by_field_name("object")
        attr = node.child_by_field_name(self.syntax.attribute_name_field)
        if holder is None or attr is None or self.fe.text(holder) not in ("self", "this"):
            return None
        return self.fe.text(attr)

    def calls_field(self, called: Node, scope: Scope, fields: set[str], looped: set[str]) -> bool:
        """`self.fn` / `this.fn` of a field holding a task, or a loop variable over one."""
        syntax = self.syntax
        if called.type == syntax.attribute:
            return self.own_field(called) in fields
        if called.type in syntax.identifier and self.fe.text(called) in looped:
            binding = self.semantic.resolve(called, scope)
            return binding is not None and binding.kind == NameKind.LOOP
        return False

    def arguments_hold_durable(self, args: Node, scope: Scope) -> bool:
        """`holds_durable` of a call's argument list, settled once per list. The walk
        asks about the list of every call, outermost first, so in `f(g(h(...)))` each
        question would scan again what the first one scanned (3,000 nested calls took
        35 s): the first scan settles the lists inside it as well. All of them hold
        nothing when it finds nothing; those around the call it stops at hold one.
        Kept per scope and per `params_durable`, which the answer depends on."""
        memo = self.arguments_memo
        settled = memo.get((key(args), scope, self.params_durable))
        if settled is not None:
            return settled
        kind = args.type
        calls, awaits, names = self.syntax.call, self.syntax.awaits, self.syntax.identifier
        durable_params = self.params_durable
        lists: list[Node] = []
        found: Node | None = None
        stack = [args]
        while stack:
            inner = stack.pop()
            if inner.type == kind:
                known = None if inner is args else memo.get((key(inner), scope, durable_params))
                if known is False:
                    continue
                if known is True:
                    found = inner
                    break
                lists.append(inner)
            if (inner.type in calls or inner.type in awaits) and self.suspends_at(inner, scope):
                found = inner
                break
            if durable_params and inner.type in names and self.is_parameter(inner, scope):
                # `withRetries(fn, 2)` in a helper the body handed `() => task(x)`: the
                # durable call is passed on to the next helper
                found = inner
                break
            stack.extend(reversed(inner.children))
        for region in lists:
            if found is None:
                memo[(key(region), scope, durable_params)] = False
            elif region.start_byte <= found.start_byte and found.end_byte <= region.end_byte:
                memo[(key(region), scope, durable_params)] = True
        return found is not None

    def is_parameter(self, name: Node, scope: Scope) -> bool:
        binding = self.semantic.resolve(name, scope)
        return binding is not None and binding.kind == NameKind.PARAMETER

    def hands_durable_function(self, node: Node, scope: Scope) -> bool:
        """A call in `node` given, by reference, a task or a function of the file that
        reaches a durable call, to run it (`tg.start_soon(run, preset)`)."""
        for inner in iter_nodes(node):
            if inner.type not in self.syntax.call:
                continue
            args = inner.child_by_field_name("arguments")
            for arg in args.named_children if args is not None else ():
                if arg.type not in self.syntax.identifier:
                    continue
                if self.task_of(arg, scope) is not None:
                    return True
                helper = self.local_function(arg, scope)
                if helper is not None and self.reaches_durable(helper[1], helper[2]):
                    return True
        return False

    def passes_task(self, args: Node, scope: Scope) -> bool:
        """`safely(process, x)`: a task handed over by reference, which the helper calls
        (a task of the file, or one another module of the workspace defines)."""
        return any(
            arg.type in self.syntax.identifier
            and (self.task_of(arg, scope) is not None or self.imported_task(arg, scope))
            for arg in args.named_children
        )

    def guards_durable(self, node: Node, scope: Scope) -> bool:
        """`holds_durable`, or an await in the region of names that hold durable calls
        made before it (`pending.push(task(x))` ... `await Promise.all(pending)`): the
        suspension is raised where they are awaited."""
        if self.holds_durable(node, scope):
            return True
        # An await inside another's operand asks about less than the outer one did
        # (what it holds, the names in it): not asked again, so 3,000 nested awaits
        # are one question, not 3,000 over the nesting (24 s; fuzz finding).
        stack = [node]
        while stack:
            inner = stack.pop()
            if inner.type in self.syntax.awaits and inner.named_children:
                if self.flows_durable(inner.named_children[-1], scope):
                    return True
                continue
            stack.extend(reversed(inner.children))
        return False

    def filled_durable(self, binding: Binding, depth: int) -> bool:
        """Is this name's list filled with durable calls (`xs.push(task(x))`,
        `xs.append(task(x))`) in the scope it is bound in?"""
        for inner in iter_nodes(binding.scope.node):
            if inner.type not in self.syntax.call:
                continue
            callee = self.fe.callee(inner)
            if callee is None or callee.type != self.syntax.attribute:
                continue
            obj = callee.child_by_field_name("object")
            method = callee.child_by_field_name(self.syntax.attribute_name_field)
            if (
                obj is None
                or method is None
                or self.fe.text(method) not in FILLING_METHODS
                or obj.type not in self.syntax.identifier
                or self.fe.text(obj) != binding.name
            ):
                continue
            inner_scope = self.semantic.scope_at(inner)
            if self.semantic.resolve(obj, inner_scope) is not binding:
                continue
            if self.flows_durable(inner, inner_scope, depth + 1):
                return True
        return False

    def other_assigned_values(self, binding: Binding, read: Node) -> tuple[list[Node], bool]:
        """The values of the Python assignments in `binding`'s scope that bind its
        name whole or as an element of a tuple target (`name = v`, `a, name = v`),
        other than one whose value holds `read`, and whether there is such a one: a
        name rebound from its own value (`pending = f(pending)`) may hold what the
        others gave it."""
        found: list[Node] = []
        feeds_itself = False
        fe = self.fe
        for node in iter_nodes(binding.scope.node):
            if node.type != "assignment":
                continue
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is None or right is None:
                continue
            targets = [left]
            if left.type in ("pattern_list", "tuple_pattern"):
                targets = list(left.named_children)
            if not any(
                t.type == "identifier"
                and fe.text(t) == binding.name
                and self.semantic.resolve(t, self.semantic.scope_at(t)) is binding
                for t in targets
            ):
                continue
            if right.start_byte <= read.start_byte < right.end_byte:
                feeds_itself = True
            else:
                found.append(right)
        return found, feeds_itself

    def flows_durable(self, node: Node, scope: Scope, depth: int = 0) -> bool:
        """`holds_durable`, also through names assigned a durable value: the `jobs` of
        `jobs = [task(x) ...]` then `gather(*jobs, return_exceptions=True)`."""
        if self.holds_durable(node, scope):
            return True
        if depth > 3:
            return False
        for inner in iter_nodes(node):
            if inner.type not in self.syntax.identifier:
                continue
            binding = self.semantic.resolve(inner, scope)
            if self.params_durable and binding is not None and binding.kind == NameKind.PARAMETER:
                # `Promise.allSettled(ps)` in a helper the body hands task calls to
                # (`settle([charge(a), charge(b)])`)
                return True
            if binding is not None and binding.kind == NameKind.ASSIGNMENT and binding.rebound:
                # `done, pending = await asyncio.wait(pending, ...)` in a loop: an
                # assignment of the name reads it; what it held first came from the
                # others (`pending = {asyncio.ensure_future(t(x)) for x in xs}`)
                others, feeds_itself = self.other_assigned_values(binding, inner)
                if feeds_itself and (
                    any(self.flows_durable(other, binding.scope, depth + 1) for other in others)
                    or self.filled_durable(binding, depth + 1)
                ):
                    return True
            value = binding.value if binding is not None else None
            if (
                binding is None
                or value is None
                or binding.kind != NameKind.ASSIGNMENT
                or value.start_byte <= inner.start_byte < value.end_byte
            ):
                continue
            if self.flows_durable(value, binding.scope, depth + 1):
                return True
            if self.filled_durable(binding, depth + 1):
                return True
        return False

    def call_suspends(self, call: Node, scope: Scope) -> bool:
        fe = self.fe
        callee = fe.callee(call)
        if callee is None:
            return False
        sdk = fe.resolve_sdk(callee, scope)
        if sdk is not None:
            return sdk[0] in ("step", "sleep", "wait_for_approval", "parallel", "task")
        if callee.type in self.syntax.call:
            inner = fe.resolve_sdk(fe.callee(callee), scope)
            if inner is not None and inner[0] in ("task", "task_script", "task_flow"):
                return True
        if self.task_of(callee, scope) is not None:
            return True
        if callee.type in self.syntax.identifier and fe.text(callee) in fe.task_bindings:
            return True
        if self.imported_task(callee, scope):
            return True
        if self.imported_durable(callee, scope):
            return True  # `await charge_all(ids)` of a module whose `charge_all` awaits tasks
        if self.element_task(callee, scope) is not None:
            return True  # `for stage in (extract, load): await stage(x)`
        if self.table_task(callee, scope) is not None:
            return True  # `STAGES[LAST_STAGE](x)`
        if self.queued_function_suspends(callee, scope):
            return True  # `for (const undo of compensations.reverse()) await undo()`
        if fe.qualname(callee, scope) in fe.task_mappers and self.mapped_task(call, scope):
            return True  # `map(ship, ids)`: the task called per item
        helper = self.local_function(callee, scope)
        return helper is not None and self.reaches_durable(helper[1], helper[2])

    def reaches_durable(self, function: Node, outer: Scope) -> bool:
        k = key(function)
        known = self.durable_memo.get(k)
        if known is not None:
            return known
        self.durable_memo[k] = False  # a cycle reaches nothing new
        if (function.start_byte, function.end_byte) in self.task_functions:
            return False
        scope = self.semantic.scopes.open(function, outer)
        body = function.child_by_field_name("body")
        result = body is not None and self.holds_durable(body, scope)
        self.durable_memo[k] = result
        return result
