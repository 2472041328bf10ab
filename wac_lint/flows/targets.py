"""What a step calls, and the parameters it takes.

- `rawscript` with `content: !inline extract.py` (a file beside flow.yaml) or
  the code itself: its `main` signature, read by the schema extraction
  (`wac_lint.schema.extract_signature`);
- `script` with `path: f/x/y`: the script file in the repository tree
  (`f/x/y.py`, `f/x/y.bun.ts`, `f/x/y__mod/script.ts`...);
- `flow` with `path: f/x/y`: the flow folder's `schema`.

Paths resolve from the Windmill project root (the folder of `wmill.yaml`), or
else from the nearest enclosing folder where the path exists, never above the
repository (a folder holding `.git`). This is the one place that knows how
paths map to files, so a workspace model can replace it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wac_lint.flows.bash_signature import UnreadDeclaration
from wac_lint.flows.model import FlowModel, FlowModule, ModuleKind
from wac_lint.flows.sql_signature import is_sql
from wac_lint.languages import SCRIPT_LANGUAGES, language_of
from wac_lint.schema.hidden_params import keyword_only, takes_any_keyword
from wac_lint.source import SourceFile

MAX_LEVELS = 12
BASH = "bash"  # read by Windmill's bash parser (`bash_signature`), not tree-sitter
GO = "go"  # read as Windmill's Go parser does (`go_signature`)
GRAPHQL = "graphql"  # read as Windmill's GraphQL parser does (`graphql_signature`)
POWERSHELL = "powershell"  # read as Windmill's PowerShell parser does (`powershell_signature`)
# read from their `main` declaration (`other_signatures`), with the extension
# `wmill sync pull` gives a script of each
OTHER_EXTENSIONS = {
    ".php": "php",
    ".rs": "rust",
    ".cs": "csharp",
    ".rb": "ruby",
    ".java": "java",
    ".nu": "nu",
    ".r": "rlang",
    ".playbook.yml": "ansible",
}
OTHER_LANGUAGES = tuple(OTHER_EXTENSIONS.values())
# Windmill's `language` of an inline script -> the language wac-lint reads it as.
INLINE_LANGUAGES = {
    windmill: language.kind
    for language in SCRIPT_LANGUAGES
    for windmill in language.windmill_languages
}


@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    type: str | None = None  # JSON type: string, number, integer, boolean, array, object
    resource: str | None = None  # resource type, for a resource parameter
    enum: tuple[str, ...] | None = None
    # the members of an object type the code spells out (a TypeScript object type,
    # a Python model class), as Windmill's parser lists them
    fields: tuple[str, ...] | None = None
    # a bash input: the worker hands the script every argument as a command-line word
    # (a string as it is, any other JSON value as its JSON text)
    word: bool = False
    # the JSON type of an array's items, when the type says numbers or booleans
    # (`list[int]`, `number[]`, `items: {type: integer}`; not strings, which is also
    # what Windmill's parsers make of a bare `list`)
    items: str | None = None


@dataclass(frozen=True)
class Target:
    label: str  # "`main` of extract.py", "flow f/etl/load"
    params: tuple[Param, ...]
    open_ended: bool = False  # **kwargs / rest parameter: takes any name
    # Python code with no `main` at all (Windmill's parser calls it a library,
    # `auto_kind: lib`): the worker imports `main` to run the step, which fails.
    no_main: bool = False
    # Bun / Deno code whose `main` is not a named export: the worker's wrapper runs
    # `import { main } from "./main.ts"` (windmill-worker `bun_executor.rs`,
    # `deno_executor.rs`), which fails. "default": `export default function main`.
    unexported: str | None = None
    # A subflow's `flow_input.<name>` reads: every argument reaches its flow_input,
    # so a name it reads is used even when its schema does not declare it.
    reads: frozenset[str] = frozenset()
    # Python `main(a, *, b)`: Windmill's parser leaves `b` out of the script's inputs
    # and the wrapper calls `main(**args)` with only those (windmill-worker
    # `python_executor.rs`, `spread`), so `b` never receives a value.
    keyword_only: tuple[Param, ...] = ()
    # Python `main(a, /, b)`: windmill-parser-py leaves `a` out as well, and nothing
    # passes it (with `**kwargs` too: `main(**args)` puts `a` in the `**kwargs`)
    positional_only: tuple[Param, ...] = ()
    # TypeScript `export const main = async (a) => ...`: windmill-parser-ts reads
    # parameters only from a `function main` declaration, finds none (the script is a
    # library to it), and the worker's wrapper spreads exactly the parameters it
    # read (`bun_executor.rs`), so `main()` runs with no arguments.
    unread_main: bool = False
    # A bash script's lines naming a positional parameter in a form Windmill's bash
    # parser does not read (`HOST=$1`): nothing reaches that position.
    unread: tuple[UnreadDeclaration, ...] = ()

    def param(self, name: str) -> Param | None:
        for p in self.params:
            if p.name == name:
                return p
        return None


def target_of(model: FlowModel, module: FlowModule) -> Target | None:
    """The parameters the module's script or flow takes; None when unknown."""
    key = id(module)
    memo = model.memo
    if key not in memo:
        try:
            memo[key] = _target(model, module)
        except (OSError, ValueError, RecursionError):
            memo[key] = None
    found = memo[key]
    return found if isinstance(found, Target) else None


