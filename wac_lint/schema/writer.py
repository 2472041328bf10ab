"""Atomic replacement of a metadata file.

The new text goes to a temporary file in the same directory, is flushed to
disk, then renamed over the target (`os.replace`), so a reader sees either the
old file or the new one, never half of it. An existing file's permission bits
are kept; a new file gets the usual `0o666 & ~umask`. A symbolic link is
followed: the file it points to is replaced, the link stays.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, text: str) -> None:
    if path.is_symlink():
        path = path.resolve()  # update the file the link points to, as wmill's writeFile does
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
