"""The body walk's task lookups: the `TaskLookups` layer of `BodyWalker` (see
`wac_lint.frontends.body`)."""

from __future__ import annotations

from wac_lint.frontends.body.dispatch import DispatchLookups
from wac_lint.frontends.body.records import Node, assigned_once
from wac_lint.frontends.body.vocabulary import (
    CHOICES,
    FOLDS,
    LOOP_HEADS,
    TASK_SEQUENCES,
)
from wac_lint.model import (
    DECORATOR_PRODUCT,
    ExceptionHandler,
    FinallyBlock,
    Span,
    TaskDef,
    TaskKind,
)
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic.scopes import Binding, Scope, ScopeKind
from wac_lint.source import SourceFile


class TaskLookups(DispatchLookups):
    """Which task a call dispatches when the task is not called by its own name: an
    element of a sequence, a table entry, a partial, a task another module binds."""

    def table_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`STAGES.load(x)`, `STAGES["load"](x)`, `STAGES[LAST_STAGE](x)`,
        `HANDLERS[Kind.Churn](x)`: a task of the file held in an object / dict literal a
        name is bound to once, picked by a key known where it is written (a member name,
        a string, a name bound once to a string, or the constant expression a computed
        key of the literal spells the same way)."""
        if not self.fe.task_bindings:
            return None
        syntax = self.syntax
        if callee.type == syntax.attribute:
            obj = callee.child_by_field_name("object")
            attr = callee.child_by_field_name(syntax.attribute_name_field)
            key = self.fe.text(attr) if attr is not None else None
        elif callee.type in ("subscript", "subscript_expression"):
            obj = callee.child_by_field_name("value") or callee.child_by_field_name("object")
            index = callee.child_by_field_name("subscript") or callee.child_by_field_name("index")
            key = self.constant_key(index, scope) if index is not None else None
        else:
            return None
        literal = self.kept_value(obj)
        if literal is not None and literal.type in ("object", "dictionary"):
            # `({ mute, unmute } as const)[verb](id)`: the table written at the call
            return self.uniform_table(literal, scope)
        if obj is None:
            return None
        if obj.type == syntax.attribute:
            # `Registry.handlers[kind](x)`: a table a class body of the file binds
            binding = self.class_table_binding(obj, scope)
        elif obj.type in syntax.identifier:
            binding = self.semantic.resolve(obj, scope)
        else:
            return None
        if not isinstance(binding, Binding) or binding.rebound:
            return None
        if binding.kind == NameKind.NAMESPACE and callee.type == syntax.attribute:
            return self.namespace_task(binding, key)
        if binding.kind == NameKind.CLASS and callee.type == syntax.attribute:
            return self.class_attribute_task(binding, key, scope)
        if callee.type == syntax.attribute:
            value = self.kept_value(binding.assigned_value)
            if value is None or value.type != "object":
                return None  # a Python dict has no attributes: `ACTIONS.refund` fails
        table = self.task_tables.get(binding.node.id)
        if table is None:
            table = self.task_tables[binding.node.id] = self.tasks_by_key(binding)
        found = table.get(key) if key is not None else None
        if found is not None or callee.type == syntax.attribute:
            if found is not None:
                self.note_bound(found, callee, (binding.node.id, key))
            return found
        # `HANDLERS[cmd.verb](id)`: a key known only at run time picks one of them
        if binding.node.id not in self.uniform_tables:
            value = self.kept_value(binding.assigned_value)
            self.uniform_tables[binding.node.id] = (
                self.uniform_table(value, binding.scope, binding.node.id)
                if value is not None
                else None
            )
        found = self.uniform_tables[binding.node.id]
        if found is not None:
            self.note_bound(found, callee, (binding.node.id, None))
        return found or self.registered_task(binding)

    def class_attribute_task(self, cls: Binding, key: str | None, scope: Scope) -> TaskDef | None:
        """`Jobs.fetch(x)` where the class body of the file (or a base's) binds `fetch =
        fetch_task`, a task of the module: the class attribute is that task (read off
        the class, not an instance, it is no bound method)."""
        if key is None or cls.value is None:
            return None
        inner = self.open_class(cls.value, cls.scope)
        member = self.class_member(inner, key) if inner is not None else None
        value = self.kept_value(member.assigned_value) if member is not None else None
        if value is None or value.type not in self.syntax.identifier:
            return None
        return self.fe.task_bindings.get(self.fe.text(value))

    def class_table_binding(self, obj: Node, scope: Scope) -> Binding | None:
        """The class-body binding `Registry.handlers` / `self.handlers` reads, when it
        is bound once to a dict / object literal (in the class or a base of the file)."""
        owner = obj.child_by_field_name("object")
        attr = obj.child_by_field_name(self.syntax.attribute_name_field)
        if owner is None or attr is None:
            return None
        cls = self.class_scope_of(owner, scope)
        member = self.class_member(cls, self.fe.text(attr)) if cls is not None else None
        value = member.assigned_value if member is not None else None
        held = self.kept_value(value) if value is not None else None
        if held is None or held.type not in ("object", "dictionary"):
            return None
        return member

    def registered_task(self, binding: Binding) -> TaskDef | None:
        """`READERS: dict = {}` filled by `READERS[key] = ...` statements storing tasks
        of the file (a task's name, or the `task(...)(fn)` a registering decorator makes
        of each function it decorates, also through a name bound once to it): one of
        them, all taking the same parameters (see `uniform_table`), else None."""
        key = -binding.node.id - 1  # beside `uniform_tables`' own entry for the literal
        if key in self.uniform_tables:
            return self.uniform_tables[key]
        self.uniform_tables[key] = None
        value = self.kept_value(binding.assigned_value)
        if (
            binding.scope.kind != ScopeKind.MODULE
            or value is None
            or value.type != "dictionary"
            or value.named_children
        ):
            return None
        made = {task.node.id: task for task in self.fe.model.tasks if task.wraps_given}
        tasks: list[TaskDef] = []
        for node in self.fe.model.node_index.by_type.get("assignment", []):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            held = left.child_by_field_name("value") if left is not None else None
            if left is None or left.type != "subscript" or held is None or right is None:
                continue
            if self.fe.text(held) != binding.name:
                continue
            stored = self.stored_tasks(right, made)
            if stored is None:
                return None  # something else is stored too: not a table of tasks
            tasks.extend(stored)
        shapes = {self.call_shape(task) for task in tasks}
        if not tasks or len(shapes) != 1 or None in shapes:
            return None
        self.uniform_tables[key] = tasks[0]
        return tasks[0]

    def stored_tasks(self, value: Node, made: dict[int, TaskDef]) -> list[TaskDef] | None:
        """The tasks of the file a value stored in a table is: a task's name, or a
        registering decorator's `task(...)(fn)` (the tasks it makes)."""
        scope = self.semantic.scope_at(value)
        if value.type in self.syntax.identifier:
            task = self.named_task(value, scope)
            if task is not None:
                return [task]
            binding = self.semantic.resolve(value, scope)
            if binding is None or binding.rebound or binding.value is None:
                return None
            value = binding.value
        maker = made.get(value.id)
        if maker is None:
            return None
        function = next(iter(self.fe.enclosing_functions(maker.node)), None)
        tasks = self.fe.made_tasks.get(function.id) if function is not None else None
        return list(tasks) if tasks else None

    def note_bound(self, task: TaskDef, callee: Node, at: tuple[int, str | None]) -> None:
        """`SENDERS["fr"](seg)` of `SENDERS = {"fr": partial(send, locale="fr")}`: the
        call passes what the partial binds first (`TaskDef.bound`, by the call's
        spelling, as for a module-level partial)."""
        bound = self.entry_bounds.get(at)
        if bound is not None and bound != (0, ()):
            task.bound[self.fe.text(callee)] = bound

    def entry_task(
        self, held: Node, owner: Scope
    ) -> tuple[TaskDef, tuple[int, tuple[str, ...]]] | None:
        """The task of the file a table entry calls, and what it binds first: a name of
        the task (or of a module-level partial of it), or `functools.partial(task, ...)`
        written in the table."""
        if held.type in self.syntax.identifier or held.type == "shorthand_property_identifier":
            task = self.named_task(held, owner)
            if task is None:
                return None
            return task, task.bound.get(self.fe.text(held), (0, ()))
        if held.type in ("lambda", "arrow_function"):
            forwarded = self.forwarding_call(held)
            callee = forwarded.child_by_field_name("function") if forwarded is not None else None
            if callee is None or callee.type not in self.syntax.identifier:
                return None
            task = self.named_task(callee, owner)
            if task is None:
                return None
            return task, task.bound.get(self.fe.text(callee), (0, ()))
        if held.type not in self.syntax.call:
            return None
        made = self.fe.partial_of(held)
        if made is None or made[0].type not in self.syntax.identifier:
            return None
        target, positional, keywords = made
        task = self.named_task(target, owner)
        if task is None:
            return None
        before = task.bound.get(self.fe.text(target), (0, ()))
        return task, (before[0] + positional, (*before[1], *keywords))

    def forwarding_call(self, function: Node) -> Node | None:
        """The call a lambda / arrow function is, when it passes its own parameters on,
        in order and nothing else (`lambda v: fetch(v)`, `(id: string) => close(id)`):
        calling the function calls that callee with the same arguments, and hands back
        what it returns (a task's coroutine or thenable)."""
        params = function.child_by_field_name("parameters") or function.child_by_field_name(
            "parameter"
        )
        names: list[str] = []
        for param in (
            [params]
            if params is not None and params.type == "identifier"
            else (params.named_children if params is not None else [])
        ):
            if param.type == "required_parameter" and param.child_by_field_name("value") is None:
                param = param.child_by_field_name("pattern") or param
            if param.type not in self.syntax.identifier:
                return None  # a default, a splat, a pattern: not a plain pass-through
            names.append(self.fe.text(param))
        body = function.child_by_field_name("body")
        if body is not None and body.type == "statement_block":
            statements = [c for c in body.named_children if c.type != "comment"]
            returned = statements[0].named_children if len(statements) == 1 else []
            body = (
                returned[0]
                if statements and statements[0].type == "return_statement" and returned
                else None
            )
        while body is not None and body.type in (
            "parenthesized_expression",
            "await",
            "await_expression",
        ):
            body = body.named_children[0] if body.named_children else None
        if body is None or body.type not in self.syntax.call:
            return None
        args = body.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if [self.fe.text(a) if a.type in self.syntax.identifier else None for a in given] != names:
            return None
        return body

    def namespace_task(self, namespace: Binding, key: str | None) -> TaskDef | None:
        """`Ops.close(x)` of `namespace Ops { export const close = task(...) }`: the task
        the namespace's `const` of that name holds."""
        if key is None or namespace.value is None:
            return None
        table = self.task_tables.get(namespace.node.id)
        if table is None:
            # the namespace's task-holding names, worked out once per namespace
            by_node = {t.node.id: t for t in self.fe.model.tasks}
            inner = self.open_class(namespace.value, namespace.scope)
            table = self.task_tables[namespace.node.id] = {}
            for name, member in inner.bindings.items() if inner is not None else ():
                value = self.kept_value(member.assigned_value)
                task = by_node.get(value.id) if value is not None else None
                if task is not None:
                    table[name] = task
        return table.get(key)

    def uniform_table(
        self,
        value: Node,
        owner: Scope,
        table: int | None = None,
        pairs: list[tuple[str, Node]] | None = None,
    ) -> TaskDef | None:
        """An object / dict literal whose every entry is a task of the file, all taking
        the same parameters: whatever key picks one at run time, its call dispatches a
        task, and what is said of the call (its arguments, its consumption) holds for
        each; the first stands for them (as in `element_task`). `pairs`: the keys and
        values of a table not written as a literal (`new Map([...])`, see `map_entries`)."""
        called = pairs if pairs is not None else self.dict_call_entries(value, owner)
        if value.type not in ("object", "dictionary") and called is None:
            return None
        tasks: list[TaskDef] = []
        bounds: set[tuple[int, tuple[str, ...]]] = set()
        entries = [held for _, held in called] if called is not None else value.named_children
        held: Node | None
        for entry in entries:
            if entry.type == "comment":
                continue
            if called is not None:
                held = self.kept_value(entry)
            elif entry.type == "shorthand_property_identifier":
                held = entry
            elif entry.type == "pair":
                held = self.kept_value(entry.child_by_field_name("value"))
            else:
                return None  # a spread, a method: not known to be a task
            found = self.entry_task(held, owner) if held is not None else None
            if found is None or found[0].function is None:
                return None
            tasks.append(found[0])
            bounds.add((found[1][0], tuple(sorted(found[1][1]))))
        shapes = {
            tuple((p.name, p.kind) for p in t.function.params)
            for t in tasks
            if t.function is not None
        }
        if not tasks or len(shapes) != 1 or len(bounds) != 1:
            return None  # entries binding different arguments: no one call shape
        if table is not None:
            self.entry_bounds[(table, None)] = next(iter(bounds))
        return tasks[0]

    def tasks_by_key(self, binding: Binding) -> dict[str, TaskDef]:
        """The tasks of the file an object / dict literal bound to `binding` holds, by
        key (see `table_task`); the last entry of a key wins, as at run time."""
        value = self.kept_value(binding.assigned_value)
        table: dict[str, TaskDef] = {}
        owner = binding.scope
        called = self.dict_call_entries(value, owner) if value is not None else None
        if called is not None:
            for word, given in called:  # `dict(load=load, ...)`: its keywords are its keys
                got = self.entry_task(self.kept_value(given) or given, owner)
                if got is None:
                    table.pop(word, None)
                else:
                    table[word] = got[0]
                    self.entry_bounds[(binding.node.id, word)] = got[1]
            return table
        if value is None or value.type not in ("object", "dictionary"):
            return table
        seen_entry = False
        for entry in value.named_children:
            if entry.type in ("shorthand_property_identifier", "pair"):
                seen_entry = True
            if entry.type == "shorthand_property_identifier":
                key: str | None = self.fe.text(entry)
                held: Node | None = entry
            elif entry.type == "pair":
                name = entry.child_by_field_name("key")
                held = entry.child_by_field_name("value")
                if name is None:
                    continue
                if name.type == "computed_property_name":
                    inner = name.named_children[0] if name.named_children else None
                    key = self.constant_key(inner, owner) if inner is not None else None
                elif name.type in self.syntax.identifier:
                    key = self.constant_key(name, owner)  # a Python dict key is a value
                else:
                    key = self.fe.text(name).strip("\"'`")  # `load:` / `"load":`
            else:
                if entry.type in ("spread_element", "dictionary_splat"):
                    # `{ ...base, x }`: the task entries of `base` (an object literal bound
                    # once), overridden by what follows; a spread after entries (`{ x,
                    # ...other }`) may replace them and is not read
                    spread = self.spread_table(entry, owner) if not seen_entry else None
                    if spread is None:
                        table.clear()
                    else:
                        table.update(spread)
                continue
            if key is None:
                continue
            found = self.entry_task(held, owner) if held is not None else None
            if found is None:
                table.pop(key, None)
            else:
                table[key] = found[0]
                self.entry_bounds[(binding.node.id, key)] = found[1]
        return table

    def spread_table(self, spread: Node, owner: Scope) -> dict[str, TaskDef] | None:
        """The tasks by key of what `...base` spreads: `base` a name bound once to an
        object literal (its own spreads followed the same way); None when not known."""
        source = spread.named_children[0] if spread.named_children else None
        if source is None or source.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(source, owner)
        if not isinstance(binding, Binding) or binding.assigned_value is None:
            return None
        value = self.kept_value(binding.assigned_value)
        if value is None or value.type not in ("object", "dictionary"):
            return None
        known = self.task_tables.get(binding.node.id)
        if known is None:
            self.task_tables[binding.node.id] = {}  # a spread of itself: nothing more
            known = self.task_tables[binding.node.id] = self.tasks_by_key(binding)
        return known

    def named_task(self, node: Node, scope: Scope) -> TaskDef | None:
        """The module-level task a name (or a `{ name }` shorthand) reaches."""
        task = self.fe.task_bindings.get(self.fe.text(node))
        if task is None:
            return None
        binding = self.semantic.resolve(node, scope)
        return task if binding is not None and binding.scope.kind == ScopeKind.MODULE else None

    def constant_key(self, node: Node, scope: Scope) -> str | None:
        """The key an index or a computed key stands for when written: a string, a number,
        a name bound once to a string, or a member of a module constant (`Kind.Churn`),
        compared by its spelling."""
        node = self.kept_value(node) or node
        if node.type in ("string", "number", "integer"):
            return self.fe.text(node).strip("\"'`")
        if node.type == "template_string" and not node.named_children:
            return self.fe.text(node).strip("`")
        if node.type in self.syntax.identifier:
            binding = self.semantic.resolve(node, scope)
            if not isinstance(binding, Binding) or binding.rebound:
                return None
            value = self.kept_value(binding.assigned_value)
            if value is not None and value.type in ("string", "number", "integer"):
                return self.fe.text(value).strip("\"'`")
            return None
        if node.type == self.syntax.attribute:
            return "." + self.fe.text(node)  # `Kind.Churn`, only equal to itself
        return None

    def element_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`for stage in (extract, transform, load): value = await stage(value)`: a loop
        variable over a tuple / list of the file's tasks (written there, or in a name
        bound once to one) is one of those tasks, so its call dispatches one. So is the
        value of a `[key, task]` entry (`for (const [k, t] of TASKS_BY_KIND)` over a
        `Map` of tasks, `Object.entries(TABLE)`, `.entries()`, Python's `.items()`), and
        the element parameter of a callback an array method runs per element
        (`[...M.values()].map((t) => t(x))`, `M.forEach((t, k) => ...)` of a `Map`,
        `Object.values(TABLE).forEach(...)`). Taken only when every element is a task
        of the file and all take the same parameters, so what is said of the call (its
        arguments, its consumption) holds for each; the first stands for them."""
        if callee.type == "member_expression":
            return self.element_field_task(callee, scope)
        if callee.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(callee, scope)
        if binding is None:
            return None
        if binding.node.parent is not None and binding.node.parent.type in (
            "object_pattern",
            "pair_pattern",
        ):
            return self.element_field_task(callee, scope)
        target, index = self.pattern_slot(binding.node)
        pair = index == 1
        if index is not None and not pair:
            return None  # the key of an entry, or a third element
        if binding.kind == NameKind.LOOP:
            loop = binding.node.parent
            while loop is not None and loop.type not in LOOP_HEADS:
                loop = loop.parent
            if loop is None:
                return None
            left = loop.child_by_field_name("left")
            if pair and (left is None or left.id != target.id):
                return None  # deeper in a pattern than `[key, value]`
            return self.collection_task(loop.child_by_field_name("right"), False, pair)
        if binding.kind != NameKind.PARAMETER:
            return None
        folded = self.folded_sequence(binding) if not pair else None
        if folded is not None:
            return self.collection_task(folded, False, False)
        walked = self.callback_collection(binding, target)
        return self.collection_task(walked, True, pair) if walked is not None else None

    def element_field_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`for (const s of STEPS) await s.run(x)`, `for (const { name, run } of STEPS)`,
        `STEPS.forEach((s) => s.run(x))`: a field of each element of an array of object
        literals (see `descriptor_fields`) that holds a task of the file in every
        element, all called the same way (see `uniform_table`)."""
        found = self.descriptor_fields(callee, scope)
        if found is None:
            return None
        values, owner = found
        tasks: list[TaskDef] = []
        for value in values:
            got = self.entry_task(value, owner) if value is not None else None
            if got is None or got[0].function is None:
                return None
            tasks.append(got[0])
        shapes = {self.call_shape(task) for task in tasks}
        return tasks[0] if tasks and len(shapes) == 1 and None not in shapes else None

    def collection_task(self, iterable: Node | None, callback: bool, pair: bool) -> TaskDef | None:
        """The task every element of `iterable` is (`pair`: the value of every `[key,
        value]` entry), when they are all tasks of the file called the same way (see
        `uniform_table`); `callback`: walked by an array method's callback (a `Map`'s
        `forEach` hands it the values) rather than iterated (a `Map` yields its entries)."""
        node = self.kept_value(iterable)
        if node is None:
            return None
        parts = [c for c in node.named_children if c.type != "comment"]
        if node.type == "array" and len(parts) == 1 and parts[0].type == "spread_element":
            # `[...TASKS.values()]`: the elements the spread iterates
            spread = parts[0].named_children
            return self.collection_task(spread[0], False, pair) if spread else None
        if node.type in self.syntax.call:
            callee = self.fe.callee(node)
            args = self.fe.positional_args(node)
            if callee is not None and self.fe.text(callee) == "Array.from" and len(args) == 1:
                return self.collection_task(args[0], False, pair)  # an array of what it iterates
            if callee is None or callee.type != self.syntax.attribute:
                return None
            method = callee.child_by_field_name(self.syntax.attribute_name_field)
            holder = callee.child_by_field_name("object")
            name = self.fe.text(method) if method is not None else None
            if holder is not None and self.fe.text(holder) == "Object" and len(args) == 1:
                if (name == "values" and not pair) or (name == "entries" and pair):
                    return self.held_table_task(args[0], literal_only=True)
                return None
            if args or holder is None:
                return None
            if (name == "values" and not pair) or (name in ("entries", "items") and pair):
                return self.held_table_task(holder, literal_only=False)
            return None
        if node.type in self.syntax.identifier:
            held = self.semantic.resolve(node, self.semantic.scope_at(node))
            if held is None or held.kind != NameKind.ASSIGNMENT or held.rebound:
                return None
            value = self.kept_value(held.value)
            if value is None:
                return None
            if value.type == "new_expression":
                # a `Map` yields `[key, value]` entries; its `forEach` hands the values
                if pair == callback:
                    return None
                return self.held_table_task(node, literal_only=False)
            node = value
        if not pair and node.type in ("list_comprehension", "generator_expression"):
            # `[partial(gc_ms_run, sid) for sid in ids]` (a Celery signature list
            # ported): every element is the same task, with arguments bound
            return self.made_element_task(node)
        if pair or node.type not in TASK_SEQUENCES:
            return None
        elements = [c for c in node.named_children if c.type != "comment"]
        tasks = [
            self.task_of(e, self.semantic.scope_at(e)) if e.type in self.syntax.identifier else None
            for e in elements
        ]
        if not tasks or any(t is None or t.function is None for t in tasks):
            return None
        shapes = {
            tuple((p.name, p.kind) for p in t.function.params)
            for t in tasks
            if t is not None and t.function is not None
        }
        return tasks[0] if len(shapes) == 1 else None

    def held_table_task(self, name: Node, literal_only: bool) -> TaskDef | None:
        """One of the tasks a table a name is bound to once holds, when all of them are
        tasks called the same way: an object / dict literal, or (not `literal_only`)
        a `new Map([...])` of them (see `uniform_table`)."""
        if name.type not in self.syntax.identifier:
            return None
        held = self.semantic.resolve(name, self.semantic.scope_at(name))
        if held is None or held.kind != NameKind.ASSIGNMENT or held.rebound:
            return None
        value = self.kept_value(held.value)
        if value is None:
            return None
        if value.type == "new_expression":
            if literal_only:
                return None
            entries = self.map_entries(value, held.scope)
            return self.uniform_table(value, held.scope, None, entries) if entries else None
        return self.uniform_table(value, held.scope)

    def object_values_of(self, node: Node | None) -> Node | None:
        """`TOOLS` of `Object.values(TOOLS)` (a name), else None."""
        if node is None or node.type not in self.syntax.call:
            return None
        callee = self.fe.callee(node)
        if callee is None or self.fe.text(callee) != "Object.values":
            return None
        args = self.fe.positional_args(node)
        if len(args) != 1 or args[0].type not in self.syntax.identifier:
            return None
        return args[0]

    def picked_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`const pick = TOOLS[kind]` (bound once), then `pick(x)`: the task the table
        gives (see `table_task`); also `const { disable } = OPS` (or `{ disable: off }`)
        of a table of tasks bound once, and a choice of tasks (see `chosen_task`)."""
        chosen = self.chosen_task(callee, scope)
        if chosen is not None:
            return chosen
        inner = callee
        while inner.type in ("parenthesized_expression", "non_null_expression"):
            if not inner.named_children:
                return None
            inner = inner.named_children[0]
        if inner.type in self.syntax.call:
            # `HANDLERS.get(kind, fallback)(x)`, `retirer_for(registry)(lot)`
            return self.got_task(inner, scope) or self.factory_task(inner, scope)
        if callee.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.rebound:
            return None
        if len(binding.member) == 1 and not binding.reassigned:
            return self.destructured_task(binding)
        value = self.kept_value(binding.assigned_value)
        if value is not None and value.type in self.syntax.call:
            return self.got_task(value, binding.scope) or self.factory_task(value, binding.scope)
        if value is None or value.type not in ("subscript", "subscript_expression"):
            return None
        return self.table_task(value, binding.scope)

    def factory_task(self, call: Node, scope: Scope) -> TaskDef | None:
        """`retirer_for(registry)` where the file's plain `retirer_for` returns only tasks of
        the file by name (`if r == "verra": return retire_verra`, a `raise` for the rest),
        all taking the same parameters: the call gives one of them; the first stands for
        them (as in `chosen_task`). Else None."""
        if not self.fe.task_bindings:
            return None
        maker = self.fe.callee(call)
        if maker is None or maker.type not in self.syntax.identifier:
            return None
        factory = self.binding_function(self.semantic.resolve(maker, scope))
        if factory is None:
            return None
        body = factory[1].child_by_field_name("body")
        if body is None or body.type not in ("block", "statement_block"):
            return None
        inner = self.semantic.scopes.open(factory[1], factory[2])
        tasks: list[TaskDef] = []
        stack = [body]
        while stack:
            node = stack.pop()
            if node.type in self.syntax.function:
                continue  # a nested function's own returns
            if node.type in self.syntax.returns:
                product = node.named_children[0] if node.named_children else None
                task = self.task_of(product, inner) if product is not None else None
                if task is None:
                    return None  # a bare `return`, or something else than a task
                tasks.append(task)
                continue
            stack.extend(node.named_children)
        shapes = {
            tuple((p.name, p.kind) for p in t.function.params)
            for t in tasks
            if t.function is not None
        }
        return tasks[0] if tasks and len(shapes) == 1 and all(t.function for t in tasks) else None

    def assigned_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`escalate = page_on_call` in one branch (an `if` / `match` arm), `escalate =
        log_alarm` in another, then `escalate(site, alarm)` (Python): a name its scope
        assigns only tasks of the file, all taking the same parameters, holds one of
        them wherever it is called (see `uniform_table`); else None."""
        if not self.syntax.keyword_argument or callee.type not in self.syntax.identifier:
            return None
        if not self.fe.task_bindings:
            return None
        binding = self.semantic.resolve(callee, scope)
        if (
            not isinstance(binding, Binding)
            or binding.kind != NameKind.ASSIGNMENT
            or not binding.rebound
            or binding.member
        ):
            return None
        key = id(binding)
        if key not in self.assigned_tasks:
            self.assigned_tasks[key] = self._assigned_task(binding)
        return self.assigned_tasks[key]

    def _assigned_task(self, binding: Binding) -> TaskDef | None:
        tasks: list[TaskDef] = []
        for node in self.fe.model.node_index.by_type.get("assignment", []):
            if not (binding.scope.node.start_byte <= node.start_byte < binding.scope.node.end_byte):
                continue
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None or left.type not in self.syntax.identifier:
                continue
            if self.fe.text(left) != binding.name:
                continue
            if self.semantic.resolve(left) is not binding:
                continue  # the same name in a function nested in the scope
            task = (
                self.named_task(right, binding.scope)
                if right.type in self.syntax.identifier
                else None
            )
            if task is None:
                return None  # something else is assigned too
            tasks.append(task)
        return self.one_of(tasks) if tasks else None

    def got_task(self, call: Node, scope: Scope) -> TaskDef | None:
        """`SENDERS.get(lang, SENDERS["en"])` (Python): one of a uniform table's tasks,
        or the default, when that is the same task called the same way; TypeScript's
        `HANDLERS.get(kind)` of `HANDLERS = new Map([["bottle", shipBottle], ...])`."""
        callee = self.fe.callee(call)
        if callee is None or callee.type != self.syntax.attribute:
            return None
        method = callee.child_by_field_name(self.syntax.attribute_name_field)
        holder = callee.child_by_field_name("object")
        if method is None or holder is None or self.fe.text(method) != "get":
            return None
        if holder.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(holder, scope)
        value = self.kept_value(binding.assigned_value) if isinstance(binding, Binding) else None
        if binding is None or binding.rebound or value is None:
            return None
        if value.type == "new_expression":
            if binding.node.id not in self.map_tables:
                entries = self.map_entries(value, binding.scope)
                self.map_tables[binding.node.id] = (
                    self.uniform_table(value, binding.scope, binding.node.id, entries)
                    if entries
                    else None
                )
            # `Map.prototype.get` takes the key alone: `undefined` when it is missing
            return (
                self.map_tables[binding.node.id]
                if len(self.fe.positional_args(call)) == 1
                else None
            )
        if value.type != "dictionary" and self.dict_call_entries(value, binding.scope) is None:
            return None
        if binding.node.id not in self.uniform_tables:
            self.uniform_tables[binding.node.id] = self.uniform_table(
                value, binding.scope, binding.node.id
            )
        task = self.uniform_tables[binding.node.id] or self.registered_task(binding)
        args = self.fe.positional_args(call)
        if task is None or not args or len(args) > 2:
            return None
        if len(args) == 2:
            default = self.kept_value(args[1]) or args[1]
            if default.type == "none":
                return task  # calling None fails at once, as a missing key would
            picked = (
                self.table_task(default, scope)
                if default.type == "subscript"
                else (found[0] if (found := self.entry_task(default, scope)) else None)
            )
            if picked is None or self.call_shape(picked) != self.call_shape(task):
                return None  # a default called another way: no one call shape
        return task

    @staticmethod
    def call_shape(task: TaskDef) -> tuple[tuple[str, object], ...] | None:
        """The parameters a task is called with (names and kinds), None when unknown."""
        if task.function is None:
            return None
        return tuple((p.name, p.kind) for p in task.function.params)

    def dict_call_entries(self, value: Node, scope: Scope) -> list[tuple[str, Node]] | None:
        """`dict(dog=remind_dog, cat=remind_cat)` (Python): its keys and values, None
        for anything else (a positional argument, a `**` splat, a `dict` not the builtin)."""
        if not self.syntax.keyword_argument or value.type not in self.syntax.call:
            return None
        callee = self.fe.callee(value)
        args = value.child_by_field_name("arguments")
        if callee is None or args is None or callee.type not in self.syntax.identifier:
            return None
        if self.fe.text(callee) != "dict" or self.semantic.resolve(callee, scope) is not None:
            return None  # a local or imported `dict` is not the builtin
        entries: list[tuple[str, Node]] = []
        for arg in args.named_children:
            if arg.type == "comment":
                continue
            if arg.type != self.syntax.keyword_argument:
                return None
            name = arg.child_by_field_name("name")
            held = arg.child_by_field_name("value")
            if name is None or held is None:
                return None
            entries.append((self.fe.text(name), held))
        return entries or None

    def destructured_task(self, binding: Binding) -> TaskDef | None:
        """`const { disable } = OPS`: the task an object literal of tasks, bound once to
        `OPS`, holds under that key (see `tasks_by_key`). With a default (`const { send =
        sms } = CHANNELS[pref] ?? {}`), every object the holder may be (a choice, `??` /
        `||`, an item of a table of object literals, a literal) gives the task it holds
        under the key, or the default where it has none: when all are tasks of the file
        called the same way, the name holds one of them (see `one_of`)."""
        holder = self.kept_value(binding.value)
        if holder is None:
            return None
        default = self.pattern_default(binding)
        if holder.type in self.syntax.identifier:
            table_binding = self.semantic.resolve(holder, binding.scope)
            if isinstance(table_binding, Binding) and table_binding.assigned_value is not None:
                table = self.task_tables.get(table_binding.node.id)
                if table is None:
                    table = self.task_tables[table_binding.node.id] = self.tasks_by_key(
                        table_binding
                    )
                found = table.get(binding.member[0])
                if found is not None or default is None:
                    return found
        if default is None or not self.fe.task_bindings:
            return None
        tasks: list[TaskDef] = []
        if not self.member_tasks(holder, binding.member[0], default, binding.scope, tasks, 0):
            return None
        return self.one_of(tasks) if tasks else None

    @staticmethod
    def pattern_default(binding: Binding) -> Node | None:
        """The default of a destructured name (`{ send = sms }`), else None."""
        parent = binding.node.parent
        if parent is None or parent.type not in ("object_assignment_pattern", "assignment_pattern"):
            return None  # `{ send = sms }` / `{ send: notify = sms }`
        left = parent.child_by_field_name("left")
        if left is None or left.id != binding.node.id:
            return None
        return parent.child_by_field_name("right")

    def member_tasks(
        self,
        holder: Node,
        key: str,
        default: Node,
        scope: Scope,
        tasks: list[TaskDef],
        depth: int,
    ) -> bool:
        """Collect the task each object `holder` may be holds under `key` (or `default`
        where it has no such member); False when one is anything else or not known."""
        holder = self.kept_value(holder) or holder
        if depth > 4:
            return False
        if holder.type in CHOICES:
            if holder.type == "ternary_expression":
                parts = [
                    holder.child_by_field_name("consequence"),
                    holder.child_by_field_name("alternative"),
                ]
            else:
                op = holder.child_by_field_name("operator")
                if op is None or self.fe.text(op) not in ("??", "||"):
                    return False
                parts = [holder.child_by_field_name("left"), holder.child_by_field_name("right")]
            return all(
                p is not None and self.member_tasks(p, key, default, scope, tasks, depth + 1)
                for p in parts
            )
        if holder.type in ("undefined", "null"):
            return True  # destructuring it throws: it dispatches nothing
        if holder.type == "object":
            members = self.literal_members(holder)
            if members is None:
                return False
            held = members.get(key, default)
            found = self.entry_task(self.kept_value(held) or held, scope)
            if found is None:
                return False
            tasks.append(found[0])
            return True
        if holder.type in self.syntax.identifier:
            bound = assigned_once(self.semantic.resolve(holder, scope))
            value = self.kept_value(bound.assigned_value) if bound is not None else None
            if bound is None or value is None:
                return False
            return self.member_tasks(value, key, default, bound.scope, tasks, depth + 1)
        if holder.type == "subscript_expression":
            # `CHANNELS[pref]`: any entry of a table bound once to an object literal
            table = holder.child_by_field_name("object")
            if table is None or table.type not in self.syntax.identifier:
                return False
            bound = assigned_once(self.semantic.resolve(table, scope))
            value = self.kept_value(bound.assigned_value) if bound is not None else None
            if bound is None or value is None or value.type != "object":
                return False
            entries = self.literal_members(value)
            if not entries:
                return False
            return all(
                self.member_tasks(e, key, default, bound.scope, tasks, depth + 1)
                for e in entries.values()
            )
        return False

    def literal_members(self, value: Node) -> dict[str, Node] | None:
        """The members of an object literal by key, as written (`{ send: sms }`, `{ sms
        }`, `"send": ...`); None when a spread, a method or a computed key leaves one
        unknown."""
        members: dict[str, Node] = {}
        for entry in value.named_children:
            if entry.type == "comment":
                continue
            if entry.type == "shorthand_property_identifier":
                members[self.fe.text(entry)] = entry
                continue
            if entry.type != "pair":
                return None
            name = entry.child_by_field_name("key")
            held = entry.child_by_field_name("value")
            if name is None or held is None or name.type == "computed_property_name":
                return None
            members[self.fe.text(name).strip("\"'`")] = held
        return members

    def chosen_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`const send = urgent ? page : email` (bound once) then `send(x)`, `(a ? f :
        g)(x)`, `notify?.(x)` of `const notify = slack ? post : undefined`, and
        `HANDLERS[kind] ?? fallback` (a table of tasks, see `table_task`): where
        every function the choice may give is a task of the file, all taking the same
        parameters, the call dispatches one of them (`undefined` / `null` call nothing,
        with `?.`); the first stands for them (as in `element_task`)."""
        while callee.type in ("parenthesized_expression", "non_null_expression"):
            if not callee.named_children:
                return None
            callee = callee.named_children[0]
        if callee.type in self.syntax.identifier:
            once = assigned_once(self.semantic.resolve(callee, scope))
            if once is None or not self.fe.task_bindings:
                return None
            value = self.kept_value(once.assigned_value)
            scope = once.scope
        elif callee.type in CHOICES and self.fe.task_bindings:
            value = callee
        else:
            return None
        if value is None or value.type not in CHOICES:
            return None
        tasks: list[TaskDef] = []
        if not self.choice_tasks(value, scope, tasks, 0) or not tasks:
            return None
        return self.one_of(tasks)

    def one_of(self, tasks: list[TaskDef]) -> TaskDef | None:
        """The task that stands for a choice between `tasks` (the first), when every
        one is called the same way: the same parameters, or, for `task_script` /
        `task_flow` tasks (whose target's parameters are not known here), all of one
        kind, each given the keyword arguments of the call (`render = local if fast
        else remote`, then `render(src=...)`); else None."""
        if all(t.function is None for t in tasks):
            kinds = {t.kind for t in tasks}
            scripts = kinds <= {TaskKind.TASK_SCRIPT, TaskKind.TASK_FLOW}
            return tasks[0] if len(kinds) == 1 and scripts and tasks[0].binding else None
        shapes = {self.call_shape(t) for t in tasks}
        return tasks[0] if len(shapes) == 1 and None not in shapes else None

    def choice_tasks(self, value: Node, scope: Scope, tasks: list[TaskDef], depth: int) -> bool:
        """Collect the tasks a choice may evaluate to; False when one of its values is
        anything but a task of the file, `undefined` or `null`."""
        value = self.kept_value(value) or value
        if depth > 4:
            return False
        if value.type == "ternary_expression":
            parts = [
                value.child_by_field_name("consequence"),
                value.child_by_field_name("alternative"),
            ]
        elif value.type == "conditional_expression":
            # Python `local if fast else remote`: no fields, the condition in the middle
            named = [c for c in value.named_children if c.type != "comment"]
            if len(named) != 3:
                return False
            parts = [named[0], named[2]]
        elif value.type in ("binary_expression", "boolean_operator"):
            op = value.child_by_field_name("operator")
            if op is None or self.fe.text(op) not in ("??", "||", "or"):
                return False
            parts = [value.child_by_field_name("left"), value.child_by_field_name("right")]
        elif value.type in ("undefined", "null", "none"):
            return True
        elif value.type in self.syntax.identifier:
            task = self.task_of(value, scope)
            if task is None:
                return False
            tasks.append(task)
            return True
        elif value.type in ("subscript_expression", self.syntax.attribute):
            task = self.table_task(value, scope)  # `HANDLERS[kind] ?? fallback`
            if task is None:
                return False
            tasks.append(task)
            return True
        else:
            return False
        return all(p is not None and self.choice_tasks(p, scope, tasks, depth + 1) for p in parts)

    def folded_call(self, callee: Node, scope: Scope) -> bool:
        """The callee is the item parameter of a folding lambda (see `folded_sequence`)."""
        if callee.type not in self.syntax.identifier:
            return False
        binding = self.semantic.resolve(callee, scope)
        return (
            binding is not None
            and binding.kind == NameKind.PARAMETER
            and self.folded_sequence(binding) is not None
        )

    def folded_sequence(self, binding: Binding) -> Node | None:
        """`functools.reduce(lambda acc, stage: stage(acc), STAGES, x)`: the sequence
        whose items the function's second parameter takes."""
        function = binding.node.parent
        while function is not None and function.type not in self.syntax.function:
            function = function.parent
        if function is None or function.type != "lambda":
            return None  # a lambda whose value is the call: `lambda acc, stage: stage(acc)`
        params = function.child_by_field_name("parameters")
        names = (
            [p for p in params.named_children if p.type in self.syntax.identifier] if params else []
        )
        if len(names) != 2 or names[1].id != binding.node.id:
            return None
        holder = function.parent
        call = holder.parent if holder is not None else None
        if call is None or call.type not in self.syntax.call:
            return None
        args = self.fe.positional_args(call)
        callee = self.fe.callee(call)
        if len(args) < 2 or args[0].id != function.id or callee is None:
            return None
        if self.fe.qualname(callee, self.semantic.scope_at(call)) not in FOLDS:
            return None
        return args[1]

    def folded_value(self, call: Node) -> bool:
        """`functools.reduce(lambda acc, nxt: merge(acc, nxt), tiles)`: the call is the
        whole value of the folding function, so each call's awaitable is the next call's
        accumulator (handed to it as a value), and only the last is awaited."""
        if not self.fe.model.node_index.by_type.get("lambda"):
            return False  # no lambda in the file (most): no parent lookups
        value = call
        function = self.parent_of(value)
        while function is not None and function.type == "parenthesized_expression":
            value, function = function, self.parent_of(function)
        if function is None or function.type != "lambda":
            return False
        body = function.child_by_field_name("body")
        params = function.child_by_field_name("parameters")
        if body is None or body.id != value.id or params is None:
            return False
        if len([p for p in params.named_children if p.type in self.syntax.identifier]) != 2:
            return False
        holder = self.parent_of(function)
        fold = self.parent_of(holder) if holder is not None else None
        if fold is None or fold.type not in self.syntax.call:
            return False
        args = self.fe.positional_args(fold)
        callee = self.fe.callee(fold)
        return (
            len(args) >= 2
            and args[0].id == function.id
            and callee is not None
            and self.fe.qualname(callee, self.semantic.scope_at(fold)) in FOLDS
        )

    def mapped_task(self, call: Node, scope: Scope) -> TaskDef | None:
        """`map(my_task, xs)` / `xs.map(myTask)`: a task handed over by reference."""
        for arg in self.fe.positional_args(call):
            if arg.type in self.syntax.identifier:
                task = self.task_of(arg, scope)
                if task is not None:
                    return task
        return None

    def receiver_found(self) -> Scope | None:
        """What the last `local_function` found `self` to be. Read through a method:
        after `self.found_receiver = None` the type checker keeps the attribute None
        across the call that sets it, and the compiled build (mypyc) enforces that."""
        return self.found_receiver

    def forwarded_function(self, call: Node, callee: Node, scope: Scope) -> Node | None:
        """`notify.call(null, url)`, `send.apply(undefined, [url])`, `Reflect.apply(send,
        undefined, [url])`, `notify.bind(null)(url)`: the call runs the function of this
        file named there, so that name stands for the callee (JavaScript's
        `Function.prototype.call` / `apply` / `bind`). Only a function (or task) of the
        file is taken: `rpc.call("method")` on a client is that client's own method."""
        syntax = self.syntax
        if not self.fe.function_methods:
            return None
        target: Node | None = None
        if self.fe.qualname(callee, scope) == "Reflect.apply":
            args = self.fe.positional_args(call)
            target = args[0] if args else None
        elif callee.type == syntax.attribute:
            attr = callee.child_by_field_name(syntax.attribute_name_field)
            if attr is not None and self.fe.text(attr) in ("call", "apply"):
                target = callee.child_by_field_name("object")
        elif callee.type in syntax.call:
            # `notify.bind(null)(url)`: the bound function runs at once
            inner = self.fe.callee(callee)
            attr = (
                inner.child_by_field_name(syntax.attribute_name_field)
                if inner is not None and inner.type == syntax.attribute
                else None
            )
            if inner is not None and attr is not None and self.fe.text(attr) == "bind":
                target = inner.child_by_field_name("object")
        while target is not None and target.type == "parenthesized_expression":
            target = target.named_children[0] if target.named_children else None
        if target is None:
            return None
        if target.type in ("subscript", "subscript_expression"):
            # `ROUTES[kind].call(null, to)`: a task picked from a table of the file
            return target if self.table_task(target, scope) is not None else None
        if target.type not in syntax.identifier and target.type != syntax.attribute:
            return None
        if self.task_of(target, scope) is None and self.local_function(target, scope) is None:
            return None
        return target

    def made_element_task(self, comprehension: Node) -> TaskDef | None:
        """The task every element of a Python list comprehension / generator expression
        is: its element is a task of the file (`[notify for _ in xs]`) or a
        `functools.partial` of one (`[partial(notify, u) for u in xs]`)."""
        element = comprehension.child_by_field_name("body")
        if element is None:
            return None
        scope = self.semantic.scope_at(element)
        if element.type in self.syntax.identifier:
            return self.task_of(element, scope)
        if element.type not in self.syntax.call:
            return None
        inner = self.fe.callee(element)
        if inner is None or self.fe.qualname(inner, scope) != "functools.partial":
            return None
        args = self.fe.positional_args(element)
        target = args[0] if args else None
        if target is None or target.type not in self.syntax.identifier:
            return None
        return self.task_of(target, scope)

    def partial_task(self, callee: Node, scope: Scope) -> TaskDef | None:
        """`sms = partial(notify, channel="sms")` then `sms(uid)`: a name bound once to
        `functools.partial` of a task of the file calls that task (the SDK's wrapper
        gets the partial's arguments and the call's). Only a task: a helper's parameters
        would not line up with the call's arguments."""
        if not self.fe.task_bindings or callee.type not in self.syntax.identifier:
            return None
        binding = self.semantic.resolve(callee, scope)
        if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.rebound:
            return None
        value = binding.assigned_value
        if value is None or value.type not in self.syntax.call:
            return None
        inner = self.fe.callee(value)
        if inner is None:
            return None
        bound = self.fe.bound_method(value, inner)
        if bound is not None:
            # `const say = post.bind(null, channel)`: JavaScript's partial application
            return self.task_of(bound[0], binding.scope)
        if self.fe.qualname(inner, binding.scope) != "functools.partial":
            return None
        args = self.fe.positional_args(value)
        target = args[0] if args else None
        if target is None or target.type not in self.syntax.identifier:
            return None
        return self.task_of(target, binding.scope)

    def imported_name(self, callee: Node, scope: Scope) -> bool:
        """The callee is a name the file imports (`send_email`, `mail.send_email`)."""
        root = self.chain_root(callee)
        binding = self.semantic.resolve(root, scope) if root is not None else None
        if binding is None and root is not None:
            # `from f.common.tasks import *`: a name no statement binds may be one the
            # star import binds (`imported_function` asks that module)
            syntax = self.semantic.syntax
            module = scope.module
            return (
                syntax.star_imports_bind
                and bool(module.star_imports)
                and self.fe.text(root) not in syntax.builtins
            )
        return binding is not None and binding.kind == NameKind.IMPORT

    def imported_instance_method(self, callee: Node, scope: Scope) -> bool:
        """The callee is a method of an instance of a class the file imports, built in
        place or held by a name bound once to one (`gate = Gate(); gate.ask(...)`,
        `new kit.Retrier(3).run(...)`)."""
        if callee.type != self.syntax.attribute:
            return False
        value = callee.child_by_field_name("object")
        if value is not None and value.type in self.syntax.identifier:
            binding = self.semantic.resolve(value, scope)
            if binding is None or binding.kind != NameKind.ASSIGNMENT or binding.rebound:
                return False
            value = binding.assigned_value
        while value is not None and value.type in self.syntax.awaits and value.named_children:
            value = value.named_children[-1]
        if value is None or not (value.type in self.syntax.call or value.type in self.syntax.new):
            return False
        made = value.child_by_field_name(
            "constructor" if value.type in self.syntax.new else "function"
        )
        return made is not None and self.imported_name(made, scope)

    def imported_handlers(
        self,
        call: Node,
        callee: Node,
        scope: Scope,
        chain: tuple[str, ...],
        site: Span,
        durable: bool,
    ) -> None:
        """The handlers of a function another module of the workspace defines, called
        here as body code, that catch the suspension of a durable call they guard (the
        body's, handed over: `safely(() => sendMail(to))`, or their own) and do not let
        it through: recorded at this call, as a handler of a helper of the file is."""
        if self.imported_task(callee, scope):
            return  # a task dispatches a job: its body is not body code
        from wac_lint.frontends import helper_finally_blocks, helper_handlers
        from wac_lint.workspace.imported import imported_function, task_wrapper

        shown = self.fe.text(callee)
        if shown not in self.imported_functions:  # a body calls one helper many times
            self.imported_functions[shown] = imported_function(self.model, callee, members=True)
        found = self.imported_functions[shown]
        if found is None:
            return
        source, name = found
        handlers = helper_handlers(source, name, durable)
        called = _instance_call(source, name, callee, self.syntax.call) if not handlers else None
        if called is not None:
            # `BACKOFF(fn, x)` of `BACKOFF = Backoff()`, `Backoff()(fn, x)`: calling an
            # instance of a class of that module runs the class's `__call__`
            handlers = helper_handlers(source, called, durable)
        where = (*chain, shown) if called is None else (*chain, shown, called)
        for _, exits, calls in helper_finally_blocks(source, name, durable):
            self.model.finally_blocks.append(
                FinallyBlock(
                    node=call,
                    span=Span.of(callee),
                    protects_durable=True,
                    exits=[],
                    chain=where,
                    site=site,
                    elsewhere=source.path,
                    elsewhere_exits=exits,
                    elsewhere_calls=calls,
                )
            )
        wrapper = task_wrapper(self.model, source, name) if not handlers else None
        if wrapper is not None:
            # `geocode = withRetry(task(...))` of that module: calling it runs the
            # function `withRetry` returns, handed the task (its dispatch can suspend)
            handlers = helper_handlers(wrapper[0], wrapper[1], True)
            where = (*where, wrapper[1].split(DECORATOR_PRODUCT, 1)[0])
        for kind, rethrow, below in handlers:
            self.model.handlers.append(
                ExceptionHandler(
                    kind=kind,
                    node=call,
                    span=Span.of(callee),
                    rethrow=rethrow,
                    protects_durable=True,
                    chain=(*where, *below),
                    site=site,
                )
            )

    def imported_wrapper_handlers(
        self, decorator: Node, chain: tuple[str, ...], site: Span
    ) -> None:
        """The handlers of the wrapper an imported decorator (`@retrying`, or a factory's
        product, `@retrying(3)`) puts around a task: they guard the task's dispatch, so one
        that swallows the suspension is recorded at the body's call of the task."""
        from wac_lint.frontends import helper_handlers
        from wac_lint.workspace.imported import imported_function

        factory = decorator.type in self.syntax.call
        named = self.fe.callee(decorator) if factory else decorator
        if named is None:
            return
        found = imported_function(self.model, named)
        if found is None:
            return
        source, name = found
        product = name + DECORATOR_PRODUCT * (2 if factory else 1)
        for kind, rethrow, below in helper_handlers(source, product, True):
            self.model.handlers.append(
                ExceptionHandler(
                    kind=kind,
                    node=decorator,
                    span=Span.of(decorator),
                    rethrow=rethrow,
                    protects_durable=True,
                    chain=(*chain, self.fe.text(named), *below),
                    site=site,
                )
            )

    def imported_durable(self, callee: Node, scope: Scope) -> bool:
        """An `async` function another module of the workspace defines and the file
        imports, whose own code makes a durable call (a task, step, sleep, approval, or a
        task it imports in turn): awaiting it can raise the SDK's suspension here (asked
        once per spelling)."""
        text = self.fe.text(callee)
        known = self.imported_durable_memo.get(text)
        if known is None:
            known = False
            if self.imported_name(callee, scope):
                from pathlib import Path

                from wac_lint.workspace.imported import imported_function
                from wac_lint.workspace.module_facts import durable_helper

                if text not in self.imported_functions:
                    self.imported_functions[text] = imported_function(self.model, callee)
                found = self.imported_functions[text]
                if found is not None:
                    source, name = found
                    probes = self.model.workspace_files
                    known = durable_helper(Path(source.path), name, probes) is not None
            self.imported_durable_memo[text] = known
        return known

    def imported_task(self, callee: Node, scope: Scope) -> bool:
        """A task another module of the workspace defines and the file imports: calling
        it dispatches a durable step (asked once per spelling)."""
        text = self.fe.text(callee)
        known = self.imported_memo.get(text)
        if known is None:
            from wac_lint.workspace.imported import imported_task

            known = self.imported_name(callee, scope) and imported_task(self.model, callee)
            self.imported_memo[text] = known
        return known


def _instance_call(
    source: SourceFile, name: str, callee: Node, calls: frozenset[str]
) -> str | None:
    """`Backoff.__call__` when a call calls an instance of a Python class of a helper
    module: one that module binds at its top level (`BACKOFF = Backoff()`, `name` being
    `BACKOFF`), or one built where it is called (`Backoff()(fn, x)`, `name` being the
    class `Backoff`). None for a function, a class called to build an instance, or a
    TypeScript module (its objects have no `__call__`)."""
    from wac_lint.workspace.module_facts import defines_class, module_semantic

    if "." in name or not source.path.endswith(".py"):
        return None
    digest = str(hash(source.data))
    if callee.type in calls:
        return f"{name}.__call__" if defines_class(source.path, digest, name) else None
    semantic = module_semantic(source.path, digest)
    binding = semantic.lookup(name, semantic.module) if semantic is not None else None
    value = binding.assigned_value if binding is not None else None
    built = value.child_by_field_name("function") if value is not None else None
    if value is None or value.type != "call" or built is None or built.type != "identifier":
        return None
    cls = semantic.text(built) if semantic is not None else ""
    return f"{cls}.__call__" if defines_class(source.path, digest, cls) else None
