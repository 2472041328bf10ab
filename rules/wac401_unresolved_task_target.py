"""WAC401: a task path that names no script or flow in the repository."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wac_lint.model import Span
from wac_lint.rule import ERROR, INFO, WARNING, Rule, RuleContext, code_span, flow, py, ts
from wac_lint.rules import _by_path, _sdk_calls
from wac_lint.rules._sdk_calls import Node, Primitive
from wac_lint.setting import flag
from wac_lint.source import LANG_FLOW, LANG_PYTHON, LANG_TYPESCRIPT
from wac_lint.workspace import TargetKind
from wac_lint.workspace.layout import windmill_path
from wac_lint.workspace.view import WorkspaceView

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel

FACTORIES = {Primitive.TASK_SCRIPT: TargetKind.SCRIPT, Primitive.TASK_FLOW: TargetKind.FLOW}

WORKSPACE_COMPLETE = flag(
    "workspace-complete",
    "Every script and flow of the workspace is in this repository: a path that "
    "matches none is an error.",
)


class UnresolvedTaskTarget(Rule):
    code = "WAC401"
    name = "unresolved-task-target"
    severity = INFO
    wac_only = False  # a plain script's by-path runners too (`run_script_by_path`)
    settings = (WORKSPACE_COMPLETE,)
    languages = (LANG_PYTHON, LANG_TYPESCRIPT, LANG_FLOW)
    summary = (
        "`task_script` / `task_flow`, or a flow's `script` / `flow` step, names a path "
        "that is not in the repository"
    )
    message = "Check the path: no script or flow of the repository has it"
    docs = """
## What it does
Looks up the path given to `task_script` / `taskScript` and
`task_flow` / `taskFlow`, the script path a task dispatches instead of its own
function (`@task(path="f/x/y")`, `task("f/x/y", async (...) => ...)`), (and the path
given to the SDK's by-path runners, anywhere in a
script: `wmill.run_script_by_path`, `run_flow_async`, `runScriptByPath`,
`runFlow`, their async forms and `run_script` / `runScript` with a path),
when it is a literal or a constant the SDK receives as one: a name assigned
one string once (`LOAD = "f/etl/load"`; a TypeScript `const`, not a `let`), an
f-string / template string or a `+` of such parts (`f"{BASE}/load"`), a member
of a constant dict / object, class or `str` Enum, or TypeScript `enum`
(`TARGETS["load"]`, `Flows.PIPELINE`, `Scripts.Export`), or a constant of a module
of the workspace (`from f.lib.paths import LOAD`, `paths.LOAD`, a member of a table
or `enum` it binds: `SCRIPTS.render`, `TARGETS["load"]`, also through a barrel
re-exporting it), or a call of a function of the file or of such a module whose body
only returns a string built from its parameters and constants, given constants
(`ops_script("purge")` of `def ops_script(name): return f"{OPS}/{name}"`, or of
an arrow `const` returning a template string); the path of a task made with a script path
(`@task(path=Scripts.SET_QUOTA)`) is read the same way,
in the repository the script belongs to (the tree
`wmill sync pull` writes: `f/<folder>/<name>.<ext>`, `<name>__mod/script.<ext>`,
flows in `<name>.flow/` or `<name>__flow/`), and reports a path that matches
nothing, or that names a flow where a script is dispatched (or the reverse).
A relative path (`./extract.ts`) is a module of the script itself: it is looked
up beside the script (in its `__mod/` folder when it has one). A target in the
repository but left out of `wmill sync push` by `wmill.yaml`'s `includes` /
`excludes` (`includes: [f/**]` leaves `u/` out; `excludes: [f/scratch/**]`), or by its
`skipScripts: true` / `skipFlows: true` (every script / flow; windmill-cli's sync
`if (skips.skipScripts && fileType === "script") continue`), given to
a flow's step by path, to `task_script` / `task_flow` or to a by-path runner while
the flow or script itself is pushed, is a warning: the caller reaches the workspace
without it.

