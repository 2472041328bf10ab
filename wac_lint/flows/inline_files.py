"""The files a flow's `content: !inline <file>` names, checked as `wmill` reads them.

What windmill-cli 1.819.0 does (`replaceRawscriptInline` in `esm/main.js`): it
reads `<flow folder>/<file>`; when that is missing, `<step id>.<extension of
file>` in the same folder; when that is missing too, `wmill sync push` (and
`wmill flow generate-locks`) stops with "missing inline script file(s)". The
file's text becomes the step's code whatever its extension: a `.ts` file under
`language: python3` is run by Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wac_lint.config import is_file
from wac_lint.flows.model import FlowModel, ModuleKind
from wac_lint.flows.yaml_tree import YNode, inline_file

# File endings `wmill` gives inline scripts -> the `language` values they go with.
_SQL = ("postgresql", "mysql", "bigquery", "snowflake", "mssql", "oracledb", "duckdb")
_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (".pg.sql", "PostgreSQL", ("postgresql",)),
    (".my.sql", "MySQL", ("mysql",)),
    (".bq.sql", "BigQuery", ("bigquery",)),
    (".sf.sql", "Snowflake", ("snowflake",)),
    (".ms.sql", "MS SQL", ("mssql",)),
    (".odb.sql", "Oracle", ("oracledb",)),
    (".duckdb.sql", "DuckDB", ("duckdb",)),
    (".sql", "SQL", _SQL),
    (".py", "Python", ("python3",)),
    (".ts", "TypeScript", ("bun", "bunnative", "deno", "nativets")),
    (".js", "JavaScript", ("bun", "bunnative", "deno", "nativets")),
    (".sh", "bash", ("bash",)),
    (".go", "Go", ("go",)),
    (".ps1", "PowerShell", ("powershell",)),
    (".php", "PHP", ("php",)),
    (".rs", "Rust", ("rust",)),
    (".gql", "GraphQL", ("graphql",)),
    (".cs", "C#", ("csharp",)),
    (".nu", "Nu", ("nu",)),
    (".java", "Java", ("java",)),
    (".rb", "Ruby", ("ruby",)),
    (".r", "R", ("rlang",)),
    (".playbook.yml", "Ansible", ("ansible",)),
)


@dataclass(frozen=True)
class InlineProblem:
    node: YNode  # the `content` scalar
    message: str


def inline_problems(model: FlowModel) -> Iterator[InlineProblem]:
    folder = model.directory
    if not folder.is_dir():
        return  # text with no folder on disk (an editor buffer, a test): nothing to look in
    for module in model.modules:
        value = module.value
        if module.kind is not ModuleKind.RAWSCRIPT or value is None or not value.is_map:
            continue
        content = value.get("content")
        named = inline_file(content)
        if content is None or named is None:
            continue
        name = named.split(" ", 1)[0]  # wmill reads the first word after `!inline`
        suffix = ".".join(name.split(".")[1:])
        fallback = f"{module.id}.{suffix}" if module.id and suffix else None
        if not is_file(folder / name) and not (fallback and is_file(folder / fallback)):
            also = f" (nor `{fallback}`, the name wmill tries next)" if fallback else ""
            yield InlineProblem(
                content,
                f"`!inline {name}` names no file in the flow's folder{also}: "
                "`wmill sync push` stops on a missing inline script",
            )
            continue
        language_node = value.get("language")
        language = language_node.text if language_node is not None else ""
        ending = next((e for e in _ENDINGS if Path(name).name.endswith(e[0])), None)
        if ending is not None and language and language not in ending[2]:
            yield InlineProblem(
                content,
                f"`{name}` is a {ending[1]} file, but step `{module.id}` has "
                f"`language: {language}`: Windmill runs its text as {language} code",
            )


def inline_value_problems(model: FlowModel) -> Iterator[InlineProblem]:
    """A static input value written `!inline <file>`: `wmill sync push` replaces
    `!inline` only in a rawscript step's `content` and `lock` (windmill-cli
    `replaceInlineScripts`), so the step is given the text `!inline <file>` itself."""
    for module in model.modules:
        for transform in module.transforms:
            node = transform.value
            if transform.type != "static" or node is None:
                continue
            named = inline_file(node)
            if named is None:
                continue
            yield InlineProblem(
                node,
                f"`{transform.name}` gets the text `!inline {named}`, not the file's "
                "contents: `wmill sync push` replaces `!inline <file>` only in a step's "
                "`content` (and `lock`), never in an input value; write the text in the "
                "value (a `|` block), or keep it in a variable (`$var:`) or a resource",
            )


def code_language_problems(model: FlowModel) -> Iterator[InlineProblem]:
    """Code written in the flow (`content: |`) in another language than the step's.

    Windmill hands the text to the interpreter of `language`: TypeScript under
    `python3` (or Python under `bun`) fails with a syntax error before `main`
    runs. Reported only when the text does not parse as its declared language
    and parses cleanly as another script language, so a plain typo stays
    WAC000's kind of mistake, not this one."""
    from wac_lint.flows.targets import INLINE_LANGUAGES  # the language table, flows only
    from wac_lint.languages import SCRIPT_LANGUAGES, language_of
    from wac_lint.parsing import parse
    from wac_lint.source import SourceFile

    for module in model.modules:
        value = module.value
        if module.kind is not ModuleKind.RAWSCRIPT or value is None or not value.is_map:
            continue
        content = value.get("content")
        language_node = value.get("language")
        if content is None or not content.is_scalar or inline_file(content) is not None:
            continue
        language = language_node.text if language_node is not None else ""
        kind = INLINE_LANGUAGES.get(language)
        if kind is None or not content.text.strip():
            continue
        path = model.source.path
        if not parse(SourceFile(path, content.text, kind)).root_node.has_error:
            continue
        declared = language_of(kind)
        other = next(
            (
                lang
                for lang in SCRIPT_LANGUAGES
                if lang is not declared
                and not parse(SourceFile(path, content.text, lang.kind)).root_node.has_error
            ),
            None,
        )
        if other is None:
            continue
        yield InlineProblem(
            content,
            f"the code of step `{module.id}` is {other.display_name}, but the step has "
            f"`language: {language}`: Windmill runs it as {language} code, which fails "
            "to parse",
        )


