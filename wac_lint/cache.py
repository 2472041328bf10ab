"""The result cache: unchanged files are not analysed again.

One JSON file per `--select`/`--ignore` combination
(`<dir>/<version>/results-<key>.json`) maps each file's absolute path to the
digest of what its findings depend on (the file's content, the content of the
files beside it that rules declare they read (`Rule.extra_inputs`: the
`.script.yaml` WAC901 compares with), the effective configuration's
fingerprint, the Windmill project root) and the findings
themselves, without the file name (it is filled in with the name of the
current run, so `a.py` and `/abs/a.py` share an entry).

The whole file is valid only for the wac-lint that wrote it: the same version,
and the same sources of the modules that produced the findings (their sizes
and mtimes are recorded). The version alone would serve stale results in a
development checkout, where rules change and the version does not; stat-ing
the whole package instead would throw the cache away whenever an unrelated
module (the language server, say) is edited.

Reading every file to hash it is most of a warm run, so, as git's index
does, an entry also records the size and mtime of the file (and of the files
beside it that rules read) taken before it was read: when they are unchanged, and older
than the cache file by a safety margin (a file rewritten within the same
timestamp tick must not pass for unchanged), the content is not read again.
Any other change of stat data falls back to the content digest.

Findings also depend on other files of the workspace (helpers the workflow
imports, the scripts its tasks call) and on the *absence* of files (a task
path that matches nothing, an import that resolves to no file): an entry
records the state of each such path, read before the analysis could have
used it: a file's content digest, a directory's listing (the names in it, so
a script or flow appearing there is a miss), or absence.

A cache is a convenience: anything wrong with it (unreadable, corrupt, from
another version, a read-only directory) means "analyse again", never an
error. Writes go to a temporary file renamed over the old one, so a reader
never sees half a file, and concurrent runs at worst lose each other's
entries.
"""

from __future__ import annotations

import json
import os
import stat as stat_module
import sys
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import wac_lint
from wac_lint.digest import sha256
from wac_lint.report import as_dict, from_dict
from wac_lint.rule import Finding
from wac_lint.source import is_flow_path

DEFAULT_DIR = ".wac_lint_cache"
CACHE_ENV = "WAC_LINT_CACHE_DIR"
FORMAT = 7  # bump when the file layout changes
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by wac-lint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)

Sources = dict[str, list[int]]  # path -> [size, mtime_ns]
StatKey = list[int]  # [size, mtime_ns] of a script, then of each extra input (-1 if none)
# Files modified this close to the cache write are re-read next time: coarse
# file-system timestamps (2 s on FAT, a clock tick elsewhere) could hide an edit.
RACY_MARGIN_NS = 2_000_000_000


def default_directory() -> Path:
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_DIR)


def rules_directories() -> list[str]:
    import wac_lint.rules as rules_package

    return [os.path.abspath(p) for p in rules_package.__path__]


