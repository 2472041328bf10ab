"""The helpers' effects kept on disk, by content, for later runs and worker
processes (`use_helper_store`).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from wac_lint.digest import sha256
from wac_lint.guards import ParamGuard
from wac_lint.model import CallKind, Elsewhere
from wac_lint.workspace.session import Effect, EffectsKey, default_session


class HelperStore:
    """Helper walks on disk, one small JSON file per helper function and content
    (under the result cache's directory): a later run, or another worker process,
    reads back what a helper reaches instead of parsing and walking it again.

    An answer is used only while every path it was drawn from is as recorded
    (`CrossFileSession.state`), like the ones remembered in memory; the key holds
    the wac-lint version and the sources of its modules. Anything wrong with a
    file means "walk again", never an error.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: EffectsKey) -> Path:
        text = "\0".join([_sources_fingerprint(), *key[:4], repr(key[4])])
        name = str(sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
        return self.directory / name[:2] / f"{name}.json"

    def get(self, key: EffectsKey) -> tuple[tuple[Effect, ...], dict[Path, str | None]] | None:
        try:
            data = json.loads(self._path(key).read_bytes())
            if data["key"] != [*key[:4], repr(key[4])]:
                return None
            effects = tuple(_effect_from_json(item) for item in data["effects"])
            reads = {Path(p): s for p, s in data["reads"].items()}
            if not all(s is None or isinstance(s, str) for s in reads.values()):
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        return effects, reads

    def put(
        self, key: EffectsKey, effects: tuple[Effect, ...], reads: dict[Path, str | None]
    ) -> None:
        path = self._path(key)
        data = {
            "key": [*key[:4], repr(key[4])],
            "effects": [_effect_to_json(e) for e in effects],
            "reads": {str(p): s for p, s in reads.items()},
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
            try:
                with open(tmp, "x", encoding="utf-8") as out:
                    json.dump(data, out, separators=(",", ":"))
                os.replace(tmp, path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except (OSError, TypeError, ValueError, RecursionError):
            pass  # not kept: the next run walks the helper again


def _effect_to_json(effect: Effect) -> dict[str, object]:
    where = effect.where
    return {
        "qualname": effect.qualname,
        "kind": effect.kind.value,
        "chain": list(effect.chain),
        "where": [where.path, where.row, where.column, where.end_row, where.end_column],
        "text": where.text,
        "silenced": sorted(where.silenced),
        "file": str(effect.file),
        "arg_count": effect.arg_count,
        "writes": effect.writes,
        "guards": [
            [g.name, g.index, g.member, g.truthy, g.default, g.null, g.compare]
            for g in effect.guards
        ],
    }


def _effect_from_json(item: dict[str, Any]) -> Effect:
    path, row, column, end_row, end_column = item["where"]
    numbers = (row, column, end_row, end_column, item["arg_count"])
    texts = (path, item["qualname"], item["text"], item["file"], *item["chain"])
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        raise TypeError("badly typed helper walk")
    if not all(isinstance(t, str) for t in (*texts, *item["silenced"])):
        raise TypeError("badly typed helper walk")
    where = Elsewhere(path, row, column, end_row, end_column, item["text"])
    where = replace(where, silenced=frozenset(item["silenced"]))
    guards = []
    for name, index, member, truthy, default, null, compare in item.get("guards", ()):
        if not (isinstance(name, str) and isinstance(member, str) and type(index) is int):
            raise TypeError("badly typed helper walk")
        if not (isinstance(truthy, bool) and (default is None or isinstance(default, bool))):
            raise TypeError("badly typed helper walk")
        if not isinstance(null, bool):
            raise TypeError("badly typed helper walk")
        compared: tuple[str, float] | None = None
        if compare is not None:
            operator, number = compare
            if not isinstance(operator, str) or not isinstance(number, (int, float)):
                raise TypeError("badly typed helper walk")
            compared = (operator, float(number))
        guards.append(ParamGuard(name, index, member, truthy, default, null, compared))
    return Effect(
        item["qualname"],
        CallKind(item["kind"]),
        tuple(item["chain"]),
        where,
        Path(item["file"]),
        item["arg_count"],
        bool(item["writes"]),
        tuple(guards),
    )


@cache
def _sources_fingerprint() -> str:
    """The version and the size and mtime of every wac-lint module: what a helper
    reaches is decided by the front-ends, the semantic model and the cross-file walk."""
    import wac_lint

    package = Path(wac_lint.__file__).parent
    parts = [wac_lint.__version__]
    for file in sorted(package.rglob("*.py")):
        try:
            st = file.stat()
        except OSError:
            continue
        parts.append(f"{file}:{st.st_size}:{st.st_mtime_ns}")
    return str(sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest())


def use_helper_store(directory: Path | None) -> None:
    """Keep helper walks on disk under `directory` (None: in memory only)."""
    default_session().store = HelperStore(directory) if directory is not None else None
