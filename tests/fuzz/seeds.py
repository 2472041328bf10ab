"""The seed corpus: scripts (and their `.script.yaml`) the repository already holds.

A fuzz case is a small project: a script, sometimes its metadata file and a
configuration file, written into a fresh temporary directory by the targets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tests.fuzz.mutate import Lang

ROOT = Path(__file__).resolve().parents[2]
SEED_DIRS = ["tests/corpus", "tests/schema/corpus", "tests/graph/corpus", "examples"]


@dataclass(frozen=True)
class Seed:
    name: str  # repository-relative path, for reports
    lang: Lang
    script: bytes
    metadata: bytes | None  # the `.script.yaml` beside it, when there is one


@dataclass
class Case:
    """One input: files relative to the project root; `script` is the one under test."""

    script: str
    files: dict[str, bytes] = field(default_factory=dict)
    description: list[str] = field(default_factory=list)
    # Hostile file-system set-ups: symbolic links (path -> link text, relative to
    # the link's directory), files beside the project (`outside/<name>`), modes.
    links: dict[str, str] = field(default_factory=dict)
    outside: dict[str, bytes] = field(default_factory=dict)
    modes: dict[str, int] = field(default_factory=dict)

    @property
    def lang(self) -> Lang:
        return Lang.PYTHON if self.script.endswith(".py") else Lang.TYPESCRIPT

    @property
    def script_bytes(self) -> bytes:
        """The script's content, wherever it lives (a link may lead outside)."""
        if self.script in self.files:
            return self.files[self.script]
        target = self.links.get(self.script, "")
        return self.outside.get(target.rsplit("/", 1)[-1], b"")

    @property
    def metadata_name(self) -> str:
        return self.script.rsplit(".", 1)[0] + ".script.yaml"


def _lang(path: Path) -> Lang | None:
    if path.suffix == ".py":
        return Lang.PYTHON
    if path.suffix == ".ts" and not path.name.endswith(".d.ts"):
        return Lang.TYPESCRIPT
    return None


@cache
def seeds() -> tuple[Seed, ...]:
    found = []
    for directory in SEED_DIRS:
        for path in sorted((ROOT / directory).rglob("*")):
            lang = _lang(path)
            if lang is None or not path.is_file():
                continue
            metadata = path.with_name(path.name.rsplit(".", 1)[0] + ".script.yaml")
            found.append(
                Seed(
                    str(path.relative_to(ROOT)),
                    lang,
                    path.read_bytes(),
                    metadata.read_bytes() if metadata.is_file() else None,
                )
            )
    return tuple(found)


@cache
def donors(lang: Lang) -> tuple[bytes, ...]:
    return tuple(s.script for s in seeds() if s.lang is lang)


@cache
def metadata_seeds() -> tuple[bytes, ...]:
    return tuple(s.metadata for s in seeds() if s.metadata is not None)


def case_from_seed(seed: Seed, script: bytes | None = None) -> Case:
    """A project holding the seed under a Windmill-like path (`f/flows/<name>`)."""
    suffix = ".py" if seed.lang is Lang.PYTHON else ".ts"
    name = f"f/flows/job{suffix}"
    case = Case(name, {name: seed.script if script is None else script}, [seed.name])
    if seed.metadata is not None:
        case.files[case.metadata_name] = seed.metadata
    return case