def stat_of(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in a damaged cache's path
        return None
    return [st.st_size, st.st_mtime_ns]


def loaded_sources() -> Sources:
    """What this process's findings came from: the wac-lint modules it loaded,
    the rule catalogues (data files) and the rules directory (a new rule
    module changes its mtime)."""
    rules = rules_directories()
    roots = tuple(os.path.join(p, "") for p in [os.path.dirname(wac_lint.__file__), *rules])
    files = {
        os.path.abspath(f)
        for module in list(sys.modules.values())
        if isinstance(f := getattr(module, "__file__", None), str) and f.startswith(roots)
    }
    for directory in rules:
        files.add(directory)
        files.update(
            os.path.join(directory, name)
            for name in os.listdir(directory)
            if name.endswith(".toml")
        )
    return {path: stat for path in sorted(files) if (stat := stat_of(path)) is not None}


def project_root(directory: str) -> str:
    """The Windmill project a directory belongs to, as a cache context: its root,
    what made it the root, and the content of its `wmill.yaml` (the layout it
    sets changes the findings of the workspace rules; hashed, not parsed: a warm
    run need not load a YAML parser)."""
    from wac_lint.workspace.root import PROJECT_FILE as WMILL_YAML
    from wac_lint.workspace.root import RootMarker, root_of_directory

    root, marker = root_of_directory(Path(os.path.realpath(directory)))
    context = f"{root}|{marker}"
    if marker == RootMarker.WMILL_YAML:
        try:
            with open(root / WMILL_YAML, "rb") as handle:
                context += "|" + str(sha256(handle.read()).hexdigest())
        except OSError:
            context += "|-"
    return context


ABSENT = "-"  # the digest of a path that does not exist
Record = list[object]  # [size, mtime_ns, digest] of a dependency


def path_state(name: str) -> tuple[list[int], str] | None:
    """A dependency's stat data and digest; None when it cannot be read.

    A file's digest is its content's; a directory's, the sorted names in it (the
    workspace rules depend on which scripts and flows a folder holds); a path
    that does not exist is `ABSENT`, so a file appearing there is a change.
    """
    try:
        st = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        return [-1, -1], ABSENT
    except (OSError, ValueError):
        return None
    before = [st.st_size, st.st_mtime_ns]  # taken before reading: a later edit must not match
    try:
        if stat_module.S_ISDIR(st.st_mode):
            names = "\0".join(sorted(os.listdir(name)))
            return before, "dir:" + str(
                sha256(names.encode("utf-8", "surrogateescape")).hexdigest()
            )
        with open(name, "rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        return None
    return before, str(sha256(data).hexdigest())


def unchanged(sources: object) -> bool:
    return isinstance(sources, dict) and all(stat_of(p) == v for p, v in sources.items())


def run_key(select: Iterable[str] | None, ignore: Iterable[str] | None) -> str:
    data = json.dumps([sorted(select or ()), sorted(ignore or ())])
    return str(sha256(data.encode()).hexdigest())[:16]


def well_typed(f: Finding) -> bool:
    """JSON that parses can still hold a null where a row belongs; that is a miss too."""
    texts: tuple[object, ...] = (f.code, f.name, f.message, f.severity)
    numbers = [f.row, f.column, f.end_row, f.end_column]
    if f.fix is not None:
        texts += (f.fix.message, f.fix.applicability, *(e.content for e in f.fix.edits))
        numbers += [n for e in f.fix.edits for n in (e.row, e.column, e.end_row, e.end_column)]
    texts += tuple(t for r in f.related for t in (r.filename, r.message))
    numbers += [n for r in f.related for n in (r.row, r.column, r.end_row, r.end_column)]
    return all(isinstance(t, str) for t in texts) and all(
        isinstance(n, int) and not isinstance(n, bool) for n in numbers
    )


def well_formed(entry: object) -> bool:
    """The shape `put` writes (the findings themselves are checked when used)."""
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("digest"), str)
        and isinstance(entry.get("context", ""), str)
        and isinstance(entry.get("findings"), list)
        and all(isinstance(item, dict) for item in entry["findings"])
        and isinstance(entry.get("dependencies", {}), dict)
        and isinstance(entry.get("inputs", []), list)
    )


def absolute(name: str) -> str:
    return os.path.abspath(name)