# `import ... from "x"`, `export ... from "x"`, `import "x"`, `import("x")`, at the start
# of a statement (a line)
_IMPORTED = re.compile(
    r"""^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]"""
    r"""|^[ \t]*import\s*['"]([^'"]+)['"]"""
    r"""|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)""",
    re.MULTILINE,
)
# what Deno resolves without an import map or a package.json: a URL, a path, a
# scheme it knows (`npm:`, `jsr:`, `node:`)
_DENO_SPECIFIER = re.compile(r"^(?:\.{0,2}/|[a-z][a-z0-9+.-]*:)", re.IGNORECASE)


def deno_bare_import_problems(model: FlowModel) -> Iterator[InlineProblem]:
    """A Deno step importing a package by its bare name (`import Stripe from
    "stripe"`, as Bun and Node take it). Windmill runs a Deno step with an import map
    for the workspace's own scripts only (windmill-worker `deno_executor.rs`), and
    Deno resolves a bare name only through an import map or a package.json, so the
    step fails before `main` runs; npm packages are written `npm:stripe`."""
    from wac_lint.flows.targets import inline_code  # the code of a step, flows only

    for module in model.modules:
        value = module.value
        if module.kind is not ModuleKind.RAWSCRIPT or value is None or not value.is_map:
            continue
        language = value.get("language")
        if language is None or language.text != "deno":
            continue
        found = inline_code(model, module)
        if found is None:
            continue
        bare = [
            name
            for match in _IMPORTED.finditer(found[1])
            for name in match.groups()
            if name and not _DENO_SPECIFIER.match(name)
        ]
        if not bare:
            continue
        first = bare[0]
        package = "/".join(first.split("/")[:2]) if first.startswith("@") else first
        yield InlineProblem(
            language,
            f"step `{module.id}` has `language: deno`, but its code imports `{first}` by a "
            f"bare name, which Deno resolves only through an import map or a package.json "
            f"(Windmill gives a Deno step neither for packages): the step fails before "
            f"`main` runs; write `npm:{package}`, or run the step with `language: bun`",
        )
