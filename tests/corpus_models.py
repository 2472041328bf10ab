"""One model per corpus script for the whole test session.

The shortcut tests (`test_node_index.py`, `test_model_shortcuts.py`) each compare
an index or a shortcut of the model against a plain walk on every corpus script;
built once here, the models cost the suite one build of the corpus instead of one
per test (about 400 MB while the session runs). A test that changes how models are
built (a monkeypatched front-end) must build its own with `fresh_model`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wac_lint.engine import read_source
from wac_lint.frontends import build_model
from wac_lint.model import ScriptModel

TESTS = Path(__file__).parent
ROOT = TESTS.parent


def fresh_model(path: Path) -> ScriptModel:
    return build_model(read_source(path))


@cache
def shared_model(path: Path) -> ScriptModel:
    """The model of `path` as the default front-ends build it, built once; callers
    read it and must not change it."""
    return fresh_model(path)
