"""WAC901: the `.script.yaml` does not (or cannot) describe `main`'s signature."""

from __future__ import annotations

import os
from pathlib import Path

import tree_sitter

from wac_lint.model import ScriptModel, Span
from wac_lint.rule import ERROR, WARNING, FileAction, Rule, RuleContext, py, ts
from wac_lint.schema.paths import (
    ScriptPlace,
    find_project_root,
    in_windmill_project,
    is_windmill_script,
    json_metadata_path,
    lock_file,
    metadata_path,
    place_of,
    remote_path,
    scripts_sharing_metadata,
)
from wac_lint.schema.types import Signature, SignatureError
from wac_lint.workspace.layout import MODULE_ENTRY, MODULE_SUFFIX


class StaleScriptMetadata(Rule):
    code = "WAC901"
    name = "stale-script-metadata"
    severity = WARNING
    wac_only = False  # the plain scripts of a Windmill project too (see `check`)
    file_actions = (FileAction.REGENERATE_METADATA,)
    summary = (
        "The `.script.yaml` beside the script is out of date or missing, or Windmill cannot "
        "derive it from `main` at all"
    )
    message = "The `.script.yaml` does not match `main`'s signature; run `wac-lint schema`"
    docs = """
## What it does
Compares the `.script.yaml` beside a script with the file `wmill
generate-metadata` would write for it (computed offline, as `wac-lint schema`
does) and reports:

* a `.script.yaml` that differs: inputs missing or gone, types, defaults or
  `required` changed (the message names them). The comparison is on data: a
  file that holds what wmill would write, formatted differently (key order,
  quoting), is not reported here; `wac-lint schema --check` reports it. So is
  what another `wmill` version writes for the same script, which says nothing
  about `main`: `has_preprocessor: false` / `no_main_func: false` (written by
  newer CLIs, dropped by the pinned one) and `originalType` on one side only
  (older CLIs leave it out; where both sides have it and differ, it counts),
  and `default: null` against no `default` (a file written by hand). A
  missing `lock:` line still counts (`wmill sync push` follows it to the lock
  file). Read in the output of the pinned
  `wmill generate-metadata` (`windmill-oracle script-yaml`) against the
  `.script.yaml` files of public `wmill sync` repositories;
* a missing `.script.yaml` in a Windmill project (a directory tree with
  `wmill.yaml` or `wmill-lock.yaml`), for a script `wmill sync` pushes (under
  `f/` or `u/`, kept by the `includes` / `excludes` of `wmill.yaml`, which does not
  say `skipScripts: true`: then sync and `generate-metadata` pass scripts by) that has a
  `main` (a file of helpers has no form to describe). Read in windmill-cli
  1.819.0 (`parseMetadataFile`): `wmill script push` first writes a default
  `.script.yaml` with an empty schema and pushes that; `wmill sync push` writes
  the default and then generates the schema and lock while it pushes, so the
  repository holds metadata it never reviewed, and none if generation fails;

A script with modules (`<path>__mod/script.py` / `script.ts`) has its
metadata in `<path>__mod/script.yaml`; its modules and a flow's inline scripts
(in `.flow/` / `__flow/` folders) have none and are not judged. The project
root (for the `lock:` line) is the nearest directory with `wmill.yaml`, else
`wmill-lock.yaml`, else `.git`, else the script's own: the verdict does not
depend on where wac-lint starts.
* a `.script.yaml` beside two scripts of one Windmill path (`twin.py` and
  `twin.ts`, a rewrite left beside the original): `wmill` cannot tell which the
  metadata describes and refuses it ("Multiple script files found next to ...
  Keep exactly one", windmill-cli 1.819.0 `findContentFile`); an error;
* a `.script.yaml` that cannot be read (not YAML, not a mapping);
* a `main` signature Windmill cannot turn into metadata at all: its Python
  parser rejects it (for instance a `)` inside a default string cuts the
  parameter list, since it counts parentheses blindly), or its TypeScript parser
  rejects the file (a decorator anywhere in it, which Bun runs; also for the function
  of `export const main = workflow(async (...) => ...)`), so the form has no
  inputs; or `wmill generate-metadata` fails on it (a TypeScript object or array
  default that refers to a variable is evaluated, and throws).

It looks at WAC scripts (files that import the SDK) wherever they are, and at the
other scripts of a Windmill project that `wmill sync` pushes (under `f/` or `u/`,
kept by `wmill.yaml`'s includes / excludes): a plain script's form comes from its
`.script.yaml` just the same, and a workflow calls it by path. Other files are left
to `wac-lint schema --check`.

## Why is this bad
Windmill builds the script's input form, validation and defaults from the
`.script.yaml` that is pushed, not from the code: a stale file means a form
with missing or wrong fields, runs that fail on parameters the form never
asked for, and `wmill sync push` rewriting metadata nobody reviewed.

## Example
```python
@workflow
async def main(greeting: str = "Hello :)"):
    return greeting
```

## Use instead
Run `wac-lint schema` (or `wac-lint schema --check` in CI and pre-commit), and
keep defaults Windmill can read: no unbalanced parentheses in Python default
strings, only literal values in TypeScript object and array defaults.
```python
@workflow
async def main(greeting: str = "Hello!"):
    return greeting
```
"""
    VALID = [
        py(
            "from wmill import workflow\n\n@workflow\n"
            'async def main(greeting: str = "Hello!", times: int = 1):\n    return greeting\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\n'
            'export const main = workflow(async (regions: string[] = ["eu", "us"]) => regions);\n'
        ),
    ]
    INVALID = [
        py(
            "from wmill import workflow\n\n@workflow\n"
            'async def «main»(greeting: str = "Hello :)"):\n    return greeting\n'
        ),
        ts(
            'import { workflow } from "windmill-client";\nconst DEFAULT_REGION = "eu";\n'
            "export const main = workflow(async (regions = [«DEFAULT_REGION»]) => regions);\n"
        ),
    ]

    @classmethod
    def extra_inputs(cls, script: str) -> tuple[str, ...]:
        """The metadata the findings compare with, in either form: a superset of
        `metadata_path` / `json_metadata_path` worked out from the name alone (the
        cache asks for every file; finding the project root costs a walk up)."""
        folder, name = os.path.split(script)
        short = name.split(".", 1)[0]  # `daily.bun.ts` -> `daily` (as `script_stem`)
        stem = os.path.join(folder, short)
        found = (stem + ".script.yaml", stem + ".script.json")
        if folder.endswith(MODULE_SUFFIX) and short == MODULE_ENTRY:
            return (*found, stem + ".yaml", stem + ".json")  # `x__mod/script.yaml`
        return found

    def check(self, ctx: RuleContext) -> None:
        model = ctx.model
        if not model.in_scope and not _pushed_script(ctx.source.path):
            return  # a plain file outside what `wmill sync` pushes: not judged
        try:
            signature = model.signature
        except SignatureError as exc:
            span = Span.of(exc.node) if exc.node is not None else _anchor(model, None)
            ctx.report(span, f"`wmill generate-metadata` fails on this script: {exc}")
            return
        if signature.invalid:
            main = model.main_function
            if main is None:
                # `export const main = workflow(async (...) => ...)`: the workflow's function
                entry = model.workflow
                if entry is not None and entry.name in ("main", "default") and entry.top_level:
                    main = entry.function
            if main is not None and main.params:
                reason = signature.invalid_reason or "syntax error"
                ctx.report(
                    main.span,
                    f"Windmill cannot read this `main` signature ({reason}): its input form "
                    "and `.script.yaml` will have no inputs",
                )
            return
        self._compare_with_file(ctx, signature)

    def _compare_with_file(self, ctx: RuleContext, signature: Signature) -> None:
        script = Path(ctx.source.path)
        if not script.parent.is_dir():
            return  # standard input or an unsaved editor buffer
        place = place_of(script)  # the real path and project root, worked out once
        if not is_windmill_script(place):
            # a module of a `__mod/` script or a flow's inline script (no metadata of its own)
            return
        meta = metadata_path(place)
        anchor = _anchor(ctx.model, signature)
        if json_metadata_path(place).exists():
            return  # `.script.json`: a form wac-lint does not write, not judged
        if not meta.exists():
            if _synced_with_inputs(place, signature):
                ctx.report(
                    anchor,
                    f"`{meta.name}` is missing: `wmill script push` deploys this script "
                    "with an empty input form, and `wmill sync push` generates it only "
                    "while it pushes (an uncommitted file); run `wac-lint schema`",
                )
            return
        twins = scripts_sharing_metadata(place)
        if len(twins) > 1:
            # `f/x/twin.py` beside `f/x/twin.ts`: one Windmill path, one metadata file
            ctx.report(
                anchor,
                f"`{meta.name}` sits beside {_names(twins)}, which share the Windmill path "
                f"`{remote_path(place, find_project_root(place))}`: `wmill` cannot tell "
                "which script it describes and refuses to push it; keep exactly one",
                severity=ERROR,
            )
            return
        # the merge and YAML machinery loads only for scripts that have metadata
        from wac_lint.schema.compare import unchanged
        from wac_lint.schema.files import (
            SchemaError,
            UnsupportedMetadata,
            expected_for_source,
            read_metadata,
        )
        from wac_lint.schema.stale import summary

        try:
            current = read_metadata(meta)
        except SchemaError as exc:
            ctx.report(anchor, f"The script's metadata cannot be used: {exc}")
            return
        root = find_project_root(place)
        if current is not None and unchanged(
            signature,
            current,
            remote_path=remote_path(place, root),
            lock_file=lock_file(place, root),
            lock_exists=lambda ref: (root / ref).exists(),
        ):
            return  # the data wmill would write is there: no YAML to render
        try:
            expected = expected_for_source(place, ctx.source, ctx.model.tree, current=current)
        except UnsupportedMetadata:
            return
        except SchemaError as exc:
            ctx.report(anchor, f"The script's metadata cannot be used: {exc}")
            return
        if expected.up_to_date or expected.current is None:
            return
        what = summary(expected.current, expected.expected, signature)
        if what is not None:  # None: formatting, or what another wmill version writes
            ctx.report(anchor, f"`{meta.name}` is out of date: {what}; run `wac-lint schema`")


