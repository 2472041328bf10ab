"""Which name each durable call hands to the SDK's key allocator.

Python (wmill 1.850.0): a `@task` is keyed by `func.__name__`, a
`task_script`/`task_flow` by `path.rsplit("/", 1)[-1]` (then the whole path,
then "step", if empty); `step(name, fn)` by `name or "step"`; `sleep` by
"sleep"; `wait_for_approval(key=...)` by `key or "approval"`.

TypeScript (windmill-client 1.818.0): `task(fn)` is keyed by
`fn.name || taskPath || ""`, then `_nextStep` falls back to the script and
to "step"; `taskScript`/`taskFlow` by `path.split("/").pop() || path`.
An anonymous arrow passed to `task(...)` has `fn.name === ""` (JavaScript
names a function only when it is the direct initializer of a binding), so
`const x = task(async () => ...)` would be keyed "step" by the SDK alone.
Windmill's Bun executor rewrites the source before running a WAC script,
though: `handle_bun_job` in `backend/windmill-worker/src/bun_executor.rs`
turns `const x = task(async ...` into `const x = task("x", async ...` with
the regex below, so that `taskPath` (and the key) is "x". We apply the same
regex, quirks included: it only matches when `async` follows `task(` directly.
"""

from __future__ import annotations

import re

import tree_sitter

from wac_lint.constant_strings import folded_string
from wac_lint.graph.keys import KeyName
from wac_lint.model import DurableCall, ScriptModel, TaskDef

# Copied from Windmill's bun_executor.rs (TASK_RE); `\w`/`\s` are Unicode-aware there too.
WINDMILL_TASK_RE = re.compile(
    r"(?m)((?:export\s+)?(?:const|let|var)\s+)(\w+)(\s*=\s*task\s*(?:<[^>]*>)?\s*\(\s*)(async\b)"
)
MAX_RETRY_ATTEMPTS = 100  # both SDKs clamp retry.attempts to this
ATTEMPTS_RE = re.compile(r"""["']?attempts["']?\s*:\s*(\d+)\s*[,}]""")


def windmill_rewritten_tasks(model: ScriptModel) -> dict[int, str]:
    """Byte offset of each `task` callee Windmill renames -> the name it injects."""
    text = model.source.text
    found: dict[int, str] = {}
    for match in WINDMILL_TASK_RE.finditer(text):
        head = match.group(3)
        offset = match.start(3) + head.index("task")
        found[len(text[:offset].encode("utf-8"))] = match.group(2)
    return found


def python_task_name(task: TaskDef) -> KeyName:
    if task.kind == "task":
        if task.step_name is None:
            return KeyName.dynamic("<task>", r".+")
        name = task.step_name
        script = task.path or name
        return KeyName.exact(name or script or "step")
    if task.path is None:
        return KeyName.dynamic("<path>", r"[^/]*")
    name = task.path.rsplit("/", 1)[-1]
    return KeyName.exact(name or task.path or "step")


def typescript_task_name(task: TaskDef, rewritten: dict[int, str]) -> KeyName:
    if task.kind == "task":
        injected = rewritten.get(task.span.start_byte)
        path = injected if injected is not None else task.path
        # The model's step_name is `fn.name || path`: recover `fn.name` alone.
        fn_name = task.step_name if task.step_name and task.step_name != task.path else ""
        name = fn_name or path or ""
        script = path if path is not None else name
        return KeyName.exact(name or script or "step")
    if task.path is None:
        return KeyName.dynamic("<path>", r"[^/]*")
    name = task.path.split("/")[-1] or task.path
    return KeyName.exact(name or task.path or "step")


def dynamic_name(model: ScriptModel, node: tree_sitter.Node | None) -> KeyName:
    """A name computed at run time, shown with its literal parts kept."""
    if node is None:
        return KeyName.dynamic("<name>", r".*")
    parts = literal_parts(model, node)
    display = "".join(p if is_lit else f"<{p}>" for is_lit, p in parts)
    regex = "".join(re.escape(p) if is_lit else ".*" for is_lit, p in parts)
    return KeyName.dynamic(display, regex)


def literal_parts(model: ScriptModel, node: tree_sitter.Node) -> list[tuple[bool, str]]:
    """f"a_{x}" / `a_${x}` / "a_" + x as (is_literal, text) pieces."""
    text = model.text(node)
    if node.type in ("string", "template_string"):
        parts: list[tuple[bool, str]] = []
        pos = node.start_byte
        for child in node.named_children:
            if child.type in ("interpolation", "template_substitution"):
                parts.append((True, model.source.data[pos : child.start_byte].decode()))
                inner = child.named_children[0] if child.named_children else child
                parts.append((False, model.text(inner)))
                pos = child.end_byte
        parts.append((True, model.source.data[pos : node.end_byte].decode()))
        # strip the quotes and prefixes (f", `) from the first and last literal pieces
        first, last = parts[0][1], parts[-1][1]
        quote = next((i for i, c in enumerate(first) if c in "\"'`"), -1)
        parts[0] = (True, first[quote + 1 :] if quote >= 0 else first)
        if len(parts) == 1:
            parts[0] = (True, parts[0][1][:-1])
        else:
            parts[-1] = (True, last[:-1])
        return [p for p in parts if p[1] or not p[0]]
    if node.type in ("binary_operator", "binary_expression"):
        op = node.child_by_field_name("operator")
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if op is not None and model.text(op) == "+" and left is not None and right is not None:
            return literal_parts(model, left) + literal_parts(model, right)
    return [(False, text)]


def call_key_name(
    model: ScriptModel, call: DurableCall, task_name: KeyName | None = None
) -> KeyName:
    if call.kind == "sleep":
        return KeyName.exact("sleep")
    if call.kind in ("step", "approval"):
        if call.kind == "approval" and call.name_node is None:
            return KeyName.exact("approval")
        name = constant_name(model, call)
        if name is not None or call.name_is_literal:
            return KeyName.exact(name or call.kind)  # an empty name is keyed by the kind
        return dynamic_name(model, call.name_node)
    assert task_name is not None
    return task_name


def constant_name(model: ScriptModel, call: DurableCall) -> str | None:
    """The name a step or approval call passes when the source fixes it: a literal, or
    an expression of literals (`"fetch-" + "users"`, `f"{TEAM}_lead"`, a name bound
    once to one), which Windmill's parser draws as `step` but the SDK keys by value."""
    if call.name_is_literal:
        return call.name
    return folded_string(model, call.name_node) if call.name_node is not None else None


def retry_attempts(task: TaskDef | None) -> int | None:
    """How many retry keys a task claims: 0 without a policy, None if unreadable."""
    if task is None or "retry" not in task.options:
        return 0
    text = task.options["retry"].strip()
    if text in ("None", "null", "undefined"):
        return 0
    match = ATTEMPTS_RE.search(text)
    if match is None:
        return None
    return min(int(match.group(1)), MAX_RETRY_ATTEMPTS)