Paths are only looked up in a Windmill project (a directory with `wmill.yaml`
or `wmill-lock.yaml` above the script): a script on its own says nothing about
where its targets are. A missing absolute path is `info`,
since the target may live only in the workspace (a script another team deploys);
set `workspace-complete = true` in the configuration when the repository holds
every script and flow, and it becomes an error. A path that is the folder or file name
`wmill sync pull` writes for a script or flow of the repository
(`f/etl/load__flow`, `f/etl/extract.py`) is an error: no Windmill path has that
suffix. A missing relative module, and
a script path that names a flow (or the reverse), are errors: the SDK sends the
path as it is (`task_script` keys the job by it, wmill 1.850.0 `client.py`;
`taskScript` likewise, windmill-client 1.818.0), and Windmill fails the child job
when it finds no such script or flow.

A flow's `type: script` and `type: flow` steps (and an AI agent's tools of
those types) are looked up the same way, by their `path`. `hub/...` paths
(Windmill Hub scripts, which Windmill fetches from the Hub when it runs them) are
not in any repository and are left alone, in flows, tasks and runners alike.

## Why is this bad
The mistake shows only when the workflow runs and reaches that task: the
child job fails, after every task before it has already run.

## Example
```python
extract = task_script("f/etl/extrct")
```

## Use instead
```python
extract = task_script("f/etl/extract")
```
"""
    VALID = [
        py(
            'from wmill import task_script, workflow\n\nhelper = task_script("f/x/y")\n\n'
            "@workflow\nasync def main():\n    return await helper()\n",
            files={"f/x/y.py": "def main():\n    return 1\n"},
        ),
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const helper = taskScript("f/x/y");\n'
            "export const main = workflow(async () => await helper({}));\n"
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n    - id: run\n      value:\n"
            "        type: flow\n        path: f/etl/pipeline\n        input_transforms: {}\n"
            "    - id: hub\n      value:\n"
            "        type: script\n        path: hub/123/slack/send\n"
            "        input_transforms: {}\n",
            files={"f/etl/pipeline__flow/flow.yaml": "summary: p\nvalue:\n  modules: []\n"},
        ),
    ]
    INVALID = [
        py(
            'from wmill import task_script, workflow\n\nextract = task_script(«"f/etl/extrct"»)\n\n'
            "@workflow\nasync def main(url: str):\n    return await extract(url=url)\n",
            files={"f/etl/extract.py": "def main(url: str):\n    return url\n"},
        ),
        py(
            'from wmill import task_script, workflow\n\nrun = task_script(«"f/etl/pipeline"»)\n\n'
            "@workflow\nasync def main():\n    return await run()\n",
            files={"f/etl/pipeline.flow/flow.yaml": "value:\n  modules: []\n"},
        ),
        ts(
            'import { taskScript, workflow } from "windmill-client";\n'
            'const extract = taskScript(«"./extract.ts"»);\n'
            "export const main = workflow(async () => await extract({}));\n",
            files={"f/example/other.ts": "export async function main() {}\n"},
        ),
        flow(
            "summary: s\nvalue:\n  modules:\n    - id: run\n      value:\n"
            "        type: script\n        path: «f/etl/pipeline»\n        input_transforms: {}\n",
            files={"f/etl/pipeline__flow/flow.yaml": "summary: p\nvalue:\n  modules: []\n"},
        ),
    ]

    def check(self, ctx: RuleContext) -> None:
        try:
            script = ctx.model
        except TypeError:
            pass  # a flow
        else:
            if _by_path.in_plain_script(script) and not _by_path.spells_runner(script):
                return  # a plain script that runs nothing by path: not even the workspace
        workspace = ctx.workspace
        if workspace is None or not workspace.is_windmill_project:
            return  # a script on its own: its targets may be anywhere
        try:
            model = ctx.flow
        except TypeError:
            pass  # a script
        else:
            self.check_flow(model, ctx, workspace)
            return
        if _by_path.in_plain_script(ctx.model):
            for run in _by_path.by_path_calls(ctx.model, workspace):
                self.check_runner(run, ctx, workspace)
            return
        for call in _sdk_calls.facts(ctx.model).calls:
            wanted = FACTORIES.get(call.primitive)
            if call.primitive is Primitive.TASK:
                # `@task(path="f/x/y")`, `task("f/x/y", async (...) => ...)`: the task
                # dispatches the script at that path (its own function runs only outside
                # a workflow; wmill 1.850.0 `task`, windmill-client 1.818.0 `task`)
                path_node = _task_path(call)
                wanted = TargetKind.SCRIPT
            elif wanted is None or call.decorator:
                continue
            else:
                path_node = call.args[0] if call.args else _sdk_calls.keyword(call, "path")
            path = _by_path.path_value(ctx.model, path_node, workspace)
            if path_node is None or path is None or _from_hub(path):
                continue
            relative = path.startswith(("./", "../"))
            target = workspace.locate(path, wanted)
            span = Span.of(path_node)
            if target is None:
                complete = ctx.flag(WORKSPACE_COMPLETE)
                folder = self._folder_name(path, relative, workspace, call.primitive)
                ctx.report(
                    span,
                    self._missing(path, relative, workspace, call.primitive),
                    severity=ERROR if relative or complete or folder else INFO,
                )
            elif target.kind is not wanted:
                concept = "task_flow" if target.kind is TargetKind.FLOW else "task_script"
                right = ctx.model.lang.sdk_names[concept]
                ctx.report(
                    span,
                    f"{code_span(path)} is a {target.kind.value} "
                    f"({workspace.shown(target.file)}), but `{call.spelling}` dispatches a "
                    f"{wanted.value}: the child job fails; use `{right}`",
                    severity=ERROR,
                )
            elif not relative and workspace.left_behind(target.file):
                ctx.report(span, _unsynced(path, target.file, workspace, "task"), severity=WARNING)
        for run in _by_path.by_path_calls(ctx.model, workspace):
            self.check_runner(run, ctx, workspace)

    def check_runner(
        self, run: _by_path.ByPathCall, ctx: RuleContext, workspace: WorkspaceView
    ) -> None:
        """`wmill.run_script_by_path("f/x/y")`, `runFlow("f/x/z")`... anywhere in the file."""
        wanted = run.runner.kind
        if _from_hub(run.path):
            return
        target = workspace.locate(run.path, wanted)
        span = Span.of(run.path_node)
        if target is None:
            complete = ctx.flag(WORKSPACE_COMPLETE)
            folder = self._folder_name(run.path, False, workspace, wanted)
            ctx.report(
                span,
                self._missing(run.path, False, workspace, wanted),
                severity=ERROR if complete or folder else INFO,
            )
        elif target.kind is not wanted:
            right = _by_path.counterpart(ctx.model.language, target.kind)
            ctx.report(
                span,
                f"{code_span(run.path)} is a {target.kind.value} "
                f"({workspace.shown(target.file)}), but `{run.spelling}` runs a "
                f"{wanted.value}: Windmill finds no {wanted.value} at that path and the job "
                f"fails; use `{right}`",
                severity=ERROR,
            )
        elif workspace.left_behind(target.file):
            ctx.report(span, _unsynced(run.path, target.file, workspace, "job"), severity=WARNING)

    def check_flow(self, model: FlowModel, ctx: RuleContext, workspace: WorkspaceView) -> None:
        """A flow's steps by path: Windmill runs the script or flow with that path."""
        from wac_lint.flows.model import ModuleKind  # flows load only when one is checked

        step_kinds = {ModuleKind.SCRIPT: TargetKind.SCRIPT, ModuleKind.FLOW: TargetKind.FLOW}
        for module in model.modules:
            wanted = step_kinds.get(module.kind) if module.kind is not None else None
            value = module.value
            if wanted is None or value is None or not value.is_map:
                continue
            node = value.get("path")
            path = node.text.strip() if node is not None and node.is_scalar else ""
            if node is None or not path or path.startswith(("hub/", "./", "../")):
                continue
            target = workspace.locate(path, wanted)
            if target is None:
                complete = ctx.flag(WORKSPACE_COMPLETE)
                folder = self._folder_name(path, False, workspace, wanted)
                ctx.report(
                    model.span(node),
                    self._missing(path, False, workspace, wanted),
                    severity=ERROR if complete or folder else INFO,
                )
            elif target.kind is not wanted:
                ctx.report(
                    model.span(node),
                    f"{code_span(path)} is a {target.kind.value} "
                    f"({workspace.shown(target.file)}), but this step's `type: {wanted.value}` "
                    f"runs a {wanted.value}: Windmill finds none at that path and the step "
                    f"fails; use `type: {target.kind.value}`",
                    severity=ERROR,
                )
            elif not workspace.pushed(target.file) and workspace.pushed(model.source.path):
                # `wmill sync push` pushes only what wmill.yaml's includes keep and its
                # excludes do not drop: the flow goes to the workspace, its step's
                # target does not (it runs only if put there some other way)
                ctx.report(
                    model.span(node),
                    f"{code_span(path)} is {workspace.shown(target.file)}, which "
                    f"{workspace.left_out_by(target.file)} out of `wmill sync push`: this "
                    f"flow is pushed without that {wanted.value}, and the step fails unless the "
                    "workspace already has it",
                    severity=WARNING,
                )

    @staticmethod
    def _folder_name(
        path: str, relative: bool, workspace: WorkspaceView, primitive: Primitive | TargetKind
    ) -> str | None:
        """The Windmill path of the script or flow whose folder or file name `path` is
        (`f/x/load__flow` for flow `f/x/load`, `f/x/y.py` for script `f/x/y`): a path
        that has the suffix no Windmill path has, so nothing in any workspace has it."""
        if relative:
            return None
        flowish = primitive in (Primitive.TASK_FLOW, TargetKind.FLOW)
        bare = _without_suffix(path)
        known = _known_paths(workspace)[1 if flowish else 0]
        return bare if bare is not None and bare != path and bare in known else None

    @staticmethod
    def _missing(
        path: str, relative: bool, workspace: WorkspaceView, primitive: Primitive | TargetKind
    ) -> str:
        flowish = primitive in (Primitive.TASK_FLOW, TargetKind.FLOW)
        kind = "flow" if flowish else "script"
        if relative:
            where = workspace.shown(workspace.file.parent)
            return (
                f"{code_span(path)} matches no module beside this script (in {where}): "
                "the child job fails when the workflow reaches it"
            )
        known = _known_paths(workspace)[1 if flowish else 0]
        # A folder's name written as the path (`f/x/load__flow`, `f/x/tool__mod`,
        # `f/x/y.py`): the Windmill path is the name without that suffix.
        bare = _without_suffix(path)
        if bare is not None and bare in known:
            return (
                f"{code_span(path)} is the folder (or file) name of {kind} "
                f"{code_span(bare)}, not its path: `wmill sync pull` adds that suffix to the "
                f"name it writes, so Windmill looks for another {kind} and the job fails; "
                f"write {code_span(bare)}"
            )
        close = _closest(path, known)
        hint = f"; did you mean {code_span(close)}?" if close else ""
        return f"{code_span(path)} matches no {kind} in this repository{hint}"