def _pushed_script(path: str) -> bool:
    """A script of a Windmill project that `wmill sync` pushes (under `f/` or `u/`, kept
    by `wmill.yaml`'s includes / excludes), not a module of a `__mod/` script nor a
    flow's inline script."""
    script = Path(path)
    if script.suffix not in (".py", ".ts") or not script.parent.is_dir():
        return False
    place = place_of(script)
    if not is_windmill_script(place) or not in_windmill_project(place):
        return False
    try:
        relative = place.resolved.relative_to(place.project.root.resolve()).as_posix()
    except ValueError:
        return False
    return relative.startswith(("f/", "u/")) and place.project.pushes(relative)


def _synced_with_inputs(place: ScriptPlace, signature: Signature) -> bool:
    """Whether `wmill sync` pushes this script and it has a `main` to describe: in a
    Windmill project, under `f/` or `u/` (wmill ignores other paths), kept by
    `wmill.yaml`'s includes / excludes, with a `main` (a module of helpers has
    no form to miss)."""
    if not in_windmill_project(place) or signature.no_main_func:
        return False
    project = place.project
    try:
        relative = place.resolved.relative_to(project.root.resolve()).as_posix()
    except ValueError:
        return False  # outside the project root: wmill does not see it
    return relative.startswith(("f/", "u/")) and project.pushes(relative)


def _anchor(model: ScriptModel, signature: Signature | None) -> Span:
    """Where to report: `main`'s name, the workflow marker, or the start of the file."""
    if model.main_function is not None:
        return model.main_function.span
    workflow = model.workflow
    if workflow is not None and workflow.name in ("main", "default"):
        return workflow.marker
    node: tree_sitter.Node | None = signature.main if signature is not None else None
    name = node.child_by_field_name("name") if node is not None else None
    if name is not None:
        return Span.of(name)  # a plain script's `main` (its model reads no functions)
    if node is not None and node.child(0) is not None:
        return Span.of(node.child(0))
    return Span(0, 0, 0, 0, 0, 0)


def _names(files: list[Path]) -> str:
    shown = [f"`{f.name}`" for f in files]
    return ", ".join(shown[:-1]) + " and " + shown[-1]
