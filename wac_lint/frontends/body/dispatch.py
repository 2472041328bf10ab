"""The body walk's functions picked at run time: the `DispatchLookups` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

import re

from wac_lint.frontends.body.functions import FunctionLookups
from wac_lint.frontends.body.records import Node, assigned_once, iter_nodes
from wac_lint.frontends.body.vocabulary import (
    CHOICES,
    ELEMENT_CALLBACKS,
    LOOP_HEADS,
    MAX_MAY_CALL,
    SINGLE_DISPATCH,
)
from wac_lint.semantic import LOCAL
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope, ScopeKind

# The methods that add an item to a list or a set (`stages.push(fn)`).
ADDING = ("push", "unshift", "add", "append", "insert")


class DispatchLookups(FunctionLookups):
    """The functions a call may run when it picks them at run time: from a table, a
    registry, a list it loops over, an attribute looked up by name."""

    def enclosing_loop_of(self, name: Node) -> Node | None:
        """The innermost Python `for` loop around `name` (in the same function) whose
        target is that plain name."""
        spelled = self.fe.text(name)
        node = name.parent
        while node is not None and node.type not in self.syntax.function:
            if node.type == "for_statement":
                left = node.child_by_field_name("left")
                if left is not None and left.type in self.syntax.identifier:
                    if self.fe.text(left) == spelled:
                        return node
            node = node.parent
        return None

    def chosen_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """A callee that is one of several functions: `const send = notify ? postSlack :
        printOnly` (or `handlers[kind] ?? ignore`) then `send(text)`, `(a ? f : g)(x)`,
        and `pick(kind)(msg)` where the file's `pick` returns one of its functions.
        Each function it may be runs (tasks among them are dispatched, not followed)."""

        while callee.type in ("parenthesized_expression", "non_null_expression"):
            if not callee.named_children:
                return []
            callee = callee.named_children[0]
        if callee.type in self.syntax.identifier:
            binding = self.semantic.resolve(callee, scope)
            once = assigned_once(binding)
            if once is None:
                return []
            value = self.kept_value(once.assigned_value)
            if value is None:
                return []
            if value.type in ("subscript", "subscript_expression") or self.table_get(value):
                # `const verify = VERIFIERS.get(p.standard)` / `handler = HANDLERS[kind]`
                # then `verify(p)`: the table's member picked by the key
                direct = self.local_function(value, scope)
                return [direct] if direct is not None else self.dispatched_functions(value, scope)
            return self.alternatives(value, once.scope, 0)
        if callee.type in self.syntax.call or callee.type in CHOICES:
            return self.alternatives(callee, scope, 0)
        return []

    def alternative_instance_methods(
        self, callee: Node, scope: Scope
    ) -> list[tuple[tuple[str, Node, Scope], Scope | None]]:
        """`notifier.send(text)` where `notifier` holds an instance of one of several
        classes of the file: `SlackNotifier(hook) if hook else LogNotifier()` (also `or` /
        `??` / a TypeScript ternary, whatever the name is declared as, a `Protocol` or a
        base class), or a Python name assigned such instances on several branches. The
        method of each class may run; each comes with its class when it is inherited
        (`self` in it is that class); a TypeScript `let` assigned again, with the values
        that reach the call. Nothing when fewer than two values are choices."""
        if callee.type != self.syntax.attribute:
            return []
        obj = callee.child_by_field_name("object")
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        if obj is None or attr is None or obj.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(obj, scope)
        if binding is None or binding.member:
            return []
        values: list[Node] = []
        reaching = (
            self.fe.semantic.reaching_values(binding, obj)
            if not self.syntax.keyword_argument
            else None
        )
        if reaching is not None:
            # a TypeScript `let` assigned again (`notifier = new Slack(h)` in an `if`)
            values = [v for v in reaching if v is not None]
        elif binding.kind != NameKind.ASSIGNMENT:
            return []
        elif binding.rebound:
            if not self.syntax.keyword_argument:
                return []
            for node in iter_nodes(binding.scope.node):
                if node.type != "assignment":
                    continue
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is not None and right is not None and self.fe.text(left) == binding.name:
                    values.append(right)
        elif binding.value is not None:
            values = [binding.value]
        leaves: list[Node] = []
        for value in values:
            self.choice_leaves(value, leaves, 0)
        if len(leaves) < 2:
            return []
        name = self.fe.text(attr)
        found: list[tuple[tuple[str, Node, Scope], Scope | None]] = []
        for leaf in leaves:
            if leaf.type not in self.syntax.call and leaf.type not in self.syntax.new:
                continue  # `None`, a parameter, a library's object: nothing of the file
            cls = self.class_scope_of(leaf, binding.scope)
            if cls is None:
                continue
            method = self.class_method(cls, name)
            if method is None or any(method[1].id == f[0][1].id for f in found):
                continue
            found.append((method, cls if method[2].node != cls.node else None))
            if len(found) == MAX_MAY_CALL:
                break
        return found

    def choice_leaves(self, value: Node, out: list[Node], depth: int) -> None:
        """The values an expression picks among (`a if c else b`, `a or b`, `c ? a : b`,
        `a ?? b`), nested choices flattened; a plain value is its own leaf."""
        while value.type == "parenthesized_expression" and value.named_children:
            value = value.named_children[0]
        parts: list[Node] = []
        if depth < 6 and value.type == "conditional_expression" and len(value.named_children) == 3:
            parts = [value.named_children[0], value.named_children[2]]
        elif depth < 6 and value.type == "ternary_expression":
            parts = [
                p
                for p in (
                    value.child_by_field_name("consequence"),
                    value.child_by_field_name("alternative"),
                )
                if p is not None
            ]
        elif depth < 6 and value.type in ("binary_expression", "boolean_operator"):
            op = value.child_by_field_name("operator")
            if op is not None and self.fe.text(op) in ("??", "||", "or", "and", "&&"):
                parts = [
                    p
                    for p in (value.child_by_field_name("left"), value.child_by_field_name("right"))
                    if p is not None
                ]
        if not parts:
            out.append(value)
            return
        for part in parts:
            self.choice_leaves(part, out, depth + 1)

    def alternatives(self, value: Node, scope: Scope, depth: int) -> list[tuple[str, Node, Scope]]:
        """The functions of the file an expression may evaluate to (see `chosen_functions`)."""
        value = self.kept_value(value) or value
        if depth > 4:
            return []
        parts: list[Node] = []
        if value.type == "ternary_expression":
            parts = [
                p
                for p in (
                    value.child_by_field_name("consequence"),
                    value.child_by_field_name("alternative"),
                )
                if p is not None
            ]
        elif value.type == "conditional_expression" and len(value.named_children) == 3:
            parts = [value.named_children[0], value.named_children[2]]  # Python `a if c else b`
        elif value.type in ("binary_expression", "boolean_operator"):
            op = value.child_by_field_name("operator")
            if op is not None and self.fe.text(op) in ("??", "||", "or"):
                parts = [
                    p
                    for p in (value.child_by_field_name("left"), value.child_by_field_name("right"))
                    if p is not None
                ]
        if parts:
            found: list[tuple[str, Node, Scope]] = []
            for part in parts:
                for helper in self.alternatives(part, scope, depth + 1):
                    if helper not in found:
                        found.append(helper)
            return found
        if value.type in self.syntax.function:
            return [("<function>", value, scope)]
        if value.type in self.syntax.identifier:
            if self.task_of(value, scope) is not None:
                return []
            named = self.binding_function(self.semantic.resolve(value, scope))
            return [named] if named is not None else []  # `const send = postSlack` too
        if value.type in ("subscript", "subscript_expression", self.syntax.attribute):
            if depth == 0:
                return []  # a plain member call: `local_function` / `dispatched_functions`'
            direct = self.local_function(value, scope)
            return [direct] if direct is not None else self.dispatched_functions(value, scope)
        if value.type in self.syntax.call:
            maker = self.fe.callee(value)
            factory = (
                self.binding_function(self.semantic.resolve(maker, scope))
                if maker is not None and maker.type in self.syntax.identifier
                else None
            )
            return self.returned_functions(factory) if factory is not None else []
        return []

    def returned_functions(self, factory: tuple[str, Node, Scope]) -> list[tuple[str, Node, Scope]]:
        """Every function of the file a function's own `return`s hand back by name (`case
        "webhook": return viaWebhook`), tasks left out."""
        body = factory[1].child_by_field_name("body")
        if body is None or body.type not in ("block", "statement_block"):
            return []
        inner = self.semantic.scopes.open(factory[1], factory[2])
        found: list[tuple[str, Node, Scope]] = []
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue  # a nested function's own returns
            if node.type in self.syntax.returns and node.named_children:
                product = node.named_children[0]
                if product.type in self.syntax.identifier and self.task_of(product, inner) is None:
                    helper = self.binding_function(self.semantic.resolve(product, inner))
                    if helper is not None and helper not in found:
                        found.append(helper)
            stack.extend(node.named_children)
        return found

    def iterated_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`for (const stage of stages) await stage(x)` / `for h in HOOKS.values(): h(x)`:
        the loop variable holds each function of the array (or table) the loop walks,
        a literal the name is bound to once; each of them runs. So does the value of a
        `[key, fn]` entry (`for (const [k, send] of Object.entries(SENDERS))`, a `Map`
        of functions iterated or its `.entries()`, Python's `.items()`) and the element
        parameter of an array method's callback (`SENDERS.forEach((send) => ...)` of a
        `Map`, `[...M.values()].map(...)`)."""
        from wac_lint.semantic import Binding

        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if not isinstance(binding, Binding):
            return []
        target, index = self.pattern_slot(binding.node)
        pair = index == 1
        if index is not None and not pair:
            return []  # the key of an entry
        callback = False
        if binding.kind == NameKind.PARAMETER:
            iterable = self.callback_collection(binding, target)
            callback = True
            scope = binding.scope.parent or scope
        elif binding.kind == NameKind.LOOP:
            loop = binding.node.parent
            while pair and loop is not None and loop.type not in LOOP_HEADS:
                loop = loop.parent
            if binding.rebound and not pair:
                # `for hook in A: ...` then `for hook in B: ...`: the loop around the call
                loop = self.enclosing_loop_of(callee)
            if loop is None or loop.type not in ("for_in_statement", "for_statement"):
                return []
            left = loop.child_by_field_name("left")
            if pair:
                if left is None or left.id != target.id:
                    return []
            elif left is None or (
                left != binding.node
                and (not binding.rebound or left.type not in self.syntax.identifier)
            ):
                return []  # deeper destructured targets: not read
            iterable = self.kept_value(loop.child_by_field_name("right"))
        else:
            return []
        if iterable is None:
            return []
        spread = [c for c in iterable.named_children if c.type != "comment"]
        if iterable.type == "array" and len(spread) == 1 and spread[0].type == "spread_element":
            inner = spread[0].named_children  # `[...M.values()]`: what the spread iterates
            iterable = self.kept_value(inner[0]) if inner else None
            callback = False
        elif iterable.type in self.syntax.call:
            made_by = self.fe.callee(iterable)
            given = self.fe.positional_args(iterable)
            if made_by is not None and self.fe.text(made_by) == "Array.from" and len(given) == 1:
                iterable = self.kept_value(given[0])  # an array of what it iterates
                callback = False
        if iterable is None:
            return []
        table = self.entries_of_table(iterable) if pair else self.values_of_table(iterable)
        if table is not None:  # `Object.values(HOOKS)` / `HOOKS.values()` / `.entries()`
            iterable = table
        elif pair and iterable.type not in self.syntax.identifier:
            return []
        if iterable.type == self.syntax.attribute and not pair and table is None:
            # `for (const stage of this.stages)` where a method stores its parameter in
            # the field (`then(fn) { this.stages.push(fn); return this }`)
            return self.field_registered(iterable, scope)
        literal: Node | None = iterable
        owner = scope
        if iterable.type in self.syntax.identifier:
            held = self.semantic.resolve(iterable, scope)
            if not isinstance(held, Binding) or held.rebound or held.assigned_value is None:
                return []
            literal, owner = self.kept_value(held.assigned_value), held.scope
        if literal is None:
            return []
        found: list[tuple[str, Node, Scope]] = []
        if literal.type == "new_expression":
            # a `Map` yields `[key, value]` entries, its `forEach` and `.values()` the values
            if table is None and pair == callback:
                return []
            for _, value in self.map_entries(literal, owner) or []:
                value = self.kept_value(value) or value
                member: tuple[str, Node, Scope] | None
                if value.type in self.syntax.function:
                    member = (self.fe.text(callee), value, owner)
                elif value.type in self.syntax.identifier and self.task_of(value, owner) is None:
                    member = self.binding_function(self.semantic.resolve(value, owner))
                else:
                    continue
                if member is not None and member not in found:
                    found.append(member)
            return found
        if literal.type in ("object", "dictionary") and table is not None:
            for entry in literal.named_children:
                key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
                name = self.fe.text(entry) if key is None else self.fe.text(key).strip("\"'")
                member = self.object_member(literal, name, self.fe.text(iterable), owner)
                if member is not None and member not in found:
                    found.append(member)
            return found
        if pair or literal.type not in ("array", "list", "tuple", "set"):
            return []
        for element in literal.named_children:
            if element.type in self.syntax.function:
                found.append((self.fe.text(callee), element, owner))
            elif element.type in self.syntax.identifier and self.task_of(element, owner) is None:
                function = self.binding_function(self.semantic.resolve(element, owner))
                if function is not None:
                    found.append(function)
        if iterable.type in self.syntax.identifier:
            # `POST_SIGNUP.append(fn)` in a decorator of the file, or at module level
            held = self.semantic.resolve(iterable, scope)
            for member in self.registered_members(iterable, held):
                registered = member[1]
                if member not in found and (
                    (registered.start_byte, registered.end_byte) not in self.task_functions
                ):
                    found.append(member)
        return found

    def pattern_slot(self, node: Node) -> tuple[Node, int | None]:
        """Where a bound name stands: inside an array / tuple pattern (`[key, task]`,
        `name, task`), that pattern and the name's position in it; else itself."""
        parent = node.parent
        if parent is None or parent.type not in ("array_pattern", "pattern_list", "tuple_pattern"):
            return node, None
        elements = [c for c in parent.named_children if c.type != "comment"]
        position = next((i for i, c in enumerate(elements) if c.id == node.id), None)
        return parent, position

    def callback_collection(self, binding: Binding, target: Node) -> Node | None:
        """The collection an array method walks (`xs.forEach(...)`, `.map`, `.filter`,
        ...) when `target` is the first parameter of the callback it is given first."""
        function = binding.scope.node
        if function.type not in self.syntax.function:
            return None
        params = function.child_by_field_name("parameters")
        if params is None:
            only = function.child_by_field_name("parameter")  # `t => t(x)`
            first = only
        else:
            first = next((c for c in params.named_children if c.type != "comment"), None)
        if first is None or not (first.start_byte <= target.start_byte < first.end_byte):
            return None
        if first.id != target.id and first.child_by_field_name("pattern") != target:
            return None
        args = function.parent
        call = args.parent if args is not None else None
        if args is None or call is None or args.type not in self.syntax.arguments:
            return None
        given = [c for c in args.named_children if c.type != "comment"]
        if not given or given[0].id != function.id or call.type not in self.syntax.call:
            return None
        method_of = self.fe.callee(call)
        if method_of is None or method_of.type != self.syntax.attribute:
            return None
        method = method_of.child_by_field_name(self.syntax.attribute_name_field)
        if method is None or self.fe.text(method) not in ELEMENT_CALLBACKS:
            return None
        return self.kept_value(method_of.child_by_field_name("object"))

    def values_of_table(self, node: Node) -> Node | None:
        """`Object.values(x)` (TypeScript) / `x.values()` (Python): the table `x`."""
        if node.type not in self.syntax.call:
            return None
        callee = self.fe.callee(node)
        args = self.fe.positional_args(node)
        if callee is None or callee.type != self.syntax.attribute:
            return None
        attr = callee.child_by_field_name(self.syntax.attribute_name_field)
        if attr is None or self.fe.text(attr) != "values":
            return None
        obj = callee.child_by_field_name("object")
        if obj is not None and self.fe.text(obj) == "Object" and len(args) == 1:
            return args[0]
        return obj if not args else None

    def map_entries(self, value: Node, scope: Scope) -> list[tuple[str, Node]] | None:
        """`new Map([["bottle", shipBottle], ["case", shipCase]])` (TypeScript, the global
        `Map`): its keys and values, None for anything else (an iterable not written as
        an array of pairs, a spread, a local `Map`)."""
        ctor = value.child_by_field_name("constructor")
        args = value.child_by_field_name("arguments")
        if ctor is None or args is None or ctor.type not in self.syntax.identifier:
            return None
        if self.fe.text(ctor) != "Map" or self.semantic.resolve(ctor, scope) is not None:
            return None
        given = [a for a in args.named_children if a.type != "comment"]
        if len(given) != 1 or given[0].type != "array":
            return None
        entries: list[tuple[str, Node]] = []
        for pair in given[0].named_children:
            if pair.type == "comment":
                continue
            parts = [p for p in pair.named_children if p.type != "comment"]
            if pair.type != "array" or len(parts) != 2:
                return None
            entries.append((self.fe.text(parts[0]), parts[1]))
        return entries or None

    def descriptor_fields(
        self, callee: Node, scope: Scope
    ) -> tuple[list[Node | None], Scope] | None:
        """`s.run` where `s` walks an array of object literals (`[{ name: "a", run:
        extract }, ...]`, written there or in a name bound once to one) in a loop or an
        array method's callback, or `run` destructured from each (`for (const { name,
        run } of STEPS)`, `{ run: go }`): what each element holds in that field (None
        where it has none), and the scope the literals are in. None for anything else."""
        if callee.type != "member_expression" and callee.type not in self.syntax.identifier:
            return None
        if callee.type == "member_expression":
            holder = callee.child_by_field_name("object")
            prop = callee.child_by_field_name("property")
            if holder is None or prop is None or holder.type != "identifier":
                return None
            binding = self.semantic.resolve(holder, scope)
            field = self.fe.text(prop)
            target = binding.node if binding is not None else None
        else:
            binding = self.semantic.resolve(callee, scope)
            if binding is None or binding.node.parent is None:
                return None
            slot = binding.node.parent
            if slot.type not in ("object_pattern", "pair_pattern"):
                return None
            if slot.type == "pair_pattern":
                key = slot.child_by_field_name("key")
                if key is None or slot.child_by_field_name("value") != binding.node:
                    return None
                field = self.fe.text(key).strip("\"'")
                target = slot.parent
            else:
                field = self.fe.text(binding.node)
                target = slot
        if binding is None or target is None:
            return None
        if binding.kind == NameKind.LOOP:
            loop = target.parent
            left = loop.child_by_field_name("left") if loop is not None else None
            if loop is None or loop.type not in LOOP_HEADS or left is None or left.id != target.id:
                return None
            iterable = loop.child_by_field_name("right")
        elif binding.kind == NameKind.PARAMETER:
            iterable = self.callback_collection(binding, target)
        else:
            return None
        array = self.kept_value(iterable)
        if array is not None and array.type in self.syntax.identifier:
            held = self.semantic.resolve(array, self.semantic.scope_at(array))
            if held is None or held.kind != NameKind.ASSIGNMENT or held.rebound:
                return None
            array = self.kept_value(held.value)
        if array is None or array.type != "array":
            return None
        owner = self.semantic.scope_at(array)
        values: list[Node | None] = []
        for element in array.named_children:
            if element.type == "comment":
                continue
            literal = self.kept_value(element)
            if literal is None or literal.type != "object":
                return None
            value: Node | None = None
            for entry in literal.named_children:
                if entry.type == "spread_element":
                    return None  # what the spread holds is not read
                if entry.type == "shorthand_property_identifier" and self.fe.text(entry) == field:
                    value = entry
                elif entry.type == "pair":
                    key = entry.child_by_field_name("key")
                    if key is not None and self.fe.text(key).strip("\"'") == field:
                        value = self.kept_value(entry.child_by_field_name("value"))
            values.append(value)
        return values, owner

    def descriptor_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """The functions of the file a field of an array of descriptors holds (see
        `descriptor_fields`): any of them may run where the field is called."""
        found = self.descriptor_fields(callee, scope)
        if found is None:
            return []
        values, owner = found
        functions: list[tuple[str, Node, Scope]] = []
        for value in values:
            member: tuple[str, Node, Scope] | None = None
            if value is None:
                continue
            if value.type in self.syntax.function:
                member = (self.fe.text(callee), value, owner)
            elif (
                value.type in self.syntax.identifier
                or value.type == "shorthand_property_identifier"
            ):  # not `in (*a, b)`: mypyc cannot compile a starred tuple in a test
                if self.task_of(value, owner) is None:
                    member = self.binding_function(self.semantic.resolve(value, owner))
            if member is not None and member not in functions:
                functions.append(member)
        return functions

    def entries_of_table(self, node: Node) -> Node | None:
        """`Object.entries(x)` (TypeScript) / `x.entries()` / `x.items()`: the table `x`
        whose `[key, value]` entries they yield."""
        if node.type not in self.syntax.call:
            return None
        callee = self.fe.callee(node)
        args = self.fe.positional_args(node)
        parts = self.attribute_parts(callee)
        if parts is None:
            return None
        obj, attr = parts
        name = self.fe.text(attr)
        if self.fe.text(obj) == "Object" and len(args) == 1 and name == "entries":
            return args[0]
        return obj if not args and name in ("entries", "items") else None

    def dispatched_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`HANDLERS[kind](...)` / `notifiers[channel](...)` with a computed key: any
        function of the table the name is bound to may run."""
        while callee.type == "non_null_expression" and callee.named_children:
            callee = callee.named_children[0]  # `handlers.get(kind)!(...)`
        by_name = self.own_module_getattr(callee, scope)
        if by_name is not None:
            return self.module_functions_named(by_name)
        getter = self.table_get(callee)
        if getter is not None:  # `HANDLERS.get(kind)(...)` / `handlers.get(kind)?.(...)`
            obj, index = getter
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
            index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
        else:
            return []
        if obj is None or index is None or index.type in ("number", "integer"):
            return []
        if obj.type == "call" and self.globals_call(obj, scope):
            return self.module_functions_named(index)  # `globals()[f"sync_{system}"]`
        if index.type == "string" and getter is None:
            return []  # a literal key: `local_function` picks its one member
        if obj.type == self.syntax.attribute:
            in_class = self.class_table_functions(obj, index if getter is not None else None, scope)
            if in_class:
                return in_class
            handed = self.field_registered(obj, scope)
            if handed:
                return handed
        from wac_lint.semantic import Binding

        binding = self.semantic.resolve(obj, scope) if obj.type in self.syntax.identifier else None
        held = self.kept_value(binding.assigned_value) if isinstance(binding, Binding) else None
        if held is not None and held.type in self.syntax.new:
            literal_key = self.fe.text(index).strip("\"'`") if index.type == "string" else None
            found = self.map_values(held, scope, literal_key)
            for helper in self.registered_values(binding, literal_key):
                if helper not in found:
                    found.append(helper)
            return found
        registered = self.registered_by_helpers(obj)
        if held is not None and held.type == "dictionary_comprehension":
            # `{fn.__name__: fn for fn in (lookup, refund)}`: each function it loops over
            for kept in self.comprehension_functions(held):
                if kept not in registered:
                    registered.append(kept)
            return registered
        if held is None or held.type not in ("object", "dictionary"):
            return registered
        found = registered
        literal = self.fe.text(index).strip("\"'`") if index.type == "string" else None
        for entry in held.named_children:
            key_node = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key_node is None:
                continue
            if literal is not None and self.fe.text(key_node).strip("\"'") != literal:
                continue  # `HANDLERS.get("slack")`: that member only
            member = self.literal_member(obj, self.fe.text(key_node).strip("\"'"), scope)
            if member is None:
                # `{"ops": Hook(url)}`: an instance of a class of the file, called
                member = self.called_instance(entry.child_by_field_name("value"), scope)
            if member is not None and member not in found:
                found.append(member)
        for member in self.registered_members(obj, binding):
            if member not in found:
                found.append(member)
        return found

    def comprehension_functions(self, table: Node) -> list[tuple[str, Node, Scope]]:
        """The functions of the file a dict comprehension keeps as its values when each
        value is its loop variable and the loop runs over a tuple or list written out of
        names (`{fn.__name__: fn for fn in (lookup, refund)}`); tasks among them are
        dispatched, not run, and left out."""
        pair = table.child_by_field_name("body")
        value = pair.child_by_field_name("value") if pair is not None else None
        loops = [c for c in table.named_children if c.type == "for_in_clause"]
        if value is None or value.type != "identifier" or len(loops) != 1:
            return []
        left = loops[0].child_by_field_name("left")
        items = self.kept_value(loops[0].child_by_field_name("right"))
        if left is None or left.type != "identifier" or self.fe.text(left) != self.fe.text(value):
            return []
        if items is None or items.type not in ("tuple", "list"):
            return []
        owner = self.semantic.scope_at(items)
        functions: list[tuple[str, Node, Scope]] = []
        for item in items.named_children:
            if item.type != "identifier" or self.task_of(item, owner) is not None:
                continue
            member = self.binding_function(self.semantic.resolve(item, owner))
            if member is not None and member not in functions:
                functions.append(member)
        return functions

    def class_table_functions(
        self, obj: Node, index: Node | None, scope: Scope
    ) -> list[tuple[str, Node, Scope]]:
        """`PayRules.handlers[kind](...)` / `self.handlers.get(kind)(...)`: the functions
        of the dict / object literal a class body of the file (or a base's) binds to
        that attribute once (`handlers = {"hourly": pay_hourly}`, a TS `static
        handlers = {...}`); `index`, a literal key given to `.get`, picks one."""
        owner = obj.child_by_field_name("object")
        attr = obj.child_by_field_name(self.syntax.attribute_name_field)
        if owner is None or attr is None:
            return []
        cls = self.class_scope_of(owner, scope)
        member = self.class_member(cls, self.fe.text(attr)) if cls is not None else None
        value = member.assigned_value if member is not None else None
        held = self.kept_value(value) if value is not None else None
        table_scope = member.scope if member is not None else None
        if member is None and cls is not None:
            # `self.handlers = {...}` in `__init__`: the one table instances hold
            held = self.init_field_table(cls, self.fe.text(attr))
            table_scope = self.semantic.scope_at(held) if held is not None else None
        if held is None or table_scope is None or held.type not in ("object", "dictionary"):
            return []
        literal = (
            self.fe.text(index).strip("\"'`")
            if index is not None and index.type == "string"
            else None
        )
        found: list[tuple[str, Node, Scope]] = []
        label = self.fe.text(obj)
        for entry in held.named_children:
            key_node = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key_node is None:
                continue
            key_text = self.fe.text(key_node).strip("\"'")
            if literal is not None and key_text != literal:
                continue
            got = self.object_member(held, key_text, label, table_scope)
            if got is not None and got not in found:
                found.append(got)
        return found

    def init_field_table(self, cls: Scope, field: str) -> Node | None:
        """The dict literal a Python class's `__init__` assigns to `self.<field>`, when
        that is the one assignment of the field in the class body's text."""
        body = cls.node.child_by_field_name("body")
        if body is None or cls.node.type != "class_definition":
            return None
        text = self.fe.text(cls.node)
        if len(re.findall(rf"\bself\.{re.escape(field)}\s*(?:=(?!=)|\[|:)", text)) != 1:
            return None  # assigned elsewhere too, or filled item by item
        for statement in body.named_children:
            if statement.type == "decorated_definition":
                statement = statement.child_by_field_name("definition") or statement
            name = statement.child_by_field_name("name")
            if statement.type != "function_definition" or name is None:
                continue
            if self.fe.text(name) != "__init__":
                continue
            for node in self.fe.model.node_index.by_type.get("assignment", []):
                if not statement.start_byte <= node.start_byte < statement.end_byte:
                    continue
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is None or right is None or left.type != "attribute":
                    continue
                target = left.child_by_field_name("object")
                member = left.child_by_field_name("attribute")
                if target is None or member is None or self.fe.text(target) != "self":
                    continue
                if self.fe.text(member) == field:
                    return right if right.type == "dictionary" else None
        return None

    def held_table_read(self, callee: Node, scope: Scope) -> Node | None:
        """The `HANDLERS[kind]` / `HANDLERS.get(kind)` a name is bound to once, whole."""
        from wac_lint.semantic import Binding

        binding = self.semantic.resolve(callee, scope)
        value = binding.assigned_value if isinstance(binding, Binding) else None
        while value is not None and value.type in self.semantic.syntax.awaits:
            value = value.named_children[-1] if value.named_children else None
        if value is None:
            return None
        if value.type in ("subscript", "subscript_expression") or self.table_get(value):
            return value
        return None

    def registered_members(self, table: Node, binding: object) -> list[tuple[str, Node, Scope]]:
        """The functions a module table gets outside its literal (Python): assigned at
        module level (`HANDLERS["slack"] = notify_slack`), or registered by a decorator
        of the file that stores its argument (`HANDLERS[kind] = fn` in `register(fn)`,
        itself returned by a factory: `@handles("pagerduty")`)."""
        if (
            not self.syntax.keyword_argument
            or not isinstance(binding, Binding)
            or binding.scope.kind != ScopeKind.MODULE
        ):
            return []
        name = self.fe.text(table)
        module = binding.scope
        # one scan of the file per table, however many calls dispatch through it
        cache = self.registered
        if name not in cache:
            cache[name] = self._registered_members(name, module)
        return cache[name]

    def _registered_members(self, name: str, module: Scope) -> list[tuple[str, Node, Scope]]:
        assigned: list[Node] = []
        registrars: set[str] = set()
        for node in iter_nodes(self.semantic.root):
            right = self.registered_value(node, name)
            if right is None:
                continue
            around = self.fe.enclosing_functions(node)
            if not around:
                assigned.append(right)
                continue
            params = self.fe.function_info(around[0]).params
            if any(p.name == self.fe.text(right) for p in params):
                for function in around[:2]:  # the registering function and its factory
                    own = function.child_by_field_name("name")
                    if own is not None:
                        registrars.add(self.fe.text(own))
        found: list[tuple[str, Node, Scope]] = []
        for value in assigned:
            member = self.local_function(value, module)
            if member is not None:
                found.append(member)
        for statement in self.semantic.root.named_children if registrars else ():
            if statement.type != "decorated_definition":
                continue
            for decorator in statement.named_children:
                expression = decorator.named_children[0] if decorator.named_children else None
                if expression is not None and expression.type in self.syntax.call:
                    expression = self.fe.callee(expression)
                if (
                    decorator.type == "decorator"
                    and expression is not None
                    and self.fe.text(expression) in registrars
                ):
                    definition = statement.child_by_field_name("definition")
                    own = definition.child_by_field_name("name") if definition else None
                    member = (
                        self.binding_function(module.bindings.get(self.fe.text(own)))
                        if own is not None
                        else None
                    )
                    if member is not None and member not in found:
                        found.append(member)
                    break
        return found

    def registered_value(self, node: Node, table: str) -> Node | None:
        """The name `node` stores in the module table `table`: `table[key] = fn`, or
        (a list or set of functions) `table.append(fn)` / `.add(fn)` / `.insert(i, fn)`."""
        if node.type == "assignment":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            held = left.child_by_field_name("value") if left is not None else None
            if left is None or left.type != "subscript" or held is None:
                return None
            if self.fe.text(held) != table or right is None or right.type != "identifier":
                return None
            return right
        if node.type != "call":
            return None
        callee = self.fe.callee(node)
        if callee is None or callee.type != "attribute":
            return None
        method = callee.child_by_field_name("attribute")
        held = callee.child_by_field_name("object")
        if method is None or held is None or self.fe.text(held) != table:
            return None
        if self.fe.text(method) not in ("append", "add", "insert"):
            return None
        args = self.fe.positional_args(node)
        value = args[-1] if args else None
        return value if value is not None and value.type == "identifier" else None

    def method_applied(self, callee: Node, call: Node, scope: Scope) -> tuple[str, int] | None:
        """`operator.methodcaller("post", url)(session)` (also kept in a name first):
        the method it names, called on its argument: `requests.Session().post`, and how
        many positional arguments the method gets."""
        maker: Node | None = callee
        if callee.type in self.syntax.identifier:
            binding = self.semantic.resolve(callee, scope)
            maker = binding.assigned_value if binding is not None else None
        if maker is None or maker.type not in self.syntax.call:
            return None
        function = self.fe.callee(maker)
        if function is None or self.fe.qualname(function, scope) != "operator.methodcaller":
            return None
        given = self.fe.positional_args(maker)
        method = self.fe.string_value(given[0]) if given else None
        target = self.fe.positional_args(call)
        if method is None or len(target) != 1:
            return None
        receiver = self.fe.qualname(target[0], scope)
        if receiver is None or receiver.startswith((".", LOCAL)):
            return None
        return f"{receiver}.{method}", len(given) - 1

    def called_instance(self, value: Node | None, scope: Scope) -> tuple[str, Node, Scope] | None:
        """The `__call__` (Python) of the class of the file `value` builds, if any."""
        method = self.fe.call_method
        if value is None or method is None or value.type not in self.syntax.call:
            return None
        class_scope = self.class_scope_of(value, scope)
        if class_scope is None:
            return None
        return self.class_method(class_scope, method)

    def looked_up_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`getattr(self, f"_on_{kind}")(...)` / `globals()[f"handle_{kind}"](...)`: a
        function looked up by a name built at run time. Any method of the class (any
        function of the module) whose name starts with the name's literal prefix may
        run; a name without a literal prefix says nothing about which."""
        while callee.type == "parenthesized_expression" and callee.named_children:
            callee = callee.named_children[0]
        holder: Scope | None = None
        name: Node | None = None
        if callee.type in self.syntax.call:
            function = self.fe.callee(callee)
            args = self.fe.positional_args(callee)
            if (
                function is None
                or function.type not in self.syntax.identifier
                or self.fe.text(function) != "getattr"
                or self.semantic.resolve(function, scope) is not None
                or len(args) < 2
            ):
                return []
            holder = self.class_scope_of(args[0], scope)
            name = args[1]
        elif callee.type == "subscript":
            table = callee.child_by_field_name("value")
            name = callee.child_by_field_name("subscript")
            if (
                table is None
                or table.type not in self.syntax.call
                or self.fe.text(table).replace(" ", "") not in ("globals()", "vars()")
            ):
                return []
            holder = self.semantic.module
        if holder is None or name is None:
            return []
        exact, prefix = self.name_prefix(name)
        if not prefix:
            return []
        found: list[tuple[str, Node, Scope]] = []
        names = list(holder.bindings)
        bases = self.base_classes(holder) if holder.kind == ScopeKind.CLASS else []
        for base in bases:
            names += [n for n in base.bindings if n not in names]
        for member in names:
            if member != prefix if exact else not member.startswith(prefix):
                continue
            reached = (
                self.class_method(holder, member)
                if holder.kind == ScopeKind.CLASS
                else self.binding_function(holder.bindings.get(member))
            )
            if reached is not None and reached not in found:
                found.append(reached)
        return found

    def picked_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """A Python name that holds a function picked before the call: from a table
        (`handler = ROUTES.get(route, to_stdout)`, its default included; `ROUTES[r]`), or
        assigned a function of the file on several branches (`cleanup = archive` in one
        `match` arm, `cleanup = keep` in another): any of them may run."""
        if not self.syntax.keyword_argument or callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.member:
            return []
        found: list[tuple[str, Node, Scope]] = []
        if not binding.rebound:
            value = binding.value
            if value is None or (value.type not in self.syntax.call and value.type != "subscript"):
                return []
            found = list(self.dispatched_functions(value, binding.scope))
            getter = self.table_get(value) if value.type in self.syntax.call else None
            args = self.fe.positional_args(value) if getter is not None else []
            if found and len(args) == 2 and args[1].type in self.syntax.identifier:
                default = self.local_function(args[1], binding.scope)
                if default is not None and default not in found:
                    found.append(default)
            return found
        known = self.picked.get(id(binding))
        if known is None:
            known = self.picked[id(binding)] = self.assigned_functions(binding)
        return list(known)

    def assigned_functions(self, binding: Binding) -> list[tuple[str, Node, Scope]]:
        """The functions of the file a rebound name is assigned (`name = f` in its scope),
        or none when it is also assigned something else."""
        found: list[tuple[str, Node, Scope]] = []
        for node in iter_nodes(binding.scope.node):
            if node.type != "assignment":
                continue
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None or self.fe.text(left) != binding.name:
                continue
            if right.type not in self.syntax.identifier:
                return []  # something else is assigned too: not only functions
            function = self.local_function(right, binding.scope)
            if function is None:
                return []
            if function not in found:
                found.append(function)
            if len(found) == MAX_MAY_CALL:
                break
        return found

    def table_class_methods(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`STRATEGIES[mode]().run(path)` / `STRATEGIES.get(mode)().run(path)` on a dict
        of classes of the file: the method of whichever class the key picks."""
        if callee.type != self.syntax.attribute:
            return []
        built = callee.child_by_field_name("object")
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        if built is None or method is None or built.type not in self.syntax.call:
            return []
        maker = self.fe.callee(built)
        if maker is None:
            return []
        getter = self.table_get(maker)
        if getter is not None:
            table: Node | None = getter[0]
        elif maker.type in ("subscript", "subscript_expression"):
            table = maker.child_by_field_name("value") or maker.child_by_field_name("object")
        else:
            return []
        if table is None or table.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(table, scope)
        held = binding.assigned_value if binding is not None else None
        if held is None or held.type not in ("dictionary", "object"):
            return []
        found: list[tuple[str, Node, Scope]] = []
        for entry in held.named_children:
            value = entry.child_by_field_name("value")
            if value is None or value.type not in self.syntax.identifier:
                continue
            cls = self.semantic.resolve(value, binding.scope if binding else scope)
            if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
                continue
            class_scope = self.open_class(cls.value, cls.scope)
            reached = (
                self.class_method(class_scope, self.fe.text(method))
                if class_scope is not None
                else None
            )
            if reached is not None and reached not in found:
                found.append(reached)
        return found

    def field_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`ch.send(text)` where `ch` is an instance of a dataclass / NamedTuple of the
        file built with a function in its `send` field (`Channel("teams", post_teams)`),
        bound to the name or iterated from a list / tuple of such instances: any of the
        functions given for that field may run."""
        parts = self.attribute_parts(callee) if self.syntax.keyword_argument else None
        if parts is None or parts[0].type not in self.syntax.identifier:
            return []
        obj, attr = parts
        binding = self.semantic.resolve(obj, scope)
        if binding is None or binding.rebound:
            return []
        built: list[Node] = []
        if binding.kind == NameKind.ASSIGNMENT and binding.value is not None:
            built = [binding.value]
        elif binding.kind == NameKind.LOOP:
            loop = binding.node.parent
            items = loop.child_by_field_name("right") if loop is not None else None
            if loop is None or loop.type != "for_statement" or items is None:
                return []
            if items.type in self.syntax.identifier:
                held = self.semantic.resolve(items, scope)
                items = held.assigned_value if held is not None else None
            if items is None or items.type not in ("list", "tuple"):
                return []
            built = list(items.named_children)
        field = self.fe.text(attr)
        found: list[tuple[str, Node, Scope]] = []
        for call in built:
            if call.type not in self.syntax.call:
                continue
            given = self.field_argument(call, field) or self.semantic.namespace_member(call, field)
            if given is not None and given.type in self.syntax.function:
                # `wf = SimpleNamespace(now=lambda: datetime.now(UTC))`, then `wf.now()`
                found.append((self.fe.text(callee), given, self.semantic.scope_at(given)))
                continue
            if given is None or given.type not in self.syntax.identifier:
                continue
            function = self.local_function(given, self.semantic.scope_at(given))
            if function is not None and function not in found:
                found.append(function)
        return found

    def element_methods(
        self, callee: Node, scope: Scope
    ) -> list[tuple[tuple[str, Node, Scope], Scope | None]]:
        """`for (const stage of PIPELINE) await stage.run(job)` over a literal of
        instances of several classes of the file (`[new FontSubset(), new Mux()]`): the
        method of each, with the class `this` is in it when it is inherited (`Stage.run`
        calling the `exec` each subclass overrides). One class is `local_function`'s."""
        parts = self.attribute_parts(callee)
        if parts is None:
            return []
        obj, attr = parts
        if obj.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(obj, scope)
        if binding is None or binding.kind != NameKind.LOOP:
            return []
        classes = self.loop_element_classes(binding, obj)
        if len(classes) < 2:
            return []
        found: list[tuple[tuple[str, Node, Scope], Scope | None]] = []
        for cls in classes:
            method = self.class_method(cls, self.fe.text(attr))
            if method is None:
                continue
            receiver = cls if method[2].node != cls.node else None
            if all(f != (method, receiver) for f in found):
                found.append((method, receiver))
        return found

    def injected_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`this.send(x)` / `this.deps.send(x)` in a method, where the class's
        constructor keeps what it is given (`constructor(private deps: Deps)`, `this.send
        = send`) and the one construction of the class passes a function of the file
        (`new Planner({ send: postReservation })`, `new Relay(postReservation)`)."""
        parts = self.attribute_parts(callee)
        if parts is None:
            return []
        obj, attr = parts
        member: str | None = None
        if obj.type == self.syntax.attribute:
            # `this.deps.send`: member `send` of what `this.deps` holds
            member = self.fe.text(attr)
            inner = self.attribute_parts(obj)
            if inner is None:
                return []
            obj, attr = inner
        if obj.type != "this" and self.fe.text(obj) != "self":
            return []
        held = self.kept_value(self.semantic.attribute_value(obj, self.fe.text(attr), scope))
        if held is not None and member is not None:
            held = self.kept_value(self.literal_entry(held, member))
        if held is None:
            return []
        where = self.semantic.scope_at(held)
        if held.type in self.syntax.function:
            return [("<function>", held, where)]
        if held.type not in self.syntax.identifier or self.task_of(held, where) is not None:
            return []
        function = self.local_function(held, where)
        return [function] if function is not None else []

    def literal_entry(self, value: Node, name: str) -> Node | None:
        """The value an object literal gives its member `name` (`{ send: post }`, `{ post
        }`), None for anything else."""
        if value.type != "object":
            return None
        for entry in value.named_children:
            if entry.type == "shorthand_property_identifier" and self.fe.text(entry) == name:
                return entry
            if entry.type != "pair":
                continue
            key = entry.child_by_field_name("key")
            if key is not None and self.fe.text(key).strip("\"'") == name:
                return entry.child_by_field_name("value")
        return None

    def field_argument(self, call: Node, field: str) -> Node | None:
        """The argument a call building a dataclass / NamedTuple of the file gives its
        field `field`: by keyword, or by the field's place among the annotated fields of
        the class body (a class with its own `__init__` maps them otherwise)."""
        maker = self.fe.callee(call)
        if maker is None or maker.type not in self.syntax.identifier:
            return None
        cls = self.semantic.resolve(maker, self.semantic.scope_at(maker))
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        keyword = self.fe.keyword_arg(call, field)
        if keyword is not None:
            return keyword
        body = cls.value.child_by_field_name("body")
        fields: list[str] = []
        for statement in body.named_children if body is not None else ():
            if statement.type == "function_definition":
                name = statement.child_by_field_name("name")
                if name is not None and self.fe.text(name) == "__init__":
                    return None
            inner = statement.named_children[0] if statement.named_children else None
            if statement.type != "expression_statement" or inner is None:
                continue
            target = inner.child_by_field_name("left")
            if inner.type == "assignment" and inner.child_by_field_name("type") is not None:
                if target is not None and target.type in self.syntax.identifier:
                    fields.append(self.fe.text(target))
        if field not in fields:
            return None
        positional = self.fe.positional_args(call)
        index = fields.index(field)
        return positional[index] if index < len(positional) else None

    def registered_implementations(
        self, function: tuple[str, Node, Scope], argument: Node | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """The implementations of a `functools.singledispatch` function (or method):
        the functions beside it decorated `@name.register` / `@name.register(Type)`.
        When the argument's type is plain (`emit(Metric(...))` of a class of the file,
        a literal), only the one registered for that type."""
        known_as, node, scope = function
        wanted = self.argument_type(argument) if argument is not None else None
        decorated = node.parent
        name = node.child_by_field_name("name")
        if decorated is None or decorated.type != "decorated_definition" or name is None:
            return []
        dispatches = False
        for decorator in decorated.named_children:
            expression = decorator.named_children[0] if decorator.named_children else None
            if decorator.type == "decorator" and expression is not None:
                if self.fe.qualname(expression, scope) in SINGLE_DISPATCH:
                    dispatches = True
        block = decorated.parent
        if not dispatches or block is None:
            return []
        register = self.fe.text(name) + ".register"
        found = []
        for sibling in block.named_children:
            if sibling.type != "decorated_definition" or sibling == decorated:
                continue
            implementation = sibling.child_by_field_name("definition")
            if implementation is None or implementation.type not in self.syntax.function:
                continue
            for decorator in sibling.named_children:
                expression = decorator.named_children[0] if decorator.named_children else None
                if decorator.type != "decorator" or expression is None:
                    continue
                typed = None
                if expression.type in self.syntax.call:
                    given = self.fe.positional_args(expression)  # `@emit.register(Alert)`
                    typed = given[0] if given else None
                    expression = self.fe.callee(expression)
                if expression is None or self.fe.text(expression) != register:
                    continue
                label = implementation.child_by_field_name("name")
                own = self.fe.text(label) if label is not None else "_"
                if typed is None:  # `def _(self, item: int)`: the first annotated one
                    params = implementation.child_by_field_name("parameters")
                    typed = next(
                        (
                            p.child_by_field_name("type")
                            for p in (params.named_children if params else ())
                            if p.child_by_field_name("type") is not None
                        ),
                        None,
                    )
                kind = self.fe.text(typed) if typed is not None else "…"
                if wanted is not None and kind not in wanted:
                    break  # registered for another type than the argument's
                if own == "_":  # the usual name: say which type it is registered for
                    own = f"{known_as}[{kind}]"
                found.append((own, implementation, scope))
                break
        return found

    def argument_type(self, argument: Node) -> frozenset[str] | None:
        """The types a dispatching call's argument plainly has: a class of the file it
        builds (`Metric(...)`) with its bases' names, or a literal's (`3`: `int`)."""
        literal = {
            "integer": "int",
            "float": "float",
            "string": "str",
            "list": "list",
            "dictionary": "dict",
        }
        if argument.type in literal:
            return frozenset({literal[argument.type]})
        if argument.type not in self.syntax.call:
            return None
        maker = self.fe.callee(argument)
        if maker is None or maker.type not in self.syntax.identifier:
            return None
        cls = self.semantic.resolve(maker, self.semantic.scope_at(maker))
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        names = {self.fe.text(maker)}
        for _ in range(8):  # the bases of the file's classes, up the chain
            bases = cls.value.child_by_field_name("superclasses") if cls.value else None
            base = bases.named_children[0] if bases and bases.named_children else None
            if base is None or base.type not in self.syntax.identifier:
                break
            names.add(self.fe.text(base))
            cls = self.semantic.resolve(base, self.semantic.scope_at(base))
            if cls is None or cls.kind != NameKind.CLASS:
                break
        return frozenset(names)

    def name_prefix(self, name: Node) -> tuple[bool, str]:
        """The literal start of a name built at run time, and whether it is the whole
        name: `"x"` (whole), `f"_on_{kind}"`, `"_on_" + kind`, `"_on_%s" % kind`,
        `"_on_{}".format(kind)` (the part before the first substitution)."""
        if name.type == "string":
            parts = [c for c in name.named_children if c.type not in ("string_start", "string_end")]
            prefix = ""
            for part in parts:
                if part.type != "string_content":
                    return False, prefix
                prefix += self.fe.text(part)
            return True, prefix
        if name.type == "binary_operator":
            left = name.child_by_field_name("left")
            operator = name.child_by_field_name("operator")
            if left is None or left.type != "string" or operator is None:
                return False, ""
            exact, prefix = self.name_prefix(left)
            if not exact:
                return False, prefix
            if self.fe.text(operator) == "%":
                return False, prefix.split("%", 1)[0]
            return False, prefix if self.fe.text(operator) == "+" else ""
        if name.type in self.syntax.call:
            function = self.fe.callee(name)
            if function is not None and function.type == self.syntax.attribute:
                obj = function.child_by_field_name("object")
                attr = function.child_by_field_name(self.syntax.attribute_name_field)
                if (
                    obj is not None
                    and attr is not None
                    and obj.type == "string"
                    and self.fe.text(attr) == "format"
                ):
                    exact, prefix = self.name_prefix(obj)
                    return False, prefix.split("{", 1)[0] if exact else prefix
        return False, ""

    def field_registered(self, obj: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`this.edges.get(kind)(...)` in a method, where a method of the same class
        stores one of its parameters in that field (`addEdge(from, to) {
        this.edges.set(from, to) }`, also `typeof to === "string" ? () => to : to`):
        the functions the file hands that method for it (`new Graph().addEdge("score",
        route)`, `graph.addEdge(...)`; chained builders and instances of the class)."""
        owner = obj.child_by_field_name("object")
        attr = obj.child_by_field_name(self.syntax.attribute_name_field)
        if owner is None or attr is None or owner.type not in ("this", "identifier"):
            return []
        if owner.type == "identifier" and self.fe.text(owner) not in ("self", "cls"):
            return []
        cls = self.class_scope_of(owner, scope)
        if cls is None:
            return []
        key = (cls.node.start_byte, cls.node.end_byte, self.fe.text(obj))
        memo = self.field_registered_memo
        if key not in memo:
            memo[key] = self._field_registered(cls, self.fe.text(obj))
        return list(memo[key])

    def _field_registered(self, cls: Scope, spelled: str) -> list[tuple[str, Node, Scope]]:
        registrars: dict[str, list[int]] = {}  # method name -> the parameters it stores
        for name, binding in cls.bindings.items():
            method = self.binding_function(binding)
            info = self.fe.function_info(method[1]) if method is not None else None
            if info is None or info.body is None:
                continue
            params = [p.name for p in info.params if p.name not in ("self", "cls")]
            stored = [i for i, p in enumerate(params) if self.stores_in(info.body, spelled, p)]
            if stored:
                registrars[name] = stored
        found: list[tuple[str, Node, Scope]] = []
        if not registrars:
            return found
        for call in self.fe.model.node_index.by_type.get(self.fe.model.lang.call_node, []):
            callee = self.fe.callee(call)
            parts = self.attribute_parts(callee) if callee is not None else None
            if parts is None or self.fe.text(parts[1]) not in registrars:
                continue
            at = self.semantic.scope_at(call)
            holder = self.class_scope_of(parts[0], at)
            if holder is None or holder.node != cls.node:
                continue
            args = self.fe.positional_args(call)
            for index in registrars[self.fe.text(parts[1])]:
                arg = args[index] if index < len(args) else None
                handed: tuple[str, Node, Scope] | None = None
                if arg is None:
                    continue
                if arg.type in self.syntax.function:
                    handed = f"{spelled}[]", arg, at
                elif arg.type in self.syntax.identifier and self.task_of(arg, at) is None:
                    handed = self.binding_function(self.semantic.resolve(arg, at))
                if handed is not None and handed not in found:
                    found.append(handed)
        return found

    def registered_by_helpers(self, table: Node) -> list[tuple[str, Node, Scope]]:
        """`Dispatcher.register("page", async (e) => {...})` as a statement at module
        level, where the file's `register(kind, h)` stores its parameter in the table the
        call reads (`Dispatcher.handlers[kind] = h` / `handlers.set(kind, h)`): the
        functions registered when the module loads (tasks among them are dispatched)."""
        spelled = self.fe.text(table)
        if not spelled or len(spelled) > 120:
            return []
        if spelled not in self.registered_memo:
            self.registered_memo[spelled] = self._registered_by_helpers(spelled)
        return list(self.registered_memo[spelled])

    def _registered_by_helpers(self, spelled: str) -> list[tuple[str, Node, Scope]]:
        module = self.semantic.module
        found: list[tuple[str, Node, Scope]] = []
        for stmt in self.semantic.root.named_children:
            call = stmt.named_children[0] if stmt.type == "expression_statement" else None
            if call is None or call.type not in self.syntax.call:
                continue
            callee = self.fe.callee(call)
            registrar = self.local_function(callee, module) if callee is not None else None
            if registrar is None:
                continue
            info = self.fe.function_info(registrar[1])
            params = [p.name for p in info.params if p.name not in ("self", "cls")]
            for index, arg in enumerate(self.fe.positional_args(call)):
                if index >= len(params) or info.body is None:
                    continue
                handed: tuple[str, Node, Scope] | None = None
                if arg.type in self.syntax.function:
                    handed = f"{spelled}[]", arg, module
                elif arg.type in self.syntax.identifier and self.task_of(arg, module) is None:
                    handed = self.binding_function(self.semantic.resolve(arg, module))
                if handed is None or handed in found:
                    continue
                if self.stores_in(info.body, spelled, params[index]):
                    found.append(handed)
        return found

    def stores_in(self, body: Node, table: str, name: str) -> bool:
        """`body` stores the parameter `name` in the table spelled `table`: `table[k] =
        name` or `table.set(k, name)`."""
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in ("assignment_expression", "assignment"):
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if (
                    left is not None
                    and right is not None
                    and left.type in ("subscript_expression", "subscript")
                    and self.holds(right, name)
                ):
                    obj = left.child_by_field_name("object") or left.child_by_field_name("value")
                    if obj is not None and self.fe.text(obj) == table:
                        return True
            elif node.type in self.syntax.call:
                callee = self.fe.callee(node)
                args = self.fe.positional_args(node)
                spelled = self.fe.text(callee) if callee is not None else ""
                if spelled == f"{table}.set" and len(args) == 2 and self.holds(args[1], name):
                    return True
                if spelled in (f"{table}.{m}" for m in ADDING) and any(
                    self.holds(a, name) for a in args
                ):
                    return True  # `this.stages.push(fn)`: a list of functions
            stack.extend(node.named_children)
        return False

    def holds(self, value: Node, name: str) -> bool:
        """`value` is the name `name`, or may be it: a branch of a conditional (`typeof
        to === "string" ? () => to : to`), a side of a fallback (`to ?? noop`)."""
        if self.fe.text(value) == name:
            return True
        if value.type in ("ternary_expression", "conditional_expression"):
            condition = value.child_by_field_name("condition")
            branches = [c for c in value.named_children if c != condition]
            if value.type == "conditional_expression" and len(branches) == 3:
                branches = [branches[0], branches[2]]  # `a if c else b`
            return any(self.holds(b, name) for b in branches if b.type != "comment")
        if value.type in ("binary_expression", "boolean_operator"):
            operator = value.child_by_field_name("operator")
            if operator is not None and self.fe.text(operator) in ("??", "||", "or"):
                sides = (value.child_by_field_name("left"), value.child_by_field_name("right"))
                return any(self.holds(v, name) for v in sides if v is not None)
        if value.type in ("parenthesized_expression", "as_expression", "non_null_expression"):
            inner = value.named_children[0] if value.named_children else None
            return inner is not None and self.holds(inner, name)
        return False

    def calls_a_result(self, callee: Node, scope: Scope) -> bool:
        """Is the callee the result of a call: `make_sender(url)(...)`, or a name bound
        once to one (`send = make_sender(url)`, also awaited)?"""
        from wac_lint.semantic import Binding

        value: Node | None = callee
        if callee.type in self.syntax.identifier:
            binding = self.semantic.resolve(callee, scope)
            value = binding.assigned_value if isinstance(binding, Binding) else None
        while value is not None and value.type in self.semantic.syntax.awaits:
            value = value.named_children[-1] if value.named_children else None
        return value is not None and value.type in self.syntax.call

    def imported_members(self, callee: Node, scope: Scope) -> list[Node]:
        """`SENDERS[kind](...)` / `SENDERS.get(kind)(...)` on a dict / object literal of
        the file: the members that name an imported function (`post_json`,
        `http.post_json`, `{ postJson }`), under the key when it is a literal."""
        getter = self.table_get(callee)
        if getter is not None:
            obj, index = getter
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
            index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
        else:
            return []
        if obj is None or index is None or obj.type not in self.syntax.identifier:
            return []
        from wac_lint.semantic import Binding

        binding = self.semantic.resolve(obj, scope)
        held = self.kept_value(binding.assigned_value) if isinstance(binding, Binding) else None
        if held is None or held.type not in ("object", "dictionary"):
            return []
        literal = self.fe.text(index).strip("\"'`") if index.type == "string" else None
        found = []
        for entry in held.named_children:
            if entry.type == "shorthand_property_identifier":
                key_node: Node | None = entry
                value: Node | None = entry
            elif entry.type == "pair":
                key_node = entry.child_by_field_name("key")
                value = entry.child_by_field_name("value")
            else:
                continue
            if key_node is None or value is None:
                continue
            if literal is not None and self.fe.text(key_node).strip("\"'") != literal:
                continue
            if value.type == self.syntax.attribute:  # `{"json": http.post_json}`
                qual = self.fe.qualname(value, scope)
                if qual is not None and not qual.startswith((LOCAL, ".")):
                    found.append(value)
                continue
            # a name, or `{ postJson }` (the shorthand names the binding of that name);
            # the file's own functions are `dispatched_functions`'
            shorthand = entry.type == "shorthand_property_identifier"
            if value.type not in self.syntax.identifier and not shorthand:
                continue
            target = self.semantic.resolve(value, scope)
            if target is not None and target.kind == NameKind.IMPORT:
                found.append(value)
        return found

    def globals_call(self, call: Node, scope: Scope) -> bool:
        """`globals()` (Python's builtin, not a name of the file): the module's names."""
        callee = self.fe.callee(call)
        return (
            callee is not None
            and callee.type in self.syntax.identifier
            and self.fe.text(callee) == "globals"
            and not self.fe.positional_args(call)
            and self.semantic.resolve(callee, scope) is None
        )

    def own_module_getattr(self, call: Node, scope: Scope) -> Node | None:
        """The name argument of `getattr(sys.modules[__name__], name)` (Python's builtin
        `getattr` on the script's own module: `globals()[name]` by another spelling)."""
        if call.type != "call":
            return None
        callee = self.fe.callee(call)
        args = self.fe.positional_args(call)
        if (
            callee is None
            or callee.type not in self.syntax.identifier
            or self.fe.text(callee) != "getattr"
            or self.semantic.resolve(callee, scope) is not None
            or len(args) != 2
            or args[0].type != "subscript"
        ):
            return None
        modules = args[0].child_by_field_name("value")
        index = args[0].child_by_field_name("subscript")
        if modules is None or index is None or self.fe.text(index) != "__name__":
            return None
        if self.semantic.qualified_name(modules, scope) != "sys.modules":
            return None
        return args[1]

    def module_functions_named(self, key: Node) -> list[tuple[str, Node, Scope]]:
        """The functions of the module (not its tasks: those dispatch) whose names the key
        of `globals()[key]` can spell: a literal, or an f-string / `+` whose literal parts
        are kept (`f"sync_{system}"`: every `sync_*`)."""
        pattern = self.name_pattern(key, 0)
        if pattern is None or not pattern.replace(".*", ""):
            return []  # `globals()[name]`: nothing says which of the module's names
        spelled = re.compile(pattern)
        found: list[tuple[str, Node, Scope]] = []
        module = self.semantic.module
        for name, binding in module.bindings.items():
            if not spelled.fullmatch(name) or name in self.fe.task_bindings:
                continue
            function = self.binding_function(binding)
            if function is not None:
                found.append(function)
        return found

    def name_pattern(self, key: Node, depth: int) -> str | None:
        """A regular expression for the names a string expression can give: its literal
        parts as written, anything for what is interpolated or added."""
        if depth > 8:
            return None
        if key.type == "string":
            text = self.fe.string_value(key)
            if text is not None:
                return re.escape(text)
            parts = []
            for child in key.named_children:
                if child.type == "string_content":
                    parts.append(re.escape(self.fe.text(child)))
                elif child.type == "interpolation":
                    parts.append(".*")
                elif child.type not in ("string_start", "string_end"):
                    return None
            return "".join(parts)
        if key.type == "binary_operator":
            operator = key.child_by_field_name("operator")
            left = key.child_by_field_name("left")
            right = key.child_by_field_name("right")
            if operator is None or operator.type != "+" or left is None or right is None:
                return None
            sides = [
                self.name_pattern(side, depth + 1) if side.type == "string" else ".*"
                for side in (left, right)
            ]
            if any(side is None for side in sides):
                return None
            return "".join(side for side in sides if side is not None)
        return ".*"

    def registered_values(
        self, binding: object, only: str | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """`notifiers.set("teams", async (t) => {...})` as statements at module level, on
        a module-level `Map` (under the key `only`, when the key is a literal): the file's
        functions registered in it when the module loads."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding) or binding.scope.kind != ScopeKind.MODULE:
            return []
        found: list[tuple[str, Node, Scope]] = []
        for stmt in self.semantic.root.named_children:
            call = stmt.named_children[0] if stmt.type == "expression_statement" else None
            if call is None or call.type not in self.syntax.call:
                continue
            callee = self.fe.callee(call)
            if callee is None or callee.type != self.syntax.attribute:
                continue
            obj = callee.child_by_field_name("object")
            attr = callee.child_by_field_name(self.syntax.attribute_name_field)
            args = self.fe.positional_args(call)
            if obj is None or attr is None or self.fe.text(attr) != "set" or len(args) != 2:
                continue
            if self.semantic.resolve(obj, binding.scope) is not binding:
                continue
            if only is not None and self.fe.text(args[0]).strip("\"'`") != only:
                continue
            value = args[1]
            helper: tuple[str, Node, Scope] | None = None
            if value.type in self.syntax.function:
                helper = f"{binding.name}.get", value, binding.scope
            elif value.type in self.syntax.identifier:
                if self.task_of(value, binding.scope) is None:  # a task is dispatched
                    helper = self.binding_function(self.semantic.resolve(value, binding.scope))
            if helper is not None and helper not in found:
                found.append(helper)
        return found

    def map_values(
        self, built: Node, scope: Scope, only: str | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """`new Map([["slack", postSlack], ...])`: the file's functions it holds (under the
        key `only`, when the key is a literal)."""
        ctor = built.child_by_field_name("constructor")
        args = built.child_by_field_name("arguments")
        if ctor is None or self.fe.text(ctor) != "Map" or args is None or not args.named_children:
            return []
        found = []
        for pair in (
            args.named_children[0].named_children if args.named_children[0].type == "array" else ()
        ):
            value = (
                pair.named_children[1]
                if pair.type == "array" and len(pair.named_children) == 2
                else None
            )
            if value is None:
                continue
            if only is not None and self.fe.text(pair.named_children[0]).strip("\"'`") != only:
                continue
            if value.type in self.syntax.function:
                found.append(("Map.get", value, scope))
            elif value.type in self.syntax.identifier:
                helper = self.binding_function(self.semantic.resolve(value, scope))
                if helper is not None and helper not in found:
                    found.append(helper)
        return found
