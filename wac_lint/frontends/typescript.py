"""TypeScript front-end: Bun `windmill-client` scripts to the WAC model."""

from __future__ import annotations

import re
from collections.abc import Callable

from wac_lint.frontends.body.records import Node, iter_nodes
from wac_lint.frontends.body.walker import BodyWalker
from wac_lint.frontends.common import FrontEnd, Syntax, reads_members
from wac_lint.languages import TYPESCRIPT
from wac_lint.model import (
    TASK_FACTORIES,
    TYPESCRIPT_SDK_NAMES,
    BindingKind,
    ExceptionHandler,
    FunctionInfo,
    HandlerKind,
    Param,
    ParamKind,
    Rethrow,
    ScriptModel,
    Span,
    TaskDef,
    TaskKind,
    WorkflowEntry,
)
from wac_lint.parsing import node_bytes
from wac_lint.semantic import BindingKind as NameKind
from wac_lint.semantic import NameSyntax
from wac_lint.semantic.scopes import Scope, ScopeRules
from wac_lint.semantic.typescript_scopes import TypeScriptScopeRules

FUNCTIONS = frozenset(
    {
        "arrow_function",
        "function_expression",
        "function_declaration",
        "generator_function",
        "generator_function_declaration",
        "method_definition",
    }
)

SYNTAX = Syntax(
    call=frozenset({"call_expression"}),
    new=frozenset({"new_expression"}),
    function=FUNCTIONS,
    awaits=frozenset({"await_expression"}),
    attribute="member_expression",
    attribute_name_field="property",
    identifier=frozenset({"identifier"}),
    returns=frozenset({"return_statement"}),
    assignment=frozenset({"variable_declarator", "assignment_expression"}),
    expression_statement="expression_statement",
    transparent=frozenset(
        {
            "parenthesized_expression",
            "array",
            "spread_element",
            "ternary_expression",
            "as_expression",
            "satisfies_expression",
            "non_null_expression",
            "pair",
            "object",
        }
    ),
    arguments=frozenset({"arguments"}),
    comprehension=frozenset(),
    try_statement="try_statement",
    class_definition=frozenset({"class_declaration", "class"}),
    call_defaults=frozenset({"required_parameter", "optional_parameter"}),
    binding_methods=frozenset({"bind"}),
    formatted=frozenset({"template_substitution"}),
    # `for (... of ...)` iterators; `using` declarations (read as an assignment)
    # disposers; `await` of a thenable; `${x}` of an object with its own `toString`;
    # `[...batch]` of an object with its own `[Symbol.iterator]`; `const { a } = obj`
    # reading its getters
    protocol_statements=frozenset(
        {
            "for_in_statement",
            "assignment_expression",
            "await_expression",
            "template_substitution",
            "spread_element",
            "object_pattern",
        }
    ),
)

NAME_SYNTAX = NameSyntax(
    identifiers=frozenset({"identifier"}),
    attribute="member_expression",
    attribute_object="object",
    attribute_name="property",
    calls=frozenset({"call_expression"}),
    new=frozenset({"new_expression"}),
    awaits=frozenset({"await_expression"}),
    transparent=frozenset(
        {
            "parenthesized_expression",
            "non_null_expression",
            "as_expression",
            "satisfies_expression",
            "type_assertion",
        }
    ),
    functions=FUNCTIONS,
    literals=frozenset(
        {"string", "template_string", "number", "true", "false", "null", "array", "object"}
    ),
    global_prefixes=frozenset({"globalThis", "window", "self", "global"}),
    builtins=frozenset(),
    module_loaders=frozenset({"require"}),
    import_statements=frozenset({"import_statement"}),
    star_imports_bind=False,
    path_join_operators=frozenset(),
    callable_module_imports=True,
    assignments=frozenset({"assignment_expression", "augmented_assignment_expression"}),
    loops=frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"}),
    unawaited_methods_build=True,
    binding_methods=frozenset({"bind"}),
)

SDK_MODULES = TYPESCRIPT.sdk_modules
CONCEPT_BY_TS_NAME = {ts: concept for concept, ts in TYPESCRIPT_SDK_NAMES.items()}
# windmill-client 1.818.0 `StepSuspend`: `super("__step_suspend__")`, then `dispatchInfo`
# and `name` set on it; any other property of it is undefined.
SUSPEND_MESSAGE = "__step_suspend__"
SUSPEND_PROPERTIES = frozenset(
    {"name", "message", "stack", "dispatchInfo", "constructor", "toString"}
)
# What a catch handler may test before rethrowing to let the SDK's suspension through.
SUSPENSION_GUARDS = ("StepSuspend", "isSuspendSignal")

# String methods that give the same text changed (a guard may compare the result).
TEXT_TRANSFORMS: dict[str, Callable[[str], str]] = {
    "toLowerCase": str.lower,
    "toLocaleLowerCase": str.lower,
    "toUpperCase": str.upper,
    "toLocaleUpperCase": str.upper,
    "trim": str.strip,
    "trimStart": str.lstrip,
    "trimEnd": str.rstrip,
}


# expressions that only change the static type of what they wrap (`e as Error`, `e!`)
TYPE_ONLY_WRAPPERS = (
    "parenthesized_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
)
# Where a top-level `task(...)` Windmill's diagram does not draw can stand, and how the
# message says it (windmill-oracle `dag` draws `const x = task(...)` / `let x = ...` only).
# What `TaskDef.undrawn` says of a `task(...)` given more than two arguments.
ARGUMENT_COUNT_UNDRAWN = "given more than two arguments"
UNDRAWN_PLACES = {
    "arguments": "passed to another function",
    "pair": "a member of an object literal",
    "array": "an element of an array literal",
    "expression_statement": "not assigned to a name",
}
WRAPPER_WORDS = {
    "as_expression": "cast with `as`",
    "satisfies_expression": "checked with `satisfies`",
    "non_null_expression": "followed by `!`",
    "parenthesized_expression": "wrapped in parentheses",
    "type_assertion": "cast with `<T>`",
}
# Library functions that chain `.then(...).catch(...)` onto the promise they are given
# (neverthrow: `promise.then((v) => new Ok(v)).catch((e) => new Err(errorFn(e)))`).
PROMISE_CHAINERS = frozenset(
    {"neverthrow.ResultAsync.fromPromise", "neverthrow.fromPromise", "await-to-js"}
)
# Library retry helpers: they catch whatever their callback throws and call it again
# after a delay (p-retry, async-retry, promise-retry, exponential-backoff's `backOff`).
RETRYING_CALLS = frozenset(
    {
        "p-retry",
        "async-retry",
        "promise-retry",
        "exponential-backoff.backOff",
        "ts-retry-promise.retry",
        "@lifeomic/attempt.retry",
        "cockatiel",  # a policy's `execute` (`runs_a_retry_policy`)
    }
)
# Error operators of rxjs and Effect: piped after a source (or, in Effect, given it first)
# they catch its failure, which for a source built on a durable call includes the SDK's
# suspension (rxjs `from(...)` subscribes through the thenable's `then`, which throws it;
# `Effect.tryPromise` turns the rejection into a failure), and replace it with a value or
# subscribe again.
CATCHING_OPERATORS = frozenset(
    {
        f"{module}.{name}"
        for module in ("rxjs", "rxjs/operators")
        for name in ("catchError", "retry", "retryWhen", "onErrorResumeNextWith")
    }
    | {
        f"effect.Effect.{name}"
        for name in (
            "catchAll",
            "catchAllCause",
            "catchSome",
            "catchTag",
            "catchTags",
            "orElse",
            "orElseSucceed",
            "orElseFail",
            "either",
            "option",
            "ignore",
            "exit",
            "match",
            "matchEffect",
            "retry",
            "retryOrElse",
        )
    }
)


from wac_lint.semantic.typescript_scopes import (  # noqa: E402
    SDK_EXPORTS,
    module_name,
    reexports_sdk,
)

# the parameter nodes of a TypeScript `formal_parameters` list
PARAMETERS = ("required_parameter", "optional_parameter")


