"""The body walk's class lookups: the `ClassLookups` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

import re

from wac_lint.frontends.body.records import Node, key
from wac_lint.frontends.body.state import WalkState
from wac_lint.frontends.body.vocabulary import CONTAINER_LOOKUPS, PROXY_WRAPPERS
from wac_lint.semantic import LOCAL
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope


class ClassLookups(WalkState):
    """Which class a name or an instance is, its bases and members, and the classes
    dependency-injection containers hand back."""

    def property_setter(
        self, class_scope: Scope, name: str, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """`@mode.setter def mode(self, value)` in the class (or a base of the file): what
        assigning `obj.mode = v` runs."""
        found = self.fe.setter_of(class_scope.node, name)
        if found is not None:
            return self.class_prefix(class_scope) + name, found, class_scope
        bases = self.base_classes(class_scope) if depth < 8 else []
        for base in bases:
            inherited = self.property_setter(base, name, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def class_member(self, class_scope: Scope, name: str, depth: int = 0) -> Binding | None:
        """The binding of `name` in a class body of the file or in one of its bases'."""
        found = class_scope.bindings.get(name)
        if found is not None or depth >= 8:
            return found
        for base in self.base_classes(class_scope):
            inherited = self.class_member(base, name, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def instance_attribute(self, class_scope: Scope, name: str, depth: int = 0) -> bool:
        """Might instances of the class (or of its bases) hold `name` themselves
        (`self.name = ...`, a dataclass field `name: int`)? Then `__getattr__` does not
        run for it; read from the text, erring on the side of yes."""
        text = self.fe.text(class_scope.node).encode()
        if b"__dict__" in text or b"setattr(" in text or b"__slots__" in text:
            return True  # names set by `self.__dict__.update(kw)` / `setattr`: any of them
        pattern = rb"(?:\.|^|\s)" + re.escape(name.encode()) + rb"\s*(?::|=(?!=))"
        if re.search(pattern, text, re.MULTILINE):
            return True
        return depth < 8 and any(
            self.instance_attribute(base, name, depth + 1)
            for base in self.base_classes(class_scope)
        )

    def literal_accessor(
        self, obj: Node, name: str, kind: str, scope: Scope
    ) -> tuple[str, Node, Scope] | None:
        """`set progress(p) {...}` of an object literal a name is bound to once."""
        from wac_lint.semantic import Binding

        if obj.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(obj, scope)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value = binding.assigned_value
        while value.type in PROXY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if value.type != "object":
            return None
        for entry in value.named_children:
            key_node = entry.child_by_field_name("name")
            if (
                entry.type == "method_definition"
                and key_node is not None
                and self.fe.text(key_node) == name
                and any(c.type == kind for c in entry.children[:4])
            ):
                return f"{binding.name}.{name}", entry, binding.scope
        return None

    def class_accessor(
        self, class_scope: Scope, name: str, kind: str, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        body = class_scope.node
        if body.type != "class_body":  # the scope of a class is its body or its declaration
            body = body.child_by_field_name("body") or body
        for member in body.named_children:
            if member.type != "method_definition" or not any(
                c.type == kind for c in member.children[:4]
            ):
                continue
            member_name = member.child_by_field_name("name")
            if member_name is not None and self.fe.text(member_name) == name:
                return self.class_prefix(class_scope) + name, member, class_scope
        if depth >= 8:
            return None  # a cycle of bases the file cannot really have
        for base in self.base_classes(class_scope):
            inherited = self.class_accessor(base, name, kind, depth + 1)
            if inherited is not None:
                return inherited
        return None

    @staticmethod
    def generic_origin(ctor: Node | None) -> Node | None:
        """`JsonRepo[dict]` built (`JsonRepo[dict](path)`): the class `JsonRepo`; a
        subscripted generic class builds an instance of the class itself."""
        while ctor is not None and ctor.type == "subscript":
            ctor = ctor.child_by_field_name("value")
        return ctor

    def is_protocol(self, class_scope: Scope) -> bool:
        """A Python `class X(Protocol)` / `typing.Protocol[...]`: a structural type."""
        node = class_scope.node
        if node.type != "class_definition":
            node = node.parent or node
        bases = node.child_by_field_name("superclasses")
        return bases is not None and any(
            re.sub(r"\[.*$", "", self.fe.text(b)).rsplit(".", 1)[-1] == "Protocol"
            for b in bases.named_children
        )

    def implementations(self, protocol: Scope, name: str) -> list[tuple[str, Node, Scope]]:
        """The concrete methods `name` of the module's classes other than protocols."""
        found: list[tuple[str, Node, Scope]] = []
        for binding in self.semantic.module.bindings.values():
            if binding.kind != NameKind.CLASS or binding.value is None:
                continue
            opened = self.open_class(binding.value, binding.scope)
            if opened is None or opened.node == protocol.node or self.is_protocol(opened):
                continue
            method = self.class_method(opened, name)
            if method is None or self.is_abstract(method[1]) or self.is_protocol(method[2]):
                continue
            if all(m[1] != method[1] for m in found):
                found.append(method)
        return found

    def inherits(self, sub: Scope, base: Scope) -> bool:
        """`sub` is `base` or extends it (through classes of the file)."""
        stack, seen = [sub], 0
        while stack and seen < 16:
            seen += 1
            current = stack.pop()
            if current.node == base.node:
                return True
            stack.extend(self.base_classes(current))
        return False

    def is_abstract(self, function: Node) -> bool:
        """An abstract method: no body (TypeScript `abstract send(...)`) or Python's
        `@abstractmethod`."""
        if function.child_by_field_name("body") is None:
            return True
        parent = function.parent
        return (
            parent is not None
            and parent.type == "decorated_definition"
            and any(
                c.type == "decorator" and self.fe.text(c).endswith("abstractmethod")
                for c in parent.named_children
            )
        )

    def subclasses(self, class_scope: Scope) -> list[Scope]:
        """Module-level classes of the file that extend this one, directly or further down."""
        memo = key(class_scope.node)
        known = self.subclass_memo.get(memo)
        if known is not None:
            return known
        out: list[Scope] = []
        self.subclass_memo[memo] = out
        for binding in self.semantic.module.bindings.values():
            if binding.kind != NameKind.CLASS or binding.value is None:
                continue
            opened = self.open_class(binding.value, binding.scope)
            if opened is None or opened.node == class_scope.node:
                continue
            stack, seen = [opened], 0
            while stack and seen < 8:
                seen += 1
                bases = self.base_classes(stack.pop())
                if any(b.node == class_scope.node for b in bases):
                    out.append(opened)
                    break
                stack.extend(bases)
        return out

    def class_method(
        self, class_scope: Scope, name: str, depth: int = 0
    ) -> tuple[str, Node, Scope] | None:
        """The method `name` of a class of the file: its own, or inherited from a base
        class of the file (`class Mailer(HttpService)`, `class Orders extends Base`)."""
        found = self.binding_function(class_scope.bindings.get(name))
        if found is not None:
            return self.class_prefix(class_scope) + found[0], found[1], found[2]
        if depth >= 8:
            return None  # a cycle of bases the file cannot really have
        for base in self.base_classes(class_scope):
            inherited = self.class_method(base, name, depth + 1)
            if inherited is not None:
                return inherited
        return None

    def external_bases(self, class_node: Node, class_scope: Scope) -> list[tuple[str, Node]]:
        """The bases of a class that are imported (not of the file): qualified name, and
        where the class names it."""
        supers = class_node.child_by_field_name("superclasses")
        names = [n for n in supers.named_children] if supers is not None else []
        for child in class_node.children:
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = clause.child_by_field_name("value")
                    if clause.type == "extends_clause" and value is not None:
                        names.append(value)
        out = []
        outer = class_scope.parent or class_scope
        for node in names:
            if node.type not in self.syntax.identifier and node.type != self.syntax.attribute:
                continue
            qual = self.fe.qualname(node, outer)
            if qual is not None and not qual.startswith((".", LOCAL)) and "(" not in qual:
                out.append((qual, node))
        return out

    def base_classes(self, class_scope: Scope) -> list[Scope]:
        """The scopes of a class's bases that the file defines, in order."""
        node = class_scope.node
        if node.type not in (
            "class_definition",
            "class_declaration",
            "class",
            "abstract_class_declaration",
        ):
            node = node.parent if node.parent is not None else node  # TS: the scope is the body
        names: list[Node] = []
        mixins: list[Node] = []
        supers = node.child_by_field_name("superclasses")  # Python's `class A(B, C)`
        if supers is not None:
            names = [n for n in supers.named_children if n.type in self.syntax.identifier]
        for child in node.children:  # TypeScript's `class A extends B`
            if child.type == "class_heritage":
                for clause in child.named_children:
                    value = (
                        clause.child_by_field_name("value")
                        if clause.type == "extends_clause"
                        else None
                    )
                    if value is not None and value.type in self.syntax.identifier:
                        names.append(value)
                    elif value is not None and value.type in self.syntax.call:
                        mixins.append(value)
        out = []
        outer = class_scope.parent or class_scope
        for name in names:
            cls = self.semantic.resolve(name, outer)
            if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                opened = self.open_class(cls.value, cls.scope)
                if opened is not None:
                    out.append(opened)
        for call in mixins:
            out.extend(self.mixin_classes(call, outer))
        return out

    def mixin_classes(self, call: Node, outer: Scope, depth: int = 0) -> list[Scope]:
        """The classes a mixin call in an `extends` clause stands for
        (`class Infra extends Paged(ApiBase)`, `Paged` a function of the file returning
        `class extends Base { ... }`): the class it returns, then what it extends, the
        class (or mixin call) handed to the parameter it names, in that order."""
        callee = call.child_by_field_name("function")
        if depth > 4 or callee is None or callee.type not in self.syntax.identifier:
            return []
        held = self.semantic.resolve(callee, outer)
        if held is None:
            return []
        function = held.value if held.kind == NameKind.FUNCTION else held.assigned_value
        if function is None or function.child_by_field_name("body") is None:
            return []
        params = [self.fe.text(p) for p in self.mixin_parameters(function)]
        given = self.fe.positional_args(call)
        out: list[Scope] = []
        body = function.child_by_field_name("body")
        returned_classes = self.fe.returned_class_expressions(body) if body is not None else []
        for returned in returned_classes:
            opened = self.open_class(returned, self.semantic.scope_at(returned.parent or returned))
            if opened is not None:
                out.append(opened)
            for child in returned.children:
                if child.type != "class_heritage":
                    continue
                for clause in child.named_children:
                    base = clause.child_by_field_name("value")
                    if clause.type != "extends_clause" or base is None:
                        continue
                    text = self.fe.text(base)
                    if text not in params or params.index(text) >= len(given):
                        continue
                    arg = given[params.index(text)]
                    if arg.type in self.syntax.call:
                        out.extend(self.mixin_classes(arg, outer, depth + 1))
                        continue
                    cls = (
                        self.semantic.resolve(arg, outer)
                        if arg.type in self.syntax.identifier
                        else None
                    )
                    if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
                        base_scope = self.open_class(cls.value, cls.scope)
                        if base_scope is not None:
                            out.append(base_scope)
        return out

    def mixin_parameters(self, function: Node) -> list[Node]:
        """The plain names of a function's parameters, in order."""
        params = function.child_by_field_name("parameters") or function.child_by_field_name(
            "parameter"
        )
        if params is None:
            return []
        if params.type in self.syntax.identifier:
            return [params]
        out: list[Node] = []
        for child in params.named_children:
            name = child.child_by_field_name("pattern") or child.child_by_field_name("name")
            if child.type in self.syntax.identifier:
                name = child
            if name is not None and name.type in self.syntax.identifier:
                out.append(name)
        return out

    def container_class(
        self, value: Node, scope: Scope, member: tuple[str, ...] = ()
    ) -> Scope | None:
        """The class of the file a dependency-injection container hands back: a library
        container's lookup given the class itself (tsyringe `container.resolve(Mailer)`,
        typedi `Container.get(Repo)`, NestJS `app.get(Service)`), or given a token the
        file registered a class of its own under (inversify `bind(TYPES.Mailer).to(
        SmtpMailer)` then `get(TYPES.Mailer)`, tsyringe `register("mailer", { useClass:
        Smtp })`, typedi `Container.set(token, new Repo())`, awilix `register({ audit:
        asClass(HttpAudit) })` then `container.cradle.audit` or `resolve("audit")`)."""
        syntax = self.syntax
        if value.type in syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value.type == syntax.attribute:
            # awilix's `container.cradle.audit` (or `{ audit } = container.cradle`)
            holder = value.child_by_field_name("object")
            name = value.child_by_field_name(syntax.attribute_name_field)
            if holder is None or name is None:
                return None
            if self.fe.text(name) == "cradle" and len(member) == 1:
                container, key = value, member[0]
            elif holder.type == syntax.attribute and not member:
                inner = holder.child_by_field_name(syntax.attribute_name_field)
                if inner is None or self.fe.text(inner) != "cradle":
                    return None
                container, key = holder, self.fe.text(name)
            else:
                return None
            container = container.child_by_field_name("object") or container
            return self.registered_class(container, key, scope)
        if value.type not in syntax.call:
            return None
        callee = self.fe.callee(value)
        if callee is None or callee.type != syntax.attribute:
            return None
        method = callee.child_by_field_name(syntax.attribute_name_field)
        receiver = callee.child_by_field_name("object")
        args = self.fe.positional_args(value)
        if method is None or receiver is None or not args:
            return None
        if self.fe.text(method) not in CONTAINER_LOOKUPS or not self.library_object(
            receiver, scope
        ):
            return None
        cls = self.file_class(args[0], scope)
        if cls is not None:
            return cls
        return self.registered_class(receiver, self.token_key(args[0]), scope)

    def library_object(self, node: Node, scope: Scope) -> bool:
        """`node` is an imported name (or a member of one), or a name bound to what a
        library builds (`new Container()`, `createContainer()`)."""
        root = self.chain_root(node)
        binding = self.semantic.resolve(root, scope) if root is not None else None
        if binding is None:
            return False
        if binding.kind == NameKind.IMPORT:
            return True
        value = binding.value if binding.kind == NameKind.ASSIGNMENT else None
        if value is None or not (value.type in self.syntax.call or value.type in self.syntax.new):
            return False
        maker = value.child_by_field_name(
            "constructor" if value.type in self.syntax.new else "function"
        )
        return maker is not None and self.library_object(maker, binding.scope)

    def file_class(self, node: Node, scope: Scope) -> Scope | None:
        """The class of the file a name reaches."""
        if node.type not in self.syntax.identifier:
            return None
        cls = self.semantic.resolve(node, scope)
        if cls is not None and cls.kind == NameKind.CLASS and cls.value is not None:
            return self.open_class(cls.value, cls.scope)
        return None

    def token_key(self, node: Node) -> str:
        """How a registration token is spelled (`"mailer"` and `'mailer'` alike)."""
        text = self.fe.text(node)
        return text.strip("\"'`") if node.type in ("string", "template_string") else text

    def registered_class(self, container: Node, key: str, scope: Scope) -> Scope | None:
        """The class of the file registered under `key` on the container spelled
        `container` (see `container_class`), found once per file."""
        if self.registrations is None:
            self.registrations = self.container_registrations()
        found = self.registrations.get((self.fe.text(container), key))
        return self.file_class(*found) if found is not None else None

    def container_registrations(self) -> dict[tuple[str, str], tuple[Node, Scope]]:
        """Every `X.bind(T).to(C)` / `X.bind(C).toSelf()`, `X.register(T, { useClass: C
        })` / `X.register(T, C)` / `X.registerSingleton(T, C)`, `X.set(T, new C())` and
        `X.register({ t: asClass(C)... })` of the file, by (container, token)."""
        found: dict[tuple[str, str], tuple[Node, Scope]] = {}
        syntax = self.syntax
        text = self.fe.text
        for call in self.fe.model.node_index.by_type.get(self.fe.model.lang.call_node, []):
            callee = self.fe.callee(call)
            if callee is None or callee.type != syntax.attribute:
                continue
            method = callee.child_by_field_name(syntax.attribute_name_field)
            receiver = callee.child_by_field_name("object")
            if method is None or receiver is None:
                continue
            name = text(method)
            args = self.fe.positional_args(call)
            scope = self.semantic.scope_at(call)
            if name in ("to", "toSelf") and receiver.type in syntax.call:
                bind = self.fe.callee(receiver)
                tokens = self.fe.positional_args(receiver)
                if bind is None or bind.type != syntax.attribute or not tokens:
                    continue
                bind_name = bind.child_by_field_name(syntax.attribute_name_field)
                container = bind.child_by_field_name("object")
                if bind_name is None or container is None or text(bind_name) != "bind":
                    continue
                target = args[0] if name == "to" and args else tokens[0]
                found[(text(container), self.token_key(tokens[0]))] = (target, scope)
            elif name in ("register", "registerSingleton", "set") and len(args) == 2:
                target = args[1]
                if target.type == "object":
                    use = next(
                        (
                            p.child_by_field_name("value")
                            for p in target.named_children
                            if p.type == "pair"
                            and text(p.child_by_field_name("key") or p) == "useClass"
                        ),
                        None,
                    )
                    target = use if use is not None else target
                elif target.type in syntax.new:
                    target = target.child_by_field_name("constructor") or target
                found[(text(receiver), self.token_key(args[0]))] = (target, scope)
            elif name == "register" and len(args) == 1 and args[0].type == "object":
                for pair in args[0].named_children:
                    key = pair.child_by_field_name("key") if pair.type == "pair" else None
                    if key is None:
                        continue
                    made = pair.child_by_field_name("value")
                    while made is not None and made.type in syntax.call:
                        maker = self.fe.callee(made)
                        if maker is not None and maker.type in syntax.identifier:
                            if text(maker) == "asClass" and self.fe.positional_args(made):
                                target = self.fe.positional_args(made)[0]
                                found[(text(receiver), self.token_key(key))] = (target, scope)
                            break
                        made = maker.child_by_field_name("object") if maker is not None else None
        return found

    def looked_up_class(self, call: Node, callee: Node, scope: Scope) -> Scope | None:
        """`container.resolve(Mailer)` / `injector.get(Mailer)`: a dependency-injection
        container's lookup given a class of the file (its only argument) gives an
        instance of it (of a Protocol or abstract class: its implementation, where its
        methods are called)."""
        if callee.type != self.syntax.attribute:
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        if method is None or self.fe.text(method) not in CONTAINER_LOOKUPS:
            return None
        args = self.fe.positional_args(call)
        if len(args) != 1 or args[0].type not in self.syntax.identifier:
            return None
        return self.named_class(self.fe.text(args[0]), scope)

    def named_class(self, spelled: str, scope: Scope) -> Scope | None:
        """The class of the file a type is spelled as (`Mailer`), if it is one."""
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", spelled):
            return None
        cls = self.semantic.lookup(spelled, scope)
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        return self.open_class(cls.value, cls.scope)

    def annotated_class(self, holder: Node | None, scope: Scope) -> Scope | None:
        """The class of the file a parameter (or a function's return) is annotated with:
        `ledger: Ledger`, `-> "Ledger"`, `Optional[Ledger]`, `ledger: Ledger | None`."""
        if holder is None:
            return None
        annotation = holder.child_by_field_name("type") or holder.child_by_field_name("return_type")
        if annotation is None:
            return None
        text = self.fe.text(annotation).lstrip(":").strip().strip("\"'")
        text = re.sub(r"^(typing\.)?Optional\[(.*)\]$", r"\2", text)
        text = re.sub(r"\s*\|\s*(None|null|undefined)$|^(None|null|undefined)\s*\|\s*", "", text)
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", text):
            return None
        cls = self.semantic.lookup(text, scope)
        if cls is None or cls.kind != NameKind.CLASS or cls.value is None:
            return None
        return self.open_class(cls.value, cls.scope)
