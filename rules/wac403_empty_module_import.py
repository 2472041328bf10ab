"""WAC403: an import of a workspace script that loads as an empty module, or is not pushed."""

from __future__ import annotations

from pathlib import Path

from wac_lint.model import Span
from wac_lint.rule import ERROR, WARNING, Rule, RuleContext, code_span, py, ts
from wac_lint.rules import _module_level
from wac_lint.rules._sdk_calls import Node
from wac_lint.rules.wac401_unresolved_task_target import WORKSPACE_COMPLETE
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT
from wac_lint.workspace.imports import resolve_typescript
from wac_lint.workspace.view import WorkspaceView

EMPTY = "Windmill's loader binds every name imported from it to an empty module"


def beside(dot: str, written: str) -> str:
    """` beside this script` for an import of the script's own folder (`.clock`, `./clock`)."""
    return (
        " beside this script"
        if written.startswith(dot) and written[len(dot) : len(dot) + 1] != "."
        else ""
    )


def lazy_name(init: Path, module: str, name: str, level: int, workspace: WorkspaceView) -> bool:
    """`from f.lib import Batch` where f/lib/ is a folder whose `__init__.py` binds no
    `Batch` but defines a module `__getattr__` (PEP 562) to serve names lazily, and the
    folder has no script or folder of that name."""
    if not init.is_file() or not workspace.serves_lazily(init):
        return False
    names = workspace.module_names(init)
    if names is not None and name in names:
        return False
    return workspace.python_folder(f"{module}.{name}", level) is None