def _task_path(call: _sdk_calls.SdkCall) -> Node | None:
    """The script path a `task(...)` dispatches instead of its own function: Python's
    `path=` keyword, TypeScript's string first argument before the function."""
    path = _sdk_calls.keyword(call, "path")
    if path is not None:
        return path
    if len(call.args) < 2 or call.args[0].type not in ("string", "template_string"):
        return None
    return call.args[0]


def _unsynced(path: str, target: Path, workspace: WorkspaceView, what: str) -> str:
    kind = "flow" if target.name.startswith("flow.") else "script"
    return (
        f"{code_span(path)} is {workspace.shown(target)}, which "
        f"{workspace.left_out_by(target)} out of `wmill sync push`: this script is pushed "
        "without that "
        f"{kind}, and the {what} fails unless the workspace already has it"
    )


# Windmill paths under each project root, listed once per run: a run checks many
# scripts of one tree. A long-lived process (the language server) lists again when
# a directory's modification time moved (a script or flow added, renamed, removed).
_KNOWN: dict[Path, tuple[tuple[list[str], list[str]], dict[Path, int]]] = {}


def _known_paths(workspace: WorkspaceView) -> tuple[list[str], list[str]]:
    """Windmill paths of the scripts, and of the flows, under the project root (for
    suggestions: only one of the kind dispatched, as the other kind fails too).

    The hint is part of the message, so the finding depends on every directory
    listed: they go to `workspace.consulted` (a result cache keys on their names).
    """
    root = workspace.project.root
    known = _KNOWN.get(root)
    if known is None or not _unchanged(known[1]):
        found: set[tuple[str, bool]] = set()  # (path, is a flow)
        listed: dict[Path, int] = {}
        for top in ("f", "u"):
            listed[root / top] = _mtime(root / top)
            for dirpath, dirnames, filenames in os.walk(root / top):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for d in dirnames:
                    listed[Path(dirpath) / d] = _mtime(Path(dirpath) / d)
                for name in filenames:
                    if name.endswith((".yaml", ".json", ".lock", ".md")) and name not in (
                        "flow.yaml",
                        "flow.json",
                    ):
                        continue
                    path = windmill_path(Path(dirpath) / name, workspace.project)
                    if path is not None:
                        found.add((path, name in ("flow.yaml", "flow.json")))
        scripts = sorted(p for p, is_flow in found if not is_flow)
        flows = sorted(p for p, is_flow in found if is_flow)
        known = _KNOWN[root] = ((scripts, flows), listed)
    workspace.consulted.update(known[1])
    return known[0]


