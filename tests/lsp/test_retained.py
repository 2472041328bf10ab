"""A finished analysis leaves nothing alive: a language server analyses after every
edit, and per-model caches that held models (or their facts, whose nodes hold the
trees) kept the last 33 analyses for every garbage collection to scan."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.lsp.support import BAD_PY, BAD_TS
from wac_lint.engine import analyze_source
from wac_lint.model import ScriptModel
from wac_lint.rules import _sdk_calls
from wac_lint.source import SourceFile, language_for_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "wac"


def alive() -> int:
    gc.collect()
    return sum(isinstance(o, (ScriptModel, _sdk_calls.Facts)) for o in gc.get_objects())


def test_analyses_keep_no_model_or_facts_alive() -> None:
    scripts = sorted(p for p in CORPUS.glob("*") if p.suffix in (".py", ".ts"))[:10]
    sources = [("flow.py", BAD_PY), ("flow.ts", BAD_TS)]
    sources += [(str(p), p.read_text(encoding="utf-8")) for p in scripts]
    before = alive()
    findings = 0
    for name, text in sources:
        language = language_for_path(name)
        for _ in range(3):
            findings += len(analyze_source(SourceFile(name, text, language)).findings)
    assert findings  # the rules ran (and with them the facts and the wrap-in-step cache)
    assert alive() == before
