"""What the script or flow behind a task path takes, for checking calls against it.

A script's parameters come from its `main` signature (the extraction the
`schema` command uses, so required / typed exactly as Windmill's form shows
them), else from its `.script.yaml` schema (scripts in languages wac-lint does
not parse); a flow's from the `schema` of its `flow.yaml`. Each answer says
where it came from, so a finding can name its evidence.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from wac_lint.config import real_path
from wac_lint.digest import sha256
from wac_lint.schema.hidden_params import keyword_only, takes_any_keyword
from wac_lint.workspace.documents import ContentDigests, open_text, read_source
from wac_lint.workspace.layout import Target, TargetKind

# Metadata and flow files are small; anything larger is not read for a signature.
MAX_METADATA_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Parameter:
    """One input of a script or flow another file runs by path."""

    name: str
    required: bool
    schema: dict[str, Any]  # the JSON-schema property (type, enum, format, ...)


@dataclass(frozen=True)
class TargetSignature:
    """The inputs of a script or flow another file runs by path, and where they were read."""

    parameters: tuple[Parameter, ...]
    origin: str  # "the `main` signature of f/etl/extract.py", ...
    file: Path  # where the signature was read, for related locations
    any_keyword: bool = False  # a Python `main(**kwargs)`: every name reaches it
    keyword_only: tuple[str, ...] = ()  # Python `main(..., *, x)`: never passed by Windmill

    def parameter(self, name: str) -> Parameter | None:
        for p in self.parameters:
            if p.name == name:
                return p
        return None


class SignatureIndex:
    """Signatures of workspace targets, read lazily and kept per file content.

    One index serves a whole run (and the language server between requests):
    a file is read again only when its size or mtime changed, and parsed again
    only when its content hash changed. With a `SignatureStore`, what a run
    parsed is kept on disk by content hash, so a later run (another process)
    reads it back instead of parsing the target again.
    """

    def __init__(self, store: SignatureStore | None = None) -> None:
        self.store = store
        self._digest = ContentDigests(MAX_METADATA_BYTES)
        self._by_key: dict[str, dict[str, Any] | None] = {}
        self._signatures: dict[tuple[str, str, str], TargetSignature | None] = {}
        self.parsed = 0  # files whose schema was read here, not found (tests, benchmarks)

    def signature(self, target: Target, display_root: Path) -> TargetSignature | None:
        shown = _shown(target.file, display_root)
        if target.kind is TargetKind.FLOW:
            return self._signature(target.file, SchemaSource.FLOW, f"the `schema` of {shown}")
        found = self._signature(target.file, SchemaSource.MAIN, _inputs_origin(target.file, shown))
        if found is not None:
            return found
        metadata = target.metadata
        if metadata is not None and metadata.is_file():
            meta_shown = (
                shown.rsplit("/", 1)[0] + "/" + metadata.name if "/" in shown else metadata.name
            )
            return self._signature(metadata, SchemaSource.METADATA, f"the schema in {meta_shown}")
        return None

    def _signature(self, file: Path, source: SchemaSource, origin: str) -> TargetSignature | None:
        key = self._key(file, source)
        if key is None:
            return None
        memo = (key, origin, str(file))
        if memo not in self._signatures:
            self._signatures[memo] = _from_schema(self._schema(key, file, source), origin, file)
        return self._signatures[memo]

    def _key(self, file: Path, source: SchemaSource) -> str | None:
        digest = self._digest(file)
        if digest is None:
            return None
        # A script's language is in its (possibly compound) extension: `.py`, `.bun.ts`.
        return f"{source.value}:{file.name.partition('.')[2]}:{digest}"

    def _schema(self, key: str, file: Path, source: SchemaSource) -> dict[str, Any] | None:
        """The JSON schema `source` gives for `file`'s content (`key`); None: none."""
        if key in self._by_key:
            return self._by_key[key]
        found, schema = self.store.get(key) if self.store is not None else (False, None)
        if not found:
            schema = READERS[source](file)
            self.parsed += 1
            if self.store is not None:
                self.store.put(key, schema)
        self._by_key[key] = schema
        return schema


class SchemaSource(Enum):
    MAIN = "main"  # a script's `main` signature, as `wac-lint schema` reads it
    METADATA = "metadata"  # the `schema` of a `.script.yaml`
    FLOW = "flow"  # the `schema` of a flow's `flow.yaml`