def _without_suffix(path: str) -> str | None:
    folder, _, name = path.rpartition("/")
    for suffix in ("__flow", ".flow", "__mod", ".flow.yaml"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return f"{folder}/{name[: -len(suffix)]}" if folder else name[: -len(suffix)]
    if "." in name:
        stem = name.split(".", 1)[0]
        return f"{folder}/{stem}" if folder else stem
    return None


def _mtime(directory: Path) -> int:
    try:
        return directory.stat().st_mtime_ns
    except OSError:
        return -1


def _unchanged(listed: dict[Path, int]) -> bool:
    return all(_mtime(d) == m for d, m in listed.items())


def _closest(path: str, known: list[str]) -> str | None:
    # difflib over thousands of paths per finding is slow. A typo keeps the length
    # close and is either in the name (same folder) or in the folder (same name).
    # Only the part that differs is compared: measured on the whole path, a long
    # shared folder made `f/great_scripts/wise_script` "close" to
    # `f/great_scripts/clean_scriptaa`, a suggestion no reader would take.
    folder, _, name = path.rpartition("/")
    by_folder, by_name = _index(known)
    inside = by_folder.get(path.strip("/"), [])
    if len(inside) == 1:
        return inside[0]  # the path is a folder holding one script (`x/script.rs`)
    import difflib  # only when a target is missing

    best: tuple[float, str] | None = None
    for candidate in dict.fromkeys([*by_folder.get(folder, ()), *by_name.get(name, ())]):
        if abs(len(candidate) - len(path)) > 3:
            continue
        other_folder, _, other_name = candidate.rpartition("/")
        score = min(
            difflib.SequenceMatcher(None, name, other_name).ratio(),
            difflib.SequenceMatcher(None, folder, other_folder).ratio(),
        )
        if score >= 0.75 and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None


_INDEXES: dict[int, tuple[list[str], dict[str, list[str]], dict[str, list[str]]]] = {}


def _index(known: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The known paths under each folder (at any depth) and by name, built once per list."""
    hit = _INDEXES.get(id(known))
    if hit is not None and hit[0] is known:
        return hit[1], hit[2]
    by_folder: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    for k in known:
        *folders, name = k.split("/")
        for depth in range(1, len(folders) + 1):
            by_folder.setdefault("/".join(folders[:depth]), []).append(k)
        by_name.setdefault(name, []).append(k)
    _INDEXES[id(known)] = (known, by_folder, by_name)
    return by_folder, by_name


def _from_hub(path: str) -> bool:
    """A Windmill Hub script (`hub/123/slack/send`): never in a repository."""
    return path.startswith("hub/")
