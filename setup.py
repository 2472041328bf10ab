"""Optional, experimental compiled build: `WAC_LINT_COMPILE=1 pip install .`
compiles the analysis with mypyc (C extensions, about 1.5x faster on `check`;
87 tests still fail against it: see the README's Benchmarks). Without the
variable this file adds nothing: `pip install .` and `pip install -e .` give
the pure-Python package that pyproject.toml describes.

The compiled build is opt-in: it needs a C compiler, the Python headers and
mypy (`pip install mypy==2.4.1 setuptools` then
`WAC_LINT_COMPILE=1 pip install --no-build-isolation .`), takes about ten
minutes on two cores, and an editable install of it would run the compiled
code, not the edited sources.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

# Modules left pure Python: mypyc rejects them or they misbehave compiled (module
# `__getattr__`, a builtin exception subclass, surrogates in string literals,
# classes PyYAML fills, js_eval's `getattr(self, name, None)` dispatch, which
# leaves the missed lookup's error pending in a native class; the graph builder
# inherits from two builders, and a Python class cannot subclass a compiled one,
# so the three stay Python), or they are off the analysis's hot path (command
# line, server, cache, output). They run as before and call the compiled modules.
# The dataclass method table is read for its functions' Python code objects.
PURE = (
    "wac_lint/_dataclass_methods.py",
    "wac_lint/dataclass_code.py",
    "wac_lint/dataclass_table.py",
    "wac_lint/__main__.py",
    "wac_lint/cli.py",
    "wac_lint/entry.py",
    "wac_lint/cache.py",
    "wac_lint/docs.py",
    "wac_lint/registry.py",
    "wac_lint/runner.py",
    "wac_lint/terminal.py",
    "wac_lint/writing.py",
    "wac_lint/commands/",
    "wac_lint/lsp/",
    "wac_lint/flows/__init__.py",
    "wac_lint/flows/model.py",
    "wac_lint/graph/base.py",
    "wac_lint/graph/build.py",
    "wac_lint/graph/expressions.py",
    "wac_lint/graph/statements.py",
    "wac_lint/schema/__init__.py",
    "wac_lint/schema/compare.py",
    "wac_lint/schema/js_eval.py",
    "wac_lint/schema/jsvalues.py",
    "wac_lint/schema/yaml_emit.py",
    "wac_lint/schema/yaml_read.py",
)


def staged_sources(stage: Path) -> list[str]:
    """The sources in their installed layout (`rules/` is `wac_lint.rules`), which
    mypyc needs to name the modules: the paths, relative to `stage`, of those to
    compile (all but PURE)."""
    if stage.exists():
        shutil.rmtree(stage)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "wac_lint", stage / "wac_lint", ignore=ignore)
    shutil.copytree(ROOT / "rules", stage / "wac_lint" / "rules", ignore=ignore)
    shutil.copytree(ROOT / "lsp", stage / "wac_lint" / "lsp", ignore=ignore)
    found = []
    for path in sorted((stage / "wac_lint").rglob("*.py")):
        rel = path.relative_to(stage).as_posix()
        if not any(rel == p or (p.endswith("/") and rel.startswith(p)) for p in PURE):
            found.append(rel)
    return found


def extensions() -> list[object]:
    if os.environ.get("WAC_LINT_COMPILE", "") not in ("1", "true", "yes"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit(
            "WAC_LINT_COMPILE=1 needs mypy in the build environment: "
            "pip install mypy==2.4.1 setuptools && "
            "WAC_LINT_COMPILE=1 pip install --no-build-isolation ."
        ) from exc
    stage = ROOT / "build" / "mypyc-src"
    sources = staged_sources(stage)
    config = ["--config-file", str(ROOT / "pyproject.toml")]
    # mypy resolves imports from the working directory: the staged tree, where
    # `wac_lint.rules` and `wac_lint.lsp` exist. The C files go to build/mypyc.
    here = os.getcwd()
    os.chdir(stage)
    try:
        target = str(ROOT / "build" / "mypyc")
        made = mypycify([*config, *sources], opt_level="3", target_dir=target)
    finally:
        os.chdir(here)
    return list(made)


if __name__ == "__main__":  # tests import `staged_sources` without building
    setup(ext_modules=extensions())
