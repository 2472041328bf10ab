"""How Windmill runs a flow expression, where that differs from the JavaScript written.

Windmill's evaluator (windmill-worker `js_eval.rs`, `eval_timeout`) does not run the
text as it is written:

* It trims the text. A condition (`skip_if`, `stop_after_if`,
  `stop_after_all_iters_if`, `retry_if`, a branch's `expr`) is first wrapped as
  `Boolean(<text>)` (`compute_bool_from_expr` in `worker_flow.rs`), and must give
  `true` or `false`: anything else fails the step ("Expected a boolean value").
* Unless the text contains `return ` anywhere (in a string, a comment or a callback
  too), it is prefixed with `return `. The result is the body of
  `(async () => { <body>; })()`, whose value (null for undefined) is the result.
* Before that, each `results.<x>`, `results?.<x>`, `results["<x>"]` and
  `flow_env.<x>` that the regex `(results|flow_env)\\??(\\.[a-zA-Z_0-9]+|\\[".*?"\\])`
  finds, with no word boundary and in strings too, becomes `(await <it>)`, and each
  `variable(` / `resource(` a `(await variable(...))`: `results` is a Proxy whose
  reads are promises.

Texts a fast path answers without running them (a whole line `results.<id>.<path>`,
read by the API, when the step's results are at hand) are left alone here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

import tree_sitter

from wac_lint.flows.expressions import _chars, _parser, free_names, workspace_reference

# js_eval.rs `RE` (the reads it awaits) and `RE_FULL` (the reads the API answers).
AWAITED = re.compile(r'(?:results|flow_env)\??(?:\.[a-zA-Z_0-9]+|\[".*?"\])')
API_READ = re.compile(
    r"^(?:results|flow_env)\??\.[a-zA-Z_0-9]+(?:\[\d+\])?(?:\.[a-zA-Z_0-9]+)*$", re.MULTILINE
)
CALLS = re.compile(r"(?:variable|resource)\(")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
RETURN_WORD = "return "

_FUNCTIONS = frozenset(
    {
        "arrow_function",
        "function_expression",
        "function_declaration",
        "generator_function",
        "generator_function_declaration",
        "method_definition",
    }
)
_NOT_CODE = frozenset({"string", "comment", "regex", "template_string"})


class EvalProblemKind(Enum):
    # the text has no `return `, and `return <text>` does not parse (statements)
    STATEMENTS = "statements"
    # the text has `return ` only where it does not return the value (a callback, a
    # string, a comment): the body Windmill runs returns nothing
    NO_RETURN = "no return"
    # a condition with `return `: `Boolean(<text>)` is statements or returns nothing
    RETURN_IN_CONDITION = "return in condition"
    # an awaited read inside a function that is not `async`: `await` does not parse
    AWAIT_IN_FUNCTION = "await in function"
    # the regex cuts a longer name (`payload.results.length`, `all_results.x`)
    SPLIT_NAME = "split name"
    # `results['id']`, `results[k]`: not awaited, a Promise
    NOT_AWAITED = "not awaited"
    # leading comment lines: the `return ` Windmill prefixes ends at the first line
    COMMENT_FIRST = "comment first"
    # a condition on one line ending with a `//` comment: `Boolean(<text>)` puts the
    # closing parenthesis inside the comment
    COMMENT_LAST = "comment last"
    # a line that is only `results.<id>.<path>`: the API answers it, the rest is ignored
    API_LINE = "api line"
    # `$res:<path>` / `$var:<path>` as the whole text: replaced only in a static value
    REFERENCE = "reference"


class ReturnPlace(Enum):
    FUNCTION = "a nested function"
    STRING = "a string"
    COMMENT = "a comment"


@dataclass(frozen=True)
class EvalProblem:
    kind: EvalProblemKind
    start: int  # character offsets in the expression text (as written)
    end: int
    text: str  # the read, call or word concerned
    rewritten: str = ""  # what Windmill makes of it (SPLIT_NAME)
    place: ReturnPlace | None = None  # where the `return ` is (NO_RETURN)


@lru_cache(maxsize=4096)
def evaluation_problems(
    text: str, condition: bool, step_context: bool = True
) -> tuple[EvalProblem, ...]:
    """The ways Windmill's evaluation of `text` fails or loses its value.

    `condition`: the text is a step's or branch's condition (`Boolean(<text>)`).
    `step_context`: Windmill evaluates it with the flow's step results at hand (its
    API then answers a `results.<id>.<path>` line by itself).
    Text that does not parse as JavaScript (WAC507's first case) gives nothing."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if not body:
        return ()
    reference = workspace_reference(body)
    if reference is not None:
        return (EvalProblem(EvalProblemKind.REFERENCE, lead, lead + len(body), reference),)
    if step_context:
        line = _api_line(text, condition)
        if line is not None:
            return () if line.start < 0 else (line,)
    elif not condition and API_READ.fullmatch(body):
        return ()
    data = body.encode("utf-8")
    tree = _parser().parse(data)
    if tree.root_node.has_error:
        wrapped = _parser().parse(b"(" + data + b"\n)")
        if wrapped.root_node.has_error:
            return ()
        tree, data, shift = wrapped, b"(" + data + b"\n)", 1
    else:
        shift = 0
    rewrites = _rewrite_problems(body, tree.root_node, data, shift, condition)
    # Windmill wraps the text as written, `Boolean(<text>)`: only a line break after
    # it (a block scalar's last one) ends a `//` comment before the `)`
    closed = "\n" in text[len(text.rstrip()) :]
    out = _return_problems(body, tree, data, shift, condition, closed)
    if any(p.kind is EvalProblemKind.AWAIT_IN_FUNCTION for p in rewrites):
        # the rewritten text does not parse: the step fails, so what it would have
        # returned (null for want of a `return`) is not what goes wrong
        out = [p for p in out if p.kind is not EvalProblemKind.NO_RETURN]
    out += rewrites
    return tuple(
        EvalProblem(p.kind, p.start + lead, p.end + lead, p.text, p.rewritten, p.place)
        for p in sorted(out, key=lambda p: p.start)
    )


def _api_line(text: str, condition: bool) -> EvalProblem | None:
    """`handle_full_regex` runs `RE_FULL` in multi-line mode on the text Windmill
    evaluates: a line that is only `results.<id>[.<path>]` is answered by the API, and
    the rest of the text is never run. The whole text being that read is the fast path
    (start -1); one line of several loses the others."""
    wrap = "Boolean(" if condition else ""
    evaluated = f"{wrap}{text})" if condition else text
    lead = len(evaluated) - len(evaluated.lstrip())
    evaluated = evaluated.strip()
    match = API_READ.search(evaluated)
    if match is None:
        return None
    rest = evaluated[: match.start()] + evaluated[match.end() :]
    if match.group(0) == evaluated or not _COMMENTS.sub("", rest).strip():
        # the read alone (or with comments around it): the API answers what was meant
        return EvalProblem(EvalProblemKind.API_LINE, -1, -1, match.group(0))
    start = match.start() + lead - len(wrap)
    return EvalProblem(EvalProblemKind.API_LINE, start, start + len(match.group(0)), match.group(0))


def _return_problems(
    body: str,
    tree: tree_sitter.Tree,
    data: bytes,
    shift: int,
    condition: bool,
    closed: bool = True,
) -> list[EvalProblem]:
    at = body.find(RETURN_WORD)
    if at >= 0:
        word = EvalProblem(EvalProblemKind.NO_RETURN, at, at + len(RETURN_WORD) - 1, "return")
        if condition:
            return [_with_kind(word, EvalProblemKind.RETURN_IN_CONDITION, body, tree, data, shift)]
        if _returns(tree.root_node):
            return []
        return [_with_kind(word, EvalProblemKind.NO_RETURN, body, tree, data, shift)]
    wrapper = f"Boolean({body}\n)" if condition else body
    if _parser().parse(f"return {wrapper}".encode()).root_node.has_error:
        return [EvalProblem(EvalProblemKind.STATEMENTS, 0, len(body), body)]
    if condition and not closed:
        last = _last_line_comment(tree.root_node)
        unclosed = f"return Boolean({body})".encode()
        if last is not None and _parser().parse(unclosed).root_node.has_error:
            start = _chars(data, last.start_byte) - shift
            return [EvalProblem(EvalProblemKind.COMMENT_LAST, start, len(body), body[start:])]
    if not condition:
        comment = _leading_comment_line(body)
        if comment is not None:
            return [EvalProblem(EvalProblemKind.COMMENT_FIRST, 0, comment, body[:comment])]
    return []


def _last_line_comment(root: tree_sitter.Node) -> tree_sitter.Node | None:
    """The `//` comment the text ends with, if any."""
    node = root
    while node.children:
        node = node.children[-1]
    if node.type == "comment" and node.text is not None and node.text.startswith(b"//"):
        return node
    return None


def _leading_comment_line(body: str) -> int | None:
    """Where the leading comments end when a line ends among them: `return // note`
    then a new line is a complete `return;` (automatic semicolon insertion), and the
    code below never runs. None when the code starts on the first line."""
    at = 0
    crossed = False
    while at < len(body):
        rest = body[at:]
        stripped = rest.lstrip()
        skipped = rest[: len(rest) - len(stripped)]
        crossed = crossed or "\n" in skipped
        at += len(skipped)
        if stripped.startswith("//"):
            end = body.find("\n", at)
            if end < 0:
                return None
            at, crossed = end, True
        elif stripped.startswith("/*"):
            end = body.find("*/", at + 2)
            if end < 0:
                return None
            crossed = crossed or "\n" in body[at:end]
            at = end + 2
        else:
            break
    if at == 0 or not crossed:
        return None
    return len(body[:at].rstrip())


def _with_kind(
    word: EvalProblem,
    kind: EvalProblemKind,
    body: str,
    tree: tree_sitter.Tree,
    data: bytes,
    shift: int,
) -> EvalProblem:
    start = len(body[: word.start].encode("utf-8")) + shift
    node = tree.root_node.descendant_for_byte_range(start, start + 1)
    place = ReturnPlace.FUNCTION
    while node is not None:
        if node.type == "comment":
            place = ReturnPlace.COMMENT
            break
        if node.type in ("string", "template_string", "regex"):
            place = ReturnPlace.STRING
            break
        if node.type == "return_statement":
            if _top_level(node):  # statements ending with `return` (a condition's case)
                return EvalProblem(kind, word.start, word.end, word.text)
            break
        node = node.parent
    return EvalProblem(kind, word.start, word.end, word.text, place=place)


def _returns(root: tree_sitter.Node) -> bool:
    """A `return` of the body itself (not of a function inside it)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            return True
        if node.type in _FUNCTIONS or node.type in ("class", "class_declaration"):
            continue
        stack.extend(node.children)
    return False


def _rewrite_problems(
    body: str, root: tree_sitter.Node, data: bytes, shift: int, condition: bool
) -> list[EvalProblem]:
    out: list[EvalProblem] = []
    for match in (*AWAITED.finditer(body), *CALLS.finditer(body)):
        start, end = match.start(), match.end()
        node = _node_at(root, body, start, shift)
        if node is None or not _in_code(node):
            continue
        if _cut(node, body, start, shift):
            if node.type == "identifier" and _free(body, node, data):
                continue  # an undeclared name (`previous_results`): WAC509's finding
            head = _name_start(body, start)
            read = body[head:end]
            out.append(
                EvalProblem(
                    EvalProblemKind.SPLIT_NAME,
                    head,
                    end,
                    read,
                    f"{body[head:start]}(await {match.group(0)}",
                )
            )
            continue
        if _inside_plain_function(node):
            out.append(EvalProblem(EvalProblemKind.AWAIT_IN_FUNCTION, start, end, match.group(0)))
    out.extend(_unawaited(root, data, shift, condition))
    return out


def _free(body: str, node: tree_sitter.Node, data: bytes) -> bool:
    name = data[node.start_byte : node.end_byte].decode("utf-8", "replace")
    return any(n.name == name for n in free_names(body))


def _cut(node: tree_sitter.Node, body: str, start: int, shift: int) -> bool:
    """The regex's match starts inside a longer token (`all_results`) or at a
    property (`payload.results`), not at the identifier `results` itself
    (`...results.x` and `(results.x)` are whole)."""
    byte = len(body[:start].encode("utf-8")) + shift
    return node.type == "property_identifier" or node.start_byte < byte


def _node_at(root: tree_sitter.Node, body: str, start: int, shift: int) -> tree_sitter.Node | None:
    byte = len(body[:start].encode("utf-8")) + shift
    return root.descendant_for_byte_range(byte, byte + 1)


def _in_code(node: tree_sitter.Node) -> bool:
    current: tree_sitter.Node | None = node
    while current is not None:
        if current.type == "template_substitution":
            return True
        if current.type in _NOT_CODE:
            return False
        current = current.parent
    return True


def _inside_plain_function(node: tree_sitter.Node) -> bool:
    current = node.parent
    while current is not None:
        if current.type in _FUNCTIONS and not any(c.type == "async" for c in current.children):
            return True
        current = current.parent
    return False


def _name_start(body: str, start: int) -> int:
    """Where the member chain or name the regex cut into begins (`payload.results.x`)."""
    head = start
    while head > 0 and (body[head - 1].isalnum() or body[head - 1] in "_$.?"):
        head -= 1
    return head


def _unawaited(
    root: tree_sitter.Node, data: bytes, shift: int, condition: bool
) -> list[EvalProblem]:
    """`results[...]` the regex leaves alone (single quotes, a computed key,
    `results?.["x"]`), used for more than being the value itself (in a condition,
    `Boolean(promise)` is always true)."""
    out: list[EvalProblem] = []
    declared = _declares_results(root, data)
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type != "subscript_expression" or declared:
            continue
        obj = node.child_by_field_name("object")
        if (
            obj is None
            or obj.type != "identifier"
            or data[obj.start_byte : obj.end_byte]
            not in (
                b"results",
                b"flow_env",
            )
        ):
            continue
        raw = data[node.start_byte : node.end_byte].decode("utf-8", "replace")
        if AWAITED.match(raw):
            continue
        if _used_whole(node, condition):
            continue
        start = _chars(data, node.start_byte) - shift
        out.append(EvalProblem(EvalProblemKind.NOT_AWAITED, start, start + len(raw), raw))
    return out


def _declares_results(root: tree_sitter.Node, data: bytes) -> bool:
    """The text binds its own `results` (a local list), which the flow's does not reach."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in ("variable_declarator", "formal_parameters", "catch_clause"):
            name = node.child_by_field_name("name") if node.type == "variable_declarator" else node
            if name is not None and b"results" in data[name.start_byte : name.end_byte]:
                return True
        stack.extend(node.children)
    return False


def _used_whole(node: tree_sitter.Node, condition: bool) -> bool:
    """The read is awaited, or is itself the value the body returns (a returned
    promise is awaited by the async function)."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is not None and parent.type == "await_expression":
        return True
    if parent is None or condition:
        return not condition
    if parent.type == "return_statement":
        return _top_level(parent)
    if parent.type == "expression_statement" and parent.parent is not None:
        return parent.parent.type == "program"
    return False


def _top_level(node: tree_sitter.Node) -> bool:
    current = node.parent
    while current is not None:
        if current.type in _FUNCTIONS:
            return False
        current = current.parent
    return True
