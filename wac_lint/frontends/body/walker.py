"""The body walk's statements and calls: `BodyWalker`, the top of its layers (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

from dataclasses import replace

from wac_lint.frontends.body.following import Following
from wac_lint.frontends.body.records import Frame, Node, iter_nodes, key
from wac_lint.frontends.body.vocabulary import (
    ACCESSOR_DEFINERS,
    CONVERSION_HOOKS,
    DEFERRING_CALLS,
    DISPOSERS,
    DURABLE_CONCEPTS,
    KEPT_WRAPPERS,
    LOOPS,
    MAX_OTHER_SITE_CALLS,
    MAX_OTHER_SITE_ROUNDS,
    QUOTES,
    RUNS_CAPTURED_METHODS,
    RUNS_SCHEMA_ARGUMENT,
    SETTER_HOOKS,
    VALIDATING_INSTANCE_MAKERS,
    VALIDATION_HOOKS,
    VALIDATOR_DECORATORS,
)
from wac_lint.guards import GuardReader, bound_literal, enclosing_function, never_runs
from wac_lint.model import (
    DROPPED,
    STORED,
    BodyCall,
    CallKind,
    CodeRole,
    DurableKind,
    ExceptionHandler,
    FinallyBlock,
    HandlerKind,
    Rethrow,
    Span,
    TaskDef,
)
from wac_lint.semantic import FACTORY_CALLS, LOCAL
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope, ScopeKind
from wac_lint.tree_paths import ancestors

# TypeScript destructuring patterns whose members may carry a default.
DESTRUCTURING = frozenset({"object_pattern", "array_pattern"})


class BodyWalker(Following):
    """Walks one workflow function and what it reaches; records what runs as body code.

    The workflow body, the callbacks it runs itself, and every function of the
    file it calls or hands to a callback-taking call (any depth, each once) are
    body code; task bodies and functions given to `step(...)` are not.
    """

    def run(self, own_decorators: bool = False, entry: bool = False) -> None:
        """Walk the function as body code; `own_decorators`: it is a helper another
        file calls, so the wrappers its own decorators return run around that call;
        `entry`: it is the workflow, so the wrappers the file's decorators written on it
        return (`@alert_on_failure` above or below `@workflow`) are what Windmill calls,
        in every round, around the body (reported at the decorator)."""
        assert self.function.body is not None
        fn = self.function.node
        scope = self.semantic.scopes.open(fn, self.semantic.scope_at(fn))
        self.mark_body(fn)
        self.visited.add(key(fn))
        params = fn.child_by_field_name("parameters") if self.syntax.call_defaults else None
        for param in params.named_children if params is not None else ():
            if param.type not in self.syntax.call_defaults:
                continue
            value = param.child_by_field_name("value")
            if value is not None:
                self.walk(value, Frame(False, scope, None), (), None)
            # `({ at = new Date().toISOString() }: Args)`: a member the run's input lacks
            # takes its default at each call too
            for default in self.pattern_defaults(param.child_by_field_name("pattern")):
                self.walk(default, Frame(False, scope, None), (), None)
        self.walk(self.function.body, Frame(False, scope, None), (), None)
        if own_decorators:
            self.follow_own_decorators(fn)
        if entry:
            for decorator, wrapper in self.decorated_by(fn):
                # the function it wraps is the workflow body: its call suspends
                name, function, outer = wrapper
                self.follow((f"@{name}", function, outer), (), Span.of(decorator), True)
        self.drain()

    def drain(self) -> None:
        """Walk the functions the walk so far reached, then settle what it recorded."""
        while self.pending:
            job = self.pending.pop(0)
            fscope = self.semantic.scopes.open(job.function, job.outer)
            self.mark_body(job.function)
            body = job.function.child_by_field_name("body")
            self.params_durable = job.durable_args
            self.current_job = job
            self.walked_fields = self.task_field_calls.get(key(job.function), (set(), set()))
            self.receiver = job.receiver
            # a second walk keeps only the handlers it finds: what else it records (the
            # calls, the durable calls) the first walk recorded already
            kept = (
                {n: len(v) for n, v in vars(self.model).items() if isinstance(v, list)}
                if job.handlers_only
                else {}
            )
            if body is not None:
                self.walk(body, Frame(True, fscope, None), job.chain, job.site)
            for name, length in kept.items():
                if name != "handlers":
                    del getattr(self.model, name)[length:]
        self.params_durable = False
        self.current_job = None
        self.walked_fields = (set(), set())
        self.receiver = None
        self.record_other_sites()
        self.drop_guarded_off()
        self.record_other_handler_sites()
        self.model.durable_calls.sort(key=lambda d: d.node.start_byte)
        self.model.body_calls.sort(key=lambda c: (c.report_span.start_byte, c.node.start_byte))
        self.model.handlers.sort(key=lambda h: h.node.start_byte)
        self.settle_stored_mappers()
        self.settling = True  # the body's identifiers are all indexed now
        for call in (*self.model.durable_calls, *self.model.helper_calls):
            if call.consumption == STORED:
                call.consumption, contained, returned_by = self.stored_use(call.node)
                call.contained = call.contained or contained
                call.returned_by = returned_by
                if call.consumption == STORED:
                    call.left_by = self.left_before_use(call.node)

    def record_other_sites(self) -> None:
        """A helper is walked once, for the first place of the body that reaches it;
        each other place that calls it runs its calls again on every replay, so the
        calls found under it are recorded for those places too (one finding per place).
        Repeated until nothing is added: a place reaching `a`, which reaches `b` first
        walked from elsewhere, gets `b`'s calls through `a`'s."""
        calls = self.model.body_calls
        if not self.revisits or not calls:
            return
        at_site: dict[Span, list[BodyCall]] = {}
        for call in calls:
            if call.site is not None:
                at_site.setdefault(call.site, []).append(call)
        added = 0
        for _ in range(MAX_OTHER_SITE_ROUNDS):
            changed = False
            for function, again_at in self.revisits:
                chain, site = again_at.chain, again_at.site
                first = self.first_walks.get(function)
                if first is None or first.site == site:
                    continue  # the main function itself, or the same place of the body
                prefix = len(first.chain)
                known = {c.node.id for c in at_site.get(site, ())}
                # a default the first call omitted: another call may pass that argument
                # (one that omits it walked the default itself)
                start, end = self.parameter_bytes.get(function[0], (0, 0))
                for call in list(at_site.get(first.site, ())):
                    if added >= MAX_OTHER_SITE_CALLS:
                        return
                    if call.chain[:prefix] != first.chain or call.node.id in known:
                        continue
                    if self.handed_chains and self.handed_at(first.site, call.chain, prefix):
                        continue  # reached through a function only that call handed over
                    if call.chain == first.chain and start <= call.node.start_byte < end:
                        continue
                    if (
                        call.chain == first.chain
                        and call.elsewhere is None
                        and not function[0][0] <= call.node.start_byte < function[0][1]
                    ):
                        # made directly by another function walked under the same name
                        # (a dataclass's `default_factory` lambdas are each walked as
                        # `Owner.__init__`; the call given the first field's value
                        # does not run its factory)
                        continue
                    again = replace(call, chain=chain + call.chain[prefix:], site=site)
                    calls.append(again)
                    at_site.setdefault(site, []).append(again)
                    known.add(call.node.id)
                    added += 1
                    changed = True
            if not changed:
                return

    def handed_at(self, site: Span, chain: tuple[str, ...], prefix: int) -> bool:
        """Whether `chain`, below its first `prefix` helpers, goes through a function
        the call of the body at `site` handed to a helper as an argument."""
        return any(
            (site, chain[:end]) in self.handed_chains for end in range(prefix + 1, len(chain) + 1)
        )

    def drop_guarded_off(self) -> None:
        """Drop the calls a helper of the file makes only under a test of its parameters
        that the body's call of it makes false (`def local(x, noisy=False): if noisy:
        return random.random()` called as `local(x)`): at that place they never run.
        Read for a helper the body calls by its name, one level down (see `guards`)."""
        calls = self.model.body_calls
        if not calls or not any(len(c.chain) == 1 for c in calls):
            return
        kept: list[BodyCall] = []
        reader = GuardReader()
        for call in calls:
            if self.guarded_off(call, reader):
                continue
            kept.append(call)
        if len(kept) != len(calls):
            calls[:] = kept

    def guarded_off(self, call: BodyCall, reader: GuardReader) -> bool:
        if call.elsewhere is not None or len(call.chain) != 1 or call.site is None:
            return False
        site = self.model.node_at(call.site.start_byte, call.site.end_byte)
        if site is None or site.type not in self.syntax.call:
            return False
        callee = site.child_by_field_name("function")
        name = call.chain[0]
        if callee is None or callee.type not in self.syntax.identifier:
            return False
        if self.model.text(callee) != name or not reader.spend():
            return False
        function = enclosing_function(call.node)
        if function is None:
            return False
        declared = function.child_by_field_name("name")
        if declared is None and function.parent is not None:
            declared = function.parent.child_by_field_name("name")  # `const f = () => ...`
        if declared is None or self.model.text(declared) != name:
            return False
        method = reader.methods.get(function.id)
        if method is None:
            classes = self.syntax.class_definition
            method = any(a.type in classes for a in ancestors(self.model.tree.root_node, function))
            reader.methods[function.id] = method
        if method:
            return False  # a method: its `self` is not written at the call
        guards = reader.guards_of(call.node, function)
        return bool(guards) and never_runs(guards, site, self.file_constant)

    def file_constant(self, name: Node) -> Node | None:
        """The literal a name of the file is bound to once at module level (`LOCAL =
        {"refresh": False}`), for a guard of a helper of the file (`bound_literal`)."""
        binding = self.semantic.resolve(name)
        if binding is None or binding.kind == NameKind.IMPORT:
            return None
        return bound_literal(self.semantic, binding, self.data)

    def record_other_handler_sites(self) -> None:
        """A helper whose handler swallows the suspension swallows it at each place of
        the body that calls it (`safely(() => charge(x))`, then `safely(() =>
        receipt(x))`): its handlers, found in one walk, are recorded for each other call
        (one finding per place). A call that hands it a durable call gets the handlers
        of the walk that was handed one; a call that hands it nothing only those of a
        walk that was handed nothing either (they guard the helper's own durable calls)."""
        handlers = self.model.handlers
        if not self.handler_revisits or not handlers:
            return
        at_site: dict[Span, list[ExceptionHandler]] = {}
        for handler in handlers:
            if handler.site is not None:
                at_site.setdefault(handler.site, []).append(handler)
        for function, again_at, durable in self.handler_revisits:
            source = self.durable_walks.get(function) if durable else None
            if source is None and not self.first_durable.get(function, True):
                source = self.first_walks.get(function)
            if source is None or source.site == again_at.site:
                continue
            prefix = len(source.chain)
            known = {h.node.id for h in at_site.get(again_at.site, ())}
            for handler in list(at_site.get(source.site, ())):
                if handler.chain[:prefix] != source.chain or handler.node.id in known:
                    continue
                if self.handed_chains and self.handed_at(source.site, handler.chain, prefix):
                    continue  # in a function only that call handed over
                protects = handler.protects_durable
                bound = self.site_bound_handlers.get(handler.node.id)
                if bound is not None:
                    # `p.catch(...)` of a parameter: what this call hands it decides
                    protects = self.fe.promise_argument(bound[0], bound[1], again_at.site, self)
                again = replace(
                    handler,
                    chain=again_at.chain + handler.chain[prefix:],
                    site=again_at.site,
                    protects_durable=protects,
                )
                handlers.append(again)
                at_site.setdefault(again_at.site, []).append(again)
                known.add(handler.node.id)

    def mark_body(self, fn: Node) -> None:
        body = fn.child_by_field_name("body")
        if body is not None:
            self.function_bodies.add(key(body))

    def walk(self, start: Node, frame: Frame, chain: tuple[str, ...], site: Span | None) -> None:
        """Visit `start`'s subtree with a cursor (no recursion: files nest deep)."""
        roles = self.roles
        scope_nodes = self.scope_nodes
        data = self.data
        index = self.identifier_index if not chain else None
        readable = self.readable
        cursor = start.walk()
        first_child, next_sibling, up = (
            cursor.goto_first_child,
            cursor.goto_next_sibling,
            cursor.goto_parent,
        )
        frames = [frame]
        self.ancestors = []  # the current node's ancestors within `start`
        ancestors = self.ancestors
        current = frame
        # One pass of this loop per node of the body (a quarter of a million in a long
        # workflow): `self.current` is set only where something may ask `parent_of`.
        while True:
            node = cursor.node
            assert node is not None
            kind = node.type
            role = roles.get(kind)
            inner = current
            if role is None:
                # a string literal that starts with its quote has no prefix, so no `f`:
                # nothing in it but its text (Python and TypeScript alike), unless a
                # syntax error put something else there
                descend = kind != "string" or data[node.start_byte] not in QUOTES or node.has_error
            elif role == "identifier":  # most visits: kept out of `visit`'s call
                text = data[node.start_byte : node.end_byte]
                if index is not None:
                    same = index.get(text)
                    if same is None:
                        index[text] = [node]
                    else:
                        same.append(node)
                if not current.deferred and (readable is None or text in readable):
                    self.current = node
                    self.visit_read(node, current.scope, chain, site)
                    self.ancestors = ancestors
                descend = False
            elif role == "shorthand":
                # `return { results }`: a read of `results` (for what reads a stored
                # durable result), though not an identifier node
                if index is not None:
                    text = data[node.start_byte : node.end_byte]
                    index.setdefault(text, []).append(node)
                descend = False
            else:
                self.current = node
                descend, inner = self.visit(role, node, start, current, chain, site)
                self.ancestors = ancestors  # a nested walk (a step name) has its own
                self.current = node
            if descend and kind in scope_nodes and node != start:
                if key(node) not in self.function_bodies:
                    inner = Frame(
                        inner.in_callback,
                        self.semantic.scopes.open(node, inner.scope),
                        inner.dropper,
                        inner.deferred,
                    )
                if role == "function":
                    self.mark_body(node)
            if descend and first_child():
                frames.append(inner)
                ancestors.append(node)
                current = inner
                continue
            while not next_sibling():
                if not up():
                    return
                frames.pop()
                ancestors.pop()
            current = frames[-1]

    def visit(
        self,
        role: str,
        node: Node,
        start: Node,
        frame: Frame,
        chain: tuple[str, ...],
        site: Span | None,
    ) -> tuple[bool, Frame]:
        """Record one node; (whether to look inside it, the frame for its children).

        Identifiers are recorded by `walk` itself."""
        if role == "attribute":
            if not frame.deferred:
                self.visit_read(node, frame.scope, chain, site)
                self.follow_property(node, frame.scope, chain, site)
                if not chain:
                    self.read_getter_handback(node, frame)
        elif role == "call":
            if not frame.deferred:
                self.add_handlers(node, frame.scope, chain, site)
                self.follow_listeners(node, frame.scope, chain, site)
                self.follow_machine_actions(node, frame.scope, chain, site)
                if self.fe.hook_node_types:
                    self.follow_operator_hooks(node, frame.scope, chain, site)
            sdk_call = self.visit_call(node, frame, chain, site)
            if sdk_call is not None:
                # step(name, fn): only the name is body code; task(fn): none of it
                args = self.fe.positional_args(node)
                if sdk_call == "step":
                    self.record_step_callback(node, args, frame.scope, chain, site)
                    for arg in args[1:2]:
                        if arg.type in self.syntax.function:
                            self.walk_eager_defaults(arg, frame, chain, site)
                        else:
                            self.walk_callback_expression(arg, frame, chain, site)
                if sdk_call == "step" and args and args[0].type not in self.syntax.function:
                    # `step(() => ...)` with no name: the function is the name (its
                    # source text is the key) and is never called
                    self.walk(args[0], frame, chain, site)
                return False, frame
        elif role == "new":
            self.visit_call(node, frame, chain, site)
        elif role == "function" and node != start:
            call = self.call_of_argument(node, self.ancestors)
            if self.is_durable_callback(node, call, frame.scope):
                self.walk_eager_defaults(node, frame, chain, site)
                return False, frame  # the callback given to step()/task() is where effects belong
            dropper = frame.dropper
            if (
                call is not None
                and self.fe.drops_callback_result(call)
                and self.hands_back_value(node)
            ):
                dropper = Span.of(self.fe.callee(call) or call)
            elif call is not None and (
                dropped := self.drops_mapped_promises(node, call, frame.scope)
            ):
                dropper = dropped
            parent = self.ancestors[-1] if self.ancestors else None
            if (
                parent is not None
                and parent.type == "keyword_argument"
                and self.fe.text(parent.child_by_field_name("name") or parent) == "default_factory"
            ):
                # `Field(default_factory=lambda: ...)`: runs when an instance is built,
                # followed there (`walk_field_initializers`)
                return True, Frame(True, frame.scope, frame.dropper, True)
            named = call is None and (
                self.fe.is_named_definition(node, parent)
                # `return async (b) => fetch(u, b)`: runs where the caller calls it
                or (parent is not None and parent.type in self.syntax.returns)
                # `return { post: async (p) => fetch(p) }`: a member, run where it is called
                or self.member_of_kept_object(parent, node)
            )
            if named and not frame.deferred:
                self.walk_eager_defaults(node, frame, chain, site)
            if not frame.deferred and not named and node.is_named:  # not the `lambda` keyword
                # run by the body itself (a callback); a named one counts where it is called
                self.record(node, None, CodeRole.CALLBACK, chain, site or Span.of(call or node))
            return True, Frame(True, frame.scope, dropper, frame.deferred or named)
        elif role == "class":
            # Python runs a class body when the `class` statement is reached (its class
            # attributes are evaluated there, its methods only defined); a TypeScript
            # class's fields are built with each instance, walked where it is built, but
            # its `static` fields and blocks run where the class is
            if node.type != "class_definition" and node != start:
                self.walk_static_members(node, frame, chain, site)
            return node.type == "class_definition" and node != start, frame
        elif role == "protocol":
            if not frame.deferred:
                self.follow_protocol(node, frame.scope, chain, site, frame)
        elif role == "hook":
            if not frame.deferred:
                self.follow_operator_hooks(node, frame.scope, chain, site)
        elif role == "try":
            if not frame.deferred:
                self.add_handlers(node, frame.scope, chain, site)
            if not chain or not frame.deferred:
                self.visit_finally(node, frame.scope, chain, site)
        return True, frame

    def walk_static_members(
        self, class_node: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """A TypeScript class declared in the body: its `static x = ...` initializers and
        `static { ... }` blocks run when the declaration is reached."""
        body = class_node.child_by_field_name("body")
        for member in body.named_children if body is not None else ():
            if member.type == "public_field_definition" and any(
                c.type == "static" for c in member.children
            ):
                value = member.child_by_field_name("value")
                if value is not None and value.type not in self.syntax.function:
                    self.walk(value, frame, chain, site)
            elif member.type == "class_static_block":
                self.walk(member, frame, chain, site)

    def member_of_kept_object(self, parent: Node | None, function: Node | None = None) -> bool:
        """A function stored in an object / dict literal that is returned or bound to a
        name (not handed to a call, whose callee may run it): building the literal
        runs none of its members. Bound by `using` / `await using` (read as an
        assignment led by `using`), its `[Symbol.dispose]` / `[Symbol.asyncDispose]`
        runs when the block is left: not kept."""
        if parent is None or len(self.ancestors) < 2:
            return False
        if parent.type == "pair":
            index = len(self.ancestors) - 2
            key = parent.child_by_field_name("key")
        elif parent.type == "object":  # `{ async post() { ... } }`
            index = len(self.ancestors) - 1
            key = function.child_by_field_name("name") if function is not None else None
        else:
            return False
        holder = self.ancestors[index]
        if holder.type not in ("object", "dictionary"):
            return False
        while index > 0 and self.ancestors[index - 1].type in KEPT_WRAPPERS:
            index -= 1
        outer = self.ancestors[index - 1] if index > 0 else None
        if outer is None:
            # the walk started at the literal (or its parentheses): the body of an arrow /
            # lambda returning it (`const makeClock = () => ({ now: () => Date.now() })`
            # walked where `makeClock()` is called)
            top = self.ancestors[0]
            around = top.parent
            return (
                around is not None
                and around.type in self.syntax.function
                and around.child_by_field_name("body") == top
            )
        if self.descriptor_member(index):
            # `Object.defineProperty(o, "k", { get: () => Date.now() })`: the getter runs
            # where the property is read (followed there), not here
            return True
        if (
            outer.type == "assignment_expression"
            and outer.children
            and outer.children[0].type == "using"
        ):
            # `using x = { ... }`: its disposer runs when the block is left, its other
            # members where they are called (a plain `x = { ... }` is read as run: the
            # methods of an object assigned to a name are not resolved where called)
            return key is None or self.fe.text(key) not in DISPOSERS
        return outer is not None and (
            outer.type in self.syntax.returns
            or outer.type in self.syntax.function  # `() => ({ ... })`
            or outer.type in ("variable_declarator", "assignment", "export_statement")
        )

    def descriptor_member(self, index: int) -> bool:
        """The object literal at `self.ancestors[index]` is the property descriptor given
        to `Object.defineProperty` / `Reflect.defineProperty`, or one of the map given to
        `Object.defineProperties` / `Object.create` (see ACCESSOR_DEFINERS)."""
        at = index - 1
        nested = False
        if at >= 1 and self.ancestors[at].type == "pair":
            # `{ hoursInDock: { get() {...} } }`: a descriptor of the plural ones' map
            if self.ancestors[at - 1].type != "object":
                return False
            at -= 2
            nested = True
        if at < 1 or self.ancestors[at].type != "arguments":
            return False
        call = self.ancestors[at - 1]
        callee = self.fe.callee(call) if call.type in self.syntax.call else None
        shape = ACCESSOR_DEFINERS.get(self.fe.text(callee)) if callee is not None else None
        if shape is None or shape[2] != nested:
            return False
        given = self.fe.positional_args(call)
        held = self.ancestors[index - 2 if nested else index]
        return shape[1] < len(given) and given[shape[1]].id == held.id

    def walk_eager_defaults(
        self, fn: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """Walk the default values `fn`'s definition computes, as code of `frame`.

        The function itself runs elsewhere (in a step, or where it is called), but
        `lambda resp=requests.get(url): ...` sends the request where it is written.
        """
        eager = self.syntax.eager_defaults
        params = fn.child_by_field_name("parameters") if eager else None
        if params is None:
            return
        for param in params.named_children:
            value = param.child_by_field_name("value") if param.type in eager else None
            if value is not None:
                self.walk(value, frame, chain, site)

    def read_getter_handback(self, node: Node, frame: Frame) -> None:
        """`job.proof` where the getter of a class of the file returns a durable call
        (`get proof() { return renderProof(this.family); }`): reading it calls the task,
        and what the read gives must be consumed like the task call itself."""
        if self.fe.is_write_target(node, self.parent_of) or self.plain_reads():
            return
        parent = self.parent_of(node)
        if (
            parent is not None
            and parent.type in self.syntax.call
            and node == self.fe.callee(parent)
        ):
            return  # a method call
        getter = self.accessor_of(node, frame.scope, "get")
        if getter is not None:
            self.add_helper_call(node, node, getter[1], frame)

    def tested_task(self, call: Node, qual: str, scope: Scope) -> TaskDef | None:
        """The task a predicate taker is given as its test or key, by reference
        (`filter(is_hot, xs)`, `sorted(xs, key=score)`, `xs.filter(isHot)`), where the
        call runs it: a lazy iterator (`filter(...)`) only where it is iterated at once."""
        fe = self.fe
        given = fe.keyword_arg(call, "key")
        if given is None:
            args = fe.positional_args(call)
            given = args[0] if args else None
        if given is None or given.type not in self.syntax.identifier:
            return None
        task = self.task_of(given, scope)
        if task is None:
            return None
        if qual in fe.lazy_iterators or qual.startswith("itertools."):
            parent = self.parent_of(call)
            iterated = parent is not None and (
                parent.type in ("argument_list", "list_splat")
                or (
                    parent.type in ("for_statement", "for_in_clause")
                    and parent.child_by_field_name("right") == call
                )
            )
            if not iterated:
                return None  # `checks = filter(...)`: nothing is called until iterated
        return task

    def drops_mapped_promises(self, fn: Node, call: Node, scope: Scope) -> Span | None:
        """`xs.map(async (x) => ...)` whose array of promises nobody consumes, or
        `chain.then(async () => ...)` in a chain nobody awaits: where it is dropped
        (the mapping call, or the outermost call of the chain), else None.

        Stored (`const ps = xs.map(...)`) is decided after the walk, when every
        later use of the name is known (`settle_stored_mappers`).
        """
        if not any(c.type == "async" for c in fn.children[:3]):
            return None
        callee = self.fe.callee(call)
        qual = self.fe.qualname(callee, scope) if callee is not None else None
        if qual in self.fe.predicate_takers:
            # `xs.filter(async ...)`: whatever the call's result becomes
            return Span.of(callee or call)
        if callee is None:
            return None
        chained = qual in self.fe.promise_chainers
        if chained:
            # `chain.then(async () => { await t(x) })`: the callback's promise is
            # what the call's result waits for, so the fate of that result is theirs;
            # `.then` straight on a task call runs at once (see `_consumption`)
            receiver = callee.child_by_field_name("object")
            if receiver is not None and self.fe.returns_bare_thenable(receiver):
                return None
        elif qual not in self.fe.task_mappers:
            return None
        verdict, decided, _ = self._consumption(call)
        if verdict == STORED:
            self.stored_mappers.append((fn, call, Span.of(callee)))
        if verdict != DROPPED:
            return None
        if chained and decided.type in self.syntax.call:
            # `xs.reduce((acc, x) => acc.then(async () => ...), start)` as a statement:
            # the reduce is what is dropped
            return Span.of(self.fe.callee(decided) or decided)
        return Span.of(callee)

    def settle_stored_mappers(self) -> None:
        for fn, call, callee in self.stored_mappers:
            if self.stored_use(call)[0] != DROPPED:
                continue
            for durable in self.model.durable_calls:
                inside = fn.start_byte <= durable.node.start_byte < fn.end_byte
                if inside and durable.dropped_by is None:
                    durable.consumption = DROPPED
                    durable.dropped_by = callee

    def add_decorator_handlers(
        self, helper: tuple[str, Node, Scope], chain: tuple[str, ...], site: Span
    ) -> None:
        """A helper that reaches durable calls, decorated by a library that retries
        what it raises, the SDK's suspension included (`@retry(retry=...)`): once per
        helper, reported where the workflow first calls it."""
        name, function, _ = helper
        if key(function) in self.decorated_handled:
            return
        self.decorated_handled.add(key(function))
        for call, callee in self.fe.retrying_decorators(function):
            handler = ExceptionHandler(
                kind=HandlerKind.RETRYING_CALL,
                node=call,
                span=Span.of(callee),
                rethrow=Rethrow.NEVER,
                protects_durable=True,
                chain=(*chain, name),
            )
            handler.site = site
            self.model.handlers.append(handler)

    def add_handlers(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        for handler in self.fe.handler_of(node, self, scope, chain):
            handler.site = site if chain else None
            self.model.handlers.append(handler)

    def visit_finally(
        self, try_node: Node, scope: Scope, chain: tuple[str, ...] = (), site: Span | None = None
    ) -> None:
        clause = next((c for c in try_node.children if c.type == "finally_clause"), None)
        if clause is None:
            return
        keyword = clause.children[0] if clause.children else clause
        body = try_node.child_by_field_name("body")
        protects = body is not None and self.holds_durable(body, scope)
        if chain and not protects:
            return  # a helper's `finally` around work that cannot suspend
        exits = [Span.of(n) for n in self.exits_of(clause)]
        calls = tuple(self.suspending_calls(clause, scope)) if protects else ()
        block = FinallyBlock(
            clause, Span.of(keyword), protects, exits, chain, site if chain else None, calls
        )
        self.model.finally_blocks.append(block)

    def suspending_calls(self, block: Node, scope: Scope) -> list[Node]:
        """The calls in `block` (outside the functions written there) that can raise the
        SDK's suspension: primitives, tasks of the file and imported ones."""
        found: list[Node] = []
        stack = [block]
        while stack:
            node = stack.pop()
            if node is not block and node.type in self.syntax.function:
                continue
            if node.type in self.syntax.call and self.call_suspends(node, scope):
                found.append(node)
            stack.extend(reversed(node.named_children))
        return found

    def exits_of(self, block: Node) -> list[Node]:
        """return / break / continue statements that leave `block` itself, and (Python)
        a `raise` that does: on the way out of a suspension its exception replaces the
        SDK's `_StepSuspend` (wmill 1.850.0 keeps no record of the one in flight). A
        `raise` an inner `try` of the block may catch, or in one of its handlers (run
        only when the cleanup itself failed), is left alone."""
        found = []
        for node in iter_nodes(block):
            if node.type == "return_statement":
                if self.fe.enclosing_function(node) == self.fe.enclosing_function(block):
                    found.append(node)
            elif node.type == "raise_statement":
                if self.fe.enclosing_function(node) == self.fe.enclosing_function(
                    block
                ) and not self.inside_handled_try(node, block):
                    found.append(node)
            elif node.type in ("break_statement", "continue_statement"):
                if not self.inside_loop_within(node, block):
                    found.append(node)
        return found

    @staticmethod
    def inside_handled_try(node: Node, block: Node) -> bool:
        """`node` is in the body of a `try` with handlers, or in one of its handlers,
        between it and `block`."""
        child, parent = node, node.parent
        while parent is not None and parent != block:
            if parent.type == "except_clause" or parent.type == "except_group_clause":
                return True
            if parent.type == "try_statement" and child == parent.child_by_field_name("body"):
                if any(c.type in ("except_clause", "except_group_clause") for c in parent.children):
                    return True
            child, parent = parent, parent.parent
        return False

    def inside_loop_within(self, node: Node, block: Node) -> bool:
        parent = node.parent
        while parent is not None and parent != block:
            if parent.type in LOOPS or parent.type in self.syntax.function:
                return True
            if parent.type == "switch_statement" and node.type == "break_statement":
                return True
            parent = parent.parent
        return False

    # ---- calls -----------------------------------------------------------------
    def visit_call(
        self, call: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> str | None:
        """Record one call: durable, a gather, or a plain call (and follow helpers).

        The SDK concept (`step`, `task`, ...) when the call's function arguments are
        step or task code, else None.
        """
        fe = self.fe
        scope = frame.scope
        body = not chain
        record = not frame.deferred
        if call.type in self.syntax.new:
            ctor = call.child_by_field_name("constructor")
            name = fe.qualname(ctor, scope)
            if record and name is not None and not name.startswith(LOCAL):
                args = call.child_by_field_name("arguments")
                count = args.named_child_count if args is not None else 0
                self.add_body_call(name, CallKind.NEW, call, chain, count, site)
            for built in self.constructed(ctor, scope) if record and ctor is not None else ():
                self.walk_omitted_defaults(built, call, chain, site or Span.of(call))
                self.follow(built, chain, site or Span.of(call))
            if record and ctor is not None:
                self.walk_field_initializers(ctor, scope, chain, site or Span.of(call), call)
            return None
        callee = fe.callee(call)
        if callee is None:
            return None
        sdk = fe.resolve_sdk(callee, scope)
        if sdk is not None:
            concept = sdk[0]
            if concept in DURABLE_CONCEPTS and body:
                self.add_durable(call, callee, DURABLE_CONCEPTS[concept], frame)
            elif concept == "parallel":
                if body:
                    self.add_durable(call, callee, DurableKind.PARALLEL, frame)
                if record:
                    self.follow_references(call, scope, chain, site, runs=True)
            elif concept == "get_resume_urls" and record:
                self.add_body_call(
                    f"{fe.sdk_module}.{fe.text(callee).split('.')[-1]}",
                    CallKind.CALL,
                    call,
                    chain,
                    len(fe.positional_args(call)),
                    site,
                )
            if concept in ("step", "task", "task_script", "task_flow"):
                return concept
            return None
        if callee.type in self.syntax.call:
            inner = fe.resolve_sdk(fe.callee(callee), scope)
            if inner is not None and inner[0] in ("task", "task_script", "task_flow"):
                # `await task(async () => ...)()`: a task defined and called on the spot
                task = next((t for t in fe.model.tasks if t.node == callee), None)
                self.record_task(task, chain, site, call)
                if body:
                    self.add_durable(call, callee, DurableKind.TASK, frame, task)
                return None
        callee = self.forwarded_function(call, callee, scope) or callee
        task = (
            self.task_of(callee, scope)
            or self.element_task(callee, scope)
            or self.table_task(callee, scope)
            or self.partial_task(callee, scope)
            or self.picked_task(callee, scope)
            or self.assigned_task(callee, scope)
        )
        if task is not None:
            self.record_task(task, chain, site, call)
            if body:
                self.add_durable(call, callee, DurableKind.TASK, frame, task)
                if self.folded_call(callee, scope) or self.folded_value(call):
                    # `reduce(lambda acc, stage: stage(acc), STAGES, x)`: each stage's
                    # coroutine is the next stage's argument; only the last is awaited
                    self.model.durable_calls[-1].consumption = DROPPED
            if record:
                for wrapper in self.decorators_above_task(task):
                    # the wrapper calls the task it decorates: a durable call, which its
                    # handlers may swallow (`except BaseException:` around `await fn(...)`)
                    self.follow(wrapper, chain, site or Span.of(call), durable_args=True)
                function = task.function.node if task.function is not None else None
                for decorator in self.imported_decorators(function, task.span.start_byte):
                    # `@with_metrics` of another module written above `@task()`; its
                    # wrapper's handlers guard the task (`except BaseException:`)
                    self.imported_wrapper_handlers(decorator, chain, site or Span.of(call))
                    self.model.relative_import_calls.append(
                        BodyCall(
                            fe.qualname(decorator, scope) or fe.text(decorator),
                            CallKind.DECORATED,
                            decorator,
                            Span.of(callee),
                            0,
                            (*chain, task.binding or fe.text(callee)),
                            site or Span.of(callee),
                        )
                    )
            return None
        qual = fe.qualname(callee, scope)
        if qual in fe.gather_names:
            if body:
                self.add_durable(call, callee, DurableKind.GATHER, frame)
            return None
        if qual in CONVERSION_HOOKS and record and not frame.deferred:
            self.follow_conversion(call, CONVERSION_HOOKS[qual], scope, chain, site, frame)
        if qual in SETTER_HOOKS and record and not frame.deferred:
            self.follow_assigned_setters(call, SETTER_HOOKS[qual], scope, chain, site)
        if qual in fe.task_mappers and body:
            mapped = self.mapped_task(call, scope)
            if mapped is not None:
                self.record_task(mapped, chain, None, call)
                self.add_durable(call, callee, DurableKind.TASK, frame, mapped)
                return None
        if qual in fe.predicate_takers and body:
            tested = self.tested_task(call, qual, scope)
            if tested is not None:
                # `filter(is_hot, xs)`, `sorted(xs, key=score)`: the task is called per
                # item and its coroutine / promise read as the answer, never awaited
                self.record_task(tested, chain, None, call)
                dropping = replace(frame, dropper=Span.of(callee))
                self.add_durable(call, callee, DurableKind.TASK, dropping, tested)
                return None
        if body and fe.drops_callback_result(call):
            handed = self.tested_task(call, qual or "", scope)
            if handed is not None:
                # `ids.forEach(ship)`: the task is called per item and each promise is
                # thrown away, as with `ids.forEach((i) => ship(i))`
                self.record_task(handed, chain, None, call)
                dropping = replace(frame, dropper=Span.of(callee))
                self.add_durable(call, callee, DurableKind.TASK, dropping, handed)
                return None
        if not record:
            return None  # a function defined in the body: walked where it is called
        if qual is not None and not qual.startswith(LOCAL) and not self.binds_only(callee):
            self.add_body_call(
                qual, CallKind.CALL, call, chain, len(fe.positional_args(call)), site
            )
        elif qual is not None and callee.type in self.syntax.identifier:
            # `def msh(...)` of the file above `from f.lib.hl7 import *`: the star import
            # binds `msh` again when that module exports it (the workspace decides)
            later = fe.semantic.star_module_after(fe.semantic.resolve(callee, scope))
            if later is not None:
                name = f"{later}.{fe.text(callee)}"
                self.add_body_call(
                    name, CallKind.CALL, call, chain, len(fe.positional_args(call)), site
                )
        applied = self.method_applied(callee, call, scope) if qual is None else None
        if applied is not None:
            # `notify = methodcaller("post", url)` then `notify(session)`: `session.post(url)`
            self.add_body_call(applied[0], CallKind.CALL, call, chain, applied[1], site)
        inline = callee
        while inline.type == "parenthesized_expression" and inline.named_children:
            inline = inline.named_children[0]
        if body and inline.type in self.syntax.function and self.reaches_durable(inline, scope):
            # `(async () => { await t(x); })()`: its promise must be consumed like a task's
            self.add_helper_call(call, callee, inline, frame)
        self.found_receiver = None
        helper = direct = self.local_function(callee, scope)
        # a `let` that may hold one of several functions here: each may run
        reassigned = (
            self.reaching_functions(fe.semantic.resolve(callee, scope), callee)
            if helper is None and callee.type in self.syntax.identifier
            else None
        )
        # each helper, with the class `self` is in it when it is inherited (`Pending.receiver`)
        # an instance of one of several classes of the file: each class's method may run
        chosen = self.alternative_instance_methods(callee, scope)
        helpers: list[tuple[tuple[str, Node, Scope], Scope | None]] = (
            chosen
            if chosen
            else [(helper, self.receiver_found())]
            if helper is not None
            else [(h, None) for h in reassigned]
            if reassigned
            else [(h, None) for h in self.dispatched_functions(callee, scope)]
            or [(h, None) for h in self.looked_up_functions(callee, scope)]
            or [(h, None) for h in self.picked_functions(callee, scope)]
            or [(h, None) for h in self.field_functions(callee, scope)]
            or [(h, None) for h in self.injected_functions(callee, scope)]
            or self.element_methods(callee, scope)
            or [(h, None) for h in self.table_class_methods(callee, scope)]
            or [(h, None) for h in self.iterated_functions(callee, scope)]
            or [(h, None) for h in self.descriptor_functions(callee, scope)]
            or [(h, None) for h in self.chosen_functions(callee, scope)]
            or [(h, None) for h in self.constructed(callee, scope)]
            or [(h, None) for h in self.built_methods(callee, scope)]
            or self.factory_methods(callee, scope)
        )
        if direct is not None:
            # `@singledispatch def emit(...)`: the implementation registered for the
            # argument's type runs (`@emit.register def _(e: Alert)`), any of them
            given = fe.positional_args(call)
            helpers += [
                (h, None)
                for h in self.registered_implementations(direct, given[0] if given else None)
            ]
        # `Backoff()(fn, x)`: an instance of an imported class, built and called
        instance = fe.callee(callee) if callee.type in self.syntax.call else None
        if not helpers and (
            self.imported_name(callee, scope)
            or self.imported_instance_method(callee, scope)
            or (instance is not None and self.imported_name(instance, scope))
        ):
            args = call.child_by_field_name("arguments")
            durable = args is not None and (
                self.arguments_hold_durable(args, scope) or self.passes_task(args, scope)
            )
            self.imported_handlers(call, callee, scope, chain, site or Span.of(call), durable)
        if helpers:
            args = call.child_by_field_name("arguments")
            durable_args = args is not None and (
                self.arguments_hold_durable(args, scope) or self.passes_task(args, scope)
            )
            if not durable_args and direct is not None:
                durable_args = self.factory_given_durable(callee, scope)
            for helper, receiver in helpers:
                fired = body and self.calls_task_field(helper, call, scope)
                if (
                    direct is not None
                    and helper[1].id == direct[1].id
                    and self.deferred_by_decorator(helper[1])
                ):
                    # `@durable def fetch(...)` whose wrapper runs it inside `step(...)`:
                    # its body is a step callback, not body code (the wrapper is
                    # followed below)
                    continue
                if body and self.reaches_durable(helper[1], helper[2]):
                    self.add_helper_call(call, callee, helper[1], frame)
                elif body and durable_args and self.forwards_passed_task(helper[1], call, scope):
                    # `submit(notify, x)` of `def submit(fn, *a): return fn(*a)`
                    self.add_helper_call(call, callee, helper[1], frame, forwards=True)
                elif fired:
                    # `Sig(renew, h).delay()` of `def delay(self): return self.fn(...)`
                    self.add_helper_call(call, callee, helper[1], frame, forwards=True)
                elif (
                    body
                    and direct is not None
                    and helper[1].id == direct[1].id
                    and self.product_forwards_task(callee, helper[1], scope)
                ):
                    # `tracedClose(id)` of `tracedClose = traced(closeRoad)`, whose
                    # wrapper returns `f(...args)`
                    self.add_helper_call(call, callee, helper[1], frame, forwards=True)
                self.walk_omitted_defaults(helper, call, chain, site or Span.of(call))
                self.follow(
                    helper, chain, site or Span.of(call), durable_args or fired, receiver=receiver
                )
                self.follow_called_arguments(helper, call, scope, chain, site or Span.of(call))
            for wrapped in self.wrapped_functions(callee, scope):
                # `price_of = traced(_price_of)` then `price_of(sku)`: the wrapper calls
                # the function it was given, which is walked for this call
                self.follow(wrapped, (*chain, fe.text(callee)), site or Span.of(call), durable_args)
            if direct is not None:
                # `@timed def summarize(...)`: the call runs the wrapper `timed` returns,
                # which calls the decorated function: durable when that one is
                durable_helper = self.reaches_durable(direct[1], direct[2])
                for wrapper in self.decorator_wrappers(direct[1]):
                    self.follow(wrapper, chain, site or Span.of(call), durable_helper)
                if durable_helper:
                    self.add_decorator_handlers(direct, chain, site or Span.of(call))
                for decorator in self.imported_decorators(direct[1]):
                    if durable_helper:
                        # `@retrying(3)` of another module on a helper awaiting a task:
                        # the wrapper's handlers guard the helper's durable calls
                        self.imported_wrapper_handlers(
                            decorator, (*chain, direct[0]), site or Span.of(call)
                        )
                    self.model.relative_import_calls.append(
                        BodyCall(
                            fe.qualname(decorator, scope) or fe.text(decorator),
                            CallKind.DECORATED,
                            decorator,
                            Span.of(callee),
                            0,
                            (*chain, direct[0]),
                            site or Span.of(callee),
                        )
                    )
        elif qual is not None and qual.startswith(LOCAL):
            self.model.relative_import_calls.append(
                BodyCall(qual, CallKind.CALL, call, Span.of(callee), 0, chain, site)
            )
        else:
            table = self.imported_table(callee, scope) if qual is None else None
            if table is None and qual is None and callee.type in self.syntax.identifier:
                # `handler = HANDLERS[kind]` then `handler(payload)`: the table's member
                held = self.held_table_read(callee, scope)
                table = self.imported_table(held, scope) if held is not None else None
            if table is not None:
                # `API["post"](...)` / `HANDLERS[kind](...)` on an imported table of
                # functions: cross-file analysis follows its members
                self.model.relative_import_calls.append(
                    BodyCall(f"{table}[]", CallKind.CALL, call, Span.of(callee), 0, chain, site)
                )
            if (
                qual is None
                and table is None
                and self.table_get(callee) is None  # `HANDLERS.get(kind)(...)`: a table's
                and self.calls_a_result(callee, scope)
            ):
                # `send = make_sender(url)` then `send(...)`, `make_sender(url)(...)`:
                # cross-file analysis follows what an imported function returns
                self.model.relative_import_calls.append(
                    BodyCall(fe.label(callee), CallKind.CALL, call, Span.of(callee), 0, chain, site)
                )
            for member in self.imported_members(callee, scope) if qual is None else []:
                # `SENDERS[kind](...)` on a table of the file holding imported functions
                # (`{"json": post_json}`): cross-file analysis follows each
                self.model.relative_import_calls.append(
                    BodyCall(
                        self.semantic.qualified_name(member, scope) or self.fe.text(member),
                        CallKind.CALL,
                        member,
                        Span.of(callee),
                        0,
                        chain,
                        site or Span.of(callee),
                    )
                )
            if qual not in DEFERRING_CALLS:
                self.follow_references(call, scope, chain, site)
            schema = callee.child_by_field_name("object")
            if (
                callee.type == self.syntax.attribute
                and schema is not None
                and fe.text(callee).rsplit(".", 1)[-1] in RUNS_CAPTURED_METHODS
            ):
                # `Job.parse(input)` with `Job = z.object({ at: z.string().default(() =>
                # new Date().toISOString()) })`: the schema's callbacks run here
                self.follow_wrapped(schema, scope, chain, site or Span.of(call), True)
            at = RUNS_SCHEMA_ARGUMENT.get(qual) if qual is not None else None
            given = self.fe.positional_args(call) if at is not None else []
            if at is not None and at < len(given):
                # `v.parse(Request, input)`: the schema given runs its callbacks here
                self.follow_wrapped(given[at], scope, chain, site or Span.of(call), True)
            # `rate = memoize(async (c) => fetch(...))` / `locate = R.pipe(clean,
            # geocode)` then `rate(c)`: the function the library returns runs the
            # functions it was given, here
            self.follow_wrapped(callee, scope, chain, site or Span.of(call))
        if direct is None:  # `RunRecord(pipeline)`: a class of the file built here
            self.walk_field_initializers(callee, scope, chain, site or Span.of(call), call)
        return None

    def imported_table(self, callee: Node, scope: Scope) -> str | None:
        """The qualified name of the imported object a subscripted callee reads from
        (`API` of `API["post"]`, `handlers` of `handlers[kind]`), else None."""
        getter = self.table_get(callee)  # `REFUNDS.get(method)(...)`
        if getter is not None:
            obj = getter[0]
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
        else:
            return None
        if obj is None or (
            obj.type not in self.syntax.identifier and obj.type != self.syntax.attribute
        ):
            return None  # `API[...]`, or `billing.API[...]` of a module imported whole
        name = self.fe.qualname(obj, scope)
        if name is None or name.startswith(LOCAL) or "(" in name:
            return None  # a table of this file: `dispatched_functions` reads it
        return name

    def walk_omitted_defaults(
        self, helper: tuple[str, Node, Scope], call: Node, chain: tuple[str, ...], site: Span
    ) -> None:
        """TypeScript evaluates a parameter's default at each call that omits it
        (`constructor(days: number, now = new Date())` built with one argument): those
        defaults run as the callee's code. Python's run once, at `def`."""
        if not self.syntax.call_defaults:
            return
        params = helper[1].child_by_field_name("parameters")
        args = call.child_by_field_name("arguments")
        values = [a for a in args.named_children if a.type != "comment"] if args else []
        if params is None or any(a.type == "spread_element" for a in values):
            return  # `f(...xs)`: which parameters get a value is not known
        given = len(values)
        inner = self.semantic.scopes.open(helper[1], helper[2])
        named = [p for p in params.named_children if p.type != "comment"]
        for index, param in enumerate(named):
            if param.type not in self.syntax.call_defaults:
                continue
            value = param.child_by_field_name("value")
            if index >= given and value is not None:
                self.walk(value, Frame(True, inner, None), (*chain, helper[0]), site)
            # `({ minutes = 15, end = Date.now() } = {})` called with `{ minutes: 30 }`:
            # the defaults of the keys the object it gets lacks run too
            supplied = values[index] if index < given else value
            for default in self.omitted_member_defaults(param, supplied):
                self.walk(default, Frame(True, inner, None), (*chain, helper[0]), site)

    @staticmethod
    def pattern_defaults(pattern: Node | None) -> list[Node]:
        """The default values written inside a destructuring parameter, at any depth
        (`{ at = now(), opts: { retries = 3 } = {} }`, `[first = x]`), not inside the
        defaults themselves."""
        found: list[Node] = []
        stack = [pattern] if pattern is not None and pattern.type in DESTRUCTURING else []
        while stack:
            node = stack.pop()
            for child in node.named_children:
                if child.type in ("object_assignment_pattern", "assignment_pattern"):
                    right = child.child_by_field_name("right")
                    if right is not None:
                        found.append(right)
                    left = child.child_by_field_name("left")
                    if left is not None and left.type in DESTRUCTURING:
                        stack.append(left)
                elif child.type in DESTRUCTURING or child.type == "pair_pattern":
                    stack.append(child)
        found.sort(key=lambda n: n.start_byte)
        return found

    def omitted_member_defaults(self, param: Node, supplied: Node | None) -> list[Node]:
        """The defaults of a destructured object parameter (`{ end = Date.now() }`) for
        the keys the object literal it is given (`supplied`) does not write; none when
        what it is given is not such a literal (a name, a spread: its keys are unknown)."""
        pattern = param.child_by_field_name("pattern")
        supplied = self.kept_value(supplied) if supplied is not None else None
        if pattern is None or pattern.type != "object_pattern" or supplied is None:
            return []
        if supplied.type != "object":
            return []
        written: set[str] = set()
        for member in supplied.named_children:
            if member.type == "pair":
                key = member.child_by_field_name("key")
                if key is None or key.type == "computed_property_name":
                    return []
                written.add(self.fe.text(key).strip("\"'"))
            elif member.type == "shorthand_property_identifier":
                written.add(self.fe.text(member))
            elif member.type != "comment":
                return []  # a spread or a method: which keys it writes is not read here
        defaults: list[Node] = []
        for entry in pattern.named_children:
            if entry.type == "object_assignment_pattern":
                left = entry.child_by_field_name("left")
                right = entry.child_by_field_name("right")
                key_text = self.fe.text(left) if left is not None else None
            elif entry.type == "pair_pattern":
                key = entry.child_by_field_name("key")
                target = entry.child_by_field_name("value")
                if key is None or target is None or target.type != "assignment_pattern":
                    continue
                right = target.child_by_field_name("right")
                key_text = self.fe.text(key).strip("\"'")
            else:
                continue
            if right is not None and key_text is not None and key_text not in written:
                defaults.append(right)
        return defaults

    def walk_field_initializers(
        self,
        callee: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        call: Node | None = None,
    ) -> None:
        """Building an instance of a class of the file runs its field initializers
        (TypeScript `startedAt = Date.now()`) and the `default_factory` of its dataclass
        `field(...)` / pydantic `Field(...)` declarations: as the class's code."""
        if callee.type == "this":
            owner = self.static_method_class(scope)
            cls = owner.node.parent if owner is not None else None  # the body's class
            name = cls.child_by_field_name("name") if cls is not None else None
            if owner is not None and cls is not None and name is not None:
                self.walk_class_members(cls, owner, self.fe.text(name), chain, site, call)
            return
        if callee.type not in self.syntax.identifier:
            return
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.CLASS or binding.value is None:
            return
        class_scope = self.class_scope_of(callee, scope)
        if class_scope is not None:
            self.walk_class_members(
                binding.value, class_scope, self.fe.text(callee), chain, site, call
            )

    def walk_class_members(
        self,
        cls: Node,
        class_scope: Scope,
        name: str,
        chain: tuple[str, ...],
        site: Span,
        call: Node | None = None,
        depth: int = 0,
        fields: frozenset[str] | None = None,
    ) -> None:
        """What building an instance of the class `cls` runs beside its constructor
        (see `walk_field_initializers`), its bases' field initializers included (`depth`:
        how far up the file's bases this is)."""
        body = cls.child_by_field_name("body")
        if body is None:
            return
        # the fields the call gives (`Ticket(id=x, opened_at=t)`): their factories
        # do not run
        supplied = self.supplied_fields(cls, body, call, depth) if fields is None else fields
        if depth == 0:
            given = self.base_arguments(class_scope, call)
            for base, written in self.external_bases(cls, class_scope):
                # `class Settings(BaseSettings)` built here: the library class's own
                # construction runs too (pydantic-settings reads the environment)
                self.add_body_call(base, CallKind.INHERITED, written, (*chain, name), given, site)
        outer = class_scope.parent or class_scope
        own = self.fe.class_method(cls, "__init__")
        if own is not None and self.super_arguments(own) is None:
            return  # Python: its own `__init__`, not calling the base's, builds it
        for base_name in self.fe.base_names(cls) if depth < 8 else ():
            # `class Audit(BaseRecord)` where the file's `BaseRecord` has field initializers /
            # `default_factory` fields: building an `Audit` runs them too
            bound = self.semantic.lookup(base_name, outer)
            if bound is None or bound.kind != NameKind.CLASS or bound.value is None:
                continue
            base_scope = self.open_class(bound.value, bound.scope)
            if base_scope is not None and bound.value.id != cls.id:
                self.walk_class_members(
                    bound.value, base_scope, base_name, chain, site, None, depth + 1, supplied
                )
        for member in body.named_children:
            if member.type == "public_field_definition":
                value = member.child_by_field_name("value")
                static = any(c.type == "static" for c in member.children)
                if value is not None and not static and value.type not in self.syntax.function:
                    self.walk(value, Frame(True, class_scope, None), (*chain, name), site)
                if not static:
                    for initializer in self.field_decorator_initializers(member, class_scope):
                        self.follow(initializer, (*chain, name), site)
            elif member.type == "expression_statement" and member.named_children:
                self.follow_default_factory(
                    member.named_children[0], name, class_scope, chain, site, supplied
                )

    def supplied_fields(
        self, cls: Node, body: Node, call: Node | None, depth: int
    ) -> frozenset[str]:
        """The fields a Python call building the class gives a value: its keyword
        arguments, and its positional ones by the order of the class's annotated fields
        when the class has no bases (a dataclass puts its bases' fields first). Nothing
        when it unpacks (`**opts`, `*row`): which fields those give is not read here."""
        if call is None or depth or call.type != "call":
            return frozenset()
        args = call.child_by_field_name("arguments")
        if args is None:
            return frozenset()
        named: set[str] = set()
        positional = 0
        for arg in args.named_children:
            if arg.type in ("list_splat", "dictionary_splat"):
                return frozenset()
            if arg.type == "keyword_argument":
                key = arg.child_by_field_name("name")
                if key is not None:
                    named.add(self.fe.text(key))
            elif arg.type != "comment":
                positional += 1
        if positional:
            if cls.child_by_field_name("superclasses") is not None:
                return frozenset(named)
            order = [
                self.fe.text(left)
                for member in body.named_children
                if member.type == "expression_statement" and member.named_children
                for assigned in member.named_children[:1]
                if assigned.type == "assignment"
                and assigned.child_by_field_name("type") is not None
                and (left := assigned.child_by_field_name("left")) is not None
                and left.type == "identifier"
            ]
            named.update(order[:positional])
        return frozenset(named)

    def base_arguments(self, class_scope: Scope, call: Node | None) -> int:
        """How many arguments the imported base class is built with, as far as the
        catalogue needs it (`random.Random()` is seeded from the OS, `random.Random(x)`
        is not): those of the call when neither the class nor a base of the file
        defines a constructor; else what its constructor passes to `super().__init__(...)`
        / `super(...)` when it makes exactly one such call, else 1 (not known)."""
        if call is None:
            return 1
        for method in self.fe.constructor_methods:
            found = self.class_method(class_scope, method)
            if found is None:
                continue
            passed = self.super_arguments(found[1])
            return passed if passed is not None else 1
        args = call.child_by_field_name("arguments")
        return sum(1 for a in args.named_children if a.type != "comment") if args else 0

    def super_arguments(self, constructor: Node) -> int | None:
        """The number of arguments a constructor passes to its base's: its one
        `super().__init__(...)` (Python) or `super(...)` (TypeScript) call."""
        body = constructor.child_by_field_name("body")
        counts: list[int] = []
        stack = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function or node.type in self.syntax.class_definition:
                continue
            if node.type in self.syntax.call:
                callee = self.fe.callee(node)
                text = self.fe.text(callee) if callee is not None else ""
                typescript_super = callee is not None and callee.type == "super"
                if text == "super().__init__" or typescript_super:
                    args = node.child_by_field_name("arguments")
                    counts.append(
                        sum(1 for a in args.named_children if a.type != "comment") if args else 0
                    )
            stack.extend(node.named_children)
        return counts[0] if len(counts) == 1 else None

    def walk_callback_expression(
        self, arg: Node, frame: Frame, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """Walk what the body evaluates to get the function it hands to `step(...)`:
        only calling the function is deferred. `requests.get(url).json` sends the
        request here (the step only decodes it), `datetime.now(tz).isoformat` reads the
        clock here, and so do the arguments bound by `functools.partial(f, ...)` /
        `f.bind(this, ...)`. A name or a dotted name (`time.time`, `self.load`) is
        only a reference."""
        syntax = self.syntax
        for _ in range(8):  # partial(partial(f)) and the like, never endlessly
            while arg.type in syntax.transparent and arg.named_children:
                arg = arg.named_children[0]
            if arg.type == syntax.attribute:
                obj = arg.child_by_field_name("object")
                if obj is not None and not self.fe.is_name_chain(obj):
                    self.walk(obj, frame, chain, site)
                return
            if arg.type not in syntax.call:
                return
            callee = self.fe.callee(arg)
            if callee is None:
                return
            qual = self.fe.qualname(callee, frame.scope)
            bound = self.fe.positional_args(arg)
            if qual in ("functools.partial", "partial") and bound:
                following = bound[0]
            elif callee.type == syntax.attribute and self.is_bind(callee):
                following = callee.child_by_field_name("object") or arg
            else:
                self.walk(arg, frame, chain, site)  # `make_handler(x)`: runs here
                return
            arguments = arg.child_by_field_name("arguments")
            for given in arguments.named_children if arguments is not None else ():
                if given != following:
                    self.walk(given, frame, chain, site)
            arg = following

    def binds_only(self, callee: Node) -> bool:
        """`s3.send.bind(s3)` (TypeScript's `Function.prototype.bind`): a new function is
        made, the one bound is not called (what calls it later is walked there)."""
        return (
            callee.type == self.syntax.attribute
            and bool(self.syntax.binding_methods)
            and self.fe.text(callee.child_by_field_name(self.syntax.attribute_name_field) or callee)
            in self.syntax.binding_methods
        )

    def wrapped_functions(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`price_of = traced(_price_of)`: the functions of the file given to the factory
        whose product `callee` names (a decorator applied by a call): the wrapper it
        returns calls them with its own parameter, which names nothing."""
        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if self.factory_product(binding) is None or not isinstance(binding, Binding):
            return []
        value = binding.assigned_value
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        args = value.child_by_field_name("arguments") if value is not None else None
        out = []
        for arg in args.named_children if args is not None else ():
            if arg.type in self.syntax.identifier:
                found = self.local_function(arg, binding.scope)
                if found is not None and found[1].type not in self.syntax.call:
                    out.append(found)
        return out

    def constructed(self, callee: Node, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """`Webhook(url)` / `new Flags(u)`: what building an instance of a class of the
        file runs (`__new__`, `__init__`, a dataclass's `__post_init__`; `constructor`)."""
        instance = self.class_of_instance(callee, scope)
        if instance is not None:
            # `type(self)(...)` / `self.__class__(...)` in a method: the class of the
            # instance (or a subclass, which the file's own class stands for)
            callee = instance
        validating = self.validating_maker(callee, scope)
        if validating is not None:
            # `DumpSite.model_validate(raw)`: pydantic builds and validates an instance
            callee = validating
        if callee.type == "this":
            # `new this(...)` in a static method: the class it is called on (or a
            # subclass, which the file's own class stands for)
            class_scope = self.static_method_class(scope)
            return self.class_runs(class_scope, scope) if class_scope is not None else []
        if callee.type not in self.syntax.identifier:
            return []
        binding = self.semantic.resolve(callee, scope)
        if binding is None:
            return []
        if binding.kind == NameKind.CLASS:
            class_scope = self.class_scope_of(callee, scope)
        else:
            # `return cls(mcc=...)` in a classmethod: the class it is called on (or a
            # subclass, which the file's own class stands for); `self` of `type(self)`
            class_scope = self.own_class(binding, "classmethod" if instance is None else None)
        if class_scope is None:
            return []
        return self.class_runs(class_scope, scope)

    def class_runs(self, class_scope: Scope, scope: Scope) -> list[tuple[str, Node, Scope]]:
        """What building an instance of the class of `class_scope` runs: its
        metaclass's `__call__`, its constructor and finalizer methods."""
        prefix = self.class_prefix(class_scope)
        found = []
        meta = self.fe.metaclass_of(class_scope.node)
        meta_scope = self.class_scope_of(meta, class_scope.parent or scope) if meta else None
        if meta_scope is not None:
            # `class Report(metaclass=Audited)`: calling the class runs the metaclass's
            # `__call__` (which builds the instance, or not)
            hook = self.class_method(meta_scope, "__call__")
            if hook is not None:
                found.append(hook)
        for method in (*self.fe.constructor_methods, *self.fe.finalizer_methods):
            function = self.binding_function(class_scope.bindings.get(method))
            if function is not None:
                found.append((prefix + method, function[1], function[2]))
        if self.fe.class_method(class_scope.node, "__init__") is None:
            # a pydantic model built (by its own `__init__` or `model_validate`): its
            # validators and `model_post_init` run
            found += self.validation_methods(class_scope, prefix)
        return found

    def validating_maker(self, callee: Node, scope: Scope) -> Node | None:
        """`Model.model_validate` (a validating class method pydantic gives a model of
        the file, which the class does not define itself): the class name `Model`."""
        if callee.type != self.syntax.attribute:
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        owner = callee.child_by_field_name("object")
        if method is None or owner is None or owner.type not in self.syntax.identifier:
            return None
        if self.fe.text(method) not in VALIDATING_INSTANCE_MAKERS:
            return None
        binding = self.semantic.resolve(owner, scope)
        if binding is None or binding.kind != NameKind.CLASS or binding.value is None:
            return None
        if self.fe.class_method(binding.value, self.fe.text(method)) is not None:
            return None
        return owner

    def validation_methods(self, class_scope: Scope, prefix: str) -> list[tuple[str, Node, Scope]]:
        """The methods of a class of the file that pydantic runs while it validates an
        instance: those decorated `@field_validator(...)` / `@model_validator(...)` (v1
        `@validator` / `@root_validator`), and `model_post_init`. Only for a class with
        a base outside the file (a model); a plain class's decorators are its own."""
        if not self.external_bases(class_scope.node, class_scope):
            return []
        found: list[tuple[str, Node, Scope]] = []
        for name, binding in class_scope.bindings.items():
            function = self.binding_function(binding)
            if function is None:
                continue
            decorated = function[1].parent
            decorators = (
                [c for c in decorated.named_children if c.type == "decorator"]
                if decorated is not None and decorated.type == "decorated_definition"
                else []
            )
            labels = {
                self.fe.text(d).lstrip("@").split("(", 1)[0].strip().rsplit(".", 1)[-1]
                for d in decorators
            }
            if labels & VALIDATOR_DECORATORS or name in VALIDATION_HOOKS:
                found.append((prefix + name, function[1], function[2]))
        return found

    @staticmethod
    def static_method_class(scope: Scope) -> Scope | None:
        """The class whose `static` method `this` is read in (TypeScript): the nearest
        enclosing function that is not an arrow (arrows keep the outer `this`) is a
        static method of a class; else None."""
        current: Scope | None = scope
        while current is not None and (
            current.kind == ScopeKind.BLOCK
            or (current.kind == ScopeKind.FUNCTION and current.node.type == "arrow_function")
        ):
            current = current.parent
        if current is None or current.kind != ScopeKind.FUNCTION:
            return None
        method = current.node
        if method.type != "method_definition" or not any(
            c.type == "static" for c in method.children
        ):
            return None
        owner = current.parent
        return owner if owner is not None and owner.kind == ScopeKind.CLASS else None

    def own_class(self, binding: Binding, kind: str | None) -> Scope | None:
        """The class scope whose method takes `binding` as its first parameter: `cls` of
        a `@classmethod` (`kind` "classmethod"), `self` of a plain method (`kind` None);
        else None."""
        if binding.kind != NameKind.PARAMETER or binding.rebound:
            return None
        owner = binding.scope.parent
        function = binding.scope.node
        if owner is None or owner.kind != ScopeKind.CLASS:
            return None
        first = self.fe.first_parameter(function)
        if first is None or first.id != binding.node.id:
            return None
        return owner if self.semantic.method_kind(function) == kind else None

    def class_of_instance(self, callee: Node, scope: Scope) -> Node | None:
        """`self` in `type(self)` (the builtin) or `self.__class__` (Python): the name
        whose class the call builds, else None."""
        if callee.type == self.syntax.attribute:
            # most method calls of a body: their last name is read only when it is as
            # long as `__class__`
            field = callee.child_by_field_name(self.syntax.attribute_name_field)
            if field is None or field.end_byte - field.start_byte != len("__class__"):
                return None
            owner = callee.child_by_field_name("object")
            if owner is not None and self.fe.text(field) == "__class__":
                return owner if owner.type in self.syntax.identifier else None
            return None
        if callee.type not in self.syntax.call:
            return None
        inner = self.fe.callee(callee)
        given = self.fe.positional_args(callee)
        if inner is None or inner.type not in self.syntax.identifier or len(given) != 1:
            return None
        if self.fe.text(inner) != "type" or self.semantic.resolve(inner, scope) is not None:
            return None  # a local or imported `type` is not the builtin
        return given[0] if given[0].type in self.syntax.identifier else None

    def visit_read(
        self, node: Node, scope: Scope, chain: tuple[str, ...], site: Span | None
    ) -> None:
        """A value read by name (`os.environ`, `process.env.X`, an imported name)."""
        parent = self.parent_of(node)
        outer = node  # `node` with the parentheses around it: `(os.environ).get`
        # climbed by position in the walk's ancestors (`parent_of` searches them for
        # each node it is given: 35,000 parentheses took a minute)
        ancestors = self.ancestors
        at = len(ancestors) - 1 if node == self.current else -1
        while (
            parent is not None
            and parent.type in self.semantic.syntax.transparent
            and (parent.named_child_count == 1)
        ):
            outer = parent
            at -= 1
            parent = ancestors[at] if at >= 0 else self.parent_of(outer)
        if parent is None:
            return
        if parent.type == self.syntax.attribute:
            # part of a longer chain, recorded at the chain's end (and qualified there
            # once: qualifying every link of `((x).a).a` was quadratic in its length)
            return
        if parent.type in self.syntax.call and outer == self.fe.callee(parent):
            return
        if parent.type in self.syntax.new and outer == parent.child_by_field_name("constructor"):
            return
        if parent.type == "keyword_argument":
            label = parent.child_by_field_name("name")
            if label is not None and self.fe.text(label) == "default_factory":
                # `Field(default_factory=uuid.uuid4)`: called when an instance is built,
                # which `walk_field_initializers` follows where that happens
                return
        name = self.fe.qualname(node, scope)
        if name is None or name.startswith((".", LOCAL)):
            return  # a method of something unknown or the file's own code
        if "(" in name and name.rsplit("(", 1)[0] not in FACTORY_CALLS:
            return  # an object (`Bun.file(p).size` of a handle is read as a value)
        if node.type in self.syntax.identifier and self.task_of(node, scope) is not None:
            return
        holder = self.call_of_argument(node, self.ancestors)
        if holder is not None and self.forwarded_to_step(holder, node, scope):
            return  # `timed_step("at", time.time)`: the helper hands it to `step`
        writes = self.fe.is_write_target(node, self.parent_of)
        self.add_body_call(name, CallKind.READ, node, chain, 0, site, writes)
