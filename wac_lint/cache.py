"""The result cache: unchanged files are not analysed again.

One JSON file per combination of wac-lint build and `--select`/`--ignore`
(`<dir>/<version>/results-<key>.json`) maps each file's absolute path to the
digest of what its findings depend on (the file's content, the content of its
`.script.yaml`, the effective configuration's fingerprint) and the findings
themselves, without the file name (it is filled in with the name of the
current run, so `a.py` and `./a.py` share an entry).

A cache is a convenience: anything wrong with it (unreadable, corrupt, from
another version, a read-only directory) means "analyse again", never an
error. Writes go to a temporary file renamed over the old one, so a reader
never sees half a file, and concurrent runs at worst lose each other's
entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import wac_lint
from wac_lint.output import as_dict, from_dict
from wac_lint.rule import Finding

DEFAULT_DIR = ".wac_lint_cache"
CACHE_ENV = "WAC_LINT_CACHE_DIR"
FORMAT = 1  # bump when the entry layout changes
# Files beside a script whose content can change the script's findings: the
# stale-metadata rule compares the signature with `<name>.script.yaml`.
RELATED_SUFFIXES = (".script.yaml",)
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by wac-lint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def default_directory() -> Path:
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_DIR)


def build_stamp() -> str:
    """The version, plus the installed sources' sizes and mtimes.

    The version alone would keep stale results in a development checkout
    (editable install, same version, changed rules); stat-ing the package's
    few dozen files costs well under a millisecond.
    """
    digest = hashlib.sha256(f"{FORMAT}:{wac_lint.__version__}".encode())
    roots = {Path(wac_lint.__file__).parent}
    try:
        import wac_lint.rules as rules_package

        roots.update(Path(p) for p in rules_package.__path__)
    except ImportError:  # pragma: no cover - the rules package is always installed
        pass
    for root in sorted(roots):
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith((".py", ".toml")):
                    st = os.stat(os.path.join(dirpath, name))
                    digest.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def run_key(select: Iterable[str] | None, ignore: Iterable[str] | None) -> str:
    data = json.dumps([sorted(select or ()), sorted(ignore or ())])
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def well_typed(f: Finding) -> bool:
    """JSON that parses can still hold a null where a row belongs; that is a miss too."""
    texts = (f.code, f.name, f.message, f.severity)
    numbers = [f.row, f.column, f.end_row, f.end_column]
    if f.fix is not None:
        texts += (f.fix.message, f.fix.applicability, *(e.content for e in f.fix.edits))
        numbers += [n for e in f.fix.edits for n in (e.row, e.column, e.end_row, e.end_column)]
    return all(isinstance(t, str) for t in texts) and all(
        isinstance(n, int) and not isinstance(n, bool) for n in numbers
    )


class ResultCache:
    """Findings by file, loaded once per run and saved once at the end."""

    def __init__(
        self,
        directory: Path,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
    ) -> None:
        self.directory = directory
        version_dir = directory / wac_lint.__version__
        self.path = version_dir / f"results-{run_key(select, ignore)}.json"
        self.stamp = build_stamp()
        self.entries: dict[str, dict[str, object]] = {}
        self.dirty = False
        self.hits = 0
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):  # missing, unreadable or corrupt: start afresh
            self.dirty = self.path.exists()
            return
        if (
            isinstance(data, dict)
            and data.get("stamp") == self.stamp
            and isinstance(data.get("files"), dict)
        ):
            self.entries = data["files"]
        else:
            self.dirty = True

    @staticmethod
    def digest(path: Path, content: bytes, config_fingerprint: str) -> str:
        """What the findings of `path` depend on; `config_fingerprint` from Settings."""
        h = hashlib.sha256(content)
        h.update(b"\0" + config_fingerprint.encode())
        for suffix in RELATED_SUFFIXES:
            related = path.with_name(path.name.rsplit(".", 1)[0] + suffix)
            try:
                h.update(b"\0" + related.read_bytes())
            except OSError:
                h.update(b"\0-")
        return h.hexdigest()

    @staticmethod
    def key(path: Path) -> str:
        return os.path.abspath(path)

    def get(self, path: Path, digest: str) -> list[Finding] | None:
        """The cached findings, named as `path` is named in this run; None on a miss."""
        entry = self.entries.get(self.key(path))
        if not isinstance(entry, dict) or entry.get("digest") != digest:
            return None
        try:
            raw = entry["findings"]
            findings = [from_dict({**item, "filename": str(path)}) for item in raw]  # type: ignore[union-attr, dict-item]
        except (KeyError, TypeError, ValueError):  # a damaged entry is a miss
            return None
        if not all(well_typed(f) for f in findings):
            return None
        self.hits += 1
        return findings

    def put(self, path: Path, digest: str, findings: list[Finding]) -> None:
        stored = []
        for f in findings:
            item = as_dict(replace(f, filename=""))
            del item["filename"]
            stored.append(item)
        self.entries[self.key(path)] = {"digest": digest, "findings": stored}
        self.dirty = True

    def prune(self, keep: set[str]) -> None:
        """Drop entries of files that no longer exist (others may be another run's)."""
        for key in [k for k in self.entries if k not in keep and not os.path.exists(k)]:
            del self.entries[key]
            self.dirty = True

    def save(self) -> str | None:
        """Write the cache if it changed; a one-line reason when it could not be."""
        if not self.dirty:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG)):
                marker = self.directory / name
                if not marker.exists():
                    marker.write_text(text, encoding="utf-8")
            data = json.dumps({"stamp": self.stamp, "files": self.entries}, separators=(",", ":"))
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".results-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            return f"cache not written to {self.directory}: {exc.strerror or exc}"
        self.dirty = False
        return None
