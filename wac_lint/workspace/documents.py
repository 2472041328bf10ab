"""Workspace files as an editor holds them: open documents' text over the disk's.

A workflow's cross-file findings are drawn from other files (the helpers it
imports, the scripts its tasks call). In an editor, one of them may be open
with unsaved changes: what the user sees there is what the workflow's findings
must follow, not the file as last saved. The language server registers each
open document's text here; the workspace reads a file through `read_source` /
`digest`, which prefer that text. In a `check` run nothing is registered and
every read goes to the disk.

Updated from the server's event loop and read from its analysis threads: each
operation is one dictionary access, atomic under the interpreter lock.
"""

from __future__ import annotations

from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from wac_lint.config import real_path
from wac_lint.digest import sha256

if TYPE_CHECKING:
    from wac_lint.source import SourceFile

_OPEN: dict[Path, str] = {}


def open_document(path: str | Path, text: str) -> None:
    """The editor holds `path` with this text (opened, or edited)."""
    _OPEN[real_path(path)] = text


def close_document(path: str | Path) -> None:
    """The editor let go of `path`: the disk has it again."""
    _OPEN.pop(real_path(path), None)


def close_all() -> None:
    _OPEN.clear()


def open_text(file: Path) -> str | None:
    """The editor's text of a file, None when it is not open (read the disk)."""
    if not _OPEN:
        return None  # a `check` run: no resolving at all
    return _OPEN.get(real_path(file))


def text_digest(text: str) -> str:
    return "open:" + str(sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


class ContentDigests:
    """Each workspace file's content digest: the editor's text when the file is
    open, else the disk's, read again only when its size or modification time
    changes. `max_bytes`: larger files (and non-files) have no digest."""

    def __init__(self, max_bytes: int | None = None) -> None:
        self.max_bytes = max_bytes
        self._by_stat: dict[Path, tuple[tuple[int, int], str]] = {}

    def __call__(self, file: Path) -> str | None:
        text = open_text(file)
        if text is not None:
            return text_digest(text)
        try:
            stat = file.stat()
        except OSError:
            return None
        if self.max_bytes is not None and (
            not S_ISREG(stat.st_mode) or stat.st_size > self.max_bytes
        ):
            return None
        stamp = (stat.st_size, stat.st_mtime_ns)
        known = self._by_stat.get(file)
        if known is not None and known[0] == stamp:
            return known[1]
        try:
            data = file.read_bytes()
        except OSError:
            return None
        digest = str(sha256(data).hexdigest())
        self._by_stat[file] = (stamp, digest)
        return digest


def read_source(file: Path, shown: str | None = None) -> SourceFile:
    """A workspace file as a `SourceFile`: the editor's text when open, else the disk's
    (with the same input gate, limits and one-line errors as `check`)."""
    from wac_lint.engine import InputError, source_from_text
    from wac_lint.engine import read_source as read_from_disk
    from wac_lint.source import language_for_path

    text = open_text(file)
    if text is None:
        return read_from_disk(file, shown)
    language = language_for_path(file)
    if language is None:
        raise InputError(f"{shown or file}: not a Python or TypeScript file")
    return source_from_text(text, shown or str(file), language)
