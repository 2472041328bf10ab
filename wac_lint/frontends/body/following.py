"""The body walk's code run implicitly: the `Following` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

from wac_lint.frontends.body.durable import DurableFlow
from wac_lint.frontends.body.records import (
    Frame,
    Node,
    Pending,
    Walked,
    assigned_once,
    iter_nodes,
    key,
)
from wac_lint.frontends.body.vocabulary import (
    ACCESSOR_DEFINERS,
    ACTOR_MAKERS,
    ACTOR_RUNNERS,
    ATTRS_FACTORIES,
    ATTRS_FIELD_MAKERS,
    DEFAULT_FACTORY_MAKERS,
    DEFERRED_KEYWORDS,
    DEFERRING_CALLS,
    EMITTERS,
    ENVIRONMENT_READS,
    LISTENING_METHODS,
    LITERAL_PROTOCOLS,
    MACHINE_BUILDERS,
    MACHINE_METHODS,
    PROXY_WRAPPERS,
    RUNS_ARGUMENTS,
    RUNS_KEYWORDS,
    RUNS_VALUES,
    runs_by_method,
)
from wac_lint.model import BodyCall, CallKind, CodeRole, ParamKind, Reached, Span, TaskDef
from wac_lint.semantic import LOCAL
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope


class Following(DurableFlow):
    """Code the body runs without calling it by its name: properties and their hooks,
    operators, conversions, listeners, decorators, callbacks handed to a step or a
    library, and the helpers the body calls."""

    def follow_property(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`settings.dry_run`, `deadline.expired`: reading a property of a class of the
        file runs its getter where it is read, like a call of a helper."""
        parent = self.parent_of(node)
        if (
            parent is not None
            and parent.type in self.syntax.call
            and node == self.fe.callee(parent)
        ):
            return  # a method call: `visit_call` follows it
        if self.fe.is_update_target(node, self.parent_of):
            # `meter.kwh += d`, `job.tries++`: the getter reads the old value (followed
            # below, as a read) and the setter writes the new one
            setter = self.accessor_of(node, scope, "set") or self.proxy_trap(node, scope, "set")
            if setter is not None:
                self.follow(setter, chain, site or Span.of(node))
        elif self.fe.is_write_target(node, self.parent_of):
            # `job.status = "running"`: assigning through a TypeScript setter runs it
            setter = (
                self.accessor_of(node, scope, "set")
                or self.proxy_trap(node, scope, "set")
                or self.attribute_hook(node, scope, True)
            )
            if setter is not None:
                self.follow(setter, chain, site or Span.of(node))
            return
        if self.plain_reads():
            # no getter, proxy or attribute hook in the file: the read runs nothing of
            # it, and only an instance another module built may have a getter
            if self.built_elsewhere(node, scope) and self.local_function(node, scope) is None:
                self.model.relative_import_calls.append(
                    BodyCall(
                        self.fe.label(node), CallKind.PROPERTY, node, Span.of(node), 0, chain, site
                    )
                )
            return
        helper = self.accessor_of(node, scope, "get") or self.local_function(node, scope)
        if helper is not None and (
            self.fe.is_property_getter(helper[1]) or self.descriptor_getter(helper[1])
        ):
            self.follow(helper, chain, site or Span.of(node))
            return
        trap = self.proxy_trap(node, scope, "get") or (
            self.attribute_hook(node, scope, False) if helper is None else None
        )
        if trap is not None:
            self.follow(trap, chain, site or Span.of(node))
            return
        if helper is None and self.built_elsewhere(node, scope):
            # `client.token` on an instance of an imported class: its getter, if it is
            # one, runs here (cross-file analysis decides)
            self.model.relative_import_calls.append(
                BodyCall(
                    self.fe.label(node), CallKind.PROPERTY, node, Span.of(node), 0, chain, site
                )
            )

    def imports_workspace(self) -> bool:
        """Whether any import of the file may name another module of the workspace
        (`helper_resolution.import_may_reach`), worked out once per file."""
        fe = self.fe
        if fe.workspace_imports is None:
            from wac_lint.workspace.helper_resolution import workspace_import_names

            fe.workspace_imports = bool(workspace_import_names(self.model))
        return fe.workspace_imports

    def plain_reads(self) -> bool:
        """Whether reading an attribute can run code of this file only as a method call
        would: no property getter, no `Proxy`, no attribute hook (`__getattr__`) in it.
        Asked for every attribute the walk reads; worked out once per file."""
        fe = self.fe
        if fe.plain_reads is None:
            fe.plain_reads = (
                not fe.may_define_getters()
                and b"Proxy" not in self.data
                and not self.spells_attribute_hook()
            )
        return fe.plain_reads

    def spells_attribute_hook(self) -> bool:
        """Whether the file spells a hook's name (`__getattr__`, `__get__`...) at all.
        Worked out once per file: asked per attribute read, a scan of the file each
        time made a file of chained reads quadratic (`((x).a).a...`)."""
        fe = self.fe
        if fe.spells_hooks is None:
            fe.spells_hooks = any(h.encode() in self.data for h in fe.attribute_hooks)
        return fe.spells_hooks

    def attribute_hook(
        self, node: Node, scope: Scope, write: bool
    ) -> tuple[str, Node, Scope] | None:
        """What reading (or assigning) `obj.name` runs on an instance of a class of the
        file besides a property: the `__get__` / `__set__` of a descriptor the class
        keeps under `name` (`balance = RemoteField("balance")`), or, for a name the
        class and its instances do not have, its `__getattr__` (Python's data model);
        `__getattribute__` runs for every read."""
        if not self.spells_attribute_hook():
            return None
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name(self.syntax.attribute_name_field)
        owner = self.instance_class(obj, scope) if obj is not None else None
        if owner is None or attr is None:
            return None
        name = self.fe.text(attr)
        if not write:
            every = self.class_method(owner, "__getattribute__")
            if every is not None:
                return every
        else:
            setter = self.property_setter(owner, name)
            if setter is not None:
                return setter
        member = self.class_member(owner, name)
        if member is not None:
            value = member.assigned_value
            if value is None or value.type not in self.syntax.call:
                return None
            descriptor = self.class_scope_of(value, member.scope)
            if descriptor is None:
                return None
            return self.class_method(descriptor, "__set__" if write else "__get__")
        if write or self.instance_attribute(owner, name):
            return None
        return self.class_method(owner, "__getattr__")

    def follow_listeners(
        self, call: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`bus.emit("shipped", id)`: an event emitter's `emit` calls the listeners
        registered for that event on the same emitter (`bus.on("shipped", fn)`)
        synchronously, where it is written."""
        callee = self.fe.callee(call)
        if callee is None or callee.type != "member_expression":
            return
        prop = callee.child_by_field_name("property")
        obj = callee.child_by_field_name("object")
        if prop is None or obj is None or obj.type not in self.syntax.identifier:
            return
        if self.fe.text(prop) != "emit":
            return
        args = self.fe.positional_args(call)
        event = self.fe.string_value(args[0]) if args else None
        binding = self.semantic.resolve(obj, scope)
        if event is None or binding is None or not self.is_event_emitter(binding):
            return
        for emitter, verb, name, listener, where in self.listener_registrations():
            if name != event or self.semantic.resolve(emitter, where) is not binding:
                continue
            label = f'{self.fe.text(emitter)}.{verb}("{event}")'
            if listener.type in self.syntax.function:
                self.follow((label, listener, where), chain, site or Span.of(call))
                continue
            helper = self.local_function(listener, where)
            if helper is not None:
                self.follow(helper, chain, site or Span.of(call))

    def follow_machine_actions(
        self, call: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`actor.send({ type: "READING" })` where `actor` is bound once to XState's
        `createActor(machine)` (v4 `interpret`), possibly `.start()`ed: the actor runs the
        implementations of the transitions the event takes (actions, guards, invoked
        actors) synchronously, right there. Which transition is not known here, so every
        function written in the calls that built the machine (`setup({ actions })`,
        `createMachine(config)`, `.provide(...)`) is followed from this call."""
        callee = self.fe.callee(call)
        if callee is None or callee.type != "member_expression":
            return
        prop = callee.child_by_field_name("property")
        obj = callee.child_by_field_name("object")
        if prop is None or obj is None or self.fe.text(prop) not in ACTOR_RUNNERS:
            return
        made = self.actor_machine(obj, scope, 0)
        if made is None:
            return
        machine, where = made
        builders = self.machine_builders(machine, where, 0)
        if not builders:
            return
        label = f"{self.fe.text(obj)}.{self.fe.text(prop)}"
        for built in builders:
            args = built.child_by_field_name("arguments")
            for node in iter_nodes(args) if args is not None else ():
                if node.type in self.syntax.function or node.type == "method_definition":
                    self.follow((label, node, where), chain, site or Span.of(call))

    def actor_machine(self, obj: Node, scope: Scope, depth: int) -> tuple[Node, Scope] | None:
        """The machine argument of the `createActor(machine)` that `obj` holds: the call
        itself, `.start()` of it, or a name bound once to either."""
        while obj.type in PROXY_WRAPPERS and obj.named_children:
            obj = obj.named_children[0]
        if depth > 3:
            return None
        if obj.type in self.syntax.identifier:
            binding = self.semantic.resolve(obj, scope)
            if not isinstance(binding, Binding) or binding.assigned_value is None:
                return None
            return self.actor_machine(binding.assigned_value, binding.scope, depth + 1)
        if obj.type not in self.syntax.call:
            return None
        callee = self.fe.callee(obj)
        if callee is None:
            return None
        if callee.type == "member_expression":
            prop = callee.child_by_field_name("property")
            inner = callee.child_by_field_name("object")
            if prop is not None and inner is not None and self.fe.text(prop) == "start":
                return self.actor_machine(inner, scope, depth + 1)  # `createActor(m).start()`
            return None
        if self.fe.qualname(callee, scope) not in ACTOR_MAKERS:
            return None
        args = self.fe.positional_args(obj)
        return (args[0], scope) if args else None

    def machine_builders(self, machine: Node, scope: Scope, depth: int) -> list[Node]:
        """The calls that built `machine` and gave it its implementations: XState's
        `createMachine(...)`, `setup(...).createMachine(...)`, `m.provide(...)`,
        through names bound once; empty when it is not known to be one."""
        while machine.type in PROXY_WRAPPERS and machine.named_children:
            machine = machine.named_children[0]
        if depth > 4:
            return []
        if machine.type in self.syntax.identifier:
            binding = self.semantic.resolve(machine, scope)
            if not isinstance(binding, Binding) or binding.assigned_value is None:
                return []
            return self.machine_builders(binding.assigned_value, binding.scope, depth + 1)
        if machine.type not in self.syntax.call:
            return []
        callee = self.fe.callee(machine)
        if callee is None:
            return []
        if callee.type == "member_expression":
            prop = callee.child_by_field_name("property")
            inner = callee.child_by_field_name("object")
            if prop is None or inner is None or self.fe.text(prop) not in MACHINE_METHODS:
                return []
            below = self.machine_builders(inner, scope, depth + 1)
            return [machine, *below] if below else []
        if self.fe.qualname(callee, scope) in MACHINE_BUILDERS:
            return [machine]
        return []

    def is_event_emitter(self, binding: Binding) -> bool:
        """A name bound once to `new EventEmitter()` (node:events, eventemitter3) or to an
        instance of a class of the file that extends it: its `emit` calls the listeners
        in this process (a socket.io client's `emit` sends to the server instead)."""
        value = binding.assigned_value
        while value is not None and value.type in PROXY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if value is None or value.type != "new_expression" or binding.rebound:
            return False
        ctor = value.child_by_field_name("constructor")
        if ctor is not None and self.fe.qualname(ctor, binding.scope) in EMITTERS:
            return True
        class_scope = self.class_scope_of(value, binding.scope)
        node = class_scope.node if class_scope is not None else None
        if node is not None and node.type == "class_body" and node.parent is not None:
            node = node.parent
        for child in node.children if node is not None else ():
            for clause in child.named_children if child.type == "class_heritage" else ():
                base = clause.child_by_field_name("value")
                if base is not None and self.fe.qualname(base, binding.scope) in EMITTERS:
                    return True
        return False

    def listener_registrations(self) -> list[tuple[Node, str, str, Node, Scope]]:
        """Every `emitter.on("event", listener)` of the file (also `once`,
        `addListener`, `prependListener`): (emitter, method, event, listener, its
        scope); read once per file."""
        if self._registrations is not None:
            return self._registrations
        found: list[tuple[Node, str, str, Node, Scope]] = []
        data = self.fe.data
        if any(f".{verb}(".encode() in data for verb in LISTENING_METHODS):
            for node in iter_nodes(self.semantic.root):
                if node.type not in self.syntax.call:
                    continue
                callee = self.fe.callee(node)
                if callee is None or callee.type != "member_expression":
                    continue
                prop = callee.child_by_field_name("property")
                obj = callee.child_by_field_name("object")
                if prop is None or obj is None or self.fe.text(prop) not in LISTENING_METHODS:
                    continue
                args = self.fe.positional_args(node)
                event = self.fe.string_value(args[0]) if args else None
                if event is None or len(args) < 2 or obj.type not in self.syntax.identifier:
                    continue
                verb = self.fe.text(prop)
                found.append((obj, verb, event, args[1], self.semantic.scope_at(node)))
        self._registrations = found
        return found

    def proxy_trap(self, node: Node, scope: Scope, trap: str) -> tuple[str, Node, Scope] | None:
        """`settings.region` on a name bound once to `new Proxy(target, handler)`: the
        handler's `get` trap runs where the property is read."""
        from wac_lint.semantic import Binding

        obj = node.child_by_field_name("object") if node.type == "member_expression" else None
        if obj is None or obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        made = binding.assigned_value
        while made.type in PROXY_WRAPPERS and made.named_children:  # `new Proxy(...) as T`
            made = made.named_children[0]
        ctor = made.child_by_field_name("constructor") if made.type == "new_expression" else None
        if ctor is None or self.fe.text(ctor) != "Proxy":
            return None
        if self.semantic.resolve(ctor, binding.scope) is not None:
            return None  # a class of the file called Proxy
        args = self.fe.positional_args(made)
        handler = args[1] if len(args) > 1 else None
        if handler is not None and handler.type in self.syntax.identifier:
            return self.literal_member(handler, trap, binding.scope)
        if handler is None or handler.type != "object":
            return None
        for entry in handler.named_children:
            key_node = entry.child_by_field_name("key" if entry.type == "pair" else "name")
            if key_node is None or self.fe.text(key_node).strip("\"'") != trap:
                continue
            function = (
                entry if entry.type == "method_definition" else entry.child_by_field_name("value")
            )
            if function is not None and function.type in self.syntax.identifier:
                return self.binding_function(self.semantic.resolve(function, binding.scope))
            if function is not None and (
                function.type in self.syntax.function or function.type == "method_definition"
            ):
                return f"{binding.name}.{trap}", function, binding.scope
        return None

    def accessor_of(self, node: Node, scope: Scope, kind: str) -> tuple[str, Node, Scope] | None:
        """The `get` / `set` accessor (`kind`) that `obj.name` reaches in a TypeScript
        class of the file or one of its bases: a getter and a setter share one name, so
        the class's binding of it holds only one of the two."""
        if node.type != "member_expression":
            return None
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name(self.syntax.attribute_name_field)
        if obj is None or attr is None:
            return None
        class_scope = self.class_scope_of(obj, scope)
        if class_scope is None:
            return self.literal_accessor(
                obj, self.fe.text(attr), kind, scope
            ) or self.defined_accessor(obj, self.fe.text(attr), kind, scope)
        return self.class_accessor(
            class_scope, self.fe.text(attr), kind
        ) or self.decorated_accessor(class_scope, self.fe.text(attr), kind)

    def decorated_accessor(
        self, class_scope: Scope, name: str, kind: str
    ) -> tuple[str, Node, Scope] | None:
        """The `get` / `set` (`kind`) a TC39 decorator of the file puts in place of an
        auto-accessor (`@remote accessor setpoint = 0`): the member of the object the
        decorator returns (`return { get() {...}, set(v) {...} }`), also of the decorator
        a factory returns (`@clamped(0, 9)`)."""
        body = class_scope.node
        if body.type != "class_body":
            body = body.child_by_field_name("body") or body
        for member in body.named_children:
            if member.type != "public_field_definition" or not any(
                c.type == "accessor" for c in member.children
            ):
                continue
            field = member.child_by_field_name("name")
            if field is None or self.fe.text(field) != name:
                continue
            for mark in (c for c in member.children if c.type == "decorator"):
                expr = mark.named_children[0] if mark.named_children else None
                if expr is not None and expr.type in self.syntax.call:
                    expr = self.fe.callee(expr)  # `@clamped(0, 9)`: the factory
                    factory = self.local_function(expr, class_scope) if expr is not None else None
                    decorators = self.returned_function_nodes(factory)
                else:
                    found = self.local_function(expr, class_scope) if expr is not None else None
                    decorators = [found] if found is not None else []
                for maker, decorator, outer in decorators:
                    hook = self.returned_accessor(decorator, kind)
                    if hook is not None:
                        inner = self.semantic.scopes.open(decorator, outer)
                        return f"{maker}.{kind}", hook, inner
        return None

    def field_decorator_initializers(
        self, member: Node, class_scope: Scope
    ) -> list[tuple[str, Node, Scope]]:
        """The functions TC39 decorators of the file return for a class field (`@stamped
        createdAt = 0` with `function stamped(v, ctx) { return () => Date.now(); }`, also
        of a factory's decorator: `@fromEnv("REGION")`): each instance runs them on the
        field's initial value when it is built. (An auto-accessor's `{ get, set }` is
        `decorated_accessor`'s.)"""
        if any(c.type == "accessor" for c in member.children):
            return []
        out: list[tuple[str, Node, Scope]] = []
        for mark in (c for c in member.children if c.type == "decorator"):
            expr = mark.named_children[0] if mark.named_children else None
            if expr is None:
                continue
            if expr.type in self.syntax.call:
                callee = self.fe.callee(expr)  # `@fromEnv("REGION")`: the factory
                factory = self.local_function(callee, class_scope) if callee is not None else None
                decorators = self.returned_function_nodes(factory)
            else:
                found = self.local_function(expr, class_scope)
                decorators = [found] if found is not None else []
            for decorator in decorators:
                out += self.returned_function_nodes(decorator)
        return out

    def returned_function_nodes(
        self, factory: tuple[str, Node, Scope] | None
    ) -> list[tuple[str, Node, Scope]]:
        """The functions written inline in a factory's own `return`s (`return function
        (target, context) {...}`), with the factory's scope around them."""
        if factory is None:
            return []
        maker, function, outer = factory
        body = function.child_by_field_name("body")
        if body is None:
            return []
        if body.type in self.syntax.function:
            return [(maker, body, self.semantic.scopes.open(function, outer))]
        inner = self.semantic.scopes.open(function, outer)
        out: list[tuple[str, Node, Scope]] = []
        for returned in self.fe.own_returns(body):
            value = self.kept_value(returned)
            if value is not None and value.type in self.syntax.function:
                out.append((maker, value, inner))
        return out

    def returned_accessor(self, decorator: Node, kind: str) -> Node | None:
        """`set(v) {...}` / `set: (v) => ...` of an object literal the decorator returns."""
        body = decorator.child_by_field_name("body")
        if body is None:
            return None
        # an arrow's expression body (`(t, c) => ({ set(v) {...} })`) is what it returns
        returns = list(self.fe.own_returns(body)) if body.type == "statement_block" else [body]
        for returned in returns:
            value = self.kept_value(returned)
            if value is None or value.type != "object":
                continue
            for entry in value.named_children:
                if entry.type == "method_definition":
                    key_node = entry.child_by_field_name("name")
                    if key_node is not None and self.fe.text(key_node) == kind:
                        return entry
                elif entry.type == "pair":
                    key_node = entry.child_by_field_name("key")
                    held = entry.child_by_field_name("value")
                    if (
                        key_node is not None
                        and self.fe.text(key_node) == kind
                        and held is not None
                        and held.type in self.syntax.function
                    ):
                        return held
        return None

    def defined_accessor(
        self, obj: Node, name: str, kind: str, scope: Scope
    ) -> tuple[str, Node, Scope] | None:
        """The `get` / `set` accessor (`kind`) `Object.defineProperty(x, "name", { get:
        ... })` (or `Reflect.defineProperty`, `Object.defineProperties`) installs on the
        object a name holds: defined in the function that binds the name, or in the
        function of the file whose returned name it is bound to (`const status =
        withClock(entry)`, `withClock` defining the property on the `status` it returns)."""
        if obj.type not in self.syntax.identifier or b"efineProper" not in self.data:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.rebound:
            return None
        holders: list[tuple[Node, str, Scope]] = [(binding.scope.node, binding.name, binding.scope)]
        value = binding.assigned_value
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value is not None and value.type in self.syntax.call:
            maker = self.fe.callee(value)
            found = (
                self.binding_function(self.semantic.resolve(maker, binding.scope))
                if maker is not None and maker.type in self.syntax.identifier
                else None
            )
            if found is not None:
                inner = self.semantic.scopes.open(found[1], found[2])
                for returned in self.returned_names(found[1]):
                    holders.append((found[1], returned, inner))
        for root, held, owner in holders:
            accessor = self.descriptor_accessor(root, held, name, kind)
            if accessor is not None:
                return f"{binding.name}.{name}", accessor, owner
        return None

    def descriptor_getter(self, function: Node) -> bool:
        """`function` is the `get` of a property descriptor literal (`{ get: () => ... }`,
        `{ get() { ... } }`), as `defined_accessor` finds one, or of the object a TC39
        decorator returns for an auto-accessor (`decorated_accessor`)."""
        if b"efineProper" not in self.data and not (
            b"accessor" in self.data and self.fe.may_define_getters()
        ):
            return False  # (nor a decorator's `{ get() {...} }` of an auto-accessor)
        if function.type == "method_definition":
            label = function.child_by_field_name("name")
            return label is not None and self.fe.text(label) == "get"
        parent = self.parent_of(function)
        label = parent.child_by_field_name("key") if parent is not None else None
        return (
            parent is not None
            and parent.type == "pair"
            and label is not None
            and (self.fe.text(label).strip("\"'") == "get")
        )

    def returned_names(self, function: Node) -> list[str]:
        """The plain names `function`'s own `return` statements give back."""
        body = function.child_by_field_name("body")
        names: list[str] = []
        for returned in self.fe.own_returns(body) if body is not None else ():
            value = self.kept_value(returned)
            if value is not None and value.type in self.syntax.identifier:
                names.append(self.fe.text(value))  # `return o`, `return o as T & {...}`
        return names

    def descriptor_accessor(self, root: Node, held: str, name: str, kind: str) -> Node | None:
        """The accessor `kind` of property `name` that a call of ACCESSOR_DEFINERS in
        `root` (outside its nested functions) installs on the object named `held`."""
        stack = [root.child_by_field_name("body") or root]
        while stack:
            node = stack.pop()
            if node is not root and node.type in self.syntax.function:
                continue
            stack.extend(node.named_children)
            if node.type not in self.syntax.call:
                continue
            callee = self.fe.callee(node)
            shape = ACCESSOR_DEFINERS.get(self.fe.text(callee)) if callee is not None else None
            if shape is None or shape[0] is None:
                continue
            given = self.fe.positional_args(node)
            if len(given) <= shape[1] or self.fe.text(given[shape[0]]) != held:
                continue
            descriptor: Node | None = None
            if shape[2]:
                descriptor = self.object_entry(given[shape[1]], name)
            elif shape[1] == 2 and self.fe.text(given[1]).strip("\"'`") == name:
                descriptor = given[2]
            accessor = self.object_entry(descriptor, kind) if descriptor is not None else None
            if accessor is not None and (
                accessor.type in self.syntax.function or accessor.type == "method_definition"
            ):
                return accessor
        return None

    def object_entry(self, literal: Node | None, key: str) -> Node | None:
        """The value under `key` in an object literal (a method is its own value)."""
        literal = self.kept_value(literal)
        if literal is None or literal.type != "object":
            return None
        found: Node | None = None
        for entry in literal.named_children:
            if entry.type == "pair":
                label = entry.child_by_field_name("key")
                if label is not None and self.fe.text(label).strip("\"'") == key:
                    found = entry.child_by_field_name("value")
            elif entry.type == "method_definition":
                label = entry.child_by_field_name("name")
                if label is not None and self.fe.text(label) == key:
                    found = entry
        return found

    def built_elsewhere(self, node: Node, scope: Scope) -> bool:
        """Is the object of the attribute `node` a name imported, or assigned once the
        result of a call (an instance another module's class may have built)?"""
        obj = node.child_by_field_name("object")
        if obj is not None and obj.type == self.syntax.attribute and self.imports_workspace():
            # `kit.clock.now` of `import * as kit`: a member of a module imported whole
            base = obj.child_by_field_name("object")
            bound = self.semantic.resolve(base, scope) if base is not None else None
            return bound is not None and bound.kind == NameKind.IMPORT
        if obj is None or obj.type not in self.syntax.identifier or not self.imports_workspace():
            return False  # without a workspace import, every class is the file's or a package's
        binding = self.semantic.resolve(obj, scope)
        if binding is None:
            return False
        if binding.kind == NameKind.IMPORT:
            return True
        value = binding.assigned_value
        while value is not None and value.type in ("await", "await_expression"):
            value = value.named_children[-1] if value.named_children else None
        return value is not None and (
            value.type in self.syntax.call or value.type in self.syntax.new
        )

    def follow_protocol(
        self,
        node: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
        frame: Frame | None = None,
    ) -> None:
        """`async for x in Pages(url)` / `with Lease(url):` on an instance of a class of
        the file runs its `__aiter__` / `__anext__` / `__enter__` / `__exit__` there;
        `for await (const x of new Pages(url))` its `[Symbol.asyncIterator]`."""
        is_async = any(c.type in ("async", "await") for c in node.children[:3])
        first_only = False
        if node.type == "assignment_expression":
            # TypeScript `using x = new Lease()` / `await using x = ...` (this grammar reads
            # them as an assignment led by `using`): leaving the block, a thrown suspension
            # included, runs its `[Symbol.dispose]` / `[Symbol.asyncDispose]` (the latter,
            # or failing it the former, under `await`)
            if not node.children or node.children[0].type != "using":
                return
            parent = self.parent_of(node)
            awaited = parent is not None and parent.type == "await_expression"
            values = [node.child_by_field_name("right")]
            methods = (
                ("[Symbol.asyncDispose]", "[Symbol.dispose]") if awaited else ("[Symbol.dispose]",)
            )
            first_only = True
        elif node.type == "await_expression":
            # `await new LazyReport(id)`: awaiting an object whose class defines `then`
            # calls it (a thenable), as `for await` calls `[Symbol.asyncIterator]`
            values = [node.named_children[-1]] if node.named_children else []
            methods = ("then",)
        elif node.type == "template_substitution":
            # `${label}`: turning the object into text calls its `[Symbol.toPrimitive]`,
            # or failing that its `toString`
            values = [node.named_children[0]] if node.named_children else []
            methods = ("[Symbol.toPrimitive]", "toString")
            first_only = True
        elif node.type == "object_pattern":
            self.follow_destructured_getters(node, scope, chain, site)
            return
        elif node.type == "spread_element":
            # `[...batch]` / `f(...batch)`: spreading the object runs its
            # `[Symbol.iterator]` here, and what it yields is in the array
            values = [node.named_children[0]] if node.named_children else []
            methods = ("[Symbol.iterator]",)
            first_only = True
        elif node.type == "for_in_statement":  # TypeScript `for (const x of it)`
            if not any(c.type == "of" for c in node.children):
                return  # `for ... in` walks keys, not an iterator
            values = [node.child_by_field_name("right")]
            methods = (
                ("[Symbol.asyncIterator]", "[Symbol.iterator]")
                if is_async
                else ("[Symbol.iterator]",)
            )
        elif node.type == "for_statement":
            values = [node.child_by_field_name("right")]
            methods = ("__aiter__", "__anext__") if is_async else ("__iter__", "__next__")
        else:
            clause = next((c for c in node.named_children if c.type == "with_clause"), None)
            items = clause.named_children if clause is not None else []
            values = [i.child_by_field_name("value") for i in items if i.type == "with_item"]
            methods = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
        for value in values:
            if value is not None and value.type == "as_pattern" and value.named_children:
                value = value.named_children[0]
            class_scope = self.class_scope_of(value, scope) if value is not None else None
            if value is not None and class_scope is None and node.type in LITERAL_PROTOCOLS:
                # `await priceList` where `const priceList = { then(res, rej) {...} }`;
                # `for await (const page of pages)` where `const pages = { async
                # *[Symbol.asyncIterator]() {...} }`; `[...batch]` of such an object
                for method in methods:
                    held = self.literal_member(value, method, scope)
                    if held is None:
                        continue
                    self.follow(held, chain, site or Span.of(value))
                    if node.type == "spread_element" and frame is not None and not chain:
                        self.add_helper_call(value, value, held[1], frame)
                    break
                continue
            if value is None or class_scope is None:
                continue
            prefix = self.class_prefix(class_scope)
            for method in methods:
                found = self.binding_function(class_scope.bindings.get(method))
                if found is not None:
                    self.follow(
                        (prefix + method, found[1], found[2]), chain, site or Span.of(value)
                    )
                    if node.type == "spread_element" and frame is not None and not chain:
                        # a generator yielding task calls, spread in the body: what the
                        # body does with the array must await them, as with `[...each()]`
                        self.add_helper_call(value, value, found[1], frame)
                    if first_only:
                        break

    def follow_conversion(
        self,
        call: Node,
        methods: tuple[str, ...],
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
        frame: Frame,
    ) -> None:
        """`JSON.stringify(report)` / `String(period)` / `Array.from(batch)` of an
        instance of a class of the file: its `toJSON` / `toString` / `[Symbol.iterator]`
        runs there, code of the body."""
        given = self.fe.positional_args(call)
        value = given[0] if given else None
        class_scope = self.built_instance_class(value, scope) if value is not None else None
        if value is None or class_scope is None:
            return
        prefix = self.class_prefix(class_scope)
        for method in methods:
            found = self.binding_function(class_scope.bindings.get(method))
            if found is not None:
                self.follow((prefix + method, found[1], found[2]), chain, site or Span.of(value))
                if method == "[Symbol.iterator]" and len(given) == 1 and not chain:
                    # a generator yielding task calls: the array holds them (`[...batch]`)
                    self.add_helper_call(call, value, found[1], frame)
                return

    def follow_assigned_setters(
        self,
        call: Node,
        index: int,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> None:
        """`Object.assign(tariff, quote)` on an instance of a class of the file: each
        property copied is set through the class's `set` accessor of that name, code of
        the body. The keys of object literals are known; a source whose keys are not
        (a task's result, a parameter) may set any of them, so each setter is followed."""
        given = self.fe.positional_args(call)
        target = given[index] if len(given) > index else None
        class_scope = self.class_scope_of(target, scope) if target is not None else None
        if target is None or class_scope is None:
            return
        keys: set[str] | None = set()
        for source in given[index + 1 :]:
            names = self.literal_keys(source)
            if names is None:
                keys = None
                break
            assert keys is not None
            keys |= names
        for name in sorted(self.class_setter_names(class_scope)):
            if keys is not None and name not in keys:
                continue
            setter = self.class_accessor(class_scope, name, "set")
            if setter is not None:
                self.follow(setter, chain, site or Span.of(call))

    def literal_keys(self, node: Node) -> set[str] | None:
        """The property names an object literal spells (`{ rate, fee: 2 }`), None for
        any other value or a literal with a spread or a computed key."""
        if node.type != "object":
            return None
        names: set[str] = set()
        for entry in node.named_children:
            if entry.type == "comment":
                continue
            if entry.type == "shorthand_property_identifier":
                names.add(self.fe.text(entry))
                continue
            key = entry.child_by_field_name("key") or entry.child_by_field_name("name")
            if entry.type not in ("pair", "method_definition") or key is None:
                return None
            if key.type in ("property_identifier", "identifier"):
                names.add(self.fe.text(key))
            elif key.type == "string":
                names.add(self.fe.text(key)[1:-1])
            else:
                return None
        return names

    def class_setter_names(self, class_scope: Scope, depth: int = 0) -> set[str]:
        """The names of the `set` accessors of a TypeScript class of the file and its
        bases."""
        body = class_scope.node
        if body.type != "class_body":
            body = body.child_by_field_name("body") or body
        names = {
            self.fe.text(name)
            for member in body.named_children
            if member.type == "method_definition"
            and any(c.type == "set" for c in member.children[:4])
            and (name := member.child_by_field_name("name")) is not None
        }
        if depth < 8:
            for base in self.base_classes(class_scope):
                names |= self.class_setter_names(base, depth + 1)
        return names

    def follow_destructured_getters(
        self, pattern: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`const { overdue, total } = period`: destructuring reads each named property,
        running the getter a class of the file (or an object literal bound to a name)
        defines for it."""
        holder = self.parent_of(pattern)
        if holder is None or holder.type != "variable_declarator":
            return
        if holder.child_by_field_name("name") != pattern:
            return
        value = holder.child_by_field_name("value")
        while value is not None and value.type in PROXY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if value is None:
            return
        class_scope = self.built_instance_class(value, scope)
        for entry in pattern.named_children:
            key: Node | None = entry
            if entry.type == "pair_pattern":
                key = entry.child_by_field_name("key")
            elif entry.type == "object_assignment_pattern":
                key = entry.child_by_field_name("left")
            if key is None or key.type not in (
                "shorthand_property_identifier_pattern",
                "property_identifier",
            ):
                continue
            name = self.fe.text(key)
            getter = (
                self.class_accessor(class_scope, name, "get")
                if class_scope is not None
                else self.literal_accessor(value, name, "get", scope)
            )
            if getter is not None:
                self.follow(getter, chain, site or Span.of(key))

    def follow_operator_hooks(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """`len(queue)`, `email in blocklist`, `f"{label}"`, `if window:`, `book[sku]`,
        `a + b` on an instance of a class of the file: Python calls the class's
        `__len__` / `__contains__` / `__format__` / `__bool__` / `__getitem__` /
        `__add__` there, code of the body like a method called by name."""
        imported = None  # whether the file imports from the workspace, asked once
        if not self.hooks:
            imported = self.imports_workspace()
            if not imported:
                return  # no class of the file defines one, and none is imported
        for value, methods, builtin in self.fe.operator_hooks(node, self.parent_of):
            local = any(method in self.hooks for method in methods)
            if not local:
                if imported is None:
                    imported = self.imports_workspace()
                if not imported:
                    continue  # no class of the file defines one, none imported
            if builtin is not None:
                callee = self.fe.callee(node)
                if callee is None:
                    continue
                if "." in builtin:  # a library function: the callee must name it
                    if self.fe.qualname(callee, scope) != builtin:
                        continue
                elif self.semantic.resolve(callee, scope) is not None:
                    continue  # a function of the file named `len`, not the builtin
            class_scope = self.instance_class(value, scope) if local else None
            if class_scope is None:
                if imported is None:
                    imported = self.imports_workspace()
                if imported:
                    self.follow_imported_hook(value, methods, scope, chain, site)
                continue
            for method in methods:
                found = self.class_method(class_scope, method)
                if found is not None:
                    self.follow(found, chain, site or Span.of(value))
                    break

    def built_instance_class(self, value: Node, scope: Scope) -> Scope | None:
        """`instance_class`, and the class of a `new X(...)` written there."""
        while value.type in self.syntax.transparent and value.named_children:
            value = value.named_children[0]
        if value.type in self.syntax.new:
            return self.class_scope_of(value, scope)
        return self.instance_class(value, scope)

    def follow_imported_hook(
        self,
        value: Node,
        methods: tuple[str, ...],
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> None:
        """`flag in flags` / `flags[key]` where `flags` is imported, or holds what a call
        returned (an instance another module's class may have built): its class's
        `__contains__` / `__getitem__` runs here (cross-file analysis decides)."""
        while value.type in self.syntax.transparent and value.named_children:
            value = value.named_children[0]
        if not self.imported_operand(value, scope):
            return
        self.model.relative_import_calls.append(
            BodyCall(
                f"{self.fe.text(value)}.{methods[0]}",
                CallKind.HOOK,
                value,
                Span.of(value),
                0,
                chain,
                site,
                methods=methods,
            )
        )

    def imported_operand(self, value: Node, scope: Scope) -> bool:
        """An operand another module's class may have built: a name imported, a member of
        a module imported whole (`queues.pending`), or a name holding what a call returned
        (not a task's result, which is JSON)."""
        if value.type == self.syntax.attribute:
            base = value.child_by_field_name("object")
            bound = self.semantic.resolve(base, scope) if base is not None else None
            return (
                base is not None
                and base.type in self.syntax.identifier
                and bound is not None
                and bound.kind == NameKind.IMPORT
            )
        if value.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(value, scope)
        if binding is None or binding.kind in (NameKind.CLASS, NameKind.NAMESPACE):
            return False
        if binding.kind == NameKind.IMPORT:
            return True
        held = binding.assigned_value
        while held is not None and held.type in self.syntax.awaits and held.named_children:
            held = held.named_children[-1]
        if held is None or held.type not in self.syntax.call:
            return False
        return not self.task_result(held, binding.scope)

    def instance_class(self, value: Node, scope: Scope) -> Scope | None:
        """The class of the file `value` is an instance of: `class_scope_of`, less a
        class named itself (`len(Plugin)` asks its metaclass, not `Plugin.__len__`)."""
        while value.type in self.syntax.transparent and value.named_children:
            value = value.named_children[0]
        if value.type in self.syntax.identifier:
            binding = self.semantic.resolve(value, scope)
            if binding is None or binding.kind in (NameKind.CLASS, NameKind.NAMESPACE):
                return None
            held = binding.assigned_value
            if held is not None and self.task_result(held, binding.scope):
                return None
        elif value.type == self.syntax.attribute:
            outer = value.child_by_field_name("object")
            inner = value.child_by_field_name(self.syntax.attribute_name_field)
            holder = self.class_scope_of(outer, scope) if outer is not None else None
            member = holder.bindings.get(self.fe.text(inner)) if holder and inner else None
            if member is not None and member.kind in (NameKind.CLASS, NameKind.NAMESPACE):
                return None
        elif value.type not in self.syntax.call:
            return None
        elif self.task_result(value, scope):
            return None
        return self.class_scope_of(value, scope)

    def task_result(self, value: Node, scope: Scope) -> bool:
        """`(await) enrich(x)` for a task of the file: its JSON result, never an
        instance of the class its function returns."""
        while value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        callee = self.fe.callee(value) if value.type in self.syntax.call else None
        return callee is not None and self.task_of(callee, scope) is not None

    def is_durable_callback(self, fn: Node, call: Node | None, scope: Scope) -> bool:
        """True for a task's own function, or one passed straight to step()/task()."""
        if (fn.start_byte, fn.end_byte) in self.task_functions:
            return True
        if call is None:
            return False
        sdk = self.fe.resolve_sdk(self.fe.callee(call), scope)
        if sdk is not None and sdk[0] in ("step", "task"):
            return True
        callee = self.fe.callee(call)
        qual = self.fe.qualname(callee, scope) if callee is not None else None
        return qual in DEFERRING_CALLS or self.forwarded_to_step(call, fn, scope)

    def forwarded_to_step(self, call: Node, arg: Node, scope: Scope) -> bool:
        """`checkpoint("rates", lambda: fetch())` where the file's `checkpoint(name, fn)`
        does nothing with `fn` but hand it to `step(name, fn)`: the function is a step
        callback, run inside the step, not by the body."""
        fe = self.fe
        callee = fe.callee(call)
        helper = self.local_function(callee, scope) if callee is not None else None
        if helper is None:
            return False
        function = helper[1]
        params = [p.name for p in fe.function_info(function).params]
        if params and params[0] in ("self", "cls") and callee is not None:
            if callee.type == self.syntax.attribute:
                params = params[1:]  # `ck.save(label, fn)`: the receiver is `self`
        parent = self.parent_of(arg)
        if parent is not None and parent.type == "keyword_argument":
            key = parent.child_by_field_name("name")
            param = fe.text(key) if key is not None else None
        else:
            positional = fe.positional_args(call)
            index = positional.index(arg) if arg in positional else -1
            param = params[index] if 0 <= index < len(params) else None
        body = function.child_by_field_name("body")
        if param is None or param not in params or body is None:
            return False
        memo_key = (function.id, param)
        if memo_key not in self.forward_memo:
            self.forward_memo[memo_key] = self.only_handed_to_step(body, param)
        return self.forward_memo[memo_key]

    def deferred_by_decorator(self, function: Node) -> bool:
        """`@durable def fetch(...)` where the file's decorator `durable(fn)` returns a
        wrapper that calls `fn` only inside the function it hands to `step(...)`
        (`step(fn.__name__, lambda: fn(*args))`): calling `fetch` runs its body in the
        step, so it is not body code. Other reads of `fn` there may only read its
        attributes (`fn.__name__`)."""
        found = self.deferral_memo.get(function.id)
        if found is not None:
            return found
        found = False
        decorated = function.parent
        decorators: list[Node] = []
        if decorated is not None and decorated.type == "decorated_definition":
            decorators = list(decorated.named_children)
        elif function.type == "method_definition":
            # TypeScript: a method's decorators are the `decorator` nodes before it in
            # the class body (`@checkpointed("price") async price(...) { ... }`), comments
            # between them included (`@checkpointed("price") // cached`)
            decorators = self.decorators_of(function)[::-1]
        if decorators:
            for decorator in decorators:
                expression = decorator.named_children[0] if decorator.named_children else None
                if decorator.type != "decorator" or expression is None:
                    continue
                factory = expression.type in self.syntax.call
                if factory:  # `@checkpointed("rates")`: the decorator the factory returns
                    expression = self.fe.callee(expression)
                if expression is None or expression.type not in self.syntax.identifier:
                    continue
                maker = self.binding_function(
                    self.semantic.resolve(expression, self.semantic.module)
                )
                if factory and maker is not None:
                    made = self.returned_function(maker)
                    maker = (maker[0], *made) if made is not None else None
                product = self.returned_function(maker) if maker is not None else None
                params = self.fe.function_info(maker[1]).params if maker is not None else []
                body = product[0].child_by_field_name("body") if product is not None else None
                if params and body is not None and self.called_only_in_steps(body, params[0].name):
                    found = True
                    break
        self.deferral_memo[function.id] = found
        return found

    def called_only_in_steps(self, body: Node, param: str) -> bool:
        """`param` is called in `body` only inside functions handed to `step(...)` as its
        function (at least once), and otherwise only has its attributes read."""
        fe = self.fe
        calls = 0
        step_functions: set[int] = set()  # the function arguments of `step` calls
        stack: list[tuple[Node, bool]] = [(body, False)]
        while stack:
            node, in_step = stack.pop()
            in_step = in_step or node.id in step_functions
            if node.type in self.syntax.identifier and fe.text(node) == param:
                parent = node.parent
                if parent is not None and parent.type in self.syntax.call:
                    if fe.callee(parent) != node or not in_step:
                        return False  # called in the wrapper, or handed on
                    calls += 1
                elif parent is None or parent.type != self.syntax.attribute:
                    return False  # kept, returned or passed: it may run anywhere
                elif self.invoked_through(parent):
                    # `target.apply(this, args)` / `target.call(this, x)`: a call of it
                    if not in_step:
                        return False
                    calls += 1
                elif self.bound_through(parent):
                    return False  # `target.bind(this)`: a function that may run anywhere
                continue
            if node.type in self.syntax.call:
                sdk = fe.resolve_sdk(fe.callee(node))
                args = fe.positional_args(node)
                if sdk is not None and sdk[0] == "step" and len(args) > 1:
                    step_functions.add(args[1].id)
            stack.extend((c, in_step) for c in node.named_children)
        return calls > 0

    def invoked_through(self, member: Node) -> bool:
        """`fn.apply(...)` / `fn.call(...)` (JavaScript): `member` is the callee of a call
        that runs the function it reads."""
        prop = member.child_by_field_name("property")
        holder = member.parent
        return (
            prop is not None
            and self.fe.text(prop) in ("apply", "call")
            and holder is not None
            and holder.type in self.syntax.call
            and self.fe.callee(holder) == member
        )

    def bound_through(self, member: Node) -> bool:
        prop = member.child_by_field_name("property")
        return prop is not None and self.fe.text(prop) == "bind"

    def only_handed_to_step(self, body: Node, param: str) -> bool:
        """Every use of `param` in `body` is the function argument of a `step` call."""
        fe = self.fe
        uses = 0
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue  # a nested function could call it: not followed
            if node.type in self.syntax.identifier and fe.text(node) == param:
                holder = self.call_of_argument(node)
                if holder is None:
                    return False
                sdk = fe.resolve_sdk(fe.callee(holder))
                args = fe.positional_args(holder)
                if sdk is None or sdk[0] != "step":
                    return False
                if not (len(args) > 1 and args[1] == node) and fe.keyword_arg(holder, "fn") != node:
                    return False
                uses += 1
                continue
            stack.extend(node.named_children)
        return uses > 0

    def follow_default_factory(
        self,
        assigned: Node,
        name: str,
        class_scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        supplied: frozenset[str] = frozenset(),
    ) -> None:
        """`started_at: str = field(default_factory=...)` in a class body (not run when
        the call building the instance gives the field: `supplied`)."""
        value = assigned.child_by_field_name("right") if assigned.type == "assignment" else None
        if value is None or value.type not in self.syntax.call:
            return
        left = assigned.child_by_field_name("left")
        if left is not None and self.fe.text(left) in supplied:
            return
        maker = self.fe.qualname(self.fe.callee(value), class_scope)
        if maker not in DEFAULT_FACTORY_MAKERS:
            return
        keyword = "factory" if maker in ATTRS_FIELD_MAKERS else "default_factory"
        args = value.child_by_field_name("arguments")
        for arg in args.named_children if args is not None else ():
            key_node = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
            factory = arg.child_by_field_name("value")
            if key_node is None or factory is None:
                continue
            if self.fe.text(key_node) == "default" and keyword == "factory":
                # `attr.ib(default=attr.Factory(lambda: ...))`
                factory = self.attrs_factory(factory, class_scope)
                if factory is None:
                    continue
            elif self.fe.text(key_node) != keyword:
                continue
            if factory.type in self.syntax.function:
                self.follow((f"{name}.__init__", factory, class_scope), chain, site)
                continue
            helper = self.local_function(factory, class_scope)
            if helper is not None:
                self.follow(helper, (*chain, name), site)
                continue
            qual = self.fe.qualname(factory, class_scope)
            if qual is not None and not qual.startswith((".", LOCAL)) and "(" not in qual:
                self.add_body_call(qual, CallKind.CALL, factory, (*chain, name), 0, site)

    def attrs_factory(self, default: Node, scope: Scope) -> Node | None:
        """The function of `attrs.Factory(fn)` given as a field's default."""
        if default.type not in self.syntax.call:
            return None
        if self.fe.qualname(self.fe.callee(default), scope) not in ATTRS_FACTORIES:
            return None
        args = default.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        return given[0] if given and given[0].type != "keyword_argument" else None

    def follow(
        self,
        helper: tuple[str, Node, Scope],
        chain: tuple[str, ...],
        site: Span,
        durable_args: bool = False,
        role: CodeRole = CodeRole.BODY,
        receiver: Scope | None = None,
    ) -> None:
        name, function, outer = helper
        k = key(function)
        if (function.start_byte, function.end_byte) in self.task_functions:
            return
        walked = (k, receiver.node.id if receiver is not None else None)
        if receiver is not None:
            # walked once per class of `self` it runs for: its `self.m()` differ
            as_receiver = (k, receiver.node.id)
            if as_receiver in self.visited_as:
                self.revisits.append((walked, Walked((*chain, name), site)))
                self.handler_revisits.append((walked, Walked((*chain, name), site), False))
                return
            self.visited_as.add(as_receiver)
        elif k in self.visited and walked in self.first_walks:
            # (walked before only for the class of `self` an inherited call ran it for,
            # `a.req(x)` of a `Sub`: `this.req()` in `Sub.poss` walks it on its own)
            self.revisits.append((walked, Walked((*chain, name), site)))
            self.handler_revisits.append((walked, Walked((*chain, name), site), durable_args))
            if durable_args and k not in self.visited_durable:
                self.durable_walks.setdefault(walked, Walked((*chain, name), site))
                # walked first for a call that handed it nothing durable (`@best_effort`'s
                # wrapper around a pure helper): its handlers are judged again for the
                # one that hands it a durable call (the wrapper around a helper awaiting
                # a task), whichever comes first in the body
                self.visited_durable.add(k)
                self.pending.append(
                    Pending(name, function, outer, (*chain, name), site, True, receiver, True)
                )
            return
        self.visited.add(k)
        if durable_args:
            self.visited_durable.add(k)
            self.durable_walks.setdefault(walked, Walked((*chain, name), site))
        self.first_walks.setdefault(walked, Walked((*chain, name), site))
        self.first_durable.setdefault(walked, durable_args)
        params = function.child_by_field_name("parameters")
        if params is not None and self.syntax.call_defaults:
            self.parameter_bytes[k] = (params.start_byte, params.end_byte)
        self.record(function, name, role, (*chain, name), site)
        self.pending.append(
            Pending(name, function, outer, (*chain, name), site, durable_args, receiver)
        )
        if function.type == "method_definition" and role == CodeRole.BODY:
            self.follow_method_decorators(function, outer, chain, site, name)

    def follow_method_decorators(
        self,
        method: Node,
        class_scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        name: str | None = None,
    ) -> None:
        """A TypeScript method under decorators (`@audited async invoice()`): calling it
        runs what each decorator put in its place, the function the decorator assigns to
        the descriptor's `value` or returns (its own body ran when the class was
        defined); a decorator another module defines (`@logged` of `import { logged }
        from "./decorators.ts"`) is followed there, as Python's are."""
        for sibling in self.decorators_of(method):
            expr = sibling.named_children[0] if sibling.named_children else None
            if expr is None or expr.type not in self.syntax.identifier:
                continue  # a decorator factory's call (`@audit("x")`) is not followed
            found = self.local_function(expr, class_scope)
            if found is None:
                continue
            maker, decorator, outer = found
            inner = self.semantic.scopes.open(decorator, outer)
            for wrapper in self.installed_wrappers(decorator):
                self.follow((maker, wrapper, inner), chain, site)
        self.record_imported_decorators(method, (*chain, name) if name else chain, site)

    def decorators_of(self, function: Node | None) -> list[Node]:
        """The decorators written above `function`, outermost first: those of a Python
        `decorated_definition`, the `decorator` siblings before a TypeScript method."""
        if function is None:
            return []
        if function.type == "method_definition":
            out = []
            sibling = function.prev_named_sibling
            while sibling is not None and sibling.type in ("decorator", "comment"):
                if sibling.type == "decorator":
                    out.append(sibling)
                sibling = sibling.prev_named_sibling
            return out[::-1]
        decorated = function.parent
        if decorated is None or decorated.type != "decorated_definition":
            return []
        return [d for d in decorated.named_children if d.type == "decorator"]

    def installed_wrappers(self, decorator: Node) -> list[Node]:
        """The functions a method decorator installs: assigned to `descriptor.value`,
        given as `value:` of a returned descriptor, or returned (standard decorators)."""
        out: list[Node] = []
        body = decorator.child_by_field_name("body")
        stack = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                parent = node.parent
                while parent is not None and parent.type == "parenthesized_expression":
                    parent = parent.parent
                if parent is None:
                    continue
                if parent.type == "assignment_expression":
                    left = parent.child_by_field_name("left")
                    prop = left.child_by_field_name("property") if left is not None else None
                    if prop is not None and self.fe.text(prop) == "value":
                        out.append(node)
                elif parent.type == "pair":
                    pair_key = parent.child_by_field_name("key")
                    if pair_key is not None and self.fe.text(pair_key) == "value":
                        out.append(node)
                elif parent.type in self.syntax.returns:
                    out.append(node)
                continue  # what a nested function does runs when it is called
            stack.extend(node.named_children)
        if body is not None and body.type in self.syntax.function:
            out.append(body)  # `(fn) => async (...a) => ...`: the arrow's body is the wrapper
        return out

    # ---- the call graph -----------------------------------------------------------
    def record(
        self, function: Node, name: str | None, role: CodeRole, chain: tuple[str, ...], site: Span
    ) -> None:
        """Put a function in the model's call graph (the first way it is reached wins)."""
        found = self.model.call_graph.found
        if function not in found:  # a task called 20,000 times: one `Reached`
            found[function] = Reached(function, name, role, chain, site)

    def record_task(
        self, task: TaskDef | None, chain: tuple[str, ...], site: Span | None, call: Node
    ) -> None:
        """Record a task's function as reached from `site` (default: the call)."""
        if task is None or task.function is None:
            return
        if task.function.node in self.model.call_graph.found:
            return  # the first way wins: no span or chain built for every later call
        name = task.binding or task.function.name
        self.record(
            task.function.node,
            name,
            CodeRole.TASK,
            (*chain, name) if name else chain,
            site or Span.of(call),
        )

    def record_step_callback(
        self,
        call: Node,
        args: list[Node],
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> None:
        """`step("x", fn)`: the function it checkpoints, inline or by reference."""
        fe = self.fe
        arg = args[1] if len(args) > 1 else None
        if arg is None and self.syntax.keyword_argument is not None:  # step("x", fn=f)
            arg = fe.keyword_arg(call, "fn")
        found = self.callback_function(arg, scope)
        if found is not None:
            name, function = found
            self.record(
                function,
                name,
                CodeRole.STEP,
                (*chain, name) if name else chain,
                site if chain and site is not None else Span.of(call),
            )

    def callback_function(self, arg: Node | None, scope: Scope) -> tuple[str | None, Node] | None:
        """The file's function an argument hands over: a lambda / arrow, a name bound to
        a function, `functools.partial(f, ...)`, `f.bind(...)` (name None when anonymous)."""
        syntax = self.syntax
        fe = self.fe
        for _ in range(8):  # partial(partial(f)) and the like, never endlessly
            while arg is not None and arg.type == "parenthesized_expression":
                arg = arg.named_children[0] if arg.named_children else None
            if arg is None:
                return None
            if arg.type in syntax.function:
                name_node = arg.child_by_field_name("name")
                return (fe.text(name_node) if name_node is not None else None), arg
            if arg.type in syntax.identifier or arg.type == syntax.attribute:
                helper = self.local_function(arg, scope)
                return (helper[0], helper[1]) if helper is not None else None
            if arg.type not in syntax.call:
                return None
            callee = fe.callee(arg)
            qual = fe.qualname(callee, scope) if callee is not None else None
            if qual in ("functools.partial", "partial"):
                inner = fe.positional_args(arg)
                arg = inner[0] if inner else None
            elif callee is not None and callee.type == syntax.attribute and self.is_bind(callee):
                arg = callee.child_by_field_name("object")
            else:
                return None
        return None

    def result_unused(self, call: Node) -> bool:
        """The call is a statement of its own: what it returns is dropped."""
        parent = self.parent_of(call)
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        return parent is not None and parent.type == self.syntax.expression_statement

    def follow_references(
        self,
        call: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span | None,
        *,
        runs: bool = False,
    ) -> None:
        """Functions handed to a call that runs them (`map(fn, xs)`): the file's own
        are walked; others (`map(requests.get, urls)`) count as called right here.
        `runs`: the caller knows the call runs its function arguments (the SDK's
        `parallel(items, fn)` calls `fn(item)` in the body)."""
        called = self.fe.qualname(self.fe.callee(call), scope)
        if called in self.fe.lazy_iterators and self.result_unused(call):
            return  # `map(notify, users)` as a statement: an iterator nobody iterates
        runs = runs or called in RUNS_ARGUMENTS or runs_by_method(called)
        if called in RUNS_VALUES:
            for arg in self.fe.positional_args(call):
                for wrapped, via in self.library_wrapped(arg, scope):
                    # `Effect.runPromise(loadFlags)`: the functions the program captured
                    self.follow(wrapped, (*chain, via) if via else chain, site or Span.of(call))
        for arg in self.fe.positional_args(call):
            if runs:
                arg = self.bound_function(arg, scope)
            if arg.type in self.syntax.identifier or (runs and arg.type == self.syntax.attribute):
                # `map(fetch, urls)`, and a method of an instance of a class of the file
                # handed to a call that runs it (`asyncio.to_thread(box.refresh)`)
                helper = self.local_function(arg, scope)
                if helper is not None:
                    if not self.forwarded_to_step(call, arg, scope):
                        self.follow(helper, chain, site or Span.of(call), role=CodeRole.CALLBACK)
                    continue
            if runs and (arg.type in self.syntax.identifier or arg.type == self.syntax.attribute):
                qual = self.fe.qualname(arg, scope)
                # `./x.ts.f` / `../x.ts.f`: a function of a module imported by a relative
                # path (followed into that module), not a method known by its name only
                relative = qual is not None and qual.startswith(("./", "../"))
                # `map(http.get, urls)`: a method of a library object built here
                # (`httpx.Client().get`) is named like a call of it
                if qual is not None and (relative or not qual.startswith((".", LOCAL))):
                    self.add_body_call(qual, CallKind.CALL, arg, chain, 1, site)
        # `sorted(ids, key=priority_of)`, `json.dumps(x, default=encode)`, `re.sub(p,
        # repl=expand, s)`: a function handed by keyword is called there too, like one
        # handed by position (a sort key on every item, an encoder on every value it
        # cannot serialise); `default_factory=` runs where an instance is built instead
        keyword = self.syntax.keyword_argument
        args = call.child_by_field_name("arguments") if keyword is not None else None
        for arg in args.named_children if args is not None else ():
            if arg.type != keyword:
                continue
            label = arg.child_by_field_name("name")
            given = arg.child_by_field_name("value")
            if given is None or label is None or self.fe.text(label) in DEFERRED_KEYWORDS:
                continue
            given = self.bound_function(given, scope)
            if given.type in self.syntax.identifier or (
                self.fe.text(label) in RUNS_KEYWORDS and given.type == self.syntax.attribute
            ):
                # `sorted(urls, key=latency)`, `key=probe.latency` of an instance too
                helper = self.local_function(given, scope)
                if helper is not None:
                    self.follow(helper, chain, site or Span.of(call), role=CodeRole.CALLBACK)
                    continue
            if self.fe.text(label) in RUNS_KEYWORDS and (
                given.type in self.syntax.identifier or given.type == self.syntax.attribute
            ):
                # `sorted(paths, key=os.path.getmtime)`: a library function called on
                # every item, right here (a builtin, `key=hash`, is read by its own rules)
                qual = self.fe.qualname(given, scope)
                if (
                    qual is not None
                    and "." in qual
                    and not qual.startswith((".", LOCAL, "./", "../"))
                ):
                    self.add_body_call(qual, CallKind.CALL, given, chain, 1, site)

    def follow_called_arguments(
        self,
        helper: tuple[str, Node, Scope],
        call: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
    ) -> None:
        """`run_all(publish, titles)` where the file's `run_all(fn, items)` calls
        `fn(...)`: the function handed over runs inside the helper, for this call. (A
        parameter the helper only passes on or stores is not followed here.)"""
        name, function, _ = helper
        info = self.fe.function_info(function).params
        params = [p.name for p in info if p.kind == ParamKind.PLAIN]
        named = [p.name for p in info if p.kind in (ParamKind.PLAIN, ParamKind.KEYWORD_ONLY)]
        callee = self.fe.callee(call)
        if params and params[0] in ("self", "cls") and callee is not None:
            if callee.type == self.syntax.attribute:
                params = params[1:]  # a method called on its object: `self` is not passed
        given: list[tuple[str, Node]] = list(
            zip(params, self.fe.positional_args(call), strict=False)
        )
        if self.syntax.keyword_argument:
            given += [(p, v) for p in named if (v := self.fe.keyword_arg(call, p)) is not None]
        body = function.child_by_field_name("body")
        if body is None or not given:
            return
        called = self.called_names(body)
        for param, arg in given:
            if param not in called:
                # `for stage in stages: await stage(p)`: each function of the list given
                if any(v in called for v in self.loop_variables(body).get(param, ())):
                    for element in self.literal_items(arg, scope):
                        handed = self.local_function(element, scope)
                        if handed is not None and handed[1] != function:
                            self.handed_chains.add((site, (*chain, name, handed[0])))
                            self.follow(handed, (*chain, name), site, role=CodeRole.CALLBACK)
                continue
            arg = self.bound_function(arg, scope)
            if arg.type not in self.syntax.identifier:
                continue
            handed = self.local_function(arg, scope)
            if handed is not None and handed[1] != function:
                self.handed_chains.add((site, (*chain, name, handed[0])))
                self.follow(handed, (*chain, name), site, role=CodeRole.CALLBACK)

    def loop_variables(self, body: Node) -> dict[str, frozenset[str]]:
        """The plain names a function body loops over (`for stage in stages:`), each
        with the names of its loop variables; not inside a nested function. Read once
        per body."""
        known = self.loop_memo.get(body.id)
        if known is not None:
            return known
        found: dict[str, set[str]] = {}
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in ("for_statement", "for_in_statement"):
                right = node.child_by_field_name("right")
                left = node.child_by_field_name("left")
                if left is not None and left.type in (
                    "lexical_declaration",
                    "variable_declaration",
                ):
                    left = left.named_children[0] if left.named_children else None
                    if left is not None and left.type == "variable_declarator":
                        left = left.child_by_field_name("name")
                if (
                    right is not None
                    and left is not None
                    and right.type in self.syntax.identifier
                    and left.type in self.syntax.identifier
                ):
                    found.setdefault(self.fe.text(right), set()).add(self.fe.text(left))
            stack.extend(node.named_children)
        known = self.loop_memo[body.id] = {k: frozenset(v) for k, v in found.items()}
        return known

    def literal_items(self, arg: Node, scope: Scope) -> list[Node]:
        """The names a list / tuple / array literal holds: written here, or bound once
        to the name given."""
        from wac_lint.semantic import Binding

        literal: Node | None = self.kept_value(arg)
        if literal is not None and literal.type in self.syntax.identifier:
            held = self.semantic.resolve(literal, scope)
            if not isinstance(held, Binding) or held.rebound or held.assigned_value is None:
                return []
            literal = self.kept_value(held.assigned_value)
        if literal is None or literal.type not in ("array", "list", "tuple"):
            return []
        # `partial(fetch, url)` / `fetch.bind(null, url)` in the list: `fetch` runs
        items = [self.bound_function(e, scope) for e in literal.named_children]
        return [e for e in items if e.type in self.syntax.identifier]

    def called_names(self, body: Node) -> frozenset[str]:
        """The plain names a function body calls (`fn(x)`) itself: not inside a nested
        function or lambda, which may run elsewhere (`step(name, lambda: fn(*args))`
        runs `fn` in the step, checkpointed). Read once per body: a helper called
        from 8,000 places was read at each (179 s)."""
        known = self.called_names_memo.get(body.id)
        if known is None:
            known = self.called_names_memo[body.id] = self._called_names(body)
        return known

    def _called_names(self, body: Node) -> frozenset[str]:
        names = set()
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue
            if node.type in self.syntax.call:
                callee = self.fe.callee(node)
                if callee is not None and callee.type in self.syntax.identifier:
                    names.add(self.fe.text(callee))
            stack.extend(node.named_children)
        return frozenset(names)

    def follow_wrapped(
        self,
        callee: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        references: bool = False,
    ) -> None:
        """Walk what `library_wrapped` finds for `callee` as run at `site`; with
        `references`, also record the functions of a library it was given by reference
        (a schema's `.default(Date.now)`) as called there."""
        refs: list[tuple[Node, Scope]] = []
        for wrapped, via in self.library_wrapped(callee, scope, refs if references else None):
            self.follow(wrapped, (*chain, via) if via else chain, site)
        name = self.fe.text(callee) if callee.type in self.syntax.identifier else None
        for ref, where in refs:
            qual = self.fe.qualname(ref, where)
            if name is None or qual is None or qual.startswith((".", LOCAL)) or "(" in qual:
                continue
            if qual.startswith(ENVIRONMENT_READS):
                continue  # a value read where the library is given it, not a function
            self.add_body_call(qual, CallKind.CALL, ref, (*chain, name), 0, site)

    def library_wrapped(
        self, callee: Node, scope: Scope, refs: list[tuple[Node, Scope]] | None = None
    ) -> list[tuple[tuple[str, Node, Scope], str | None]]:
        """`rate = memoize(async (c) => ...)`, `locate = R.pipe(clean, geocode)`,
        `once(fn)`: the functions given to an imported higher-order function whose result
        `callee` names. What such a library returns (a memoizer, a composition, a
        throttle) calls the functions it was given when it is called, so a call of the
        name runs them here. Each with the name to show between the callee and it (None
        for a function written inline, shown under the callee's own name)."""

        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        once = assigned_once(binding)
        if once is None or once.assigned_value is None:
            return []
        out: list[tuple[tuple[str, Node, Scope], str | None]] = []
        name = self.fe.text(callee)

        def given(value: Node, depth: int) -> None:
            while value.type in self.syntax.awaits and value.named_children:
                value = value.named_children[-1]
            if depth <= 6 and value.type in self.syntax.identifier and depth > 0:
                # `Stamp.optional()`: the schema the name holds, built by a library call
                held = assigned_once(self.semantic.resolve(value, once.scope))
                if held is not None and held.assigned_value is not None:
                    value = held.assigned_value
            if depth > 6 or value.type not in self.syntax.call:
                return
            maker = self.fe.callee(value)
            if maker is None or self.fe.resolve_sdk(maker, once.scope) is not None:
                return  # `task(fn)` / `step(...)`: the SDK's own, modelled elsewhere
            if not self.library_rooted(maker, once.scope, 0):
                return  # the file's own factory (`factory_product`) or a local value
            receiver = maker.child_by_field_name("object")  # both grammars
            if maker.type == self.syntax.attribute and receiver is not None:
                given(receiver, depth + 1)  # `Effect.tryPromise(...).pipe(...)`
            args = list(self.fe.positional_args(value))
            positional = {a.id for a in args}
            for arg in list(args):
                if arg.type in ("object", "dictionary"):
                    # `Effect.tryPromise({ try: () => ..., catch: ... })`
                    args += [
                        v
                        for pair in arg.named_children
                        if (v := pair.child_by_field_name("value")) is not None
                    ]
            for arg in args:
                arg = self.bound_function(arg, once.scope)
                if arg.type in self.syntax.function:
                    out.append(((name, arg, once.scope), None))
                elif arg.type in self.syntax.identifier:
                    found = self.local_function(arg, once.scope)
                    held = (
                        None
                        if found is not None
                        else assigned_once(self.semantic.resolve(arg, once.scope))
                    )
                    built = held.assigned_value if held is not None else None
                    if found is not None and found[1].type in self.syntax.function:
                        out.append((found, name))
                    elif built is not None and built.type in self.syntax.call:
                        # `z.array(Line)` with `Line = z.object({ sku: z.string().refine(
                        # async (s) => ...) })`: the schema named there runs its callbacks
                        given(built, depth + 1)
                    elif found is None and refs is not None and arg.id in positional:
                        refs.append((arg, once.scope))  # `memoize(fetch)`
                elif (
                    arg.type == self.syntax.attribute and refs is not None and arg.id in positional
                ):
                    refs.append((arg, once.scope))  # `.default(Date.now)`
                elif arg.type in self.syntax.call:
                    given(arg, depth + 1)  # `memoize(pipe(clean, geocode))`

        given(once.assigned_value, 0)
        return out

    def library_rooted(self, node: Node, scope: Scope, depth: int) -> bool:
        """`z.string().default`, `R.pipe`: an expression whose chain starts at a package
        import; or at a const built from one (`limiter` of `limiter.wrap` with `limiter =
        new Bottleneck(...)`, `throttle` of `throttle(fn)` with `throttle = pThrottle(...)`).
        Not the file's own functions, nor a module of the workspace (`./lib`)."""
        from wac_lint.semantic import Binding

        root = node
        while (
            root.type == self.syntax.attribute
            or root.type in self.syntax.call
            or root.type in self.syntax.new
        ):
            field = (
                "object"
                if root.type == self.syntax.attribute
                else "constructor"
                if root.type in self.syntax.new
                else "function"
            )
            inner = root.child_by_field_name(field)
            if inner is None:
                break
            root = inner
        if root.type not in self.syntax.identifier:
            return False
        found = self.semantic.resolve(root, scope)
        if not isinstance(found, Binding):
            return False
        if found.kind == NameKind.IMPORT:
            qual = self.fe.qualname(root, scope)
            return qual is not None and not qual.startswith((LOCAL, ".", "./", "../"))
        value = found.assigned_value
        if (
            depth >= 3
            or found.kind != NameKind.ASSIGNMENT
            or found.rebound
            or found.member
            or value is None
        ):
            return False
        while value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type not in self.syntax.call and value.type not in self.syntax.new:
            return False
        return self.library_rooted(value, found.scope, depth + 1)

    def decorators_above_task(self, task: TaskDef) -> list[tuple[str, Node, Scope]]:
        """`@with_metrics` written above `@task()`: calling the task calls the wrapper the
        file's decorator returns, in the caller's code (the task decorator only wraps
        what is below it)."""
        found = self.decorators_memo.get(id(task))
        if found is None:
            found = self.decorators_memo[id(task)] = self._decorators_above_task(task)
        return found

    def _decorators_above_task(self, task: TaskDef) -> list[tuple[str, Node, Scope]]:
        function = task.function.node if task.function is not None else None
        return self.decorator_wrappers(function, task.span.start_byte)

    def follow_own_decorators(self, fn: Node) -> None:
        """`@metered def score(...)` in a helper module the body imports `score` from:
        calling it runs the wrapper `metered` returns, whether `metered` is defined
        in that module or imported from a third one."""
        site = Span.of(fn)
        if fn.type == "method_definition":
            # a TypeScript method of a class of that module (`@logged added()`)
            self.follow_method_decorators(fn, self.semantic.scope_at(fn), (), site)
            return
        for wrapper in self.decorator_wrappers(fn):
            self.follow(wrapper, (), site)
        self.record_imported_decorators(fn, (), site)

    def record_imported_decorators(
        self, function: Node, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """Each decorator of `function` that another module defines runs its wrapper
        where the function is called: recorded for the workspace to follow."""
        for decorator in self.imported_decorators(function):
            self.model.relative_import_calls.append(
                BodyCall(
                    self.fe.qualname(decorator, self.semantic.module) or self.fe.text(decorator),
                    CallKind.DECORATED,
                    decorator,
                    Span.of(decorator),
                    0,
                    chain,
                    site,
                )
            )

    def imported_decorators(self, function: Node | None, before: int | None = None) -> list[Node]:
        """The decorators above `function` (above the byte `before` only) that name an
        import (`@timed` of `from f.lib.timing import timed`, `@timing.timed`): another
        module's wrappers."""
        out = []
        for decorator in self.decorators_of(function):
            if before is not None and decorator.end_byte > before:
                break  # the task decorator (`before` is in it) and those below it
            expression = decorator.named_children[0] if decorator.named_children else None
            if expression is None:
                continue
            base = expression
            if base.type in self.syntax.call:
                # `@retrying(attempts=3)`: the decorator the imported factory returns
                base = self.fe.callee(base) or base
            while base.type == self.semantic.syntax.attribute:
                inner = base.child_by_field_name(self.semantic.syntax.attribute_object)
                if inner is None:
                    break
                base = inner
            if base.type not in self.syntax.identifier:
                continue  # `@make()(...)`: not followed
            binding = self.semantic.resolve(base, self.semantic.module)
            if binding is not None and binding.kind == NameKind.IMPORT:
                out.append(expression)
        return out

    def decorator_wrappers(
        self, function: Node | None, before: int | None = None
    ) -> list[tuple[str, Node, Scope]]:
        """The wrappers the file's decorators above `function` return (those above the
        byte `before` only): calling the decorated function calls them, in the caller's
        code (`@timed` whose `inner` reads the clock around the call)."""
        return [wrapper for _, wrapper in self.decorated_by(function, before)]

    def decorated_by(
        self, function: Node | None, before: int | None = None
    ) -> list[tuple[Node, tuple[str, Node, Scope]]]:
        """`decorator_wrappers`, each with the decorator that returns it."""
        out: list[tuple[Node, tuple[str, Node, Scope]]] = []
        for decorator in self.decorators_of(function):
            if before is not None and decorator.end_byte > before:
                break  # the task decorator (`before` is in it) and those below it
            expression = decorator.named_children[0] if decorator.named_children else None
            factory = expression is not None and expression.type in self.syntax.call
            if factory and expression is not None:  # `@audit(channel="infra")`
                expression = self.fe.callee(expression)
            if expression is None or expression.type not in self.syntax.identifier:
                continue
            binding = self.semantic.resolve(expression, self.semantic.module)
            if (
                not factory
                and self.fe.call_method is not None
                and binding is not None
                and binding.kind == NameKind.CLASS
                and binding.value is not None
            ):
                # `@Audited` naming a class of the file: the decorated name holds an
                # instance, so calling it runs the class's `__call__`
                holder = self.open_class(binding.value, binding.scope)
                called = self.class_method(holder, self.fe.call_method) if holder else None
                if called is not None:
                    out.append((decorator, called))
                continue
            maker = self.binding_function(binding)
            product = self.returned_function(maker) if maker is not None else None
            if factory and maker is not None and product is not None:
                # the decorator the factory returns, then the wrapper that one returns
                product = self.returned_function((maker[0], *product))
            if maker is not None and product is not None:
                out.append((decorator, (maker[0], *product)))
        return out

    def add_body_call(
        self,
        name: str,
        kind: CallKind,
        node: Node,
        chain: tuple[str, ...],
        count: int,
        site: Span | None,
        writes: bool = False,
    ) -> None:
        # a call is reported at its callee (`requests.post`), anything else as a whole
        shown = self.fe.callee(node) if kind == CallKind.CALL else None
        span = Span.of(shown if shown is not None else node)
        self.model.body_calls.append(
            BodyCall(name, kind, node, span, count, chain, site if chain else None, writes)
        )
