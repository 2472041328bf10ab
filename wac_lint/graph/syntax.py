"""How each grammar spells the statements the graph draws.

The builder is written once; these dialects take a tree-sitter statement
apart into language-neutral pieces (an if-chain's arms, a loop's header, a
try's handlers, a switch's cases).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import tree_sitter

if TYPE_CHECKING:
    from wac_lint.graph.keys import KeyName
    from wac_lint.model import ScriptModel, TaskDef

Node = tree_sitter.Node


@dataclass
class IfArm:
    head: Node  # `if` / `elif` / `else if` clause, for the Branch position
    condition: Node
    body: Node


@dataclass
class LoopParts:
    construct: str
    head_end: Node  # the header ends with this node (the Branch/LoopStart span)
    before: list[Node] = field(default_factory=list)  # evaluated once, before the loop
    cond_first: Node | None = None  # evaluated at the start of every iteration
    cond_last: Node | None = None  # do/while: evaluated at the end of every iteration
    after_body: list[Node] = field(default_factory=list)  # for(;;) increment
    body: Node | None = None
    orelse: Node | None = None
    iterable: str | None = None
    condition: str | None = None
    infinite: bool = False
    at_least_once: bool = False


@dataclass
class Handler:
    label: str
    body: Node | None


@dataclass
class Case:
    clause: Node
    label: str
    statements: list[Node]
    default: bool


class Dialect:
    functions: frozenset[str]
    calls: frozenset[str]
    blocks: frozenset[str]
    comprehensions: frozenset[str] = frozenset()
    returns = "return_statement"
    raises: str
    # Statements that may define a local function (`local_function` decides).
    definitions: tuple[str, ...]
    breaks = "break_statement"
    continues = "continue_statement"
    ifs = "if_statement"
    tries = "try_statement"
    loops: frozenset[str]
    switches: str
    raise_label: str
    try_condition: str
    elif_keyword: str  # the construct of an if-chain's later arms: `elif` / `else if`
    # A tree-sitter pattern (no capture) of the `and`/`or`/`&&`/`||`/`??` expressions.
    short_circuit_pattern: str
    # The operators that make `short_circuit_pattern`'s node short-circuit, tested
    # here rather than in the query (empty: every such node does). A query that tests
    # a field after the first child keeps a match pending at every level of a nest
    # (`1 + 1 + ... + x`, 30,000 deep: over a minute of `graph`).
    short_circuit_operators: frozenset[str] = frozenset()

    def __init__(self, data: bytes) -> None:
        self.data = data

    def text(self, node: Node | None) -> str:
        if node is None:
            return ""
        return self.data[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def statements(self, node: Node | None) -> list[Node]:
        if node is None:
            return []
        if node.type in self.blocks:
            return [c for c in node.named_children if c.type != "comment"]
        return [node]

    def return_value(self, stmt: Node) -> Node | None:
        values = [c for c in stmt.named_children if c.type != "comment"]
        return values[0] if values else None

    # implemented per language
    def if_chain(self, stmt: Node) -> tuple[list[IfArm], Node | None]:
        raise NotImplementedError

    def loop(self, stmt: Node) -> LoopParts:
        raise NotImplementedError

    def try_parts(self, stmt: Node) -> tuple[Node | None, list[Handler], Node | None, Node | None]:
        raise NotImplementedError

    def switch(self, stmt: Node) -> tuple[Node | None, list[Case], bool]:
        """Subject, cases, and whether a case falls into the next one (TS)."""
        raise NotImplementedError

    def local_function(self, stmt: Node) -> tuple[str, Node] | None:
        """`def f` / `function f` / `const f = async () => ...` in the body."""
        raise NotImplementedError

    def conditional_expr(self, node: Node) -> tuple[Node, Node, Node] | None:
        """condition, value-if-true, value-if-false of a ternary."""
        raise NotImplementedError

    def short_circuit(self, node: Node) -> tuple[Node, str, Node] | None:
        """left, operator, right of `and`/`or`/`&&`/`||`/`??`."""
        raise NotImplementedError

    def simple_statement_expressions(self, stmt: Node) -> list[Node] | None:
        """Parts of statements walked as plain expressions (with, declarations)."""
        return None

    def rewritten_tasks(self, model: ScriptModel) -> dict[int, str]:
        """`task` callees Windmill's executor names before running the script (byte
        offset -> injected name); none unless the language's executor rewrites."""
        return {}

    def task_key_name(self, task: TaskDef, rewritten: dict[int, str]) -> KeyName:
        """The name the SDK hands to its key allocator for a call of `task`."""
        raise NotImplementedError