def shown(name: str) -> str:
    """A related file as the rules name it: relative to the current directory when
    under it (entries are shared by runs started from different directories)."""
    relative = os.path.relpath(name)
    return name if relative == ".." or relative.startswith(".." + os.sep) else relative


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
        # Target scripts' signatures and helpers' walks, by content (`workspace.view`).
        self.workspace = version_dir / "workspace"
        self.entries: dict[str, dict[str, object]] = {}
        self.sources: Sources = {}  # what the loaded entries were produced by
        self.written_ns = 0  # when the loaded file was written
        self.project_roots: dict[str, str] = {}  # directory -> its Windmill project root
        self.dirty = False
        self.hits = 0
        # Dependencies looked at in this run: path -> (stat, digest), None if unreadable
        # (a helper imported by a hundred workflows is hashed at most once) ...
        self.current: dict[str, tuple[list[int], str] | None] = {}
        self.inputs: dict[str, list[str]] = {}  # extra inputs of files with no entry yet
        # ... and stat-ed at most once: path -> [size, mtime_ns], [-1, -1] if absent.
        self.stats: dict[str, list[int] | None] = {}
        self._folders: dict[str, str] = {}  # directory as named -> absolute
        self._keys: dict[str, str] = {}  # file as named -> `key()`: asked 3-4 times a file
        self._cwd: str | None = None
        self._load()
        # A run sees the project roots as they are now, not as an earlier run in this
        # process (a test, a host that checks repeatedly) found them.
        from wac_lint.workspace.root import forget_projects

        forget_projects()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError, RecursionError):  # missing, unreadable, corrupt, hostile
            self.dirty = self.path.exists()
            return
        if (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and data.get("version") == wac_lint.__version__
            and isinstance(data.get("files"), dict)
            and unchanged(data.get("sources"))
        ):
            # An entry that is not shaped like ours is dropped now, not carried along.
            self.entries = {k: v for k, v in data["files"].items() if well_formed(v)}
            self.dirty = len(self.entries) != len(data["files"])
            self.sources = data["sources"]
            written = data.get("written")
            self.written_ns = written if isinstance(written, int) else 0
        else:
            self.dirty = True

    def note_sources(self, sources: Sources) -> None:
        """Modules loaded by worker processes (they may import more than this one)."""
        self.sources.update(sources)

    def context(self, path: Path, config_fingerprint: str) -> str:
        """Everything besides file contents the findings depend on: the effective
        configuration (`Settings.fingerprint()`) and the Windmill project root."""
        directory = os.path.dirname(os.fspath(path)) or os.curdir
        root = self.project_roots.get(directory)
        if root is None:
            root = self.project_roots[directory] = project_root(os.path.abspath(directory))
        return f"{config_fingerprint}:{root}"

    def related(self, path: Path) -> list[str]:
        """The files beside `path` the rules declare they read (`Rule.extra_inputs`).

        An entry records them, so that a warm run (every file a hit) need not
        load the rules to ask; the recorded list holds as long as the entry
        does (the cache is dropped when a rule's module changes).
        """
        key = self.key(path)
        entry = self.entries.get(key)
        recorded = entry.get("inputs") if isinstance(entry, dict) else None
        if isinstance(recorded, list) and all(isinstance(name, str) for name in recorded):
            return recorded
        found = self.inputs.get(key)
        if found is None:
            from wac_lint.registry import extra_inputs  # loads the rules: a miss needs them

            found = self.inputs[key] = extra_inputs(str(path))
        return found

    def stat_key(self, path: Path) -> StatKey | None:
        """Stat data of the script and its related files; take it *before* reading."""
        key: StatKey = []
        for name in (str(path), *self.related(path)):
            try:
                st = os.stat(name)
            except FileNotFoundError:
                key += [-1, -1]
            except OSError:
                return None
            else:
                key += [st.st_size, st.st_mtime_ns]
        return key

    def digest(self, path: Path, content: bytes, context: str) -> str:
        """What the findings of `path` depend on; `context` from `context()`."""
        h = sha256(content)
        h.update(b"\0" + context.encode())
        for related in self.related(path):
            try:
                with open(related, "rb") as handle:
                    h.update(b"\0" + handle.read())
            except OSError:
                h.update(b"\0-")
        return str(h.hexdigest())

    def _shown(self, name: str) -> str:
        """`shown`, with the current directory asked for once per run."""
        if self._cwd is None:
            self._cwd = os.path.join(os.getcwd(), "")
        if name.startswith(self._cwd) and os.path.isabs(name) and "/.." not in name:
            return name[len(self._cwd) :]
        return shown(name)

    def key(self, path: Path) -> str:
        """The absolute name of `path` (entries are shared by runs started elsewhere),
        its directory made absolute once per run: `abspath` asks the system for the
        current directory at every call, twice per file of a warm run."""
        name = os.fspath(path)
        known = self._keys.get(name)
        if known is not None:
            return known
        folder, base = os.path.split(name)
        if base in ("", ".", ".."):
            return os.path.abspath(name)
        absolute_folder = self._folders.get(folder)
        if absolute_folder is None:
            absolute_folder = self._folders[folder] = os.path.abspath(folder or os.curdir)
        known = self._keys[name] = os.path.join(absolute_folder, base)
        return known

    def get_unchanged(self, path: Path, stat: StatKey | None, context: str) -> list[Finding] | None:
        """The findings when the stat data proves the inputs unchanged, without reading."""
        if stat is None or is_flow_path(path):
            return None
        entry = self.entries.get(self.key(path))
        if (
            not isinstance(entry, dict)
            or entry.get("stat") != stat
            or entry.get("context") != context
            or max(stat[1::2]) >= self.written_ns - RACY_MARGIN_NS
            or not self._dependencies_unchanged(entry)
        ):
            return None
        return self._findings(entry, path)

    def get(self, path: Path, digest: str, stat: StatKey | None = None) -> list[Finding] | None:
        """The cached findings, named as `path` is named in this run; None on a miss."""
        if is_flow_path(path):
            return None  # a flow's findings depend on the scripts and flows it names
        entry = self.entries.get(self.key(path))
        if (
            not isinstance(entry, dict)
            or entry.get("digest") != digest
            or not self._dependencies_unchanged(entry)
        ):
            return None
        findings = self._findings(entry, path)
        if findings is not None and entry.get("stat") != stat:
            entry["stat"] = stat  # same content, new stat data (a checkout, a touch)
            self.dirty = True
        return findings

    def _findings(self, entry: dict[str, object], path: Path) -> list[Finding] | None:
        """The entry's findings; a damaged entry is a miss, and is dropped."""
        try:
            raw = entry["findings"]
            if not isinstance(raw, list):
                raise TypeError("findings must be a list")
            findings = [from_dict({**item, "filename": str(path)}) for item in raw]
            findings = [
                replace(
                    f,
                    related=tuple(replace(r, filename=self._shown(r.filename)) for r in f.related),
                )
                if f.related
                else f
                for f in findings
            ]
            if not all(well_typed(f) for f in findings):
                raise ValueError("badly typed finding")
        except (KeyError, TypeError, ValueError, RecursionError):
            self.entries.pop(self.key(path), None)
            self.dirty = True
            return None
        self.hits += 1
        return findings

    def put(
        self,
        path: Path,
        digest: str,
        findings: list[Finding],
        stat: StatKey | None = None,
        context: str = "",
        dependencies: Iterable[Path] = (),
    ) -> None:
        """Store `findings`; `dependencies` are the other files they were drawn from
        (`Result.dependencies`), recorded by content so that editing one is a miss."""
        if is_flow_path(path):
            return  # never read back (see `get`)
        records: dict[str, Record] = {}
        for dependency in dependencies:
            name = absolute(str(dependency))
            seen = self._current_state(name)
            if seen is None:
                return  # unreadable: the result cannot be trusted later
            records[name] = [*seen[0], seen[1]]
        stored = []
        for f in findings:
            related = tuple(replace(r, filename=absolute(r.filename)) for r in f.related)
            item = as_dict(replace(f, filename="", related=related))
            del item["filename"]
            stored.append(item)
        inputs = self.related(path)
        self.entries[self.key(path)] = {
            "inputs": inputs,
            "digest": digest,
            "stat": stat,
            "context": context,
            "findings": stored,
            "dependencies": records,
        }
        self.dirty = True

    def _current_state(self, name: str) -> tuple[list[int], str] | None:
        if name not in self.current:
            self.current[name] = path_state(name)
        return self.current[name]

    def _stat(self, name: str) -> list[int] | None:
        if name not in self.stats:
            try:
                st = os.stat(name)
            except (FileNotFoundError, NotADirectoryError):
                self.stats[name] = [-1, -1]
            except (OSError, ValueError):  # ValueError: a NUL in a damaged cache's path
                self.stats[name] = None
            else:
                self.stats[name] = [st.st_size, st.st_mtime_ns]
        return self.stats[name]

    def _dependencies_unchanged(self, entry: dict[str, object]) -> bool:
        """Every path the entry's findings depend on is still as recorded (a file's
        content, a directory's names, or absence): unchanged stat data (old enough)
        is trusted, as for the script itself; otherwise the path is read again.
        An unreadable one is a change."""
        records = entry.get("dependencies", {})
        if not isinstance(records, dict):
            return False
        for name, record in records.items():
            if not (isinstance(record, list) and len(record) == 3):
                return False
            stat = self._stat(name)
            if stat is None:
                return False
            if stat == record[:2] and (
                stat[1] < self.written_ns - RACY_MARGIN_NS or record[2] == ABSENT
            ):
                continue
            seen = self._current_state(name)
            if seen is None or seen[1] != record[2]:
                return False
            if record[:2] != seen[0]:
                record[:2] = seen[0]  # same content, new stat data
                self.dirty = True
        return True

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
            sources = {**self.sources, **loaded_sources()}
            data = json.dumps(
                {
                    "format": FORMAT,
                    "version": wac_lint.__version__,
                    "written": time.time_ns(),
                    "sources": sources,
                    "files": self.entries,
                },
                separators=(",", ":"),
            )
            # A unique name in the same directory (so the rename is atomic);
            # `open(..., "x")`, unlike mkstemp, honours the umask (no 0600 file).
            tmp = self.path.parent / f".results-{os.getpid()}-{os.urandom(4).hex()}.tmp"
            try:
                with open(tmp, "x", encoding="utf-8") as out:
                    out.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except OSError as exc:
            return f"cache not written to {self.directory}: {exc.strerror or exc}"
        except (RecursionError, ValueError):  # a hostile entry that survived loading
            return f"cache not written to {self.directory}: an entry cannot be stored"
        self.dirty = False
        return None
