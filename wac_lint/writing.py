"""Every file wac-lint writes goes through here: atomically, and only where it may.

The rules (README, "What wac-lint writes"):
- The new text goes to a temporary file in the same directory, is flushed to
  disk, then renamed over the target (`os.replace`): a reader sees the old file
  or the new one, never half of it; a failed write leaves the old file.
- A symbolic link is written through (the link stays, its target is replaced)
  only when the target lies inside the project root; a link that leaves the
  root, or points nowhere (a dangling link), is refused: wac-lint never creates
  or changes a file outside the tree it was asked to work on.
- A read-only file (no write permission bit) is never changed: refused.
- Temporary files are named `.<name>.wac-lint-<pid>-<random>.tmp`. They are
  removed on any error, Ctrl-C or SIGTERM; the leftovers of a killed run
  (SIGKILL, power loss) are removed by the next run that writes in that
  directory, once their process is gone.

An existing file's permission bits are kept; a new file gets `0o666 & ~umask`.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

TEMP_MARK = ".wac-lint-"
TEMP_NAME = re.compile(r"\..+\.wac-lint-(\d+)-[^.]+\.tmp\Z")
STALE_AFTER_SECONDS = 24 * 3600  # a temp file this old is a leftover whatever its pid says


class WriteRefused(Exception):
    """A write wac-lint will not do; the message is one line naming the file and why."""


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def write_target(path: Path, root: Path | None) -> Path:
    """The file a write to `path` would replace, or WriteRefused.

    `root` is the project root links must stay in (None: links are not allowed
    to leave the link's own directory).
    """
    target = path
    if path.is_symlink():
        real = os.path.realpath(path)
        if not os.path.lexists(real) or not os.path.exists(path):
            raise WriteRefused(f"{path}: a dangling symbolic link; not created")
        limit = os.path.realpath(root if root is not None else path.parent)
        if not _inside(real, limit):
            raise WriteRefused(
                f"{path}: a symbolic link to {real}, outside the project root {limit}; not written"
            )
        target = Path(real)
    try:
        info = target.stat()
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise WriteRefused(f"{path}: cannot write: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused(f"{path}: not a regular file; not written")
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteRefused(f"{path}: read-only file; not changed")
    return target


def atomic_write(path: Path, text: str, root: Path | None = None) -> None:
    """Replace `path` with `text` (UTF-8, newlines as given).

    Raises WriteRefused for a write the rules above forbid, OSError when the
    system refuses (full disk, read-only directory); the old file is intact.
    """
    target = write_target(path, root)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    remove_leftovers(target.parent)
    fd, tmp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}{TEMP_MARK}{os.getpid()}-", suffix=".tmp"
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:  # also KeyboardInterrupt and SIGTERM's SystemExit
        tmp.unlink(missing_ok=True)
        raise


_swept: set[str] = set()  # directories already cleaned by this process


def remove_leftovers(directory: Path) -> None:
    """Delete temporary files left in `directory` by runs that were killed (once per run)."""
    key = os.path.realpath(directory)
    if key in _swept:
        return
    _swept.add(key)
    try:
        entries = [e for e in os.scandir(directory) if TEMP_MARK in e.name]
    except OSError:
        return
    for entry in entries:
        match = TEMP_NAME.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_SECONDS
            if old or not _alive(int(match.group(1))):
                os.unlink(entry.path)
        except OSError:
            continue


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, belongs to someone else
    return True
