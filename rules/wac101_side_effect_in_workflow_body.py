"""WAC101: I/O in the workflow body."""

from __future__ import annotations

from pathlib import Path

from wac_lint.model import BodyCall, CallKind, ScriptModel, Span
from wac_lint.rule import Related, Rule, RuleContext, py, ts
from wac_lint.rules import _catalogue, _wrap_in_step
from wac_lint.rules import _sdk_calls as sdk
from wac_lint.rules._sdk_calls import Node
from wac_lint.workspace.view import WorkspaceView

CATEGORY_WORDS = {
    "network": "does network I/O",
    "database": "talks to a database or queue",
    "files": "touches the file system",
    "data-io": "reads or writes data outside the workflow (a file, a URL or a database)",
    "process": "starts or signals a process",
    "waiting": "waits, holding the worker (use the SDK's `sleep`),",
    "notification": "sends a notification",
    "external-api": "calls a cloud or external API",
    "windmill-api": "calls the Windmill API",
    "configured": "is a side effect (project configuration)",
}


class SideEffectInWorkflowBody(Rule):
    code = "WAC101"
    name = "side-effect-in-workflow-body"
    summary = "The workflow body does I/O, which runs again on every replay"
    message = "Move this side effect into a task or a `step(...)`"
    fix_kind = "suggestion"
    settings = _catalogue.SIDE_EFFECT_SETTINGS
    docs = """
## What it does
Finds calls in the workflow body that do I/O: network (`requests`, `httpx`,
`aiohttp`, `fetch`, `axios`, ...), databases and queues (`psycopg`, `sqlalchemy`,
`redis`, `boto3`, `pg`, `mysql2`, ...), files (`open`, `pathlib` writes, `fs`,
`Bun.write`, ...), processes (`subprocess`, `os.system`, `child_process`,
`Bun.spawn`), notifications (`smtplib`, Slack clients, ...), waiting
(`time.sleep`, `setTimeout`), and Windmill API calls that are not WAC primitives
(`wmill.set_variable`, `getVariable`, `setFlowUserState`, `runScript`, ...).
Calls made by a plain helper function that the body calls are reported at the
call of the helper. Building a client that connects lazily (`boto3.client("s3")`,
`OpenAI()`, `redis.Redis.from_url(...)`, `new S3Client()`, an AWS `new
...Command(...)`) is not reported; its requests are, wherever they run in the body.

The "workflow body" is the workflow function's own code, with its loops,
branches, try blocks and the callbacks it runs itself (the function given to
`parallel`, a `.map` callback), but not task bodies nor the function given to
`step(...)`, which is where side effects belong.

Also I/O at module level of a workflow script (`CONFIG =
requests.get(url).json()`, a top-level `await fetch(...)`): at each suspension
"the script exits" and the next round runs it again from the top (Windmill's
launch post), so module-level code runs on every replay too. Not reported there:
a call whose result a module-level name keeps (`pool = new Pool(...)`,
`engine = create_engine(...)`: clients that connect lazily, whose requests the
body makes), file reads (configuration), and Python's `if __name__ ==
"__main__":` block, which Windmill never runs. A workspace module the script
imports (`from f.lib.flags import FLAGS`, `import { FLAGS } from
"/f/lib/flags.ts"`) runs its module-level code at each import, so on every
replay too: its first such call is reported at the import statement.

The catalogue is data: `rules/side_effects.toml`. Add project-specific calls
with `extend-side-effects = ["mycompany.api"]`, or accept one with
`allow-side-effects = ["wmill.get_variable"]`.

## Why is this bad
A workflow is replayed from the top after every suspension (each task, sleep
and approval). Anything the body does directly happens again on each replay:
the email is sent five times, the row inserted five times. Completed tasks and
steps are replayed from their checkpoint instead of running again.

## Example
```python
@workflow
async def main(order_id: str):
    order = await fetch_order(order_id)
    requests.post(WEBHOOK, json=order)
```

## Use instead
```python
@workflow
async def main(order_id: str):
    order = await fetch_order(order_id)
    await step("notify", lambda: requests.post(WEBHOOK, json=order).status_code)
```
"""
    VALID = [
        py(
            "import requests\nfrom wmill import task, step, workflow\n\n@task()\n"
            "async def fetch(url: str):\n    return requests.get(url).json()\n\n"
            "@workflow\nasync def main(url: str):\n    data = await fetch(url)\n"
            '    await step("notify", lambda: requests.post(url, json=data).status_code)\n'
            "    return data\n"
        ),
        py(
            "from urllib.parse import quote\nfrom wmill import workflow\n\n@workflow\n"
            "async def main(x: str):\n    return quote(x)\n"
        ),
        ts(
            'import { task, step, workflow } from "windmill-client";\n'
            "const load = task(async (url: string) => (await fetch(url)).json());\n"
            "export const main = workflow(async (url: string) => {\n"
            "  const data = await load(url);\n"
            '  await step("notify", () => fetch(url, { method: "POST" }).then((r) => r.status));\n'
            "  return data;\n});\n"
        ),
    ]
    INVALID = [
        py(
            "import requests\nfrom wmill import workflow\n\n@workflow\nasync def main(url: str):\n"
            "    return «requests.post»(url).status_code\n"
        ),
        py(
            "from wmill import workflow\n\n@workflow\nasync def main(path: str):\n"
            "    with «open»(path) as f:\n        return f.read()\n"
        ),
        py(
            "import wmill\nfrom wmill import workflow\n\n@workflow\nasync def main():\n"
            '    return «wmill.get_variable»("u/me/token")\n'
        ),
        py(
            "import subprocess\nfrom wmill import workflow\n\ndef run():\n"
            '    return subprocess.run(["ls"])\n\n@workflow\nasync def main():\n    «run()»\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            "export const main = workflow(async (url: string) => {\n"
            "  const res = await «fetch»(url);\n  return res.status;\n});\n"
        ),
        ts(
            'import { workflow, getVariable } from "windmill-client";\n'
            "export const main = workflow(async () => {\n"
            '  return await «getVariable»("u/me/token");\n});\n'
        ),
        ts(
            'import { workflow, parallel } from "windmill-client";\nimport axios from "axios";\n'
            "export const main = workflow(async (urls: string[]) => {\n"
            "  return await parallel(urls, async (u) => (await «axios.get»(u)).data);\n});\n"
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        extend = ctx.strings(_catalogue.EXTEND_SIDE_EFFECTS)
        allow = ctx.strings(_catalogue.ALLOW_SIDE_EFFECTS)
        matches = list(_catalogue.body_matches(ctx, "side_effects.toml", extend, allow))
        # objects whose methods are reported: `httpx.AsyncClient()` then `c.get(...)`
        # (each level of a chain: `s3.Bucket(...)` of `boto3.resource(...)` too)
        used = {c.qualname[:i] for c, _ in matches for i, ch in enumerate(c.qualname) if ch == "("}
        for call, entry in matches:
            if call.kind == CallKind.READ:
                continue  # naming a function (to pass it on) does no I/O
            if call.qualname in used:
                continue  # building the client does no I/O; its calls are the finding
            what = CATEGORY_WORDS.get(entry.category, "is a side effect")
            ctx.report(
                call.report_span,
                f"{_catalogue.describe(ctx, call)} {what} in the workflow body, which re-runs on "
                "every replay; move it into a task or a `step(...)`",
                related=_catalogue.related(call),
                silenced=_catalogue.silenced(call),
                fix=_wrap_in_step.suggestion(ctx, call),
            )
        self.module_level(ctx, extend, allow)

    def module_level(
        self, ctx: RuleContext, extend: tuple[str, ...], allow: tuple[str, ...]
    ) -> None:
        """I/O the workflow script does at module level: at each suspension "the script
        exits" and the next round runs it again from the top (Windmill's launch post),
        so a call outside every function is made again on every replay."""
        model = ctx.model
        semantic = model.semantic
        if semantic is None or sdk.facts(model).workflow_function is None:
            return
        catalogue, allowed = _catalogue.effective(
            "side_effects.toml", model.language, extend, allow
        )
        syntax = semantic.syntax
        for node in module_level_calls(semantic.root, syntax.functions, syntax.calls | syntax.new):
            is_new = node.type in semantic.syntax.new
            callee = node.child_by_field_name("constructor" if is_new else "function")
            qualname = semantic.qualified_name(callee) if callee is not None else None
            if qualname is None or qualname.startswith(("~", ".")) or "(" in qualname:
                continue  # unresolved, or a method of an object built at module level
            if _stored(node):
                continue  # a client or connection kept for the body (`pool = Pool(...)`)
            args = node.child_by_field_name("arguments")
            count = len(args.named_children) if args is not None else 0
            probe = BodyCall(
                qualname, CallKind.NEW if is_new else CallKind.CALL, node, Span.of(node), count
            )
            entry = catalogue.lookup(probe)
            if (
                entry is None
                or entry.category not in MODULE_LEVEL_CATEGORIES
                or allowed.lookup(probe) is not None
            ):
                continue
            what = CATEGORY_WORDS[entry.category]
            ctx.report(
                Span.of(callee) if callee is not None else Span.of(node),
                f"`{qualname}` {what} at module level: the script runs again from the top "
                "on every replay of the workflow, so this happens again each time; call it "
                "in a task or a `step(...)` in the body",
            )
        self.imported_modules(ctx, catalogue, allowed)

    def imported_modules(
        self, ctx: RuleContext, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
    ) -> None:
        """A workspace module the script imports runs its own module-level code at each
        import, so on every replay too: its I/O is reported at the import."""
        workspace = ctx.workspace
        model = ctx.model
        if workspace is None or model.semantic is None:
            return
        for statement, file in workspace_imports(model, workspace):
            found = _first_module_io(file, workspace, catalogue, allowed)
            if found is None:
                continue
            qualname, category, related = found
            shown = workspace.shown(file)
            ctx.report(
                Span.of(statement),
                f"importing {shown} runs its module-level `{qualname}` (line {related.row}), "
                f"which {CATEGORY_WORDS[category].removesuffix(',')}, on every replay of the "
                "workflow: the script runs again from the top each time; move that call into "
                "a function the workflow runs in a task or a `step(...)`",
                related=(related,),
            )


def workspace_imports(model: ScriptModel, workspace: WorkspaceView) -> list[tuple[Node, Path]]:
    """The import statements of the script that reach workspace modules, with the
    module each reaches."""
    from wac_lint.workspace.imports import resolve_python, resolve_typescript

    project = workspace.project
    here = workspace.file
    out: list[tuple[Node, Path]] = []
    for statement in model.tree.root_node.named_children:
        files: list[Path | None] = []
        if statement.type == "import_from_statement":
            module = statement.child_by_field_name("module_name")
            text = model.text(module) if module is not None else ""
            level = len(text) - len(text.lstrip("."))
            found = resolve_python(text[level:], level, here, project, workspace.consulted)
            if found is None:  # `from f.lib import http`: the names are modules
                for item in statement.children_by_field_name("name"):
                    name = (
                        item.child_by_field_name("name") if item.type == "aliased_import" else item
                    )
                    if name is not None:
                        dotted = f"{text[level:]}.{model.text(name)}".strip(".")
                        files.append(
                            resolve_python(dotted, level, here, project, workspace.consulted)
                        )
            files.append(found)
        elif statement.type == "import_statement":
            spec = statement.child_by_field_name("source")  # TypeScript's `from "..."`
            if spec is not None:
                specifier = model.text(spec).strip("\"'`")
                files.append(resolve_typescript(specifier, here, project, workspace.consulted))
            for item in statement.children_by_field_name("name"):  # Python's `import a.b`
                name = item.child_by_field_name("name") if item.type == "aliased_import" else item
                if name is not None:
                    files.append(
                        resolve_python(model.text(name), 0, here, project, workspace.consulted)
                    )
        for file in files:
            if file is not None:
                out.append((statement, file))
    return out


def _first_module_io(
    file: Path,
    workspace: WorkspaceView,
    catalogue: _catalogue.Catalogue,
    allowed: _catalogue.Catalogue,
) -> tuple[str, str, Related] | None:
    """The first I/O call an imported module makes at module level (remembered per
    file state and catalogue: many workflows of a run import the same helpers)."""
    from wac_lint.engine import InputError
    from wac_lint.frontends import module_model
    from wac_lint.workspace.documents import open_text, read_source

    workspace.consulted.add(file)
    held = open_text(file)  # an editor's unsaved text wins over the disk's
    try:
        state = (-1, hash(held)) if held is not None else _stat(file)
    except OSError:
        return None
    key = (str(file), *state, id(catalogue), id(allowed))
    if key in _MODULE_IO:
        return _MODULE_IO[key]
    if len(_MODULE_IO) > 4096:
        _MODULE_IO.clear()
    try:
        model = module_model(read_source(file, workspace.shown(file)))
    except (InputError, RecursionError):
        return None
    found = _module_io(model, file, catalogue, allowed)
    _MODULE_IO[key] = found
    return found


def _stat(file: Path) -> tuple[int, int]:
    stat = file.stat()
    return stat.st_size, stat.st_mtime_ns


# (file, size, mtime or an editor text's hash, catalogue ids) -> the module's first
# module-level I/O call.
_MODULE_IO: dict[tuple[str, int, int, int, int], tuple[str, str, Related] | None] = {}


def _module_io(
    model: ScriptModel, file: Path, catalogue: _catalogue.Catalogue, allowed: _catalogue.Catalogue
) -> tuple[str, str, Related] | None:
    semantic = model.semantic
    if semantic is None:
        return None
    syntax = semantic.syntax
    for node in module_level_calls(semantic.root, syntax.functions, syntax.calls | syntax.new):
        is_new = node.type in syntax.new
        callee = node.child_by_field_name("constructor" if is_new else "function")
        qualname = semantic.qualified_name(callee) if callee is not None else None
        if qualname is None or qualname.startswith(("~", ".")) or "(" in qualname:
            continue
        if _stored(node):
            continue
        args = node.child_by_field_name("arguments")
        count = len(args.named_children) if args is not None else 0
        probe = BodyCall(
            qualname, CallKind.NEW if is_new else CallKind.CALL, node, Span.of(node), count
        )
        entry = catalogue.lookup(probe)
        if (
            entry is None
            or entry.category not in MODULE_LEVEL_CATEGORIES
            or allowed.lookup(probe) is not None
        ):
            continue
        span = Span.of(node)
        src = model.source
        related = Related(
            str(file),
            span.start_row + 1,
            src.char_column(span.start_row, span.start_col) + 1,
            span.end_row + 1,
            src.char_column(span.end_row, span.end_col) + 1,
            f"`{qualname}` runs when the module is imported",
        )
        return qualname, entry.category, related
    return None


# File reads at module level are usually configuration; these are not.
MODULE_LEVEL_CATEGORIES = frozenset(
    {"network", "database", "process", "waiting", "notification", "external-api", "windmill-api"}
)


# Python's `def` (with its decorators): the body runs when the function is called;
# a TypeScript class's fields are built with each instance, not when the module loads.
DEFINITIONS = frozenset(
    {"function_definition", "decorated_definition", "class_body", "class_definition"}
)


def module_level_calls(root: Node, functions: frozenset[str], calls: frozenset[str]) -> list[Node]:
    """Calls that run when the module is loaded: outside every function (a function
    stored for later runs where it is called) and outside Python's
    `if __name__ == "__main__":` block (Windmill imports the script, it never runs it
    as `__main__`)."""
    out: list[Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in functions or node.type in DEFINITIONS:
            continue
        if node.type == "if_statement" and _is_main_guard(node):
            continue
        if node.type in calls:
            out.append(node)
        stack.extend(reversed(node.named_children))
    return out


# Nodes a value passes through unchanged on its way to an assignment.
_WRAPPERS = frozenset(
    {
        "await",
        "await_expression",
        "parenthesized_expression",
        "conditional_expression",
        "ternary_expression",
        "boolean_operator",
        "binary_expression",
        "as_expression",
        "non_null_expression",
        "satisfies_expression",
        "type_assertion",
    }
)
_ASSIGNMENTS = {
    "assignment": "right",
    "variable_declarator": "value",
    "assignment_expression": "right",
}


def _stored(call: Node) -> bool:
    """The call's own result is what a module-level name holds: most such calls build a
    client that connects lazily, whose requests the body makes (and WAC101 reports
    there). A result used at once (`requests.get(url).json()`) is not stored."""
    node = call
    parent = node.parent
    while parent is not None and parent.type in _WRAPPERS:
        node, parent = parent, parent.parent
    if parent is None or parent.type not in _ASSIGNMENTS:
        return False
    value = parent.child_by_field_name(_ASSIGNMENTS[parent.type])
    return value is not None and value.id == node.id


def _is_main_guard(node: Node) -> bool:
    condition = node.child_by_field_name("condition")
    return condition is not None and b"__name__" in (condition.text or b"")