def _target(model: FlowModel, module: FlowModule) -> Target | None:
    value = module.value
    if value is None or not value.is_map:
        return None
    if module.kind is ModuleKind.RAWSCRIPT:
        content = value.get("content")
        lang_node = value.get("language")
        windmill_language = lang_node.text if lang_node is not None else ""
        language = INLINE_LANGUAGES.get(windmill_language)
        is_bash = windmill_language == BASH
        if windmill_language == GO and content is not None and content.is_scalar:
            return _go_target(model, module.id, content)
        if is_sql(windmill_language) and content is not None and content.is_scalar:
            return _sql_target(model, module.id, content, windmill_language)
        if windmill_language == GRAPHQL and content is not None and content.is_scalar:
            return _graphql_target(model, module.id, content)
        if windmill_language == POWERSHELL and content is not None and content.is_scalar:
            return _powershell_target(model, module.id, content)
        if windmill_language in OTHER_LANGUAGES and content is not None and content.is_scalar:
            return _other_target(model, module.id, content, windmill_language)
        if content is None or not content.is_scalar or (language is None and not is_bash):
            return None
        if windmill_language in IMPORTED_MAIN:
            found = _step_code(model, module.id, content, "main")
            how = _unexported_main(found[0]) if found is not None else None
            if found is not None and how is not None:
                return Target(found[1], (), unexported=how)
            if found is not None and _MAIN_NAME.search(found[0]) is None:
                # a Zapier / Lambda port (`output = ...`, `export const handler`): the
                # wrapper's `import { main } from "./main.ts"` finds nothing to run
                return Target(found[1], (), no_main=True)
        from wac_lint.flows.yaml_tree import inline_file  # the YAML reader, for flows only

        named = inline_file(content)
        if named is not None:
            folder = model.directory.resolve()
            file = (folder / named).resolve()
            if not file.is_relative_to(folder):
                return None  # wmill keeps inline scripts in the flow's folder; read nothing else
            if language is None:
                return _bash_file_target(str(file))
            return _script_file_target(str(file), language)
        if language is None:
            return _bash_target(content.text, f"the bash script of step `{module.id}`")
        label = f"`main` of step `{module.id}`"
        return _signature_target(SourceFile(model.source.path, content.text, language), label)
    path_node = value.get("path")
    path = path_node.text.strip() if path_node is not None and path_node.is_scalar else ""
    if not path or path.startswith("hub/"):
        return None
    if module.kind is ModuleKind.SCRIPT:
        for root in _roots(model):
            script = _find_script(root, path)
            if script is not None:
                how = _unexported_file_main(script)
                if how == "missing":
                    return Target(f"`main` of {script.name}", (), no_main=True)
                if how is not None:
                    return Target(f"`main` of {script.name}", (), unexported=how)
                return _script_file_target(str(script), None)
            bash = _find_bash_script(root, path)
            if bash is not None:
                return _bash_file_target(str(bash))
            go = (root / path).with_name(Path(path).name + ".go")
            if go.is_file():
                return _go_file_target(go)
            sql = _find_sql_script(root, path)
            if sql is not None:  # the worker parses the query itself, not the metadata
                return _sql_file_target(*sql)
            gql = (root / path).with_name(Path(path).name + ".gql")
            if gql.is_file():
                return _graphql_file_target(gql)
            ps1 = (root / path).with_name(Path(path).name + ".ps1")
            if ps1.is_file():
                return _powershell_file_target(ps1)
            for extension, other_language in OTHER_EXTENSIONS.items():
                other = (root / path).with_name(Path(path).name + extension)
                if other.is_file():  # read like the inline step, before any metadata
                    return _other_file_target(other, other_language)
            metadata = _find_metadata(root, path)
            if metadata is not None:  # a script in a language read from its metadata only
                return _metadata_target(str(metadata))
        return None
    if module.kind is ModuleKind.FLOW:
        for root in _roots(model):
            flow_file = _find_flow(root, path)
            if flow_file is not None:
                return _flow_target(str(flow_file), path)
    return None


