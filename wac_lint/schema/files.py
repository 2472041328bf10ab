"""One script on disk -> the `.script.yaml` it should have.

The file-level half of the schema feature, shared by `wac-lint schema`, the
WAC901 rule and the benchmark: find the project root and the metadata file,
read what is there, render what wmill would write, and say how they differ.
Nothing here writes files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import tree_sitter

from wac_lint.bounded import reason
from wac_lint.config import real_path
from wac_lint.engine import InputError, read_file_bytes, read_source
from wac_lint.parsing import parse
from wac_lint.schema.jsonschema import MergeError
from wac_lint.schema.paths import (
    ScriptPlace,
    find_project_root,
    json_metadata_path,
    lock_file,
    metadata_path,
    place_of,
    remote_path,
)
from wac_lint.schema.render import render_script_yaml
from wac_lint.schema.types import SignatureError
from wac_lint.schema.yaml_read import MetadataError
from wac_lint.source import SourceFile


class SchemaError(Exception):
    """A script whose metadata cannot be produced; the message is one line naming the file."""


class UnsupportedMetadata(SchemaError):
    """Metadata kept in a form wac-lint does not write (`.script.json`): skipped, not an error."""


class Unread:
    """The metadata file has not been read yet (`None` means it is missing)."""


UNREAD = Unread()


@dataclass
class Expected:
    script: Path
    metadata: Path
    current: str | None  # the file's text now (None: missing)
    expected: str  # what wmill would write

    @property
    def up_to_date(self) -> bool:
        return self.current == self.expected


def display(path: Path) -> str:
    try:
        return str(real_path(path).relative_to(real_path(Path.cwd())))
    except ValueError:
        return str(path)


def read_metadata(path: Path) -> str | None:
    """The metadata file's text, None when it does not exist (or is a dangling link).

    Read like a script: regular files only, with the size limit (a FIFO or a
    link to `/dev/zero` named `x.script.yaml` must not hang the run).
    """
    if not os.path.exists(path):
        return None
    name = str(path)
    try:
        data = read_file_bytes(path, name)
    except InputError as exc:
        # the display name (two realpaths) only when there is something to show
        raise SchemaError(display(path) + str(exc)[len(name) :]) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SchemaError(f"{display(path)}: not valid UTF-8 (byte {exc.start})") from exc


def expected_for_source(
    script: Path | ScriptPlace,
    source: SourceFile,
    tree: tree_sitter.Tree,
    *,
    current: str | None | Unread = UNREAD,
) -> Expected:
    """What the metadata of an already parsed script should be.

    `current`: the metadata file's text when the caller has read it already.
    """
    place = place_of(script)
    script = place.script
    meta = metadata_path(place)
    json_meta = json_metadata_path(place)
    if json_meta.exists():
        raise UnsupportedMetadata(
            f"{display(script)}: skipped (its metadata is {json_meta.name}; "
            "wac-lint writes .script.yaml only)"
        )
    if isinstance(current, Unread):
        current = read_metadata(meta)
    root = find_project_root(place)
    try:
        text = render_script_yaml(
            source,
            tree,
            current,
            remote_path=remote_path(place, root),
            lock_file=lock_file(place, root),
            lock_exists=lambda ref: (root / ref).exists(),
        )
    except SignatureError as exc:
        raise SchemaError(f"{display(script)}: {exc}") from exc
    except (MetadataError, MergeError) as exc:
        raise SchemaError(f"{display(meta)}: {exc}; not overwritten") from exc
    except RecursionError as exc:
        raise SchemaError(f"{display(script)}: {reason(exc)}") from exc
    return Expected(script, meta, current, text)


def expected_for_file(script: Path) -> Expected:
    """Read, parse once and render one script (raises SchemaError)."""
    try:
        source = read_source(script, display(script))
    except InputError as exc:
        raise SchemaError(str(exc)) from exc
    try:
        tree = parse(source)
    except RecursionError as exc:  # deeper than tree-sitter's queries follow
        raise SchemaError(f"{display(script)}: {reason(exc)}") from exc
    return expected_for_source(script, source, tree)
