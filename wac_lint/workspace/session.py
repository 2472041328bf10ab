"""What one run (or one language server) remembers about the helpers of other
workspace scripts, and the references and effects it remembers them by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wac_lint.guards import ParamGuard
from wac_lint.model import CallKind, Elsewhere
from wac_lint.workspace.documents import ContentDigests
from wac_lint.workspace.labels import module_label
from wac_lint.workspace.root import Project

if TYPE_CHECKING:
    from wac_lint.workspace.helper_store import HelperStore

# How many helper walks one session keeps (a language server lives long).
MAX_REMEMBERED = 4096


@dataclass(frozen=True)
class HelperRef:
    """A function of another workspace script that a call reaches."""

    file: Path
    function: str
    label: str  # how the chain names it: `f.lib.helpers.notify`, `f/lib/helpers.ts:notify`
    # A method walked for an instance of a subclass another file defines: the methods
    # that subclass (or a class between) overrides, by name; `self.m()` runs those.
    overrides: tuple[tuple[str, HelperRef], ...] = ()
    # What may run instead of `function` itself: the member of each class a factory may
    # return (`make_notifier(kind).send(...)`); the ref names the factory.
    alternatives: tuple[HelperRef, ...] = ()
    # A table filled by registration: the modules whose registrations it holds (the
    # table's own, and those the calling script loads), see workspace.registries.
    loaded: tuple[Path, ...] = ()

    @property
    def key(self) -> str:
        """What the walk of this ref depends on besides the file: the function, the
        overrides `self.m()` dispatches to, the alternatives."""
        key = self.function
        if self.overrides:
            key += "|" + ",".join(
                f"{name}={ref.file}:{ref.function}" for name, ref in self.overrides
            )
        if self.alternatives:
            key += "|" + ",".join(f"{ref.file}:{ref.key}" for ref in self.alternatives)
        if self.loaded:
            key += "|loaded=" + ",".join(str(path) for path in self.loaded)
        return key


@dataclass(frozen=True)
class Effect:
    """A call a helper makes (directly or further down), as seen from its caller."""

    qualname: str
    kind: CallKind
    chain: tuple[str, ...]  # helpers after the first one, down to the call
    where: Elsewhere
    file: Path  # the file the call is in
    arg_count: int
    writes: bool
    # the tests of the walked helper's parameters the call needs (`if with_time:`): a
    # caller whose arguments make one false never runs it
    guards: tuple[ParamGuard, ...] = ()


EffectsKey = tuple[str, str, str, str, "Following"]


@dataclass
class CrossFileSession:
    """What one run (or one language server) remembers about helper modules."""

    # (file, digest, function, cwd, following) -> what the helper reaches, and the
    # state of every path that answer was drawn from (helper files further down,
    # directories looked in for imports): reused only while they are all unchanged.
    _effects: dict[EffectsKey, tuple[tuple[Effect, ...], dict[Path, str | None]]] = field(
        default_factory=dict
    )
    # `session.digest(file)`: a file's content digest (the editor's text when open).
    digest: ContentDigests = field(default_factory=ContentDigests)
    walks: int = 0  # helper walks done (for tests and the benchmark)
    # On disk, by content, for later runs and worker processes (`use_helper_store`).
    store: HelperStore | None = None

    def state(self, path: Path) -> str | None:
        """A file's content digest; a directory's modification time; None if absent."""
        try:
            if path.is_dir():
                return f"dir:{path.stat().st_mtime_ns}"
        except OSError:
            return None
        return self.digest(path)

    def dependencies(self, files: Iterable[Path]) -> dict[str, str]:
        """Content digests of the given files (a result cache keys on them)."""
        out: dict[str, str] = {}
        for file in files:
            digest = self.digest(file)
            if digest is not None:
                out[str(file)] = digest
        return out


@dataclass(frozen=True)
class Following:
    """What the configuration says not to follow."""

    allow_calls: tuple[str, ...] = ()  # helpers treated as pure: `f.lib.log.debug`
    pure_modules: tuple[str, ...] = ()  # modules treated as pure: `f.lib.log`, `f/lib/log`

    def skips(self, ref: HelperRef, project: Project) -> bool:
        module = _canonical(module_label(ref.file, project))
        if f"{module}.{ref.function}" in {_canonical(c) for c in self.allow_calls}:
            return True
        return any(
            module == m or module.startswith(m + ".") for m in map(_canonical, self.pure_modules)
        )


def _canonical(name: str) -> str:
    """`f/lib/log.ts.debug`, `f/lib/log.debug` and `f.lib.log.debug` name one helper."""
    name = name.replace("/", ".")
    for extension in (".ts.", ".py."):
        name = name.replace(extension, ".")
    return name.removesuffix(".ts").removesuffix(".py")


DEFAULT_SESSION = CrossFileSession()


def default_session() -> CrossFileSession:
    return DEFAULT_SESSION
