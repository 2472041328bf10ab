"""Step and task code at any depth: what step callbacks and task bodies reach.

A step's callback runs once and its result is checkpointed; a task's body runs
in its own job. A function of the file that such code calls (by name, at any
depth, cycles included) runs there too, unless the workflow body's own code
reaches it as well (`CodeRole.BODY` / `CALLBACK` in the call graph, or the
workflow function itself): then it runs on every replay, and body code wins.

The roots are the callbacks of every `step(...)` of the file (those of the
walked body code the call graph already holds, and those anywhere else: a
second workflow, a task body, a function nothing calls) and the body of every
task. The result goes into `model.call_graph`: `durable_code(role)` lists the
step (task) code of the whole file; a helper of step or task code the body
reaches is also put in `reachable`, with the chain and body site of its root.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

import tree_sitter

from wac_lint.model import CodeRole, Reached, ScriptModel, Span

Node = tree_sitter.Node

# What an expression is wrapped in on its way to being a callee or a callback.
WRAPPERS = frozenset(
    {
        "parenthesized_expression",
        "await",
        "await_expression",
        "as_expression",
        "non_null_expression",
        "satisfies_expression",
    }
)
PARTIAL_NAMES = ("functools.partial", "partial")
MAX_ALIASES = 64  # `f = g`, `g = partial(h)`, ...: how far a name is followed
MAX_NAME_COUNTS = 32  # names `never_bound` counts in the source, per file


class DurableCode:
    """Finds step and task code of one model (`record` puts it in the call graph)."""

    def __init__(
        self, model: ScriptModel, calls: frozenset[str], functions: frozenset[str]
    ) -> None:
        self.model = model
        self.call_types = calls
        self.function_types = functions
        self._callees: dict[int, list[tuple[str, Node]]] = {}
        self._resolved: dict[tuple[str, int], Node | None] = {}  # (name, scope) -> function
        self._callees_known = False
        self._callee_counts: dict[str, int] | None = None
        self._never_bound: dict[str, bool] = {}
        self._counts_left = MAX_NAME_COUNTS

    def calls_in(self, body: Node) -> list[Node]:
        """The calls that start inside `body` (itself included), in source order: a
        slice of the file's calls in walk order, from the model's node index (a
        query per function cost ~25 us to start, 200 task bodies 5 ms at 1,000
        lines; outer first: a query over a function and one over the file do not
        list `f(x)(y)`'s two calls in the same order)."""
        index = self.model.node_index
        if len(self.call_types) == 1:
            return index.below(next(iter(self.call_types)), body)
        return index.of_kinds(self.call_types, body)

    # ---- the call graph's edges ----------------------------------------------------
    def callees(self, fn: Node) -> list[tuple[str, Node]]:
        """Functions of the file `fn` calls by name (the name, the function), nested
        functions' calls included, each once, in source order.

        Worked out for every function of the file at once, from the inside out: each
        call is read once, in the function whose body holds it nearest, and a
        function's answer takes its nested functions' answers whole. Reading every
        call below each function in turn cost the nesting depth per call (1,500
        nested step callbacks: 1.1 million calls read)."""
        if not self._callees_known:
            self._callees_known = True
            self._all_callees()
        return self._callees.get(fn.id, [])

    def _all_callees(self) -> None:
        semantic = self.model.semantic
        if semantic is None:
            return
        root = self.model.tree.root_node
        functions = self.model.node_index.of_kinds(tuple(self.function_types), root)
        # (position, order at one position, node): a body opens before what starts with
        # it (`lambda: f(x)`), and is closed by anything at or past its end
        events: list[tuple[int, int, Node]] = []
        bodies: dict[int, Node] = {}
        for function in functions:
            body = function.child_by_field_name("body")
            if body is not None:
                bodies[function.id] = body
                events.append((body.start_byte, 0, function))
            events.append((function.start_byte, 1, function))
        for call in self.calls_in(root):
            events.append((call.start_byte, 2, call))
        events.sort(key=lambda e: (e[0], e[1]))
        own: dict[int, list[tuple[int, str, Node]]] = {}  # function -> (where, name, target)
        children: dict[int, list[Node]] = {}
        open_bodies: list[tuple[int, Node]] = []  # (end of the body, its function)
        for position, kind, node in events:
            while open_bodies and open_bodies[-1][0] <= position:
                open_bodies.pop()
            if kind == 0:
                open_bodies.append((bodies[node.id].end_byte, node))
                continue
            holder = open_bodies[-1][1] if open_bodies else None
            if holder is None:
                continue
            if kind == 1:
                children.setdefault(holder.id, []).append(node)
                continue
            named = self.resolve_callee(node)
            if named is not None:
                own.setdefault(holder.id, []).append((position, *named))
        for function in reversed(functions):  # inner functions first
            items = list(own.get(function.id, ()))
            for child in children.get(function.id, ()):
                items.extend((child.start_byte, n, t) for n, t in self._callees.get(child.id, ()))
            items.sort(key=lambda item: item[0])
            seen = {function.id}
            found: list[tuple[str, Node]] = []
            for _, name, target in items:
                if target.id not in seen:
                    seen.add(target.id)
                    found.append((name, target))
            self._callees[function.id] = found

    def resolve_callee(self, call: Node) -> tuple[str, Node] | None:
        """(the name, the function of the file) a call by plain name reaches."""
        semantic = self.model.semantic
        callee = unwrap(call.child_by_field_name("function"))
        if semantic is None or callee is None or callee.type != "identifier":
            return None
        name = self.model.text(callee)
        if self.never_bound(name):
            return None  # `fetch(...)`, `print(...)`: no function of the file
        # one name in one scope reaches one function: resolve each pair once
        pair = (name, id(semantic.scope_at(callee)))
        if pair not in self._resolved:
            self._resolved[pair] = self.function_of(callee)
        target = self._resolved[pair]
        return (name, target) if target is not None else None

    def never_bound(self, name: str) -> bool:
        """No scope of the file binds `name`: every spelling of it in the source is
        the callee of a call, and a callee binds nothing, so `function_of` finds no
        function for it wherever it is read. Asking the scopes opened and filled
        the scope of every task body that calls `fetch` or `print` (a tenth of an
        edit's analysis on a 5,000-line TypeScript workflow). A word spelled
        anywhere else (a binding, a comment, a string, a longer name) counts
        more: then the scopes are asked."""
        known = self._never_bound.get(name)
        if known is not None:
            return known
        counts = self._callee_counts
        if counts is None:
            counts = self._callee_counts = {}
            for call in self.calls_in(self.model.tree.root_node):
                callee = unwrap(call.child_by_field_name("function"))
                if callee is not None and callee.type == "identifier":
                    text = self.model.text(callee)
                    counts[text] = counts.get(text, 0) + 1
        expected = counts.get(name)
        if expected is None or self._counts_left <= 0:
            # a pass over the source per name: a bounded number per file keeps a
            # file with thousands of helpers linear (the scopes answer the rest)
            known = False
        else:
            self._counts_left -= 1
            spelled = self.model.source.data.count(name.encode("utf-8", "surrogatepass"))
            known = spelled == expected
        self._never_bound[name] = known
        return known

    def function_of(self, node: Node | None, depth: int = 0) -> Node | None:
        """The function of the file an expression evaluates to: a lambda / arrow, a
        name bound to one, `functools.partial(f, ...)`, `f.bind(...)`."""
        node = unwrap(node)
        if node is None or depth > MAX_ALIASES:
            return None
        if node.type in self.function_types:
            return node
        if node.type == "identifier":
            value = self.bound_value(node)
            if value is not None and value != node:
                return self.function_of(value, depth + 1)
            return None
        if node.type in self.call_types:
            callee = node.child_by_field_name("function")
            args, _ = arguments(self.model, node)
            if callee is not None and args and self.model.text(callee) in PARTIAL_NAMES:
                return self.function_of(args[0], depth + 1)
            if callee is not None and callee.type == "member_expression":
                prop = callee.child_by_field_name("property")
                if prop is not None and self.model.text(prop) == "bind":
                    return self.function_of(callee.child_by_field_name("object"), depth + 1)
        return None

    def bound_value(self, name: Node) -> Node | None:
        """The value a name is bound to where it is read (an assignment's value, a
        `def` / `function` / `class`); None for a parameter, an import, a global."""
        from wac_lint.semantic import BindingKind

        semantic = self.model.semantic
        assert semantic is not None
        binding = semantic.lookup(self.model.text(name), semantic.scope_at(name))
        if binding is None:
            return None
        if binding.kind in (BindingKind.ASSIGNMENT, BindingKind.FUNCTION, BindingKind.CLASS):
            return binding.value
        return None

    # ---- roots ---------------------------------------------------------------------
    def step_roots(self) -> Iterator[tuple[Node, Span]]:
        """The callback of every `step(...)` of the file, with that call."""
        for ref in self.model.references:
            if ref.concept != "step":
                continue
            call = self.model.parent_of(ref.node)
            if call is None or call.type not in self.call_types:
                continue
            callee = call.child_by_field_name("function")
            if callee is None or callee.id != ref.node.id:
                continue
            args, keywords = arguments(self.model, call)
            fn = self.function_of(args[1] if len(args) > 1 else keywords.get("fn"))
            if fn is not None:
                yield fn, Span.of(call)

    # ---- recording -----------------------------------------------------------------
    def record(self) -> None:
        graph = self.model.call_graph
        body = {
            f.id for f, r in graph.reachable.items() if r.role in (CodeRole.BODY, CodeRole.CALLBACK)
        }
        wf = self.model.workflow
        if wf is not None and wf.function is not None:
            body.add(wf.function.node.id)
        steps: dict[int, Reached] = {}
        for reached in graph.with_role(CodeRole.STEP):  # body code's steps: chain and site
            steps[reached.function.id] = reached
        for fn, site in self.step_roots():
            if fn.id not in steps:
                steps[fn.id] = Reached(fn, _name(self.model, fn), CodeRole.STEP, (), site)
        tasks: dict[int, Reached] = {}
        for task in self.model.tasks:
            if task.function is None:
                continue
            fn = task.function.node
            known = graph.reachable.get(fn)
            if known is not None and known.role is CodeRole.TASK:
                tasks.setdefault(fn.id, known)
            else:
                name = task.binding or task.function.name
                tasks.setdefault(fn.id, Reached(fn, name, CodeRole.TASK, (), task.span))
        for roots in (steps, tasks):
            graph.durable_roots.update(roots)  # before `close` adds their helpers
            self.close(roots, body)
            for reached in roots.values():
                graph.add_durable(reached)

    def close(self, roots: dict[int, Reached], body: set[int]) -> None:
        """Add to `roots` the functions only they reach (depth first)."""
        pending = list(roots.values())
        while pending:
            caller = pending.pop()
            for name, fn in self.callees(caller.function):
                if fn.id in roots or fn.id in body:
                    continue
                chain = (*caller.chain, name)
                reached = Reached(fn, name, caller.role, chain, caller.site)
                roots[fn.id] = reached
                pending.append(reached)
                if caller.function in self.model.call_graph.reachable:
                    self.model.call_graph.add(reached)  # reached from the body, as step code


def record_durable_code(
    model: ScriptModel, calls: frozenset[str], functions: frozenset[str]
) -> None:
    """Have the model's call graph find step and task code when first asked."""
    # weakly: the model holds its graph, and a cycle would outlive the run unless collected
    owner = weakref.ref(model)

    def find() -> None:
        found = owner()
        if found is not None:
            DurableCode(found, calls, functions).record()

    model.call_graph.pending = find


def unwrap(node: Node | None) -> Node | None:
    """Drop parentheses, `await`, TS `as` / `!` / `satisfies` around an expression."""
    while node is not None and node.type in WRAPPERS:
        inner = [c for c in node.named_children if c.type != "comment"]
        if not inner:
            return node
        node = inner[0]
    return node


def arguments(model: ScriptModel, call: Node) -> tuple[list[Node], dict[str, Node | None]]:
    """A call's positional arguments, and its keyword arguments (Python) by name."""
    args = call.child_by_field_name("arguments")
    positional: list[Node] = []
    keywords: dict[str, Node | None] = {}
    if args is None:
        return positional, keywords
    if args.type not in ("argument_list", "arguments"):
        return [args], keywords  # f`...` tagged template, `f(x for x in y)`
    for child in args.named_children:
        if child.type == "comment" or child.type in (
            "list_splat",
            "dictionary_splat",
            "spread_element",
        ):
            continue
        if child.type == "keyword_argument":
            name = child.child_by_field_name("name")
            if name is not None:
                keywords.setdefault(model.text(name), child.child_by_field_name("value"))
        else:
            positional.append(child)
    return positional, keywords


def _name(model: ScriptModel, fn: Node) -> str | None:
    name = fn.child_by_field_name("name")
    return model.text(name) if name is not None else None