def _roots(model: FlowModel) -> list[Path]:
    """The folders a Windmill path may be relative to, nearest first."""
    start = model.directory.resolve()
    out: list[Path] = []
    for level, folder in enumerate((start, *start.parents)):
        if level > MAX_LEVELS:
            break
        out.append(folder)
        if (folder / "wmill.yaml").is_file():
            return [folder]  # the project root decides
        if (folder / ".git").exists():
            break
    return out


def _find_script(root: Path, path: str) -> Path | None:
    base = root / path
    folder, name = base.parent, base.name
    if not folder.is_dir():
        return None
    candidates: list[Path] = []
    for entry in sorted(os.listdir(folder)):
        if entry.split(".", 1)[0] == name and entry.endswith((".py", ".ts")):
            if not entry.endswith(".d.ts"):
                candidates.append(folder / entry)
    # a script with modules: its entry point is any `script.<ext>` of its `__mod` folder
    # (windmill-cli `isModuleEntryPoint`), `script.deno.ts` / `script.bun.ts` included
    module_folder = folder / f"{name}__mod"
    if module_folder.is_dir():
        for entry in sorted(os.listdir(module_folder)):
            if entry.startswith("script.") and entry.endswith((".py", ".ts")):
                if not entry.endswith(".d.ts") and (module_folder / entry).is_file():
                    candidates.append(module_folder / entry)
    return candidates[0] if len(candidates) == 1 else None  # ambiguous: do not guess


def _find_bash_script(root: Path, path: str) -> Path | None:
    """`f/x/y.sh`, the file `wmill sync pull` writes for a bash script."""
    base = root / path
    file = base.with_name(base.name + ".sh")
    return file if file.is_file() and not (base.parent / f"{base.name}__mod").exists() else None


def _find_metadata(root: Path, path: str) -> Path | None:
    """The `.script.yaml` `wmill sync pull` writes beside a script of any language
    (SQL, Go, ...), when some file of that script is there too."""
    base = root / path
    file = base.with_name(base.name + ".script.yaml")
    if not file.is_file():
        return None
    siblings = [
        e for e in os.listdir(base.parent) if e.split(".", 1)[0] == base.name and e != file.name
    ]
    return file if siblings else None


def _metadata_target(path: str) -> Target | None:
    try:
        key = _stat_key(path)
    except OSError:
        return None
    return _metadata_cached(path, key)


@lru_cache(maxsize=256)
def _metadata_cached(path: str, _key: tuple[int, int]) -> Target | None:
    from wac_lint.flows.yaml_tree import YamlError, parse_yaml

    try:
        with open(path, encoding="utf-8") as handle:
            root = parse_yaml(handle.read())
    except (OSError, UnicodeDecodeError, YamlError):
        return None
    schema = root.get("schema") if root is not None and root.is_map else None
    if schema is None or not schema.is_map:
        return None
    return Target(f"the schema in {Path(path).name}", schema_params(schema.value()))


def _find_flow(root: Path, path: str) -> Path | None:
    base = root / path
    for folder in (base.with_name(base.name + ".flow"), base.with_name(base.name + "__flow")):
        for file in ("flow.yaml", "flow.json"):
            if (folder / file).is_file():
                return folder / file
    return None