class EmptyModuleImport(Rule):
    code = "WAC403"
    name = "empty-module-import"
    severity = ERROR
    languages = (LANG_PYTHON, LANG_TYPESCRIPT)
    summary = (
        "`from f.x import name` where Windmill's loader binds `name` to an empty module: "
        "a folder's `__init__.py` never runs, a name the script does not define, a script "
        "the repository lacks or does not push"
    )
    message = "Windmill binds this name to an empty module; import it from the script defining it"
    settings = (WORKSPACE_COMPLETE,)
    docs = """
## What it does
Checks the names a Python script imports from other scripts of the repository
(`from f.common.slack import SlackNotifier`, `from .helpers import notify`) and
reports the two ways Windmill's import loader hands back an empty module instead:

* the module is a **folder** (`from f.common import SlackNotifier` where `f/common/`
  is a folder) and the name is defined only by the folder's `__init__.py` (also a name
  it would serve lazily through a module `__getattr__`). Windmill
  loads a folder as an empty namespace module and never runs `__init__.py` (a
  script of its own, `f/common/__init__`), so the name is then looked up as the
  script `f/common/SlackNotifier`; a star import of such a folder (`from f.common
  import *`) binds none of the names its `__init__.py` defines, and the folder
  imported whole (`import f.common as common`, `import f.common`) has none of them
  as attributes (`common.SlackNotifier` raises `AttributeError`);
* the module is a **script** of the repository that does not bind the name (no
  `def`, class, assignment or import of it; a star import of another script of the
  repository binds the names that script's `__all__` lists, else its names without a
  leading `_`, and a star import of anything else may bind any name);
* the module matches a script of the repository only in another case
  (`f.Common.slack` for `f/common/slack.py`): Windmill's paths are case-sensitive.
* a **relative** import names no script of the repository at all (`from .clock import
  period_end` in `f/ops/`, which has no `clock.py`: a module copied from another folder
  that has one); an absolute one (`from f.legacy.dates import parse`) only with
  `workspace-complete = true`, as the script may live only in the workspace.

Each way the loader asks the workspace for a script of that path, gets a 404 and
returns an empty module rather than failing the import (the `WindmillFinder` that
Windmill's Python executor installs): the mistake shows only when the name is used
(`SlackNotifier()` raises `TypeError: 'module' object is not callable`).

And an import of a script the workspace may not have:

* a script of the repository that `wmill.yaml`'s `includes` / `excludes` (or its
  `skipScripts: true`) leave out of `wmill sync push` (`includes: [f/**]` leaves `u/`
  out), imported by a script
  that is pushed (a warning; also a TypeScript import, `"/u/alice/fmt.ts"`, which
  then fails to load): the importer reaches the workspace without it.

A TypeScript import of a module the repository does not have fails when the script
loads: reported for a relative specifier (`import { periodEnd } from "./clock"` in a
folder without `clock.ts`), and for an absolute one (`"/f/legacy/fmt.ts"`) with
`workspace-complete = true`; an import TypeScript and Bun drop (`import type`, or names
read only as types) loads nothing and is left alone. So does a name a module of the
repository does not export, directly or through its `export *` of other modules of the
repository (an export renamed while a caller still imports the old name, a default import
of a module with no default export): Bun links imports by name as the script loads, and a
missing export is a `SyntaxError`. A module re-exporting a package with `export *`
may export any name.

## Why is this bad
The import succeeds and the script fails later, in the middle of a workflow run,
after the tasks before it have run.

## Example
```python
from f.common import SlackNotifier  # defined in f/common/__init__.py
```

## Use instead
```python
from f.common.slack import SlackNotifier
```
"""
    VALID = [
        py(
            "from wmill import workflow\n\nfrom f.common.slack import SlackNotifier\n\n"
            "@workflow\nasync def main():\n    return SlackNotifier.__name__\n",
            files={
                "f/common/slack.py": "class SlackNotifier:\n    pass\n",
                "f/common/__init__.py": "from .slack import SlackNotifier\n",
            },
        ),
        ts(
            'import { workflow } from "windmill-client";\n\n'
            'import { shout } from "/f/lib/fmt.ts";\n\n'
            "export const main = workflow(async (t: string) => shout(t));\n",
            files={
                "wmill.yaml": "includes:\n  - f/**\n",
                "f/lib/fmt.ts": "export const shout = (t: string) => t.toUpperCase();\n",
            },
        ),
    ]
    INVALID = [
        ts(
            'import { workflow } from "windmill-client";\n\n'
            'import { shout } from «"/u/alice/fmt.ts"»;\n\n'
            "export const main = workflow(async (t: string) => shout(t));\n",
            files={
                "wmill.yaml": "includes:\n  - f/**\n",
                "u/alice/fmt.ts": "export const shout = (t: string) => t.toUpperCase();\n",
            },
        ),
        py(
            "from wmill import workflow\n\nfrom f.common import «SlackNotifier»\n\n"
            "@workflow\nasync def main():\n    return SlackNotifier()\n",
            files={
                "f/common/slack.py": "class SlackNotifier:\n    pass\n",
                "f/common/__init__.py": "from .slack import SlackNotifier\n",
            },
        ),
        py(
            "from wmill import workflow\n\nfrom f.common.slack import «Notifier»\n\n"
            "@workflow\nasync def main():\n    return Notifier()\n",
            files={"f/common/slack.py": "class SlackNotifier:\n    pass\n"},
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        workspace = ctx.workspace
        if workspace is None or not workspace.is_windmill_project:
            return
        stack: list[Node] = [ctx.model.tree.root_node]
        while stack:
            node = stack.pop()
            if node.type == "import_from_statement":
                self.check_import(node, ctx, workspace)
                continue
            if node.type == "import_statement" and node.child_by_field_name("source"):
                self.check_ts_import(node, ctx, workspace)
                continue
            if node.type == "import_statement":
                self.check_plain_import(node, ctx, workspace)
                continue
            stack.extend(node.named_children)

    @staticmethod
    def left_out(
        module: Node, file: Path, fails: str, ctx: RuleContext, workspace: WorkspaceView
    ) -> bool:
        """Report an import of a script wmill.yaml leaves out of `wmill sync push`
        (`fails`: what then happens to the import)."""
        if not workspace.left_behind(file):
            return False
        written = (module.text or b"").decode("utf-8", "replace").strip("\"'`")
        ctx.report(
            Span.of(module),
            f"{code_span(written)} is {workspace.shown(file)}, which "
            f"{workspace.left_out_by(file)} out of `wmill sync push`: this script is pushed "
            "without it, "
            f"and {fails} unless the workspace already has that script",
            severity=WARNING,
        )
        return True

    def check_plain_import(
        self, statement: Node, ctx: RuleContext, workspace: WorkspaceView
    ) -> None:
        """`import f.scratch.util` (Python): a script of the tree left out of sync;
        `import f.lib as lib` of a folder, then `lib.run_query(...)` of a name only its
        `__init__.py` defines."""
        for item in statement.children_by_field_name("name"):
            name = item.child_by_field_name("name") if item.type == "aliased_import" else item
            if name is None or name.type != "dotted_name":
                continue
            dotted = (name.text or b"").decode("utf-8", "replace")
            script = workspace.python_module(dotted, 0)
            if script is not None:
                self.left_out(name, script, EMPTY, ctx, workspace)
                continue
            folder = workspace.python_folder(dotted, 0)
            if folder is not None:
                alias = item.child_by_field_name("alias") if item.type == "aliased_import" else None
                held = (alias.text or b"").decode("utf-8", "replace") if alias else dotted
                self.check_folder_members(statement, dotted, held, folder, ctx, workspace)

    @staticmethod
    def check_folder_members(
        statement: Node,
        dotted: str,
        held: str,
        folder: Path,
        ctx: RuleContext,
        workspace: WorkspaceView,
    ) -> None:
        """`import f.lib as lib` then `lib.run_query(...)` (or `import f.lib` then
        `f.lib.run_query(...)`) where f/lib/ is a folder and only its `__init__.py`
        defines `run_query`: Windmill's loader makes the folder an empty module, which
        has no such attribute."""
        init = folder / "__init__.py"
        names = workspace.module_names(init) if init.is_file() else None
        lazy = init.is_file() and workspace.serves_lazily(init)
        if not names and not lazy:
            return
        semantic = ctx.model.semantic
        reported: set[str] = set()
        stack: list[Node] = [ctx.model.tree.root_node]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type != "attribute":
                continue
            owner = node.child_by_field_name("object")
            member = node.child_by_field_name("attribute")
            if owner is None or member is None or owner.text != held.encode():
                continue
            if semantic is not None and owner.type == "identifier":
                binding = semantic.resolve(owner)
                if binding is None or binding.node is None:
                    continue
                if not (statement.start_byte <= binding.node.start_byte < statement.end_byte):
                    continue  # the name is bound again: not the folder
            attr = (member.text or b"").decode("utf-8", "replace")
            if attr in reported or attr.startswith("__") or not (lazy or attr in (names or ())):
                continue
            if workspace.python_module(f"{dotted}.{attr}", 0) is not None:
                continue  # `lib.clock`: the script f/lib/clock
            if workspace.python_folder(f"{dotted}.{attr}", 0) is not None:
                continue
            reported.add(attr)
            shown = workspace.shown(folder)
            served = "" if attr in (names or ()) else " (nor does its module `__getattr__` run)"
            ctx.report(
                Span.of(node),
                f"{code_span(dotted)} is the folder {shown}/: Windmill loads it as an empty "
                f"module and never runs {workspace.shown(init)}{served}, so the module has no "
                f"{code_span(attr)} and reading {code_span(held + '.' + attr)} raises "
                "`AttributeError`; import it from the script that defines it",
            )

    def check_ts_import(self, statement: Node, ctx: RuleContext, workspace: WorkspaceView) -> None:
        """`import { x } from "/u/alice/fmt.ts"`: a module of the tree left out of sync."""
        source = statement.child_by_field_name("source")
        if source is None or _module_level.type_only(statement):
            return  # `import type`: erased, nothing is loaded
        specifier = (source.text or b"").decode("utf-8", "replace").strip("\"'`")
        file = resolve_typescript(specifier, workspace.file, workspace.project, workspace.consulted)
        if file is not None:
            if not self.left_out(source, file, "the import fails", ctx, workspace):
                self.check_ts_names(statement, specifier, file, ctx, workspace)
            return
        path = workspace.typescript_module_path(specifier)
        if path is None or _module_level.unused_import(ctx.model, statement):
            return  # a package, or an import TypeScript and Bun drop: nothing is loaded
        if not specifier.startswith(".") and not ctx.flag(WORKSPACE_COMPLETE):
            return  # a script only the workspace may have
        ctx.report(
            Span.of(source),
            f"{code_span(specifier)} matches no script of the repository (no "
            f"{code_span(path + '.ts')}{beside('./', specifier)}): the import fails and the "
            "script does not start",
        )

    @staticmethod
    def check_ts_names(
        statement: Node, specifier: str, file: Path, ctx: RuleContext, workspace: WorkspaceView
    ) -> None:
        """`import { tapStep } from "/f/kit/index.ts"` where neither the module nor the
        modules it re-exports with `export *` export `tapStep` (renamed, say): Bun links
        imports by name as the script loads, and a missing export is a `SyntaxError`."""
        taken = _module_level.imported_value_names(ctx.model, statement)
        exports = workspace.typescript_exports(file) if taken else None
        if exports is None:
            return
        for node, name in taken:
            if name in exports:
                continue
            what = "no default" if name == "default" else f"no {code_span(name)}"
            ctx.report(
                Span.of(node),
                f"{workspace.shown(file)} exports {what}, directly or through `export *`: Bun "
                "links an import to its module's exports by name as the script loads, so the "
                "script fails with a `SyntaxError` before the workflow runs",
            )

    def check_import(self, statement: Node, ctx: RuleContext, workspace: WorkspaceView) -> None:
        module_node = statement.child_by_field_name("module_name")
        if module_node is None:
            return
        written = (module_node.text or b"").decode("utf-8", "replace")
        level = len(written) - len(written.lstrip("."))
        module = written.lstrip(".")
        if not module:
            return  # `from . import x`: a script of the folder, or nothing to say
        script = workspace.python_module(module, level)
        folder = workspace.python_folder(module, level) if script is None else None
        if script is not None and self.left_out(module_node, script, EMPTY, ctx, workspace):
            return
        if script is None and folder is None:
            spelled = workspace.python_other_case(module, level)
            if spelled is not None:
                # `from f.Common.slack import X` for f/common/slack.py: Windmill's paths are
                # case-sensitive, the loader's 404 gives an empty module
                dots = "." * level
                ctx.report(
                    Span.of(module_node),
                    f"{code_span(written)} matches no script of the repository: Windmill's "
                    "paths are case-sensitive, so its loader finds no script there and binds "
                    f"every name imported from it to an empty module; did you mean "
                    f"{code_span(dots + spelled)}?",
                )
                return
            path = workspace.python_module_path(module, level)
            if path is not None and (level > 0 or ctx.flag(WORKSPACE_COMPLETE)):
                self.missing_python(module_node, written, path, ctx)
            return
        if folder is not None:
            self.check_star_of_folder(statement, written, folder, ctx, workspace)
        for name_node in statement.children_by_field_name("name"):
            plain = (
                name_node.child_by_field_name("name")
                if name_node.type == "aliased_import"
                else name_node
            )
            if plain is None or plain.type != "dotted_name" or plain.named_child_count != 1:
                continue
            name = (plain.text or b"").decode("utf-8", "replace")
            if workspace.python_module(f"{module}.{name}", level) is not None:
                continue  # `from f.common import slack`: the script f/common/slack
            message = None
            if script is not None:
                names = workspace.module_names(script)
                if names is not None and name not in names:
                    message = (
                        f"{workspace.shown(script)} defines no {code_span(name)}: Windmill's "
                        f"loader then fetches the script "
                        f"{code_span(workspace.shown(script).rsplit('.', 1)[0] + '/' + name)}, "
                        "finds none and binds an empty module, so using "
                        f"{code_span(name)} fails at run time"
                    )
            elif folder is not None:
                init = folder / "__init__.py"
                names = workspace.module_names(init) if init.is_file() else None
                if lazy_name(init, module, name, level, workspace):
                    shown = workspace.shown(folder)
                    message = (
                        f"{code_span(written)} is the folder {shown}/: Windmill loads it as "
                        f"an empty module and never runs {workspace.shown(init)}, so its "
                        f"module `__getattr__` never serves {code_span(name)}: the name is "
                        f"fetched as the script {code_span(shown + '/' + name)}, which does "
                        "not exist, and is bound to an empty module; import it from the "
                        "script that defines it"
                    )
                elif names is not None and name in names:
                    shown = workspace.shown(folder)
                    message = (
                        f"{code_span(written)} is the folder {shown}/: Windmill loads it as "
                        f"an empty module and never runs {workspace.shown(init)}, so "
                        f"{code_span(name)} is fetched as the script "
                        f"{code_span(shown + '/' + name)}, which does not exist, and is bound "
                        f"to an empty module; import it from the script that defines it"
                    )
            if message is not None:
                ctx.report(Span.of(plain), message)

    @staticmethod
    def missing_python(module_node: Node, written: str, path: str, ctx: RuleContext) -> None:
        """`from .clock import period_end` where the tree has no `clock` script there."""
        ctx.report(
            Span.of(module_node),
            f"{code_span(written)} matches no script of the repository (no "
            f"{code_span(path + '.py')}{beside('.', written)}): Windmill's loader "
            f"finds no script {code_span(path)} and binds every name imported from it to an "
            f"empty module, so using one fails at run time",
        )

    @staticmethod
    def check_star_of_folder(
        statement: Node, written: str, folder: Path, ctx: RuleContext, workspace: WorkspaceView
    ) -> None:
        """`from f.common import *` where f/common/ is a folder: the empty module Windmill
        binds exports nothing, so the names its `__init__.py` defines are never bound."""
        star = next((c for c in statement.named_children if c.type == "wildcard_import"), None)
        if star is None:
            return
        init = folder / "__init__.py"
        names = workspace.module_names(init) if init.is_file() else None
        public = sorted(n for n in names or () if not n.startswith("_"))
        if not public:
            return  # nothing the author can have meant to import
        shown = workspace.shown(folder)
        listed = ", ".join(code_span(n) for n in public[:3]) + (", ..." if len(public) > 3 else "")
        ctx.report(
            Span.of(star),
            f"{code_span(written)} is the folder {shown}/: Windmill loads it as an empty "
            f"module and never runs {workspace.shown(init)}, so `import *` binds none of the "
            f"names it defines ({listed}) and using them fails at run time; import them from "
            "the scripts that define them",
        )