class PythonDialect(Dialect):
    functions = frozenset({"function_definition", "lambda"})
    calls = frozenset({"call"})
    blocks = frozenset({"block", "module"})
    comprehensions = frozenset(
        {
            "list_comprehension",
            "set_comprehension",
            "dictionary_comprehension",
            "generator_expression",
        }
    )
    raises = "raise_statement"
    definitions: tuple[str, ...] = ("function_definition", "decorated_definition")
    loops = frozenset({"for_statement", "while_statement"})
    switches = "match_statement"
    raise_label = "raise"
    try_condition = "try/except"
    elif_keyword = "elif"
    short_circuit_pattern = "(boolean_operator)"

    def task_key_name(self, task: TaskDef, rewritten: dict[int, str]) -> KeyName:
        from wac_lint.graph.naming import python_task_name

        return python_task_name(task)

    def if_chain(self, stmt: Node) -> tuple[list[IfArm], Node | None]:
        arms = [self._arm(stmt, "consequence")]
        orelse = None
        for alt in stmt.children_by_field_name("alternative"):
            if alt.type == "elif_clause":
                arms.append(self._arm(alt, "consequence"))
            elif alt.type == "else_clause":
                orelse = alt.child_by_field_name("body")
        return arms, orelse

    def _arm(self, clause: Node, body_field: str) -> IfArm:
        cond = clause.child_by_field_name("condition")
        body = clause.child_by_field_name(body_field)
        assert cond is not None and body is not None
        return IfArm(clause, cond, body)

    def loop(self, stmt: Node) -> LoopParts:
        body = stmt.child_by_field_name("body")
        alt = stmt.child_by_field_name("alternative")
        orelse = alt.child_by_field_name("body") if alt is not None else None
        is_async = any(c.type == "async" for c in stmt.children[:1])
        if stmt.type == "for_statement":
            right = stmt.child_by_field_name("right")
            assert right is not None
            return LoopParts(
                construct="async for" if is_async else "for",
                head_end=right,
                before=[right],
                body=body,
                orelse=orelse,
                iterable=self.text(right),
            )
        cond = stmt.child_by_field_name("condition")
        assert cond is not None
        return LoopParts(
            construct="while",
            head_end=cond,
            cond_first=cond,
            body=body,
            orelse=orelse,
            condition=self.text(cond),
            infinite=self.text(cond) in ("True", "1"),
        )

    def try_parts(self, stmt: Node) -> tuple[Node | None, list[Handler], Node | None, Node | None]:
        handlers: list[Handler] = []
        orelse = final = None
        for clause in stmt.children:
            if clause.type in ("except_clause", "except_group_clause"):
                caught = [c for c in clause.named_children if c.type not in ("block", "comment")]
                label = "except " + self.text(caught[0]) if caught else "except"
                block = next((c for c in clause.children if c.type == "block"), None)
                handlers.append(Handler(label, block))
            elif clause.type == "else_clause":
                orelse = clause.child_by_field_name("body")
            elif clause.type == "finally_clause":
                final = next((c for c in clause.children if c.type == "block"), None)
        return stmt.child_by_field_name("body"), handlers, orelse, final

    def switch(self, stmt: Node) -> tuple[Node | None, list[Case], bool]:
        subject = stmt.child_by_field_name("subject")
        body = stmt.child_by_field_name("body")
        cases: list[Case] = []
        for clause in body.named_children if body is not None else ():
            if clause.type != "case_clause":
                continue
            patterns = [c for c in clause.named_children if c.type == "case_pattern"]
            guard = clause.child_by_field_name("guard")
            pattern = ", ".join(self.text(p) for p in patterns)
            label = f"case {pattern}" + (f" {self.text(guard)}" if guard is not None else "")
            default = guard is None and len(patterns) == 1 and pattern.isidentifier()
            consequence = clause.child_by_field_name("consequence")
            cases.append(Case(clause, label, self.statements(consequence), default))
        return subject, cases, False

    def local_function(self, stmt: Node) -> tuple[str, Node] | None:
        node = (
            stmt.child_by_field_name("definition") if stmt.type == "decorated_definition" else stmt
        )
        if node is not None and node.type == "function_definition":
            name = node.child_by_field_name("name")
            if name is not None:
                return self.text(name), node
        return None

    def conditional_expr(self, node: Node) -> tuple[Node, Node, Node] | None:
        if node.type != "conditional_expression" or len(node.named_children) != 3:
            return None
        value, cond, other = node.named_children
        return cond, value, other

    def short_circuit(self, node: Node) -> tuple[Node, str, Node] | None:
        if node.type != "boolean_operator":
            return None
        left = node.child_by_field_name("left")
        op = node.child_by_field_name("operator")
        right = node.child_by_field_name("right")
        if left is None or op is None or right is None:
            return None
        return left, self.text(op), right