def _stat_key(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def _script_file_target(path: str, language: str | None) -> Target | None:
    try:
        key = _stat_key(path)
    except OSError:
        return None
    return _script_file_cached(path, language, key)


@lru_cache(maxsize=512)
def _script_file_cached(path: str, language: str | None, _key: tuple[int, int]) -> Target | None:
    from wac_lint.engine import InputError, read_source

    try:
        source = read_source(path)
    except InputError:
        return None
    if language is not None and source.language != language:
        return None  # `language: python3` with a .ts file: Windmill's own mistake to report
    return _signature_target(source, f"`main` of {Path(path).name}")


def _step_code(
    model: FlowModel, step: str | None, content: Any, entry: str
) -> tuple[str, str] | None:
    """An inline step's code (written in the flow or in an `!inline` file beside it,
    never outside the flow's folder) and the label of its `entry` function."""
    from wac_lint.flows.yaml_tree import inline_file

    named = inline_file(content)
    if named is None:
        return content.text, f"`{entry}` of step `{step}`"
    folder = model.directory.resolve()
    file = (folder / named).resolve()
    if not file.is_relative_to(folder):
        return None
    try:
        return file.read_text(encoding="utf-8"), f"`{entry}` of {file.name}"
    except (OSError, UnicodeDecodeError):
        return None


def inline_code(model: FlowModel, module: FlowModule) -> tuple[str, str] | None:
    """A rawscript step's Windmill language and code (written in the flow, or in its
    `!inline` file beside it)."""
    value = module.value
    if module.kind is not ModuleKind.RAWSCRIPT or value is None or not value.is_map:
        return None
    content = value.get("content")
    language = value.get("language")
    if content is None or not content.is_scalar or language is None:
        return None
    found = _step_code(model, module.id, content, "main")
    return (language.text, found[0]) if found is not None else None


# Windmill languages whose worker imports `main` by name from the step's code
IMPORTED_MAIN = frozenset({"bun", "deno"})
_EXPORTED_MAIN = re.compile(
    r"\bexport\s+(?:async\s+)?function\s*\*?\s*main\b"
    r"|\bexport\s+(?:const|let|var)\s+main\b"
    r"|\bexport\s*\{[^}]*\bmain\b(?!\s+as\b)[^}]*\}"
)
# the name at all (`main`, `export { run as main }`): without it nothing is `main`
_MAIN_NAME = re.compile(r"\bmain\b")
_DEFINED_MAIN = re.compile(r"\bfunction\s*\*?\s*main\b|\b(?:const|let|var)\s+main\b")
_DEFAULT_MAIN = re.compile(r"\bexport\s+default\s+(?:async\s+)?function\s*\*?\s*main\b")


def _unexported_main(code: str) -> str | None:
    """How a TypeScript `main` that the code defines is not a named export: "default"
    (`export default function main`), "plain" (no export); None when it is one, or
    when there is no `main` at all (another finding)."""
    if _EXPORTED_MAIN.search(code) or not _DEFINED_MAIN.search(code):
        return None
    return "default" if _DEFAULT_MAIN.search(code) else "plain"


# TypeScript files `wmill sync pull` writes for languages whose worker does not
# import `main` by name (nativets, a REST script)
_NOT_IMPORTED_SUFFIXES = (".fetch.ts", ".native.ts")


def _unexported_file_main(script: Path) -> str | None:
    """`_unexported_main` of a Bun / Deno script file found by path, or "missing" when
    the file has no `main` at all."""
    if script.suffix != ".ts" or script.name.endswith(_NOT_IMPORTED_SUFFIXES):
        return None
    from wac_lint.engine import InputError, read_source

    try:
        code = read_source(str(script)).text
    except (InputError, OSError):
        return None
    if _MAIN_NAME.search(code) is None:
        return "missing"
    return _unexported_main(code)


def step_code(model: FlowModel, module: FlowModule) -> tuple[str, str] | None:
    """The Windmill language and code of a step: an inline script's (`inline_code`),
    or a Python / TypeScript / Bash / Go / PowerShell script's by path, from its file
    in the repository."""
    found = inline_code(model, module)
    value = module.value
    if found is not None or module.kind is not ModuleKind.SCRIPT or value is None:
        return found
    path_node = value.get("path") if value.is_map else None
    path = path_node.text.strip() if path_node is not None and path_node.is_scalar else ""
    if not path or path.startswith("hub/"):
        return None
    from wac_lint.engine import InputError, read_file_bytes, read_source

    for root in _roots(model):
        script = _find_script(root, path)
        language = "python3" if script is not None and script.suffix == ".py" else "bun"
        if script is None:
            # a Bash, Go or PowerShell script by path (`f/x/y.sh`): its result is read
            # as the inline step's
            script = _find_bash_script(root, path)
            language = "bash"
            for suffix, other in ((".go", "go"), (".ps1", "powershell")):
                candidate = (root / path).with_name(Path(path).name + suffix)
                if script is None and candidate.is_file():
                    script, language = candidate, other
            if script is None:
                # a SQL script by path (`f/x/y.pg.sql`): its result (rows, by default)
                # is read as the inline step's, by the dialect its extension names
                sql = _find_sql_script(root, path)
                if sql is not None:
                    script, language = sql
        if script is None:
            continue
        try:
            if language in ("python3", "bun"):
                return (language, read_source(str(script)).text)
            return (language, read_file_bytes(script, str(script)).decode("utf-8", "replace"))
        except (InputError, OSError):
            return None
    return None


def _go_target(model: FlowModel, step: str | None, content: Any) -> Target | None:
    from wac_lint.flows.go_signature import go_inputs

    found = _step_code(model, step, content, "main")
    if found is None:
        return None
    code, label = found
    inputs = go_inputs(code)
    if inputs is None:
        return None
    return Target(label, tuple(Param(i.name, True, i.type) for i in inputs))


def _other_target(model: FlowModel, step: str | None, content: Any, language: str) -> Target | None:
    """A PHP, Rust, C#, Ruby, Java, R or Nu step: the parameters of its `main`."""
    from wac_lint.flows.other_signatures import other_inputs

    entry = {"csharp": "Main", "ansible": "extra_vars"}.get(language, "main")
    found = _step_code(model, step, content, entry)
    if found is None:
        return None
    code, label = found
    inputs = other_inputs(language, code)
    if inputs is None:
        return None
    # Ansible: whether the worker passes other arguments on as extra vars is not
    # something these readers know, so no argument is called one that goes nowhere
    open_ended = language == "ansible"
    return Target(label, tuple(Param(i.name, i.required, i.type) for i in inputs), open_ended)


def _other_file_target(file: Path, language: str) -> Target | None:
    from wac_lint.flows.other_signatures import other_inputs

    try:
        code = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    inputs = other_inputs(language, code)
    if inputs is None:
        return None
    entry = {"csharp": "Main", "ansible": "extra_vars"}.get(language, "main")
    params = tuple(Param(i.name, i.required, i.type) for i in inputs)
    return Target(f"`{entry}` of {file.name}", params, language == "ansible")


def _go_file_target(file: Path) -> Target | None:
    from wac_lint.flows.go_signature import go_inputs

    try:
        code = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    inputs = go_inputs(code)
    if inputs is None:
        return None
    return Target(f"`main` of {file.name}", tuple(Param(i.name, True, i.type) for i in inputs))


# The extension `wmill sync pull` gives a SQL script of each dialect.
SQL_EXTENSIONS = {
    ".pg.sql": "postgresql",
    ".my.sql": "mysql",
    ".bq.sql": "bigquery",
    ".sf.sql": "snowflake",
    ".ms.sql": "mssql",
    ".odb.sql": "oracledb",
    ".duckdb.sql": "duckdb",
}


def _find_sql_script(root: Path, path: str) -> tuple[Path, str] | None:
    base = root / path
    module_folder = base.with_name(base.name + "__mod")
    found = [
        (file, language)
        for ext, language in SQL_EXTENSIONS.items()
        for file in (base.with_name(base.name + ext), module_folder / f"script{ext}")
        if file.is_file()
    ]
    return found[0] if len(found) == 1 else None


def _sql_target(model: FlowModel, step: str | None, content: Any, language: str) -> Target | None:
    from wac_lint.flows.yaml_tree import inline_file

    named = inline_file(content)
    if named is None:
        return _sql_code_target(content.text, language, f"the {language} query of step `{step}`")
    folder = model.directory.resolve()
    file = (folder / named).resolve()
    if not file.is_relative_to(folder):
        return None
    return _sql_file_target(file, language)


def _sql_file_target(file: Path, language: str) -> Target | None:
    try:
        code = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return _sql_code_target(code, language, f"the {language} query {file.name}")


def _sql_code_target(code: str, language: str, label: str) -> Target | None:
    from wac_lint.flows.sql_signature import sql_inputs

    inputs = sql_inputs(code, language)
    if inputs is None:
        return None
    return Target(label, tuple(Param(i.name, i.required, i.type, i.resource) for i in inputs))


def _graphql_target(model: FlowModel, step: str | None, content: Any) -> Target | None:
    from wac_lint.flows.yaml_tree import inline_file

    named = inline_file(content)
    if named is None:
        return _graphql_code_target(content.text, f"the GraphQL query of step `{step}`")
    folder = model.directory.resolve()
    file = (folder / named).resolve()
    if not file.is_relative_to(folder):
        return None
    return _graphql_file_target(file)


def _graphql_file_target(file: Path) -> Target | None:
    try:
        code = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return _graphql_code_target(code, f"the GraphQL query {file.name}")


def _graphql_code_target(code: str, label: str) -> Target:
    from wac_lint.flows.graphql_signature import graphql_inputs

    inputs = graphql_inputs(code)
    return Target(label, tuple(Param(i.name, i.required, i.type, i.resource) for i in inputs))


def _powershell_target(model: FlowModel, step: str | None, content: Any) -> Target | None:
    from wac_lint.flows.yaml_tree import inline_file

    named = inline_file(content)
    if named is None:
        return _powershell_code_target(content.text, f"the PowerShell script of step `{step}`")
    folder = model.directory.resolve()
    file = (folder / named).resolve()
    if not file.is_relative_to(folder):
        return None
    return _powershell_file_target(file)


def _powershell_file_target(file: Path) -> Target | None:
    try:
        code = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return _powershell_code_target(code, f"the PowerShell script {file.name}")


def _powershell_code_target(code: str, label: str) -> Target:
    from wac_lint.flows.powershell_signature import powershell_inputs

    inputs = powershell_inputs(code)
    return Target(label, tuple(Param(i.name, i.required, i.type) for i in inputs))


def _bash_file_target(path: str) -> Target | None:
    try:
        key = _stat_key(path)
    except OSError:
        return None
    return _bash_file_cached(path, key)


@lru_cache(maxsize=256)
def _bash_file_cached(path: str, _key: tuple[int, int]) -> Target | None:
    try:
        with open(path, encoding="utf-8") as handle:
            code = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    return _bash_target(code, f"the bash script {Path(path).name}")


def _bash_target(code: str, label: str) -> Target:
    from wac_lint.flows.bash_signature import bash_inputs, unread_declarations

    # No type: every input reaches the script as a command-line word, whatever its JSON type.
    params = tuple(Param(i.name, i.default is None, word=True) for i in bash_inputs(code))
    return Target(label, params, unread=unread_declarations(code))


def _signature_target(source: SourceFile, label: str) -> Target | None:
    from wac_lint.parsing import parse

    # From the defining modules, not the package's lazy `__getattr__`, which the
    # compiled build's local imports do not go through.
    from wac_lint.schema.signature import extract_signature
    from wac_lint.schema.types import SignatureError

    tree = parse(source)
    if tree.root_node.has_error:
        return None  # WAC000 territory; the signature may be partial
    try:
        sig = extract_signature(source, tree)
    except SignatureError:
        return None
    if sig.no_main_func and not sig.invalid and language_of(source.language).main_imported_by_name:
        if re.search(r"\bmain\b", source.text) is None:  # not even `main = run`
            return Target(label, (), no_main=True)
    if sig.no_main_func and not sig.invalid and _main_is_function_value(tree.root_node):
        return Target(label, (), unread_main=True)  # TypeScript: `const main = (...) =>`
    if sig.invalid or sig.no_main_func:
        return None
    params = tuple(
        Param(a.name, not a.has_default, *_typ_facts(a.typ), items=_item_type(a.typ))
        for a in sig.args
    )
    main = sig.main
    open_ended = takes_any_keyword(main)  # Python `**kwargs` takes any name
    hidden = (
        ()
        if open_ended
        else tuple(
            Param((k.name.text or b"").decode("utf-8", "replace"), not k.has_default)
            for k in keyword_only(main)
        )
    )
    before_slash = () if main is None else _positional_only(main)
    return Target(label, params, open_ended, keyword_only=hidden, positional_only=before_slash)


_FUNCTION_VALUES = ("arrow_function", "function_expression", "function")


def _main_is_function_value(root: Any) -> bool:
    """A top-level `const` / `let` / `var main = <arrow function or function
    expression>` (exported or not)."""
    for child in root.named_children:
        node = child
        if node.type == "export_statement":
            node = node.child_by_field_name("declaration") or node
        if node.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in node.named_children:
            if declarator.type != "variable_declarator":
                continue
            name = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if name is not None and name.text == b"main" and value is not None:
                return value.type in _FUNCTION_VALUES
    return False


# Python parameters that are a name with no default (the others have one, or are
# `*args` / `**kwargs` / the `*` and `/` markers)
_PY_REQUIRED = ("identifier", "typed_parameter")
_PY_NAMED = (*_PY_REQUIRED, "default_parameter", "typed_default_parameter")


def _positional_only(main: Any) -> tuple[Param, ...]:
    """The parameters before `/` of a Python `def main` (windmill-parser-py leaves
    them out of the inputs: the wrapper never passes them, even with `**kwargs`)."""
    parameters = main.child_by_field_name("parameters")
    if main.type != "function_definition" or parameters is None:
        return ()
    listed = parameters.named_children
    if not any(p.type == "positional_separator" for p in listed):
        return ()
    out: list[Param] = []
    for param in listed:
        if param.type == "positional_separator":
            break
        if param.type not in _PY_NAMED:
            continue
        name = param if param.type == "identifier" else param.child_by_field_name("name")
        first = param.named_children[0] if param.named_children else None
        if name is None and first is not None and first.type == "identifier":
            name = first
        if name is not None and name.type == "identifier" and name.text:
            out.append(Param(name.text.decode("utf-8", "replace"), param.type in _PY_REQUIRED))
    return tuple(out)


def _typ_facts(
    typ: Any,
) -> tuple[str | None, str | None, tuple[str, ...] | None, tuple[str, ...] | None]:
    """JSON type, resource type, string choices and object members of a parsed type."""
    from wac_lint.schema import types as t

    if typ in (t.INT,):
        return "integer", None, None, None
    if typ == t.FLOAT:
        return "number", None, None, None
    if typ == t.BOOL:
        return "boolean", None, None, None
    if typ in (t.DATETIME, t.DATE, t.EMAIL, t.SQL, t.BYTES):
        return "string", None, None, None
    if isinstance(typ, t.TStr):
        return "string", None, typ.values, None
    if isinstance(typ, t.TList):
        return "array", None, None, None
    if isinstance(typ, t.TObject):
        fields = tuple(name for name, _ in typ.props) if typ.props else None
        return "object", None, None, fields
    if isinstance(typ, t.TResource):
        return None, typ.name, None, None
    return None, None, None, None


_SCALAR_ITEMS = {"int": "integer", "float": "number", "bool": "boolean"}


def _item_type(typ: Any) -> str | None:
    """The JSON type of the items of a parsed list of numbers or booleans."""
    from wac_lint.schema import types as t

    if not isinstance(typ, t.TList):
        return None
    # not strings: Windmill's parsers read a bare `list` (and `.script.yaml` writes it)
    # as a list of strings, whatever the code takes
    return _SCALAR_ITEMS.get(typ.inner) if isinstance(typ.inner, str) else None


def _flow_target(path: str, label: str) -> Target | None:
    try:
        key = _stat_key(path)
    except OSError:
        return None
    return _flow_cached(path, label, key)


@lru_cache(maxsize=256)
def _flow_cached(path: str, label: str, _key: tuple[int, int]) -> Target | None:
    from wac_lint.flows.yaml_tree import YamlError, parse_yaml

    try:
        with open(path, encoding="utf-8") as handle:
            root = parse_yaml(handle.read())
    except (OSError, UnicodeDecodeError, YamlError):
        return None
    schema = root.get("schema") if root is not None and root.is_map else None
    if schema is None or not schema.is_map:
        return None
    return Target(f"flow {label}", schema_params(schema.value()), reads=_flow_input_reads(path))


def _flow_input_reads(path: str) -> frozenset[str]:
    """The `flow_input.<name>` a flow's expressions read."""
    from wac_lint.engine import InputError, read_source
    from wac_lint.flows.build import build_flow_model
    from wac_lint.flows.expressions import RefKind, parse_expression

    try:
        model = build_flow_model(read_source(path))
    except InputError:
        return frozenset()
    return frozenset(
        ref.name
        for expr in model.expressions
        for ref in parse_expression(expr.text).refs
        if ref.kind is RefKind.FLOW_INPUT
    )


def schema_params(schema: Any) -> tuple[Param, ...]:
    """Parameters from a JSON schema (a flow's `schema`, a script's metadata)."""
    if not isinstance(schema, dict):
        return ()
    props = schema.get("properties")
    required = schema.get("required")
    if not isinstance(props, dict):
        return ()
    required_names = set(required) if isinstance(required, list) else set()
    out: list[Param] = []
    for name, prop in props.items():
        if not isinstance(prop, dict):
            prop = {}
        kind = prop.get("type") if isinstance(prop.get("type"), str) else None
        fmt = prop.get("format")
        resource = (
            fmt[len("resource-") :]
            if isinstance(fmt, str) and fmt.startswith("resource-")
            else None
        )
        enum = prop.get("enum")
        values = tuple(str(v) for v in enum) if isinstance(enum, list) else None
        has_default = "default" in prop and prop["default"] is not None
        items = prop.get("items")
        item_kind = items.get("type") if isinstance(items, dict) else None
        out.append(
            Param(
                str(name),
                name in required_names and not has_default,
                kind or None,
                resource,
                values,
                items=item_kind
                if kind == "array" and item_kind in ("integer", "number", "boolean")
                else None,
            )
        )
    return tuple(out)


def defines_preprocessor(model: FlowModel, module: FlowModule) -> tuple[bool, str] | None:
    """Whether the Python / TypeScript code of a rawscript step defines the
    `preprocessor` function Windmill's parser finds (`has_preprocessor`), with a
    label for the code; None when the code cannot be read or parsed."""
    from wac_lint.parsing import parse
    from wac_lint.schema.signature import extract_signature
    from wac_lint.schema.types import SignatureError

    value = module.value
    if value is None or not value.is_map:
        return None
    content = value.get("content")
    lang_node = value.get("language")
    language = INLINE_LANGUAGES.get(lang_node.text if lang_node is not None else "")
    if content is None or not content.is_scalar or language is None:
        return None
    from wac_lint.flows.yaml_tree import inline_file

    named = inline_file(content)
    if named is not None:
        from wac_lint.engine import InputError, read_source

        folder = model.directory.resolve()
        file = (folder / named).resolve()
        if not file.is_relative_to(folder):
            return None
        try:
            source = read_source(str(file))
        except InputError:
            return None
        if source.language != language:
            return None  # another language than the step's: WAC500 reports it
        label = file.name
    else:
        source = SourceFile(model.source.path, content.text, language)
        label = f"the code of step `{module.id}`"
    tree = parse(source)
    if tree.root_node.has_error:
        return None
    try:
        sig = extract_signature(source, tree)
    except SignatureError:
        return None
    return sig.has_preprocessor, label


def subflow_result_code(model: FlowModel, module: FlowModule) -> tuple[str, str, str] | None:
    """`_subflow_result_code`, once per step (every read of its result asks)."""
    key = ("subflow result", id(module))
    if key not in model.memo:
        model.memo[key] = _subflow_result_code(model, module)
    found = model.memo[key]
    return found if isinstance(found, tuple) else None


def _subflow_result_code(model: FlowModel, module: FlowModule) -> tuple[str, str, str] | None:
    """For a `flow` step whose flow is in the repository: the language and code of
    the step that gives that flow's result, its last top-level script step, with a
    label for messages. None when the flow could end elsewhere (a `stop_after_if`
    or `skip_if` on a top-level step, a mocked last step) or the last step is not
    a script step (followed through the flows its last steps run: `subflow_result_step`)."""
    found = subflow_result_step(model, module)
    if found is None:
        return None
    child, last, label = found
    if last.kind not in (ModuleKind.RAWSCRIPT, ModuleKind.SCRIPT) or last.mocked:
        return None
    code = step_code(child, last)
    if code is None:
        return None
    return (code[0], code[1], label)


def subflow_result_step(
    model: FlowModel, module: FlowModule
) -> tuple[FlowModel, FlowModule, str] | None:
    """For a `flow` step whose flow is in the repository: the step whose result is
    that flow's result, its model, and a label for messages (`flow f/x/y (its last
    step `load`)`). A flow's result is its last top-level step's (windmill-worker
    `worker_flow.rs`), at every level: when that step runs a flow of its own, its
    result is that flow's last step's, followed down (up to `MAX_LEVELS` flows), and
    an identity step hands on the result of the step before it. None
    when a flow on the way could end elsewhere (`subflow_last_step`)."""
    from wac_lint.flows.scope import identity_source

    found = subflow_last_step(model, module)
    if found is None:
        return None
    child, last, path = found
    label = f"flow {path} (its last step `{last.id}`"
    for _ in range(MAX_LEVELS):
        if last.kind is ModuleKind.IDENTITY and not last.mocked:
            # an identity step completes with the result of the step before it
            source = identity_source(last)
            if source is None:
                return None
            label += f", an identity step that hands on the result of `{source.id}`"
            last = source
        if last.kind is not ModuleKind.FLOW or last.mocked:
            return (child, last, label + ")")
        deeper = subflow_last_step(child, last)
        if deeper is None:
            return None
        child, last, path = deeper
        label += f", which runs flow {path}, whose last step is `{last.id}`"
    return None


def subflow_last_step(
    model: FlowModel, module: FlowModule
) -> tuple[FlowModel, FlowModule, str] | None:
    """`_subflow_last_step`, once per step."""
    key = ("subflow last step", id(module))
    if key not in model.memo:
        model.memo[key] = _subflow_last_step(model, module)
    found = model.memo[key]
    return found if isinstance(found, tuple) else None


def _subflow_last_step(
    model: FlowModel, module: FlowModule
) -> tuple[FlowModel, FlowModule, str] | None:
    """For a `flow` step whose flow is in the repository: that flow's model, its last
    top-level step (whose result is the flow's: windmill-worker `worker_flow.rs`
    completes the flow job with the last module's result) and the flow's path. None
    when the flow could end elsewhere (a `stop_after_if` or `skip_if` on a top-level
    step)."""
    value = module.value
    if module.kind is not ModuleKind.FLOW or value is None or not value.is_map:
        return None
    path_node = value.get("path")
    path = path_node.text.strip() if path_node is not None and path_node.is_scalar else ""
    if not path:
        return None
    from wac_lint.engine import InputError, read_source
    from wac_lint.flows.build import build_flow_model

    for root in _roots(model):
        flow_file = _find_flow(root, path)
        if flow_file is None:
            continue
        try:
            child = build_flow_model(read_source(str(flow_file)))
        except (InputError, OSError, ValueError, RecursionError):
            return None
        steps = child.top.modules if child.top is not None else []
        if not steps or any(
            s.node.get("stop_after_if") is not None or s.node.get("skip_if") is not None
            for s in steps
        ):
            return None
        return (child, steps[-1], path)
    return None
