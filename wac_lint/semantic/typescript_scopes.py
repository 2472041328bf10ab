"""TypeScript's scoping: module, function / arrow / method, block, `for` and `catch`.

`const` / `let` / `class` live in their block, `var` and function parameters in
the function (hoisted), destructuring binds each name with the path it takes
out of the value (`const { task } = wmill` binds `task` to `wmill.task`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wac_lint.languages import LanguageKind
from wac_lint.semantic.scopes import (
    Binding,
    BindingKind,
    Node,
    Scope,
    ScopeKind,
    ScopeRules,
    text,
    walk_own,
)

FUNCTIONS = frozenset(
    {
        "arrow_function",
        "function_expression",
        "function_declaration",
        "function",
        "generator_function",
        "generator_function_declaration",
        "method_definition",
    }
)
SCOPE_NODES = {
    **{f: ScopeKind.FUNCTION for f in FUNCTIONS},
    "statement_block": ScopeKind.BLOCK,
    "for_statement": ScopeKind.BLOCK,
    "for_in_statement": ScopeKind.BLOCK,
    "catch_clause": ScopeKind.BLOCK,
    "class_body": ScopeKind.CLASS,
}
STOP_FUNCTIONS = frozenset({*FUNCTIONS, "class_body"})
DECLARATIONS = ("lexical_declaration", "variable_declaration")
_VAR = re.compile(rb"\bvar\b")
# Every statement `statements` binds from spells one of these words (an `export`
# wraps one of them): a block that spells none binds nothing, and most blocks of a
# workflow body (`if (r.status !== 200) { await step(...) }`) are such.
# `name =` / `name op=` (not `==`, `=>`, a member `.name =`): where names are assigned
_ASSIGNED = re.compile(
    rb"(?<![.\w$])([A-Za-z_$][\w$]*)\s*(?:\*\*|<<|>>>?|\?\?|\|\||&&|[-+*/%&|^])?=(?![=>])"
)
_DECLARES = re.compile(rb"\b(?:const|let|function|class|import|namespace|module|using)\b")


class TypeScriptScopeRules(ScopeRules):
    scope_nodes = SCOPE_NODES
    language = LanguageKind.TYPESCRIPT

    def fill(self, scope: Scope, source: bytes) -> None:
        filler = _Filler(scope, source)
        node = scope.node
        if scope.kind == ScopeKind.FUNCTION:
            params = node.child_by_field_name("parameters")
            single = node.child_by_field_name("parameter")
            if single is not None:
                filler.pattern(single, BindingKind.PARAMETER, None, ())
            for param in params.named_children if params is not None else ():
                pattern = param.child_by_field_name("pattern")
                if pattern is not None:
                    filler.pattern(pattern, BindingKind.PARAMETER, None, ())
            body = node.child_by_field_name("body")
            if body is not None and body.type == "statement_block":
                filler.hoisted_vars(body)
                filler.statements(body)
        elif scope.kind == ScopeKind.MODULE:
            filler.hoisted_vars(node)
            filler.statements(node)
        elif node.type == "statement_block":
            filler.statements(node)
        elif node.type == "class_body":
            filler.methods(node)
        elif node.type == "for_statement":
            init = node.child_by_field_name("initializer")
            if init is not None and init.type == "lexical_declaration":
                filler.declaration(init)
        elif node.type == "for_in_statement":
            if any(c.type in ("const", "let") for c in node.children):
                filler.pattern(node.child_by_field_name("left"), BindingKind.LOOP, None, ())
        elif node.type == "catch_clause":
            filler.pattern(node.child_by_field_name("parameter"), BindingKind.EXCEPTION, None, ())

    def lookup(self, name: str, scope: Scope) -> Binding | None:
        """Each scope's answer is kept (`Scope.outer_memo`); methods are not names in
        scope."""
        passed: list[Scope] = []
        found: Binding | None = None
        current: Scope | None = scope
        while current is not None:
            memo = current.outer_memo
            if name in memo:
                found = memo[name]
                break
            passed.append(current)
            if current.kind != ScopeKind.CLASS:
                found = current.bindings.get(name)
                if found is not None:
                    break
            current = current.parent
        for seen in passed:
            seen.outer_memo[name] = found
        return found


class _Filler:
    def __init__(self, scope: Scope, source: bytes) -> None:
        self.scope = scope
        self.source = source
        self._assigned: dict[bytes, list[int]] | None = None  # name -> where assigned

    def bind(
        self,
        name_node: Node,
        kind: BindingKind,
        value: Node | None,
        member: tuple[str, ...] = (),
        *,
        target: str | None = None,
        imported: str | None = None,
        module: str | None = None,
    ) -> None:
        self.scope.bind(
            Binding(
                text(name_node, self.source),
                kind,
                name_node,
                self.scope,
                value,
                member,
                target=target,
                imported_name=imported,
                module=module,
            )
        )

    def pattern(
        self, node: Node | None, kind: BindingKind, value: Node | None, path: tuple[str, ...]
    ) -> None:
        """Bind the names of a (possibly destructuring) pattern."""
        if node is None:
            return
        t = node.type
        if t in ("identifier", "shorthand_property_identifier_pattern"):
            member = (*path, text(node, self.source)) if t != "identifier" else path
            self.bind(node, kind, value, member)
        elif t == "object_pattern":
            for child in node.named_children:
                self.pattern(child, kind, value, path)
        elif t == "pair_pattern":
            key = node.child_by_field_name("key")
            key_text = text(key, self.source).strip("\"'") if key is not None else "?"
            self.pattern(node.child_by_field_name("value"), kind, value, (*path, key_text))
        elif t in ("object_assignment_pattern", "assignment_pattern"):
            self.pattern(node.child_by_field_name("left"), kind, value, path)
        elif t == "array_pattern":
            for child in node.named_children:
                self.pattern(child, kind, None, ())  # elements: values unknown
        elif t == "rest_pattern":
            for child in node.named_children:
                self.pattern(child, kind, None, ())

    def declaration(self, decl: Node) -> None:
        first = decl.child(0)
        mutable = first is not None and first.type in ("let", "var")
        for declarator in decl.named_children:
            if declarator.type == "variable_declarator":
                name = declarator.child_by_field_name("name")
                self.pattern(
                    name,
                    BindingKind.ASSIGNMENT,
                    declarator.child_by_field_name("value"),
                    (),
                )
                if mutable and name is not None and name.type == "identifier":
                    self.mark_reassigned(name)

    def mark_reassigned(self, name: Node) -> None:
        """`let x = u` assigned again in the scope (`x = v`, `x ??= v`): a word-level
        search of the scope's text (one pass per scope, for every name), so a match in
        a string or of a shadowing name only makes the value unknown, never wrong."""
        if self._assigned is None:
            self._assigned = {}
            node = self.scope.node
            for match in _ASSIGNED.finditer(self.source, node.start_byte, node.end_byte):
                self._assigned.setdefault(match.group(1), []).append(match.start(1))
        at = self._assigned.get(name.text or b"", ())
        if any(start != name.start_byte for start in at):
            binding = self.scope.bindings.get(text(name, self.source))
            if binding is not None and binding.node == name:
                binding.reassigned = True

    def hoisted_vars(self, body: Node) -> None:
        """`var` declarations anywhere in the function (not in nested functions)."""
        if _VAR.search(self.source, body.start_byte, body.end_byte) is None:
            return  # no `var` keyword at all: walking a long body in Python cost a lot
        for node in walk_own(body, STOP_FUNCTIONS):
            if node.type == "variable_declaration":
                self.declaration(node)

    def statements(self, block: Node) -> None:
        if (
            _DECLARES.search(self.source, block.start_byte, block.end_byte) is None
            and not block.has_error
        ):
            return
        for stmt in block.named_children:
            decl = stmt
            if stmt.type == "export_statement":
                decl = stmt.child_by_field_name("declaration") or stmt
            elif stmt.type == "expression_statement" and stmt.named_child_count == 1:
                decl = stmt.named_child(0) or stmt  # `namespace X {}` parses as an expression
                using = using_declaration(decl)
                if using is not None:
                    self.pattern(
                        using.child_by_field_name("left"),
                        BindingKind.ASSIGNMENT,
                        using.child_by_field_name("right"),
                        (),
                    )
                    continue
            t = decl.type
            if t == "lexical_declaration":
                self.declaration(decl)
            elif t in ("function_declaration", "generator_function_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None:
                    self.bind(name, BindingKind.FUNCTION, decl)
            elif t in ("class_declaration", "abstract_class_declaration"):
                name = decl.child_by_field_name("name")
                if name is not None:
                    self.bind(name, BindingKind.CLASS, decl)
            elif t == "import_statement":
                self.import_statement(decl)
            elif t in ("internal_module", "module"):
                name = decl.child_by_field_name("name")
                if name is not None and name.type == "identifier":
                    self.bind(name, BindingKind.NAMESPACE, decl)

    def methods(self, body: Node) -> None:
        """A class body binds its methods (reached as `this.m()`, never as `m`)."""
        for member in body.named_children:
            if member.type == "method_definition":
                name = member.child_by_field_name("name")
                if name is not None:
                    self.bind(name, BindingKind.FUNCTION, member)
            elif member.type == "public_field_definition":
                # `send = async (t: string) => {...}`: a method in all but name
                name = member.child_by_field_name("name")
                value = member.child_by_field_name("value")
                if name is not None and value is not None and value.type in FUNCTIONS:
                    self.bind(name, BindingKind.FUNCTION, value)

    def import_statement(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        require = next((c for c in node.named_children if c.type == "import_require_clause"), None)
        if require is not None:
            ident = next((c for c in require.named_children if c.type == "identifier"), None)
            src = require.child_by_field_name("source")
            if ident is not None and src is not None:
                module = module_name(string_text(src, self.source))
                self.bind(
                    ident, BindingKind.IMPORT, None, target=module, imported="*", module=module
                )
            return
        clause = next((c for c in node.named_children if c.type == "import_clause"), None)
        if source is None or clause is None:
            return
        module = module_name(string_text(source, self.source))
        for part in clause.named_children:
            if part.type == "identifier":  # default import
                self.bind(
                    part, BindingKind.IMPORT, None, target=module, imported="default", module=module
                )
            elif part.type == "namespace_import":
                ident = next((c for c in part.named_children if c.type == "identifier"), None)
                if ident is not None:
                    self.bind(
                        ident, BindingKind.IMPORT, None, target=module, imported="*", module=module
                    )
            elif part.type == "named_imports":
                specs = [
                    (spec, name_node, string_text(name_node, self.source))
                    for spec in part.named_children
                    if spec.type == "import_specifier"
                    and (name_node := spec.child_by_field_name("name")) is not None
                ]
                spelled = string_text(source, self.source)
                reexported = reexports_sdk(spelled, (name for _, _, name in specs))
                facades = self.scope.facades
                facade = facades.get(spelled, frozenset()) if facades else frozenset()
                for spec, name_node, name in specs:
                    alias = spec.child_by_field_name("alias")
                    sdk = (reexported and name in SDK_EXPORTS) or name in facade
                    origin = SDK_MODULE if sdk else module
                    self.bind(
                        alias or name_node,
                        BindingKind.IMPORT,
                        None,
                        target=f"{origin}.{name}",
                        imported=name,
                        module=origin,
                    )


# windmill-client 1.818.0 index.d.ts: the values `./client` exports (types left out).
# A local module re-exporting the SDK gives these names the SDK's meaning; its other
# names stay the module's own.
SDK_EXPORTS = frozenset(
    """setClient getVariable setVariable getResource setResource getResumeUrls setState
    setProgress getProgress getState getIdToken denoS3LightClientSettings cancelJob
    loadS3FileStream loadS3File writeS3File deleteS3File signS3Objects signS3Object
    getPresignedS3PublicUrls getPresignedS3PublicUrl task taskScript taskFlow workflow step
    sleep parallel waitForApproval getApprovalUrls WorkflowCtx _workflowCtx setWorkflowCtx
    StepSuspend runScript runScriptAsync runScriptByPath runScriptByHash
    runScriptByPathAsync runScriptByHashAsync runFlow runFlowAsync waitJob getRootJobId
    setFlowUserState getFlowUserState usernameToEmail requestInteractiveSlackApproval
    requestInteractiveTeamsApproval appendToResultStream streamResult datatable ducklake
    upsertPartition appendPartition commitKafkaOffsets""".split()
)
SDK_MODULE = "windmill-client"


def reexports_sdk(spec: str, named: Iterable[str]) -> bool:
    """A workspace module (`./wac`, `../lib/sdk`, `/f/lib/wac`) the file takes `workflow` from by
    name re-exports windmill-client: Windmill's WAC parser matches `workflow(...)` by
    its name whatever the import's source, and the body runs under the SDK's workflow
    context. Only named imports count: `wac.workflow` through a namespace is not
    detected by Windmill either way (WAC002's concern)."""
    return spec.startswith(("./", "../", "/f/", "/u/")) and "workflow" in named


def string_text(node: Node, source: bytes) -> str:
    """The text of a string literal node (quotes dropped), or the node's text."""
    raw = text(node, source)
    if len(raw) >= 2 and raw[0] in "\"'`" and raw[-1] == raw[0]:
        return raw[1:-1]
    return raw


def using_declaration(expr: Node) -> Node | None:
    """`using x = open()` / `await using x = ...` (explicit resource management):
    tree-sitter-typescript reads them as an assignment whose first token is `using`."""
    if expr.type == "await_expression" and expr.named_child_count == 1:
        expr = expr.named_child(0) or expr
    if expr.type == "assignment_expression":
        first = expr.child(0)  # not `children`: a list of every child per statement
        if first is not None and first.type == "using":
            return expr
    return None


def module_name(spec: str) -> str:
    """How qualified names spell a module: `node:fs` and `fs` are the same module."""
    for prefix in ("node:", "npm:"):
        spec = spec.removeprefix(prefix)
    version = spec.find("@", 1)  # `npm:axios@1.6` (a scope's own `@` is at 0)
    return spec[:version] if version > 0 else spec
