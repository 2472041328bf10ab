"""What the script or flow behind a task path takes, for checking calls against it.

A script's parameters come from its `main` signature (the extraction the
`schema` command uses, so required / typed exactly as Windmill's form shows
them), else from its `.script.yaml` schema (scripts in languages wac-lint does
not parse); a flow's from the `schema` of its `flow.yaml`. Each answer says
where it came from, so a finding can name its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wac_lint.config import real_path
from wac_lint.workspace.layout import Target, TargetKind

# Metadata and flow files are small; anything larger is not read for a signature.
MAX_METADATA_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Parameter:
    name: str
    required: bool
    schema: dict[str, Any]  # the JSON-schema property (type, enum, format, ...)


@dataclass(frozen=True)
class TargetSignature:
    parameters: tuple[Parameter, ...]
    origin: str  # "the `main` signature of f/etl/extract.py", ...
    file: Path  # where the signature was read, for related locations

    def parameter(self, name: str) -> Parameter | None:
        for p in self.parameters:
            if p.name == name:
                return p
        return None


class SignatureIndex:
    """Signatures of workspace targets, read lazily and kept per file content.

    One index serves a whole run (and the language server between requests):
    a file is read again only when its size or mtime changed, and parsed again
    only when its content hash changed.
    """

    def __init__(self) -> None:
        self._by_stat: dict[Path, tuple[tuple[int, int], str]] = {}
        self._by_hash: dict[tuple[str, str], TargetSignature | None] = {}

    def signature(self, target: Target, display_root: Path) -> TargetSignature | None:
        file = target.file
        try:
            stat = file.stat()
        except OSError:
            return None
        stamp = (stat.st_size, stat.st_mtime_ns)
        known = self._by_stat.get(file)
        if known is not None and known[0] == stamp:
            digest = known[1]
        else:
            data = _read_small(file)
            if data is None:
                return None
            import hashlib  # OpenSSL's loading is a few ms a one-file run need not pay

            digest = hashlib.sha256(data).hexdigest()
            self._by_stat[file] = (stamp, digest)
        key = (str(file), digest)
        if key not in self._by_hash:
            self._by_hash[key] = _read_signature(target, _shown(file, display_root))
        return self._by_hash[key]


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


def _read_signature(target: Target, shown: str) -> TargetSignature | None:
    if target.kind is TargetKind.FLOW:
        document = _load_yaml(target.file)
        schema = document.get("schema") if isinstance(document, dict) else None
        if not isinstance(schema, dict):
            return None
        return _from_schema(schema, f"the `schema` of {shown}", target.file)
    from_main = _from_main(target.file, shown)
    if from_main is not None:
        return from_main
    if target.metadata is not None and target.metadata.is_file():
        document = _load_yaml(target.metadata)
        schema = document.get("schema") if isinstance(document, dict) else None
        if isinstance(schema, dict):
            meta_shown = (
                shown.rsplit("/", 1)[0] + "/" + target.metadata.name
                if "/" in shown
                else target.metadata.name
            )
            return _from_schema(schema, f"the schema in {meta_shown}", target.metadata)
    return None


def _from_main(file: Path, shown: str) -> TargetSignature | None:
    from wac_lint.engine import InputError, read_source
    from wac_lint.parsing import parse
    from wac_lint.schema.jsonschema import infer_schema
    from wac_lint.schema.signature import extract_signature
    from wac_lint.schema.types import SignatureError
    from wac_lint.source import language_for_path

    if language_for_path(file.name) is None:
        return None
    try:
        source = read_source(file)
        signature = extract_signature(source, parse(source))
    except (InputError, SignatureError, RecursionError):
        return None
    if signature.invalid or signature.no_main_func:
        return None
    schema, _ = infer_schema(signature, None)
    return _from_schema(schema, f"the `main` signature of {shown}", file)


def _from_schema(schema: dict[str, Any], origin: str, file: Path) -> TargetSignature | None:
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
                name in required_names,
                properties[name] if isinstance(properties[name], dict) else {},
            )
            for name in names
        ),
        origin,
        file,
    )


def _load_yaml(file: Path) -> Any:
    from wac_lint.schema.yaml_read import MetadataError, load

    data = _read_small(file)
    if data is None:
        return None
    try:
        text = data.decode("utf-8")
        if file.suffix == ".json":
            import json

            return json.loads(text)
        return load(text)
    except (UnicodeDecodeError, ValueError, MetadataError, RecursionError):
        return None