class SignatureStore:
    """Schemas on disk, one small JSON file per content hash (under the result
    cache's directory), so that runs in different processes (worker processes
    of one run, later runs) parse each target once.

    The key also holds the wac-lint version and the sources of the code that
    reads signatures: a changed extraction never reads an old answer. Like the
    result cache, it is a convenience: anything wrong with it means "read the
    target again", never an error.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        name = str(sha256(f"{_reader_fingerprint()}\0{key}".encode()).hexdigest())
        return self.directory / name[:2] / f"{name}.json"

    def get(self, key: str) -> tuple[bool, dict[str, Any] | None]:
        try:
            data = json.loads(self._path(key).read_bytes())
        except (OSError, ValueError, RecursionError):
            return False, None
        if not isinstance(data, dict) or data.get("key") != key:
            return False, None
        schema = data.get("schema")
        return (True, schema) if schema is None or isinstance(schema, dict) else (False, None)

    def put(self, key: str, schema: dict[str, Any] | None) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
            try:
                with open(tmp, "x", encoding="utf-8") as out:
                    json.dump({"key": key, "schema": schema}, out, separators=(",", ":"))
                os.replace(tmp, path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except (OSError, TypeError, ValueError, RecursionError):
            pass  # not kept: the next run reads the target again


@cache
def _reader_fingerprint() -> str:
    """The wac-lint version and the size and mtime of the modules that read signatures."""
    import wac_lint
    import wac_lint.schema as schema_package

    files = sorted(
        [
            *(str(p) for d in schema_package.__path__ for p in Path(d).glob("*.py")),
            __file__,
            str(Path(wac_lint.__file__).with_name("parsing.py")),
            # the bash / SQL / Go readers, shared with the flow rules
            *(
                str(Path(wac_lint.__file__).with_name("flows") / f"{name}_signature.py")
                for name in ("bash", "sql", "go")
            ),
        ]
    )
    parts = [wac_lint.__version__]
    for name in files:
        try:
            st = os.stat(name)
        except OSError:
            continue
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return str(sha256("\n".join(parts).encode()).hexdigest())


def _shown(file: Path, root: Path) -> str:
    try:
        return real_path(file).relative_to(root).as_posix()
    except ValueError:
        return str(file)


def _read_small(file: Path) -> bytes | None:
    try:
        if not file.is_file() or file.stat().st_size > MAX_METADATA_BYTES:
            return None
        return file.read_bytes()
    except OSError:
        return None


def _yaml_schema(file: Path) -> dict[str, Any] | None:
    document = _load_yaml(file)
    schema = document.get("schema") if isinstance(document, dict) else None
    return schema if isinstance(schema, dict) else None


def _main_schema(file: Path) -> dict[str, Any] | None:
    from wac_lint.engine import InputError
    from wac_lint.parsing import parse
    from wac_lint.schema.jsonschema import infer_schema
    from wac_lint.schema.signature import extract_signature
    from wac_lint.schema.types import SignatureError
    from wac_lint.source import language_for_path

    if language_for_path(file.name) is None:
        return _regex_parsed_schema(file)
    try:
        source = read_source(file)
        signature = extract_signature(source, parse(source))
    except (InputError, SignatureError, RecursionError):
        return None
    if signature.invalid or signature.no_main_func:
        return None
    schema, _ = infer_schema(signature, None)
    defined: dict[str, Any] = _defined(schema)
    if takes_any_keyword(signature.main):
        defined[ANY_KEYWORD] = True  # every argument is passed, keyword-only ones too
    elif hidden := keyword_only(signature.main):
        defined[KEYWORD_ONLY] = [(k.name.text or b"").decode("utf-8", "replace") for k in hidden]
    return defined


def _regex_parsed_schema(file: Path) -> dict[str, Any] | None:
    """The inputs of a bash, SQL or Go script, read as Windmill's parsers for those
    languages read them (the readers the flow rules use for steps), for a target
    whose `.script.yaml` has not been written yet."""
    from wac_lint.flows.bash_signature import bash_inputs
    from wac_lint.flows.go_signature import go_inputs
    from wac_lint.flows.graphql_signature import graphql_inputs
    from wac_lint.flows.powershell_signature import powershell_inputs
    from wac_lint.flows.sql_signature import sql_inputs
    from wac_lint.flows.targets import SQL_EXTENSIONS

    name = file.name
    language = next((lang for ext, lang in SQL_EXTENSIONS.items() if name.endswith(ext)), None)
    if language is None and not name.endswith((".sh", ".go", ".gql", ".ps1")):
        return None
    code = open_text(file)
    if code is None:
        data = _read_small(file)
        if data is None:
            return None
        code = data.decode("utf-8", "replace").replace("\r\n", "\n")
    properties: dict[str, Any] = {}
    required: list[str] = []
    if language is not None:
        for sql in sql_inputs(code, language) or ():
            prop: dict[str, Any] = {"type": sql.type} if sql.type else {}
            if sql.resource is not None:
                prop = {"type": "object", "format": f"resource-{sql.resource}"}
            properties[sql.name] = prop
            if sql.required:
                required.append(sql.name)
    elif name.endswith(".gql"):
        for gql in graphql_inputs(code):
            prop = {"type": gql.type} if gql.type else {}
            if gql.resource is not None:
                prop = {"type": "object", "format": f"resource-{gql.resource}"}
            properties[gql.name] = prop
            if gql.required:
                required.append(gql.name)
    elif name.endswith(".ps1"):
        for ps in powershell_inputs(code):
            properties[ps.name] = {"type": ps.type} if ps.type else {}
            if ps.required:
                required.append(ps.name)
    elif name.endswith(".sh"):
        for bash in bash_inputs(code):
            # Untyped: Windmill's bash executor hands every input over as text (a number
            # or a boolean as its JSON spelling), so no JSON type is wrong for `$1`.
            properties[bash.name] = {}
            if bash.default is None:
                required.append(bash.name)
            else:
                properties[bash.name]["default"] = bash.default
    else:
        found = go_inputs(code)
        if found is None:
            return None
        for go in found:
            properties[go.name] = {"type": go.type} if go.type else {}
            required.append(go.name)
    return {"type": "object", "properties": properties, "required": required}


def _inputs_origin(file: Path, shown: str) -> str:
    name = file.name
    if name.endswith(".sh"):
        return f"the inputs Windmill's bash parser reads in {shown}"
    if name.endswith(".sql"):
        return f"the inputs Windmill's SQL parser reads in {shown}"
    if name.endswith(".gql"):
        return f"the inputs Windmill's GraphQL parser reads in {shown}"
    if name.endswith(".ps1"):
        return f"the inputs Windmill's PowerShell parser reads in {shown}"
    return f"the `main` signature of {shown}"


# Marks the stored schema of a Python `main(..., **kwargs)`: Windmill's wrapper then
# hands the job every argument (`args = kwargs` when the parser reports `star_kwargs`,
# windmill-worker python_executor.rs), so no name is unknown to it.
ANY_KEYWORD = "x-wac-lint-any-keyword"


# Marks the keyword-only parameters of a Python `main(a, *, b)`: Windmill's parser
# leaves them out of the script's inputs (its `args`), and the wrapper passes only
# those (`args["a"] = kwargs.get("a")`), so `b` keeps its default whatever is sent.
KEYWORD_ONLY = "x-wac-lint-keyword-only"


def _defined(value: Any) -> Any:
    """The schema as JSON has it (and as the `.script.yaml` writer writes it): the
    JavaScript `undefined` placeholders dropped, so it can be stored and read back."""
    from wac_lint.schema.jsvalues import UNDEFINED

    if isinstance(value, dict):
        return {k: _defined(v) for k, v in value.items() if v is not UNDEFINED}
    if isinstance(value, (list, tuple)):
        return [_defined(v) for v in value if v is not UNDEFINED]
    return value


READERS = {
    SchemaSource.MAIN: _main_schema,
    SchemaSource.METADATA: _yaml_schema,
    SchemaSource.FLOW: _yaml_schema,
}


def _from_schema(schema: dict[str, Any] | None, origin: str, file: Path) -> TargetSignature | None:
    if schema is None:
        return None
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return None
    required = schema.get("required")
    required_names = (
        {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
    )
    order = schema.get("order")
    names = list(properties)
    if isinstance(order, list):
        ordered = [n for n in order if isinstance(n, str) and n in properties]
        names = ordered + [n for n in names if n not in ordered]
    return TargetSignature(
        tuple(
            Parameter(
                name,
                # a default in the schema fills the input when a caller leaves it out (as a
                # flow's `flow` step is judged, WAC506): required in name only
                name in required_names and not _has_default(properties[name]),
                properties[name] if isinstance(properties[name], dict) else {},
            )
            for name in names
        ),
        origin,
        file,
        schema.get(ANY_KEYWORD) is True,
        tuple(n for n in schema.get(KEYWORD_ONLY) or () if isinstance(n, str)),
    )


def _has_default(prop: Any) -> bool:
    return isinstance(prop, dict) and prop.get("default") is not None


def _load_yaml(file: Path) -> Any:
    from wac_lint.schema.yaml_read import MetadataError, load

    text = open_text(file)
    data = _read_small(file) if text is None else b""
    if data is None:
        return None
    try:
        text = data.decode("utf-8") if text is None else text
        if file.suffix == ".json":
            import json

            return json.loads(text)
        return load(text)
    except (UnicodeDecodeError, ValueError, MetadataError, RecursionError):
        return None
