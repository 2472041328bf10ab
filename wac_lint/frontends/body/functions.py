"""The body walk's function lookups: the `FunctionLookups` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

from wac_lint.frontends.body.classes import ClassLookups
from wac_lint.frontends.body.records import Node, iter_nodes
from wac_lint.frontends.body.vocabulary import LIBRARY_INSTANCE_MAKERS, MAX_MAY_CALL
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope, ScopeKind

# entries of a literal read for the class of its elements (a larger table is a data
# table, not a registry of service objects)
MAX_LITERAL_ELEMENTS = 32


# Library decorators whose object calls the decorated function through these methods.
_TOOL_METHODS = frozenset({"invoke", "ainvoke", "run", "arun"})
CALLING_WRAPPERS: dict[str, frozenset[str]] = {
    "langchain_core.tools.tool": _TOOL_METHODS,
    "langchain.tools.tool": _TOOL_METHODS,
    "langchain.agents.tool": _TOOL_METHODS,
    "prefect.task": frozenset({"fn"}),
    "prefect.flow": frozenset({"fn"}),
}


class FunctionLookups(ClassLookups):
    """Which function of the file a callee names: a binding, a method of the class an
    instance is, a factory's product, a member of an object literal."""

    def bound_function(self, arg: Node, scope: Scope) -> Node:
        """`functools.partial(f, ...)` / `f.bind(...)` handed over: `f`, which is what
        runs; any other argument as it is."""
        for _ in range(8):  # partial(partial(f)), never endlessly
            if arg.type not in self.syntax.call:
                return arg
            callee = self.fe.callee(arg)
            if callee is None:
                return arg
            if self.fe.qualname(callee, scope) in ("functools.partial", "partial"):
                inner = self.fe.positional_args(arg)
                if not inner:
                    return arg
                arg = inner[0]
            elif callee.type == self.syntax.attribute and self.is_bind(callee):
                bound = callee.child_by_field_name("object")
                if bound is None:
                    return arg
                arg = bound
            else:
                return arg
        return arg

    def decorated_by_library(
        self, obj: Node, method: str, scope: Scope
    ) -> tuple[str, Node, Scope] | None:
        """`search.invoke({...})` where `search` is a function of the file under a library
        decorator that turns it into an object whose `method` calls it there and then
        (LangChain's `@tool`: a `StructuredTool` whose `invoke` / `run` call the function;
        Prefect's `@task` / `@flow`: `.fn` is the function itself)."""
        if obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        function = self.binding_function(binding)
        holder = function[1].parent if function is not None else None
        if function is None or holder is None or holder.type != "decorated_definition":
            return None
        for decorator in holder.named_children:
            if decorator.type != "decorator" or not decorator.named_children:
                continue
            expr = decorator.named_children[0]
            if expr.type in self.syntax.call:
                expr = self.fe.callee(expr) or expr
            qualified = self.semantic.qualified_name(expr) or ""
            if method in CALLING_WRAPPERS.get(qualified, ()):
                return function
        return None

    def local_function(self, callee: Node, scope: Scope) -> tuple[str, Node, Scope] | None:
        """The function of this file a callee reaches: (name, function node, its outer scope)."""
        syntax = self.syntax
        semantic = self.semantic
        if callee.type in syntax.identifier:
            binding = semantic.resolve(callee, scope)
            reaching = self.reaching_functions(binding, callee)
            if reaching is not None:  # a `let` assigned again: what it holds here
                return reaching[0] if len(reaching) == 1 else None
            return (
                self.binding_function(binding)
                or self.instance_call(callee, binding, scope)
                or self.factory_product(binding)
                or self.destructured_member(binding)
            )
        if callee.type == "subscript":  # `NOTIFIERS["slack"](...)`
            obj = callee.child_by_field_name("value")
            index = callee.child_by_field_name("subscript")
            if obj is None or index is None or index.type != "string":
                return None
            if obj.type == "subscript":
                # `CTX["rand"]["uuid4"]()`: a function of a dict literal nested in another
                nested = self.nested_literal(obj, scope)
                if nested is None:
                    return None
                member = self.fe.text(index).strip("\"'")
                held = self.object_member(nested[0], member, self.fe.text(obj), nested[1])
                return (self.fe.text(callee), held[1], held[2]) if held is not None else None
            return self.literal_member(obj, self.fe.text(index).strip("\"'"), scope)
        parts = self.attribute_parts(callee)
        if parts is None:
            return None
        obj, attr = parts
        held = self.literal_member(obj, self.fe.text(attr), scope)
        if held is not None:
            return held
        wrapped = self.decorated_by_library(obj, self.fe.text(attr), scope)
        if wrapped is not None:
            return wrapped
        class_scope = self.class_scope_of(obj, scope)
        if class_scope is None:
            return None
        name = self.fe.text(attr)
        on_self = obj.type == "this" or self.fe.text(obj) == "self"
        if on_self and name in self.fe.overridden_elsewhere:
            return None  # the subclass's method runs: cross-file analysis walks it
        if on_self and self.receiver is not None and self.inherits(self.receiver, class_scope):
            # `self.deliver()` in `Notifier.announce` run for a `SlackNotifier`: its override
            overridden = self.class_method(self.receiver, name)
            if overridden is not None:
                self.found_receiver = self.receiver
                return overridden
        found = self.class_method(class_scope, name)
        if found is not None and not on_self and found[2].node != class_scope.node:
            # `SlackNotifier(hook).announce(...)`: inherited, so `self` in it is the subclass
            self.found_receiver = class_scope
        if found is not None and not on_self and self.is_protocol(found[2]):
            # `sender.send(...)` with `sender: Sender`, a `typing.Protocol`: what runs is
            # the method of the class given, which need not name the protocol as a base;
            # the one class of the file that defines it (with several: not guessed)
            implementations = self.implementations(found[2], name)
            if len(implementations) == 1:
                return implementations[0]
        elif found is not None and not on_self and self.is_abstract(found[1]):
            # `notifier.send(...)` with `notifier: Notifier`, an abstract base class: the
            # override of the one subclass of the file that defines it
            concrete = [
                o
                for sub in self.subclasses(found[2])
                if (o := self.class_method(sub, name)) is not None and not self.is_abstract(o[1])
            ]
            if len({o[1].id for o in concrete}) == 1:
                return concrete[0]
        if (found is None or self.is_abstract(found[1])) and (
            obj.type == "this" or self.fe.text(obj) == "self"
        ):
            # `this.send(...)` in a base class whose `send` is abstract: the override of
            # the one subclass of the file that defines it (with several, which one runs
            # depends on the instance: not guessed)
            overrides: list[tuple[str, Node, Scope]] = []
            for sub in self.subclasses(class_scope):
                override = self.class_method(sub, name)
                if override is not None and not self.is_abstract(override[1]):
                    if all(o[1] != override[1] for o in overrides):
                        overrides.append(override)
            if len(overrides) == 1:
                return overrides[0]
        return found

    def returns_self(self, function: Node) -> bool:
        """Every `return` of the method gives back its receiver (`return this`)."""
        body = function.child_by_field_name("body")
        returned = self.fe.own_return_statements(body) if body is not None else []
        return bool(returned) and all(
            r.named_children
            and (r.named_children[0].type == "this" or self.fe.text(r.named_children[0]) == "self")
            for r in returned
        )

    def factory_product(self, binding: object) -> tuple[str, Node, Scope] | None:
        """`send = make_sender(url)` then `send(x)`: the function the factory of this
        file returns (a lambda / arrow, or a function it defines)."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value = binding.assigned_value
        while value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type not in self.syntax.call:
            return None
        maker = self.fe.callee(value)
        while maker is not None and maker.type == "parenthesized_expression":
            maker = maker.named_children[0] if maker.named_children else None
        if maker is not None and maker.type in self.syntax.function:
            # `const glossaryFor = (() => { const cache = new Map(); return async (k) =>
            # ... })()`: an immediately invoked factory
            factory: tuple[str, Node, Scope] | None = (binding.name, maker, binding.scope)
        elif maker is None or maker.type not in self.syntax.identifier:
            return None
        else:
            factory = self.binding_function(self.semantic.resolve(maker, binding.scope))
        product = self.returned_function(factory) if factory is not None else None
        return (binding.name, *product) if product is not None else None

    def returned_function(self, factory: tuple[str, Node, Scope]) -> tuple[Node, Scope] | None:
        """The function a function of the file returns (a lambda / arrow, or a function it
        defines), with its scope."""
        body = factory[1].child_by_field_name("body")
        if body is None:
            return None
        inner = self.semantic.scopes.open(factory[1], factory[2])
        if body.type in self.syntax.function:
            return body, inner  # `(base) => async (k) => ...`: the arrow is its value
        for product in self.fe.own_returns(body):
            if product.type in self.syntax.function:
                return product, inner
            if product.type in self.syntax.identifier:
                found = self.binding_function(inner.bindings.get(self.fe.text(product)))
                if found is not None:
                    return found[1], found[2]
        return None

    def instance_call(
        self, callee: Node, binding: object, scope: Scope
    ) -> tuple[str, Node, Scope] | None:
        """`hook(text)` on an instance of a class of the file: its `__call__`."""
        from wac_lint.semantic import Binding

        method = self.fe.call_method
        if method is None or not isinstance(binding, Binding):
            return None
        if binding.kind != NameKind.ASSIGNMENT:
            return None
        class_scope = self.class_scope_of(callee, scope)
        if class_scope is None:
            return None
        found = self.binding_function(class_scope.bindings.get(method))
        if found is None:
            return None
        return self.class_prefix(class_scope) + method, found[1], found[2]

    def literal_member(
        self, obj: Node, member: str, scope: Scope, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """A function stored under `member` in an object / dict literal a name is bound
        to once: `const slack = { notify() {...} }`, `NOTIFIERS = {"slack": lambda t: ...}`
        (also `{ notify }` shorthand, a member spread in from another such literal, and
        the literal a module-pattern IIFE returns)."""
        from wac_lint.semantic import Binding

        if obj.type == "this":
            found = self.this_object(scope)
            return self.object_member(found[0], member, "this", found[1], depth) if found else None
        if obj.type == self.syntax.attribute:
            # `ctx.rand.uuidv4()`: a function of an object literal nested in another
            nested = self.nested_literal(obj, scope, depth)
            if nested is None:
                return None
            return self.object_member(nested[0], member, self.fe.text(obj), nested[1], depth)
        if obj.type in self.syntax.call:
            # `using lease = leases.acquire(bay)`, `for await (const p of pagesOf(url))`:
            # the object literal the file's function returns, used where it is made
            made = self.factory_object(obj, scope)
            if made is None:
                return None
            callee = self.fe.callee(obj)
            name = self.fe.text(callee) if callee is not None else ""
            return self.object_member(made[0], member, name, made[1], depth)
        if obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value, owner = self.kept_value(binding.assigned_value), binding.scope
        if value is None:
            return None
        if value.type in self.syntax.call:
            made = self.factory_object(value, binding.scope)
            if made is None:
                return None
            value, owner = made
        return self.object_member(value, member, binding.name, owner, depth)

    def nested_literal(self, obj: Node, scope: Scope, depth: int = 0) -> tuple[Node, Scope] | None:
        """The object literal under a member of an object literal a name is bound to
        once (`rand` of `const ctx = { rand: { uuidv4: () => ... } }` for `ctx.rand`, any
        depth), with the scope its names resolve in; None for anything else."""
        from wac_lint.semantic import Binding

        path: list[str] = []
        node: Node | None = obj
        while node is not None and len(path) < 4:
            if node.type == "subscript":  # `CTX["rand"]`
                index = node.child_by_field_name("subscript")
                if index is None or index.type != "string":
                    return None
                path.append(self.fe.text(index).strip("\"'"))
                node = node.child_by_field_name("value")
                continue
            if node.type != self.syntax.attribute:
                break
            parts = self.attribute_parts(node)
            if parts is None:
                return None
            node, attr = parts
            path.append(self.fe.text(attr))
        if node is None or node.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(node, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        if binding.rebound or binding.member:
            return None
        value = self.kept_value(binding.assigned_value)
        for name in reversed(path):
            if value is None or value.type not in ("object", "dictionary"):
                return None
            held: Node | None = None
            for entry in value.named_children:
                if entry.type != "pair":
                    continue
                key = entry.child_by_field_name("key")
                if key is not None and self.fe.text(key).strip("\"'") == name:
                    held = entry.child_by_field_name("value")
            value = self.kept_value(held)
        if value is None or value.type not in ("object", "dictionary"):
            return None
        return value, binding.scope

    def destructured_member(self, binding: object) -> tuple[str, Node, Scope] | None:
        """`const { findContact } = crm` then `findContact(email)`: the member of the
        object literal `crm` is bound to (one level of destructuring)."""
        from wac_lint.semantic import Binding

        if (
            not isinstance(binding, Binding)
            or binding.kind != NameKind.ASSIGNMENT
            or binding.rebound
            or len(binding.member) != 1
            or binding.value is None
            or binding.value.type not in self.syntax.identifier
        ):
            return None
        return self.literal_member(binding.value, binding.member[0], binding.scope)

    def object_member(
        self, value: Node, member: str, label: str, owner: Scope, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """The function under `member` in the object literal `value` (its names resolved
        in `owner`); the last entry of that name wins, as at run time."""
        if value.type not in ("object", "dictionary") or depth > 4:
            return None
        found: tuple[str, Node, Scope] | None = None
        for entry in value.named_children:
            if entry.type == "spread_element":
                # `{ ...baseApi, extra }`: the spread literal's members are copied in
                spread = entry.named_children[0] if entry.named_children else None
                inherited = (
                    self.literal_member(spread, member, owner, depth + 1)
                    if spread is not None
                    else None
                )
                if inherited is not None:
                    found = inherited
                continue
            if entry.type == "shorthand_property_identifier":
                # `{ refund, describe }`: the function of that name where the literal is
                if self.fe.text(entry) == member:
                    found = self.binding_function(self.semantic.resolve(entry, owner))
                continue
            key = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key is None or self.fe.text(key).strip("\"'") != member:
                continue
            function = (
                entry if entry.type == "method_definition" else entry.child_by_field_name("value")
            )
            if function is None:
                found = None
            elif function.type in self.syntax.identifier:
                found = self.binding_function(self.semantic.resolve(function, owner))
            elif function.type in self.syntax.function or function.type == "method_definition":
                found = f"{label}.{member}", function, owner
            else:
                found = None
        return found

    def this_object(self, scope: Scope) -> tuple[Node, Scope] | None:
        """The object literal `this` is in a method of it (`{ async announce() {
        await this.post(...) } }`): the method's object when it is called as a member
        of the literal; arrows take `this` from around them."""
        current: Scope | None = scope
        while current is not None and current.node.type == "arrow_function":
            current = current.parent
        if current is None or current.kind != ScopeKind.FUNCTION:
            return None
        node = current.node
        parent = node.parent
        if parent is not None and parent.type == "pair":
            parent = parent.parent
        if parent is None or parent.type != "object" or current.parent is None:
            return None
        return parent, current.parent

    def factory_object(self, call: Node, scope: Scope) -> tuple[Node, Scope] | None:
        """`const api = createApi(base)`: the object literal the file's `createApi`
        returns (its only `return`, or an arrow's body), with the factory's scope."""
        maker = self.fe.callee(call)
        while maker is not None and maker.type == "parenthesized_expression":
            maker = maker.named_children[0] if maker.named_children else None
        if maker is None:
            return None
        factory: tuple[str, Node, Scope] | None
        if maker.type in self.syntax.function:
            factory = "", maker, scope  # `(() => { ...; return { refund }; })()`
        elif maker.type in self.syntax.identifier:
            factory = self.binding_function(self.semantic.resolve(maker, scope))
        elif maker.type == self.syntax.attribute:
            # `leases.acquire(bay)`: a method of a class of the file returning a literal
            factory = self.local_function(maker, scope)
        else:
            return None
        body = factory[1].child_by_field_name("body") if factory is not None else None
        if factory is None or body is None:
            return None
        inner = self.semantic.scopes.open(factory[1], factory[2])
        returned: Node | None = body
        if body.type not in ("parenthesized_expression", "object", "dictionary"):
            returns = [c for c in body.named_children if c.type in self.syntax.returns]
            if len(returns) != 1 or not returns[0].named_children:
                return None
            returned = returns[0].named_children[0]
        while (
            returned is not None
            and returned.type == "parenthesized_expression"
            and returned.named_children
        ):
            returned = returned.named_children[0]
        if returned is None or returned.type not in ("object", "dictionary"):
            return None
        return returned, inner

    def reaching_functions(
        self, binding: object, use: Node
    ) -> list[tuple[str, Node, Scope]] | None:
        """The functions of the file a `let` may hold where `use` calls it, when it is
        assigned again after its declaration (`notify = async (m) => ...` in an `if`);
        None when it is not."""
        from wac_lint.semantic import Binding

        if not isinstance(binding, Binding):
            return None
        values = self.fe.semantic.reaching_values(binding, use)
        if values is None:
            return None
        found: list[tuple[str, Node, Scope]] = []
        seen: set[int] = set()
        for value in values:
            while value is not None and value.type in self.syntax.transparent:
                value = value.named_children[0] if value.named_children else None
            if value is not None and value.type in self.syntax.function and value.id not in seen:
                seen.add(value.id)
                found.append((binding.name, value, binding.scope))
                if len(found) == MAX_MAY_CALL:
                    break
        return found

    def rebound_instance_class(self, binding: Binding) -> Scope | None:
        """The class of the file every assignment of a Python name rebound in its scope
        builds an instance of (`x = C(a)` ... `x = C.model_validate(b)`); None when one
        of them assigns anything else, or the name is also bound another way (a loop
        target, `with ... as`, `:=`, an augmented assignment)."""
        if self.syntax.keyword_argument is None:
            return None  # Python only: TypeScript's `let` follows `reaching_values`
        memo = self.rebound_classes
        if binding.node.id in memo:
            return memo[binding.node.id]
        memo[binding.node.id] = None  # while it is worked out (`x = C(x)` reads `x`)
        memo[binding.node.id] = found = self._rebound_instance_class(binding)
        return found

    def _rebound_instance_class(self, binding: Binding) -> Scope | None:
        found: Scope | None = None
        assignments = 0
        for node in iter_nodes(binding.scope.node):
            if node.type in ("for_statement", "for_in_clause", "as_pattern", "named_expression"):
                target = node.child_by_field_name("left") or node.child_by_field_name("name")
                if target is None and node.type == "as_pattern":
                    target = node.child_by_field_name("alias")
                if target is not None and binding.name in self.fe.text(target).split(", "):
                    return None
                continue
            if node.type not in ("assignment", "augmented_assignment"):
                continue
            left = node.child_by_field_name("left")
            if left is None or self.fe.text(left) != binding.name:
                continue
            right = node.child_by_field_name("right")
            if node.type == "augmented_assignment" or right is None:
                return None
            while right.type in self.syntax.awaits and right.named_children:
                right = right.named_children[-1]
            if right.type not in self.syntax.call:
                return None
            made = self.class_scope_of(right, self.semantic.scope_at(right))
            if made is None or (found is not None and made is not found):
                return None
            found = made
            assignments += 1
            if assignments > MAX_MAY_CALL:
                return None
        return found

    def class_scope_of(self, obj: Node, scope: Scope) -> Scope | None:
        """The class whose methods `obj.m()` calls: `self`, `this`, the class, an instance."""
        semantic = self.semantic
        is_super = obj.type == "super" or (
            obj.type == "call"
            and (obj.child_by_field_name("function") or obj).type == "identifier"
            and self.fe.text(obj.child_by_field_name("function") or obj) == "super"
            and semantic.resolve(obj.child_by_field_name("function") or obj, scope) is None
        )
        if obj.type == "this" or is_super:
            current: Scope | None = scope
            while current is not None:
                if current.kind == ScopeKind.CLASS:
                    if is_super:  # `super().write(...)` / `super.write(...)`: the base's
                        bases = self.base_classes(current)
                        return bases[0] if bases else None
                    return current
                current = current.parent
            return None
        chained = self.fe.callee(obj) if obj.type in self.syntax.call else None
        if chained is not None and chained.type == self.syntax.attribute:
            # `new Query(pool).where(x).run()`: a method that returns `this` / `self`
            receiver = chained.child_by_field_name("object")
            method = chained.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(receiver, scope) if receiver is not None else None
            found = self.class_method(holder, self.fe.text(method)) if holder and method else None
            if (
                found is None
                and holder is not None
                and method is not None
                and self.fe.text(method) in LIBRARY_INSTANCE_MAKERS
            ):
                # `Forecast.model_validate(raw)`: pydantic builds an instance of the class
                return holder
            if holder is None and method is not None and self.fe.text(method) == "get":
                # `CATALOG.get("sheet").load()` on a dict literal of instances
                args = self.fe.positional_args(obj)
                return self.literal_element_class(receiver, args[0] if args else None, scope)
            if found is None or holder is None:
                return None
            if self.returns_self(found[1]):
                return holder
            # `Inventory.for_region(r)`: a classmethod / staticmethod constructor
            made = self.returned_classes(found[1], found[2], holder)
            return made[0] if len(made) == 1 else None
        if obj.type in self.syntax.call or obj.type in self.syntax.new:
            # `Notifier(hook).send(...)` / `new Notifier(hook).send(...)`
            ctor = self.generic_origin(
                obj.child_by_field_name(
                    "constructor" if obj.type in self.syntax.new else "function"
                )
            )
            if ctor is None or ctor.type not in self.syntax.identifier:
                return None
            cls = semantic.resolve(ctor, scope)
            if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                return self.open_class(cls.value, cls.scope)
            made = self.classes_built_by(obj, scope)
            return made[0] if len(made) == 1 else None
        if obj.type == self.syntax.attribute:
            resolved = self.container_class(obj, scope)  # `container.cradle.mailer`
            if resolved is not None:
                return resolved
            # `Crm.Contacts.upsert(...)`: a namespace (or class) declared in another one
            outer = obj.child_by_field_name("object")
            inner = obj.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(outer, scope) if outer is not None else None
            member = holder.bindings.get(self.fe.text(inner)) if holder and inner else None
            if (
                member is not None
                and member.kind in (NameKind.CLASS, NameKind.NAMESPACE)
                and member.value is not None
            ):
                return self.open_class(member.value, member.scope)
            held = (
                semantic.attribute_value(outer, self.fe.text(inner), scope)
                if outer is not None and inner is not None
                else None
            )
            made_by = None
            if held is not None and (held.type in self.syntax.call or held.type in self.syntax.new):
                made_by = held.child_by_field_name(
                    "constructor" if held.type in self.syntax.new else "function"
                )
            if held is not None and made_by is not None and made_by.type in self.syntax.identifier:
                # `this.http.get(...)` where `this.http` is `new FetchHttp()` (a class
                # built by name: no chain to follow further)
                return self.class_scope_of(held, semantic.scope_at(held))
            return None
        if obj.type in ("subscript", "subscript_expression"):
            # `CATALOG["sheet"].load()`, `SINKS[0].send(...)`, `DATASETS[name].load()`
            container = obj.child_by_field_name("value") or obj.child_by_field_name("object")
            index = obj.child_by_field_name("subscript") or obj.child_by_field_name("index")
            return self.literal_element_class(container, index, scope)
        if obj.type not in self.syntax.identifier:
            return None
        binding = semantic.resolve(obj, scope)
        if binding is None:
            return None
        if binding.kind in (NameKind.CLASS, NameKind.NAMESPACE) and binding.value is not None:
            return self.open_class(binding.value, binding.scope)
        if binding.kind == NameKind.PARAMETER:
            fn_scope = binding.scope
            owner = fn_scope.parent
            params = self.fe.first_parameter(fn_scope.node)
            if owner is not None and owner.kind == ScopeKind.CLASS and params == binding.node:
                return owner  # `self` / `cls`
            return self.annotated_class(binding.node.parent, binding.scope)
        if binding.kind == NameKind.LOOP:
            # `for ds in DATASETS:` / `for ds in CATALOG.values():` over a literal of
            # instances of one class of the file
            return self.loop_element_class(binding, obj)
        if binding.kind == NameKind.CONTEXT and binding.value is not None:
            # `with Ledger(url) as ledger:` (`__enter__` giving back the instance)
            value = binding.value
            if value.type in self.syntax.call or value.type in self.syntax.new:
                return self.class_scope_of(value, binding.scope)
        if binding.kind == NameKind.ASSIGNMENT and binding.rebound and not binding.member:
            # `storm = Forecast(...)`, later `storm = Forecast(...)` again: one class
            return self.rebound_instance_class(binding)
        if (
            binding.kind == NameKind.ASSIGNMENT
            and not binding.rebound
            and binding.value is not None
        ):
            value = binding.value
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if value.type in ("subscript", "subscript_expression") or self.is_get_call(value):
                # `ds = CATALOG["sheet"]`, `ds = CATALOG.get(name)`
                element = self.class_scope_of(value, binding.scope)
                if element is not None:
                    return element
            if value.type in self.syntax.call or value.type in self.syntax.new:
                ctor = self.generic_origin(
                    value.child_by_field_name(
                        "constructor" if value.type in self.syntax.new else "function"
                    )
                )
                if ctor is not None and ctor.type in self.syntax.identifier:
                    cls = semantic.resolve(ctor, binding.scope)
                    if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                        return self.open_class(cls.value, cls.scope)
                if ctor is not None and ctor.type == self.syntax.attribute:
                    # `const graph = new Graph().addNode(...).addEdge(...)`: a builder
                    # whose methods return `this`, followed as a call would be
                    builder = self.class_scope_of(value, binding.scope)
                    if builder is not None:
                        return builder
                made = self.classes_built_by(value, binding.scope)
                if len(made) == 1:
                    return made[0]
            elif binding.member or value.type == self.syntax.attribute:
                # `const { auditLog } = container.cradle`, `const m = container.cradle.m`
                resolved = self.container_class(value, binding.scope, binding.member)
                if resolved is not None:
                    return resolved
            return self.declared_class(binding.node.parent, value, binding.scope)
        return None

    def is_get_call(self, value: Node) -> bool:
        """`table.get(key)` / `table.get(key, default)`."""
        if value.type not in self.syntax.call:
            return False
        callee = self.fe.callee(value)
        if callee is None or callee.type != self.syntax.attribute:
            return False
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        return method is not None and self.fe.text(method) == "get"

    def loop_element_class(self, binding: Binding, read: Node) -> Scope | None:
        """The one class of the elements a loop variable takes (`loop_element_classes`)."""
        classes = self.loop_element_classes(binding, read)
        return classes[0] if len(classes) == 1 else None

    def loop_element_classes(self, binding: Binding, read: Node) -> list[Scope]:
        """The class of the elements a loop variable takes from a literal of instances
        (`for ds in DATASETS:`, `for ds in CATALOG.values():`), read in that loop's
        body (the loop of the binding, or the innermost one around the read that binds
        the name, when it is bound by several), one for each class of the file among
        them; none for a destructuring target or another iterable."""
        loop = binding.node.parent
        if binding.rebound:
            loop = read.parent
            while loop is not None and not (
                loop.type in ("for_statement", "for_in_statement")
                and (left := loop.child_by_field_name("left")) is not None
                and self.fe.text(left) == binding.name
                and (body := loop.child_by_field_name("body")) is not None
                and body.start_byte <= read.start_byte < body.end_byte
            ):
                loop = loop.parent
        if loop is None:
            return []
        target = loop.child_by_field_name("left")
        if target is None or target.type not in self.syntax.identifier:
            return []
        items = loop.child_by_field_name("right")
        if items is None:
            return []
        if items.type in self.syntax.call:
            callee = self.fe.callee(items)
            method = (
                callee.child_by_field_name(self.syntax.attribute_name_field)
                if callee is not None and callee.type == self.syntax.attribute
                else None
            )
            if callee is None or method is None or self.fe.text(method) != "values":
                return []
            items = callee.child_by_field_name("object")
            if items is None:
                return []
            held = (
                self.semantic.resolve(items, binding.scope)
                if items.type in self.syntax.identifier
                else None
            )
            literal = self.kept_value(held.assigned_value) if held is not None else None
            if literal is None or literal.type not in ("dictionary", "object"):
                return []  # `.values()` of a list is no method
        return self.literal_element_classes(items, None, binding.scope)

    def literal_element_class(
        self, container: Node | None, index: Node | None, scope: Scope
    ) -> Scope | None:
        """The one class of the elements picked (`literal_element_classes`)."""
        classes = self.literal_element_classes(container, index, scope)
        return classes[0] if len(classes) == 1 else None

    def literal_element_classes(
        self, container: Node | None, index: Node | None, scope: Scope
    ) -> list[Scope]:
        """The class of the file an element of a dict / list / tuple literal is an
        instance of, read by subscript or `.get(key)`: `container` a name bound once to
        the literal, `index` a string or integer literal picking one entry, or anything
        else for every entry (`DATASETS[name]`): the classes, when every entry picked is
        an instance of a class of the file."""
        if container is None:
            return []
        literal = container  # `for ds in (Ds("a"), Ds("b")):`
        if container.type in self.syntax.identifier:
            binding = self.semantic.resolve(container, scope)
            held = self.kept_value(binding.assigned_value) if binding is not None else None
            if binding is None or held is None:
                return []
            literal, scope = held, binding.scope
        elements = [n for n in literal.named_children if n.type != "comment"]
        entries: list[tuple[str | None, Node]] = []
        if literal.type in ("dictionary", "object"):
            for pair in elements:
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type != "pair" or key is None or value is None:
                    return []  # a `**splat` / spread: the entries are not all known
                spelled = self.fe.text(key)
                if key.type == "string":
                    spelled = spelled.strip("\"'`")
                entries.append((spelled, value))
        elif literal.type in ("list", "tuple", "array"):
            entries = [(str(i), v) for i, v in enumerate(elements)]
        else:
            return []
        wanted: str | None = None
        if index is not None and index.type in ("string", "integer", "number"):
            wanted = self.fe.text(index).strip("\"'`")
        picked = [v for k, v in entries if wanted is None or k == wanted]
        classes: list[Scope] = []
        for value in picked[:MAX_LITERAL_ELEMENTS]:
            if value.type not in self.syntax.call and value.type not in self.syntax.new:
                return []
            cls = self.class_scope_of(value, scope)
            if cls is None:
                return []
            if cls not in classes:
                classes.append(cls)
        return classes if len(picked) <= MAX_LITERAL_ELEMENTS else []

    def declared_class(self, holder: Node | None, value: Node, scope: Scope) -> Scope | None:
        """The class of the file a name is declared to hold when its value says nothing
        more: `const m: Mailer = ...` / Python `m: Mailer = container.resolve(Mailer)`,
        `... as Mailer`, or a generic call given the class (`container.resolve<Mailer>(
        "mailer")`, a DI container's lookup) whose callee, where it is a function of the
        file, returns its type parameter."""
        if holder is not None and holder.type in ("variable_declarator", "assignment"):
            annotated = self.annotated_class(holder, scope)
            if annotated is not None:
                return annotated
        if value.type == "as_expression" and value.named_children:
            cast = value.named_children[-1]
            return self.named_class(self.fe.text(cast), scope)
        if value.type not in self.syntax.call:
            return None
        given = value.child_by_field_name("type_arguments")
        callee = self.fe.callee(value)
        if callee is None:
            return None
        if given is None:
            return self.looked_up_class(value, callee, scope)
        types = [t for t in given.named_children if t.type != "comment"]
        index = 0
        function = self.local_function(callee, scope)
        if function is not None:
            returned = function[1].child_by_field_name("return_type")
            params = function[1].child_by_field_name("type_parameters")
            names = [
                self.fe.text(p.child_by_field_name("name") or p)
                for p in (params.named_children if params is not None else ())
                if p.type == "type_parameter"
            ]
            wanted = self.fe.text(returned).lstrip(":").strip() if returned is not None else ""
            if wanted not in names:
                return None  # `list<T>(): T[]`, `load<T>(): Promise<T>`: not an instance
            index = names.index(wanted)
        elif len(types) != 1:
            return None
        return self.named_class(self.fe.text(types[index]), scope) if index < len(types) else None

    def factory_methods(
        self, callee: Node, scope: Scope
    ) -> list[tuple[tuple[str, Node, Scope], Scope | None]]:
        """`notifier.deliver(...)` where `notifier = notifier_for(channel)` returns one of
        several classes of the file: the method of each (any of them may run). A method
        one of them inherits is walked for that class (its receiver), for its overrides."""
        parts = self.attribute_parts(callee)
        if parts is None:
            return []
        obj, attr = parts
        value: Node | None = obj
        if obj.type in self.syntax.identifier:
            binding = self.semantic.resolve(obj, scope)
            value = getattr(binding, "assigned_value", None)
            scope = binding.scope if binding is not None else scope
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value is None or value.type not in self.syntax.call:
            return []
        found: list[tuple[tuple[str, Node, Scope], Scope | None]] = []
        for made in self.classes_built_by(value, scope):
            method = self.class_method(made, self.fe.text(attr))
            if method is None:
                continue
            receiver = made if method[2].node != made.node else None  # inherited
            if all(m[1] != method[1] or r is not receiver for m, r in found):
                found.append((method, receiver))
        return found

    def classes_built_by(self, call: Node, scope: Scope, depth: int = 0) -> list[Scope]:
        """The classes of the file whose instance a call of a function (or a
        classmethod / staticmethod) of the file returns: `make_ledger(env)` whose
        `return Ledger(url)`, `Inventory.for_region(r)` whose `return cls(...)`."""
        if depth > 4 or call.type not in self.syntax.call:
            return []
        maker = self.fe.callee(call)
        if maker is None:
            return []
        resolved = self.container_class(call, scope)
        if resolved is not None:
            return [resolved]
        if maker.type in self.syntax.identifier:
            factory = self.binding_function(self.semantic.resolve(maker, scope))
            if factory is None:
                return []
            made = self.returned_classes(factory[1], factory[2], None, depth)
            declared = self.annotated_class(factory[1], factory[2]) if not made else None
            return [declared] if declared is not None else made
        if maker.type == self.syntax.attribute:
            receiver = maker.child_by_field_name("object")
            method = maker.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(receiver, scope) if receiver is not None else None
            found = self.class_method(holder, self.fe.text(method)) if holder and method else None
            if found is not None and holder is not None and not self.returns_self(found[1]):
                return self.returned_classes(found[1], found[2], holder, depth)
        return []

    def returned_classes(
        self, function: Node, outer: Scope, holder: Scope | None, depth: int = 0
    ) -> list[Scope]:
        """The classes of the file whose instances a function returns (`return
        Ledger(url)`, `return cls(...)` of a classmethod of `holder`, a name bound to
        one, a call of another such function), each once."""
        body = function.child_by_field_name("body")
        if body is None or depth > 4:
            return []
        inner = self.semantic.scopes.open(function, outer)
        first = self.fe.first_parameter(function)
        cls_name = self.fe.text(first) if first is not None and holder is not None else None
        values = self.fe.own_returns(body)
        if body.type not in ("block", "statement_block"):
            values.append(body)  # an arrow's expression body
        out: list[Scope] = []
        seen = 0
        while values and seen < 32:
            seen += 1
            value = values.pop(0)
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if value.type == "conditional_expression" and len(value.named_children) == 3:
                values += [value.named_children[0], value.named_children[2]]
                continue
            if value.type == "ternary_expression":
                values += [
                    c for c in value.named_children if c != value.child_by_field_name("condition")
                ]
                continue
            if value.type in self.syntax.identifier:
                bound = self.semantic.resolve(value, inner)
                held = getattr(bound, "assigned_value", None)
                if held is not None and bound is not None and bound.scope is inner:
                    values.append(held)
                continue
            made: list[Scope] = []
            if value.type in self.syntax.call or value.type in self.syntax.new:
                ctor = value.child_by_field_name(
                    "constructor" if value.type in self.syntax.new else "function"
                )
                cls = (
                    self.semantic.resolve(ctor, inner)
                    if ctor is not None and ctor.type in self.syntax.identifier
                    else None
                )
                if ctor is not None and cls_name is not None and self.fe.text(ctor) == cls_name:
                    made = [holder] if holder is not None else []  # `cls(...)`
                elif cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                    opened = self.open_class(cls.value, cls.scope)
                    made = [opened] if opened is not None else []
                elif value.type in self.syntax.call:
                    made = self.classes_built_by(value, inner, depth + 1)
            for found in made:
                if all(o.node != found.node for o in out):
                    out.append(found)
        return out