class TypeScriptFrontEnd(FrontEnd):
    constructor_methods: tuple[str, ...] = ("constructor",)
    _getters: bool | None = None  # `may_define_getters`, once asked (per instance)
    syntax = SYNTAX
    raise_statement = "throw_statement"
    sdk_module = "windmill-client"
    function_methods = True
    gather_names = frozenset({"Promise.all", "Promise.allSettled", "Promise.race", "Promise.any"})
    scope_rules: ScopeRules = TypeScriptScopeRules()
    name_syntax = NAME_SYNTAX
    task_mappers = frozenset({".map", ".flatMap", "Array.from"})
    promise_chainers = frozenset(
        {".then", ".catch", ".finally", ".reduce", ".reduceRight"}
        # concurrency and retry libraries that resolve with their callbacks' promises
        | {"p-map", "p-limit(…)", "p-retry", "async-retry"}
        # p-queue: `queue.add(fn)` / `addAll(fns)` resolve with what the callbacks resolve
        | {"p-queue(…).add", "p-queue(…).addAll"}
    )
    predicate_takers = frozenset(
        {
            ".filter",
            ".some",
            ".every",
            ".find",
            ".findIndex",
            ".findLast",
            ".findLastIndex",
            ".sort",
            ".toSorted",
        }
    )
    # calls whose result holds the awaitables given to them: `Array.from(gen(n))`
    # drains a generator of task calls into an array, which decides their fate
    value_wrappers = frozenset({"Array.from"})
    # calls that look at a value and never await it: `Object.keys(jobs)` /
    # `Object.getOwnPropertyNames(jobs)` list an object's keys, not its values
    inspecting_calls = frozenset(
        {
            "String",
            "Boolean",
            "JSON.stringify",
            "console.log",
            "console.info",
            "console.error",
            "Object.keys",
            "Object.getOwnPropertyNames",
        }
    )

    def returns_bare_thenable(self, node: Node) -> bool:
        """windmill-client 1.818.0: a task / taskScript / taskFlow call in a workflow
        returns `ctx._nextStep(...)`, and `waitForApproval` `ctx._waitForApproval(...)`:
        plain `{ then }` objects (no `catch`, no `finally`) whose `then` throws the
        suspension, or passes on the result or the failure, synchronously. `step`,
        `sleep` and `parallel` are async functions: real Promises."""
        if node.type != "call_expression":
            return False
        callee = self.callee(node)
        sdk = self.resolve_sdk(callee)
        if sdk is not None:
            return sdk[0] == "wait_for_approval"
        name = self.dotted(callee)
        return name is not None and name in self.task_bindings

    def task_thenable(self, node: Node, walker: BodyWalker, scope: Scope) -> bool:
        """`returns_bare_thenable`, also for the calls of a task the walker resolves
        beyond its own name: `say(x)` of `const say = send.bind(null, to)`,
        `HANDLERS[kind](x)`, `send.call(null, x)`; and a `const` name holding such a
        call unawaited (`const p = charge(x)`: `p.catch(...)` is the thenable's)."""
        if node.type == "identifier":
            held = self.held_call(node, scope)
            return held is not None and self.task_thenable(held, walker, scope)
        if self.returns_bare_thenable(node):
            return True
        if node.type != "call_expression":
            return False
        callee = self.callee(node)
        if callee is None:
            return False
        callee = walker.forwarded_function(node, callee, scope) or callee
        return (
            walker.task_of(callee, scope)
            or walker.table_task(callee, scope)
            or walker.partial_task(callee, scope)
            or walker.picked_task(callee, scope)
        ) is not None

    def held_call(self, name: Node, scope: Scope) -> Node | None:
        """The call a `const` name is declared with (`const p = charge(x)`), unawaited."""
        semantic = self.model.semantic
        binding = semantic.lookup(self.text(name), scope) if semantic is not None else None
        if binding is None or binding.rebound or binding.reassigned or binding.member:
            return None
        value = binding.value
        holder = self.model.parent_of(value) if value is not None else None
        if value is None or value.type != "call_expression" or holder is None:
            return None
        declaration = self.model.parent_of(holder)
        if holder.type != "variable_declarator" or declaration is None:
            return None
        kind = declaration.children[0].type if declaration.children else ""
        return value if kind == "const" else None

    def then_of_bare_thenable(
        self, node: Node, walker: BodyWalker, scope: Scope
    ) -> list[Node] | None:
        """The arguments of `task(x).then(...)` (a `then` called on a task call's bare
        thenable, see `returns_bare_thenable`), else None."""
        if node.type != "call_expression":
            return None
        callee = self.callee(node)
        if callee is None or callee.type != "member_expression":
            return None
        prop = callee.child_by_field_name("property")
        receiver = callee.child_by_field_name("object")
        if prop is None or receiver is None or self.text(prop) != "then":
            return None
        if not self.task_thenable(receiver, walker, scope):
            return None
        return self.positional_args(node)

    def is_property_getter(self, function: Node) -> bool:
        return function.type == "method_definition" and any(
            c.type == "get" for c in function.children[:3]
        )

    def may_define_getters(self) -> bool:
        # a class's or an object literal's `get x() {...}`: a method definition either way
        if self._getters is None:
            methods = self.model.node_index.below("method_definition", None)
            # `Object.defineProperty(x, "k", { get: ... })` / `defineProperties` too
            self._getters = (
                any(self.is_property_getter(m) for m in methods)
                or b"efineProper" in self.data
                or self.decorated_auto_accessor()
            )
        return self._getters

    def decorated_auto_accessor(self) -> bool:
        """A class field `@dec accessor x = 0`: a TC39 decorator may put a `get` / `set`
        in place of the auto-accessor."""
        if b"accessor" not in self.data:
            return False
        return any(
            field.type == "public_field_definition"
            and any(c.type == "accessor" for c in field.children)
            and any(c.type == "decorator" for c in field.children)
            for body in self.model.node_index.below("class_body", None)
            for field in body.named_children
        )

    def drops_callback_result(self, call: Node) -> bool:
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return False
        prop = callee.child_by_field_name("property")
        return prop is not None and self.text(prop) == "forEach"

    def __init__(self, model: ScriptModel) -> None:
        super().__init__(model)
        self.sdk_by_local = dict(CONCEPT_BY_TS_NAME)
        self.exported_names: set[str] = set()
        self.default_exported: set[str] = set()  # `const wf = workflow(...); export default wf`
        self._suspension_aliases: frozenset[str] | None = None

    # ---- imports -------------------------------------------------------------
    def collect_imports(self, root: Node) -> None:
        for node in root.named_children:
            if node.type == "import_statement":
                self.import_statement(node)
            elif node.type in ("lexical_declaration", "variable_declaration") and (
                b"require" in self.data[node.start_byte : node.end_byte]
            ):
                for declarator in node.named_children:
                    if declarator.type == "variable_declarator":
                        self.required_sdk(declarator)

    def required_sdk(self, declarator: Node) -> None:
        """`const wm = require("windmill-client")` (the module, as a namespace import) and
        `const { task, workflow: wf } = require("windmill-client")` (names, as named
        imports): Bun loads the SDK the same way, and Windmill's parser reads the names."""
        value = declarator.child_by_field_name("value")
        while value is not None and value.type in ("await_expression", "as_expression"):
            value = value.named_children[0] if value.named_children else None
        if value is None or value.type != "call_expression":
            return
        callee = value.child_by_field_name("function")
        args = self.positional_args(value)
        if callee is None or self.text(callee) != "require" or len(args) != 1:
            return
        if module_name(self.string_value(args[0]) or "") != "windmill-client":
            return
        target = declarator.child_by_field_name("name")
        if target is None:
            return
        if target.type == "identifier":
            self.imports[self.text(target)] = "windmill-client"
            self.add_binding(BindingKind.NAMESPACE, self.text(target), None, None, target)
            return
        if target.type != "object_pattern":
            return
        for item in target.named_children:
            if item.type == "shorthand_property_identifier_pattern":
                name = local = self.text(item)
            elif item.type == "pair_pattern":
                key = item.child_by_field_name("key")
                bound = item.child_by_field_name("value")
                if key is None or bound is None or bound.type != "identifier":
                    continue
                name, local = self.string_value(key) or self.text(key), self.text(bound)
            else:
                continue
            self.imports[local] = f"windmill-client.{name}"
            if name in CONCEPT_BY_TS_NAME:
                kind = BindingKind.EXACT if local == name else BindingKind.ALIASED
                self.add_binding(kind, local, CONCEPT_BY_TS_NAME[name], name, item)

    def import_statement(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        clause = next((c for c in node.named_children if c.type == "import_clause"), None)
        if source is None or clause is None:
            return
        spec = self.string_value(source) or ""
        module = module_name(spec)
        is_sdk = module == "windmill-client"
        if reexports_sdk(spec, self.named_imports(clause)):
            # `import { task, workflow } from "./wac"` where ./wac re-exports
            # windmill-client: Windmill's parser detects the workflow by its name, and at
            # run time the names are the SDK's own functions
            self.import_reexported_sdk(clause, module)
            return
        facade = self.sdk_facade(spec, self.named_imports(clause))
        if facade:
            # `import { task } from "./wac.ts"` in a module of tasks (no `workflow`),
            # where wac.ts re-exports windmill-client's: at run time it is the SDK's own
            self.import_reexported_sdk(clause, module, facade)
            return
        for part in clause.named_children:
            if part.type == "identifier":  # default import
                self.imports[self.text(part)] = module
                if is_sdk:
                    self.add_binding(BindingKind.NAMESPACE, self.text(part), None, None, part)
            elif part.type == "namespace_import":
                ident = next((c for c in part.named_children if c.type == "identifier"), None)
                if ident is not None:
                    self.imports[self.text(ident)] = module
                    if is_sdk or self.facade_namespace(spec, module, self.text(ident)):
                        self.add_binding(BindingKind.NAMESPACE, self.text(ident), None, None, part)
            elif part.type == "named_imports":
                for spec_node in part.named_children:
                    if spec_node.type == "import_specifier":
                        self.import_specifier(spec_node, module, is_sdk)

    def named_imports(self, clause: Node) -> list[str]:
        """The exported names a clause imports by name (`{ task, workflow as wf }`)."""
        out = []
        for part in clause.named_children:
            if part.type == "named_imports":
                for item in part.named_children:
                    name = item.child_by_field_name("name")
                    if item.type == "import_specifier" and name is not None:
                        out.append(self.string_value(name) or self.text(name))
        return out

    def sdk_facade(self, spec: str, names: list[str]) -> frozenset[str]:
        """The SDK names a workspace module the file imports WAC names from re-exports
        (empty for any other import: no file is read for those)."""
        if not spec.startswith(("./", "../", "/f/", "/u/")):
            return frozenset()
        if not any(name in CONCEPT_BY_TS_NAME for name in names):
            return frozenset()
        from wac_lint.workspace.imported import sdk_facade

        found = sdk_facade(self.model, spec)
        if found:
            self.facades[spec] = found
        return found

    def facade_namespace(self, spec: str, module: str, local: str) -> bool:
        """`import * as wac from "/f/platform/wac.ts"` where wac.ts re-exports the SDK's
        WAC names and the file reads one through it (`wac.workflow(...)`): at run time it
        is the SDK's own, reached through a module (WAC002's concern). Read only when the
        file spells such a member."""
        if not spec.startswith(("./", "../", "/f/", "/u/")):
            return False
        if not reads_members(self.data, local, CONCEPT_BY_TS_NAME):
            return False
        from wac_lint.workspace.imported import sdk_facade

        found = sdk_facade(self.model, spec)
        if not any(name in CONCEPT_BY_TS_NAME for name in found):
            return False
        self.facade_modules[module] = found
        return True

    def import_reexported_sdk(
        self, clause: Node, module: str, only: frozenset[str] | None = None
    ) -> None:
        for part in clause.named_children:
            if part.type == "identifier":  # a default import: the local module's own
                self.imports[self.text(part)] = module
            elif part.type == "named_imports":
                for item in part.named_children:
                    if item.type != "import_specifier":
                        continue
                    name = item.child_by_field_name("name")
                    spelled = (self.string_value(name) or self.text(name)) if name else ""
                    sdk = spelled in SDK_EXPORTS and (only is None or spelled in only)
                    self.import_specifier(item, "windmill-client" if sdk else module, sdk)

    def import_specifier(self, node: Node, module: str, is_sdk: bool) -> None:
        name_node = node.child_by_field_name("name")
        alias_node = node.child_by_field_name("alias")
        if name_node is None:
            return
        name = self.string_value(name_node) or self.text(name_node)
        local = self.text(alias_node) if alias_node is not None else name
        self.imports[local] = f"{module}.{name}"
        if is_sdk and name in CONCEPT_BY_TS_NAME:
            kind = BindingKind.EXACT if local == name else BindingKind.ALIASED
            self.add_binding(kind, local, CONCEPT_BY_TS_NAME[name], name, node)

    # ---- definitions -----------------------------------------------------------
    import_parts = frozenset({"import_specifier", "namespace_import", "import_clause"})
    sdk_names_by_concept = TYPESCRIPT_SDK_NAMES

    def collect_top_functions(self, root: Node) -> None:
        self.exported_names = self.export_clause_names(root)
        for stmt in root.named_children:
            decl = (
                stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
            )
            if decl is None:
                continue
            if decl.type in ("function_declaration", "generator_function_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None:
                    self.top_functions.add(self.text(name), decl)
            elif decl.type in ("lexical_declaration", "variable_declaration"):
                for declarator in decl.named_children:
                    value = declarator.child_by_field_name("value")
                    name = declarator.child_by_field_name("name")
                    if value is not None and name is not None and value.type in FUNCTIONS:
                        self.top_functions.add(self.text(name), value)
        self.model.main_function = self.top_function("main") or self.entry_function(root)

    def entry_function(self, root: Node) -> FunctionInfo | None:
        """The function the script exports as its entry without a top-level function
        called `main`: `export { run as main }` of a function of the file, or, when
        nothing of the file is called `main` and it imports `workflow`, the function
        `export default` gives (`export default async function (...) {...}`,
        `export default async (...) =>`, `export default run`)."""
        for local in sorted(self.exported_names - {"main"}):
            info = self.top_function(local)
            if info is not None:
                self.model.main_export = "renamed"
                return info
        if "main" in self.exported_names or self.binds_main(root):
            return None
        if not any(b.concept == "workflow" for b in self.model.bindings):
            # a module that does not import `workflow` is not meant to be one: its default
            # export is a helper other scripts import (windmill-oracle sig: `auto_kind: lib`)
            return None
        for stmt in root.named_children:
            if stmt.type != "export_statement" or not any(
                child.type == "default" for child in stmt.children
            ):
                continue
            value = stmt.child_by_field_name("value") or stmt.child_by_field_name("declaration")
            if value is not None and value.type in FUNCTIONS:
                self.model.main_export = "default"
                return self.function_info(value)
            if value is not None and value.type == "identifier":  # `export default run;`
                self.model.main_export = "renamed"
                return self.top_function(self.text(value))
        return None

    def binds_main(self, root: Node) -> bool:
        """Does a top-level declaration of the file bind the name `main`?"""
        for stmt in root.named_children:
            decl = (
                stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
            )
            if decl is None:
                continue
            if decl.type in ("lexical_declaration", "variable_declaration"):
                for declarator in decl.named_children:
                    name = declarator.child_by_field_name("name")
                    if name is not None and self.text(name) == "main":
                        return True
            else:
                name = decl.child_by_field_name("name")
                if name is not None and self.text(name) == "main":
                    return True
        return False

    def definition_at(self, ref: Node) -> None:
        call = self.model.parent_of(ref)
        if call is None or call.type != "call_expression":
            return
        if call.child_by_field_name("function") != ref:
            return
        concept = self.resolve_sdk(ref)[0]  # type: ignore[index]
        if concept == "workflow":
            self.workflow_call(call, ref, self.exported_names)
        elif concept in TASK_FACTORIES:
            self.task_call(call, ref, concept)

    def export_clause_names(self, root: Node) -> set[str]:
        names: set[str] = set()
        for stmt in root.named_children:
            if stmt.type != "export_statement":
                continue
            value = stmt.child_by_field_name("value")
            if value is not None and value.type == "identifier":
                self.default_exported.add(self.text(value))  # `export default main;`
            for clause in stmt.named_children:
                if clause.type == "export_clause":
                    for spec in clause.named_children:
                        alias = spec.child_by_field_name("alias")
                        local = spec.child_by_field_name("name")
                        if alias is not None and self.text(alias) == "main" and local is not None:
                            names.add(self.text(local))
                        elif local is not None and self.text(local) == "main":
                            names.add("main")
        return names

    def workflow_call(self, call: Node, callee: Node, exported_names: set[str]) -> None:
        args = self.positional_args(call)
        fn_node = args[0] if args else None
        if len(args) > 1 and fn_node is not None and fn_node.type not in FUNCTIONS:
            # `workflow("name", async () => ...)`: WAC005 reports the call (the SDK's
            # workflow(fn) takes one argument); the body is still analysed
            fn_node = next((a for a in args if a.type in FUNCTIONS), fn_node)
        function = None
        if fn_node is not None and fn_node.type in FUNCTIONS:
            function = self.function_info(fn_node)
        elif fn_node is not None and fn_node.type == "identifier":
            function = self.top_function(self.text(fn_node))
        parent = call.parent
        export, binding, exported_from = "other", None, None
        if parent is not None and parent.type == "export_statement":
            export = "export-default"
        elif parent is not None and parent.type == "variable_declarator":
            name = parent.child_by_field_name("name")
            binding = self.text(name) if name is not None else None
            grand = parent.parent.parent if parent.parent is not None else None
            exported = grand is not None and grand.type == "export_statement"
            if binding in exported_names:  # `export { wf as main }`: Bun runs it as main
                if binding != "main":
                    exported_from = binding
                binding, exported = "main", True
            export = "export-const" if exported else "const"
            if not exported and binding in self.default_exported:
                export = "export-default"  # `export default wf`: as `export default workflow(...)`
                if binding != "main":
                    exported_from = binding  # the signature parser looks for `main` by name
        self.model.workflows.append(
            WorkflowEntry(
                function=function,
                marker=Span.of(callee),
                export=export,
                binding_name=binding,
                top_level=self.is_top_level(call),
                arguments_ok=len(args) == 1 and function is not None,
                exported_from=exported_from,
                function_by_name=fn_node is not None and fn_node.type == "identifier",
            )
        )

    def task_call(self, call: Node, callee: Node, kind: str) -> None:
        args = self.positional_args(call)
        path = None
        fn_node = None
        options_node = None
        if kind == "task":
            first = args[0] if args else None
            path = self.string_value(first)
            rest = args[1:] if path is not None else args
            fn_node = rest[0] if rest else None
            options_node = rest[1] if len(rest) > 1 else None
        else:
            path = self.string_value(args[0]) if args else None
            options_node = args[1] if len(args) > 1 else None
        function = None
        fn_name = ""
        if fn_node is not None and fn_node.type in FUNCTIONS:
            function = self.function_info(fn_node)
            fn_name = function.name or ""  # an anonymous function argument has name ""
        elif fn_node is not None and fn_node.type == "identifier":
            fn_name = self.text(fn_node)
            function = self.top_function(fn_name)
        path_without_function = False
        if kind == "task":
            step_name = fn_name or path or None  # the SDK: fn.name || taskPath
            # task("f/x", {...}): the SDK calls the options object as the function
            path_without_function = path is not None and (
                fn_node is None or fn_node.type in ("object", "string", "template_string")
            )
        else:
            step_name = (path.split("/")[-1] or path) if path is not None else None
        wraps = None
        if kind == "task" and fn_node is not None and fn_node.type == "identifier":
            if function is not None and function.top_level:
                wraps = fn_name
        binding = None
        parent = call.parent
        undrawn = None
        wrapped = parent
        while wrapped is not None and wrapped.type in TYPE_ONLY_WRAPPERS:
            wrapped = wrapped.parent  # `task(...) as T`: the SDK's task all the same
        if wrapped is not None and wrapped.type == "variable_declarator":
            name = wrapped.child_by_field_name("name")
            binding = self.text(name) if name is not None and name.type == "identifier" else None
            if binding is None:
                undrawn = "destructured"
            elif wrapped is not parent:
                outer = wrapped.child_by_field_name("value")
                undrawn = WRAPPER_WORDS.get(outer.type if outer is not None else "", "wrapped")
        elif wrapped is not None:
            undrawn = UNDRAWN_PLACES.get(wrapped.type, "not assigned to a `const` of its own")
        if (
            undrawn is None
            and b"namespace" in self.model.source.data
            and any(
                a.type in ("internal_module", "module")
                for a in self.model.ancestor_walk().ancestors(call)
            )
        ):
            # `namespace Tools { export const search = task(...) }`: TypeScript compiles a
            # namespace to a function, and Windmill's parser does not look inside it
            # (windmill-oracle `dag`)
            undrawn = "inside a `namespace` (compiled to a function)"
        if undrawn is None and kind == "task" and len(args) > 2:
            # `task("f/x", fn, { timeout: 60 })`: Windmill's parser collects a `task(...)`
            # of one or two arguments only (windmill-oracle `dag`)
            undrawn = ARGUMENT_COUNT_UNDRAWN
        default_export = (
            wrapped is not None
            and wrapped.type == "export_statement"
            and any(c.type == "default" for c in wrapped.children)
        )
        task = TaskDef(
            kind=TaskKind(kind),
            default_export=default_export,
            wraps=wraps,
            path_without_function=path_without_function,
            binding=binding,
            step_name=step_name,
            path=path,
            options=self.object_options(options_node),
            span=Span.of(callee),
            node=call,
            top_level=self.is_top_level(call),
            function=function,
            inside_workflow=self.inside_workflow(call),
            undrawn=undrawn,
        )
        self.model.tasks.append(task)
        if binding and task.top_level:
            self.task_bindings[binding] = task

    def inside_workflow(self, node: Node) -> bool:
        fns = {wf.function.node for wf in self.model.workflows if wf.function is not None}
        # workflows are found in source order; a task inside one is seen after it
        return any(fn in fns for fn in self.enclosing_functions(node))

    def object_options(self, node: Node | None) -> dict[str, str]:
        result: dict[str, str] = {}
        if node is None or node.type != "object":
            return result
        for pair in node.named_children:
            if pair.type == "pair":
                key = pair.child_by_field_name("key")
                value = pair.child_by_field_name("value")
                if key is not None and value is not None:
                    result[self.string_value(key) or self.text(key)] = self.text(value)
            elif pair.type == "shorthand_property_identifier":
                result[self.text(pair)] = self.text(pair)
        return result

    # ---- syntax hooks ------------------------------------------------------------
    def positional_args(self, call: Node) -> list[Node]:
        args = call.child_by_field_name("arguments")
        if args is None or args.type != "arguments":
            return []
        return [a for a in args.named_children if a.type != "comment"]

    def keyword_arg(self, call: Node | None, name: str) -> Node | None:
        if call is None:
            return None
        for arg in self.positional_args(call):
            if arg.type != "object":
                continue
            for pair in arg.named_children:
                if pair.type == "pair":
                    key = pair.child_by_field_name("key")
                    if key is not None and (self.string_value(key) or self.text(key)) == name:
                        return pair.child_by_field_name("value")
                elif pair.type == "shorthand_property_identifier" and self.text(pair) == name:
                    return pair
        return None

    def function_info(self, node: Node) -> FunctionInfo:
        params: list[Param] = []
        plist = node.child_by_field_name("parameters")
        single = node.child_by_field_name("parameter")  # `x => ...`
        if plist is not None:
            params = [self.param(p) for p in plist.named_children if p.type != "comment"]
        elif single is not None:
            params = [Param(self.text(single), Span.of(single))]
        is_async = any(c.type == "async" for c in node.children[:3])
        is_generator = node.type in ("generator_function", "generator_function_declaration")
        return self.make_function_info(node, params, is_async, is_generator)

    def param(self, node: Node) -> Param:
        pattern = node.child_by_field_name("pattern") or node
        annotation = node.child_by_field_name("type")
        default = node.child_by_field_name("value")
        ann = self.text(annotation).lstrip(":").strip() if annotation is not None else None
        rest = pattern.type == "rest_pattern"
        return Param(
            name=self.text(pattern).removeprefix("..."),
            span=Span.of(node),
            annotation=ann,
            default=self.text(default) if default is not None else None,
            kind=ParamKind.VAR_POSITIONAL if rest else ParamKind.PLAIN,
            optional=node.type == "optional_parameter",
        )

    def string_value(self, node: Node | None) -> str | None:
        if node is None:
            return None
        if node.type == "string":
            return "".join(
                self.text(c)
                for c in node.named_children
                if c.type in ("string_fragment", "escape_sequence")
            )
        if node.type == "template_string":
            if any(c.type == "template_substitution" for c in node.named_children):
                return None
            return "".join(self.text(c) for c in node.named_children)
        return None

    def runs_a_retry_policy(self, callee: Node, walker: BodyWalker, scope: Scope) -> bool:
        """`policy.execute(fn)` where `policy` is bound once to a policy cockatiel builds
        (`retry(handleAll, ...)`, `wrap(...)`): it catches what `fn` throws and runs it
        again."""
        if callee.type != "member_expression":
            return False
        prop = callee.child_by_field_name("property")
        obj = callee.child_by_field_name("object")
        if prop is None or obj is None or self.text(prop) != "execute":
            return False
        if obj.type != "identifier":
            return False
        binding = walker.semantic.resolve(obj, scope)
        value = binding.assigned_value if binding is not None else None
        maker = value.child_by_field_name("function") if value is not None else None
        if value is None or value.type != "call_expression" or maker is None:
            return False
        made_by = self.qualname(maker, binding.scope if binding is not None else scope)
        return made_by is not None and made_by.startswith("cockatiel.")

    def catching_operator(
        self, node: Node, library: str | None, walker: BodyWalker, scope: Scope
    ) -> Node | None:
        """The callee of an error operator (CATCHING_OPERATORS) that catches the failure
        of a durable call: `source.pipe(..., catchError(f))` on a source that holds one,
        or Effect's data-first `Effect.catchAll(program, f)`."""
        callee = node.child_by_field_name("function")
        args = self.positional_args(node)
        if library in CATCHING_OPERATORS and len(args) >= 2 and callee is not None:
            return callee if walker.holds_durable(args[0], scope) else None
        if callee is None or callee.type != "member_expression":
            return None
        prop = callee.child_by_field_name("property")
        receiver = callee.child_by_field_name("object")
        if prop is None or receiver is None or self.text(prop) != "pipe":
            return None
        for arg in args:
            op = arg.child_by_field_name("function") if arg.type == "call_expression" else None
            if op is not None and self.qualname(op, scope) in CATCHING_OPERATORS:
                return op if walker.holds_durable(receiver, scope) else None
        return None

    def handler_of(
        self, node: Node, walker: BodyWalker, scope: Scope, chain: tuple[str, ...]
    ) -> list[ExceptionHandler]:
        if node.type == "try_statement":
            clause = node.child_by_field_name("handler")
            body = node.child_by_field_name("body")
            if clause is None:
                return []
            param = clause.child_by_field_name("parameter")
            block = clause.child_by_field_name("body")
            head_end = param.next_sibling if param is not None else clause.children[0]
            rethrow, note = self.rethrow_of(param, block, walker, scope)
            entry = None
            if (
                param is not None
                and block is not None
                and rethrow in (Rethrow.NEVER, Rethrow.AFTER_DURABLE)
            ):
                found = self.suspension_entry(list(block.named_children), self.text(param))
                entry = tuple(found) if found is not None else None
            return [
                ExceptionHandler(
                    kind=HandlerKind.CATCH,
                    node=clause,
                    span=Span.between(clause, head_end or clause),
                    rethrow=rethrow,
                    note=note,
                    entry=entry,
                    protects_durable=body is not None and walker.guards_durable(body, scope),
                    chain=chain,
                )
            ]
        callee = node.child_by_field_name("function")
        library = self.qualname(callee, scope) if callee is not None else None
        if callee is not None and self.runs_a_retry_policy(callee, walker, scope):
            library = "cockatiel"  # `policy.execute(fn)` of a cockatiel policy
        if callee is not None and library in PROMISE_CHAINERS | RETRYING_CALLS:
            given = self.positional_args(node)
            first = given[0] if given else None
            while first is not None and first.type in ("parenthesized_expression", "as_expression"):
                first = first.named_children[0] if first.named_children else None
            kind = None
            if first is None:
                pass
            elif library in RETRYING_CALLS:
                if first.type in FUNCTIONS and walker.holds_durable(first, scope):
                    kind = HandlerKind.RETRYING_CALL
            elif self.task_thenable(first, walker, scope):
                # its `.then(...)` returns no Promise: `.catch` is then called on a value
                kind = HandlerKind.THENABLE_METHOD
            elif walker.holds_durable(first, scope):
                kind = HandlerKind.SETTLING_CALL  # a step / sleep / parallel: a Promise
            if kind is not None:
                return [
                    ExceptionHandler(
                        kind=kind,
                        node=node,
                        span=Span.of(callee),
                        rethrow=Rethrow.NEVER,
                        protects_durable=True,
                        chain=chain,
                    )
                ]
        operator = self.catching_operator(node, library, walker, scope)
        if operator is not None:
            return [
                ExceptionHandler(
                    kind=HandlerKind.CATCHING_OPERATOR,
                    node=node,
                    span=Span.of(operator),
                    rethrow=Rethrow.NEVER,
                    protects_durable=True,
                    chain=chain,
                )
            ]
        if callee is None or callee.type != "member_expression":
            return []
        prop = callee.child_by_field_name("property")
        receiver = callee.child_by_field_name("object")
        if prop is None or receiver is None:
            return []
        method = self.text(prop)
        args = self.positional_args(node)
        if method == "allSettled" and self.qualname(callee, scope) == "Promise.allSettled":
            holder = node.child_by_field_name("arguments")
            return [
                ExceptionHandler(
                    kind=HandlerKind.ALL_SETTLED,
                    node=node,
                    span=Span.of(callee),
                    rethrow=Rethrow.NEVER,
                    protects_durable=holder is not None and walker.flows_durable(holder, scope),
                    chain=chain,
                )
            ]
        then_on = (
            self.then_of_bare_thenable(receiver, walker, scope)
            if method in ("catch", "finally")
            else None
        )
        if then_on is not None:
            # `task(x).then(fn).catch(h)`: the bare `{ then }` throws the suspension (or
            # the task's failure) out of `.then` itself, and hands back what `fn` returns
            fn = then_on[0] if then_on else None
            if (
                fn is not None
                and fn.type in FUNCTIONS
                and any(c.type == "async" for c in fn.children[:2])
            ):
                return []  # an async `fn`'s Promise: `.catch` sees only `fn`'s own errors
            return [
                ExceptionHandler(
                    kind=HandlerKind.THEN_RESULT_METHOD,
                    node=node,
                    span=Span.of(prop),
                    rethrow=Rethrow.NEVER,
                    protects_durable=True,
                    chain=chain,
                )
            ]
        if method in ("catch", "finally") and self.task_thenable(receiver, walker, scope):
            return [
                ExceptionHandler(
                    kind=HandlerKind.THENABLE_METHOD,
                    node=node,
                    span=Span.of(prop),
                    rethrow=Rethrow.NEVER,
                    protects_durable=True,
                    chain=chain,
                )
            ]
        if method == "catch":
            handler = args[0] if args else None
        elif method == "then" and len(args) > 1 and not self.task_thenable(receiver, walker, scope):
            handler = args[1]
        else:
            return []
        rethrow, note = Rethrow.NEVER, None
        if handler is not None and handler.type in FUNCTIONS:
            param_node = handler.child_by_field_name("parameter")
            plist = handler.child_by_field_name("parameters")
            if param_node is None and plist is not None and plist.named_children:
                first = plist.named_children[0]
                param_node = first.child_by_field_name("pattern") or first
            rethrow, note = self.rethrow_of(
                param_node, handler.child_by_field_name("body"), walker, scope
            )
        return [
            ExceptionHandler(
                kind=HandlerKind.PROMISE_CATCH,
                node=node,
                span=Span.of(prop),
                rethrow=rethrow,
                note=note,
                # also through a name inside a call: `Promise.all(jobs).catch(...)` of
                # `jobs` holding task calls, `Promise.resolve(p).catch(...)` of a helper's
                # parameter the body hands a task call to (a name itself, `p.catch(...)`,
                # may hold a task's bare `{ then }`, which has no `catch` at all)
                protects_durable=(
                    (
                        walker.holds_durable(receiver, scope)
                        or self.promise_handed_in(receiver, walker, scope)
                    )
                    if receiver.type in self.syntax.identifier
                    else walker.flows_durable(receiver, scope)
                ),
                chain=chain,
            )
        ]

    # Calls that give back a real Promise (with `.catch`), not the bare `{ then }` of a
    # task call: the Promise statics, and the SDK's async functions.
    PROMISE_MAKERS = frozenset({"Promise.all", "Promise.race", "Promise.any", "Promise.resolve"})

    def promise_handed_in(self, name: Node, walker: BodyWalker, scope: Scope) -> bool:
        """`p.catch(...)` in a helper where `p` is a parameter and the body's call of the
        helper gives it a Promise over durable calls (`orDefault(Promise.all(xs.map(t)),
        [])`, `orDefault(step("a", fn), null)`): the handler sees their suspension. A task
        call given as it is has no `catch` (its bare `{ then }`): not this. The answer
        depends on the call: the handler is judged again at the helper's other calls."""
        job = walker.current_job
        binding = self.semantic.resolve(name, scope)
        if job is None or not walker.params_durable or binding is None:
            return False
        if binding.kind != NameKind.PARAMETER or binding.scope.node.id != job.function.id:
            return False
        if len(job.chain) != 1:
            return False  # reached through another helper: its call is not the body's
        member = name.parent
        handler = member.parent if member is not None else None
        if handler is not None:
            walker.site_bound_handlers[handler.id] = (job.function, binding.name)
        return self.promise_argument(job.function, binding.name, job.site, walker)

    def promise_argument(self, function: Node, param: str, site: Span, walker: BodyWalker) -> bool:
        """The call of `function` at `site` gives its parameter `param` a Promise over
        durable calls (`Promise.all([...])`, `step(...)`), not a task's bare thenable."""
        call = self.model.tree.root_node.descendant_for_byte_range(site.start_byte, site.end_byte)
        while call is not None and call.type != "call_expression":
            call = call.parent
        params = [p.name for p in self.function_info(function).params]
        if call is None or param not in params:
            return False
        args = self.positional_args(call)
        index = params.index(param)
        if index >= len(args):
            return False
        arg = args[index]
        while arg.type in ("as_expression", "parenthesized_expression", "satisfies_expression"):
            arg = arg.named_children[0]
        if arg.type != "call_expression":
            return False
        callee = self.callee(arg)
        outer = self.semantic.scope_at(arg)
        qual = self.qualname(callee, outer) if callee is not None else None
        sdk = self.resolve_sdk(callee, outer) if callee is not None else None
        maker = qual in self.PROMISE_MAKERS or (
            sdk is not None and sdk[0] in ("step", "sleep", "parallel")
        )
        return maker and walker.flows_durable(arg, outer)

    def rethrow_of(
        self, param: Node | None, block: Node | None, walker: BodyWalker, scope: Scope
    ) -> tuple[Rethrow, str | None]:
        """Does the handler rethrow what it caught, and before doing anything durable?
        (With how it swallows the suspension on one path only, for the message.)

        Accepted: `throw e` before any durable call; a first guard that rethrows the
        suspension (`if (e?.name === "StepSuspend") throw e`, `isSuspendSignal(e)`);
        a guard that rethrows all it does not recognise (`if (!(e instanceof X))
        throw e`, `if (e?.name !== "TaskError") throw e`): StepSuspend is neither.
        """
        if param is None or block is None or block.type != "statement_block":
            return Rethrow.NEVER, None
        return self.handler_verdict(block, self.text(param), walker, scope)

    def suspension_aliases(self) -> frozenset[str]:
        """Local names of windmill-client's `StepSuspend` imported under another name
        (`import { StepSuspend as Suspend }`: not a WAC name, so the alias is fine)."""
        found = self._suspension_aliases
        if found is None:
            found = self._suspension_aliases = frozenset(
                local
                for local, qualified in self.imports.items()
                if qualified == "windmill-client.StepSuspend" and local != "StepSuspend"
            )
        return found

    def names_suspension_guard(self, text: str) -> bool:
        """`text` spells the suspension's class or a guard for it, by its own name or
        by the local name its import gave it."""
        if any(g in text for g in SUSPENSION_GUARDS):
            return True
        return any(
            re.search(rf"(?<![\w$]){re.escape(alias)}(?![\w$])", text)
            for alias in self.suspension_aliases()
        )

    def passes_suspension(self, condition: Node, name: str | None) -> bool:
        if name is None:
            return False
        condition = self.without_parentheses(condition)
        if self.either_operand_passes(condition, name):
            return True
        op = condition.child_by_field_name("operator")
        if condition.type == "binary_expression" and op is not None and self.text(op) == "&&":
            # `a && b` is read whole (`e instanceof Error && e.name === "StepSuspend"`):
            # true for the suspension when every operand is: the name test, and the
            # checks any thrown Error passes (`e !== null`, `typeof e === "object"`,
            # `e instanceof Error`)
            operands = self.and_operands(condition)
            tests = [o for o in operands if not self.true_for_suspension(o, name)]
            return len(tests) == 1 and self.passes_suspension(tests[0], name)
        text = self.text(condition)
        if condition.type == "unary_expression" and text.startswith("!"):
            inner = condition.child_by_field_name("argument")
            while inner is not None and inner.type == "parenthesized_expression":
                inner = inner.named_children[0] if inner.named_children else None
            if inner is None:
                return False
            negated = self.text_test(inner, name)
            if negated is not None:
                # `!e.message.startsWith("__step")`: false for it; read before the
                # spelling, since `!e.message.startsWith("StepSuspend")` is true for it
                return not negated
            if self.names_suspension_guard(self.text(inner)):
                return False  # `!isSuspendSignal(e)`: rethrows everything else
            if self.false_for_suspension(inner, name):
                return True  # `!(e instanceof Error && e.name === "TaskError")`
            if self.error_tag_test(inner, name):
                return False  # `!Error.isError(e)`: rethrows only what is no Error
            if inner.type == "binary_expression":
                right = inner.child_by_field_name("right")
                op = inner.child_by_field_name("operator")
                if op is not None and self.text(op) == "instanceof" and right is not None:
                    return self.text(right) not in ("Error", "Object")
                return False
            return inner.type == "call_expression"  # `!isTaskError(e)`
        tested = self.text_test(condition, name)
        if tested is not None:
            # a test of the caught error's message / name / string is read for what it
            # is, whatever it names: `e.message.startsWith("StepSuspend")` is false for
            # the suspension (its message is "__step_suspend__"), `e.name === ...` true
            return tested
        if self.names_suspension_guard(text):
            return "!==" not in text and "!=" not in text
        if self.suspension_field(condition, name, "dispatchInfo") or self.has_own_field_test(
            condition, name
        ):
            return True  # `if (e.dispatchInfo) throw e`: only the suspension carries one
        if self.text_test(condition, name):
            return True  # `String(e).includes("__step_suspend__")`: true of its text
        if condition.type == "binary_expression":
            op = condition.child_by_field_name("operator")
            left = condition.child_by_field_name("left")
            right = condition.child_by_field_name("right")
            if op is None or left is None or right is None:
                return False
            if self.text(op) in ("===", "=="):
                # `e.message === "__step_suspend__"`: the suspension's own message
                for field, value in ((left, right), (right, left)):
                    if self.string_value(value) == SUSPEND_MESSAGE and self.suspension_field(
                        field, name, "message"
                    ):
                        return True
            if self.text(op) in ("!==", "!=") and self.own_value_test(left, right, name):
                return False  # `e.name !== "StepSuspend"`: false for the suspension itself
            if self.text(op) in ("!==", "!=") and self.string_value(right) is not None:
                return self.text(left).replace("?", "").startswith(
                    name + "."
                ) or self.reads_field_of(left, name)
        return False

    def own_value_test(self, left: Node, right: Node, caught: str) -> bool:
        """One side reads the caught error's `name` / `message` and the other is the
        suspension's own value there (`"StepSuspend"`, its fixed message), either order."""
        for field, value in ((left, right), (right, left)):
            text = self.string_value(value)
            if text == "StepSuspend" and self.suspension_field(field, caught, "name"):
                return True
            if text == SUSPEND_MESSAGE and self.suspension_field(field, caught, "message"):
                return True
        return False

    def suspension_field(self, node: Node, caught: str, field: str) -> bool:
        """`e.field` / `e?.field` / `(e as any).field` of the caught value."""
        node = self.without_parentheses(node)
        if node.type != "member_expression":
            return False
        prop = node.child_by_field_name("property")
        return prop is not None and self.text(prop) == field and self.reads_field_of(node, caught)

    def reads_field_of(self, node: Node, caught: str) -> bool:
        """`(e as TaskFailure)?.name`, `(<any>e).name`, `e!.name`: a field of the caught
        value read through type-only wrappers."""
        if node.type != "member_expression":
            return False
        return self.is_caught(node.child_by_field_name("object"), caught)

    def is_caught(self, node: Node | None, caught: str, depth: int = 0) -> bool:
        """The caught value itself, through type-only wrappers (`e as any`, `<any>e`,
        `e!`, parentheses), or a name the handler binds once to it (`const error = err
        as Error`, then `error.message`)."""
        while (
            node is not None
            and node.type in TYPE_ONLY_WRAPPERS  # parentheses included
            and node.named_children
        ):
            # `<any>e`: the type comes first, the value last
            node = node.named_children[-1 if node.type == "type_assertion" else 0]
        if node is None or node.type != "identifier":
            return False
        name = self.text(node)
        if name == caught:
            return True
        bound = self.error_values.get(name)
        return bound is not None and depth < 4 and self.is_caught(bound, caught, depth + 1)

    def has_own_field_test(self, condition: Node, caught: str) -> bool:
        """`"dispatchInfo" in e`, `e.dispatchInfo !== undefined` (`!= null`): only the
        suspension carries that field (StepSuspend's constructor sets it to the dispatch
        record; no other error of the SDK or the platform has one)."""
        if condition.type != "binary_expression":
            return False
        op = condition.child_by_field_name("operator")
        left = condition.child_by_field_name("left")
        right = condition.child_by_field_name("right")
        if op is None or left is None or right is None:
            return False
        if self.text(op) in ("!==", "!="):
            for field, other in ((left, right), (right, left)):
                if self.without_parentheses(other).type in ("undefined", "null") and (
                    self.suspension_field(field, caught, "dispatchInfo")
                ):
                    return True  # the suspension's is an object: neither
            return False
        return (
            self.text(op) == "in"
            and self.string_value(left) == "dispatchInfo"
            and self.is_caught(right, caught)
        )

    def alias_of(self, stmt: Node, caught: str | None) -> str | None:
        if caught is None or stmt.type not in ("lexical_declaration", "variable_declaration"):
            return None
        declarators = [c for c in stmt.named_children if c.type == "variable_declarator"]
        if len(declarators) != 1:
            return None
        name = declarators[0].child_by_field_name("name")
        value = declarators[0].child_by_field_name("value")
        while value is not None and value.type in TYPE_ONLY_WRAPPERS and value.named_children:
            value = value.named_children[0]
        if name is None or name.type != "identifier" or value is None:
            return None
        return (
            self.text(name) if value.type == "identifier" and self.text(value) == caught else None
        )

    def switch_rethrows(self, stmt: Node, caught: str | None) -> bool:
        """`switch ((e as Error).name) { case "TaskError": ...; default: throw e; }`:
        StepSuspend's name matches no case label but its own, so it reaches the clause
        for "StepSuspend" or the default; either must begin by rethrowing."""
        if caught is None or stmt.type != "switch_statement":
            return False
        subject = stmt.child_by_field_name("value")
        body = stmt.child_by_field_name("body")
        while subject is not None and subject.type in TYPE_ONLY_WRAPPERS and subject.named_children:
            subject = subject.named_children[0]
        if subject is None or body is None or subject.type != "member_expression":
            return False
        obj = subject.child_by_field_name("object")
        prop = subject.child_by_field_name("property")
        while obj is not None and obj.type in TYPE_ONLY_WRAPPERS and obj.named_children:
            obj = obj.named_children[0]
        if obj is None or prop is None or self.text(obj) != caught or self.text(prop) != "name":
            return False
        clauses = [c for c in body.named_children if c.type in ("switch_case", "switch_default")]
        labels = [c.child_by_field_name("value") for c in clauses]
        own = [
            i
            for i, v in enumerate(labels)
            if v is not None and self.string_value(v) == "StepSuspend"
        ]
        default = [i for i, c in enumerate(clauses) if c.type == "switch_default"]
        if not own and not default:
            return False
        chosen = (own or default)[0]
        # fall through empty clauses to the first one with statements
        for clause in clauses[chosen:]:
            label = clause.child_by_field_name("value")
            stmts = [c for c in clause.named_children if c.type != "comment" and c != label]
            if stmts:
                return self.starts_with_raise(stmts[0], caught)
        return False

    def switch_path(self, stmt: Node, caught: str | None, after: list[Node]) -> list[Node] | None:
        if caught is None or stmt.type != "switch_statement":
            return None
        subject = stmt.child_by_field_name("value")
        body = stmt.child_by_field_name("body")
        if (
            subject is None
            or body is None
            or self.text(self.without_parentheses(subject)) != "true"
        ):
            return None
        clauses = [c for c in body.named_children if c.type in ("switch_case", "switch_default")]
        for start, clause in enumerate(clauses):
            if clause.type == "switch_case":
                test = clause.child_by_field_name("value")
                truth = self.suspension_truth(test, caught) if test is not None else None
                if truth is None and test is not None and self.tests_error(test):
                    truth = False  # a test of the error we cannot read: not its own
                if truth is None:
                    return None
                if not truth:
                    continue
            path: list[Node] = []
            for taken in clauses[start:]:
                label = taken.child_by_field_name("value")
                for child in taken.named_children:
                    if child.type == "comment" or (label is not None and child.id == label.id):
                        continue
                    if child.type == "break_statement" and not child.named_children:
                        return path + after  # leaves the switch
                    path.append(child)
            return path + after
        return after  # no clause for it: past the switch

    def false_for_suspension(self, condition: Node, caught: str | None) -> bool:
        if caught is None:
            return False
        while condition.type == "parenthesized_expression" and condition.named_child_count == 1:
            condition = condition.named_children[0]
        if self.missing_property(condition, caught) or self.message_test_fails(condition, caught):
            return True  # `if (e.fatal)`, `if (e.message.includes("quota"))`
        if condition.type != "binary_expression":
            return False
        op = condition.child_by_field_name("operator")
        left = condition.child_by_field_name("left")
        right = condition.child_by_field_name("right")
        if op is None or left is None or right is None:
            return False
        operator = self.text(op)
        if operator == "&&":
            return self.false_for_suspension(left, caught) or self.false_for_suspension(
                right, caught
            )
        if operator == "||":
            return self.false_for_suspension(left, caught) and self.false_for_suspension(
                right, caught
            )
        if operator == "instanceof":
            return (
                self.text(left) == caught
                and self.text(right) not in ("Error", "Object", "StepSuspend")
                and self.text(right) not in self.suspension_aliases()
            )
        if operator in ("!==", "!=") and self.own_value_test(left, right, caught):
            return True  # `e.name !== "StepSuspend"`: the suspension is named so
        if operator in ("===", "=="):
            value = self.string_value(right)
            subject = self.text(left).replace("?", "")
            if value is not None and value != "StepSuspend" and subject == f"{caught}.name":
                return True
        if operator in ("===", "==", ">", ">=", "<", "<="):
            # `e.status === 429`, `e.code == "ECONNRESET"`, `e.status >= 500`: a property
            # StepSuspend does not have is undefined, equal to no literal, ordered
            # against no number; `e.message === "x"` compares its fixed message
            return any(
                self.missing_property(side, caught) and self.defined_literal(other)
                for side, other in ((left, right), (right, left))
            ) or self.message_test_fails(condition, caught)
        return False

    def missing_property(self, node: Node, caught: str) -> bool:
        """`e.status` / `e?.response?.status`: a read, off the caught error, of a property
        windmill-client 1.818.0's StepSuspend does not have (it is an Error whose own
        properties are `message`, `stack`, `name` and `dispatchInfo`): undefined."""
        node = self.without_parentheses(node)
        if node.type != "member_expression":
            return False
        while node.type == "member_expression":
            obj = node.child_by_field_name("object")
            prop = node.child_by_field_name("property")
            if obj is None or prop is None:
                return False
            obj = self.without_parentheses(obj)
            if self.is_caught(obj, caught):  # `e`, `(e as any)`, `e!`
                return self.text(prop) not in SUSPEND_PROPERTIES
            if obj.type == "identifier":
                return False
            node = obj
        return False

    def defined_literal(self, node: Node) -> bool:
        """A number or string literal (not `undefined` / `null`)."""
        return self.without_parentheses(node).type in ("number", "string", "template_string")

    def message_test_fails(self, condition: Node, caught: str) -> bool:
        """`e.message === "x"` / `e.message.includes("x")` (also `startsWith`,
        `endsWith`): false for StepSuspend, whose message is `SUSPEND_MESSAGE`."""
        return self.text_test(condition, caught) is False

    def text_test(self, condition: Node, caught: str) -> bool | None:
        """What a test of the caught error's text is for StepSuspend: `e.message ===
        "x"`, `e.message.includes("x")` / `startsWith` / `endsWith`, the same of
        `e.name` or of `String(e)` / `e.toString()` ("StepSuspend: __step_suspend__");
        None when the test is not one of these."""
        condition = self.without_parentheses(condition)
        subject: Node | None = None
        value: str | None = None
        test = None
        if condition.type == "binary_expression":
            op = condition.child_by_field_name("operator")
            subject = condition.child_by_field_name("left")
            right = condition.child_by_field_name("right")
            if op is None or self.text(op) not in ("===", "==") or right is None:
                return None
            value, test = self.string_value(right), "equals"
        elif condition.type == "call_expression":
            callee = condition.child_by_field_name("function")
            args = self.positional_args(condition)
            if callee is None or callee.type != "member_expression" or len(args) != 1:
                return None
            method = callee.child_by_field_name("property")
            subject = callee.child_by_field_name("object")
            test = self.text(method) if method is not None else None
            if subject is not None:
                # `/suspend/i.test(e.name)`, `e.message.match(/__step/)`: the pattern
                # tried on the suspension's own text
                pattern, read = (subject, args[0]) if test == "test" else (args[0], subject)
                if test in ("test", "match") and self.without_parentheses(pattern).type == "regex":
                    text = self.suspension_text(read, caught)
                    if text is None:
                        return None
                    return regex_matches(self.without_parentheses(pattern), text)
            value = self.string_value(args[0])
        if subject is None or value is None:
            return None
        text = self.suspension_text(subject, caught)
        if text is None:
            return None
        if test == "equals":
            return value == text
        if test == "includes":
            return value in text
        if test == "startsWith":
            return text.startswith(value)
        if test == "endsWith":
            return text.endswith(value)
        return None

    def suspension_text(self, node: Node, caught: str) -> str | None:
        """The text `node` has when the caught error is StepSuspend: its `message`, its
        `name`, or the error as a string (`String(e)`, `e.toString()`: "name: message")."""
        return self._suspension_text(node, caught, 0)

    def _suspension_text(self, node: Node, caught: str, depth: int) -> str | None:
        node = self.without_parentheses(node)
        if self.suspension_field(node, caught, "message"):
            return SUSPEND_MESSAGE
        if self.suspension_field(node, caught, "name"):
            return "StepSuspend"
        if depth > 4:
            return None
        if node.type == "identifier" and self.text(node) in self.error_values:
            # `const msg = e instanceof Error ? e.message : String(e)`, then `msg`
            return self._suspension_text(self.error_values[self.text(node)], caught, depth + 1)
        if node.type == "ternary_expression":
            condition = node.child_by_field_name("condition")
            truth = self.suspension_truth(condition, caught) if condition is not None else None
            if truth is None:
                return None
            branch = node.child_by_field_name("consequence" if truth else "alternative")
            return self._suspension_text(branch, caught, depth + 1) if branch else None
        if node.type == "binary_expression":
            op = node.child_by_field_name("operator")
            left = node.child_by_field_name("left")
            if op is not None and self.text(op) in ("??", "||") and left is not None:
                # `e?.message ?? "unknown"`: the suspension's message is a non-empty string
                return self._suspension_text(left, caught, depth + 1) or None
            return None
        if node.type != "call_expression":
            return None
        callee = node.child_by_field_name("function")
        args = self.positional_args(node)
        if callee is None:
            return None
        if callee.type == "identifier" and self.text(callee) == "String" and len(args) == 1:
            if self.is_caught(args[0], caught):
                return f"StepSuspend: {SUSPEND_MESSAGE}"
            return self._suspension_text(args[0], caught, depth + 1)
        method = callee.child_by_field_name("property")
        if (
            callee.type == "member_expression"
            and method is not None
            and self.text(method) == "toString"
            and not args
            and self.is_caught(callee.child_by_field_name("object"), caught)
        ):
            return f"StepSuspend: {SUSPEND_MESSAGE}"
        transform = TEXT_TRANSFORMS.get(self.text(method)) if method is not None else None
        if callee.type == "member_expression" and transform is not None and not args:
            # `String(e).toLowerCase()`, `e.message.trim()`: the same text, changed
            inner = callee.child_by_field_name("object")
            text = self._suspension_text(inner, caught, depth + 1) if inner else None
            return transform(text) if text is not None else None
        return None

    def and_operands(self, node: Node) -> list[Node]:
        while node.type == "parenthesized_expression" and node.named_child_count == 1:
            node = node.named_children[0]
        op = node.child_by_field_name("operator") if node.type == "binary_expression" else None
        if op is None or self.text(op) != "&&":
            return [node]
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None:
            return [node]
        return self.and_operands(left) + self.and_operands(right)

    def holds_for_suspension(self, condition: Node, caught: str | None) -> bool:
        return caught is not None and all(
            self.true_for_suspension(o, caught) for o in self.and_operands(condition)
        )

    def true_for_suspension(self, node: Node, name: str) -> bool:
        """A test the suspension passes that tells nothing about it: one every thrown
        `Error` passes, or the truth of a field StepSuspend always fills (`e.message`,
        `e?.name`, `(e as Error).stack`: non-empty strings, "__step_suspend__" and
        "StepSuspend")."""
        if self.holds_for_any_error(node, name):
            return True
        node = self.without_parentheses(node)
        return bool(self.suspension_text(node, name)) or self.suspension_field(node, name, "stack")

    def holds_for_any_error(self, node: Node, name: str) -> bool:
        """A test every thrown `Error` (so `StepSuspend`) passes."""
        text = " ".join(self.text(node).split())
        if self.error_tag_test(node, name):
            return True
        return text in (
            name,
            f"!!{name}",  # its truth, spelled as a boolean
            f"Boolean({name})",
            f"{name} instanceof Error",
            f"{name} instanceof Object",
            f"{name} !== null",
            f"{name} != null",
            f"{name} !== undefined",
            f"{name} != undefined",
            f'typeof {name} === "object"',
            f'typeof {name} == "object"',
            f"typeof {name} === 'object'",
            f"typeof {name} == 'object'",
        )

    def error_tag_test(self, node: Node, name: str) -> bool:
        """`Object.prototype.toString.call(e) === "[object Error]"`, or an `isError` test
        of the caught value (`Error.isError(e)`, `util.types.isNativeError(e)`,
        lodash's `_.isError(e)`): true of every Error, StepSuspend included (it extends
        `Error` and sets no `Symbol.toStringTag`)."""
        node = self.without_parentheses(node)
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            given = [a for a in args.named_children if a.type != "comment"] if args else []
            spelled = self.text(callee).replace(" ", "") if callee is not None else ""
            return (
                spelled.rsplit(".", 1)[-1] in ("isError", "isNativeError")
                and len(given) == 1
                and self.is_caught(given[0], name)
            )
        op = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type != "binary_expression" or op is None or left is None or right is None:
            return False
        if self.text(op) not in ("===", "=="):
            return False
        for tag, value in ((left, right), (right, left)):
            value = self.without_parentheses(value)
            if self.string_value(tag) != "[object Error]" or value.type != "call_expression":
                continue
            callee = value.child_by_field_name("function")
            args = value.child_by_field_name("arguments")
            given = [a for a in args.named_children if a.type != "comment"] if args else []
            spelled = self.text(callee).replace(" ", "") if callee is not None else ""
            if spelled.endswith("toString.call") and given and self.is_caught(given[0], name):
                return True
        return False

    def starts_with_raise(self, node: Node, name: str | None) -> bool:
        if node.type == "throw_statement":
            return self.raises_caught(node, name)
        if node.type == "statement_block":
            first = next((c for c in node.named_children if c.type != "comment"), None)
            return first is not None and self.starts_with_raise(first, name)
        return False

    def ignores_argument(self, call: Node, argument: Node) -> bool:
        """`new PendingAlert(zone, notify(zone))` / `keep(id, ship(id))` where the
        file's class constructor / module-level function never reads that parameter
        (nor `arguments`), and a parameter property (`private readonly delivery`) is
        never read as `.delivery` anywhere in the file: the value given is dropped."""
        maker = call.child_by_field_name(
            "constructor" if call.type == "new_expression" else "function"
        )
        args = call.child_by_field_name("arguments")
        if maker is None or maker.type != "identifier" or args is None:
            return False
        given = [a for a in args.named_children if a.type != "comment"]
        index = next((i for i, a in enumerate(given) if a.id == argument.id), None)
        if index is None or any(a.type == "spread_element" for a in given[: index + 1]):
            return False
        decl: Node | None = None
        if call.type == "new_expression":
            decl = self.module_class(self.text(maker))
            fn = self.class_method(decl, "constructor") if decl is not None else None
        else:
            fn = self.module_function(self.text(maker))
        params = fn.child_by_field_name("parameters") if fn is not None else None
        body = fn.child_by_field_name("body") if fn is not None else None
        if params is None or body is None:
            return False
        declared = [p for p in params.named_children if p.type in PARAMETERS]
        if index >= len(declared):
            return False
        param = declared[index]
        pattern = param.child_by_field_name("pattern")
        if pattern is None or pattern.type != "identifier":
            return False
        name = self.text(pattern)
        for node in iter_nodes(body):
            if node.type == "identifier" and self.text(node) in (name, "arguments"):
                return False
        modifiers = [c for c in param.children if c.type in ("accessibility_modifier", "readonly")]
        if modifiers:
            # a parameter property: a `private` / `protected` one is read only in the
            # class (and, protected, its subclasses, which a file-wide search covers)
            private = any(self.text(c) == "private" for c in modifiers)
            scope = decl if private and call.type == "new_expression" else None
            for node in iter_nodes(scope or self.model.tree.root_node):
                if node.type == "member_expression":
                    prop = node.child_by_field_name("property")
                    if prop is not None and self.text(prop) == name:
                        return False
        return True

    def module_function(self, wanted: str) -> Node | None:
        """The function the module binds at its top level under the name `wanted`: a
        `function` declaration, or a `const` bound to an arrow / function expression."""
        for stmt in self.model.tree.root_node.named_children:
            decl = stmt
            if stmt.type == "export_statement":
                decl = stmt.child_by_field_name("declaration") or stmt
            if decl.type == "function_declaration":
                name = decl.child_by_field_name("name")
                if name is not None and self.text(name) == wanted:
                    return decl
            if decl.type == "lexical_declaration":
                for item in decl.named_children:
                    name = item.child_by_field_name("name")
                    value = item.child_by_field_name("value")
                    if (
                        item.type == "variable_declarator"
                        and name is not None
                        and self.text(name) == wanted
                        and value is not None
                        and value.type in ("arrow_function", "function_expression", "function")
                    ):
                        return value
        return None

    def returns_rejection_of(self, stmt: Node, caught: str | None) -> bool:
        if caught is None or stmt.type != "return_statement":
            return False
        value = next((c for c in stmt.named_children if c.type != "comment"), None)
        while value is not None and value.type in ("await_expression", "parenthesized_expression"):
            value = value.named_children[-1] if value.named_children else None
        return value is not None and self.rejects_with(value, caught, 0)

    def rejects_with(self, value: Node, caught: str, depth: int) -> bool:
        """A promise that rejects with the caught error whatever happens before:
        `Promise.reject(e)`, or `note(e).then(() => { throw e; })` (its fulfilment
        handler raises it, or hands back such a promise)."""
        if value.type != "call_expression" or depth > 8:
            return False
        callee = value.child_by_field_name("function")
        args = value.child_by_field_name("arguments")
        given = [a for a in args.named_children if a.type != "comment"] if args else []
        if callee is None or len(given) != 1:
            return False
        if " ".join(self.text(callee).split()) == "Promise.reject":
            return self.text(given[0]) == caught
        prop = (
            callee.child_by_field_name("property") if callee.type == "member_expression" else None
        )
        handler = given[0]
        if prop is None or self.text(prop) != "then" or handler.type not in SYNTAX.function:
            return False
        body = handler.child_by_field_name("body")
        if body is None:
            return False
        if body.type != "statement_block":
            while body.type == "parenthesized_expression" and body.named_children:
                body = body.named_children[0]
            return self.rejects_with(body, caught, depth + 1)
        for stmt in body.named_children:
            if stmt.type == "throw_statement":
                return self.raises_caught(stmt, caught)
            if stmt.type == "return_statement":
                returned = next((c for c in stmt.named_children if c.type != "comment"), None)
                return returned is not None and self.rejects_with(returned, caught, depth + 1)
            if stmt.type not in ("expression_statement", "lexical_declaration", "comment"):
                return False  # a branch or a loop may leave without raising
        return False

    def raises_caught(self, stmt: Node, name: str | None) -> bool:
        value = next((c for c in stmt.named_children if c.type != "comment"), None)
        return value is not None and self.throws_caught(value, name, 0)

    def throws_caught(self, value: Node, name: str | None, depth: int) -> bool:
        """`throw e`, and the expressions that give `e` back for the suspension (an
        `Error`, never nullish): `e instanceof Error ? e : new Error(String(e))`,
        `e ?? new Error()`, `(e as Error)`."""
        while value.type in ("parenthesized_expression", "as_expression", "non_null_expression"):
            inner = next((c for c in value.named_children if c.type != "comment"), None)
            if inner is None:
                return False
            value = inner
        if self.text(value) == name:
            return True
        if depth > 3:
            return False
        if value.type == "ternary_expression":
            condition = value.child_by_field_name("condition")
            taken = self.suspension_truth(condition, name) if condition is not None else None
            branch = value.child_by_field_name("consequence" if taken else "alternative")
            return (
                taken is not None
                and branch is not None
                and self.throws_caught(branch, name, depth + 1)
            )
        if value.type == "binary_expression":
            op = value.child_by_field_name("operator")
            left = value.child_by_field_name("left")
            # `e ?? x` / `e || x`: the suspension is an Error object, so `e` itself
            return (
                op is not None
                and self.text(op) in ("??", "||")
                and left is not None
                and self.throws_caught(left, name, depth + 1)
            )
        return False


def regex_matches(regex: Node, text: str) -> bool | None:
    """Whether a JavaScript regex literal finds a match in `text`; None when Python's
    `re` does not read the pattern the same way (an unknown flag, a syntax of its own)."""
    pattern_node = regex.child_by_field_name("pattern")
    flags_node = regex.child_by_field_name("flags")
    pattern = node_bytes(pattern_node).decode() if pattern_node is not None else ""
    flags = node_bytes(flags_node).decode() if flags_node is not None else ""
    options = 0
    for flag in flags:
        if flag == "i":
            options |= re.IGNORECASE
        elif flag == "m":
            options |= re.MULTILINE
        elif flag == "s":
            options |= re.DOTALL
        elif flag not in "gyu":  # `d`, `v`: read differently, or not at all
            return None
    if "\\p{" in pattern or "\\P{" in pattern or "\\k<" in pattern:
        return None  # property escapes, named backreferences: JavaScript's own syntax
    pattern = re.sub(r"\(\?<(?![=!])", "(?P<", pattern)  # a named group, Python's way
    try:
        return re.search(pattern, text, options) is not None
    except re.error:
        return None