class TypeScriptDialect(Dialect):
    functions = frozenset(
        {"arrow_function", "function_expression", "function_declaration", "generator_function"}
    )
    calls = frozenset({"call_expression"})
    blocks = frozenset({"statement_block", "program"})
    raises = "throw_statement"
    definitions: tuple[str, ...] = (
        "function_declaration",
        "lexical_declaration",
        "variable_declaration",
    )
    loops = frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"})
    switches = "switch_statement"
    raise_label = "throw"
    try_condition = "try/catch"
    elif_keyword = "else if"
    short_circuit_pattern = "(binary_expression)"
    short_circuit_operators: frozenset[str] = frozenset({"&&", "||", "??"})

    def rewritten_tasks(self, model: ScriptModel) -> dict[int, str]:
        from wac_lint.graph.naming import windmill_rewritten_tasks

        return windmill_rewritten_tasks(model)  # the Bun executor's `task("x", async ...`

    def task_key_name(self, task: TaskDef, rewritten: dict[int, str]) -> KeyName:
        from wac_lint.graph.naming import typescript_task_name

        return typescript_task_name(task, rewritten)

    def if_chain(self, stmt: Node) -> tuple[list[IfArm], Node | None]:
        arms: list[IfArm] = []
        node: Node | None = stmt
        orelse = None
        while node is not None:
            cond = node.child_by_field_name("condition")
            body = node.child_by_field_name("consequence")
            assert cond is not None and body is not None
            arms.append(IfArm(node, cond, body))
            alt = node.child_by_field_name("alternative")
            nxt = alt.named_children[0] if alt is not None and alt.named_children else None
            if nxt is not None and nxt.type == "if_statement":
                node = nxt
            else:
                orelse = nxt
                node = None
        return arms, orelse

    def loop(self, stmt: Node) -> LoopParts:
        body = stmt.child_by_field_name("body")
        cond = stmt.child_by_field_name("condition")
        if stmt.type == "for_in_statement":
            right = stmt.child_by_field_name("right")
            op = stmt.child_by_field_name("operator")
            assert right is not None
            construct = f"for-{self.text(op)}" if op is not None else "for-of"
            if any(c.type == "await" for c in stmt.children):
                construct = "for-await-of"
            return LoopParts(construct, right, before=[right], body=body, iterable=self.text(right))
        if stmt.type == "for_statement":
            init = stmt.child_by_field_name("initializer")
            conds = [c for c in stmt.children_by_field_name("condition") if c.type != ";"]
            incr = stmt.child_by_field_name("increment")
            real = conds[0] if conds else None
            if real is not None and real.type == "expression_statement":
                real = real.named_children[0] if real.named_children else None
            head_end = incr or real or init or stmt
            return LoopParts(
                "for",
                head_end,
                before=[init] if init is not None else [],
                cond_first=real,
                after_body=[incr] if incr is not None else [],
                body=body,
                condition=self.text(real) if real is not None else None,
                infinite=real is None or self.text(real) == "true",
            )
        assert cond is not None
        infinite = self.text(cond) in ("(true)", "(1)")
        if stmt.type == "do_statement":
            return LoopParts(
                "do-while",
                stmt,
                cond_last=cond,
                body=body,
                condition=self.text(cond),
                infinite=infinite,
                at_least_once=True,
            )
        return LoopParts(
            "while", cond, cond_first=cond, body=body, condition=self.text(cond), infinite=infinite
        )

    def try_parts(self, stmt: Node) -> tuple[Node | None, list[Handler], Node | None, Node | None]:
        handler = stmt.child_by_field_name("handler")
        final = stmt.child_by_field_name("finalizer")
        handlers = []
        if handler is not None:
            param = handler.child_by_field_name("parameter")
            label = f"catch ({self.text(param)})" if param is not None else "catch"
            handlers.append(Handler(label, handler.child_by_field_name("body")))
        final_body = final.child_by_field_name("body") if final is not None else None
        return stmt.child_by_field_name("body"), handlers, None, final_body

    def switch(self, stmt: Node) -> tuple[Node | None, list[Case], bool]:
        subject = stmt.child_by_field_name("value")
        body = stmt.child_by_field_name("body")
        cases: list[Case] = []
        for clause in body.named_children if body is not None else ():
            if clause.type not in ("switch_case", "switch_default"):
                continue
            value = clause.child_by_field_name("value")
            label = f"case {self.text(value)}" if value is not None else "default"
            statements = [c for c in clause.children_by_field_name("body") if c.type != "comment"]
            cases.append(Case(clause, label, statements, clause.type == "switch_default"))
        return subject, cases, True

    def local_function(self, stmt: Node) -> tuple[str, Node] | None:
        if stmt.type == "function_declaration":
            name = stmt.child_by_field_name("name")
            return (self.text(name), stmt) if name is not None else None
        if stmt.type in ("lexical_declaration", "variable_declaration"):
            declarators = [c for c in stmt.named_children if c.type == "variable_declarator"]
            if len(declarators) == 1:
                name = declarators[0].child_by_field_name("name")
                value = declarators[0].child_by_field_name("value")
                if name is not None and value is not None and value.type in self.functions:
                    return self.text(name), value
        return None

    def conditional_expr(self, node: Node) -> tuple[Node, Node, Node] | None:
        if node.type != "ternary_expression":
            return None
        cond = node.child_by_field_name("condition")
        yes = node.child_by_field_name("consequence")
        no = node.child_by_field_name("alternative")
        if cond is None or yes is None or no is None:
            return None
        return cond, yes, no

    def short_circuit(self, node: Node) -> tuple[Node, str, Node] | None:
        if node.type != "binary_expression":
            return None
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if op is None or left is None or right is None or self.text(op) not in ("&&", "||", "??"):
            return None
        return left, self.text(op), right
